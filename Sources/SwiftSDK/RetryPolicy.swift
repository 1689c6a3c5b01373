import Foundation

/// When and how a client sends a request again.
///
/// Only requests that are safe to repeat are retried: `GET`s, and operations carrying an `Idempotency-Key` (the
/// server applies those once however often they arrive). They are retried after a transport error, a 429 or a 503,
/// waiting an exponentially growing, jittered delay, or what the server's `Retry-After` asks for.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included; 1 never retries.
    public var maxAttempts: Int
    /// The delay before the first retry; each later one doubles it, up to ``maxDelay``, then takes a random
    /// fraction of it between half and all ("equal jitter").
    public var baseDelay: Duration
    /// The longest delay between attempts, `Retry-After` included.
    public var maxDelay: Duration
    /// Waits between attempts; replaceable in tests.
    public var sleep: @Sendable (Duration) async throws -> Void

    /// A policy of `maxAttempts` attempts, backing off from `baseDelay` to at most `maxDelay`.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(250), maxDelay: Duration = .seconds(10),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.sleep = sleep
    }

    /// Three attempts, 250 ms then 500 ms apart (jittered), at most 10 s.
    public static let standard = RetryPolicy()

    /// One attempt, no retries.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The statuses that say "try again later".
    public static let retryableStatuses: Set<Int> = [429, 503]

    /// The delay before attempt `attempt + 1` (`attempt` counts from 1), honouring `Retry-After` when given.
    func delay(after attempt: Int, retryAfter: String?) -> Duration {
        if let retryAfter, let seconds = Self.seconds(retryAfter: retryAfter) {
            return min(.milliseconds(Int64(seconds * 1000)), maxDelay)
        }
        let exponential = min(baseDelay * (1 << min(attempt - 1, 30)), maxDelay)
        return exponential * Int.random(in: 500...1000) / 1000
    }

    /// `Retry-After` as delay-seconds or an HTTP date.
    static func seconds(retryAfter: String, now: Date = Date()) -> Double? {
        let text = retryAfter.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text) { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text).map { max(0, $0.timeIntervalSince(now)) }
    }
}

/// Applies a ``RetryPolicy`` below the idempotency-key and signature steps, so all attempts are the same request.
struct RetryMiddleware: ClientMiddleware {
    let policy: RetryPolicy

    func intercept(
        _ request: HTTPRequestParts, operation: ClientOperationContext,
        next: @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts
    ) async throws -> HTTPResponseParts {
        let repeatable = request.method == "GET" || request.method == "HEAD" || request.headers["Idempotency-Key"] != nil
        guard repeatable, policy.maxAttempts > 1 else { return try await next(request) }
        var attempt = 1
        while true {
            let retryAfter: String?
            do {
                let response = try await next(request)
                guard RetryPolicy.retryableStatuses.contains(response.status), attempt < policy.maxAttempts else { return response }
                retryAfter = response.headers["retry-after"]
            } catch let error as LocksmithError {
                guard case .transport = error, attempt < policy.maxAttempts, !Task.isCancelled else { throw error }
                retryAfter = nil
            }
            try await policy.sleep(policy.delay(after: attempt, retryAfter: retryAfter))
            attempt += 1
        }
    }
}
