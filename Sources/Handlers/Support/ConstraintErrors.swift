import LocksmithAPI
import LocksmithStorage

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
        throw explained(error, unique: unique, foreignKey: foreignKey)
    }
}

/// The same for a whole write: runs `body` (typically a `Database.write`) and turns the constraint failures a
/// caller can explain into API errors; anything else is rethrown.
@discardableResult
func mappingConstraintErrors<T>(
    unique: [String: APIError] = [:], foreignKey: APIError? = nil, _ body: () async throws -> T
) async throws -> T {
    do {
        return try await body()
    } catch let error as StorageError {
        throw explained(error, unique: unique, foreignKey: foreignKey)
    }
}

/// The API error a constraint failure stands for, or the failure itself.
private func explained(_ error: StorageError, unique: [String: APIError], foreignKey: APIError?) -> any Error {
    if error.kind == .uniqueViolation, let constraint = error.constraint, let mapped = unique[constraint] {
        return mapped
    }
    if error.kind == .foreignKeyViolation, let foreignKey {
        return foreignKey
    }
    return error
}
