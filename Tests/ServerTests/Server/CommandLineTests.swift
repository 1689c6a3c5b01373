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
