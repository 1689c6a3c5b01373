public import Foundation
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `license_keys` table: license keys (`lsk_…`) are shown once when a license is issued and kept
/// only as a keyed hash, a display prefix and the last four characters.
public enum LicenseKeyStore {
    public static let keyPrefix = "lsk_"

    /// Stores the key of a license; returns the display prefix and last four characters.
    @discardableResult
    public static func insert(
        licenseID: String, key: String, masterKey: MasterKey, at date: Date, on connection: TenantConnection
    ) throws -> (prefix: String, last4: String) {
        let prefix = SecretToken.displayPrefix(of: key, prefix: keyPrefix)
        let last4 = SecretToken.last4(of: key)
        try connection.execute(
            """
            INSERT INTO license_keys (account_id, license_id, key_hash, key_prefix, key_last4, created_at)
            VALUES ($account, $1, $2, $3, $4, $5)
            """,
            [.text(licenseID), .blob(masterKey.tokenHash(key, purpose: .licenseKey)), .text(prefix), .text(last4), date.sqlValue])
        return (prefix, last4)
    }

    /// The keyed hash a well-formed license key is looked up by; nil for a malformed key.
    public static func hash(of key: String, masterKey: MasterKey) -> [UInt8]? {
        SecretToken.isWellFormed(key, prefix: keyPrefix) ? masterKey.tokenHash(key, purpose: .licenseKey) : nil
    }

    /// The license of the transaction's account whose key has this keyed hash.
    static func licenseID(keyHash: [UInt8], on connection: TenantConnection) throws -> String? {
        guard let row = try connection.queryOne(
                "SELECT license_id, key_hash FROM license_keys WHERE key_hash = $1 AND account_id = $account", [.blob(keyHash)]),
              ConstantTime.equal(try row.bytes("key_hash"), keyHash)
        else { return nil }
        return try row.string("license_id")
    }

    /// The license whose key has this keyed hash, with its account; run it in a transaction scoped to the credential
    /// (`TenantScope.credential`), before the account is known.
    public static func find(keyHash: [UInt8], on connection: any SQLConnection) throws -> Credential<String>? {
        guard let row = try connection.queryOne(
                """
                SELECT k.license_id, k.key_hash, k.account_id, a.status AS account_status
                FROM license_keys k JOIN accounts a ON a.id = k.account_id WHERE k.key_hash = $1
                """, [.blob(keyHash)]),
              ConstantTime.equal(try row.bytes("key_hash"), keyHash)
        else { return nil }
        return Credential(
            record: try row.string("license_id"), accountID: try row.string("account_id"),
            accountActive: try row.string("account_status") == "active")
    }
}
