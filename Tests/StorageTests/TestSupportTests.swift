import Foundation
import LocksmithStorage
@testable import LocksmithTestSupport
import Testing

@Suite("Test support")
struct TestSupportTests {
    @Test
    func sqliteIsAlwaysAvailable() {
        #expect(TestBackend.available.first == .sqlite)
        #expect(TestBackend.available.contains(.postgres) == (TestBackend.postgresURL != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    }

    @Test
    func urlParametersAreAddedAndOptionsMerged() {
        #expect(
            TestURL.adding(["options": "-csearch_path%3Ds", "application_name": "s"], to: "postgres://u@h/db")
                == "postgres://u@h/db?application_name=s&options=-csearch_path%3Ds")
        #expect(
            TestURL.adding(["options": "-csearch_path%3Ds", "pool_size": "4"], to: "postgres://u@h/db?options=-cwork_mem%3D4MB&pool_size=9")
                == "postgres://u@h/db?options=-cwork_mem%3D4MB%20-csearch_path%3Ds&pool_size=4")
    }

    @Test(arguments: TestBackend.available)
    func databasesAreFreshAndDestroyed(backend: TestBackend) async throws {
        let first = try await TestDatabase.make(backend)
        let second = try await TestDatabase.make(backend)
        #expect(first.dataDirectory != second.dataDirectory)
        #expect(FileManager.default.fileExists(atPath: first.dataDirectory))
        let database = try await first.open()
        try await database.write { try $0.execute("CREATE TABLE mine (id INTEGER)") }
        let other = try await second.open()
        // Each test database is empty: the other one's table is not visible.
        let error = await storageError { try await other.read { try $0.query("SELECT id FROM mine") } }
        #expect(error != nil)
        await database.close()
        await other.close()
        await first.destroy()
        await second.destroy()
        #expect(!FileManager.default.fileExists(atPath: first.dataDirectory))
    }
}
