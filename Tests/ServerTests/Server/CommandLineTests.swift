import Foundation
import LocksmithTestSupport
import Testing

/// What the `locksmith` command prints and how it exits, run as a process.
@Suite struct CommandLineTests {
    /// A supplied token is one the operator already has; echoing it would put it in container logs.
    @Test func initPrintsAGeneratedBootstrapTokenButNeverASuppliedOne() async throws {
        let database = try await TestDatabase.make(.sqlite)
        let generated = try await LocksmithCommand.run(["init", "--data-dir", database.dataDirectory + "/generated"])
        #expect(generated.status == 0, "\(generated.output)")
        #expect(generated.standardOutput.contains("Bootstrap admin token") && generated.standardOutput.contains("lkm_"))

        let token = "lkm_" + String(repeating: "s", count: 40)
        let supplied = try await LocksmithCommand.run(
            ["init", "--data-dir", database.dataDirectory + "/supplied"], environment: ["LOCKSMITH_BOOTSTRAP_TOKEN": token])
        #expect(supplied.status == 0, "\(supplied.output)")
        #expect(!supplied.output.contains(token), "\(supplied.output)")
        await database.destroy()
    }

    @Test func apiKeysAreListedAndRevokedFromTheCommandLine() async throws {
        let database = try await TestDatabase.make(.sqlite)
        let directory = ["--data-dir", database.dataDirectory + "/keys"]
        #expect(try await LocksmithCommand.run(["init"] + directory).status == 0)
        let listed = try await LocksmithCommand.run(["api-keys", "list"] + directory)
        #expect(listed.status == 0, "\(listed.output)")
        let line = try #require(listed.standardOutput.split(separator: "\n").first.map(String.init))
        #expect(line.hasPrefix("key_") && line.contains("  active  lkm_") && line.contains("admin"), "\(line)")
        let id = String(line.prefix { $0 != " " })

        let revoked = try await LocksmithCommand.run(["api-keys", "revoke", id] + directory)
        #expect(revoked.status == 0 && revoked.standardOutput == "Revoked \(id).\n", "\(revoked.output)")
        let again = try await LocksmithCommand.run(["api-keys", "revoke", id] + directory)
        #expect(again.status == 0 && again.standardOutput == "\(id) was already revoked.\n", "\(again.output)")
        #expect(try await LocksmithCommand.run(["api-keys", "list"] + directory).standardOutput.contains("\(id)  revoked  lkm_"))
        let unknown = try await LocksmithCommand.run(["api-keys", "revoke", "key_missing"] + directory)
        #expect(unknown.status == 1 && unknown.standardError.contains("no API key with id 'key_missing'"), "\(unknown.output)")
        let otherAccount = try await LocksmithCommand.run(["api-keys", "list", "--account", "acc_missing"] + directory)
        #expect(otherAccount.status == 1 && otherAccount.standardError.contains("no account with id 'acc_missing'"), "\(otherAccount.output)")
        await database.destroy()
    }

    @Test func serveWithADatabaseURLButNoMasterKeyExitsSayingWhatToDo() async throws {
        let database = try await TestDatabase.make(.sqlite)
        let result = try await LocksmithCommand.run(
            ["serve", "--data-dir", database.dataDirectory + "/ephemeral", "--database-url", "postgres://nobody@127.0.0.1:1/none"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("LOCKSMITH_MASTER_KEY") && result.standardError.contains("locksmith init"), "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: database.dataDirectory + "/ephemeral/master.key"))
        await database.destroy()
    }

    @Test func theDeprecatedForwardedForSwitchIsWarnedAboutAtStartUp() async throws {
        let database = try await TestDatabase.make(.sqlite)
        let result = try await LocksmithCommand.run(
            ["serve", "--trust-forwarded-for", "--data-dir", database.dataDirectory, "--database-url", "postgres://nobody@127.0.0.1:1/none"])
        #expect(result.output.contains("--trust-forwarded-for") && result.output.contains("deprecated"), "\(result.output)")
        await database.destroy()
    }
}
