import Foundation
import LocksmithAPI
import LocksmithCrypto
@testable import LocksmithHandlers
import LocksmithSDK
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// What a restore must refuse, each with a message that says why and nothing written: a damaged backup, a backup from a
/// newer schema, a wrong passphrase, another installation's master key, a place that is not empty.
@Suite struct BackupRefusalTests {
    @Test(arguments: TestBackend.available)
    func badInputIsRefusedWithAClearMessageAndNothingWritten(backend: TestBackend) async throws {
        let source = try await Installation.make(backend)
        let scratch = try Scratch()
        let running = RunningServers()
        defer {
            running.stopAll()
            scratch.remove()
        }
        try await source.initialise()
        let server = running.add(try await source.serve())
        _ = try await ManagementClient(token: Installation.adminToken, transport: server.transport()).createWebhookEndpoint(
            .init(name: "sealed", url: "http://127.0.0.1:9/hooks"))
        server.stop()
        let backup = scratch.file("source.backup")
        try #require(try await LocksmithCommand.run(["backup", "--to", backup] + source.backupPlace).status == 0)
        let keyFile = scratch.file("key.json")
        let passphrase = ["LOCKSMITH_MASTER_KEY_PASSPHRASE": Installation.passphrase]
        try #require(try await source.run(["master-key", "export", "--to", keyFile], environment: passphrase).status == 0)

        // One byte changed anywhere (a header, the manifest, the data, the checksums, the end) is found.
        let original = try Data(contentsOf: URL(fileURLWithPath: backup))
        let dataMiddle = original.count / 2
        for (place, offset) in [("header", 130), ("manifest", 700), ("data", dataMiddle), ("checksums", original.count - 1024 - 400), ("end", original.count - 3)] {
            var damaged = original
            damaged[offset] ^= 0x01
            let file = scratch.file("damaged-\(place).backup")
            try damaged.write(to: URL(fileURLWithPath: file))
            let verified = try await LocksmithCommand.run(["backup", "verify", file])
            #expect(verified.status == 2 && verified.standardOutput.hasPrefix("FAILED: ") && verified.standardOutput.contains("damaged"),
                    "a byte changed in the \(place): \(verified.output)")
        }
        let damaged = scratch.file("damaged-data.backup")
        try await expectRefused(["restore", "--from", damaged], backend, saying: "is damaged")

        // A backup from a schema newer than this binary.
        let newer = try newerSchemaBackup(of: backup, in: scratch)
        let verifiedNewer = try await LocksmithCommand.run(["backup", "verify", newer])
        #expect(verifiedNewer.status == 2 && verifiedNewer.output.contains("newer than this locksmith knows"), "\(verifiedNewer.output)")
        try await expectRefused(["restore", "--from", newer], backend, saying: "schema version \(Schema.latestVersion + 1), newer than this locksmith knows")

        // A backup of one backend, given to the other.
        let otherBackend: TestBackend = backend == .sqlite ? .postgres : .sqlite
        if TestBackend.available.contains(otherBackend) {
            try await expectRefused(
                ["restore", "--from", backup], otherBackend, saying: backend == .sqlite ? "it is a SQLite backup" : "it is a PostgreSQL backup")
        }

