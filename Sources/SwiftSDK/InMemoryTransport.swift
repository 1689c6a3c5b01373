import Foundation

/// A transport that hands each request to a closure in the same process: for tests of code that uses the
/// clients, and for driving a `Dispatcher` without a network.
///
/// ```swift
/// let transport = InMemoryTransport { request in
///     HTTPResponseParts(status: 200, headers: ["content-type": "application/json"], body: cannedBody)
/// }
/// ```
public struct InMemoryTransport: Transport {
    /// Answers one request.
    public typealias Handler = @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts

    private let handler: Handler

    /// A transport whose every request `handler` answers.
    public init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    /// The handler's answer to `request`.
    public func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts {
        try await handler(request)
    }
}
