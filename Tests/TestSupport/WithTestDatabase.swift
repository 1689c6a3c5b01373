public import LocksmithStorage
public import Logging

/// Runs `body` with a fresh, open database on `backend` (migrated first when `migrations` are given), then closes
/// and destroys it, whether `body` returns or throws.
///
/// ```swift
/// @Test(arguments: TestBackend.available)
/// func roundTrip(backend: TestBackend) async throws {
///     try await withTestDatabase(backend) { database in … }
/// }
/// ```
public func withTestDatabase<T>(
    _ backend: TestBackend, migrations: [Migration] = [], logger: Logger = TestDatabase.quietLogger,
    _ body: (any Database) async throws -> T
) async throws -> T {
    let testDatabase = try await TestDatabase.make(backend)
    let database: any Database
    do {
        database = try await testDatabase.open(logger: logger)
    } catch {
        await testDatabase.destroy()
        throw error
    }
    do {
        if !migrations.isEmpty {
            _ = try await Migrator(migrations: migrations).apply(on: database, logger: logger)
        }
        let result = try await body(database)
        await database.close()
        await testDatabase.destroy()
        return result
    } catch {
        await database.close()
        await testDatabase.destroy()
        throw error
    }
}
