import Foundation
import LocksmithAPI
import LocksmithStorage

/// Ops reads of what holds now, whatever the window: active licenses, devices and leases, the active signing key,
/// and the audit chain.
enum OpsSnapshotStore {
    static func activeCounts(at now: Date, on connection: TenantConnection) throws -> OpsActiveCounts {
        // Active or in its grace period, as `StoredLicense.status(at:)` judges it.
        let licenses = try count(
            "SELECT COUNT(*) AS n FROM licenses WHERE account_id = $account AND status = 'active' "
                + "AND (expires_at IS NULL OR expires_at > $1 OR grace_expires_at > $1)", [now.sqlValue], on: connection)
        let devices = try count("SELECT COUNT(*) AS n FROM devices WHERE account_id = $account AND status = 'active'", [], on: connection)
        let leases = try count(
            "SELECT COUNT(*) AS n FROM floating_leases WHERE account_id = $account AND released_at IS NULL AND expires_at > $1",
            [now.sqlValue], on: connection)
        return OpsActiveCounts(licenses: licenses, devices: devices, floatingLeases: leases)
    }

    /// The key that signs the account's answers now (its own, or the server's) and its age; nil when there is none.
    static func signingKey(at now: Date, on connection: TenantConnection) throws -> OpsSigningKey? {
        guard let key = try SigningKeyStore.keys(account: connection.account, on: connection.raw)?.first(where: { $0.status == .active }) else {
            return nil
        }
        return OpsSigningKey(kid: key.kid, createdAt: key.createdAt, ageSeconds: max(0, Int64(now.timeIntervalSince(key.createdAt).rounded(.down))))
    }

    static func auditChain(on connection: TenantConnection) throws -> OpsAuditChain {
        let length = try connection.queryOne("SELECT sequence FROM audit_chain_heads WHERE account_id = $account", [])?.int64("sequence") ?? 0
        let last = try connection.queryOne(
            "SELECT created_at FROM audit_events WHERE account_id = $account AND sequence = $1", [.integer(length)])?.date("created_at")
        return OpsAuditChain(length: length, lastEventAt: last)
    }

    private static func count(_ sql: String, _ binds: [SQLValue], on connection: TenantConnection) throws -> Int64 {
        try connection.queryOne(sql, binds)?.int64("n") ?? 0
    }
}
