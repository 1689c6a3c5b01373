import Foundation
import LocksmithCrypto
import LocksmithHandlers
import LocksmithStorage
public import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Backup {
    /// What checking a backup found: it holds.
    public struct Verified: Sendable {
        public var manifest: BackupManifest
        /// Every account's audit chain, intact, with its number of events.
        public var chains: [(account: String, events: Int64)]
    }

    /// What a restore did.
    public struct Restored: Sendable {
        public var verified: Verified
        /// Sealed secrets the master key was checked against; nil when no master key was there to check.
        public var secretsChecked: Int?
        /// Where the data went: the SQLite file, or the PostgreSQL database.
        public var target: String
    }

    /// Checks the backup at `path` through (`UnpackedBackup`), in a scratch directory under `TMPDIR`, with no server.
    public static func verify(_ path: String, logger: Logger) async throws -> Verified {
        let work = try WorkDirectory(in: FileManager.default.temporaryDirectory.path, name: "locksmith-verify")
        defer { work.remove() }
        let unpacked = try await UnpackedBackup.open(path, in: work, logger: logger)
        await unpacked.close()
        return Verified(manifest: unpacked.manifest, chains: unpacked.chains)
    }

    /// Restores the backup at `path` into the configured place: on SQLite an empty data directory (or one that holds only
    /// `master.key`), on PostgreSQL an empty database owned by the role of the URL. The backup is checked through first,
    /// and when a master key is at hand (`LOCKSMITH_MASTER_KEY`, or `master.key` in the data directory) it must open every
    /// sealed secret of the backup. Any refusal leaves the target as it was.
    public static func restore(_ path: String, _ configuration: ServerConfiguration, logger: Logger) async throws -> Restored {
        if configuration.databaseURL == nil {
            try await restoreSQLite(path, configuration, logger: logger)
        } else {
            try await restorePostgres(path, configuration, logger: logger)
        }
    }

    private static func restoreSQLite(_ path: String, _ configuration: ServerConfiguration, logger: Logger) async throws -> Restored {
        let directory = DataDirectory(path: configuration.dataDirectory)
        let existed = directory.exists
        if existed {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            let others = entries.filter { $0 != "master.key" }.sorted()
            guard others.isEmpty else {
                throw BackupError(
                    "\(directory.path) is not empty (\(others.prefix(3).joined(separator: ", "))\(others.count > 3 ? ", …" : "")): "
                        + "restore into a new or empty data directory, never over an installation")
            }
        }
        let masterKey = try directory.masterKey(fromEnvironment: configuration.masterKey)
        try directory.create()
        var work: WorkDirectory?
        do {
            let scratch = try WorkDirectory(in: directory.path, name: ".restore")
            work = scratch
            let unpacked = try await UnpackedBackup.open(path, in: scratch, logger: logger)
            let checked: Int?
            do {
                guard unpacked.manifest.backend == .sqlite else {
                    throw BackupError("it is a PostgreSQL backup: restore it into an empty database (--database-url)")
                }
                checked = try await checkMasterKey(masterKey, configuration, against: unpacked)
                await unpacked.close()
            } catch {
                await unpacked.close()
                throw error
            }
            // Checking opened the copy; what goes into place must still be, byte for byte, what the backup holds.
            guard try digest(of: unpacked.dataPath).0 == unpacked.manifest.dataSHA256 else {
                throw BackupError("the database changed while it was checked; nothing was restored")
            }
            guard link(unpacked.dataPath, directory.sqlitePath) == 0 else {
                throw BackupError("cannot create \(directory.sqlitePath): \(PrivateFile.describe(errno))")
            }
            try PrivateFile.syncDirectory(directory.path)
            scratch.remove()
            return Restored(
                verified: Verified(manifest: unpacked.manifest, chains: unpacked.chains), secretsChecked: checked, target: directory.sqlitePath)
        } catch {
            work?.remove()
            if existed {
                try? FileManager.default.removeItem(atPath: directory.sqlitePath)
            } else {
                try? FileManager.default.removeItem(atPath: directory.path)
            }
            throw error
        }
    }

    private static func restorePostgres(_ path: String, _ configuration: ServerConfiguration, logger: Logger) async throws -> Restored {
        let url = configuration.databaseURL!
        let tools = try PostgresClientTools(url: url)
        _ = try PostgresClientTools.locate("pg_restore")
        let masterKey = try DataDirectory(path: configuration.dataDirectory).masterKey(fromEnvironment: configuration.masterKey)
        let work = try WorkDirectory(in: FileManager.default.temporaryDirectory.path, name: "locksmith-restore")
        defer { work.remove() }
        let unpacked = try await UnpackedBackup.open(path, in: work, logger: logger)
        let checked: Int?
        do {
            guard unpacked.manifest.backend == .postgres else {
                throw BackupError("it is a SQLite backup: restore it into a data directory (--data-dir, without --database-url)")
            }
            checked = try await checkMasterKey(masterKey, configuration, against: unpacked)
            await unpacked.close()
        } catch {
            await unpacked.close()
            throw error
        }
        let database = try PostgresDatabase(url: url, poolSize: 1, logger: logger)
        do {
            let target = try await database.read { connection in
                let row = try connection.queryOne(
                    """
                    SELECT current_database() AS name, current_user AS role, pg_get_userbyid(datdba) AS owner,
                           (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                              AND n.nspname NOT LIKE 'pg_temp%') AS objects
                    FROM pg_database WHERE datname = current_database()
                    """, [])
                return (name: try row?.string("name") ?? "?", role: try row?.string("role") ?? "?", owner: try row?.string("owner") ?? "?",
                        objects: try row?.int64("objects") ?? 0)
            }
            guard target.objects == 0 else {
                throw BackupError(
                    "the database \(target.name) is not empty (\(target.objects) tables, views or sequences): restore into a new, empty "
                        + "database (CREATE DATABASE … OWNER \(target.role)), never over an installation")
            }
            guard target.role == target.owner else {
                throw BackupError(
                    "connect as the role that owns \(target.name) (\(target.owner)), the role the server will use: the restored tables "
                        + "belong to the role that restores them, and the server must own its tables")
            }
            do {
                try tools.run(
                    "pg_restore",
                    ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", "--dbname=\(tools.connectionString)", unpacked.dataPath])
            } catch let error as StorageError {
                throw BackupError("\(error.message); the database was left as it was (the restore is one transaction)")
            }
            let heads = try await database.read { try AuditLog.heads(on: $0) }
            await database.close()
            guard heads == unpacked.manifest.auditChains else {
                throw BackupError("the restored database's audit chain heads differ from the backup's manifest: check the database before using it")
            }
            return Restored(
                verified: Verified(manifest: unpacked.manifest, chains: unpacked.chains), secretsChecked: checked, target: "the database \(target.name)")
        } catch let error as StorageError {
            await database.close()
            throw BackupError("cannot restore into the PostgreSQL database: \(error.message)")
        } catch {
            await database.close()
            throw error
        }
    }

    /// With a master key at hand, checks that it opens every sealed secret in the backup; returns how many it checked.
    private static func checkMasterKey(
        _ masterKey: MasterKey?, _ configuration: ServerConfiguration, against unpacked: UnpackedBackup
    ) async throws -> Int? {
        guard let masterKey else { return nil }
        let report = try await SealedSecrets.check(
            unpacked.tables, masterKey: masterKey, schemaVersion: unpacked.manifest.schemaVersion, now: Date())
        if let refusal = MasterKeyCheck.refusal(report, source: MasterKeyCheck.source(configuration), of: "this backup") {
            throw BackupError(refusal)
        }
        return report.checked
    }
}
