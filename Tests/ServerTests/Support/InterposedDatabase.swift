import Foundation
import LocksmithStorage

/// A database that passes everything to another one, except that its writes can be made to fail, to wait, or to die at
/// one statement, its pings can run something first or fail, and its reads' statements can be recorded: for what the
/// server does when a write fails or is slow, a transaction dies half-way, or a check is still in flight, and for which
/// SQL it runs.
struct InterposedDatabase: DatabaseWrapper {
    let base: any Database
    /// Thrown by every write, without touching the database.
    var writeFailure: StorageError?
    /// Awaited before each write (a database made slow on purpose).
    var beforeWrite: @Sendable () async -> Void = {}
    /// Awaited before each ping.
    var beforePing: @Sendable () async -> Void = {}
    /// When it says something, each ping answers that (the database is down) without asking the database.
    var pingProblem: @Sendable () -> String? = { nil }
    /// A write transaction fails at the first statement that starts with this text, after everything before it ran:
    /// for what a transaction that dies half-way leaves behind.
    var failingStatement: String?
    /// Records the SQL text of every statement run in a `read`.
    var readLog: StatementLog?

    func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        guard let readLog else { return try await base.read(scope, body) }
        return try await base.read(scope) { connection in try body(InterposedConnection(base: connection, log: readLog)) }
    }

    func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        if let writeFailure { throw writeFailure }
        await beforeWrite()
        guard let failingStatement else { return try await base.write(scope, body) }
        return try await base.write(scope) { connection in try body(InterposedConnection(base: connection, failing: failingStatement)) }
    }

    func ping() async -> String? {
        await beforePing()
        if let problem = pingProblem() { return problem }
        return await base.ping()
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

/// A connection that runs everything on another one, recording each statement's text in `log`, and throwing instead
/// for the statements that start with `failing`.
final class InterposedConnection: SQLConnection {
    struct Failure: Error {}

    let base: any SQLConnection
    let log: StatementLog?
    let failing: String?

    init(base: any SQLConnection, log: StatementLog? = nil, failing: String? = nil) {
        self.base = base
        self.log = log
        self.failing = failing
    }

    var dialect: SQLDialect { base.dialect }

    func execute(_ sql: String, _ binds: [SQLValue]) throws -> Int {
        try check(sql)
        return try base.execute(sql, binds)
    }

    func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        try check(sql)
        return try base.query(sql, binds)
    }

    func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> SQLRow? {
        try check(sql)
        return try base.queryOne(sql, binds)
    }

    private func check(_ sql: String) throws {
        log?.record(sql)
        if let failing, sql.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(failing) { throw Failure() }
    }
}
