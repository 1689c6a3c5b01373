import Foundation
import Hummingbird
import LocksmithAPI
import LocksmithHandlers
import LocksmithStorage
import Logging

/// Turns results and errors into HTTP responses. This is the one place where errors become statuses.
enum Envelopes {
    static let jsonContentType = "application/json; charset=utf-8"
    /// What a 503 for a saturated database asks clients to wait, in seconds: long enough for the queue to drain
    /// (it holds well under a second of work), short enough not to turn a blip into an outage.
    static let retryAfterSeconds = 1

    /// `replicaLagMilliseconds`: how far behind the read replica that answered was; nil when the primary answered.
    static func meta(_ requestID: String, replicaLagMilliseconds: Int? = nil) -> ResponseMeta {
        ResponseMeta(requestID: requestID, timestamp: Date(), replicaLagMs: replicaLagMilliseconds.map(Int64.init))
    }

    static func json(_ status: Int, _ body: Data, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = jsonContentType
        return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func error(_ error: APIError, requestID: String, headers: HTTPFields = [:]) -> Response {
        let body = (try? EnvelopeWriter.error(error, meta: meta(requestID))) ?? Data()
        return json(error.status, body, headers: headers)
    }

    /// Headers the response to `error` carries besides the envelope: `Retry-After` when the database is
    /// saturated (no connection in time, a full queue, a statement past its time limit, a full ledger buffer), or as long
    /// as a refusal (a rate limit, a full export queue) asks.
    static func headers(for error: any Error) -> HTTPFields {
        if let error = error as? APIError, let seconds = error.retryAfterSeconds { return [.retryAfter: String(seconds)] }
        switch error {
        case let error as StorageError where isOverload(error): return [.retryAfter: String(retryAfterSeconds)]
        case is ActivityBatcher.Full: return [.retryAfter: String(retryAfterSeconds)]
        default: return [:]
        }
    }

    private static func isOverload(_ error: StorageError) -> Bool {
        error.kind == .overloaded || error.kind == .timedOut
    }

    /// The `APIError` an error stands for. Anything unexpected becomes INTERNAL with nothing internal leaked;
    /// it is logged with the request id so an operator can find it.
    static func apiError(for error: any Error, logger: Logger, requestID: String) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as StorageError where error.kind == .uniqueViolation:
            // Stores turn the constraints they expect into errors naming the field or code. This one no store
            // explained: the caller learns only that it conflicts, since a constraint name describes the schema,
            // and the log gets the name.
            logger.warning(
                "unique violation no store explained",
                metadata: ["request_id": .string(requestID), "constraint": .string(error.constraint ?? "unknown")])
            return APIError(.conflict, "the request conflicts with an existing record")
        case let error as StorageError where error.kind == .integerOverflow:
            // A total past 64 bits over rows clients wrote: the request asks for more than can be stated, which is the
            // caller's to narrow, not a fault of the server. Reports say which filter to narrow (`ReportTotals`).
            logger.notice("integer overflow in a statement", metadata: ["request_id": .string(requestID), "error": "\(error)"])
            return APIError(.validationFailed, "a total over the records this request selects is too large to state; narrow the request")
        case let error as StorageError where error.kind == .connectionFailed || error.kind == .busy:
            logger.error("database unavailable", metadata: ["request_id": .string(requestID), "error": "\(error)"])
            return APIError(.serviceUnavailable, "the database is unavailable; retry shortly")
        case let error as StorageError where isOverload(error):
            logger.warning("database overloaded", metadata: ["request_id": .string(requestID), "error": "\(error)"])
            return APIError(.serviceUnavailable, "the database is too busy to take this request; retry shortly")
        case let error as ActivityBatcher.Full:
            logger.warning("ledger buffer full", metadata: ["request_id": .string(requestID), "error": "\(error)"])
            return APIError(.serviceUnavailable, "the server is writing runtime activity slower than it comes; retry shortly")
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return APIError(.payloadTooLarge, "the request body is too large")
        case let error as any HTTPResponseError where error.status == .notFound:
            return APIError(.notFound, "no such route")
        default:
            logger.error("unexpected error", metadata: ["request_id": .string(requestID), "error": "\(String(reflecting: error))"])
            return APIError(.internal, "an internal error occurred; quote the request id when reporting it")
        }
    }
}
