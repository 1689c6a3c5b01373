import Foundation
@testable import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("SQLite specifics")
struct SQLiteTests {
    @Test
    func aWriteLockHeldByAnotherProcessEndsInBusy() async throws {
        let testDatabase = try await TestDatabase.make(.sqlite)
        let path = testDatabase.dataDirectory + "/" + DatabaseOpener.sqliteFileName
        let first = try await testDatabase.open()
        // A second database on the same file stands in for another process.
        let second = try await SQLiteDatabase.open(
            path: path, configuration: SQLiteDatabase.Configuration(busyTimeoutMilliseconds: 50), logger: TestDatabase.quietLogger)
        let holding = Locked(false)
        let released = Locked(false)
        let holder = Task {
            try await first.write { connection in
                try connection.execute("CREATE TABLE held (id INTEGER)")
                holding.withLock { $0 = true }
                // Hold the lock until the other writer has given up (at most 10 s), however slow the machine is.
                // This runs on the writer's own thread, not the cooperative pool.
                for _ in 0..<10_000 where !released.withLock({ $0 }) { usleep(1_000) }
            }
        }
        while !holding.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }

        let error = await storageError { try await second.write { try $0.execute("CREATE TABLE other (id INTEGER)") } }
        released.withLock { $0 = true }
        #expect(error?.kind == .busy)

        try await holder.value
        try await second.write { try $0.execute("INSERT INTO held (id) VALUES (1)") }
        let count = try await first.read { try $0.queryOne("SELECT COUNT(*) AS n FROM held")?.int("n") }
        #expect(count == 1)
        await second.close()
        await first.close()
        await testDatabase.destroy()
    }

    @Test
    func writesQueuedBehindAStuckWriterGiveUpAndTheQueueIsBounded() async throws {
        let testDatabase = try await TestDatabase.make(.sqlite)
        let limits = WaitLimits(timeout: .seconds(1), maxWaiters: 2)
        let database = try await SQLiteDatabase.open(
            path: testDatabase.dataDirectory + "/" + DatabaseOpener.sqliteFileName,
            configuration: SQLiteDatabase.Configuration(waitLimits: limits), logger: TestDatabase.quietLogger)
        let holding = Locked(false)
        let released = Locked(false)
        let holder = Task {
            try await database.write { _ in
                holding.withLock { $0 = true }
                // Stuck until the test lets go (at most 10 s), on the writer's own thread.
                for _ in 0..<10_000 where !released.withLock({ $0 }) { usleep(1_000) }
            }
        }
        while !holding.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }

        let start = ContinuousClock.now
        let queued = (0..<2).map { _ in
            Task { await storageError { try await database.write { try $0.execute("CREATE TABLE never (id INTEGER)") } } }
        }
        try await eventually { database.statistics.waiting == 2 }
        let refused = await storageError { try await database.write { _ in } }
        #expect(refused?.kind == .overloaded)
        for write in queued {
            #expect(await write.value?.kind == .overloaded)
        }
        #expect(ContinuousClock.now - start >= limits.timeout)
        // They gave up while the writer was still stuck, and nothing they would have done was done.
        #expect(!released.withLock { $0 })
        #expect(database.statistics.waiting == 0)
        released.withLock { $0 = true }
        try await holder.value
        let tables = try await database.read { try $0.query("SELECT name FROM sqlite_master WHERE name = 'never'") }
        #expect(tables.isEmpty)
        try await database.write { try $0.execute("CREATE TABLE later (id INTEGER)") }
        await database.close()
        await testDatabase.destroy()
    }

    @Test(arguments: zip([SQLiteDatabase.Synchronous.full, .normal], [2, 1]))
    func theWriterSyncsAsConfigured(synchronous: SQLiteDatabase.Synchronous, pragmaValue: Int) async throws {
        let testDatabase = try await TestDatabase.make(.sqlite)
        let database = try await SQLiteDatabase.open(
            path: testDatabase.dataDirectory + "/" + DatabaseOpener.sqliteFileName,
            configuration: SQLiteDatabase.Configuration(synchronous: synchronous), logger: TestDatabase.quietLogger)
        let applied = try await database.write { try $0.queryOne("PRAGMA synchronous")?.int("synchronous") }
        #expect(applied == pragmaValue)
        await database.close()
        await testDatabase.destroy()
    }

    @Test
    func statementsArePreparedOncePerConnection() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let connection = try SQLiteConnection(path: directory + "/cache.sqlite", role: .writer(.normal), busyTimeoutMilliseconds: 100)
        defer { connection.close() }
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        let before = connection.cachedStatementCount
        for id in 1...20 {
            try connection.execute("INSERT INTO t (id, name) VALUES ($1, $2)", id, "n\(id)")
        }
        #expect(connection.cachedStatementCount == before + 1)
        let rows = try connection.query("SELECT name FROM t WHERE id > $1 ORDER BY id", 18)
        #expect(try rows.map { try $0.string("name") } == ["n19", "n20"])
        // A cached statement run with too few values fails instead of reusing the previous ones.
        #expect(throws: StorageError.self) { try connection.query("SELECT name FROM t WHERE id > $1 ORDER BY id", [SQLValue]()) }
    }

    @Test
    func theDataDirectoryIsCreated() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-new-\(UUID().uuidString)/nested").path
        defer { try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) }
        let database = try await DatabaseOpener.open(url: nil, dataDirectory: directory, logger: TestDatabase.quietLogger)
        #expect(database.dialect == .sqlite)
        #expect(await database.ping() == nil)
        #expect(FileManager.default.fileExists(atPath: directory + "/locksmith.sqlite"))
        await database.close()
        await #expect(throws: StorageError.self) {
            try await DatabaseOpener.open(url: "mysql://localhost/db", dataDirectory: directory, logger: TestDatabase.quietLogger)
        }
    }
}
