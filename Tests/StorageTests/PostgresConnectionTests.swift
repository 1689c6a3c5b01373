import Foundation
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("PostgreSQL connections")
struct PostgresConnectionTests {
    static var postgres: [TestBackend] { TestBackend.available.filter { $0 == .postgres } }

    @Test(arguments: postgres)
    func recoversAfterItsSessionsAreTerminated(backend: TestBackend) async throws {
        let testDatabase = try await TestDatabase.make(backend)
        let database = try await testDatabase.open()
        do {
            _ = try await Migrator(migrations: TestSchema.migrations).apply(on: database, logger: TestDatabase.quietLogger)
            // Several connections in the pool, all idle.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in 1...8 {
                    group.addTask { _ = try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES ($1, 0)", id) } }
                }
                try await group.waitForAll()
            }
            #expect(database.statistics.open > 1)

            let terminated = try await testDatabase.terminateConnections()
            #expect(terminated == database.statistics.open)
            try await waitUntilGone(testDatabase)

            // The next operation may fail with .connectionFailed; the one after must succeed.
            do {
                try await database.write { try $0.execute("UPDATE counters SET value = value + 1 WHERE id = 1") }
            } catch let error as StorageError {
                #expect(error.kind == .connectionFailed)
            }
            try await database.write { try $0.execute("UPDATE counters SET value = value + 1 WHERE id = 2") }
            let values = try await database.read { try $0.query("SELECT value FROM counters WHERE id <= 2 ORDER BY id").map { try $0.int("value") } }
            #expect(values[1] == 1)
            #expect(values[0] <= 1)
        } catch {
            Issue.record(error)
        }
        await database.close()
        await testDatabase.destroy()
    }

    @Test(arguments: postgres)
    func connectionLostInsideATransactionThrowsConnectionFailedThenRecovers(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            // The session terminates itself mid-transaction, as when the server goes away under a running query.
            let error = await storageError {
                try await database.write { connection in
                    try connection.execute("INSERT INTO counters (id, value) VALUES (1, 1)")
                    _ = try connection.query("SELECT pg_terminate_backend(pg_backend_pid())")
                }
            }
            #expect(error?.kind == .connectionFailed)
            #expect(database.statistics.open == 0)
            // Nothing was committed, and the pool opens a fresh connection.
            let rows = try await database.read { try $0.query("SELECT id FROM counters") }
            #expect(rows.isEmpty)
            #expect(await database.ping() == nil)
        }
    }

    @Test
    func pingFailsFastWhenTheServerIsUnreachable() async throws {
        let port = try UnusedPort.make()
        let database = try await DatabaseOpener.open(
            url: "postgres://nobody:secret@127.0.0.1:\(port)/nothing", dataDirectory: NSTemporaryDirectory(),
            logger: TestDatabase.quietLogger)
        let start = ContinuousClock.now
        let reason = await database.ping()
        let elapsed = ContinuousClock.now - start
        #expect(reason == "unreachable")
        // ping gives up after 1.5 s. The whole suite runs in parallel on two cores and can keep this task from being
        // scheduled for seconds, so the bound only proves that ping does not hang on an unreachable server.
        #expect(elapsed < .seconds(30))
        let error = await storageError { try await database.read { _ in } }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.message.contains("secret") == false)
        #expect(database.statistics == PoolStatistics(open: 0, inUse: 0, idle: 0, waiting: 0))
        await database.close()
    }

    @Test
    func poolSizeComesFromTheURL() async throws {
        let database = try PostgresDatabase(url: "postgres://u@127.0.0.1:1/db?pool_size=3&sslmode=disable", logger: TestDatabase.quietLogger)
        #expect(database.poolSize == 3)
        await database.close()
        let explicit = try PostgresDatabase(url: "postgres://u@127.0.0.1:1/db?pool_size=3", poolSize: 5, logger: TestDatabase.quietLogger)
        #expect(explicit.poolSize == 5)
        await explicit.close()
        #expect(throws: StorageError.self) { try PostgresDatabase(url: "postgres://u@h/db?pool_size=none", logger: TestDatabase.quietLogger) }
    }

    private func waitUntilGone(_ testDatabase: TestDatabase) async throws {
        for _ in 0..<100 where try await testDatabase.terminateConnections() > 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
