import LocksmithStorage

/// A database that passes everything to another one, except that its writes can be made to fail or to wait, and its
/// pings can run something first: for what the server does when a write fails or is slow, or a check is still in flight.
struct InterposedDatabase: Database {
    let base: any Database
    /// Thrown by every write, without touching the database.
    var writeFailure: StorageError?
    /// Awaited before each write (a database made slow on purpose).
    var beforeWrite: @Sendable () async -> Void = {}
    /// Awaited before each ping.
    var beforePing: @Sendable () async -> Void = {}

    var dialect: SQLDialect { base.dialect }
    var statistics: PoolStatistics { base.statistics }

    func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await base.read(scope, body)
    }

    func query(_ scope: TenantScope, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await base.query(scope, sql, binds)
    }

    func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        if let writeFailure { throw writeFailure }
        await beforeWrite()
        return try await base.write(scope, body)
    }

    func ping() async -> String? {
        await beforePing()
        return await base.ping()
    }

    func close() async {
        await base.close()
    }
}
