import Foundation
import LocksmithCrypto
@testable import LocksmithHandlers
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A backup keeps the schema version it was taken at: restored by a newer locksmith, `migrate up` brings it to the current
/// schema, and its audit chain still verifies.
@Suite struct OlderBackupTests {
    @Test(arguments: TestBackend.available)
    func aBackupOfAnOlderSchemaIsMigratedAfterItsRestore(backend: TestBackend) async throws {
        let source = try await Installation.make(backend)
        let target = try await Installation.make(backend)
        let scratch = try Scratch()
        defer { scratch.remove() }
        // An installation as the previous release left it: migrated to the version before the latest, with a signing key
        // (and the audit event its creation recorded).
        let older = Schema.latestVersion - 1
        let masterKey = MasterKey.generate()
        try DataDirectory(path: source.dataDirectory).install(masterKey, replacing: false)
        let database = try await source.open()
        _ = try await Migrator(migrations: Schema.migrations.filter { $0.version <= older }).apply(on: database, logger: TestDatabase.quietLogger)
        try await database.write { try SigningKeyStore.rotate(masterKey: masterKey, change: .system(at: Date()), on: $0) }
        await database.close()

        let backup = scratch.file("older.backup")
        let made = try await LocksmithCommand.run(["backup", "--to", backup] + source.backupPlace)
        try #require(made.status == 0, "\(made.output)")
        #expect(made.standardOutput.contains("schema version \(older)"), "\(made.output)")
        let keyFile = scratch.file("key.json")
        let passphrase = ["LOCKSMITH_MASTER_KEY_PASSPHRASE": Installation.passphrase]
        try #require(try await source.run(["master-key", "export", "--to", keyFile], environment: passphrase).status == 0)

        let restored = try await target.run(["restore", "--from", backup])
        try #require(restored.status == 0, "\(restored.output)")
        #expect(restored.standardOutput.contains("locksmith migrate up"), "the restore says to migrate: \(restored.output)")
        let imported = try await target.run(["master-key", "import", "--from", keyFile], environment: passphrase)
        #expect(imported.status == 0 && imported.standardOutput.contains("it opens the 1 sealed secret(s)"), "\(imported.output)")
        let migrated = try await target.run(["migrate", "up"])
        let latest = try #require(Schema.migrations.last)
        #expect(migrated.status == 0 && migrated.standardOutput.contains("Applied 1 migration(s): \(latest.version) \(latest.name)"), "\(migrated.output)")
        let audited = try await target.run(["audit", "verify"])
        #expect(audited.status == 0 && audited.standardOutput == "acc_default: OK, 1 events, chain intact\n", "\(audited.output)")
        try await target.serve().stop()
        await source.destroy()
        await target.destroy()
    }
}
