import Foundation
public import LocksmithCrypto
import LocksmithStorage
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data directory (mode 0700): the master key file and, without a database URL, the SQLite database, all
/// files mode 0600.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var masterKeyPath: String { path + "/master.key" }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Creates the directory readable by the server's user only. An existing directory keeps the mode the
    /// operator gave it.
    public func create() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// The master key from `LOCKSMITH_MASTER_KEY` (base64) or the key file; nil when neither exists.
    ///
    /// Only a key file that does not exist counts as "no key". A file that cannot be read or does not hold a key
    /// is an error: treating it as missing would make a new key, and everything sealed or hashed under the old
    /// one would be lost.
    public func masterKey(fromEnvironment base64: String?) throws -> MasterKey? {
        if let base64 {
            do {
                return try MasterKey(base64: base64.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                throw ConfigurationError("LOCKSMITH_MASTER_KEY must be the base64 of 32 bytes")
            }
        }
        guard let contents = try readKeyFile() else { return nil }
        guard let text = String(bytes: contents, encoding: .utf8),
              let key = try? MasterKey(base64: text.trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw ConfigurationError(
                "\(masterKeyPath) does not hold a master key (the base64 of 32 bytes); restore it from your backup. "
                    + "It is never replaced: signing keys and tokens sealed or hashed under it cannot be used without it")
        }
        return key
    }

    /// Makes a new master key file (mode 0600) and returns the key, unless another process made one first, in
    /// which case that one is returned (`created` false).
    ///
    /// The file is written and fsynced under a temporary name, then linked to `master.key`, which fails rather than
    /// replace an existing file (`PrivateFile`): it is complete or absent, and on disk before anything is sealed with it.
    public func createMasterKey() throws -> (key: MasterKey, created: Bool) {
        let key = MasterKey.generate()
        do {
            try install(key, replacing: false)
        } catch is PrivateFile.Exists {
            if let existing = try masterKey(fromEnvironment: nil) { return (existing, false) }
            throw ConfigurationError("cannot create \(masterKeyPath): it appeared and vanished meanwhile")
        }
        return (key, true)
    }

    /// Writes `key` to `master.key`, creating the directory as needed; throws `PrivateFile.Exists` when there is a key
    /// file already, unless `replacing`.
    public func install(_ key: MasterKey, replacing: Bool) throws {
        try create()
        try PrivateFile.write(masterKeyPath, replacing: replacing) { handle in
            try handle.write(contentsOf: Data((key.base64 + "\n").utf8))
        }
    }

    /// The SQLite database file's path in this directory.
    public var sqlitePath: String { path + "/" + DatabaseOpener.sqliteFileName }

    /// Whether the directory holds a SQLite database with something in it: one whose secrets a master key sealed.
    public var hasSQLiteData: Bool {
        ((try? FileManager.default.attributesOfItem(atPath: sqlitePath)[.size] as? Int) ?? 0) > 0
    }

    /// Opens the configured database. For SQLite the database file is made here, empty and 0600, before SQLite
    /// opens it, because SQLite gives its `-wal` and `-shm` files the database file's mode; files an earlier
    /// version left readable by others are narrowed to 0600 first.
    func openDatabase(url: String?, sqlite: SQLiteDatabase.Configuration, logger: Logger) async throws -> any Database {
        if url == nil {
            try create()
            try restrictSQLiteFiles()
        }
        return try await DatabaseOpener.open(url: url, dataDirectory: path, sqlite: sqlite, logger: logger)
    }

    private func restrictSQLiteFiles() throws {
        let database = sqlitePath
        let descriptor = open(database, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor < 0 else {
            close(descriptor)
            return
        }
        let failure = errno
        guard failure == EEXIST else {
            throw ConfigurationError("cannot create \(database): \(PrivateFile.describe(failure))")
        }
        for file in [database, database + "-wal", database + "-shm"] {
            guard chmod(file, 0o600) == 0 || errno == ENOENT else {
                throw ConfigurationError("cannot make \(file) private (mode 0600): \(PrivateFile.describe(errno))")
            }
        }
    }

    /// The key file's bytes, or nil when it does not exist; any other failure throws.
    private func readKeyFile() throws -> [UInt8]? {
        let descriptor = open(masterKeyPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let failure = errno
            if failure == ENOENT { return nil }
            throw ConfigurationError("cannot read \(masterKeyPath): \(PrivateFile.describe(failure)); it is never replaced, fix or restore it")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw ConfigurationError("cannot read \(masterKeyPath): \(error.localizedDescription); it is never replaced, fix or restore it")
        }
    }
}
