import LocksmithHandlers
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct SchemaTests {
    /// Versions may leave a gap (one branch's migration reserved a number while a later one shipped): the migrator
    /// needs only increasing versions, and a migration numbered below one already applied still runs when it arrives.
    @Test(arguments: TestBackend.available)
    func aMigrationNumberedBelowOneAlreadyAppliedStillRuns(backend: TestBackend) async throws {
        let shipped = [
            Migration(version: 1, name: "first", statements: ["CREATE TABLE first_table (id TEXT PRIMARY KEY)"]),
            Migration(version: 5, name: "fifth", statements: ["CREATE TABLE fifth_table (id TEXT PRIMARY KEY)"]),
        ]
        try await withTestDatabase(backend, migrations: shipped) { database async throws in
            let arriving = Migration(version: 4, name: "arrives after 5", statements: ["CREATE TABLE arrives_later (id TEXT PRIMARY KEY)"])
            let migrator = Migrator(migrations: (shipped + [arriving]).sorted { $0.version < $1.version })
            #expect(try await migrator.pending(on: database).map(\.version) == [4])
            #expect(try await migrator.apply(on: database, logger: TestServer.logger).map(\.version) == [4])
            #expect(try await migrator.appliedVersions(on: database) == (shipped + [arriving]).map(\.version).sorted())
        }
    }
}
