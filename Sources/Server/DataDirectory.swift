import Foundation
public import LocksmithCrypto

/// The data directory: the master key file (mode 0600) and, without a database URL, the SQLite database.
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public var masterKeyPath: String { path + "/master.key" }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    public func create() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// The master key from `LOCKSMITH_MASTER_KEY` (base64) or the key file; with `create`, a missing key file
    /// is made. Returns the key and whether it was just created.
    public func masterKey(fromEnvironment base64: String?, create: Bool) throws -> (key: MasterKey, created: Bool) {
        if let base64 {
            do {
                return (try MasterKey(base64: base64.trimmingCharacters(in: .whitespacesAndNewlines)), false)
            } catch {
                throw ConfigurationError("LOCKSMITH_MASTER_KEY must be the base64 of 32 bytes")
            }
        }
        if let text = try? String(contentsOfFile: masterKeyPath, encoding: .utf8) {
            do {
                return (try MasterKey(base64: text.trimmingCharacters(in: .whitespacesAndNewlines)), false)
            } catch {
                throw ConfigurationError("\(masterKeyPath) does not hold a base64 master key of 32 bytes")
            }
        }
        guard create else {
            throw ConfigurationError("no master key: set LOCKSMITH_MASTER_KEY or run `locksmith init --data-dir \(path)`")
        }
        try self.create()
        let key = MasterKey.generate()
        // Create with 0600 before writing so the key is never readable by others, even briefly.
        guard FileManager.default.createFile(atPath: masterKeyPath, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ConfigurationError("cannot create \(masterKeyPath)")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: masterKeyPath))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data((key.base64 + "\n").utf8))
        return (key, true)
    }
}
