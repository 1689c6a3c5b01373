import Foundation
@testable import LocksmithStorage
import LocksmithTestSupport
import Testing

/// What keeps a PostgreSQL call from blocking forever: statement_timeout, TCP keepalives and tcp_user_timeout on
/// every connection, and pings that give up on a connection that does not answer.
@Suite("PostgreSQL time limits")
struct PostgresTimeLimitTests {
    @Test(arguments: PostgresConnectionTests.postgres)
    func statementsAreLimitedTo30SecondsByDefault(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let setting = try await Self.statementTimeout(of: database)
            #expect(setting == "30s")
        }
    }

    @Test(arguments: PostgresConnectionTests.postgres)
    func aStatementPastTheURLsTimeoutFailsWithTimedOut(backend: TestBackend) async throws {
        try await withDatabase(backend, parameters: "&statement_timeout=200ms") { database in
            let setting = try await Self.statementTimeout(of: database)
            #expect(setting == "200ms")
            let start = ContinuousClock.now
            let error = await storageError { try await database.write { try $0.query("SELECT pg_sleep(10)") } }
            #expect(error?.kind == .timedOut)
            #expect(ContinuousClock.now - start < .seconds(8))
            // The connection survives, its transaction rolled back.
            #expect(await database.ping() == nil)
            #expect(database.statistics.open == 1)
        }
    }

    @Test(arguments: PostgresConnectionTests.postgres)
    func migrationsAreNotLimited(backend: TestBackend) async throws {
        // A limit of a second, not less: the migrator's own reads run under it, and a loaded machine (the whole suite at
        // once on two cores) has taken longer than 100 ms over one.
        try await withDatabase(backend, parameters: "&statement_timeout=1s") { database in
            let slow = Migration(version: 1, name: "slow", statements: ["SELECT pg_sleep(1.3)"])
            let applied = try await Migrator(migrations: [slow]).apply(on: database, logger: TestDatabase.quietLogger)
            #expect(applied.map(\.version) == [1])
            // The limit is lifted for the migration's transaction only.
            let error = await storageError { try await database.write { try $0.query("SELECT pg_sleep(1.3)") } }
            #expect(error?.kind == .timedOut)
        }
    }

    @Test(arguments: PostgresConnectionTests.postgres)
    func connectionsProbeForDeadLinks(backend: TestBackend) throws {
        let url = try PostgresURL(try #require(TestBackend.postgresURL))
        let connection = try PostgresConnection(connectionString: url.connectionString)
        defer { connection.close() }
        let socket = connection.socketDescriptor
        var address = sockaddr_storage()
        var addressLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &addressLength) == 0 }
        }
        // Keepalives only apply to TCP; a URL that reaches the server over a Unix socket has nothing to check.
        guard named, [sa_family_t(AF_INET), sa_family_t(AF_INET6)].contains(address.ss_family) else { return }
        func option(_ level: Int32, _ name: Int32) -> Int32 {
            var value: Int32 = -1
            var length = socklen_t(MemoryLayout<Int32>.size)
            return getsockopt(socket, level, name, &value, &length) == 0 ? value : -1
        }
        let tcp = Int32(IPPROTO_TCP)
        #expect(option(SOL_SOCKET, SO_KEEPALIVE) == 1)
        #expect(option(tcp, TCP_KEEPIDLE) == 30)
        #expect(option(tcp, TCP_KEEPINTVL) == 10)
        #expect(option(tcp, TCP_KEEPCNT) == 3)
        #expect(option(tcp, TCP_USER_TIMEOUT) == 30_000)
    }

    @Test(arguments: PostgresConnectionTests.postgres)
    func aPingThatTimesOutDiscardsItsConnection(backend: TestBackend) async throws {
        try await withDatabase(backend, parameters: "&pool_size=1", pingTimeout: .milliseconds(300)) { database in
            let backendPID = try #require(try await database.read { try $0.queryOne("SELECT pg_backend_pid() AS pid")?.int("pid") })
            // Freezing the session's server process stands in for a dead link. That needs the server on this host
            // and the right to signal it, as with scripts/with-postgres.sh; elsewhere there is nothing to test.
            guard Self.isLocalServerProcess(backendPID), kill(pid_t(backendPID), SIGSTOP) == 0 else { return }
            let start = ContinuousClock.now
            let reason = await database.ping()
            let elapsed = ContinuousClock.now - start
            kill(pid_t(backendPID), SIGCONT)
            #expect(reason == "timeout")
            // Without the limit this ping would wait as long as the process stays stopped. The bound is loose because
            // a loaded machine can keep the timer's task from running for seconds (CI once took 5.25 s); it stays
            // well below the 30 s TCP user timeout, the only other way the ping could end.
            #expect(elapsed < .seconds(20))
            // SELECT 1 now gets its answer, too late: the connection must be closed, not pooled.
            for _ in 0..<500 where database.statistics.open > 0 {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(database.statistics.open == 0)
            // The next ping opens a new connection, which on a loaded machine can itself take longer than this test's
            // short ping limit: what matters is that pings succeed again, not the first one's speed.
            var answered = false
            for _ in 0..<20 where !answered {
                answered = await database.ping() == nil
            }
            #expect(answered)
            let newPID = try await database.read { try $0.queryOne("SELECT pg_backend_pid() AS pid")?.int("pid") }
            #expect(newPID != backendPID)
        }
    }

    /// Runs `body` with a database on a fresh schema, through a URL with `parameters` added, then closes and
    /// destroys it.
    private func withDatabase(
        _ backend: TestBackend, parameters: String, pingTimeout: Duration = .milliseconds(1500),
        _ body: (PostgresDatabase) async throws -> Void
    ) async throws {
        let testDatabase = try await TestDatabase.make(backend)
        do {
            let database = try PostgresDatabase(
                url: try #require(testDatabase.url) + parameters, pingTimeout: pingTimeout, logger: TestDatabase.quietLogger)
            do {
                try await body(database)
            } catch {
                Issue.record(error)
            }
            await database.close()
        } catch {
            Issue.record(error)
        }
        await testDatabase.destroy()
    }

    /// The session's statement_timeout, as PostgreSQL shows it.
    private static func statementTimeout(of database: any Database) async throws -> String? {
        try await database.read { try $0.queryOne("SELECT current_setting('statement_timeout') AS value")?.string("value") }
    }

    /// Whether `pid` is a PostgreSQL server process on this machine (its title starts with "postgres").
    private static func isLocalServerProcess(_ pid: Int) -> Bool {
        guard let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
        return commandLine.starts(with: Data("postgres".utf8))
    }
}
