import Foundation
public import Logging

/// Opens the database a server is configured with.
public enum DatabaseOpener {
    /// The SQLite file's name inside the data directory.
    public static let sqliteFileName = "locksmith.sqlite"

    /// `postgres://` or `postgresql://` URL → PostgreSQL; nil → SQLite file `locksmith.sqlite` in `dataDirectory`
    /// (created if missing), opened with `sqlite`.
    ///
    /// PostgreSQL connects lazily, so a server can start while its database is still coming up; `ping()`
    /// reports whether it answers.
    public static func open(
        url: String?, dataDirectory: String, sqlite: SQLiteDatabase.Configuration = SQLiteDatabase.Configuration(), logger: Logger
    ) async throws -> any Database {
        if let url {
            guard PostgresURL.isPostgres(url) else {
                throw StorageError(.other, "unsupported database URL: expected postgres:// or postgresql://")
            }
            return try PostgresDatabase(url: url, logger: logger)
        }
        do {
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
        } catch {
            throw StorageError(.connectionFailed, "cannot create the data directory \(dataDirectory): \(error.localizedDescription)")
        }
        let path = URL(fileURLWithPath: dataDirectory).appendingPathComponent(sqliteFileName).path
        return try await SQLiteDatabase.open(path: path, configuration: sqlite, logger: logger)
    }
}
