import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// The audit events about some resources, with the hashes that chain them, so that a report's reader can check each
/// event against the chain (`AuditLog.chainHash`) without access to the server.
enum AuditEvidence {
    /// The events in `window` about the license or any device ever bound to it, newest first, at most `limit`; and how
    /// many there are in all. The statement finds the devices itself, so that a license with any number of them is one
    /// statement (one prepared statement per connection), not one per number of devices.
    static func events(
        aboutLicense licenseID: String, in window: ReportWindow, limit: Int, on connection: TenantConnection
    ) throws -> (events: [AuditEventRecord], total: Int64) {
        var binds: [SQLValue] = [window.from.sqlValue, window.to.sqlValue, .text(licenseID)]
        let conditions = """
            account_id = $account AND created_at >= $1 AND created_at < $2 AND (
                (resource_type = 'license' AND resource_id = $3)
                OR (resource_type = 'device' AND resource_id IN (SELECT id FROM devices WHERE license_id = $3 AND account_id = $account)))
            """
        let total = try connection.queryOne("SELECT COUNT(*) AS n FROM audit_events WHERE \(conditions)", binds)?.int64("n") ?? 0
        binds.append(.integer(Int64(limit)))
        let rows = try connection.query(
            """
            SELECT sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata, ip_address, created_at, prev_hash, hash
            FROM audit_events WHERE \(conditions) ORDER BY sequence DESC LIMIT $\(binds.count)
            """, binds)
        let events = try rows.map { row in
            let event = try AuditLog.event(from: row)
            return AuditEventRecord(
                sequence: event.sequence, eventType: event.eventType, actorType: event.actorType, actorID: event.actorID,
                resourceType: event.resourceType, resourceID: event.resourceID, metadata: event.metadata, ipAddress: event.ipAddress,
                createdAt: event.createdAt, hash: Hex.encode(try row.bytes("hash")), prevHash: try row.optionalBytes("prev_hash").map(Hex.encode))
        }
        return (events, total)
    }
}
