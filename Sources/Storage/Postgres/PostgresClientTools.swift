import CLibPQ
public import Foundation

/// PostgreSQL's own client programs (`pg_dump`, `pg_restore`), run as child processes against a Locksmith database URL.
///
/// They get the URL's libpq parameters as a connection string (Locksmith's pool parameters removed) without the
/// password, which travels in `PGPASSWORD` instead, so that it never shows in a process list.
public struct PostgresClientTools: Sendable {
    /// The connection string for the tools' `--dbname`.
    public let connectionString: String
    private let password: String?

    /// The tools' connection to the database at `url` (`postgres://…`).
    public init(url: String) throws {
        let parsed = try PostgresURL(url)
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(parsed.connectionString, &message) else {
            let reason = message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "out of memory"
            PQfreemem(message)
            throw StorageError(.other, "the database URL cannot be read: \(reason)")
        }
        defer { PQconninfoFree(options) }
        var parts: [String] = []
        var password: String?
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val {
                let name = String(cString: keyword)
                if name == "password" {
                    password = String(cString: value)
                } else {
                    parts.append("\(name)=\(Self.quoted(String(cString: value)))")
                }
            }
            option += 1
        }
        connectionString = parts.joined(separator: " ")
        self.password = password
    }

    /// The full path of `tool` (`pg_dump`, `pg_restore`) on `PATH`.
    public static func locate(_ tool: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw StorageError(
            .other,
            "\(tool) is not on PATH: install the PostgreSQL client programs of the server's major version or newer "
                + "(Debian: postgresql-client)")
    }

    /// Runs `tool arguments…` to completion with this connection's password in its environment; its standard output
    /// goes to `output` (or is discarded). Throws with the tool's own message when it fails.
    public func run(_ tool: String, _ arguments: [String], output: FileHandle? = nil) throws {
        try Self.run(tool, arguments, password: password, output: output)
    }

    /// Runs `tool arguments…` (a tool that needs no connection, such as `pg_restore --list`) to completion.
    public static func run(_ tool: String, _ arguments: [String], password: String? = nil, output: FileHandle? = nil) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password
        // Tools must not read another database's settings from the operator's environment.
        for name in ["PGDATABASE", "PGHOST", "PGPORT", "PGUSER", "PGSERVICE", "PGOPTIONS"] { environment[name] = nil }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-\(tool)-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: errors) }
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        let status = try ChildProcess(
            try locate(tool), arguments, environment: environment, standardOutput: output?.fileDescriptor,
            standardError: errorHandle.fileDescriptor
        ).wait()
        guard status == .exited(0) else {
            let message = (try? String(contentsOf: errors, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            throw StorageError(.other, "\(tool) failed (exit status \(status.code)): \(message.isEmpty ? "no message" : message)")
        }
    }

    /// What `tool --version` says, such as `pg_dump (PostgreSQL) 15.18`.
    public static func version(of tool: String) throws -> String {
        let result = try ChildProcess.run(try locate(tool), ["--version"], environment: ProcessInfo.processInfo.environment)
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `value` as a libpq connection-string value: in single quotes, with `\` and `'` escaped.
    private static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