        // Another installation's master key: refused by restore, by import and by serve.
        let other = try await Installation.make(.sqlite)
        try await other.initialise()
        let otherKey = try String(contentsOfFile: other.dataDirectory + "/master.key", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let otherKeyFile = scratch.file("other-key.json")
        try #require(try await other.run(["master-key", "export", "--to", otherKeyFile], environment: passphrase).status == 0)
        try await expectRefused(
            ["restore", "--from", backup], backend, environment: ["LOCKSMITH_MASTER_KEY": otherKey],
            saying: "the master key in LOCKSMITH_MASTER_KEY opens none of the")

        let target = try await Installation.make(backend)
        let restored = try await target.run(["restore", "--from", backup])
        try #require(restored.status == 0, "\(restored.output)")
        #expect(restored.standardOutput.contains("master-key import"), "a restore without a key says to import it: \(restored.output)")
        let keyPath = target.dataDirectory + "/master.key"
        let wrongPassphrase = try await target.run(
            ["master-key", "import", "--from", keyFile], environment: ["LOCKSMITH_MASTER_KEY_PASSPHRASE": "not the passphrase at all"])
        #expect(wrongPassphrase.status == 1 && wrongPassphrase.standardError.contains("the passphrase does not open"), "\(wrongPassphrase.output)")
        #expect(!FileManager.default.fileExists(atPath: keyPath))
        let otherImport = try await target.run(["master-key", "import", "--from", otherKeyFile], environment: passphrase)
        #expect(otherImport.status == 1 && otherImport.standardError.contains("opens none of the"), "\(otherImport.output)")
        #expect(!FileManager.default.fileExists(atPath: keyPath))
        try await expectServeRefused(
            target, environment: ["LOCKSMITH_MASTER_KEY": otherKey],
            saying: "error: the master key in LOCKSMITH_MASTER_KEY opens none of the", "signing key")
        // A data directory holding data but no key is never given a new one, which would open nothing.
        if backend == .sqlite {
            try await expectServeRefused(target, saying: "the database holds signing keys sealed with a master key, but there is no master key")
            #expect(!FileManager.default.fileExists(atPath: keyPath))
        }

        // The right key, then a second restore over the restored place, which is refused.
        let imported = try await target.run(["master-key", "import", "--from", keyFile], environment: passphrase)
        #expect(imported.status == 0, "\(imported.output)")
        let overwrite = try await target.run(["master-key", "import", "--from", otherKeyFile], environment: passphrase)
        #expect(overwrite.status == 1 && overwrite.standardError.contains("already holds another master key"), "\(overwrite.output)")
        let again = try await target.run(["restore", "--from", backup])
        #expect(again.status == 1 && again.standardError.contains("not empty"), "\(again.output)")
        let audited = try await target.run(["audit", "verify"])
        #expect(audited.status == 0, "the refusals left the restored installation intact: \(audited.output)")

        await other.destroy()
        await target.destroy()
        await source.destroy()
    }

    /// Restores into a fresh place and expects a refusal that says `saying`, with the place left untouched.
    private func expectRefused(
        _ arguments: [String], _ backend: TestBackend, environment: [String: String] = [:], saying: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let place = try await Installation.make(backend)
        let result = try await place.run(arguments, environment: environment)
        #expect(result.status == 1 && result.standardError.hasPrefix("error: ") && result.standardError.contains(saying),
                "[\(result.standardError)]", sourceLocation: sourceLocation)
        #expect(try await place.isUntouched(), "a refused restore wrote to its place", sourceLocation: sourceLocation)
        await place.destroy()
    }

    /// Starts `locksmith serve` and expects it to exit at once, its output saying each of `saying`.
    private func expectServeRefused(
        _ installation: Installation, environment: [String: String] = [:], saying: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        do {
            let served = try await installation.serve(environment: environment)
            served.stop()
            Issue.record("the server started", sourceLocation: sourceLocation)
        } catch ServerProcessError.exited(let output) {
            #expect(saying.allSatisfy(output.contains), "\(output)", sourceLocation: sourceLocation)
        }
    }

    /// `backup` remade as if a newer locksmith had made it: its manifest (and, for SQLite, its data) at the next schema
    /// version, with digests that hold.
    private func newerSchemaBackup(of backup: String, in scratch: Scratch) throws -> String {
        let reader = try BackupArchive.Reader(path: backup)
        defer { reader.close() }
        var manifest = try BackupManifest.decode(try reader.bytes(try reader.member(named: BackupArchive.manifestName), of: "manifest"))
        let member = try reader.member(namedOneOf: [manifest.dataFileName])
        let data = scratch.file(manifest.dataFileName)
        _ = FileManager.default.createFile(atPath: data, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: data))
        _ = try reader.copy(member.size, of: member.name, to: output)
        try output.close()
        manifest.schemaVersion = Schema.latestVersion + 1
        if manifest.backend == .sqlite {
            let (status, text) = try TestProcess.run(
                "/usr/bin/env", ["python3", "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    + "c.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 0)', (int(sys.argv[2]), 'from the future')); c.commit(); c.close()",
                    data, String(manifest.schemaVersion)])
            try #require(status == 0, "\(text)")
        }
        (manifest.dataSHA256, manifest.dataBytes) = try Backup.digest(of: data)
        let newer = scratch.file("newer.backup")
        try BackupArchive.write(newer, manifest: manifest, data: data)
        return newer
    }
}
