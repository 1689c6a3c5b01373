import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Boom: Error, Equatable {
        var code: Int
    }

    @Test(arguments: TestBackend.available)
    func commitPersistsAndReturnsTheBodysValue(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let returned = try await database.write { connection in
                try connection.execute("INSERT INTO counters (id, value) VALUES ($1, $2)", 1, 10)
                try connection.execute("UPDATE counters SET value = value + 5 WHERE id = $1", 1)
                return "done"
            }
            #expect(returned == "done")
            let value = try await database.read { try $0.queryOne("SELECT value FROM counters WHERE id = 1")?.int("value") }
            #expect(value == 15)
        }
    }

    @Test(arguments: TestBackend.available)
    func throwingBodyRollsBackAndRethrowsItsErrorUnchanged(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (1, 1)") }
            do {
                try await database.write { connection in
                    try connection.execute("INSERT INTO counters (id, value) VALUES (2, 2)")
                    try connection.execute("UPDATE counters SET value = 100 WHERE id = 1")
                    throw Boom(code: 7)
                }
                Issue.record("the write should have thrown")
            } catch let error as Boom {
                #expect(error == Boom(code: 7))
            }
            let rows = try await database.read { try $0.query("SELECT id, value FROM counters ORDER BY id") }
            #expect(try rows.map { try $0.int("id") } == [1])
            #expect(try rows.first?.int("value") == 1)
            // The connection is usable afterwards.
            try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (3, 3)") }
            #expect(try await database.read { try $0.query("SELECT id FROM counters") }.count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func failedStatementRollsBackTheWholeTransaction(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let error = await storageError {
                try await database.write { connection in
                    try connection.execute("INSERT INTO counters (id, value) VALUES (1, 1)")
                    try connection.execute("INSERT INTO counters (id, value) VALUES (1, 2)")
                }
            }
            #expect(error?.kind == .uniqueViolation)
            let rows = try await database.read { try $0.query("SELECT id FROM counters") }
            #expect(rows.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func readIsReadOnly(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let error = await storageError {
                try await database.read { try $0.execute("INSERT INTO counters (id, value) VALUES (1, 1)") }
            }
            #expect(error != nil)
            let rows = try await database.read { try $0.query("SELECT id FROM counters") }
            #expect(rows.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func readersSeeCommittedData(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            for value in 1...20 {
                try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES ($1, $1)", value) }
                // Concurrent readers, so that several reader connections are used, each must see the new row.
                try await withThrowingTaskGroup(of: Int.self) { group in
                    for _ in 0..<4 {
                        group.addTask { try await database.read { try $0.queryOne("SELECT COUNT(*) AS n FROM counters")?.int("n") ?? -1 } }
                    }
                    for try await count in group {
                        #expect(count == value)
                    }
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func moreThanOneStatementInOneCallIsRefused(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let error = await storageError {
                try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (1, 1); DELETE FROM counters") }
            }
            #expect(error?.kind == .other)
            #expect(try await database.read { try $0.query("SELECT id FROM counters") }.isEmpty)
            // A trailing semicolon and comment are one statement.
            try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (1, 1); -- done") }
            #expect(try await database.read { try $0.query("SELECT id FROM counters") }.count == 1)
        }
    }
}
