import LocksmithAPI
import LocksmithStorage

/// Runs one statement and turns the constraint failures a store can explain into API errors; anything else is
/// rethrown.
///
/// On PostgreSQL a failed statement aborts the transaction, so the mapped error must end it: stores throw it out
/// of `Database.write`, which rolls back.
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
