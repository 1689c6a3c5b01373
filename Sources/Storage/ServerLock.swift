/// Locks that serialize work across every server instance sharing a database, held until the transaction ends.
///
/// On PostgreSQL they are transaction-scoped advisory locks; on SQLite a write transaction already excludes every
/// other writer, so taking one costs nothing. Use them where no row exists to lock, or where the rows to lock are the
/// ones the transaction is about to replace (rotating the one active signing key).
public enum ServerLock: Int64, Sendable {
    /// Creating or rotating signing keys, and the first start's keys ("Lockkeys" in ASCII).
    case keys = 0x4C6F_636B_6B65_7973
}

extension SQLConnection {
    /// Takes `lock` for the rest of the transaction, waiting for any other holder.
    public func take(_ lock: ServerLock) throws {
        guard dialect == .postgres else { return }
        try execute("SELECT pg_advisory_xact_lock($1)", [.integer(lock.rawValue)])
    }
}

/// A lock on one kind of change within one account, across instances: what keeps a per-account cap (webhook endpoints,
/// queued exports) exact when two requests of the account race.
public enum AccountLock: Int32, Sendable {
    case webhookEndpoints = 1
    case reportExports = 2
}

extension TenantConnection {
    /// Takes `lock` for this connection's account for the rest of the transaction (SQLite's single writer needs none).
    public func take(_ lock: AccountLock) throws {
        guard dialect == .postgres else { return }
        try execute("SELECT pg_advisory_xact_lock($1::int4, hashtext($account))", [.integer(Int64(lock.rawValue))])
    }
}
