import LocksmithAPI

/// The server's abuse limits and fair shares, as configured (`--rate-limits`, `--rate-limit-…`, `--max-webhook-endpoints`,
/// `--max-queued-exports`), before any account's own overrides (`AccountLimitOverrides`).
public struct Limits: Sendable, Equatable {
    /// Off (`--rate-limits off`), nothing on this page is enforced: no request is rate limited or carries the RateLimit
    /// headers, endpoints and queued exports are not capped, and policies' `max_activations_per_day` is not applied.
    /// For benchmarks and tests that measure something else.
    public var enabled = true
    /// Each policy's windows; an empty list is no limit.
    public var rates: [RateLimitPolicy: [RateWindow]] = Self.defaultRates
    /// Webhook endpoints an account may have; 0 is no limit.
    public var maxWebhookEndpoints = 20
    /// Exports an account may have waiting to be rendered; 0 is no limit.
    public var maxQueuedExports = 10

    public init() {}

    /// Nothing enforced.
    public static var off: Limits {
        var limits = Limits()
        limits.enabled = false
        return limits
    }

    public static let defaultRates: [RateLimitPolicy: [RateWindow]] = Dictionary(
        uniqueKeysWithValues: RateLimitPolicy.allCases.map { ($0, try! RateWindowSpec.parse($0.defaultSpec)) })

    /// The limits that apply to `account`: these, with the account's overrides in place of the server's figures.
    public func applying(_ overrides: AccountLimitOverrides?) -> Limits {
        guard let overrides else { return self }
        var limits = self
        for (policy, windows) in overrides.rates { limits.rates[policy] = windows }
        if let endpoints = overrides.maxWebhookEndpoints { limits.maxWebhookEndpoints = endpoints }
        if let exports = overrides.maxQueuedExports { limits.maxQueuedExports = exports }
        return limits
    }
}

/// What an operator set for one account (`locksmith accounts limits ACCOUNT …`): its plan in place of the server's
/// figures, for the policies an account can have (its credentials' and its own); nil keeps the server's.
///
/// Kept as JSON in `accounts.limits`, which every instance rereads every 30 s.
public struct AccountLimitOverrides: Sendable, Equatable, Codable {
    /// The policies an account's plan may set: per-address ones belong to the server.
    public static let accountPolicies: [RateLimitPolicy] = [.runtimeKey, .managementKey, .accountRuntime, .accountManagement]

    public var rates: [RateLimitPolicy: [RateWindow]] = [:]
    public var maxWebhookEndpoints: Int?
    public var maxQueuedExports: Int?

    public init(rates: [RateLimitPolicy: [RateWindow]] = [:], maxWebhookEndpoints: Int? = nil, maxQueuedExports: Int? = nil) {
        self.rates = rates
        self.maxWebhookEndpoints = maxWebhookEndpoints
        self.maxQueuedExports = maxQueuedExports
    }

    public var isEmpty: Bool { rates.isEmpty && maxWebhookEndpoints == nil && maxQueuedExports == nil }

    private enum CodingKeys: String, CodingKey {
        case rates, maxWebhookEndpoints = "max_webhook_endpoints", maxQueuedExports = "max_queued_exports"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let texts = try container.decodeIfPresent([String: String].self, forKey: .rates) ?? [:]
        for (name, text) in texts {
            // A policy this build does not know (written by a newer one) is ignored rather than failing every request.
            guard let policy = RateLimitPolicy(rawValue: name), Self.accountPolicies.contains(policy) else { continue }
            rates[policy] = try RateWindowSpec.parse(text)
        }
        maxWebhookEndpoints = try container.decodeIfPresent(Int.self, forKey: .maxWebhookEndpoints)
        maxQueuedExports = try container.decodeIfPresent(Int.self, forKey: .maxQueuedExports)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !rates.isEmpty {
            try container.encode(
                Dictionary(uniqueKeysWithValues: rates.map { ($0.key.rawValue, RateWindowSpec.format($0.value)) }), forKey: .rates)
        }
        try container.encodeIfPresent(maxWebhookEndpoints, forKey: .maxWebhookEndpoints)
        try container.encodeIfPresent(maxQueuedExports, forKey: .maxQueuedExports)
    }
}

extension AccountLimits {
    /// The limits `account` is under: the server's, with its overrides in place, each policy saying whose figures it has.
    init(account: String, server: Limits, overrides: AccountLimitOverrides?) {
        let limits = server.applying(overrides)
        self.init(
            accountID: account, enabled: server.enabled,
            policies: RateLimitPolicy.allCases.map { policy in
                RateLimitPolicyLimits(
                    policy: policy.rawValue, subject: RateLimitPolicyLimitsSubject(rawValue: policy.subject.rawValue),
                    windows: (limits.rates[policy] ?? []).map { RateLimitWindow(quota: $0.quota, windowSeconds: $0.seconds, burst: $0.burst) },
                    source: overrides?.rates[policy] == nil ? .server : .account)
            },
            maxWebhookEndpoints: limits.maxWebhookEndpoints, maxQueuedExports: limits.maxQueuedExports)
    }
}
