import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// Step 7 of the decision order once a product has a version catalog: every call that runs the version step must say
/// which version it is, and the calls that give something back (heartbeat, check-in, deactivation) never need to.
@Suite struct VersionGatingTests {
    @Test(arguments: TestBackend.available)
    func aCatalogMakesTheVersionStepRefuseCallsThatSendNoVersion(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) {
                $0.maxActivations = 5
                $0.maxFloatingUsers = 2
                $0.allowOfflineActivation = true
            }
            let runtime = fixture.runtime(clients)
            let versioned = machine("held", version: "1.0.0")

            // No catalog: a call without a version is answered, without an eligibility.
            _ = try await runtime.activateLicense(idempotencyKey: "before", machine("held"))
            #expect(try await runtime.validateLicense(machine("held")).data.versionEligibility == nil)
            let lease = try await runtime.checkoutFloatingLicense(idempotencyKey: "lease", machine("floating", version: nil)).data

            _ = try await clients.admin.createProductVersion(id: fixture.product.id, .init(version: "1.0.0", releasedAt: Date()))
            let refusals: [(String, @Sendable () async throws -> Void)] = [
                ("activate", { _ = try await runtime.activateLicense(idempotencyKey: "a", machine("new")) }),
                ("validate", { _ = try await runtime.validateLicense(machine("held")) }),
                ("check", { _ = try await runtime.checkLicense(machine("held")) }),
                ("consume", {
                    _ = try await runtime.consumeLicense(idempotencyKey: "c", .init(fingerprint: "held", featureCode: "export", eventID: "e1"))
                }),
                ("offline", { _ = try await runtime.issueOfflineLicense(machine("held")) }),
                ("checkout", { _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "o", machine("other")) }),
            ]
            for (name, call) in refusals {
                let refused = await expectAPIError(.versionNotEntitled, status: 403, call)
                #expect(refused?.detail == "app_version", "\(name)")
            }
            // Nothing was written by the refusals: no consumption, no new device.
            let features = try await clients.admin.listLicenseFeatures(id: fixture.license.id).data
            #expect(features.first { $0.featureCode == "export" }?.totalConsumptions == 0)
            #expect(Set(try await clients.admin.listLicenseDevices(id: fixture.license.id).data.map(\.fingerprint)) == ["held", "floating"])

            // The same calls with the version are answered.
            #expect(try await runtime.validateLicense(versioned).data.versionEligibility?.enforced == true)
            _ = try await runtime.consumeLicense(
                idempotencyKey: "c2", .init(fingerprint: "held", appVersion: "1.0.0", featureCode: "export", eventID: "e2"))

            // Heartbeat, check-in and deactivation never are refused for it.
            _ = try await runtime.heartbeatFloatingLicense(.init(leaseToken: lease.leaseToken))
            _ = try await runtime.checkinFloatingLicense(idempotencyKey: "in", .init(leaseToken: lease.leaseToken))
            _ = try await runtime.deactivateLicense(idempotencyKey: "off", machine("held"))
        }
    }
}
