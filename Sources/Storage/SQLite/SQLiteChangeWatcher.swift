import Synchronization

/// One reader connection kept only to ask `PRAGMA data_version`, which SQLite changes, for that connection, whenever
/// another connection (this process's writer, or another process) has committed since it last asked. Values of
/// different connections cannot be compared, hence one connection for the whole database, behind a lock: asking takes a
/// read transaction's shared lock and the WAL index header, a microsecond or two, on the calling thread.
final class SQLiteChangeWatcher: Sendable {
    private let connection: Mutex<SQLiteConnection?>
    private let open: @Sendable () throws -> SQLiteConnection

    init(open: @escaping @Sendable () throws -> SQLiteConnection) {
        connection = Mutex(nil)
        self.open = open
    }

    func version() throws -> Int64 {
        try connection.withLock { connection in
            if connection == nil { connection = try open() }
            guard let row = try connection!.queryOne("PRAGMA data_version", []) else {
                throw StorageError(.other, "PRAGMA data_version returned no row")
            }
            return try row.int64("data_version")
        }
    }

    func close() {
        connection.withLock { $0 = nil }
    }
}
