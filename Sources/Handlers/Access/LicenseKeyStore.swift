public import Foundation
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `license_keys` table: license keys (`lsk_…`) are shown once when a license is issued and kept
/// only as a keyed hash, a display prefix and the last four characters.
public enum LicenseKeyStore {
    public static let keyPrefix = "lsk_"

    /// Stores the key of a license; returns the display prefix and last four characters.
    @discardableResult
    public static func store(licenseID: String, key: String, masterKey: MasterKey, at date: Date, on connection: any SQLConnection) throws -> (prefix: String, last4: String) {
        let prefix = SecretToken.displayPrefix(of: key, prefix: keyPrefix)
        let last4 = SecretToken.last4(of: key)
        try connection.execute(
            "INSERT INTO license_keys (license_id, key_hash, key_prefix, key_last4, created_at) VALUES ($1, $2, $3, $4, $5)",
            [.text(licenseID), .blob(masterKey.tokenHash(key, purpose: .licenseKey)), .text(prefix), .text(last4), date.sqlValue])
        return (prefix, last4)
    }

    /// The license a key belongs to, or nil when the key is unknown or malformed.
    public static func resolve(key: String, masterKey: MasterKey, on connection: any SQLConnection) throws -> String? {
        guard SecretToken.isWellFormed(key, prefix: keyPrefix) else { return nil }
        return try connection.queryOne(
            "SELECT license_id FROM license_keys WHERE key_hash = $1", [.blob(masterKey.tokenHash(key, purpose: .licenseKey))]
        )?.string("license_id")
    }
}
