public import Foundation
import LocksmithAPI
import LocksmithCrypto
public import LocksmithHandlers

/// What a backup holds, written as `manifest.json` at the start of the backup file: the format, the database's schema
/// version, when the snapshot was taken, every account's audit chain head in that snapshot, and the size and SHA-256 of
/// the data. It never holds the master key.
public struct BackupManifest: Sendable, Equatable {
    public static let format = "locksmith-backup"
    /// Bumped when a backup's layout changes so that an older `locksmith` could misread it.
    public static let formatVersion = 1
    static let masterKeyNotice =
        "not included: the master key is kept apart from the backups (locksmith master-key export); restore it with locksmith master-key import"

    public enum Backend: String, Sendable {
        case sqlite
        case postgres

        /// The data member's name in the archive.
        var dataFileName: String {
            switch self {
            case .sqlite: "locksmith.sqlite"
            case .postgres: "locksmith.pgdump"
            }
        }
    }

    /// The PostgreSQL server and `pg_dump` that made a PostgreSQL backup.
    public struct PostgresDetails: Sendable, Equatable {
        public var serverVersion: String
        public var dumpVersion: String
    }

    public var backend: Backend
    /// The last migration applied to the database in the snapshot.
    public var schemaVersion: Int
    /// When the snapshot was taken: the data is the database as it stood at this instant.
    public var createdAt: Date
    public var dataBytes: Int64
    public var dataSHA256: [UInt8]
    /// Every account's audit chain head in the snapshot, by account id.
    public var auditChains: [AuditChainHead]
    public var postgres: PostgresDetails?

    var dataFileName: String { backend.dataFileName }

    /// Pretty-printed JSON with sorted keys, so that the manifest is stable and readable (`tar -xOf FILE manifest.json`).
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(Document(self))) + [0x0A]
    }

    /// The manifest in `bytes`; throws `BackupError` for anything but a manifest of a format this binary reads.
    static func decode(_ bytes: [UInt8]) throws -> BackupManifest {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw BackupError("its manifest cannot be read (\(error)); the backup is damaged")
        }
        guard document.format == format else { throw BackupError("its manifest says it is a '\(document.format)', not a \(format)") }
        guard document.formatVersion == formatVersion else {
            throw BackupError(
                "it is in backup format \(document.formatVersion); this locksmith reads format \(formatVersion): use the locksmith release that made it")
        }
        return try document.manifest()
    }

    /// The manifest as JSON: snake_case keys, RFC 3339 times, hex digests.
    private struct Document: Codable {
        struct DataFile: Codable {
            var file: String
            var bytes: Int64
            var sha256: String
        }

        struct Chain: Codable {
            var accountID: String
            var sequence: Int64
            var hash: String?

            enum CodingKeys: String, CodingKey {
                case accountID = "account_id"
                case sequence, hash
            }
        }

        struct Postgres: Codable {
            var serverVersion: String
            var pgDumpVersion: String

            enum CodingKeys: String, CodingKey {
                case serverVersion = "server_version"
                case pgDumpVersion = "pg_dump_version"
            }
        }

        var format: String
        var formatVersion: Int
        var backend: String
        var schemaVersion: Int
        var createdAt: String
        var data: DataFile
        var auditChains: [Chain]
        var masterKey: String
        var postgres: Postgres?

        enum CodingKeys: String, CodingKey {
            case format, backend, data, postgres
            case formatVersion = "format_version"
            case schemaVersion = "schema_version"
            case createdAt = "created_at"
            case auditChains = "audit_chains"
            case masterKey = "master_key"
        }

        init(_ manifest: BackupManifest) {
            format = BackupManifest.format
            formatVersion = BackupManifest.formatVersion
            backend = manifest.backend.rawValue
            schemaVersion = manifest.schemaVersion
            createdAt = RFC3339.string(from: manifest.createdAt)
            data = DataFile(file: manifest.dataFileName, bytes: manifest.dataBytes, sha256: Hex.encode(manifest.dataSHA256))
            auditChains = manifest.auditChains.map { Chain(accountID: $0.accountID, sequence: $0.sequence, hash: $0.hash.map(Hex.encode)) }
            masterKey = BackupManifest.masterKeyNotice
            postgres = manifest.postgres.map { Postgres(serverVersion: $0.serverVersion, pgDumpVersion: $0.dumpVersion) }
        }

        func manifest() throws -> BackupManifest {
            guard let backend = Backend(rawValue: backend) else { throw BackupError("its manifest names an unknown backend '\(backend)'") }
            guard data.file == backend.dataFileName else {
                throw BackupError("its manifest names the data '\(data.file)'; a \(backend.rawValue) backup holds \(backend.dataFileName)")
            }
            guard let createdAt = RFC3339.date(from: createdAt) else { throw BackupError("its manifest's created_at is not an RFC 3339 time") }
            guard let digest = Self.hex(data.sha256), digest.count == 32 else { throw BackupError("its manifest's data digest is not a SHA-256") }
            let chains = try auditChains.map { chain in
                guard chain.hash.map({ Self.hex($0)?.count == 32 }) ?? true else {
                    throw BackupError("its manifest's audit chain head of \(chain.accountID) is not a SHA-256")
                }
                return AuditChainHead(accountID: chain.accountID, sequence: chain.sequence, hash: chain.hash.flatMap(Self.hex))
            }
            return BackupManifest(
                backend: backend, schemaVersion: schemaVersion, createdAt: createdAt, dataBytes: data.bytes, dataSHA256: digest,
                auditChains: chains, postgres: postgres.map { PostgresDetails(serverVersion: $0.serverVersion, dumpVersion: $0.pgDumpVersion) })
        }

        private static func hex(_ text: String) -> [UInt8]? {
            let digits = Array(text.utf8)
            guard digits.count % 2 == 0, digits.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
            var bytes: [UInt8] = []
            for index in stride(from: 0, to: digits.count, by: 2) {
                guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(byte)
            }
            return bytes
        }
    }
}
