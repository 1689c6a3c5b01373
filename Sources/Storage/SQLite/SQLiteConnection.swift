import CSQLite
import Foundation

/// One SQLite connection, opened with SQLITE_OPEN_NOMUTEX: it is only ever used by one thread at a time (the
/// writer's own thread, or a reader lent out by the pool), so SQLite's per-call mutex would be pure overhead.
final class SQLiteConnection: SQLConnection, PooledConnection, @unchecked Sendable {
    enum Role {
        /// The one connection that writes, syncing to disk as `synchronous` says.
        case writer(SQLiteDatabase.Synchronous)
        /// Runs with `query_only`, so a write attempted inside `read` fails instead of racing the writer.
        case reader
        /// Only copies the WAL back into the database file.
        case checkpointer
    }

    var dialect: SQLDialect { .sqlite }
    private(set) var isBroken = false
    private var handle: OpaquePointer?
    /// Prepared statements by SQL text; an evicted one is finalized as it is released.
    private var statements = StatementCache<SQLiteStatement>()
    /// Kept alive for the WAL hook, which only holds an unretained pointer to it.
    private let checkpointer: SQLiteCheckpointer?
    private let census: StatementCensus?

    init(
        path: String, role: Role, busyTimeoutMilliseconds: Int32, checkpointer: SQLiteCheckpointer? = nil, census: StatementCensus? = nil
    ) throws {
        self.checkpointer = checkpointer
        self.census = census
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let result = sqlite3_open_v2(path, &handle, flags, nil)
        guard result == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw StorageError(.connectionFailed, "cannot open the SQLite database at \(path): \(reason)")
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        do {
            switch role {
            case .writer(let synchronous):
                // WAL lets readers run alongside the writer.
                let mode = try queryOne("PRAGMA journal_mode = WAL", [])?.optionalString("journal_mode")
                guard mode == "wal" else {
                    throw StorageError(.other, "cannot use WAL mode for \(path) (journal mode: \(mode ?? "unknown"))")
                }
                try execute("PRAGMA synchronous = \(synchronous.rawValue)", [])
                try execute("PRAGMA foreign_keys = ON", [])
                // A burst can grow the WAL past the checkpointer; give the disk space back once it rewinds.
                try execute("PRAGMA journal_size_limit = 67108864", [])
                if let checkpointer {
                    // Replaces SQLite's automatic checkpoint, which would run inside commits.
                    sqlite3_wal_hook(handle, sqliteWALHook, Unmanaged.passUnretained(checkpointer).toOpaque())
                }
            case .reader:
                try execute("PRAGMA query_only = 1", [])
            case .checkpointer:
                break
            }
        } catch {
            close()
            throw error
        }
    }

    deinit {
        close()
    }

    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) throws -> Int {
        let (handle, statement) = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(binds)
        let changesBefore = sqlite3_total_changes64(handle)
        while true {
            switch sqlite3_step(statement.handle) {
            case SQLITE_DONE:
                // sqlite3_changes keeps the count of the last INSERT/UPDATE/DELETE, even after DDL.
                return sqlite3_total_changes64(handle) == changesBefore ? 0 : Int(sqlite3_changes64(handle))
            case SQLITE_ROW:
                continue
            default:
                throw failure(of: statement)
            }
        }
    }

    func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        let (_, statement) = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(binds)
        var rows: [SQLRow] = []
        while true {
            switch sqlite3_step(statement.handle) {
            case SQLITE_ROW: rows.append(statement.currentRow(after: rows.last))
            case SQLITE_DONE: return rows
            default: throw failure(of: statement)
            }
        }
    }

    func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> SQLRow? {
        let (_, statement) = try prepared(sql)
        defer { statement.reset() }
        try statement.bind(binds)
        switch sqlite3_step(statement.handle) {
        case SQLITE_ROW: return statement.currentRow()
        case SQLITE_DONE: return nil
        default: throw failure(of: statement)
        }
    }

    /// Runs `body` between `begin` and COMMIT, rolling back when it throws.
    func transaction<T>(begin: String, _ body: (any SQLConnection) throws -> T) throws -> T {
        try execute(begin, [])
        do {
            let result = try body(self)
            try execute("COMMIT", [])
            return result
        } catch {
            rollBack()
            throw error
        }
    }

    func isAlive() -> Bool {
        handle != nil
    }

    func close() {
        // Statements are finalized before the connection closes (sqlite3_close_v2 would otherwise keep it open).
        _ = statements.removeAll()
        census?.remove(self)
        if let handle {
            sqlite3_close_v2(handle)
        }
        handle = nil
    }

    var cachedStatementCount: Int { statements.count }

    /// Copies what it can of the WAL into the database file without waiting for anyone; returns the number of
    /// WAL frames now copied back, or nil when it could not run (another checkpoint was in progress).
    func checkpointPassive() -> Int32? {
        guard let handle else { return nil }
        var walFrames: Int32 = 0
        var checkpointedFrames: Int32 = 0
        let result = sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, &walFrames, &checkpointedFrames)
        return result == SQLITE_OK ? checkpointedFrames : nil
    }

    private func rollBack() {
        // Some errors (a full disk, an I/O error) have already rolled the transaction back.
        guard let handle, sqlite3_get_autocommit(handle) == 0 else { return }
        do {
            try execute("ROLLBACK", [])
        } catch {
            isBroken = true
        }
    }

    private func prepared(_ sql: String) throws -> (OpaquePointer, SQLiteStatement) {
        guard let handle else { throw StorageError.databaseClosed }
        if let statement = statements.statement(for: sql) {
            return (handle, statement)
        }
        let statement = try prepare(sql, on: handle)
        let evicted = statements.insert(statement, for: sql)
        if evicted == nil { census?.record(statements.count, for: self) }
        return (handle, statement)
    }

    private func prepare(_ sql: String, on handle: OpaquePointer) throws -> SQLiteStatement {
        try SQLitePlaceholders.rewrite(sql).withCString { text in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v3(handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            guard result == SQLITE_OK else {
                throw SQLiteErrors.error(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
            }
            guard let statement else {
                throw StorageError(.other, "the SQL text holds no statement")
            }
            if let tail, hasAnotherStatement(tail, on: handle) {
                sqlite3_finalize(statement)
                throw StorageError(.other, "the SQL text holds more than one statement; run them one at a time")
            }
            return SQLiteStatement(handle: statement)
        }
    }

    /// Whether `tail` holds more than whitespace, semicolons and comments: SQLite would silently ignore it.
    private func hasAnotherStatement(_ tail: UnsafePointer<CChar>, on handle: OpaquePointer) -> Bool {
        var next: OpaquePointer?
        let result = sqlite3_prepare_v2(handle, tail, -1, &next, nil)
        sqlite3_finalize(next)
        return result != SQLITE_OK || next != nil
    }

    /// The error of the step that just failed, with the constraint named where SQLite lets us find it.
    private func failure(of statement: SQLiteStatement) -> StorageError {
        guard let handle else { return StorageError.databaseClosed }
        let code = sqlite3_extended_errcode(handle)
        let message = String(cString: sqlite3_errmsg(handle))
        statement.reset()
        var error = SQLiteErrors.error(code: code, message: message)
        if error.kind == .uniqueViolation {
            error.constraint = uniqueConstraintName(code: code, message: message)
        }
        return error
    }
}
