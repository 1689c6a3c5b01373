/// What a hashed token is, so that the same text hashes differently per kind of secret.
public enum TokenPurpose: Sendable {
    /// A management API token (`lkm_…`).
    case managementToken
    /// A license key (`lsk_…`).
    case licenseKey
    /// A floating lease token (`lsl_…`).
    case leaseToken
}
