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

/// Runs one statement and turns the failures a caller can explain into API errors; anything else is rethrown.
///
/// On PostgreSQL a failed statement aborts the transaction, so the mapped error must end it: callers throw it
/// out of `Database.write`, which rolls back.
@discardableResult
func mappingConstraintErrors<T>(
    unique: [String: APIError] = [:], foreignKey: APIError? = nil, _ statement: () throws -> T
) throws -> T {
    do {
        return try statement()
    } catch let error as StorageError {
        if error.kind == .uniqueViolation, let constraint = error.constraint, let mapped = unique[constraint] {
            throw mapped
        }
        if error.kind == .foreignKeyViolation, let foreignKey {
            throw foreignKey
        }
        throw error
    }
}
