public import Logging
import NIOPosix

/// A PostgreSQL database behind a pool of libpq connections.
///
/// libpq blocks, so every call into it (connecting, and each whole transaction closure) runs on a thread
/// pool with one thread per connection, never on the Swift concurrency pool. Connections open lazily;
/// callers beyond the pool's size wait in FIFO order without holding a thread, within the URL's wait limits
/// (`pool_timeout`, `pool_max_waiters`). The URL's defaults (`PostgresURL`) bound how long a statement may run
/// and how long a dead link goes unnoticed, so that no libpq call blocks forever.
public final class PostgresDatabase: Database {
    /// The pool size used when neither the URL (`pool_size`) nor the initializer sets one.
    public static let defaultPoolSize = 8

    /// `.postgres`.
    public var dialect: SQLDialect { .postgres }
    /// False behind a pooler in transaction mode, where statements are sent unnamed.
    public let keepsPlans: Bool
    /// The maximum number of connections.
    public let poolSize: Int
    private let pool: ConnectionPool<PostgresConnection>
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private let pingTimeout: Duration
    private let census = StatementCensus()
    /// Whether the last operation failed to reach the server: an outage is logged once, not per caller.
    private let isUnreachable = Locked(false)

    /// A database at `url` (`postgres://` or `postgresql://`), connected lazily.
    ///
    /// - Parameters:
    ///   - poolSize: the maximum number of connections; defaults to the URL's `pool_size` parameter, then to
    ///     `defaultPoolSize`. The URL's own parameters (`PostgresURL`) are removed before libpq sees it.
    ///   - pingTimeout: how long `ping()` waits before reporting "timeout"; a connection that answers later is
    ///     closed rather than reused.
    public init(url: String, poolSize: Int? = nil, pingTimeout: Duration = .milliseconds(1500), logger: Logger) throws {
        let url = try PostgresURL(url)
        let poolSize = max(1, poolSize ?? url.poolSize ?? Self.defaultPoolSize)
        let threadPool = NIOThreadPool(numberOfThreads: poolSize)
        threadPool.start()
        let connectionString = url.connectionString
        let namedStatements = url.pooler == .none
        self.keepsPlans = namedStatements
        self.poolSize = poolSize
        self.threadPool = threadPool
        self.logger = logger
        self.pingTimeout = pingTimeout
        let census = census
        self.pool = ConnectionPool(maximum: poolSize, waitLimits: url.waitLimits) {
            try await threadPool.runIfActive {
                try PostgresConnection(connectionString: connectionString, census: census, namedStatements: namedStatements)
            }
        }
    }

    deinit {
        threadPool.shutdownGracefully { _ in }
    }

    /// Runs `body` in a read-only transaction over `scope`'s rows: all its queries see one snapshot.
    @discardableResult
    public func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        // REPEATABLE READ gives the closure one snapshot, as SQLite does; read-only transactions at this
        // level never fail to serialize.
        let begin = try Self.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", scope)
        return try await withConnection { connection in
            try connection.transaction(begin: begin, body)
        }
    }

    /// Runs `body` in one transaction: COMMIT on return, ROLLBACK and rethrow its error unchanged when it throws.
    @discardableResult
    public func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        let begin = try Self.begin("BEGIN", scope)
        return try await withConnection { connection in
            try connection.transaction(begin: begin, body)
        }
    }

    /// Runs one read-only statement over `scope`'s rows in a single round trip: the scope's setting and
    /// `transaction_read_only` are set by a first pipelined statement, in the implicit transaction both share.
    public func query(_ scope: TenantScope, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let setting = try scope.postgresSettingCall()
        return try await withConnection { connection in
            try connection.pipelinedQuery(setting: setting, sql, binds)
        }
    }

    /// `BEGIN` and the scope's `SET LOCAL`, sent as one command so that the setting costs no extra round trip.
    private static func begin(_ begin: String, _ scope: TenantScope) throws -> String {
        guard let setting = try scope.postgresSetting() else { return begin }
        return begin + "; " + setting
    }

    /// nil when the database answers `SELECT 1`; else a short reason such as "unreachable".
    ///
    /// A connection that answers after `pingTimeout` is closed rather than returned to the pool: the link may be
    /// dead, and the next caller should not be the one to wait on it.
    public func ping() async -> String? {
        await withTimeout(pingTimeout, fallback: PingFailure.timeout) { outcome in
            do {
                try await self.withConnection { connection in
                    // Timed out while waiting for a connection: this one has not been waited on.
                    guard !outcome.isSettled else { return }
                    do {
                        _ = try connection.queryOne("SELECT 1", [])
                    } catch {
                        if !outcome.settle(PingFailure.reason(for: error)) { connection.discard() }
                        throw error
                    }
                    if !outcome.settle(nil) { connection.discard() }
                }
            } catch {
                outcome.settle(PingFailure.reason(for: error))
            }
        }
    }

    /// The connections, waiters and prepared statements right now.
    public var statistics: PoolStatistics {
        pool.statistics.counting(census)
    }

    /// Fails waiting callers, lets running transactions finish, and closes every connection.
    public func close() async {
        await pool.close()
        try? await threadPool.shutdownGracefully()
    }

    /// Runs `work` on the thread pool with a pooled connection.
    private func withConnection<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        do {
            let result = try await pool.withConnection { connection in
                try await threadPool.runIfActive { try work(connection) }
            }
            let recovered = isUnreachable.withLock { state in
                defer { state = false }
                return state
            }
            if recovered {
                logger.info("PostgreSQL is reachable again")
            }
            return result
        } catch let error as StorageError where error.kind == .connectionFailed {
            // A lost connection usually means the server restarted or failed over: its idle siblings are
            // dead too, so drop them now rather than fail one caller each.
            pool.dropIdleConnections()
            let wasReachable = isUnreachable.withLock { state in
                defer { state = true }
                return !state
            }
            if wasReachable {
                logger.warning("PostgreSQL connection failed", metadata: ["reason": "\(error.message)"])
            } else {
                logger.debug("PostgreSQL connection failed", metadata: ["reason": "\(error.message)"])
            }
            throw error
        } catch is NIOThreadPoolError.ThreadPoolInactive {
            throw StorageError.databaseClosed
        }
    }
}
