import Foundation
import LocksmithCrypto
import LocksmithHandlers
import LocksmithStorage
public import Logging

/// Backups of a whole installation's database, on either backend, as one file (`BackupArchive`) that carries its
/// manifest (`BackupManifest`). The master key is never in a backup: it is exported on its own (`MasterKeyFile`).
public enum Backup {
    /// The oldest schema a backup may hold: per-account audit chains (migration 4), whose heads the manifest lists.
    public static let oldestSchemaVersion = 4

    /// A backup just written.
    public struct Made: Sendable {
        public var path: String
        public var manifest: BackupManifest
        /// The size of the backup file.
        public var fileBytes: Int64
        /// How long the snapshot's read transaction was held open (SQLite: the copy; PostgreSQL: `pg_dump`).
        public var snapshotHeld: Duration
        /// From start to the file in place.
        public var duration: Duration
    }

    /// Writes a backup of the configured database to `path`, which must not exist: on SQLite a copy made with the online
    /// backup API, on PostgreSQL `pg_dump`'s custom format. Servers keep running meanwhile. Needs no master key.
    public static func make(_ configuration: ServerConfiguration, to path: String, logger: Logger) async throws -> Made {
        let start = ContinuousClock.now
        guard !FileManager.default.fileExists(atPath: path) else {
            throw BackupError("\(path) already exists; a backup never replaces a file: choose a new name")
        }
        let work = try WorkDirectory(beside: path)
        defer { work.remove() }
        let backend: BackupManifest.Backend = configuration.databaseURL == nil ? .sqlite : .postgres
        let dataPath = work.path + "/" + backend.dataFileName
        var (manifest, held) = switch backend {
        case .sqlite: try await snapshotSQLite(configuration, to: dataPath, logger: logger)
        case .postgres: try await snapshotPostgres(configuration, to: dataPath, logger: logger)
        }
        (manifest.dataSHA256, manifest.dataBytes) = try digest(of: dataPath)
        do {
            try BackupArchive.write(path, manifest: manifest, data: dataPath)
        } catch is PrivateFile.Exists {
            throw BackupError("\(path) appeared while the backup was being made; it was left as it is")
        }
        let fileBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).map(Int64.init) ?? 0
        return Made(path: path, manifest: manifest, fileBytes: fileBytes, snapshotHeld: held, duration: ContinuousClock.now - start)
    }

    /// The schema version a snapshot holds, refused unless a backup can carry it.
    static func checkedSchemaVersion(_ versions: [Int], of what: String) throws -> Int {
        guard let version = versions.max() else { throw BackupError("\(what) is not a Locksmith database (it has no schema_migrations)") }
        guard version >= oldestSchemaVersion else {
            throw BackupError("\(what) is at schema version \(version); run `locksmith migrate up` before backing it up (version \(oldestSchemaVersion) or later)")
        }
        guard version <= Schema.latestVersion else {
            throw BackupError("\(what) is at schema version \(version), newer than this locksmith (\(Schema.latestVersion)): use the newer locksmith")
        }
        return version
    }

    private static func snapshotSQLite(
        _ configuration: ServerConfiguration, to dataPath: String, logger: Logger
    ) async throws -> (BackupManifest, Duration) {
        let directory = DataDirectory(path: configuration.dataDirectory)
        guard directory.hasSQLiteData else {
            throw BackupError("there is no Locksmith database in \(directory.path) (no \(DatabaseOpener.sqliteFileName) with data): nothing to back up")
        }
        let createdAt = Date()
        let held: Duration
        do {
            held = try SQLiteSnapshot.copy(from: directory.sqlitePath, to: dataPath)
        } catch let error as StorageError {
            throw BackupError("cannot copy \(directory.sqlitePath): \(error.message)")
        }
        let copy = try await SQLiteDatabase.open(path: dataPath, configuration: .init(readers: 1), logger: logger)
        do {
            let version = try checkedSchemaVersion(try await Schema.migrator.appliedVersions(on: copy), of: directory.sqlitePath)
            let heads = try await copy.read { try AuditLog.heads(on: $0) }
            await copy.close()
            return (BackupManifest(
                backend: .sqlite, schemaVersion: version, createdAt: createdAt, dataBytes: 0, dataSHA256: [], auditChains: heads), held)
        } catch {
            await copy.close()
            throw error
        }
    }

    /// `pg_dump` run inside a REPEATABLE READ transaction of our own that exports its snapshot to it
    /// (`pg_export_snapshot()`, `pg_dump --snapshot`): the manifest's chain heads and the dump are the same instant.
    private static func snapshotPostgres(
        _ configuration: ServerConfiguration, to dataPath: String, logger: Logger
    ) async throws -> (BackupManifest, Duration) {
        let url = configuration.databaseURL!
        let tools = try PostgresClientTools(url: url)
        let dumpVersion = try PostgresClientTools.version(of: "pg_dump")
        let database = try PostgresDatabase(url: url, poolSize: 1, logger: logger)
        do {
            let (role, bypasses) = try await database.read { connection in
                let row = try connection.queryOne(
                    "SELECT current_user AS role, rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user", [])
                return (try row?.string("role") ?? "?", try row?.bool("bypasses") ?? false)
            }
            guard bypasses else {
                throw BackupError(
                    "the role \(role) is subject to row-level security, so pg_dump would refuse (or dump nothing of) Locksmith's tables: "
                        + "back up as a role with BYPASSRLS that can read every table, never as the server's role. Once, as a superuser: "
                        + "CREATE ROLE locksmith_backup LOGIN BYPASSRLS PASSWORD '…'; GRANT pg_read_all_data TO locksmith_backup;")
            }
            let result = try await database.read { connection in
                guard let snapshot = try connection.queryOne("SELECT pg_export_snapshot() AS snapshot", [])?.string("snapshot") else {
                    throw BackupError("PostgreSQL did not export a snapshot")
                }
                let createdAt = Date()
                let hasSchema = try connection.queryOne("SELECT 1 AS found WHERE to_regclass('schema_migrations') IS NOT NULL", []) != nil
                let versions = hasSchema ? try connection.query("SELECT version FROM schema_migrations", []).map { try $0.int("version") } : []
                let version = try checkedSchemaVersion(versions, of: "the database")
                let heads = try AuditLog.heads(on: connection)
                let serverVersion = try connection.queryOne("SELECT current_setting('server_version') AS version", [])?.string("version") ?? "?"
                let start = ContinuousClock.now
                do {
                    try tools.run("pg_dump", ["--format=custom", "--snapshot=\(snapshot)", "--file=\(dataPath)", "--dbname=\(tools.connectionString)"])
                } catch let error as StorageError {
                    throw BackupError(error.message)
                }
                let manifest = BackupManifest(
                    backend: .postgres, schemaVersion: version, createdAt: createdAt, dataBytes: 0, dataSHA256: [], auditChains: heads,
                    postgres: .init(serverVersion: serverVersion, dumpVersion: dumpVersion))
                return (manifest, ContinuousClock.now - start)
            }
            await database.close()
            return result
        } catch let error as StorageError {
            await database.close()
            throw BackupError("cannot back up the PostgreSQL database: \(error.message)")
        } catch {
            await database.close()
            throw error
        }
    }

    /// The SHA-256 and size of the file at `path`.
    static func digest(of path: String) throws -> ([UInt8], Int64) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BackupError("cannot read \(path)") }
        defer { try? handle.close() }
        let digest = SHA256Stream()
        var size: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            digest.update(chunk)
            size += Int64(chunk.count)
        }
        return (digest.finish(), size)
    }
}

/// A private scratch directory (mode 0700) for the data of a backup being made or read, removed afterwards.
struct WorkDirectory {
    let path: String

    /// A new directory beside `file` (same file system, so the result can be linked into place).
    init(beside file: String) throws {
        let parent = (file as NSString).deletingLastPathComponent
        try self.init(in: parent.isEmpty ? "." : parent, name: "." + (file as NSString).lastPathComponent)
    }

    /// A new directory `name`.<random>.work inside `parent`.
    init(in parent: String, name: String) throws {
        path = "\(parent)/\(name).\(UInt32.random(in: .min ... .max)).work"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw BackupError("cannot create the work directory \(path): \(error.localizedDescription)")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
