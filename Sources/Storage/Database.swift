/// A SQLite or PostgreSQL database behind a pool of connections.
///
/// Closures passed to `read` and `write` are synchronous on purpose: a transaction never waits for
/// anything but the database, so it cannot hold locks across unrelated suspensions.
public protocol Database: Sendable {
    /// The SQL flavour of this database.
    var dialect: SQLDialect { get }

    /// Whether its connections keep statements' plans between transactions (`SQLConnection.keepsPlans`).
    var keepsPlans: Bool { get }

    /// Runs `body` in a read-only transaction over `scope`'s rows: all its queries see one snapshot.
    @discardableResult
    func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T

    /// One transaction over `scope`'s rows (BEGIN IMMEDIATE on SQLite); COMMIT on return, ROLLBACK and rethrow the
    /// body's error unchanged when it throws.
    ///
    /// On PostgreSQL the transaction runs at READ COMMITTED and a failed statement aborts it: catch errors
    /// outside `write`, not inside, and lock rows you read before updating them (`SQLDialect.forUpdate`).
    @discardableResult
    func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T

    /// Runs one read-only statement over `scope`'s rows, outside any explicit transaction: the statement sees a
    /// snapshot of its own. For the hottest reads, where a transaction's `BEGIN` and `COMMIT` would cost more than the
    /// statement: on PostgreSQL the scope's setting and the statement travel in one pipelined round trip.
    func query(_ scope: TenantScope, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow]

    /// nil when the database answers `SELECT 1`; else a short reason such as "unreachable".
    func ping() async -> String?

    /// A number that changes whenever a transaction commits in this database, by any connection of any process
    /// (SQLite's `PRAGMA data_version`, read on a connection that never writes); nil when the database cannot say so
    /// cheaply (PostgreSQL). Two equal values, the second read later, mean that nothing was committed in between.
    func changeVersion() async throws -> Int64?

    /// The pool's connections and waiters right now.
    var statistics: PoolStatistics { get }

    /// Closes idle connections, fails waiters, and closes the connections in use as they come back.
    func close() async
}

extension Database {
    public var keepsPlans: Bool { true }
    public func changeVersion() async throws -> Int64? { nil }
}

/// A database that hands every call to `base`: a decorator (tracing, counting writes, a test's interposer) implements only
/// the calls it changes, and every other one reaches `base`, not a default of `Database` (a decorator that left out
/// `changeVersion` would answer nil and silently turn the SQLite runtime cache off).
public protocol DatabaseWrapper: Database {
    var base: any Database { get }
}

extension DatabaseWrapper {
    public var dialect: SQLDialect { base.dialect }
    public var keepsPlans: Bool { base.keepsPlans }
    public var statistics: PoolStatistics { base.statistics }

    @discardableResult
    public func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await base.read(scope, body)
    }

    @discardableResult
    public func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await base.write(scope, body)
    }

    public func query(_ scope: TenantScope, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await base.query(scope, sql, binds)
    }

    public func ping() async -> String? { await base.ping() }
    public func changeVersion() async throws -> Int64? { try await base.changeVersion() }
    public func close() async { await base.close() }
}
