import Foundation
public import LocksmithStorage
public import Logging

/// A fresh, empty database for one test: a SQLite file in a temporary directory, or a PostgreSQL schema of
/// its own in the database at LOCKSMITH_TEST_DATABASE_URL, so tests can run in parallel.
public struct TestDatabase: Sendable {
    /// The backend this database is on.
    public let backend: TestBackend
    /// nil for SQLite; for PostgreSQL a URL selecting a fresh, empty schema of its own (search_path via
    /// `options`), whose connections carry the schema's name as `application_name`.
    public let url: String?
    /// A fresh temporary directory (the SQLite file lives here).
    public let dataDirectory: String
    /// The PostgreSQL schema's name; nil for SQLite.
    public let schema: String?
    /// A PostgreSQL database made for this test alone (`ownDatabase`), dropped by `destroy`.
    public let ownDatabase: String?
    private let serverURL: String?

    /// Tests open small pools: many run at once against one PostgreSQL server.
    public static let postgresPoolSize = 4

    /// Errors only: tests provoke failures that would otherwise log warnings.
    public static var quietLogger: Logger {
        var logger = Logger(label: "locksmith.test", factory: { StreamLogHandler.standardError(label: $0) })
        logger.logLevel = .error
        return logger
    }

    /// Makes a fresh database. Throws a clear error when postgres is requested but LOCKSMITH_TEST_DATABASE_URL is
    /// unset or unreachable.
    ///
    /// With `ownDatabase`, a PostgreSQL test gets a whole database of its own (made through
    /// LOCKSMITH_TEST_PROVISION_DATABASE_URL, owned by the server's role) rather than a schema, for what works on whole
    /// databases: `pg_dump`, `pg_restore`.
    public static func make(_ backend: TestBackend, ownDatabase: Bool = false) async throws -> TestDatabase {
        let directory = try makeTemporaryDirectory()
        switch backend {
        case .sqlite:
            return TestDatabase(backend: .sqlite, url: nil, dataDirectory: directory, schema: nil, ownDatabase: nil, serverURL: nil)
        case .postgres where ownDatabase:
            do {
                guard let serverURL = TestBackend.postgresURL, let provision = TestBackend.variable(TestBackend.provisionURLVariable) else {
                    throw TestDatabaseError(
                        "this PostgreSQL test needs a database of its own, made through \(TestBackend.provisionURLVariable): "
                            + "run it with scripts/with-postgres.sh swift test")
                }
                let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
                try provisioning(provision, "CREATE DATABASE \(name) OWNER locksmith")
                let url = TestURL.adding(
                    ["application_name": name, "pool_size": "\(postgresPoolSize)", "pool_timeout": "30s"],
                    to: TestURL.replacingDatabase(in: serverURL, with: name))
                return TestDatabase(backend: .postgres, url: url, dataDirectory: directory, schema: nil, ownDatabase: name, serverURL: serverURL)
            } catch {
                try? FileManager.default.removeItem(atPath: directory)
                throw error
            }
        case .postgres:
            do {
                guard let serverURL = TestBackend.postgresURL else {
                    throw TestDatabaseError(
                        "PostgreSQL tests need \(TestBackend.databaseURLVariable) (CI is set, or postgres was requested): "
                            + "run them with scripts/with-postgres.sh swift test")
                }
                let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
                _ = try await withServer(serverURL) { server in
                    try await server.write { try $0.execute("CREATE SCHEMA \(schema)") }
                }
                let url = TestURL.adding(
                    // Hundreds of tests share one PostgreSQL server at once; a request waits longer for a connection than a
                    // production default would let it, so that only tests about overload see 503s.
                    ["options": "-csearch_path%3D\(schema)", "application_name": schema, "pool_size": "\(postgresPoolSize)", "pool_timeout": "30s"],
                    to: serverURL)
                return TestDatabase(backend: .postgres, url: url, dataDirectory: directory, schema: schema, ownDatabase: nil, serverURL: serverURL)
            } catch {
                try? FileManager.default.removeItem(atPath: directory)
                throw error
            }
        }
    }

    /// Opens the database through `DatabaseOpener`, as the server does.
    public func open(logger: Logger = TestDatabase.quietLogger) async throws -> any Database {
        try await DatabaseOpener.open(url: url, dataDirectory: dataDirectory, logger: logger)
    }

    /// This database as the backup role reaches it (LOCKSMITH_TEST_BACKUP_DATABASE_URL); nil on SQLite. Only a database of
    /// its own (`ownDatabase`) is this test's alone to back up.
    public var backupURL: String? {
        guard let ownDatabase, let backup = TestBackend.variable(TestBackend.backupURLVariable) else { return nil }
        return TestURL.replacingDatabase(in: backup, with: ownDatabase)
    }

    /// Runs one statement outside any transaction (`CREATE DATABASE` cannot run in one) as the provisioning role, with psql.
    private static func provisioning(_ url: String, _ sql: String) throws {
        let tools = try PostgresClientTools(url: url)
        try tools.run("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--dbname=\(tools.connectionString)", "-c", sql])
    }

    /// Drops the schema (or the database of its own) and removes the directory. Close the databases opened on it first.
    public func destroy() async {
        if let ownDatabase, let provision = TestBackend.variable(TestBackend.provisionURLVariable) {
            try? Self.provisioning(provision, "DROP DATABASE IF EXISTS \(ownDatabase) WITH (FORCE)")
        }
        if let serverURL, let schema {
            _ = try? await Self.withServer(serverURL) { server in
                try await server.write { try $0.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
            }
        }
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }

    /// PostgreSQL only: terminates this database's server sessions from another connection, as a server
    /// restart or failover would, and returns how many it terminated (always 0 on SQLite).
    @discardableResult
    public func terminateConnections() async throws -> Int {
        guard let serverURL, let schema else { return 0 }
        return try await Self.withServer(serverURL) { server in
            try await server.write { connection in
                try connection.query(
                    """
                    SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
                    WHERE pid <> pg_backend_pid() AND datname = current_database() AND application_name = $1
                    """, schema
                ).count
            }
        }
    }

    /// Runs `body` with a one-connection pool on the server's own URL (no schema of ours).
    private static func withServer<T: Sendable>(_ serverURL: String, _ body: (any Database) async throws -> T) async throws -> T {
        let server = try PostgresDatabase(url: serverURL, poolSize: 1, logger: quietLogger)
        do {
            let result = try await body(server)
            await server.close()
            return result
        } catch let error as StorageError where error.kind == .connectionFailed {
            await server.close()
            throw TestDatabaseError(
                "cannot reach the PostgreSQL server at \(TestBackend.databaseURLVariable): \(error.message)")
        } catch {
            await server.close()
            throw error
        }
    }

    private static func makeTemporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("locksmith-test-\(UUID().uuidString.lowercased())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }
}
