public import LocksmithAPI

/// Where per-account quotas and rate limits belong: consulted for every authenticated request once its account is
/// known, before the body is read or the handler runs. A limit refuses by throwing an `APIError` (for a rate limit,
/// `RATE_LIMITED`, 429). The server ships `Unlimited`; a deployment that meters its vendors installs its own through
/// `buildApplication(_:limits:logger:)`.
public protocol AccountLimits: Sendable {
    func admit(account: String, operation: OperationID) async throws
}

/// No limits: every account may make any number of requests.
public struct Unlimited: AccountLimits {
    public init() {}

    public func admit(account: String, operation: OperationID) async throws {}
}
