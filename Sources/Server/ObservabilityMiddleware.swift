import HTTPTypes
import Hummingbird
import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithStorage
import Logging
import Tracing

/// The outermost middleware: request ids, the error envelope for anything thrown below (including unknown
/// routes and wrong methods), one log line per request, request metrics, and, when tracing is on (`Traces`), a span.
///
/// The span is a server span named by the operation id, continuing the W3C `traceparent` the request brought. Its
/// attributes are the method, the route's template (never the path or query, which may carry e-mail addresses), the
/// status, the operation, the request id and the account; a 5xx answer marks it as an error.
struct ObservabilityMiddleware: RouterMiddleware {
    typealias Context = LocksmithRequestContext

    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Traces.isOn else { return try await observe(request, context: context, span: nil, next: next) }
        var parent = ServiceContext.topLevel
        InstrumentationSystem.instrument.extract(request.headers, into: &parent, using: HTTPFieldsExtractor())
        let span = InstrumentationSystem.tracer.startSpan(request.method.rawValue, context: parent, ofKind: .server)
        defer { span.end() }
        return try await ServiceContext.withValue(span.context) {
            try await observe(request, context: context, span: span, next: next)
        }
    }

    private func observe(
        _ request: Request, context: Context, span: (any Span)?, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let clock = ContinuousClock()
        let started = clock.now
        var context = context
        context.requestID = RequestID.accept(request.headers[.xRequestID]) ?? RequestID.make()

        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            var apiError = Envelopes.apiError(for: error, logger: context.logger, requestID: context.requestID)
            var headers = Envelopes.headers(for: error)
            if apiError.code == .notFound, context.served.operation == nil {
                let allowed = Self.allowedMethods(for: request.uri.path)
                if !allowed.isEmpty {
                    apiError = APIError(.methodNotAllowed, "\(request.method) is not allowed here; use \(allowed.joined(separator: ", "))")
                    headers[.allow] = allowed.joined(separator: ", ")
                }
            }
            response = Envelopes.error(apiError, requestID: context.requestID, headers: headers)
        }
        response.headers[.xRequestID] = context.requestID
        if let fields = context.served.rateLimits?.fields {
            response.headers[.rateLimitPolicy] = fields.policy
            response.headers[.rateLimit] = fields.limit
        }

        let operation = context.served.operation?.rawValue ?? "unmatched"
        let elapsed = clock.now - started
        metrics.record(operation: operation, status: response.status.code, duration: elapsed)
        if let served = context.served.operation, served.spec.auth == .runtime {
            metrics.recordRuntimeDecision(operation: operation, status: response.status.code)
        }
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        var metadata: Logger.Metadata = [
            "request_id": .string(context.requestID), "operation": .string(operation), "method": .string(request.method.rawValue),
            "status": .stringConvertible(response.status.code),
            "duration_ms": .stringConvertible((milliseconds * 100).rounded() / 100),
        ]
        if let account = context.served.accountID { metadata["account_id"] = .string(account) }
        context.logger.info("request", metadata: metadata)
        if let span { Self.describe(span, request: request, context: context, status: response.status.code) }
        return response
    }

    private static func describe(_ span: any Span, request: Request, context: Context, status: Int) {
        let operation = context.served.operation
        span.operationName = operation.map { $0.rawValue } ?? "\(request.method.rawValue) unmatched"
        var attributes = SpanAttributes()
        attributes["http.request.method"] = request.method.rawValue
        attributes["http.response.status_code"] = status
        attributes["locksmith.request_id"] = context.requestID
        if let operation {
            attributes["http.route"] = operation.spec.path
            attributes["locksmith.operation_id"] = operation.rawValue
        }
        if let account = context.served.accountID { attributes["locksmith.account_id"] = account }
        span.attributes.merge(attributes)
        if status >= 500 { span.setStatus(SpanStatus(code: .error)) }
    }

    /// Methods the contract defines for the path that fits the request's (its most specific template, the one the
    /// router chose), for 405 responses.
    static func allowedMethods(for path: String) -> [String] {
        let methods = Set(OperationTable.methods(path: path))
        return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(methods.contains)
    }
}

extension HTTPField.Name {
    static var xRequestID: Self { .init("X-Request-ID")! }
    static var rateLimitPolicy: Self { .init("RateLimit-Policy")! }
    static var rateLimit: Self { .init("RateLimit")! }
}

/// Reads W3C trace context from request headers.
private struct HTTPFieldsExtractor: Extractor {
    func extract(key: String, from carrier: HTTPFields) -> String? {
        HTTPField.Name(key).flatMap { carrier[$0] }
    }
}

/// Request ids: a valid incoming `X-Request-ID` is kept, otherwise one is made.
enum RequestID {
    static func accept(_ value: String?) -> String? {
        guard let value, (1...128).contains(value.utf8.count) else { return nil }
        let allowed = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
        }
        return allowed ? value : nil
    }

    static func make() -> String {
        ResourceID.make("req")
    }
}
