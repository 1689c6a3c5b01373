import LocksmithStorage

/// A database that passes everything to another one, except that its writes can be made to fail or to wait, its
/// pings can run something first, and its reads' statements can be recorded: for what the server does when a write
/// fails or is slow, or a check is still in flight, and for which SQL it runs.
struct InterposedDatabase: Database {
    let base: any Database
    /// Thrown by every write, without touching the database.
    var writeFailure: StorageError?
    /// Awaited before each write (a database made slow on purpose).
    var beforeWrite: @Sendable () async -> Void = {}
    /// Awaited before each ping.
    var beforePing: @Sendable () async -> Void = {}
    /// Records the SQL text of every statement run in a `read`.
    var readLog: StatementLog?

    var dialect: SQLDialect { base.dialect }
    var statistics: PoolStatistics { base.statistics }

    func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        guard let readLog else { return try await base.read(scope, body) }
        return try await base.read(scope) { connection in try body(RecordingConnection(base: connection, log: readLog)) }
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

/// The SQL texts of the statements a database ran.
final class StatementLog: Sendable {
    private let texts = Locked<Set<String>>([])

    func record(_ sql: String) {
        texts.withLock { _ = $0.insert(sql) }
    }

    /// Every distinct text recorded since the last `reset`, of those that `matching` accepts.
    func statements(matching: (String) -> Bool = { _ in true }) -> Set<String> {
        texts.withLock { $0.filter(matching) }
    }

    func reset() {
        texts.withLock { $0.removeAll() }
    }
}

/// A connection that records each statement's text in a log before running it on another.
private final class RecordingConnection: SQLConnection {
    let base: any SQLConnection
    let log: StatementLog

    init(base: any SQLConnection, log: StatementLog) {
        self.base = base
        self.log = log
    }

    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ binds: [SQLValue]) throws -> Int {
        log.record(sql)
        return try base.execute(sql, binds)
    }

    func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        log.record(sql)
        return try base.query(sql, binds)
    }

    func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> SQLRow? {
        log.record(sql)
        return try base.queryOne(sql, binds)
    }
}
