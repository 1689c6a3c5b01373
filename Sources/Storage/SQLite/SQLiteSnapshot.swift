import CSQLite
import Foundation

/// A consistent copy of a SQLite database that servers may be using, made with SQLite's online backup API.
public enum SQLiteSnapshot {
    /// Copies the database at `source` into a new file at `destination` (which must not exist) and returns how long the
    /// copy held its read transaction.
    ///
    /// The whole copy is one `sqlite3_backup_step(-1)`: one read transaction, so the copy is the database as one instant
    /// saw it. In WAL mode a reader blocks no one: servers keep reading and committing meanwhile, and their commits wait
    /// in the WAL until the copy is done (checkpoints cannot pass an open reader). Copying in several smaller steps
    /// would not help them and could never finish: SQLite restarts a stepwise copy whenever another connection writes.
    /// The copy is left in WAL mode, as the server keeps its database, so opening it later changes no byte of it.
    public static func copy(from source: String, to destination: String, busyTimeoutMilliseconds: Int32 = 5000) throws -> Duration {
        guard FileManager.default.fileExists(atPath: source) else {
            throw StorageError(.connectionFailed, "there is no SQLite database at \(source)")
        }
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StorageError(.other, "\(destination) already exists")
        }
        // Read-write but never CREATE: a missing file is an error, not a new empty database; read-write lets SQLite make
        // the -shm file of a WAL database that no server has open.
        let from = try open(source, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX)
        defer { sqlite3_close_v2(from) }
        sqlite3_busy_timeout(from, busyTimeoutMilliseconds)
        let to = try open(destination, flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)
        var closed = false
        defer { if !closed { sqlite3_close_v2(to) } }
        guard let backup = sqlite3_backup_init(to, "main", from, "main") else {
            throw failure(to, "cannot start copying \(source)")
        }
        let start = ContinuousClock.now
        let deadline = start + .milliseconds(Int(busyTimeoutMilliseconds))
        var status: Int32
        repeat {
            status = sqlite3_backup_step(backup, -1)
            // The source was locked by another process (a rollback-journal writer, or a checkpoint truncating the WAL).
            if status == SQLITE_BUSY || status == SQLITE_LOCKED {
                guard ContinuousClock.now < deadline else { break }
                Thread.sleep(forTimeInterval: 0.01)
            }
        } while status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED
        let held = ContinuousClock.now - start
        sqlite3_backup_finish(backup)
        guard status == SQLITE_DONE else {
            throw SQLiteErrors.error(code: status, message: "cannot copy \(source): \(String(cString: sqlite3_errstr(status)))")
        }
        try execute(to, "PRAGMA journal_mode = WAL")
        guard sqlite3_close_v2(to) == SQLITE_OK else { throw failure(to, "cannot close \(destination)") }
        closed = true
        return held
    }

    private static func open(_ path: String, flags: Int32) throws -> OpaquePointer {
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw StorageError(.connectionFailed, "cannot open the SQLite database at \(path): \(reason)")
        }
        sqlite3_extended_result_codes(handle, 1)
        return handle
    }

    private static func execute(_ handle: OpaquePointer, _ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure(handle, sql) }
    }

    private static func failure(_ handle: OpaquePointer, _ doing: String) -> StorageError {
        SQLiteErrors.error(code: sqlite3_extended_errcode(handle), message: "\(doing): \(String(cString: sqlite3_errmsg(handle)))")
    }
}
