public import Foundation

/// An HTTP request as a client builds it: method, percent-encoded path, query items, headers and body.
public struct HTTPRequestParts: Sendable {
    /// The HTTP method, e.g. `GET`.
    public var method: String
    /// The path below the base URL, percent-encoded, e.g. `/api/v1/products`.
    public var path: String
    /// The query parameters, not yet encoded; `url(relativeTo:)` encodes them.
    public var queryItems: [QueryItem]
    /// The request headers, names as given (not lower-cased).
    public var headers: [String: String]
    /// The request body; nil when there is none.
    public var body: Data?
    /// How long the transport may wait for the answer; nil leaves it to the transport.
    public var timeout: TimeInterval?

    /// A request from its parts; only `method` and `path` are required.
    public init(
        method: String, path: String, queryItems: [QueryItem] = [], headers: [String: String] = [:], body: Data? = nil,
        timeout: TimeInterval? = nil
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The full URL of the request below `baseURL` (whose own path, if any, is kept as a prefix).
    public func url(relativeTo baseURL: URL) -> URL? {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else { return nil }
        let prefix = components.percentEncodedPath.hasSuffix("/") ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        components.percentEncodedPath = prefix + path
        if !queryItems.isEmpty {
            components.queryItems = queryItems.map { URLQueryItem(name: $0.name, value: $0.value) }
            // URLComponents leaves '+' alone, which servers read as a space.
            components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        }
        return components.url
    }
}

/// An HTTP response as a transport returns it. Header names are lower-cased.
public struct HTTPResponseParts: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The response headers, names lower-cased.
    public var headers: [String: String]
    /// The response body; empty when there is none.
    public var body: Data

    /// A response from its parts; header names are lower-cased (the first of duplicate spellings wins).
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        self.body = body
    }
}

/// Sends requests somewhere: over HTTP (`URLSessionTransport` in the SDK), or in-process in tests.
public protocol Transport: Sendable {
    func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts
}
