import Foundation
import LocksmithCrypto
import LocksmithHandlers
import LocksmithStorage
import Logging

/// A backup file unpacked into a work directory and checked through: the archive, both digests, the manifest, the
/// schema version, the database's own integrity, and every audit chain against the manifest's heads. Its tables are
/// open as a SQLite database: the data itself for a SQLite backup, or for a PostgreSQL backup the tables that hold
/// the audit chains and the sealed secrets, read out of the dump by `pg_restore` with no server.
final class UnpackedBackup: Sendable {
    let manifest: BackupManifest
    /// The data member, as extracted.
    let dataPath: String
    let tables: SQLiteDatabase
    /// Every account's chain, verified: its id and number of events.
    let chains: [(account: String, events: Int64)]

    private init(manifest: BackupManifest, dataPath: String, tables: SQLiteDatabase, chains: [(account: String, events: Int64)]) {
        self.manifest = manifest
        self.dataPath = dataPath
        self.tables = tables
        self.chains = chains
    }

    /// Unpacks and checks `file` in `work`; throws `BackupError` saying what does not hold.
    static func open(_ file: String, in work: WorkDirectory, logger: Logger) async throws -> UnpackedBackup {
        let manifest = try unpack(file, in: work)
        guard manifest.schemaVersion <= Schema.latestVersion else {
            throw BackupError(
                "it holds schema version \(manifest.schemaVersion), newer than this locksmith knows (\(Schema.latestVersion)): "
                    + "restore it with the locksmith release that made it, or a newer one")
        }
        guard manifest.schemaVersion >= Backup.oldestSchemaVersion else {
            throw BackupError("its manifest says schema version \(manifest.schemaVersion); no backup holds one older than \(Backup.oldestSchemaVersion)")
        }
        let dataPath = work.path + "/" + manifest.dataFileName
        let tables: SQLiteDatabase
        switch manifest.backend {
        case .sqlite:
            tables = try await SQLiteDatabase.open(path: dataPath, configuration: .init(readers: 1), logger: logger)
        case .postgres:
            tables = try await PostgresDumpTables.load(dump: dataPath, schemaVersion: manifest.schemaVersion, into: work, logger: logger)
        }
        do {
            let chains = try await check(tables, against: manifest)
            return UnpackedBackup(manifest: manifest, dataPath: dataPath, tables: tables, chains: chains)
        } catch {
            await tables.close()
            throw error
        }
    }

    func close() async {
        await tables.close()
    }

    /// Reads the archive, extracting the data into `work`, and returns the manifest once both digests hold.
    private static func unpack(_ file: String, in work: WorkDirectory) throws -> BackupManifest {
        let reader = try BackupArchive.Reader(path: file)
        defer { reader.close() }
        let manifestBytes = try reader.bytes(try reader.member(named: BackupArchive.manifestName), of: BackupArchive.manifestName)
        let data = try reader.member(namedOneOf: [BackupManifest.Backend.sqlite.dataFileName, BackupManifest.Backend.postgres.dataFileName])
        let dataPath = work.path + "/" + data.name
        guard FileManager.default.createFile(atPath: dataPath, contents: nil, attributes: [.posixPermissions: 0o600]),
              let output = FileHandle(forWritingAtPath: dataPath)
        else { throw BackupError("cannot write \(dataPath)") }
        let dataDigest: [UInt8]
        do {
            dataDigest = try reader.copy(data.size, of: data.name, to: output)
            try output.close()
        } catch {
            try? output.close()
            throw error
        }
        let checksums = try reader.bytes(try reader.member(named: BackupArchive.checksumsName), of: BackupArchive.checksumsName, limit: 4096)
        try reader.end()

        guard checksums == BackupArchive.checksums(manifest: manifestBytes, data: dataDigest, dataName: data.name) else {
            let listed = String(decoding: checksums, as: UTF8.self)
            let altered = listed.contains(Hex.encode(dataDigest)) ? BackupArchive.manifestName : data.name
            throw BackupError("\(file) is damaged: \(altered) does not match its SHA-256 in \(BackupArchive.checksumsName)")
        }
        let manifest = try BackupManifest.decode(manifestBytes)
        guard manifest.dataFileName == data.name, manifest.dataBytes == data.size, manifest.dataSHA256 == dataDigest else {
            throw BackupError("\(file) is damaged: its data is not the \(manifest.dataBytes) bytes its manifest describes")
        }
        return manifest
    }

    /// The checks inside the data: SQLite's integrity check, the schema version, and every audit chain.
    private static func check(_ tables: SQLiteDatabase, against manifest: BackupManifest) async throws -> [(account: String, events: Int64)] {
        if manifest.backend == .sqlite {
            let result = try await tables.read { connection in
                try connection.query("PRAGMA integrity_check", []).map { try $0.string("integrity_check") }
            }
            guard result == ["ok"] else {
                throw BackupError("its database fails SQLite's integrity check: \(result.prefix(3).joined(separator: "; "))")
            }
        }
        let version = try await Schema.migrator.appliedVersions(on: tables).max() ?? 0
        guard version == manifest.schemaVersion else {
            throw BackupError("its manifest says schema version \(manifest.schemaVersion) but its data is at version \(version)")
        }
        var chains: [(account: String, events: Int64)] = []
        for (account, verification) in try await AuditLog.verifyAll(tables) {
            switch verification {
            case .intact(let count): chains.append((account.id, count))
            case .broken(let sequence, let reason):
                throw BackupError("the audit chain of \(account.id) is broken at event \(sequence): \(reason)")
            }
        }
        let heads = try await tables.read { try AuditLog.heads(on: $0) }
        guard heads == manifest.auditChains else {
            let differing = Set(heads.map(\.accountID)).symmetricDifference(manifest.auditChains.map(\.accountID)).sorted()
                + heads.filter { head in manifest.auditChains.contains { $0.accountID == head.accountID && $0 != head } }.map(\.accountID)
            throw BackupError(
                "the audit chain heads in its data differ from its manifest's (\(differing.prefix(5).joined(separator: ", "))): "
                    + "the data is not the snapshot the manifest describes")
        }
        return chains
    }
}
