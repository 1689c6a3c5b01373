public import Foundation
public import LocksmithAPI
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `api_keys` table. Rows are the contract's `APIKey`; the token itself is kept only as a keyed hash.
public enum APIKeyStore {
    public static let tokenPrefix = "lkm_"
    /// The fields whose values audit events record (`AuditMetadata`): everything but the name.
    static let auditedFields: Set<String> = ["key_prefix", "scopes", "allowed_cidrs", "expires_at"]
    private static let columns = "id, name, key_prefix, scopes, allowed_cidrs, is_active, expires_at, last_used_at, created_at"

    /// Stores a new key for `token` (which is never stored itself) and records `api_key.created`.
    public static func insert(
        name: String, scopes: [ManagementScope], allowedCIDRs: [String], expiresAt: Date?, token: String,
        masterKey: MasterKey, change: AuditedChange, on connection: TenantConnection
    ) throws -> APIKey {
        let date = change.date
        let record = APIKey(
            id: ResourceID.make("key", at: date), name: name, keyPrefix: SecretToken.displayPrefix(of: token, prefix: tokenPrefix),
            scopes: scopes, allowedCIDRs: allowedCIDRs, isActive: true, expiresAt: expiresAt, createdAt: date)
        try connection.execute(
            """
            INSERT INTO api_keys (account_id, id, name, token_hash, key_prefix, scopes, allowed_cidrs, is_active, expires_at, created_at)
            VALUES ($account, $1, $2, $3, $4, $5, $6, 1, $7, $8)
            """,
            [.text(record.id), .text(name), .blob(masterKey.tokenHash(token, purpose: .managementToken)), .text(record.keyPrefix),
             .text(joined(scopes.map(\.rawValue))), .text(joined(allowedCIDRs)), expiresAt.sqlValue, date.sqlValue])
        try change.record(.apiKeyCreated(record), on: connection)
        return record
    }

    /// The key whose token has this keyed hash, with its account and whether that account is active; run it in a
    /// transaction scoped to the credential (`TenantScope.credential`), before the account is known. The index finds
    /// the row; the stored hash is then compared in constant time as well, so no code path compares secret-derived
    /// bytes in a data-dependent way.
    public static func find(tokenHash: [UInt8], on connection: any SQLConnection) throws -> Credential<APIKey>? {
        guard let row = try connection.queryOne(
                """
                SELECT k.id, k.name, k.key_prefix, k.scopes, k.allowed_cidrs, k.is_active, k.expires_at, k.last_used_at, k.created_at,
                       k.token_hash, k.account_id, a.status AS account_status
                FROM api_keys k JOIN accounts a ON a.id = k.account_id WHERE k.token_hash = $1
                """, [.blob(tokenHash)]),
              ConstantTime.equal(try row.bytes("token_hash"), tokenHash)
        else { return nil }
        return Credential(record: try record(row), accountID: try row.string("account_id"), accountActive: try row.string("account_status") == "active")
    }

    /// How many keys the account has, active or not.
    public static func count(on connection: TenantConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM api_keys WHERE account_id = $account", [])?.int("n") ?? 0
    }

    /// Keys in creation order after the cursor (a key id).
    static func page(after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<APIKey> {
        try Listing.page("api_keys", columns: columns, after: cursor, limit: limit, on: connection, record: record, id: \.id)
    }

    /// The account's key with this id, locking its row for the rest of a write transaction when `locking`.
    public static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> APIKey? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM api_keys WHERE id = $1 AND account_id = $account" + lock, [.text(id)])
            .map(record)
    }

    /// Every key of the account, in creation order (the command line's listing).
    public static func all(on connection: TenantConnection) throws -> [APIKey] {
        try connection.query("SELECT \(columns) FROM api_keys WHERE account_id = $account ORDER BY id", []).map(record)
    }

    /// Revokes the key for good and records `api_key.revoked`; a key already revoked is left as it is, with no second
    /// event. Authentication reads `is_active` on every request, so the key fails from its next request on, on every
    /// instance. Returns whether this call revoked it (false: it was revoked already), or nil when the account has no
    /// key with this id.
    public static func revoke(id: String, change: AuditedChange, on connection: TenantConnection) throws -> Bool? {
        guard let key = try find(id: id, locking: true, on: connection) else { return nil }
        guard key.isActive else { return false }
        try connection.execute("UPDATE api_keys SET is_active = 0 WHERE id = $1 AND account_id = $account", [.text(id)])
        var revoked = key
        revoked.isActive = false
        try change.record(.apiKeyRevoked(revoked), on: connection)
        return true
    }

    /// Records that the key authenticated a request at `date`.
    public static func markUsed(id: String, at date: Date, on connection: TenantConnection) throws {
        try connection.execute("UPDATE api_keys SET last_used_at = $1 WHERE id = $2 AND account_id = $account", [date.sqlValue, .text(id)])
    }

    private static func record(_ row: SQLRow) throws -> APIKey {
        APIKey(
            id: try row.string("id"), name: try row.string("name"), keyPrefix: try row.string("key_prefix"),
            scopes: split(try row.string("scopes")).map(ManagementScope.init(rawValue:)),
            allowedCIDRs: split(try row.string("allowed_cidrs")), isActive: try row.bool("is_active"),
            expiresAt: try row.optionalDate("expires_at"), lastUsedAt: try row.optionalDate("last_used_at"),
            createdAt: try row.date("created_at"))
    }

    // Scopes and networks are validated tokens without spaces, so a space-separated list is unambiguous, and
    // it is read on every authenticated request: splitting is far cheaper than decoding JSON.
    private static func joined(_ items: [String]) -> String {
        items.joined(separator: " ")
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }
}
