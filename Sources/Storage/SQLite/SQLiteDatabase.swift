public import Logging
import NIOPosix

/// A SQLite database file in WAL mode: one writer connection and a few reader connections.
///
/// Writes queue for the single writer connection on its own thread, so they never hold a thread of the Swift
/// concurrency pool while waiting for each other. Reads run on reader connections on the calling task,
/// alongside the writer thanks to WAL: they never wait for a lock, and are too short to be worth a thread hop.
/// Both queues, for the writer and for a reader, are bounded by `Configuration.waitLimits`.
public final class SQLiteDatabase: Database {
    /// How a SQLite database is opened.
    public struct Configuration: Sendable, Equatable {
        /// Reader connections, used by `read`.
        public var readers: Int
        /// How long a statement waits for a lock held by another process before failing with `.busy`.
        public var busyTimeoutMilliseconds: Int32
        /// How much a commit waits for the disk.
        public var synchronous: Synchronous
        /// How long and how many callers may wait for a reader connection, and for their turn at the writer.
        public var waitLimits: WaitLimits

        /// The defaults: 4 readers, a 5 s busy timeout, `synchronous=NORMAL`, the default wait limits.
        public init(
            readers: Int = 4, busyTimeoutMilliseconds: Int32 = 5000, synchronous: Synchronous = .normal,
            waitLimits: WaitLimits = WaitLimits()
        ) {
            self.readers = readers
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.synchronous = synchronous
            self.waitLimits = waitLimits
        }
    }

    /// SQLite's `synchronous` setting for the writer connection, in WAL mode. Neither setting can corrupt the
    /// database; they differ in which commits a crash can take back.
    public enum Synchronous: String, Sendable, CaseIterable {
        /// Syncs the WAL to disk at every commit: a commit survives a power cut or an operating system crash.
        case full
        /// Syncs only at checkpoints: a commit survives the process being killed, but a power cut or an operating
        /// system crash can lose the last commits.
        case normal
    }

    /// `.sqlite`.
    public var dialect: SQLDialect { .sqlite }
    /// The database file.
    public let path: String
    private let writer: SQLiteWriter
    private let readers: ConnectionPool<SQLiteConnection>
    private let checkpointer: SQLiteCheckpointer
    private let census = StatementCensus()
    private let watcher: SQLiteChangeWatcher

    private init(path: String, configuration: Configuration) {
        self.path = path
        let busyTimeout = configuration.busyTimeoutMilliseconds
        let synchronous = configuration.synchronous
        let readerCount = max(1, configuration.readers)
        let checkpointer = SQLiteCheckpointer(path: path, busyTimeoutMilliseconds: busyTimeout)
        self.checkpointer = checkpointer
        let census = census
        writer = SQLiteWriter(waitLimits: configuration.waitLimits) {
            try SQLiteConnection(
                path: path, role: .writer(synchronous), busyTimeoutMilliseconds: busyTimeout, checkpointer: checkpointer, census: census)
        }
        readers = ConnectionPool(maximum: readerCount, waitLimits: configuration.waitLimits) {
            try SQLiteConnection(path: path, role: .reader, busyTimeoutMilliseconds: busyTimeout, census: census)
        }
        watcher = SQLiteChangeWatcher {
            try SQLiteConnection(path: path, role: .reader, busyTimeoutMilliseconds: busyTimeout)
        }
    }

    deinit {
        writer.requestStop()
        checkpointer.requestStop()
    }

    /// Opens (creating if needed) the database file at `path`.
    ///
    /// The writer connection is opened at once, so that a bad path or a file that is not a database fails
    /// here, and so that WAL mode is set before any reader opens the file.
    public static func open(path: String, configuration: Configuration = Configuration(), logger: Logger) async throws
        -> SQLiteDatabase
    {
        let database = SQLiteDatabase(path: path, configuration: configuration)
        do {
            try await database.writer.open()
        } catch {
            await database.close()
            throw error
        }
        logger.debug(
            "opened SQLite database",
            metadata: ["path": "\(path)", "readers": "\(configuration.readers)", "synchronous": "\(configuration.synchronous.rawValue)"])
        return database
    }

    /// Runs `body` in a read-only transaction: all its queries see one snapshot.
    ///
    /// Reads run on the calling task. In WAL mode a reader never waits for the writer, and the request path's
    /// reads take microseconds, so handing them to another thread (and back) would cost more than the read:
    /// measured, an authenticated request with two reads went from about 4 000 to about 9 000 per second.
    ///
    /// SQLite has no row-level security: the scope is the stores' to apply (`TenantConnection`).
    @discardableResult
    public func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await readers.withConnection { connection in
            try connection.transaction(begin: "BEGIN", body)
        }
    }

    /// Runs one statement on a reader connection (`query_only`), in SQLite's implicit transaction for that statement.
    public func query(_ scope: TenantScope, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await readers.withConnection { connection in
            try connection.query(sql, binds)
        }
    }

    /// Runs `body` in one transaction: COMMIT on return, ROLLBACK and rethrow its error unchanged when it throws.
    @discardableResult
    public func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and then writes
        // could fail with SQLITE_BUSY when another process wrote in between, and could not wait for it.
        try await writer.withConnection { connection in
            try connection.transaction(begin: "BEGIN IMMEDIATE", body)
        }
    }

    /// `PRAGMA data_version` on a connection of its own that never writes: it changes with every commit, this process's
    /// writer's and any other process's (the command line's verbs write to a live database).
    public func changeVersion() async throws -> Int64? {
        try watcher.version()
    }

    /// nil when the database answers `SELECT 1`; else a short reason such as "unreachable".
    public func ping() async -> String? {
        do {
            _ = try await read(.none) { try $0.queryOne("SELECT 1", []) }
            return nil
        } catch {
            return PingFailure.reason(for: error)
        }
    }

    /// The connections, waiters and prepared statements right now.
    public var statistics: PoolStatistics {
        (writer.statistics + readers.statistics).counting(census)
    }

    /// Fails waiting callers, lets running transactions finish, and closes every connection.
    public func close() async {
        await writer.close()
        await readers.close()
        watcher.close()
        await checkpointer.stop()
    }
}
