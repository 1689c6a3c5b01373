import Foundation
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("Values round-trip through both backends")
struct ValueRoundTripTests {
    @Test(arguments: TestBackend.available)
    func everyValueKind(backend: TestBackend) async throws {
        let blob: [UInt8] = Array(0...255) + [0, 0, 255]
        let created = Date(millisecondsSince1970: 1_700_000_000_123)
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let inserted = try await database.write { connection in
                try connection.execute(
                    "INSERT INTO items (id, name, count, ratio, data, created_at, enabled, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    Int64.max, "héllo wörld 🔐 中文 'quoted' \"double\" $1", Int64.min, 0.1, blob, created, true, String?.none)
            }
            #expect(inserted == 1)

            let row = try #require(await database.read { try $0.queryOne("SELECT * FROM items WHERE id = $1", Int64.max) })
            #expect(try row.int64("id") == Int64.max)
            #expect(try row.string("name") == "héllo wörld 🔐 中文 'quoted' \"double\" $1")
            #expect(try row.int64("count") == Int64.min)
            #expect(try row.double("ratio") == 0.1)
            #expect(try row.bytes("data") == blob)
            #expect(try row.date("created_at") == created)
            #expect(try row.int64("created_at") == 1_700_000_000_123)
            #expect(try row.bool("enabled"))
            #expect(try row.optionalString("note") == nil)
            #expect(row["note"] == .null)
            #expect(row["missing"] == nil)
            #expect(row.columnNames == ["id", "name", "count", "ratio", "data", "created_at", "enabled", "note"])
        }
    }

    @Test(arguments: TestBackend.available)
    func nullsAndEmptyValues(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { connection in
                try connection.execute(
                    "INSERT INTO items (id, name, count, ratio, data, created_at, note) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    [1, "", .null, .null, .blob([]), .null, ""])
                try connection.execute("INSERT INTO items (id, name) VALUES ($1, $2)", 2, "no data")
            }
            let rows = try await database.read { try $0.query("SELECT * FROM items ORDER BY id") }
            try #require(rows.count == 2)
            #expect(try rows[0].string("name") == "")
            #expect(try rows[0].string("note") == "")
            #expect(try rows[0].bytes("data") == [])
            #expect(try rows[0].optionalInt64("count") == nil)
            #expect(try rows[0].optionalDate("created_at") == nil)
            #expect(try rows[0].optionalBytes("data") == [])
            #expect(try rows[1].optionalBytes("data") == nil)
            #expect(try rows[1].bool("enabled") == false)
        }
    }

    @Test(arguments: TestBackend.available)
    func bindableSwiftTypes(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let data = Data([1, 2, 3])
            let optionalCount: Int? = 42
            try await database.write { connection in
                try connection.execute(
                    "INSERT INTO items (id, name, count, data, enabled, ratio) VALUES ($1, $2, $3, $4, $5, $6)",
                    7, "swift" as Substring, optionalCount, data, false, -2.5e-300)
            }
            let row = try #require(await database.read { try $0.queryOne("SELECT * FROM items WHERE id = $1", 7) })
            #expect(try row.int("id") == 7)
            #expect(try row.optionalInt("count") == 42)
            #expect(try row.bytes("data") == [1, 2, 3])
            #expect(try row.bool("enabled") == false)
            #expect(try row.double("ratio") == -2.5e-300)
        }
    }

    @Test(arguments: TestBackend.available)
    func placeholdersReusedOutOfOrder(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { connection in
                // $2 twice, before $1; and a '$1' literal that must stay text.
                try connection.execute(
                    "INSERT INTO items (id, count, name, note) VALUES ($2, $2, $1, '$1 literal') -- $3 in a comment", "first", 10)
                try connection.execute("INSERT INTO items (id, count, name) VALUES ($2, $1, $3)", 5, 11, "second")
            }
            let rows = try await database.read { connection in
                try connection.query(
                    "SELECT id, count, name, note FROM items WHERE id = $2 OR (count = $1 AND id <> $2) ORDER BY id", 5, 10)
            }
            #expect(rows.count == 2)
            #expect(try rows.map { try $0.int64("id") } == [10, 11])
            #expect(try rows.map { try $0.int64("count") } == [10, 5])
            #expect(try rows.map { try $0.string("name") } == ["first", "second"])
            #expect(try rows[0].string("note") == "$1 literal")
        }
    }

    @Test(arguments: TestBackend.available)
    func executeReportsAffectedRows(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let counts = try await database.write { connection in
                for id in 1...3 {
                    try connection.execute("INSERT INTO items (id, name, count) VALUES ($1, $2, 0)", id, "item \(id)")
                }
                let updated = try connection.execute("UPDATE items SET count = count + 1 WHERE id >= $1", 2)
                let deleted = try connection.execute("DELETE FROM items WHERE id = $1", 3)
                let none = try connection.execute("DELETE FROM items WHERE id = $1", 99)
                let ddl = try connection.execute("CREATE TABLE scratch (id INTEGER)")
                return [updated, deleted, none, ddl]
            }
            #expect(counts == [2, 1, 0, 0])
            let remaining = try await database.read { try $0.query("SELECT count FROM items ORDER BY id").map { try $0.int("count") } }
            #expect(remaining == [0, 1])
        }
    }

    @Test(arguments: TestBackend.available)
    func queryOneReturnsTheFirstRowOrNil(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { connection in
                for id in 1...3 {
                    try connection.execute("INSERT INTO items (id, name) VALUES ($1, $2)", id, "n\(id)")
                }
            }
            let (first, none) = try await database.read { connection in
                (
                    try connection.queryOne("SELECT name FROM items ORDER BY id DESC"),
                    try connection.queryOne("SELECT name FROM items WHERE id = $1", 42)
                )
            }
            #expect(try first?.string("name") == "n3")
            #expect(none == nil)
        }
    }
}
