import LocksmithStorage

/// A database that passes everything to another one, except that its writes can be made to fail and its pings
/// can run something first or fail: for what the server does when a write fails or a check is still in flight.
struct InterposedDatabase: Database {
    let base: any Database
    /// Thrown by every write, without touching the database.
    var writeFailure: StorageError?
    /// Awaited before each ping.
    var beforePing: @Sendable () async -> Void = {}
    /// When it says something, each ping answers that (the database is down) without asking the database.
    var pingProblem: @Sendable () -> String? = { nil }

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
        return try await base.write(scope, body)
    }

    func ping() async -> String? {
        await beforePing()
        if let problem = pingProblem() { return problem }
        return await base.ping()
    }

    func close() async {
        await base.close()
    }
}
