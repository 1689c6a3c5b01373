import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Rolling upgrades: a running release keeps serving on a schema that a newer release has extended (expand
/// migrations it does not know), and refuses to start on one a newer release has contracted.
@Suite struct RollingUpgradeTests {
    @Test(arguments: TestBackend.available)
    func aReleaseServesOnNewerExpandStepsAndRefusesAContractStep(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        defer { Task { await server.stop() } }
        // What a newer release's expand migration would do: a new table and a new nullable column, recorded as expand.
        try await server.services.database.write { connection in
            try connection.execute("CREATE TABLE future_things (id TEXT PRIMARY KEY)", [])
            try connection.execute("ALTER TABLE licenses ADD COLUMN future_note TEXT", [])
            try connection.execute(
                "INSERT INTO schema_migrations (version, name, applied_at, phase) VALUES (9001, 'a newer release adds things', 0, 'expand')", [])
        }
        let process = try await ServerProcess(
            dataDirectory: server.database.dataDirectory, databaseURL: server.database.url, logLevel: "notice",
            environment: ["LOCKSMITH_RATE_LIMITS": "off"])
        do {
            let admin = ManagementClient(token: TestServer.adminToken, transport: process.transport())
            let fixture = try await RuntimeFixture.make(admin: admin, code: "rolling")
            let runtime = RuntimeClient(licenseKey: fixture.key, transport: process.transport())
            _ = try await runtime.activateLicense(machine("rolling-host"))
            #expect(try await runtime.validateLicense(machine("rolling-host")).data.licenseID == fixture.license.id)
            _ = try await runtime.consumeLicense(.init(fingerprint: "rolling-host", featureCode: "export", amount: 2, eventID: "roll-1"))
            _ = try await admin.suspendLicense(id: fixture.license.id)
            #expect(try await admin.getLicense(id: fixture.license.id).data.status == .suspended)
            #expect(process.output.contains("newer than this release by expand migrations only"))
            #expect(process.output.contains("9001 a newer release adds things"))
        } catch {
            process.stop()
            throw error
        }
        process.stop()

        // A contract step this release does not know: it must not start, and says why.
        try await server.services.database.write { connection in
            try connection.execute(
                "INSERT INTO schema_migrations (version, name, applied_at, phase) VALUES (9002, 'a newer release drops things', 0, 'contract')", [])
        }
        do {
            let refused = try await ServerProcess(dataDirectory: server.database.dataDirectory, databaseURL: server.database.url)
            refused.stop()
            Issue.record("the server started on a schema with a contract step it does not know")
        } catch ServerProcessError.exited(let output) {
            #expect(output.contains("contract migrations this binary does not know (9002 a newer release drops things)"), "\(output)")
        }
    }
}
