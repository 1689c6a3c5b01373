import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CommerceOrdersTests {
    @Test(arguments: TestBackend.available)
    func ordersRecordTheirLinksAndPeriods(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let subscription = try await clients.admin.createSubscription(id: product, .init(
                externalSystem: "stripe", externalID: "sub_1", status: .active,
                currentPeriodStart: instant("2026-01-01T00:00:00Z"), currentPeriodEnd: instant("2026-02-01T00:00:00Z"))).data

            let order = try await clients.admin.createOrder(id: product, .init(
                customerID: customer.id, subscriptionID: subscription.id, externalSystem: "stripe", externalID: "in_1", status: .paid,
                periodStart: instant("2026-01-01T00:00:00Z"), periodEnd: instant("2026-02-01T00:00:00.5Z"), metadata: ["invoice": 1])).data
            #expect(order.id.hasPrefix("ord_") && order.productID == product)
            #expect(order.customerID == customer.id && order.subscriptionID == subscription.id)
            #expect(order.externalSystem == "stripe" && order.externalID == "in_1" && order.status == .paid)
            #expect(order.periodStart == instant("2026-01-01T00:00:00Z") && order.periodEnd == instant("2026-02-01T00:00:00.500Z"))
            #expect(order.metadata == ["invoice": 1] && order.createdAt == order.updatedAt)
            #expect(try await clients.admin.getOrder(id: order.id).data == order)

            let bare = try await clients.admin.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_2", status: .pending)).data
            #expect(bare.customerID == nil && bare.subscriptionID == nil && bare.periodStart == nil && bare.metadata.isEmpty)
            // An empty link is no link.
            let unlinked = try await clients.admin.createOrder(id: product, .init(customerID: "", externalSystem: "paddle", externalID: "in_2", status: .paid)).data
            #expect(unlinked.customerID == nil)

            // PATCH changes what it sends: null and "" unlink, null clears the period (both ends together).
            try await Task.sleep(for: .milliseconds(5))
            let refunded = try await clients.admin.updateOrder(id: order.id, .init(
                customerID: .null, subscriptionID: .value(""), status: .refunded, periodStart: .null, periodEnd: .null)).data
            #expect(refunded.customerID == nil && refunded.subscriptionID == nil && refunded.status == .refunded)
            #expect(refunded.periodStart == nil && refunded.periodEnd == nil && refunded.metadata == ["invoice": 1])
            #expect(refunded.externalID == "in_1" && refunded.createdAt == order.createdAt && refunded.updatedAt > order.updatedAt)
            let relinked = try await clients.admin.updateOrder(id: order.id, .init(
                customerID: .value(customer.id), subscriptionID: .value(subscription.id), externalID: "in_1b", metadata: [:])).data
            #expect(relinked.customerID == customer.id && relinked.subscriptionID == subscription.id && relinked.externalID == "in_1b")
            #expect(relinked.status == .refunded && relinked.metadata.isEmpty)
            #expect(try await clients.admin.getOrder(id: order.id).data == relinked)

            let listed = try await clients.admin.listProductOrders(id: product).data
            #expect(listed.map(\.id) == [order.id, bare.id, unlinked.id].sorted())
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.listProductOrders(id: "prod_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getOrder(id: "ord_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.updateOrder(id: "ord_missing", .init(status: .paid)) }

            let created = try await clients.events("order.created")
            #expect(created.map(\.resourceID) == [unlinked.id, bare.id, order.id])
            #expect(created[2].metadata["product_id"] == .string(product) && created[2].metadata["status"] == "paid")
            #expect(created[2].metadata["external_system"] == "stripe" && created[2].metadata["external_id"] == "in_1")
            #expect(created[2].metadata["metadata"] == nil)
            let updated = try await clients.events("order.updated")
            #expect(updated.map { $0.metadata["changed"] } == [
                ["customer_id", "external_id", "metadata", "subscription_id"],
                ["customer_id", "period_end", "period_start", "status", "subscription_id"],
            ])
            #expect(updated.allSatisfy { $0.resourceType == "order" && $0.resourceID == order.id && $0.metadata["product_id"] == .string(product) })
            #expect(updated[1].metadata["values"]?.objectValue?["status"] == "refunded")
            #expect(updated[0].metadata["values"]?.objectValue?["metadata"] == nil)
            #expect(try await AuditLog.verify(server.services.database) == .intact(count: Int64(try await CommerceCounts.read(server).auditEvents)))
        }
    }

    @Test(arguments: TestBackend.available)
    func linksMustNameRecordsThatFit(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product("app")
            let other = try await clients.product("other")
            let foreign = try await clients.admin.createSubscription(id: other, .init(
                externalSystem: "stripe", externalID: "sub_9", status: .active,
                currentPeriodStart: instant("2026-01-01T00:00:00Z"), currentPeriodEnd: instant("2026-02-01T00:00:00Z"))).data
            let order = try await clients.admin.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_1", status: .paid)).data
            let before = try await CommerceCounts.read(server)

            let creates: [(String, OrderCreateRequest, ErrorCode, Int, String)] = [
                (product, .init(customerID: "cus_missing", externalSystem: "stripe", externalID: "in_2", status: .paid), .validationFailed, 422, "customer_id"),
                (product, .init(subscriptionID: "sub_missing", externalSystem: "stripe", externalID: "in_2", status: .paid), .validationFailed, 422, "subscription_id"),
                (product, .init(subscriptionID: foreign.id, externalSystem: "stripe", externalID: "in_2", status: .paid), .validationFailed, 422, "subscription_id"),
                ("prod_missing", .init(externalSystem: "stripe", externalID: "in_2", status: .paid), .notFound, 404, "prod_missing"),
                (product, .init(externalSystem: "stripe", externalID: "in_1", status: .paid), .conflict, 409, "external_id"),
            ]
            for (productID, body, code, status, detail) in creates {
                let error = await expectAPIError(code, status: status) { _ = try await clients.admin.createOrder(id: productID, body) }
                #expect(error?.detail == detail, "\(body)")
            }
            let updates: [(OrderUpdateRequest, String)] = [
                (.init(customerID: .value("cus_missing")), "customer_id"),
                (.init(subscriptionID: .value(foreign.id)), "subscription_id"),
                (.init(periodStart: .value(instant("2026-01-01T00:00:00Z"))), "period_end"),
            ]
            for (body, detail) in updates {
                let error = await expectAPIError(.validationFailed, status: 422) { _ = try await clients.admin.updateOrder(id: order.id, body) }
                #expect(error?.detail == detail, "\(body)")
            }
            #expect(try await CommerceCounts.read(server) == before)
            #expect(try await clients.admin.getOrder(id: order.id).data == order)

            // The same external reference may be recorded in another system or for another product.
            _ = try await clients.admin.createOrder(id: product, .init(externalSystem: "paddle", externalID: "in_1", status: .paid))
            _ = try await clients.admin.createOrder(id: other, .init(externalSystem: "stripe", externalID: "in_1", status: .paid))
            let second = try await clients.admin.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_2", status: .paid)).data
            let taken = await expectAPIError(.conflict, status: 409) {
                _ = try await clients.admin.updateOrder(id: second.id, .init(externalSystem: "stripe", externalID: "in_1"))
            }
            #expect(taken?.detail == "external_id" && taken?.message.contains("external_id 'in_1' of external_system 'stripe'") == true)
            let renamed = await expectAPIError(.conflict, status: 409) {
                _ = try await clients.admin.updateOrder(id: second.id, .init(externalID: "in_1"))
            }
            #expect(renamed?.detail == "external_id")

            // A product with orders cannot be deleted.
            await expectAPIError(.conflict, status: 409) { try await clients.admin.deleteProduct(id: other) }
        }
    }

    @Test(arguments: TestBackend.available)
    func listsWalkAProductsOrders(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product("app")
            let other = try await clients.product("other")
            var ids: [String] = []
            for index in 0..<7 {
                ids.append(try await clients.admin.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_\(index)", status: .paid)).data.id)
                _ = try await clients.admin.createOrder(id: other, .init(externalSystem: "stripe", externalID: "in_\(index)", status: .paid))
            }
            let walked = try await walkPages { try await clients.admin.listProductOrders(id: product, limit: 3, cursor: $0) }
            #expect(walked.items.map(\.id) == ids.sorted() && walked.pages == 3)
        }
    }

    @Test(arguments: TestBackend.available)
    func readersCannotRecordOrders(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let order = try await clients.admin.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_1", status: .paid)).data
            let reader = clients.management(try await clients.token(scopes: [.productRead]))
            let writer = clients.management(try await clients.token(scopes: [.productWrite]))
            #expect(try await reader.getOrder(id: order.id).data == order)
            #expect(try await reader.listProductOrders(id: product).data == [order])
            let before = try await CommerceCounts.read(server)

            let denied = await expectAPIError(.tokenScopeDenied, status: 403) {
                _ = try await reader.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_2", status: .paid))
            }
            #expect(denied?.detail == "required scopes: product:write")
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.updateOrder(id: order.id, .init(status: .refunded)) }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await writer.getOrder(id: order.id) }
            #expect(try await CommerceCounts.read(server) == before)

            let recorded = try await writer.createOrder(id: product, .init(externalSystem: "stripe", externalID: "in_2", status: .paid)).data
            #expect(try await writer.updateOrder(id: recorded.id, .init(status: .fulfilled)).data.status == .fulfilled)
        }
    }
}
