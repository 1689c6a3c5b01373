@testable import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Each connection keeps at most `StatementCacheBound.perConnection` prepared statements, evicting the least recently
/// used: SQL built from caller input cannot grow the process or the PostgreSQL backend without end.
@Suite struct StatementCacheTests {
    private final class Statement {
        let sql: String
        init(_ sql: String) { self.sql = sql }
    }

    static let bound = StatementCacheBound.perConnection

    @Test func theLeastRecentlyUsedStatementIsEvicted() {
        var cache = StatementCache<Statement>(capacity: 3)
        for sql in ["a", "b", "c"] {
            #expect(cache.insert(Statement(sql), for: sql) == nil)
        }
        #expect(cache.statement(for: "a")?.sql == "a")
        #expect(cache.insert(Statement("d"), for: "d")?.sql == "b")
        #expect(cache.statement(for: "b") == nil)
        #expect(cache.statement(for: "c")?.sql == "c")
        #expect(cache.insert(Statement("e"), for: "e")?.sql == "a")
        #expect(cache.count == 3)
        #expect(cache.remove("c")?.sql == "c")
        #expect(cache.insert(Statement("f"), for: "f") == nil)
        #expect(Set(cache.removeAll().map(\.sql)) == ["d", "e", "f"])
        #expect(cache.count == 0)
    }

    /// Many more distinct statements than the bound on one connection: the connection holds exactly the bound, and the
    /// statistics (the server's metrics) say so.
    @Test(arguments: TestBackend.available)
    func aConnectionHoldsAtMostTheBound(backend: TestBackend) async throws {
        try await withOneConnection(backend) { database in
            let distinct = Self.bound + 100
            for start in stride(from: 0, to: distinct, by: 50) {
                try await database.write { connection in
                    for n in start..<min(start + 50, distinct) {
                        _ = try connection.queryOne("SELECT $1 AS hot", [.integer(Int64(n))])
                        _ = try connection.queryOne("SELECT \(n) AS n", [])
                    }
                }
            }
            #expect(database.statistics.mostPreparedStatements == Self.bound)
        }
    }

    /// PostgreSQL: evicted statements are deallocated in the session, those evicted inside a transaction once it ends;
    /// a statement used between every other one is never evicted (its executions all count on one prepared statement).
    @Test(arguments: TestBackend.available.filter { $0 == .postgres })
    func postgresDeallocatesWhatItEvicts(backend: TestBackend) async throws {
        try await withOneConnection(backend) { database in
            let held = "SELECT COUNT(*) AS n FROM pg_prepared_statements"
            let inside = try await database.read { connection in
                for n in 0..<(Self.bound + 50) {
                    _ = try connection.queryOne("SELECT $1 AS hot", [.integer(Int64(n))])
                    _ = try connection.queryOne("SELECT \(n) AS n", [])
                }
                return try connection.queryOne(held, [])?.int("n")
            }
            // Inside the transaction the evicted statements wait; DEALLOCATE there could abort it.
            #expect(try #require(inside) > Self.bound)
            let after = try await database.read { try $0.queryOne(held, [])?.int("n") }
            #expect(after == Self.bound)
            // Outside a transaction (the pipelined runtime read) eviction deallocates at once.
            for n in 0..<20 {
                _ = try await database.query(.none, "SELECT \(n) AS other", [])
            }
            let hot = try await database.query(
                .none, "SELECT COUNT(*) AS n, CAST(SUM(generic_plans + custom_plans) AS BIGINT) AS runs FROM pg_prepared_statements WHERE statement = $1",
                [.text("SELECT $1 AS hot")])
            #expect(try hot.first?.int("n") == 1)
            #expect(try hot.first?.int("runs") == Self.bound + 50)
            let total = try await database.query(.none, held, [])
            #expect(try total.first?.int("n") == Self.bound)
            #expect(database.statistics.mostPreparedStatements == Self.bound)
        }
    }

    /// A database whose statements all run on one connection: SQLite's writer, or a PostgreSQL pool of one.
    private func withOneConnection(_ backend: TestBackend, _ body: (any Database) async throws -> Void) async throws {
        let testDatabase = try await TestDatabase.make(backend)
        let database: any Database = switch backend {
        case .sqlite: try await testDatabase.open()
        case .postgres: try PostgresDatabase(url: try #require(testDatabase.url), poolSize: 1, logger: TestDatabase.quietLogger)
        }
        do {
            try await body(database)
        } catch {
            Issue.record(error)
        }
        await database.close()
        await testDatabase.destroy()
    }
}
