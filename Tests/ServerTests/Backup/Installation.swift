import Foundation
import LocksmithCrypto
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// A Locksmith installation driven only through the `locksmith` command, as an operator would: a data directory and, on
/// PostgreSQL, a whole database of its own (so that `pg_dump` and `pg_restore` see nothing else) reached by the server's
/// ordinary role, and backed up by the BYPASSRLS role.
struct Installation: Sendable {
    static let adminToken = "lkm_backup-drill-admin-token-0123456789abcdefgh"
    static let passphrase = "correct horse battery staple"

    let database: TestDatabase

    var backend: TestBackend { database.backend }
    var dataDirectory: String { database.dataDirectory + "/data" }
    /// Where the server's role finds the data: `--data-dir` and, on PostgreSQL, `--database-url`.
    var place: [String] { ["--data-dir", dataDirectory] + (database.url.map { ["--database-url", $0] } ?? []) }
    /// What `locksmith backup` is given: the data directory, or the database as the backup role reaches it.
    var backupPlace: [String] { database.backupURL.map { ["--database-url", $0] } ?? ["--data-dir", dataDirectory] }

    /// A new, empty place on `backend`: nothing is created in it yet.
    static func make(_ backend: TestBackend) async throws -> Installation {
        Installation(database: try await TestDatabase.make(backend, ownDatabase: true))
    }

    /// `locksmith init`: the master key, the schema, the first signing key and the known admin token.
    func initialise() async throws {
        let result = try await run(["init"], environment: ["LOCKSMITH_BOOTSTRAP_TOKEN": Self.adminToken])
        try #require(result.status == 0, "\(result.output)")
    }

    /// `locksmith arguments… --data-dir … [--database-url …]`.
    func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> LocksmithCommand.Result {
        try await LocksmithCommand.run(arguments + place, environment: environment)
    }

    /// `locksmith serve` on this place, its webhooks allowed to reach the test's receiver on 127.0.0.1.
    func serve(environment: [String: String] = [:]) async throws -> ServerProcess {
        try await ServerProcess(
            dataDirectory: dataDirectory, databaseURL: database.url, environment: ["LOCKSMITH_WEBHOOK_ALLOW_PRIVATE": "1"].merging(environment) { $1 })
    }

    /// Opens the database as the server does, for checks the API does not answer.
    func open() async throws -> any Database {
        try await DatabaseOpener.open(url: database.url, dataDirectory: dataDirectory, logger: TestDatabase.quietLogger)
    }

    /// Whether anything was written to the place: a data directory, or a table in the database.
    func isUntouched() async throws -> Bool {
        if FileManager.default.fileExists(atPath: dataDirectory) { return false }
        guard database.url != nil else { return true }
        let database = try await open()
        let tables = try await database.read { connection in
            try connection.queryOne(
                "SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = 'public'", []
            )?.int64("n") ?? 0
        }
        await database.close()
        return tables == 0
    }

    func destroy() async {
        await database.destroy()
    }
}

/// Files for one test, removed with it.
struct Scratch: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-backup-\(UUID().uuidString.lowercased())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension LocksmithCommand.Result {
    /// The token a `locksmith accounts create` printed, and the account's id.
    var createdAccount: (id: String, token: String)? {
        guard let id = standardOutput.split(separator: " ").first(where: { $0.hasPrefix("acc_") }),
              let token = standardOutput.split(whereSeparator: \.isWhitespace).first(where: { $0.hasPrefix("lkm_") })
        else { return nil }
        return (String(id), String(token))
    }
}

/// The servers a test started, stopped together when it ends, however it ends: a test that throws half-way must not
/// leave a `locksmith serve` running.
final class RunningServers: Sendable {
    private let processes = NIOLockedValueBox<[ServerProcess]>([])

    /// `server`, now stopped with the others.
    func add(_ server: ServerProcess) -> ServerProcess {
        processes.withLockedValue { $0.append(server) }
        return server
    }

    func stopAll() {
        for server in processes.withLockedValue({ $0 }) { server.stop() }
    }
}
