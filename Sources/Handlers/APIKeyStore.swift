public import Foundation
public import LocksmithAPI
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `api_keys` table. Rows are the contract's `APIKey`; the token itself is kept only as a keyed hash.
public enum APIKeyStore {
    public static let tokenPrefix = "lkm_"
    private static let columns = "id, name, key_prefix, scopes, allowed_cidrs, is_active, expires_at, last_used_at, created_at"

    /// Stores a new key for `token` (which is never stored itself) and records `api_key.created`.
    public static func create(
        name: String, scopes: [ManagementScope], allowedCIDRs: [String], expiresAt: Date?, token: String,
        masterKey: MasterKey, actor: AuditActor, ipAddress: String?, at date: Date, on connection: any SQLConnection
    ) throws -> APIKey {
        let record = APIKey(
            id: ResourceID.make("key", at: date), name: name, keyPrefix: SecretToken.displayPrefix(of: token, prefix: tokenPrefix),
            scopes: scopes, allowedCIDRs: allowedCIDRs, isActive: true, expiresAt: expiresAt, createdAt: date)
        try connection.execute(
            """
            INSERT INTO api_keys (id, name, token_hash, key_prefix, scopes, allowed_cidrs, is_active, expires_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)
            """,
            [.text(record.id), .text(name), .blob(masterKey.tokenHash(token, purpose: .managementToken)), .text(record.keyPrefix),
             .text(joined(scopes.map(\.rawValue))), .text(joined(allowedCIDRs)), expiresAt.sqlValue, date.sqlValue])
        try AuditLog.append(
            AuditEntry("api_key.created", actor: actor, resourceType: "api_key", resourceID: record.id,
                       metadata: ["name": .string(name), "scopes": .array(scopes.map { .string($0.rawValue) }),
                                  "allowed_cidrs": .array(allowedCIDRs.map(JSONValue.string)), "key_prefix": .string(record.keyPrefix)],
                       ipAddress: ipAddress),
            at: date, on: connection)
        return record
    }

    /// The key whose token has this keyed hash. The index finds the row; the stored hash is then compared in
    /// constant time as well, so no code path compares secret-derived bytes in a data-dependent way.
    public static func find(tokenHash: [UInt8], on connection: any SQLConnection) throws -> APIKey? {
        guard let row = try connection.queryOne("SELECT \(columns), token_hash FROM api_keys WHERE token_hash = $1", [.blob(tokenHash)]),
              ConstantTime.equal(try row.bytes("token_hash"), tokenHash)
        else { return nil }
        return try record(row)
    }

    public static func find(id: String, on connection: any SQLConnection) throws -> APIKey? {
        try connection.queryOne("SELECT \(columns) FROM api_keys WHERE id = $1", [.text(id)]).map(record)
    }

    public static func count(on connection: any SQLConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM api_keys", [])?.int("n") ?? 0
    }

    /// Keys in creation order after the cursor (a key id); returns one page and the next cursor.
    public static func page(after cursor: String?, limit: Int, on connection: any SQLConnection) throws -> (records: [APIKey], next: String?) {
        let rows = try connection.query(
            "SELECT \(columns) FROM api_keys WHERE id > $1 ORDER BY id LIMIT $2", [.text(cursor ?? ""), .integer(Int64(limit + 1))])
        let page = Paging.page(try rows.map(record), limit: limit) { $0.id }
        return (page.items, page.next)
    }

    public static func markUsed(id: String, at date: Date, on connection: any SQLConnection) throws {
        try connection.execute("UPDATE api_keys SET last_used_at = $1 WHERE id = $2", [date.sqlValue, .text(id)])
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
