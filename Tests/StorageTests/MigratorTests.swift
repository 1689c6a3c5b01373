import Foundation
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("Migrator")
struct MigratorTests {
    @Test(arguments: TestBackend.available)
    func appliesInOrderRecordsVersionsAndIsIdempotent(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let migrator = Migrator(migrations: TestSchema.migrations)
            #expect(try await migrator.appliedVersions(on: database) == [])
            #expect(try await migrator.pending(on: database).map(\.version) == [1, 2, 3])

            let before = Date()
            let applied = try await migrator.apply(on: database, logger: TestDatabase.quietLogger)
            #expect(applied.map(\.version) == [1, 2, 3])
            #expect(try await migrator.appliedVersions(on: database) == [1, 2, 3])
            #expect(try await migrator.pending(on: database).isEmpty)

            let rows = try await database.read { try $0.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version") }
            #expect(try rows.map { try $0.string("name") } == ["items", "owners and pets", "counters"])
            for row in rows {
                let appliedAt = try row.date("applied_at")
                #expect(appliedAt.timeIntervalSince(before) > -1)
                #expect(appliedAt.timeIntervalSinceNow < 1)
            }

            #expect(try await migrator.apply(on: database, logger: TestDatabase.quietLogger).isEmpty)
            #expect(try await migrator.appliedVersions(on: database) == [1, 2, 3])
            // The migrated tables work together.
            try await database.write { connection in
                try connection.execute("INSERT INTO owners (id, email) VALUES (1, 'a')")
                try connection.execute("INSERT INTO pets (id, owner_id, name) VALUES (1, 1, 'rex')")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func appliesOnlyWhatIsNew(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let first = try await Migrator(migrations: Array(TestSchema.migrations.prefix(1)))
                .apply(on: database, logger: TestDatabase.quietLogger)
            #expect(first.map(\.version) == [1])
            let rest = try await Migrator(migrations: TestSchema.migrations).apply(on: database, logger: TestDatabase.quietLogger)
            #expect(rest.map(\.version) == [2, 3])
        }
    }

    /// A rolling upgrade: the newer release's expand steps leave the older release running; a contract step stops it.
    @Test(arguments: TestBackend.available)
    func anOlderReleaseRunsOnNewerExpandStepsAndStopsAtAContractStep(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let older = Migrator(migrations: Array(TestSchema.migrations.prefix(2)))
            #expect(try await older.pending(on: database).isEmpty)
            #expect(try await older.apply(on: database, logger: TestDatabase.quietLogger).isEmpty)
            #expect(try await older.unknown(on: database).map(\.version) == [3])
            #expect(try await older.applied(on: database).map(\.phase) == [.expand, .expand, .expand])

            let contract = Migration(version: 4, name: "drop pets", phase: .contract, statements: ["DROP TABLE pets"])
            let newer = Migrator(migrations: TestSchema.migrations + [contract])
            #expect(try await newer.apply(on: database, logger: TestDatabase.quietLogger).map(\.version) == [4])
            #expect(try await newer.applied(on: database).last == Migrator.Applied(version: 4, name: "drop pets", phase: .contract))
            for call in [{ _ = try await older.apply(on: database, logger: TestDatabase.quietLogger) }, { _ = try await older.pending(on: database) }] {
                let error = try #require(await storageError(call))
                #expect(error.kind == .migration && error.message.contains("4 drop pets") && error.message.contains("contract"))
            }
            // The release that applied it runs on.
            #expect(try await newer.pending(on: database).isEmpty)
        }
    }

    /// A `schema_migrations` made before phases existed gains the column, its rows read as expand steps.
    @Test(arguments: TestBackend.available)
    func aTableWithoutPhasesGainsThem(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            try await database.write { connection in
                try connection.execute("CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")
                try connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")
                try connection.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, 'items', 0)")
            }
            let migrator = Migrator(migrations: Array(TestSchema.migrations.prefix(1)))
            #expect(try await migrator.applied(on: database) == [Migrator.Applied(version: 1, name: "items", phase: .expand)])
            #expect(try await migrator.apply(on: database, logger: TestDatabase.quietLogger).isEmpty)
            let phases = try await database.read { try $0.query("SELECT phase FROM schema_migrations").map { try $0.string("phase") } }
            #expect(phases == ["expand"])
        }
    }

    @Test(arguments: TestBackend.available)
    func failingMigrationLeavesNoTrace(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let migrations = [
                Migration(version: 1, name: "ok", statements: ["CREATE TABLE one (id {{bigint}} PRIMARY KEY)"]),
                Migration(version: 2, name: "broken", statements: ["CREATE TABLE two (id {{bigint}})", "CREATE TABLE broken ("]),
            ]
            let migrator = Migrator(migrations: migrations)
            let error = try #require(await storageError { _ = try await migrator.apply(on: database, logger: TestDatabase.quietLogger) })
            #expect(error.kind == .migration)
            #expect(error.message.contains("migration 2 (broken) failed at statement 2"))
            #expect(try await migrator.appliedVersions(on: database) == [1])
            // DDL is transactional on both backends: table "two" was rolled back with the migration.
            let tableError = await storageError { try await database.read { try $0.query("SELECT id FROM two") } }
            #expect(tableError != nil)
            try await database.read { _ = try $0.query("SELECT id FROM one") }
        }
    }

    @Test(arguments: TestBackend.available)
    func dialectTokensAreSubstituted(backend: TestBackend) async throws {
        let migrations = [
            Migration(
                version: 1, name: "tokens",
                statements: ["CREATE TABLE tokens (id {{serial_primary_key}}, big {{bigint}} NOT NULL, bytes {{blob}} NOT NULL)"])
        ]
        try await withTestDatabase(backend, migrations: migrations) { database in
            let ids = try await database.write { connection in
                try (0..<2).map { _ in
                    try connection.queryOne(
                        "INSERT INTO tokens (big, bytes) VALUES ($1, $2) RETURNING id", Int64.max, [UInt8]([0, 1, 254, 255]))
                }
            }
            #expect(try ids.map { try #require($0).int64("id") } == [1, 2])
            let row = try #require(await database.read { try $0.queryOne("SELECT big, bytes FROM tokens WHERE id = 2") })
            #expect(try row.int64("big") == Int64.max)
            #expect(try row.bytes("bytes") == [0, 1, 254, 255])
        }
        #expect(try Migration.substitutingTokens(in: "{{bigint}} {{blob}}", for: .sqlite) == "INTEGER BLOB")
        #expect(try Migration.substitutingTokens(in: "{{bigint}} {{blob}}", for: .postgres) == "BIGINT BYTEA")
        let unknown = await storageError { _ = try Migration.substitutingTokens(in: "{{uuid}}", for: .postgres) }
        #expect(unknown?.kind == .migration)
    }

    @Test
    func concurrentPostgresMigratorsDoNotDoubleApply() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let testDatabase = try await TestDatabase.make(.postgres)
        let first = try await testDatabase.open()
        let second = try await testDatabase.open()
        do {
            let migrator = Migrator(migrations: TestSchema.migrations)
            async let a = migrator.apply(on: first, logger: TestDatabase.quietLogger)
            async let b = migrator.apply(on: second, logger: TestDatabase.quietLogger)
            let (appliedByFirst, appliedBySecond) = try await (a, b)
            #expect((appliedByFirst + appliedBySecond).map(\.version).sorted() == [1, 2, 3])
            let rows = try await first.read { try $0.query("SELECT version FROM schema_migrations ORDER BY version") }
            #expect(try rows.map { try $0.int("version") } == [1, 2, 3])
        } catch {
            Issue.record(error)
        }
        await first.close()
        await second.close()
        await testDatabase.destroy()
    }
}
