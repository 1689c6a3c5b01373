import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A license's own limits, `updateLicense`, and features assigned as a license is issued.
@Suite struct LicenseEditTests {
    /// A limit on the license replaces its policy's in runtime decisions; lowering it releases nothing and blocks new
    /// seats until the license is back under it; `null` follows the policy again.
    @Test(arguments: TestBackend.available)
    func theRuntimeUsesTheLicensesOwnLimits(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 1; $0.maxTransfers = 5 }
            let issued = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.policy.id, expiresAt: Date().addingTimeInterval(86_400), maxActivations: 3,
                maxTransfers: 0)).data
            #expect(issued.license.maxActivations == 3 && issued.license.maxTransfers == 0 && issued.license.maxFloatingUsers == nil)
            let runtime = clients.runtime(issued.licenseKey)
            let devices = try await (1...3).asyncMap { try await runtime.activateLicense(idempotencyKey: "a\($0)", machine("m\($0)")).data.deviceID }
            await expectAPIError(.deviceLimitReached, status: 409) { _ = try await runtime.activateLicense(idempotencyKey: "a4", machine("m4")) }
            // The policy's own license still has one seat.
            _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "p1", machine("p1"))
            await expectAPIError(.deviceLimitReached, status: 409) { _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "p2", machine("p2")) }
            // The license's 0 transfers is none, whatever its policy's 5.
            let transfer = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.transferLicense(id: issued.license.id, idempotencyKey: "t1", .init(customerName: "Someone else"))
            }
            #expect(transfer?.detail == "max_transfers")

            // Lowered to 1 while 3 are active: all three stay, and nothing new activates until two have left.
            let lowered = try await admin.updateLicense(id: issued.license.id, .init(maxActivations: .value(1))).data
            #expect(lowered.maxActivations == 1 && lowered.activeDeviceCount == 3)
            #expect(lowered.entitlementVersion == issued.license.entitlementVersion + 1)
            _ = try await runtime.validateLicense(machine("m3"))
            for device in devices.prefix(1) {
                _ = try await admin.resetLicenseDevice(id: issued.license.id, deviceID: device)
            }
            await expectAPIError(.deviceLimitReached, status: 409) { _ = try await runtime.activateLicense(idempotencyKey: "a5", machine("m5")) }
            _ = try await admin.resetLicenseDevice(id: issued.license.id, deviceID: devices[1])
            await expectAPIError(.deviceLimitReached, status: 409) { _ = try await runtime.activateLicense(idempotencyKey: "a6", machine("m6")) }
            _ = try await admin.resetLicenseDevice(id: issued.license.id, deviceID: devices[2])
            _ = try await runtime.activateLicense(idempotencyKey: "a7", machine("m7"))

            // Back to the policy: its 5 transfers apply again.
            let following = try await admin.updateLicense(id: issued.license.id, .init(maxActivations: .null, maxTransfers: .null)).data
            #expect(following.maxActivations == nil && following.maxTransfers == nil)
            _ = try await admin.transferLicense(id: issued.license.id, idempotencyKey: "t2", .init(customerName: "Someone else"))
        }
    }

    /// Floating seats and container instances follow the license's own limits too, and only where the policy offers them.
    @Test(arguments: TestBackend.available)
    func floatingAndContainerLimitsNeedThePolicyToOfferThem(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let floating = try await RuntimeFixture.make(clients) { $0.maxFloatingUsers = 1; $0.requireHeartbeat = false }
            let plain = try await RuntimeFixture.make(clients, code: "plain") { $0.allowContainer = false }
            let issued = try await admin.createLicense(.init(
                productID: floating.product.id, policyID: floating.policy.id, expiresAt: Date().addingTimeInterval(86_400),
                maxFloatingUsers: 2)).data
            let runtime = clients.runtime(issued.licenseKey)
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c1", machine("f1"))
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c2", machine("f2"))
            await expectAPIError(.floatingLimitReached, status: 409) { _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c3", machine("f3")) }
            // A policy that stops offering floating checkout stops it for the license with its own limit too.
            _ = try await admin.updatePolicy(id: floating.policy.id, .init(maxFloatingUsers: .null))
            let stopped = await expectAPIError(.validationFailed, status: 422) {
                _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c4", machine("f4"))
            }
            #expect(stopped?.detail == "max_floating_users")

            for (request, field) in [
                (LicenseCreateRequest(productID: plain.product.id, policyID: plain.policy.id, expiresAt: Date().addingTimeInterval(86_400), maxFloatingUsers: 2), "max_floating_users"),
                (LicenseCreateRequest(productID: plain.product.id, policyID: plain.policy.id, expiresAt: Date().addingTimeInterval(86_400), maxContainerInstances: 2), "max_container_instances"),
            ] {
                let refused = await expectAPIError(.validationFailed, status: 422) { _ = try await admin.createLicense(request) }
                #expect(refused?.detail == field)
            }
            let refused = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.updateLicense(id: plain.license.id, .init(maxFloatingUsers: .value(1)))
            }
            #expect(refused?.detail == "max_floating_users")
        }
    }

    /// `updateLicense`: licensee and metadata without raising the entitlement version, a policy of the same product and
    /// type, announced as `license.updated` and audited by field name; every refusal names its field and changes nothing.
    @Test(arguments: TestBackend.available)
    func anOperatorEditsALicense(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await LicensingFixture.make(clients)
            let other = try await LicensingFixture.make(clients, code: "other")
            let issued = try await fixture.issue(clients)
            let id = issued.license.id

            let renamed = try await admin.updateLicense(id: id, .init(
                customerName: .value("Ada Lovelace"), customerEmail: .value("ada@example.com"), metadata: ["seat": .integer(7)])).data
            #expect(renamed.customerName == "Ada Lovelace" && renamed.customerEmail == "ada@example.com" && renamed.metadata["seat"] == .integer(7))
            #expect(renamed.entitlementVersion == issued.license.entitlementVersion)
            let cleared = try await admin.updateLicense(id: id, .init(customerEmail: .null)).data
            #expect(cleared.customerEmail == nil && cleared.customerName == "Ada Lovelace")

            // Another time-limited policy of the product: an upgrade.
            let upgrade = try await admin.createPolicy(id: fixture.product.id, .init(
                name: "Pro", code: "pro", licenseType: .timeLimited, maxActivations: 10, gracePeriodDays: 3)).data
            let moved = try await admin.updateLicense(id: id, .init(policyID: upgrade.id)).data
            #expect(moved.policyID == upgrade.id && moved.entitlementVersion == issued.license.entitlementVersion + 1)
            let graceEnds: Int64 = try await server.services.database.read(.defaultAccount) { connection in
                try #require(try connection.queryOne("SELECT grace_expires_at - expires_at AS grace FROM licenses WHERE id = $1", [.text(id)])).int64("grace")
            }
            #expect(graceEnds == 3 * 86_400_000)

            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            let before = try await LicensingCounts.read(server)
            let refusals: [(LicenseUpdateRequest, ErrorCode, String)] = [
                (.init(), .validationFailed, "body"),
                (.init(policyID: "pol_missing"), .notFound, "policy_id"),
                (.init(policyID: other.timeLimited.id), .validationFailed, "policy_id"),
                (.init(policyID: fixture.perpetual.id), .validationFailed, "policy_id"),
                (.init(customerEmail: .value("not an address")), .validationFailed, "customer_email"),
                (.init(maxActivations: .value(-1)), .validationFailed, "max_activations"),
                (.init(maxTransfers: .value(2_147_483_648)), .validationFailed, "max_transfers"),
            ]
            for (request, code, field) in refusals {
                let refused = await expectAPIError(code, status: code == .notFound ? 404 : 422) { _ = try await admin.updateLicense(id: id, request) }
                #expect(refused?.detail == field, "\(request)")
            }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.updateLicense(id: "lic_missing", .init(maxActivations: .value(1))) }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.updateLicense(id: id, .init(maxActivations: .value(1))) }
            #expect(try await LicensingCounts.read(server) == before)
            #expect(try await admin.getLicense(id: id).data.policyID == upgrade.id)

            let events = try await clients.events("license.updated")
            #expect(events.count == 3 && events.allSatisfy { $0.resourceID == id })
            let fields = events.map { $0.metadata["changed_fields"] }
            #expect(fields.contains(.array([.string("customer_name"), .string("customer_email"), .string("metadata")])))
            #expect(events.contains { $0.metadata["previous_policy_id"] == .string(fixture.timeLimited.id) && $0.metadata["policy_id"] == .string(upgrade.id) })
            #expect(events.allSatisfy { $0.metadata["customer_email"] == nil && $0.metadata["customer_name"] == nil })
            #expect(try await clients.activities(license: id).filter { $0.action == "license.update" }.count == 3)
            try await server.expectAuditChainIntact()
        }
    }

    /// `features` at issue: assigned with the license in one transaction, by id or by code; one bad item issues nothing.
    @Test(arguments: TestBackend.available)
    func featuresAreAssignedAsTheLicenseIsIssued(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await LicensingFixture.make(clients)
            let other = try await LicensingFixture.make(clients, code: "other")
            let export = try await admin.createFeature(id: fixture.product.id, .init(name: "Export", code: "export")).data
            _ = try await admin.createFeature(id: fixture.product.id, .init(name: "Sync", code: "sync")).data
            let foreign = try await admin.createFeature(id: other.product.id, .init(name: "Foreign", code: "foreign")).data
            func issue(_ features: [LicenseFeatureGrant]) async throws -> LicenseCreateResponse {
                try await admin.createLicense(.init(
                    productID: fixture.product.id, policyID: fixture.perpetual.id, features: features)).data
            }

            let issued = try await issue([.init(featureID: export.id, maxConsumptions: 500), .init(featureCode: "sync")])
            let assigned = try await admin.listLicenseFeatures(id: issued.license.id).data.sorted { $0.featureCode < $1.featureCode }
            #expect(assigned.map(\.featureCode) == ["export", "sync"])
            #expect(assigned[0].maxConsumptions == 500 && assigned[0].enabled && assigned[1].maxConsumptions == nil)
            let check = try await clients.runtime(issued.licenseKey).activateLicense(idempotencyKey: "a", machine("m")).data
            #expect(check.features.map(\.code).sorted() == ["export", "sync"])
            let events = try await clients.admin.listEvents(limit: 50, resourceID: issued.license.id).data.map(\.eventType)
            #expect(events.reversed().prefix(3) == ["license.created", "license.feature_assigned", "license.feature_assigned"])

            let before = try await LicensingCounts.read(server)
            let refusals: [([LicenseFeatureGrant], ErrorCode, String)] = [
                ([.init(featureCode: "export"), .init(featureID: export.id)], .validationFailed, "features[1].feature_id"),
                ([.init(featureCode: "sync"), .init(featureCode: "nope")], .notFound, "features[1].feature_code"),
                ([.init(featureID: foreign.id)], .validationFailed, "features[0].feature_id"),
                ([.init(featureCode: "foreign")], .notFound, "features[0].feature_code"),
                ([.init()], .validationFailed, "features[0].feature_id"),
                ([.init(featureID: export.id, featureCode: "export")], .validationFailed, "features[0].feature_id"),
            ]
            for (features, code, field) in refusals {
                let refused = await expectAPIError(code, status: code == .notFound ? 404 : 422) { _ = try await issue(features) }
                #expect(refused?.detail == field, "\(features)")
            }
            #expect(try await LicensingCounts.read(server) == before, "nothing issued, nothing assigned")
        }
    }
}

extension ClosedRange where Bound == Int {
    /// The results of `transform` for each value, one after another.
    func asyncMap<T>(_ transform: (Int) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for value in self { results.append(try await transform(value)) }
        return results
    }
}
