import Foundation
import LocksmithAPI
import LocksmithStorage

/// Who changes the catalog, from where and when: what every audited catalog write needs.
struct CatalogChange: Sendable {
    var actor: AuditActor
    var ipAddress: String?
    /// The change's time, stored as `created_at`/`updated_at` and as the audit event's time.
    var date: Date

    /// Appends the change's one audit event, in the caller's transaction.
    func audit(_ eventType: String, _ resourceType: String, id: String, _ metadata: [String: JSONValue], on connection: any SQLConnection) throws {
        try AuditLog.append(
            AuditEntry(eventType, actor: actor, resourceType: resourceType, resourceID: id, metadata: metadata, ipAddress: ipAddress),
            at: date, on: connection)
    }
}
