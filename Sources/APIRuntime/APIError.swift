public import Foundation

extension APIRuntime {
    /// An error with a stable code, as the API reports it in `{error: {code, message, detail}, meta}`.
    ///
    /// Servers throw it and map it to the envelope in one place; clients receive it, built from the envelope,
    /// for every non-success response.
    public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The HTTP status the error travels with.
        public var status: Int
        /// The stable error code, e.g. `VALIDATION_FAILED`.
        public var code: Contract.Code
        /// A human-readable description of the error.
        public var message: String
        /// What the error concerns, such as the offending field; nil when there is nothing more to say.
        public var detail: String?
        /// The request id the server reported, when the error came from a server.
        public var requestID: String?
        /// When the server answered, as its `meta.timestamp` says, when the error came from a server.
        public var timestamp: Date?
        /// How long a client should wait before trying again, in seconds: a server sends it as `Retry-After` (with
        /// `RATE_LIMITED`). Not part of the envelope.
        public var retryAfterSeconds: Int?

        /// An error with `code`; `status` defaults to the code's own HTTP status, or 500 when it has none.
        public init(
            _ code: Contract.Code, _ message: String, detail: String? = nil, status: Int? = nil, requestID: String? = nil, timestamp: Date? = nil,
            retryAfterSeconds: Int? = nil
        ) {
            self.status = status ?? code.httpStatus ?? 500
            self.code = code
            self.message = message
            self.detail = detail
            self.requestID = requestID
            self.timestamp = timestamp
            self.retryAfterSeconds = retryAfterSeconds
        }

        /// `status CODE: message`, with the detail in parentheses when there is one.
        public var description: String {
            var text = "\(status) \(code.rawValue): \(message)"
            if let detail { text += " (\(detail))" }
            return text
        }

        /// An `INVALID_JSON` error: the request body cannot be read as the operation's JSON.
        public static func invalidJSON(_ message: String, detail: String? = nil) -> APIError {
            APIError(.invalidJSON, message, detail: detail)
        }

        /// An `INVALID_QUERY` error: a query parameter, header or path parameter is missing or malformed.
        public static func invalidQuery(_ message: String, detail: String? = nil) -> APIError {
            APIError(.invalidQuery, message, detail: detail)
        }

        /// A `VALIDATION_FAILED` error: a value breaks a constraint of the contract.
        public static func validationFailed(_ message: String, detail: String? = nil) -> APIError {
            APIError(.validationFailed, message, detail: detail)
        }

        /// A `NOT_IMPLEMENTED` error naming `operation`, for an operation this server does not handle yet.
        public static func notImplemented(_ operation: Contract.Operation) -> APIError {
            APIError(.notImplemented, "\(operation.rawValue) is not implemented by this server yet")
        }

        /// Describes a body decoding failure by the field it concerns.
        public static func invalidJSON(_ error: DecodingError) -> APIError {
            func path(_ keys: [any CodingKey]) -> String {
                keys.reduce(into: "") { text, key in
                    if let index = key.intValue {
                        text += "[\(index)]"
                    } else {
                        text += text.isEmpty ? key.stringValue : "." + key.stringValue
                    }
                }
            }
            switch error {
            case .keyNotFound(let key, let context):
                let field = path(context.codingPath + [key])
                return .invalidJSON("field '\(field)' is required", detail: field)
            case .valueNotFound(_, let context):
                let field = path(context.codingPath)
                return .invalidJSON("field '\(field)' must not be null", detail: field)
            case .typeMismatch(let type, let context):
                let field = path(context.codingPath)
                return .invalidJSON("field '\(field)' must be \(Self.expectation(for: type))", detail: field)
            case .dataCorrupted(let context):
                let field = path(context.codingPath)
                if field.isEmpty { return .invalidJSON("the request body is not valid JSON") }
                return .invalidJSON("field '\(field)': \(context.debugDescription)", detail: field)
            @unknown default:
                return .invalidJSON("the request body could not be decoded")
            }
        }

        private static func expectation(for type: Any.Type) -> String {
            switch type {
            case is String.Type: "a string"
            case is Bool.Type: "a boolean"
            case is Int.Type, is Int64.Type: "an integer"
            case is Double.Type: "a number"
            case is [Any].Type: "an array"
            default: "an object"
            }
        }
    }
}
