import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// `--log-format json`: a real server process writes one JSON object per line, a request line with its request id,
/// account, operation, status and duration, and never a credential or secret it was shown.
@Suite struct JSONLogTests {
    @Test(arguments: TestBackend.available)
    func everyLineIsAJSONObjectAndNoSecretIsWritten(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        defer { Task { await server.stop() } }
        let process = try await ServerProcess(
            dataDirectory: server.database.dataDirectory, databaseURL: server.database.url, logLevel: "debug",
            environment: ["LOCKSMITH_LOG_FORMAT": "json", "LOCKSMITH_RATE_LIMITS": "off"])
        var secrets = [TestServer.adminToken]
        do {
            let admin = ManagementClient(token: TestServer.adminToken, transport: process.transport())
            let fixture = try await RuntimeFixture.make(admin: admin, code: "logs")
            secrets.append(fixture.key)
            let runtime = RuntimeClient(licenseKey: fixture.key, transport: process.transport())
            _ = try await runtime.activateLicense(machine("log-host"))
            _ = try await runtime.with(RequestOptions(headers: ["X-Request-ID": "log-request-1"])).validateLicense(machine("log-host"))
            let token = try await runtime.issueLicenseToken(nil).data.token
            secrets.append(token)
            _ = try await admin.introspectLicenseToken(.init(token: token))
            let key = try await admin.createAPIKey(.init(name: "reader", scopes: [.licenseRead])).data.token
            secrets.append(key)
            let hook = try await admin.createWebhookEndpoint(.init(name: "hook", url: "https://hooks.invalid/h", eventTypes: [.licenseCreated])).data
            secrets.append(hook.secret)
            _ = try await admin.lookupLicense(.init(licenseKey: fixture.key))
            // Refusals: a wrong license key and a wrong token, each of which must not be echoed either.
            let wrongKey = "lsk_" + String(repeating: "Q", count: 43)
            let wrongToken = "lkm_" + String(repeating: "w", count: 40)
            secrets += [wrongKey, wrongToken]
            _ = try? await RuntimeClient(licenseKey: wrongKey, transport: process.transport()).validateLicense(machine("log-host"))
            _ = try? await ManagementClient(token: wrongToken, transport: process.transport()).listProducts()
        } catch {
            process.stop()
            throw error
        }
        // Read before stopping: stopping removes the log file.
        try await Task.sleep(for: .milliseconds(300))
        let output = process.output
        process.stop()

        let lines = output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(lines.count >= 10, "\(output.prefix(2000))")
        var requests: [[String: Any]] = []
        for line in lines {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                Issue.record("not a JSON object: \(line.prefix(300))")
                continue
            }
            #expect(object["time"] is String && object["level"] is String && object["message"] is String, "\(line.prefix(300))")
            if object["message"] as? String == "request" { requests.append(object) }
        }
        let validate = try #require(requests.first { $0["request_id"] as? String == "log-request-1" })
        #expect(validate["operation"] as? String == "validateLicense" && validate["status"] as? Int == 200)
        #expect(validate["account_id"] as? String == "acc_default" && validate["duration_ms"] is Double)
        #expect(requests.contains { $0["operation"] as? String == "listProducts" && $0["status"] as? Int == 401 && $0["account_id"] == nil })
        for secret in secrets {
            #expect(!output.contains(secret), "a secret reached the log: \(secret.prefix(8))…")
        }
    }
}
