import Foundation
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
    /// A write transaction fails at the first statement that starts with this text, after everything before it ran:
    /// for what a transaction that dies half-way leaves behind.
    var failingStatement: String?

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
        guard let failingStatement else { return try await base.write(scope, body) }
        return try await base.write(scope) { connection in try body(FailingConnection(base: connection, failing: failingStatement)) }
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

/// A connection that runs everything on another one, except the statements that start with `failing`, which throw.
final class FailingConnection: SQLConnection {
    struct Failure: Error {}

    let base: any SQLConnection
    let failing: String

    init(base: any SQLConnection, failing: String) {
        self.base = base
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
        if sql.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(failing) { throw Failure() }
    }
}
