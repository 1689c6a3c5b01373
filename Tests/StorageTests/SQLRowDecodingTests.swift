import Foundation
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("Row decoding")
struct SQLRowDecodingTests {
    @Test(arguments: TestBackend.available)
    func decodingErrorsNameTheColumn(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO items (id, name, count, enabled) VALUES (1, 'x', NULL, 2)") }
            let row = try #require(await database.read { try $0.queryOne("SELECT * FROM items") })

            let wrongType = try #require(await storageError { _ = try row.string("id") })
            #expect(wrongType.kind == .decoding)
            #expect(wrongType.constraint == "id")
            #expect(wrongType.message.contains("\"id\""))
            #expect(wrongType.message.contains("expected text, found integer"))

            let null = try #require(await storageError { _ = try row.int64("count") })
            #expect(null.kind == .decoding)
            #expect(null.message.contains("\"count\""))
            #expect(null.message.contains("null"))

            let missing = try #require(await storageError { _ = try row.date("nope") })
            #expect(missing.kind == .decoding)
            #expect(missing.constraint == "nope")

            let notBoolean = try #require(await storageError { _ = try row.bool("enabled") })
            #expect(notBoolean.kind == .decoding)
            #expect(notBoolean.constraint == "enabled")

            let notBlob = try #require(await storageError { _ = try row.bytes("name") })
            #expect(notBlob.message.contains("expected blob, found text"))
        }
    }

    @Test(arguments: TestBackend.available)
    func postgresAndSQLiteAgreeOnComputedValueKinds(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let row = try #require(await database.read { connection in
                try connection.queryOne(
                    "SELECT CAST(1 AS SMALLINT) AS small, CAST(2 AS INTEGER) AS int, CAST(3 AS BIGINT) AS big, CAST(1.5 AS DOUBLE PRECISION) AS real, CAST(2.25 AS REAL) AS single, 1 = 1 AS yes, 'text' AS text, NULL AS absent, COUNT(*) AS n FROM (SELECT 1) AS one")
            })
            #expect(row["small"] == .integer(1))
            #expect(row["int"] == .integer(2))
            #expect(row["big"] == .integer(3))
            #expect(row["real"] == .real(1.5))
            #expect(row["single"] == .real(2.25))
            #expect(row["yes"] == .integer(1))
            #expect(row["text"] == .text("text"))
            #expect(row["absent"] == .null)
            #expect(row["n"] == .integer(1))
        }
    }

    @Test
    func descriptionShowsKindsNotValues() throws {
        let value: SQLValue = "lsk_secret"
        #expect(value.kindName == "text")
        let literal: [SQLValue] = [nil, 1, 1.5, true, "x"]
        #expect(literal == [.null, .integer(1), .real(1.5), .integer(1), .text("x")])
        #expect(Date(millisecondsSince1970: 1_700_000_000_123).millisecondsSince1970 == 1_700_000_000_123)
        #expect(Date(millisecondsSince1970: -1).millisecondsSince1970 == -1)
    }
}
