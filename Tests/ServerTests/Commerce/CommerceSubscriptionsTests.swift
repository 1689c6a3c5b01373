import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CommerceSubscriptionsTests {
    private static let january = (start: instant("2026-01-01T00:00:00Z"), end: instant("2026-02-01T00:00:00Z"))

    @Test(arguments: TestBackend.available)
    func subscriptionsAreRecordedAndFollowTheirStatus(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let january = Self.january
            let subscription = try await clients.admin.createSubscription(id: product, .init(
                customerID: customer.id, externalSystem: "stripe", externalID: "sub_1", status: .trialing,
                currentPeriodStart: january.start, currentPeriodEnd: january.end, metadata: ["seats": 5])).data
            #expect(subscription.id.hasPrefix("sub_") && subscription.productID == product && subscription.customerID == customer.id)
            #expect(subscription.status == .trialing && !subscription.cancelAtPeriodEnd && subscription.canceledAt == nil)
            #expect(subscription.currentPeriodStart == january.start && subscription.currentPeriodEnd == january.end)
            #expect(subscription.metadata == ["seats": 5] && subscription.createdAt == subscription.updatedAt)
            #expect(try await clients.admin.getSubscription(id: subscription.id).data == subscription)

            // Renewal moves the period; cancellation needs the canceled status, and reactivation clears it.
            try await Task.sleep(for: .milliseconds(5))
            let renewed = try await clients.admin.updateSubscription(id: subscription.id, .init(
                status: .active, currentPeriodStart: january.end, currentPeriodEnd: instant("2026-03-01T00:00:00Z"), cancelAtPeriodEnd: true)).data
            #expect(renewed.status == .active && renewed.cancelAtPeriodEnd && renewed.currentPeriodStart == january.end)
            #expect(renewed.customerID == customer.id && renewed.metadata == ["seats": 5] && renewed.updatedAt > subscription.updatedAt)
            let canceled = try await clients.admin.updateSubscription(id: subscription.id, .init(
                status: .canceled, canceledAt: .value(instant("2026-02-15T08:00:00Z")))).data
            #expect(canceled.status == .canceled && canceled.canceledAt == instant("2026-02-15T08:00:00Z"))
            let reactivating = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.updateSubscription(id: subscription.id, .init(status: .active))
            }
            #expect(reactivating?.detail == "canceled_at")
            let reactivated = try await clients.admin.updateSubscription(id: subscription.id, .init(
                customerID: .null, status: .active, canceledAt: .null)).data
            #expect(reactivated.status == .active && reactivated.canceledAt == nil && reactivated.customerID == nil)
            #expect(try await clients.admin.getSubscription(id: subscription.id).data == reactivated)

            let shortened = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.updateSubscription(id: subscription.id, .init(currentPeriodEnd: instant("2026-01-15T00:00:00Z")))
            }
            #expect(shortened?.detail == "current_period_end")

            let second = try await clients.admin.createSubscription(id: product, .init(
                externalSystem: "stripe", externalID: "sub_2", status: .canceled, currentPeriodStart: january.start,
                currentPeriodEnd: january.end, cancelAtPeriodEnd: true, canceledAt: january.end)).data
            #expect(second.canceledAt == january.end && second.customerID == nil)
            #expect(try await clients.admin.listProductSubscriptions(id: product).data.map(\.id) == [subscription.id, second.id].sorted())
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.listProductSubscriptions(id: "prod_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getSubscription(id: "sub_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.updateSubscription(id: "sub_missing", .init(status: .paused)) }

            #expect(try await clients.events("subscription.created").map(\.resourceID) == [second.id, subscription.id])
            let updates = try await clients.events("subscription.updated")
            #expect(updates.map { $0.metadata["values"]?.objectValue?["status"] } == ["active", "canceled", "active"])
            #expect(updates[0].metadata["changed"] == ["canceled_at", "customer_id", "status"])
            #expect(updates.allSatisfy { $0.metadata["product_id"] == .string(product) })
            #expect(try await AuditLog.verify(server.services.database) == .intact(count: Int64(try await CommerceCounts.read(server).auditEvents)))
        }
    }

    @Test(arguments: TestBackend.available)
    func subscriptionRulesAreCheckedOnCreate(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let january = Self.january
            _ = try await clients.admin.createSubscription(id: product, .init(
                externalSystem: "stripe", externalID: "sub_1", status: .active, currentPeriodStart: january.start, currentPeriodEnd: january.end))
            let before = try await CommerceCounts.read(server)
            let cases: [(String, SubscriptionCreateRequest, ErrorCode, Int, String)] = [
                (product, .init(externalSystem: "stripe", externalID: "sub_1", status: .active, currentPeriodStart: january.start,
                                currentPeriodEnd: january.end), .conflict, 409, "external_id"),
                (product, .init(externalSystem: "stripe", externalID: "sub_2", status: .active, currentPeriodStart: january.end,
                                currentPeriodEnd: january.start), .validationFailed, 422, "current_period_end"),
                (product, .init(externalSystem: "stripe", externalID: "sub_2", status: .active, currentPeriodStart: january.start,
                                currentPeriodEnd: january.start), .validationFailed, 422, "current_period_end"),
                (product, .init(externalSystem: "stripe", externalID: "sub_2", status: .active, currentPeriodStart: january.start,
                                currentPeriodEnd: january.end, canceledAt: january.end), .validationFailed, 422, "canceled_at"),
                (product, .init(customerID: "cus_missing", externalSystem: "stripe", externalID: "sub_2", status: .active,
                                currentPeriodStart: january.start, currentPeriodEnd: january.end), .validationFailed, 422, "customer_id"),
                (product, .init(externalSystem: "  ", externalID: "sub_2", status: .active, currentPeriodStart: january.start,
                                currentPeriodEnd: january.end), .validationFailed, 422, "external_system"),
                ("prod_missing", .init(externalSystem: "stripe", externalID: "sub_2", status: .active, currentPeriodStart: january.start,
                                       currentPeriodEnd: january.end), .notFound, 404, "prod_missing"),
            ]
            for (productID, body, code, status, detail) in cases {
                let error = await expectAPIError(code, status: status) { _ = try await clients.admin.createSubscription(id: productID, body) }
                #expect(error?.detail == detail, "\(body)")
            }
            #expect(try await CommerceCounts.read(server) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func readersCannotRecordSubscriptions(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let january = Self.january
            let request = SubscriptionCreateRequest(
                externalSystem: "stripe", externalID: "sub_1", status: .active, currentPeriodStart: january.start, currentPeriodEnd: january.end)
            let reader = clients.management(try await clients.token(scopes: [.productRead]))
            let before = try await CommerceCounts.read(server)
            let denied = await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.createSubscription(id: product, request) }
            #expect(denied?.detail == "required scopes: product:write")
            #expect(try await CommerceCounts.read(server) == before)

            let recorded = try await clients.management(try await clients.token(scopes: [.productWrite])).createSubscription(id: product, request).data
            #expect(try await reader.getSubscription(id: recorded.id).data == recorded)
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.updateSubscription(id: recorded.id, .init(status: .paused)) }
        }
    }
}
