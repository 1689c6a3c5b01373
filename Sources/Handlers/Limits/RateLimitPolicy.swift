import Foundation

/// What the server limits, each independently: per client address before authentication, per credential and per
/// account after it. The raw value names the policy in the `RateLimit-Policy` and `RateLimit` headers, in the `detail`
/// of a 429, and in the `--rate-limit-…` flag that sets it.
public enum RateLimitPolicy: String, Sendable, CaseIterable, Codable {
    /// System and contract routes (no credential), per client address.
    case anonymous
    /// Runtime routes, per client address: one address trying many keys, or a crowd behind one NAT.
    case runtimeAddress = "runtime-address"
    /// Failed credential look-ups (unknown license keys or API tokens), per client address. Spent only by failures;
    /// an address out of them is refused before its next look-up.
    case failedKeys = "failed-keys"
    /// Runtime routes, per license key: one key shared across many machines.
    case runtimeKey = "runtime-key"
    /// Management routes, per API key.
    case managementKey = "management-key"
    /// Runtime routes, per vendor account: all its license keys together (the vendor's plan).
    case accountRuntime = "account-runtime"
    /// Management routes, per vendor account: all its API keys together.
    case accountManagement = "account-management"

    /// The policy's windows unless configured otherwise, with the reason for each in the README's configuration table.
    public var defaultSpec: String {
        switch self {
        case .anonymous: "600/m,burst=20"
        case .runtimeAddress: "6000/m,burst=100"
        case .failedKeys: "20/m"
        case .runtimeKey: "600/m,burst=20"
        case .managementKey: "3000/m,burst=50"
        case .accountRuntime: "6000/m,burst=200"
        case .accountManagement: "30000/m,burst=500"
        }
    }

    /// `--rate-limit-<name>`.
    public var flag: String { "rate-limit-\(rawValue)" }
    /// `LOCKSMITH_RATE_LIMIT_<NAME>`.
    public var environmentVariable: String {
        "LOCKSMITH_RATE_LIMIT_" + rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// What a policy's bucket is keyed by.
    public var subject: Subject {
        switch self {
        case .anonymous, .runtimeAddress, .failedKeys: .address
        case .runtimeKey: .licenseKey
        case .managementKey: .apiKey
        case .accountRuntime, .accountManagement: .account
        }
    }

    public enum Subject: String, Sendable {
        case address
        case licenseKey = "license_key"
        case apiKey = "api_key"
        case account
    }
}
