import Foundation
public import LocksmithCrypto
import LocksmithHandlers
import LocksmithAPI
import LocksmithStorage
public import Logging

/// The master key exported for safekeeping apart from the backups: a small JSON file holding the key sealed under a
/// passphrase (`PassphraseBox`: Argon2id, 3 passes over 256 MiB, then XSalsa20-Poly1305), with the parameters needed to
/// open it again. Without the passphrase the file reveals nothing; with it, it is the master key.
public enum MasterKeyFile {
    public static let format = "locksmith-master-key"
    public static let formatVersion = 1
    /// The shortest passphrase `export` accepts: Argon2id slows every guess, it cannot make a short passphrase strong.
    public static let minimumPassphraseLength = 12

    /// What an import did.
    public enum Imported: Sendable, Equatable {
        /// Written to `master.key`, after opening this many sealed secrets of the database with it (nil: there is no
        /// database to check it against yet).
        case installed(secretsChecked: Int?)
        /// `master.key` already held this very key.
        case alreadyInstalled
    }

    /// Writes the configured master key (`LOCKSMITH_MASTER_KEY`, or `master.key` in the data directory), sealed under
    /// `passphrase`, to `path`. Refuses to replace an existing file unless `replacing`.
    public static func export(_ configuration: ServerConfiguration, to path: String, passphrase: String, replacing: Bool) throws {
        guard passphrase.count >= minimumPassphraseLength else {
            throw BackupError("the passphrase must have at least \(minimumPassphraseLength) characters")
        }
        let directory = DataDirectory(path: configuration.dataDirectory)
        guard let key = try directory.masterKey(fromEnvironment: configuration.masterKey) else {
            throw BackupError("there is no master key to export: LOCKSMITH_MASTER_KEY is not set and \(directory.masterKeyPath) does not exist")
        }
        let document = try encode(try key.sealed(passphrase: passphrase), createdAt: Date())
        do {
            try PrivateFile.write(path, replacing: replacing) { try $0.write(contentsOf: document) }
        } catch is PrivateFile.Exists {
            throw BackupError("\(path) already exists; --force replaces it")
        }
    }

    /// The master key in the file at `path`; throws `BackupError` for a wrong passphrase or a file that is not an export.
    public static func open(_ path: String, passphrase: String) throws -> MasterKey {
        guard let contents = FileManager.default.contents(atPath: path) else { throw BackupError("cannot read \(path)") }
        let box = try decode(contents, path: path)
        do {
            return try MasterKey(opening: box, passphrase: passphrase)
        } catch CryptoError.sealedDataCorrupt {
            throw BackupError("the passphrase does not open \(path) (a wrong passphrase, or the file was altered); nothing was written")
        } catch CryptoError.invalidPassphraseBox(let reason) {
            throw BackupError("\(path) cannot be opened: \(reason)")
        }
    }

    /// Opens the export at `path` and installs its key as `master.key` in the data directory, after checking that it opens
    /// every sealed secret of the configured database when there is one. Refuses to replace a `master.key` that holds
    /// another key unless `replacing`.
    public static func importKey(
        _ configuration: ServerConfiguration, from path: String, passphrase: String, replacing: Bool, logger: Logger
    ) async throws -> Imported {
        let key = try open(path, passphrase: passphrase)
        let directory = DataDirectory(path: configuration.dataDirectory)
        if let existing = try? directory.masterKey(fromEnvironment: nil) {
            if existing == key { return .alreadyInstalled }
            guard replacing else {
                throw BackupError(
                    "\(directory.masterKeyPath) already holds another master key; --force replaces it (keep a copy: whatever it sealed "
                        + "cannot be opened without it)")
            }
        } else if FileManager.default.fileExists(atPath: directory.masterKeyPath), !replacing {
            throw BackupError("\(directory.masterKeyPath) exists but holds no master key; --force replaces it")
        }
        let checked = try await check(key, from: path, configuration, logger: logger)
        do {
            try directory.install(key, replacing: replacing)
        } catch is PrivateFile.Exists {
            throw BackupError("\(directory.masterKeyPath) appeared meanwhile; it was left as it is")
        }
        return .installed(secretsChecked: checked)
    }

    /// How many sealed secrets of the configured database `key` opened; nil when there is no database yet. Throws
    /// `BackupError` when it does not open them all.
    private static func check(_ key: MasterKey, from path: String, _ configuration: ServerConfiguration, logger: Logger) async throws -> Int? {
        let directory = DataDirectory(path: configuration.dataDirectory)
        if configuration.databaseURL == nil, !directory.hasSQLiteData { return nil }
        let database = try await configuration.openDatabase(logger: logger)
        do {
            let version = try await Schema.migrator.appliedVersions(on: database).max() ?? 0
            guard version >= SealedSecrets.oldestSchemaVersion else {
                await database.close()
                if version == 0 { return nil }
                throw BackupError("the database is at schema version \(version); run `locksmith migrate up` first")
            }
            let report = try await SealedSecrets.check(database, masterKey: key, schemaVersion: version, now: Date())
            await database.close()
            if let refusal = MasterKeyCheck.refusal(report, source: "the master key in \(path)", of: "the database") {
                throw BackupError(refusal)
            }
            return report.checked
        } catch {
            await database.close()
            throw error
        }
    }

    private struct Document: Codable {
        var format: String
        var formatVersion: Int
        var kdf: String
        var opslimit: UInt64
        var memlimit: Int
        var salt: String
        var cipher: String
        var nonce: String
        var ciphertext: String
        var createdAt: String
        var note: String?

        enum CodingKeys: String, CodingKey {
            case format, kdf, opslimit, memlimit, salt, cipher, nonce, ciphertext, note
            case formatVersion = "format_version"
            case createdAt = "created_at"
        }
    }

    static let kdfName = "argon2id13"
    static let cipherName = "xsalsa20poly1305"

    static func encode(_ box: PassphraseBox, createdAt: Date) throws -> Data {
        let document = Document(
            format: format, formatVersion: formatVersion, kdf: kdfName, opslimit: box.limits.operations, memlimit: box.limits.memoryBytes,
            salt: Base64.encode(box.salt), cipher: cipherName, nonce: Base64.encode(box.nonce), ciphertext: Base64.encode(box.ciphertext),
            createdAt: RFC3339.string(from: createdAt),
            note: "A Locksmith master key, sealed under a passphrase. Keep it apart from the backups; restore it with "
                + "locksmith master-key import --from FILE --data-dir DIR.")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(document) + Data("\n".utf8)
    }

    static func decode(_ contents: Data, path: String) throws -> PassphraseBox {
        guard let document = try? JSONDecoder().decode(Document.self, from: contents), document.format == format else {
            throw BackupError("\(path) is not a master key exported by `locksmith master-key export`")
        }
        guard document.formatVersion == formatVersion, document.kdf == kdfName, document.cipher == cipherName else {
            throw BackupError("\(path) is an export of format \(document.formatVersion) (\(document.kdf), \(document.cipher)); this locksmith reads format \(formatVersion)")
        }
        guard let salt = Base64.decode(document.salt), let nonce = Base64.decode(document.nonce), let ciphertext = Base64.decode(document.ciphertext) else {
            throw BackupError("\(path) is damaged: its salt, nonce or ciphertext is not base64")
        }
        return PassphraseBox(
            limits: .init(operations: document.opslimit, memoryBytes: document.memlimit), salt: salt, nonce: nonce, ciphertext: ciphertext)
    }
}
