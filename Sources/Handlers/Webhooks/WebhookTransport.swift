/// Sends one delivery attempt over the network. The server's implementation speaks HTTP/1.1 over NIO; it connects to
/// the addresses it is given (already resolved and judged) and never resolves names itself.
public protocol WebhookTransport: Sendable {
    /// Posts the request and returns the receiver's answer, or why there was none. Never follows redirects; gives up
    /// at `request.timeout`, counted from the start of the attempt.
    func send(_ request: WebhookRequest) async -> WebhookAnswer
}

/// One attempt, ready to send.
public struct WebhookRequest: Sendable {
    public var target: WebhookTarget
    /// The addresses to connect to, in order, each already allowed by the address policy.
    public var addresses: [[UInt8]]
    /// Header names and values, beside `Host`, `Content-Length` and `Content-Type`.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    public var timeout: Duration
}

/// What came back from an attempt.
public enum WebhookAnswer: Sendable, Equatable {
    /// The receiver answered: its status, `Retry-After` in seconds when it sent one, and the start of its body.
    case answered(status: Int, retryAfterSeconds: Int?, body: [UInt8])
    /// No answer: a refused or failed connection, a TLS failure, a time-out. The reason is short and has no secrets.
    case failed(String)
}
