import Foundation
import LocksmithAPI
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `signing_keys` table. Exactly one key is active; retired keys stay published so that
/// signatures made with them still verify.
public enum SigningKeyStore {
    private static let columns = "kid, public_key, status, created_at, retired_at"

    /// Makes a new active key, retires the previous one, and records `signing_key.rotated` (or `.created`) in every
    /// account's audit chain: signing keys are server-wide, and every vendor's applications verify with them.
    ///
    /// Rotations are serialized across instances (`ServerLock.keys`), so two of them never both retire the same key; the
    /// unique index `signing_keys_one_active` backs this up in the database.
    @discardableResult
    public static func rotate(
        masterKey: MasterKey, change: AuditedChange, on connection: any SQLConnection
    ) throws -> (created: SigningKeyRecord, retired: [String]) {
        try connection.take(.keys)
        let date = change.date
        let retired = try connection.query("SELECT kid FROM signing_keys WHERE status = 'active'", []).map { try $0.string("kid") }
        try connection.execute("UPDATE signing_keys SET status = 'retired', retired_at = $1 WHERE status = 'active'", [date.sqlValue])
        let key = SigningKey.generate()
        let record = SigningKeyRecord(kid: key.keyID, publicKey: key.publicKey, status: .active, createdAt: date, retiredAt: nil)
        try connection.execute(
            """
            INSERT INTO signing_keys (kid, algorithm, public_key, sealed_secret_key, status, created_at)
            VALUES ($1, 'ed25519', $2, $3, 'active', $4)
            """,
            [.text(record.kid), .blob(record.publicKey), .blob(masterKey.seal(key.secretKey)), date.sqlValue])
        for account in try AccountStore.all(on: connection) {
            try change.record(
                retired.isEmpty ? "signing_key.created" : "signing_key.rotated", "signing_key", id: record.kid,
                ["retired": .array(retired.map(JSONValue.string))], announcing: record.model, on: try connection.tenant(account.id))
        }
        return (record, retired)
    }

    /// Every key, newest first.
    public static func all(on connection: any SQLConnection) throws -> [SigningKeyRecord] {
        try connection.query("SELECT \(columns) FROM signing_keys ORDER BY created_at DESC, kid DESC", []).map(record)
    }

    /// The active key with its secret half unsealed, if there is one.
    public static func active(masterKey: MasterKey, on connection: any SQLConnection) throws -> (record: SigningKeyRecord, key: SigningKey)? {
        guard let row = try connection.queryOne("SELECT \(columns), sealed_secret_key FROM signing_keys WHERE status = 'active'", []) else {
            return nil
        }
        let record = try record(row)
        return (record, try unsealed(record, sealed: try row.bytes("sealed_secret_key"), masterKey: masterKey))
    }

    /// The secret half of `record`, once it is known to derive the stored public key and kid: a row edited, or
    /// pieced together from another backup, must not sign under a kid that clients check against another key.
    private static func unsealed(_ record: SigningKeyRecord, sealed: [UInt8], masterKey: MasterKey) throws -> SigningKey {
        let secret: [UInt8]
        do {
            secret = try masterKey.open(sealed)
        } catch {
            throw SigningKeyError(
                kid: record.kid, reason: "its sealed secret cannot be opened with this master key (another master key, or a damaged row)")
        }
        guard let key = try? SigningKey(secretKey: secret) else {
            throw SigningKeyError(kid: record.kid, reason: "its unsealed secret is not an Ed25519 key")
        }
        guard key.publicKey == record.publicKey else {
            throw SigningKeyError(kid: record.kid, reason: "its secret does not belong to its stored public key")
        }
        guard key.keyID == record.kid else {
            throw SigningKeyError(kid: record.kid, reason: "its key pair's kid is \(key.keyID)")
        }
        return key
    }

    private static func record(_ row: SQLRow) throws -> SigningKeyRecord {
        SigningKeyRecord(
            kid: try row.string("kid"), publicKey: try row.bytes("public_key"),
            status: PublicKeyStatus(rawValue: try row.string("status")), createdAt: try row.date("created_at"),
            retiredAt: try row.optionalDate("retired_at"))
    }
}
