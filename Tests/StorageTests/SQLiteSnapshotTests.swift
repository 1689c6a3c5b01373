import Foundation
@testable import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A copy of a SQLite database that a writer keeps changing is the database at one instant, never a torn mix.
@Suite struct SQLiteSnapshotTests {
    @Test func aCopyTakenWhileAWriterCommitsSeesWholeTransactionsOnly() async throws {
        let test = try await TestDatabase.make(.sqlite)
        let database = try await test.open()
        try await database.write { connection in
            try connection.execute("CREATE TABLE debits (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL)")
            try connection.execute("CREATE TABLE credits (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL)")
        }
        // Every transaction writes one debit and one credit: any copy that is not one instant shows them unequal.
        let writing = Locked(true)
        let writer = Task {
            var id: Int64 = 0
            while writing.withLock({ $0 }) {
                id += 1
                let next = id
                try await database.write { connection in
                    try connection.execute("INSERT INTO debits (id, amount) VALUES ($1, 1)", [.integer(next)])
                    try connection.execute("INSERT INTO credits (id, amount) VALUES ($1, 1)", [.integer(next)])
                }
            }
            return id
        }
        let source = test.dataDirectory + "/" + DatabaseOpener.sqliteFileName
        var copies: [String] = []
        for index in 0..<5 {
            try await Task.sleep(for: .milliseconds(50))
            let copy = test.dataDirectory + "/copy-\(index).sqlite"
            _ = try SQLiteSnapshot.copy(from: source, to: copy)
            copies.append(copy)
        }
        writing.withLock { $0 = false }
        let written = try await writer.value
        await database.close()

        var seen: [Int64] = []
        for copy in copies {
            let opened = try await SQLiteDatabase.open(path: copy, logger: TestDatabase.quietLogger)
            let (debits, credits, check, mode) = try await opened.read { connection in
                (try connection.queryOne("SELECT count(*) AS n FROM debits", [])!.int64("n"),
                 try connection.queryOne("SELECT count(*) AS n FROM credits", [])!.int64("n"),
                 try connection.queryOne("PRAGMA integrity_check", [])!.string("integrity_check"),
                 try connection.queryOne("PRAGMA journal_mode", [])!.string("journal_mode"))
            }
            await opened.close()
            #expect(debits == credits && check == "ok" && mode == "wal", "\(copy): \(debits) debits, \(credits) credits, \(check), \(mode)")
            seen.append(debits)
        }
        #expect(seen == seen.sorted() && seen.last! <= written && seen.last! > 0, "copies of a growing database: \(seen) of \(written)")
        await test.destroy()
    }

    @Test func aCopyNeverReplacesAFileNorInventsADatabase() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: StorageError.self) { try SQLiteSnapshot.copy(from: directory + "/missing.sqlite", to: directory + "/copy.sqlite") }
        #expect(!FileManager.default.fileExists(atPath: directory + "/missing.sqlite"))
        _ = FileManager.default.createFile(atPath: directory + "/taken", contents: Data("mine".utf8))
        _ = FileManager.default.createFile(atPath: directory + "/source.sqlite", contents: Data())
        #expect(throws: StorageError.self) { try SQLiteSnapshot.copy(from: directory + "/source.sqlite", to: directory + "/taken") }
        #expect(FileManager.default.contents(atPath: directory + "/taken") == Data("mine".utf8))
    }
}
