import LocksmithHandlers
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct SchemaTests {
    /// Versions may leave a gap (4 was reserved while 5 shipped): the migrator needs only increasing versions, and
    /// a migration numbered below one already applied still runs when it arrives.
    @Test(arguments: TestBackend.available)
    func aMigrationNumberedBelowOneAlreadyAppliedStillRuns(backend: TestBackend) async throws {
        let shipped = Schema.migrations.filter { $0.version != 4 }
        try await withTestDatabase(backend, migrations: shipped) { database async throws in
            let arriving = Migration(version: 4, name: "arrives after 5", statements: ["CREATE TABLE arrives_later (id TEXT PRIMARY KEY)"])
            let migrator = Migrator(migrations: (shipped + [arriving]).sorted { $0.version < $1.version })
            #expect(try await migrator.pending(on: database).map(\.version) == [4])
            #expect(try await migrator.apply(on: database, logger: TestServer.logger).map(\.version) == [4])
            #expect(try await migrator.appliedVersions(on: database) == (shipped + [arriving]).map(\.version).sorted())
        }
    }
}
