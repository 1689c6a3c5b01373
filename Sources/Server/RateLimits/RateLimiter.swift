import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithStorage
import Logging
import ServiceLifecycle

/// The one rate limiter, consulted at three points of a request's path (`OperationRoutes`):
///
/// 1. before authentication, per client address (the address the trusted-proxy rule yields; IPv6 by its /64):
///    `anonymous` on system and contract routes, `runtime-address` on runtime routes;
/// 2. at a credential look-up, per address: an address that failed `failed-keys` look-ups is refused before its next
///    one (a license key this instance has already found is not looked up, so it is never refused here), and each
///    look-up that finds nothing is charged;
/// 3. after authentication, per credential and per account: `runtime-key` and `account-runtime`, or `management-key` and
///    `account-management`, with the account's own plan (`AccountLimitOverrides`) in place of the server's figures.
///
/// A refusal is 429 `RATE_LIMITED` naming the policy in `detail`, with `Retry-After`. Every answer carries the
/// RateLimit headers of the policies it met (`RateLimitReport`), except that `failed-keys` shows only on the answers to
/// failed look-ups and its refusals (so that the fields stay the same from one answer to the next), and runtime answers
/// name `account-runtime` only when it refuses: a license holder has no business learning how busy the vendor is.
public final class RateLimiter: Sendable {
    let limits: Limits
    private let buckets: any RateBuckets
    private let database: any Database
    /// Every account's overrides; nil until first read.
    private let overrides = Locked<[String: AccountLimitOverrides]?>(nil)

    init(limits: Limits, buckets: any RateBuckets, database: any Database) {
        self.limits = limits
        self.buckets = buckets
        self.database = database
    }

    var isEnabled: Bool { limits.enabled }

    /// Rereads every account's overrides (every instance does, every 30 s, so a change from the command line holds
    /// within that on all of them).
    func reloadOverrides() async throws {
        guard limits.enabled else { return }
        let found = try await database.read { try AccountLimitsStore.all(on: $0) }
        overrides.withLock { $0 = found }
    }

    /// The shared buckets' syncs and pruning, when there are shared buckets.
    func backgroundServices(logger: Logger) -> [any Service] {
        guard let shared = buckets as? SharedBuckets else { return [] }
        return [BackgroundTask { await shared.runSyncs() }, BackgroundTask { await shared.runPruning() }]
    }

    /// Step 1: the address's policy for the operation's surface (management has none: its keys are limited instead).
    func admitAddress(_ spec: OperationSpec, address: String?, report: RateLimitReport) async throws {
        let policy: RateLimitPolicy
        switch spec.auth {
        case .none: policy = .anonymous
        case .runtime: policy = .runtimeAddress
        case .management: return
        }
        try await admit(policy, Self.subject(address), limits, report)
    }

    /// Step 2, before a credential is looked up in the database.
    func admitLookup(address: String?, report: RateLimitReport) async throws {
        guard let windows = active(.failedKeys, limits) else { return }
        let key = BucketKey(policy: .failedKeys, subject: Self.subject(address))
        let verdict = await buckets.peek(key, windows)
        guard verdict.allowed else {
            report.record(.failedKeys, windows, verdict)
            throw Self.refusal(.failedKeys, windows, verdict)
        }
    }

    /// Step 2, after a look-up found no such credential.
    func lookupFailed(address: String?, report: RateLimitReport) async {
        guard let windows = active(.failedKeys, limits) else { return }
        let key = BucketKey(policy: .failedKeys, subject: Self.subject(address))
        await buckets.charge(key, windows)
        report.record(.failedKeys, windows, await buckets.peek(key, windows))
    }

    /// Step 3: the credential's policy, then its account's.
    func admit(_ principal: Principal, account: String, report: RateLimitReport) async throws {
        guard limits.enabled, !account.isEmpty else { return }
        let applying = try await limits(for: account)
        switch principal {
        case .license(let licenseID):
            try await admit(.runtimeKey, licenseID, applying, report)
            try await admit(.accountRuntime, account, applying, report, reported: false)
        case .apiKey(let id, _):
            try await admit(.managementKey, id, applying, report)
            try await admit(.accountManagement, account, applying, report)
        case .system:
            break
        }
    }

    /// The limits that apply to `account` now: the server's, with its overrides (read on first use, then every 30 s).
    func limits(for account: String) async throws -> Limits {
        if let known = overrides.withLock({ $0 }) { return limits.applying(known[account]) }
        try await reloadOverrides()
        return limits.applying(overrides.withLock { $0?[account] })
    }

    private func admit(
        _ policy: RateLimitPolicy, _ subject: String, _ limits: Limits, _ report: RateLimitReport, reported: Bool = true
    ) async throws {
        guard let windows = active(policy, limits) else { return }
        let verdict = await buckets.take(BucketKey(policy: policy, subject: subject), windows)
        if reported || !verdict.allowed { report.record(policy, windows, verdict) }
        guard verdict.allowed else { throw Self.refusal(policy, windows, verdict) }
    }

    private func active(_ policy: RateLimitPolicy, _ limits: Limits) -> [RateWindow]? {
        guard limits.enabled, let windows = limits.rates[policy], !windows.isEmpty else { return nil }
        return windows
    }

    /// An unknown address (none of the transports this server listens on leaves one out) is one subject of its own.
    static func subject(_ address: String?) -> String {
        address.map(IPAddress.rateLimitSubject) ?? "unknown"
    }

    static func refusal(_ policy: RateLimitPolicy, _ windows: [RateWindow], _ verdict: RateVerdict) -> APIError {
        let seconds = Int(max(1, RateLimitReport.seconds(verdict.retryAfter)))
        let name = RateLimitReport.name(policy, windows, verdict.refusingWindow)
        return APIError(
            .rateLimited, "\(policy.refusal) (\(name): \(RateWindowSpec.format(windows))); retry in \(seconds) s", detail: name,
            retryAfterSeconds: seconds)
    }
}

extension RateLimitPolicy {
    /// What a refusal by this policy tells the client.
    var refusal: String {
        switch self {
        case .anonymous: "too many requests from this address"
        case .runtimeAddress: "too many runtime requests from this address"
        case .failedKeys: "too many failed credential look-ups from this address"
        case .runtimeKey: "too many requests with this license key"
        case .managementKey: "too many requests with this API key"
        case .accountRuntime: "too many runtime requests for this vendor account"
        case .accountManagement: "too many management requests for this account"
        }
    }
}

/// A background job as a service: runs until the server stops (its task is cancelled then).
struct BackgroundTask: Service {
    let work: @Sendable () async -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown { await work() }
    }
}
