public import Foundation
public import LocksmithAPI
public import LocksmithCrypto
public import LocksmithStorage

/// A signing key as published: its id, public half and status. The secret half is sealed with the master key.
public struct SigningKeyRecord: Sendable, Equatable {
    public var kid: String
    public var publicKey: [UInt8]
    public var status: PublicKeyStatus
    public var createdAt: Date
    public var retiredAt: Date?

    public var model: PublicKey {
        PublicKey(kid: kid, algorithm: "ed25519", publicKey: Base64.encode(publicKey), status: status, createdAt: createdAt)
    }
}

/// SQL for the `signing_keys` table. Exactly one key is active; retired keys stay published so that
/// signatures made with them still verify.
public enum SigningKeyStore {
    private static let columns = "kid, public_key, status, created_at, retired_at"

    /// Makes a new active key, retires the previous one, and records `signing_key.rotated` (or `.created`).
    @discardableResult
    public static func rotate(masterKey: MasterKey, actor: AuditActor, at date: Date, on connection: any SQLConnection) throws -> (created: SigningKeyRecord, retired: [String]) {
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
        try AuditLog.append(
            AuditEntry(retired.isEmpty ? "signing_key.created" : "signing_key.rotated", actor: actor, resourceType: "signing_key",
                       resourceID: record.kid, metadata: ["retired": .array(retired.map(JSONValue.string))]),
            at: date, on: connection)
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
        return (try record(row), try SigningKey(secretKey: try masterKey.open(try row.bytes("sealed_secret_key"))))
    }

    private static func record(_ row: SQLRow) throws -> SigningKeyRecord {
        SigningKeyRecord(
            kid: try row.string("kid"), publicKey: try row.bytes("public_key"),
            status: PublicKeyStatus(rawValue: try row.string("status")), createdAt: try row.date("created_at"),
            retiredAt: try row.optionalDate("retired_at"))
    }
}
