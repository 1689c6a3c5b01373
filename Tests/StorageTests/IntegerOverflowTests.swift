import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A sum past 64 bits is its own kind of failure on both backends, so that the server can answer it as a request for
/// more than can be stated (422) rather than as a fault (500).
@Suite struct IntegerOverflowTests {
    @Test(arguments: TestBackend.available)
    func aSumPast64BitsIsAnIntegerOverflow(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES (1, $1), (2, $1)", Int64.max) }
            // What the reports ask: SQLite's SUM fails past 64 bits; PostgreSQL sums bigints as numeric, and the cast fails.
            let sum = "SELECT CAST(SUM(value) AS BIGINT) AS total FROM counters"
            let error = try #require(await storageError { try await database.read { try $0.queryOne(sum) } })
            #expect(error.kind == .integerOverflow, "\(error)")
            // The connection goes on answering.
            let one = try await database.read { try $0.queryOne("SELECT CAST(SUM(value) AS BIGINT) AS total FROM counters WHERE id = 1") }
            #expect(try one?.int64("total") == .max)
        }
    }
}
