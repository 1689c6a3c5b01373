public import LocksmithStorage

/// Where an account's audit chain ends: its last sequence and that event's hash (nil for an empty chain).
public struct AuditChainHead: Sendable, Equatable {
    public var accountID: String
    public var sequence: Int64
    public var hash: [UInt8]?

    public init(accountID: String, sequence: Int64, hash: [UInt8]?) {
        self.accountID = accountID
        self.sequence = sequence
        self.hash = hash
    }
}

extension AuditLog {
    /// Every account's chain head, by account id, read through the transaction of `connection` (one snapshot). Each
    /// account is read under its own tenant scope, so that row-level security lets any role see them.
    public static func heads(on connection: any SQLConnection) throws -> [AuditChainHead] {
        try connection.query("SELECT id FROM accounts ORDER BY id", []).map { row in
            let account = try row.string("id")
            let head = try connection.tenant(account).queryOne("SELECT sequence, hash FROM audit_chain_heads WHERE account_id = $account", [])
            return AuditChainHead(accountID: account, sequence: try head?.int64("sequence") ?? 0, hash: try head?.optionalBytes("hash"))
        }
    }
}
