import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("Concurrent use")
struct ConcurrencyTests {
    @Test(arguments: TestBackend.available)
    func concurrentReadModifyWriteIncrementsAreNeverLost(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (1, 0)") }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<200 {
                    group.addTask {
                        try await database.write { connection in
                            // Read, then write what was read plus one: lost updates would show in the total.
                            let row = try connection.queryOne("SELECT value FROM counters WHERE id = 1" + connection.dialect.forUpdate)
                            let value = try #require(row).int64("value")
                            try connection.execute("UPDATE counters SET value = $1 WHERE id = 1", value + 1)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let total = try await database.read { try $0.queryOne("SELECT value FROM counters WHERE id = 1")?.int("value") }
            #expect(total == 200)
            // A connection goes back to the pool just after its caller has the answer: give the last one a moment, then
            // nothing may still be held or waiting.
            var statistics = database.statistics
            for _ in 0..<100 where statistics.inUse > 0 || statistics.open != statistics.idle {
                try await Task.sleep(for: .milliseconds(10))
                statistics = database.statistics
            }
            #expect(statistics.inUse == 0)
            #expect(statistics.waiting == 0)
            #expect(statistics.open == statistics.idle)
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentReadersAndWritersAgree(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for id in 1...50 {
                    group.addTask {
                        try await database.write { connection in
                            try connection.execute("INSERT INTO counters (id, value) VALUES ($1, $2)", id, id * 2)
                        }
                        let value = try await database.read { try $0.queryOne("SELECT value FROM counters WHERE id = $1", id)?.int("value") }
                        #expect(value == id * 2)
                    }
                }
                try await group.waitForAll()
            }
            let sum = try await database.read { try $0.queryOne("SELECT SUM(value) AS total FROM counters") }
            #expect(try sum?.double("total") == Double((1...50).reduce(0, +) * 2))
        }
    }

    @Test(arguments: TestBackend.available)
    func closeFailsLaterCalls(backend: TestBackend) async throws {
        let testDatabase = try await TestDatabase.make(backend)
        let database = try await testDatabase.open()
        // A read, not a ping, proves the database answers before the close: the ping's 1.5 s limit includes opening
        // the first connection, which a loaded machine can exceed (a CI run did).
        let answer = try await database.read { try $0.queryOne("SELECT 1 AS one")?.int("one") }
        #expect(answer == 1)
        await database.close()
        #expect(database.statistics.open == 0)
        let error = await storageError { try await database.read { _ in } }
        #expect(error?.kind == .other)
        #expect(await database.ping() != nil)
        await testDatabase.destroy()
    }
}
