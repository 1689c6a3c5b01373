public import Foundation

/// What a client middleware knows about the operation a request is for.
public struct ClientOperationContext: Sendable, Hashable {
    /// The operation id, e.g. `validateLicense`.
    public var operationID: String
    /// The HTTP method, e.g. `POST`.
    public var method: String
    /// Whether the operation's success answers are `{data, signature, meta}`.
    public var signsResponse: Bool
    /// Whether the operation takes an `Idempotency-Key`.
    public var requiresIdempotencyKey: Bool

    /// A context describing one operation.
    public init(operationID: String, method: String, signsResponse: Bool, requiresIdempotencyKey: Bool) {
        self.operationID = operationID
        self.method = method
        self.signsResponse = signsResponse
        self.requiresIdempotencyKey = requiresIdempotencyKey
    }
}

/// A step between a client and its transport: it may change the request, send it any number of times through
/// `next`, and inspect or refuse the answer. Retries, idempotency keys and signature checks are middlewares.
public protocol ClientMiddleware: Sendable {
    func intercept(
        _ request: HTTPRequestParts, operation: ClientOperationContext,
        next: @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts
    ) async throws -> HTTPResponseParts
}

/// Options that apply to the calls of one client value; see the clients' `with(_:)`.
public struct RequestOptions: Sendable {
    /// How long one attempt may wait for its answer; nil leaves it to the transport.
    public var timeout: TimeInterval?
    /// Headers added to every request (a request's own headers, such as `Authorization`, win).
    public var headers: [String: String]
    /// Called with every final HTTP answer (status, headers, body) before it is decoded.
    public var onResponse: (@Sendable (HTTPResponseParts) -> Void)?

    /// Options with no timeout of their own, no extra headers and no response observer unless given.
    public init(timeout: TimeInterval? = nil, headers: [String: String] = [:], onResponse: (@Sendable (HTTPResponseParts) -> Void)? = nil) {
        self.timeout = timeout
        self.headers = headers
        self.onResponse = onResponse
    }
}
