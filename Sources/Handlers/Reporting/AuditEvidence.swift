import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// The audit events about some resources, with the hashes that chain them, so that a report's reader can check each
/// event against the chain (`AuditLog.chainHash`) without access to the server.
enum AuditEvidence {
    /// The events in `window` whose resource is one of `resources` (type, id), newest first, at most `limit`; and how
    /// many there are in all.
    static func events(
        about resources: [(type: String, id: String)], in window: ReportWindow, limit: Int, on connection: TenantConnection
    ) throws -> (events: [AuditEventRecord], total: Int64) {
        guard !resources.isEmpty else { return ([], 0) }
        var binds: [SQLValue] = [window.from.sqlValue, window.to.sqlValue]
        let matches = resources.map { resource in
            binds += [.text(resource.type), .text(resource.id)]
            return "(resource_type = $\(binds.count - 1) AND resource_id = $\(binds.count))"
        }
        let conditions = "account_id = $account AND created_at >= $1 AND created_at < $2 AND (\(matches.joined(separator: " OR ")))"
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
