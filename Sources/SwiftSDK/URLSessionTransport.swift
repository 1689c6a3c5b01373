public import Foundation
#if canImport(FoundationNetworking)
public import FoundationNetworking
#endif

/// Sends requests over HTTP(S) with `URLSession`, on Apple platforms and on Linux.
///
/// ```swift
/// let transport = URLSessionTransport(baseURL: URL(string: "http://127.0.0.1:8080")!)
/// let management = ManagementClient(token: token, transport: transport)
/// let products = try await management.listProducts()
/// ```
public struct URLSessionTransport: Transport {
    /// The server's base URL; a path prefix (for a server behind a reverse proxy) is kept.
    public let baseURL: URL
    /// The session requests go through; its configuration (proxies, TLS, caches) applies.
    public let session: URLSession
    /// Extra headers sent with every request, e.g. `User-Agent` or `X-Request-ID` for tracing.
    public var additionalHeaders: [String: String]

    /// A transport to the server at `baseURL` through `session`, adding `additionalHeaders` to every request.
    public init(baseURL: URL, session: URLSession = .shared, additionalHeaders: [String: String] = [:]) {
        self.baseURL = baseURL
        self.session = session
        self.additionalHeaders = additionalHeaders
    }

    /// Sends `request` and returns the answer; throws `URLError` when no answer came (the clients wrap it as
    /// ``LocksmithError/transport(underlying:)``).
    public func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts {
        guard let url = request.url(relativeTo: baseURL) else {
            throw URLError(.badURL)
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        for (name, value) in additionalHeaders.merging(request.headers, uniquingKeysWith: { _, request in request }) {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        if let timeout = request.timeout { urlRequest.timeoutInterval = timeout }
        let (data, response) = try await session.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return HTTPResponseParts(status: http.statusCode, headers: headers, body: data)
    }
}
