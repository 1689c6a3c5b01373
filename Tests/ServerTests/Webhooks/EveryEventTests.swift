import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
@testable import LocksmithServer
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Every event of the contract's catalogue is sent: one scenario triggers each, a real receiver gets them, and an
/// independent JSON Schema validator accepts each payload against its schema in openapi.yaml. An event added to the
/// catalogue without a trigger here fails the test, as does one the server forgets to announce.
@Suite struct EveryEventTests {
    @Test(arguments: TestBackend.available)
    func everyCataloguedEventArrivesWithAValidPayload(backend: TestBackend) async throws {
        guard TestPython.shouldRun else { return }
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver(rendersExports: false) { receiver, clients in
            let admin = clients.admin
            let endpoint = try await clients.webhook(receiver.url)

            // Licenses: created, suspended, reinstated, renewed, transferred (revoked last, below).
            let fixture = try await RuntimeFixture.make(clients, quota: 2) { $0.maxFloatingUsers = 1; $0.floatingTimeoutMinutes = 5; $0.requireHeartbeat = true; $0.maxTransfers = 1 }
            let id = fixture.license.id
            _ = try await admin.suspendLicense(id: id)
            _ = try await admin.reinstateLicense(id: id)
            _ = try await admin.renewLicense(id: id, idempotencyKey: "renew", .init(extendByDays: 30))
            _ = try await admin.transferLicense(id: id, .init(customerEmail: "new@example.com"))
            _ = try await admin.updateLicense(id: id, .init(customerName: .value("New owner"), maxActivations: .value(5)))
            // Devices: activated, deactivated, reset, blacklisted; usage: consumed, quota reached; a lease checked out
            // and left to lapse.
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a1", machine("fp-1"))
            _ = try await runtime.consumeLicense(idempotencyKey: "c1", .init(fingerprint: "fp-1", featureCode: "export", amount: 2, eventID: "e1"))
            _ = try await runtime.deactivateLicense(idempotencyKey: "d1", machine("fp-1"))
            let second = try await runtime.activateLicense(idempotencyKey: "a2", machine("fp-2")).data
            _ = try await admin.resetLicenseDevice(id: id, deviceID: second.deviceID)
            let third = try await runtime.activateLicense(idempotencyKey: "a3", machine("fp-3")).data
            _ = try await admin.blacklistLicenseDevice(id: id, deviceID: third.deviceID)
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "o1", machine("fp-4"))
            harness.clock.advance(by: 6 * 60)
            #expect(try await LeaseLapses(services: harness.services).recordDue() == 1)
            // An export completed; an API key created and revoked; the default account's signing key rotated.
            _ = try await admin.createReportExport(.init(reportKind: .usageSummary, format: .json))
            #expect(try await ReportExportRunner(services: harness.services, logger: TestServer.logger).drain() == 1)
            let key = try await admin.createAPIKey(.init(name: "short-lived", scopes: [.licenseRead])).data.apiKey
            _ = try await admin.revokeAPIKey(id: key.id)
            _ = try await Admin.rotateSigningKey(harness.services, account: AccountStore.defaultAccountID)
            _ = try await admin.revokeLicense(id: id)

            while try await harness.deliver() > 0 {}
            let received = receiver.deliveries
            let types = Set(received.compactMap { delivery in
                (try? JSONSerialization.jsonObject(with: Data(delivery.body)) as? [String: Any])?["type"] as? String
            })
            let catalogue = Set(WebhookEventType.knownCases.map(\.rawValue))
            #expect(catalogue.subtracting(types).isEmpty, "never sent: \(catalogue.subtracting(types).sorted())")
            #expect(types.isSubset(of: catalogue), "sent outside the catalogue: \(types.subtracting(catalogue).sorted())")

            let problems = try SchemaCheck.validate(received.map(\.bodyText))
            #expect(problems.isEmpty, "\(problems)")
            #expect(try StandardWebhooks.verify(received, secret: endpoint.secret).allSatisfy { $0.hasPrefix("ok ") })
        }
    }
}

/// Validates webhook payloads against their schemas in openapi.yaml with the Python `jsonschema` package (Draft 2020-12,
/// with date-time formats checked): an implementation independent of the server's encoders and of the generator.
enum SchemaCheck {
    private static let program = #"""
        import json, sys, yaml
        import jsonschema
        spec = yaml.safe_load(open(sys.argv[1]))
        problems = []
        for body in json.load(sys.stdin):
            payload = json.loads(body)
            event = payload.get("type")
            webhook = spec.get("webhooks", {}).get(event)
            if webhook is None:
                problems.append("%s: not in the catalogue" % event)
                continue
            schema = webhook["post"]["requestBody"]["content"]["application/json"]["schema"]
            validator = jsonschema.Draft202012Validator(
                dict(schema, components=spec["components"]), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
            for error in validator.iter_errors(payload):
                problems.append("%s: %s at %s" % (event, error.message, "/".join(map(str, error.absolute_path))))
        print(json.dumps(problems))
        """#

    /// The problems found, one line each; empty when every payload is valid.
    static func validate(_ bodies: [String]) throws -> [String] {
        let spec = Repository.root.appendingPathComponent("openapi.yaml").path
        let (status, output) = try TestPython.run(program, arguments: [spec], input: try JSONEncoder().encode(bodies))
        guard status == 0, let line = output.split(separator: "\n").last,
              let problems = try? JSONDecoder().decode([String].self, from: Data(line.utf8))
        else { throw TestPythonFailure(output: output) }
        return problems
    }
}
