import LocksmithStorage
import LocksmithTestSupport
import Testing

/// `Database.query(_:_:_:)`: one read-only statement outside any explicit transaction, scoped like a transaction
/// (on PostgreSQL by a pipelined `set_config`, which must not outlive the statement).
@Suite struct SingleStatementReadTests {
    @Test(arguments: TestBackend.available)
    func readsRowsRefusesWritesAndSurvivesErrors(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (1, 10), (2, 20)") }
            let rows = try await database.query(.none, "SELECT value FROM counters WHERE id >= $1 ORDER BY id", [.integer(1)])
            #expect(try rows.map { try $0.int("value") } == [10, 20])
            #expect(try await database.query(.none, "SELECT value FROM counters WHERE id = $1", [.integer(3)]).isEmpty)

            // Read-only: a write through it fails and changes nothing.
            #expect(await storageError { try await database.query(.none, "UPDATE counters SET value = 0 RETURNING id", []) } != nil)
            // A failing statement leaves the connection usable.
            #expect(await storageError { try await database.query(.none, "SELECT * FROM no_such_table", []) } != nil)
            let values = try await database.query(.none, "SELECT value FROM counters ORDER BY id", [])
            #expect(try values.map { try $0.int("value") } == [10, 20])
        }
    }

    @Test(arguments: TestBackend.available.filter { $0 == .postgres })
    func theScopesSettingHoldsForTheStatementAndNothingAfter(backend: TestBackend) async throws {
        let testDatabase = try await TestDatabase.make(backend)
        // One connection, so that every call below runs on the same session.
        let database = try PostgresDatabase(url: try #require(testDatabase.url), poolSize: 1, logger: TestDatabase.quietLogger)
        do {
            let settings = "SELECT current_setting('locksmith.account_id', true) AS account, current_setting('transaction_read_only') AS read_only"
            let scoped = try #require(try await database.query(.account("acc_one"), settings, []).first)
            #expect(try scoped.optionalString("account") == "acc_one")
            #expect(try scoped.string("read_only") == "on")
            let hash: [UInt8] = Array(repeating: 0xAB, count: 32)
            let credential = try await database.query(.credential(hash), "SELECT current_setting('locksmith.credential_hash', true) AS hash", [])
            #expect(try credential.first?.optionalString("hash") == String(repeating: "ab", count: 32))

            // The next statement on the session, outside the pipeline, sees neither setting.
            _ = try await database.query(.account("acc_two"), "SELECT 1", [])
            let after = try await database.read { connection in
                try connection.queryOne(
                    "SELECT current_setting('locksmith.account_id', true) AS account, current_setting('locksmith.credential_hash', true) AS hash")
            }
            #expect(try (after?.optionalString("account") ?? "").isEmpty)
            #expect(try (after?.optionalString("hash") ?? "").isEmpty)
            // Nor after a statement that failed inside the pipeline.
            #expect(await storageError { try await database.query(.account("acc_three"), "SELECT 1/0", []) } != nil)
            let afterFailure = try await database.read { try $0.queryOne("SELECT current_setting('locksmith.account_id', true) AS account") }
            #expect(try (afterFailure?.optionalString("account") ?? "").isEmpty)
            #expect(database.statistics.open == 1)
        } catch {
            Issue.record(error)
        }
        await database.close()
        await testDatabase.destroy()
    }

    @Test(arguments: TestBackend.available.filter { $0 == .postgres })
    func aConnectionLostInsideThePipelineIsDroppedAndTheNextQueryGetsAFreshOne(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            // The session ends itself between the setting and the end of the statement, as when the server goes away.
            let error = await storageError { try await database.query(.account("acc_one"), "SELECT pg_terminate_backend(pg_backend_pid())", []) }
            #expect(error?.kind == .connectionFailed)
            #expect(database.statistics.open == 0)
            let rows = try await database.query(.account("acc_one"), "SELECT current_setting('locksmith.account_id', true) AS account", [])
            #expect(try rows.first?.optionalString("account") == "acc_one")
        }
    }
}
