import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CatalogPoliciesTests {
    @Test(arguments: TestBackend.available)
    func fieldsLeftOutTakeTheDocumentedDefaults(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.makeProduct()
            let policy = try await clients.admin.createPolicy(id: product.id, .init(name: "Standard", code: "standard", licenseType: .perpetual)).data
            #expect(policy.id.hasPrefix("pol_") && policy.productID == product.id)
            #expect(policy.name == "Standard" && policy.code == "standard" && policy.licenseType == .perpetual)
            #expect(policy.maxActivations == 1 && policy.maxFloatingUsers == nil && policy.maxContainerInstances == nil)
            #expect(policy.floatingTimeoutMinutes == 30 && policy.gracePeriodDays == 0 && policy.validationIntervalMinutes == 1440)
            #expect(!policy.requireHeartbeat && !policy.allowOfflineActivation && policy.offlineGraceDays == 7)
            #expect(policy.allowVM && policy.allowContainer && policy.maxTransfers == 0)
            #expect(policy.metadata.isEmpty && policy.createdAt == policy.updatedAt)
            #expect(try await clients.admin.getPolicy(id: policy.id).data == policy)
            #expect(try await clients.admin.listPoliciesByProduct(id: product.id).data == [policy])

            let event = try #require(try await clients.events("policy.created").first)
            #expect(event.resourceType == "policy" && event.resourceID == policy.id)
            #expect(event.metadata["product_id"] == .string(product.id) && event.metadata["code"] == "standard")
            #expect(event.metadata["license_type"] == "perpetual" && event.metadata["max_activations"] == 1)
            #expect(event.metadata["name"] == nil && event.metadata["metadata"] == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func createAcceptsEverySettableField(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.makeProduct()
            let request = PolicyCreateRequest(
                name: "Floating", code: "floating", licenseType: .subscription, maxActivations: 0, maxFloatingUsers: 25,
                maxContainerInstances: 4, floatingTimeoutMinutes: 15, gracePeriodDays: 14, validationIntervalMinutes: 60,
                requireHeartbeat: true, allowOfflineActivation: true, offlineGraceDays: 30, allowVM: false, allowContainer: true,
                maxTransfers: 3, metadata: ["plan": "team"])
            let policy = try await clients.admin.createPolicy(id: product.id, request).data
            #expect(policy.licenseType == .subscription && policy.maxActivations == 0 && policy.maxFloatingUsers == 25)
            #expect(policy.maxContainerInstances == 4 && policy.floatingTimeoutMinutes == 15 && policy.gracePeriodDays == 14)
            #expect(policy.validationIntervalMinutes == 60 && policy.requireHeartbeat && policy.allowOfflineActivation)
            #expect(policy.offlineGraceDays == 30 && !policy.allowVM && policy.allowContainer && policy.maxTransfers == 3)
            #expect(policy.metadata == ["plan": "team"])
            #expect(try await clients.admin.getPolicy(id: policy.id).data == policy)

            // Zero floating users means no floating checkout, which the policy shows as absent.
            let none = try await clients.admin.createPolicy(
                id: product.id, .init(name: "Fixed", code: "fixed", licenseType: .trial, maxFloatingUsers: 0)).data
            #expect(none.maxFloatingUsers == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func updatesChangeOnlyThePresentFieldsAndNullClears(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let original = try await admin.createPolicy(
                id: product.id,
                .init(name: "Team", code: "team", licenseType: .subscription, maxFloatingUsers: 10, maxContainerInstances: 2,
                      requireHeartbeat: true, metadata: ["a": 1])).data

            let raised = try await admin.updatePolicy(id: original.id, .init(maxActivations: 5)).data
            var expected = original
            expected.maxActivations = 5
            expected.updatedAt = raised.updatedAt
            #expect(raised == expected && raised.updatedAt >= original.updatedAt)

            // `null` clears the optional limits; the heartbeat requirement has to go with floating checkout.
            let cleared = try await admin.updatePolicy(
                id: original.id, .init(maxFloatingUsers: .null, maxContainerInstances: .null, requireHeartbeat: false)).data
            #expect(cleared.maxFloatingUsers == nil && cleared.maxContainerInstances == nil && !cleared.requireHeartbeat)
            #expect(cleared.maxActivations == 5 && cleared.metadata == ["a": 1] && cleared.code == "team")

            let everything = try await admin.updatePolicy(
                id: original.id,
                .init(name: "Team 2", code: "team-2", licenseType: .timeLimited, maxActivations: 0, maxFloatingUsers: .value(3),
                      maxContainerInstances: .value(7), floatingTimeoutMinutes: 5, gracePeriodDays: 2, validationIntervalMinutes: 90,
                      requireHeartbeat: true, allowOfflineActivation: true, offlineGraceDays: 3, allowVM: false, allowContainer: true,
                      maxTransfers: 9, metadata: [:])).data
            #expect(everything.name == "Team 2" && everything.code == "team-2" && everything.licenseType == .timeLimited)
            #expect(everything.maxActivations == 0 && everything.maxFloatingUsers == 3 && everything.maxContainerInstances == 7)
            #expect(everything.floatingTimeoutMinutes == 5 && everything.gracePeriodDays == 2 && everything.validationIntervalMinutes == 90)
            #expect(everything.requireHeartbeat && everything.allowOfflineActivation && everything.offlineGraceDays == 3)
            #expect(!everything.allowVM && everything.allowContainer && everything.maxTransfers == 9 && everything.metadata.isEmpty)
            #expect(everything.createdAt == original.createdAt && everything.productID == product.id)
            #expect(try await admin.getPolicy(id: original.id).data == everything)

            let updates = try await clients.events("policy.updated")
            #expect(updates.count == 3)
            #expect(updates.last?.metadata["changed"] == ["max_activations"] && updates.last?.metadata["values"] == ["max_activations": 5])
            #expect(updates.dropFirst().first?.metadata["changed"] == ["max_container_instances", "max_floating_users", "require_heartbeat"])
            #expect(updates.dropFirst().first?.metadata["values"] == ["max_floating_users": nil, "max_container_instances": nil, "require_heartbeat": false])
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func settingsNeedTheCapabilityTheyBelongTo(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let refusedCreates: [(PolicyCreateRequest, String)] = [
                (.init(name: "p", code: "p", licenseType: .perpetual, requireHeartbeat: true), "require_heartbeat"),
                (.init(name: "p", code: "p", licenseType: .perpetual, maxFloatingUsers: 0, requireHeartbeat: true), "require_heartbeat"),
                (.init(name: "p", code: "p", licenseType: .perpetual, floatingTimeoutMinutes: 10), "floating_timeout_minutes"),
                (.init(name: "p", code: "p", licenseType: .perpetual, maxContainerInstances: 2, allowContainer: false), "max_container_instances"),
                (.init(name: "p", code: "p", licenseType: .perpetual, offlineGraceDays: 3), "offline_grace_days"),
                (.init(name: "p", code: "p", licenseType: .perpetual, maxActivations: Int(Int32.max) + 1), "max_activations"),
                (.init(name: "p", code: "p", licenseType: .perpetual, maxFloatingUsers: Int(Int32.max) + 1), "max_floating_users"),
                (.init(name: "p", code: "p", licenseType: .perpetual, maxFloatingUsers: 1, floatingTimeoutMinutes: 525_601), "floating_timeout_minutes"),
                (.init(name: "p", code: "p", licenseType: .perpetual, gracePeriodDays: 36_501), "grace_period_days"),
                (.init(name: "p", code: "p", licenseType: .perpetual, validationIntervalMinutes: 525_601), "validation_interval_minutes"),
                (.init(name: "p", code: "p", licenseType: .perpetual, maxTransfers: -1), "max_transfers"),
                (.init(name: "p", code: "p", licenseType: .perpetual, floatingTimeoutMinutes: 0), "floating_timeout_minutes"),
                (.init(name: "p", code: "p", licenseType: .perpetual, offlineGraceDays: 0), "offline_grace_days"),
                (.init(name: "p", code: "P", licenseType: .perpetual), "code"),
                (.init(name: "p", code: "p", licenseType: .unrecognized("forever")), "license_type"),
            ]
            for (request, field) in refusedCreates {
                let error = await expectAPIError(.validationFailed, status: 422) { _ = try await admin.createPolicy(id: product.id, request) }
                #expect(error?.detail == field, "\(request)")
            }

            // With the capability on, the same settings are fine, and a request may turn both on and off together.
            let floating = try await admin.createPolicy(
                id: product.id,
                .init(name: "f", code: "f", licenseType: .perpetual, maxFloatingUsers: 5, floatingTimeoutMinutes: 10,
                      requireHeartbeat: true, allowOfflineActivation: true, offlineGraceDays: 3)).data
            let refusedUpdates: [(PolicyUpdateRequest, String)] = [
                (.init(maxFloatingUsers: .null), "max_floating_users"),
                (.init(maxFloatingUsers: .value(0)), "max_floating_users"),
                (.init(maxFloatingUsers: .null, requireHeartbeat: true), "require_heartbeat"),
                (.init(maxFloatingUsers: .null, floatingTimeoutMinutes: 20, requireHeartbeat: false), "floating_timeout_minutes"),
                (.init(maxContainerInstances: .value(3), allowContainer: false), "max_container_instances"),
                (.init(allowOfflineActivation: false, offlineGraceDays: 9), "offline_grace_days"),
                (.init(maxFloatingUsers: .value(-1)), "max_floating_users"),
                (.init(name: " "), "name"),
            ]
            for (request, field) in refusedUpdates {
                let error = await expectAPIError(.validationFailed, status: 422) { _ = try await admin.updatePolicy(id: floating.id, request) }
                #expect(error?.detail == field, "\(request)")
            }
            #expect(try await admin.getPolicy(id: floating.id).data == floating)

            let stopped = try await admin.updatePolicy(id: floating.id, .init(maxFloatingUsers: .null, requireHeartbeat: false)).data
            #expect(stopped.maxFloatingUsers == nil && stopped.floatingTimeoutMinutes == 10)
            let withContainers = try await admin.updatePolicy(id: floating.id, .init(maxContainerInstances: .value(2))).data
            let refused = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.updatePolicy(id: floating.id, .init(allowContainer: false))
            }
            #expect(refused?.detail == "allow_container")
            let noContainers = try await admin.updatePolicy(id: floating.id, .init(maxContainerInstances: .null, allowContainer: false)).data
            #expect(withContainers.maxContainerInstances == 2 && noContainers.maxContainerInstances == nil && !noContainers.allowContainer)
        }
    }

    @Test(arguments: TestBackend.available)
    func policyCodesAreUniqueWithinTheirProduct(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let first = try await clients.makeProduct("first")
            let second = try await clients.makeProduct("second")
            let standard = try await admin.createPolicy(id: first.id, .init(name: "Standard", code: "standard", licenseType: .perpetual)).data
            _ = try await admin.createPolicy(id: second.id, .init(name: "Standard", code: "standard", licenseType: .perpetual))
            let trial = try await admin.createPolicy(id: first.id, .init(name: "Trial", code: "trial", licenseType: .trial)).data

            let duplicate = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.createPolicy(id: first.id, .init(name: "Again", code: "standard", licenseType: .trial))
            }
            #expect(duplicate?.detail == "code" && duplicate?.message.contains("'standard'") == true)
            let renamed = await expectAPIError(.conflict, status: 409) { _ = try await admin.updatePolicy(id: trial.id, .init(code: "standard")) }
            #expect(renamed?.detail == "code")
            #expect(try await admin.getPolicy(id: standard.id).data == standard)
        }
    }

    @Test(arguments: TestBackend.available)
    func policiesAreListedDeletedAndScopedToExistingProducts(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            var created: [String] = []
            for index in 0..<5 {
                created.append(try await admin.createPolicy(id: product.id, .init(name: "P\(index)", code: "p\(index)", licenseType: .trial)).data.id)
            }
            let walk = try await walkPages { try await admin.listPoliciesByProduct(id: product.id, limit: 2, cursor: $0) }
            // Ids sort by creation time (to the millisecond), which is the order lists walk.
            #expect(walk.items.map(\.id) == created.sorted() && walk.pages == 3)

            try await admin.deletePolicy(id: created[2])
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getPolicy(id: created[2]) }
            await expectAPIError(.notFound, status: 404) { try await admin.deletePolicy(id: created[2]) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.updatePolicy(id: created[2], .init(maxActivations: 2)) }
            #expect(try await admin.listPoliciesByProduct(id: product.id).data.map(\.id) == created.sorted().filter { $0 != created[2] })
            let deleted = try #require(try await clients.events("policy.deleted").first)
            #expect(deleted.resourceID == created[2] && deleted.metadata["code"] == "p2")

            let missing = await expectAPIError(.notFound, status: 404) {
                _ = try await admin.createPolicy(id: "prod_missing", .init(name: "P", code: "p", licenseType: .trial))
            }
            #expect(missing?.detail == "prod_missing")
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listPoliciesByProduct(id: "prod_missing") }
            try await server.expectAuditChainIntact()
        }
    }
}
