import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// Every runtime answer verified by independent implementations against a live server: the official LicenseKit
/// Python SDK (`verify_runtime_result`, driving the server with its own HTTP client), the Python `cryptography`
/// package opening an offline envelope from its description in openapi.yaml, and `JSON.stringify` + WebCrypto
/// Ed25519 in Node, as the official TypeScript SDK verifies.
@Suite(.enabled(if: TestPython.shouldRun)) struct RuntimeConformanceTests {
    static let scripts = Repository.root.appendingPathComponent("scripts/conformance")

    @Test(arguments: TestBackend.available)
    func theOfficialVerifiersAcceptEveryRuntimeAnswer(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run(.live) { clients in
            let port = try #require(clients.client.port)
            let baseURL = "http://127.0.0.1:\(port)"
            let fixture = try await RuntimeFixture.make(clients) {
                $0.maxFloatingUsers = 2
                $0.allowOfflineActivation = true
                $0.offlineGraceDays = 7
            }
            let python = try #require(TestPython.executable, "\(TestPythonError.missing)")
            let sdk = try await TestProcess.run(
                python, [Self.scripts.appendingPathComponent("official_sdk.py").path, baseURL, fixture.key, fixture.product.code, AccountStore.defaultAccountID],
                mergingErrors: false)
            #expect(sdk.status == 0, "official SDK run failed: \(sdk.output)")
            guard sdk.status == 0 else { return }
            let recorded = try JSONSerialization.jsonObject(with: Data(sdk.output.utf8)) as? [String: Any]
            let operations = (recorded?["answers"] as? [[String: Any]])?.compactMap { $0["operation"] as? String }
            #expect(Set(operations ?? []) == Set(RuntimeConformanceTests.runtimeOperations))

            // Node asks for fresh answers of its own for a device it finds activated.
            _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "node", machine("sdk-fp-node"))
            let node = try #require(TestProcess.which("node"), "node is not installed (scripts/install-deps.sh --tests installs it)")
            let verified = try await TestProcess.run(
                node, [Self.scripts.appendingPathComponent("webcrypto.mjs").path, baseURL, fixture.key], input: Data(sdk.output.utf8))
            #expect(verified.status == 0 && verified.output.contains("verified \(RuntimeConformanceTests.runtimeOperations.count + 2)"),
                    "WebCrypto verification failed: \(verified.output)")
        }
    }

    /// The nine runtime operations of the contract.
    static let runtimeOperations = [
        "activateLicense", "validateLicense", "checkLicense", "consumeLicense", "deactivateLicense", "issueOfflineLicense",
        "checkoutFloatingLicense", "heartbeatFloatingLicense", "checkinFloatingLicense",
    ]
}
