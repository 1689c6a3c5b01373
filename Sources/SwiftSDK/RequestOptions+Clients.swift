import Foundation

/// Per-call options and raw answers, the same for the three clients.
public protocol OptionsConfigurable: Sendable {
    /// The client's shared machinery; its ``RequestOptions`` apply to every call.
    var core: ClientCore { get set }
}

extension ManagementClient: OptionsConfigurable {}
extension RuntimeClient: OptionsConfigurable {}
extension SystemClient: OptionsConfigurable {}

extension OptionsConfigurable {
    /// A copy of this client whose calls use `options` (time-out, extra headers, an observer of raw answers).
    ///
    /// ```swift
    /// let quick = runtime.with(RequestOptions(timeout: 5, headers: ["X-Request-ID": traceID]))
    /// let answer = try await quick.validateLicense()
    /// ```
    public func with(_ options: RequestOptions) -> Self {
        var copy = self
        copy.core.options = options
        return copy
    }

    /// Runs `call` with a copy of this client and returns its result with the last HTTP answer it received
    /// (status, headers, exact body).
    ///
    /// ```swift
    /// let (license, raw) = try await management.withRawResponse { try await $0.getLicense(id: id) }
    /// print(raw.status, raw.headers["x-request-id"] ?? "")
    /// ```
    public func withRawResponse<T: Sendable>(_ call: (Self) async throws -> T) async throws -> (T, HTTPResponseParts) {
        let recorder = ResponseRecorder()
        var options = core.options
        let previous = options.onResponse
        options.onResponse = { response in
            previous?(response)
            recorder.record(response)
        }
        let value = try await call(with(options))
        guard let response = recorder.last else {
            throw LocksmithError.decoding(message: "the call received no HTTP answer", status: 0, bodySnippet: "")
        }
        return (value, response)
    }
}

/// Keeps the last answer `withRawResponse` saw.
private final class ResponseRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var response: HTTPResponseParts?

    func record(_ response: HTTPResponseParts) {
        lock.withLock { self.response = response }
    }

    var last: HTTPResponseParts? { lock.withLock { response } }
}
