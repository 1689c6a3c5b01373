import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CatalogProductsTests {
    @Test(arguments: TestBackend.available)
    func productLifecycleIsAudited(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.admin.createProduct(.init(name: "  Desktop App  ", code: "desktop-app")).data
            #expect(created.id.hasPrefix("prod_") && created.id.count == 31)
            #expect(created.name == "Desktop App" && created.code == "desktop-app" && created.metadata.isEmpty)
            #expect(created.createdAt == created.updatedAt)
            #expect(try await clients.admin.getProduct(id: created.id).data == created)

            // Only the fields present change; metadata is replaced as a whole.
            let renamed = try await clients.admin.updateProduct(id: created.id, .init(name: "Desktop App Pro")).data
            #expect(renamed.name == "Desktop App Pro" && renamed.code == "desktop-app" && renamed.metadata.isEmpty)
            #expect(renamed.createdAt == created.createdAt && renamed.updatedAt >= created.updatedAt)
            let tagged = try await clients.admin.updateProduct(id: created.id, .init(metadata: ["tier": "pro", "seats": 5])).data
            #expect(tagged.metadata == ["tier": "pro", "seats": 5] && tagged.name == "Desktop App Pro")
            let recoded = try await clients.admin.updateProduct(id: created.id, .init(code: "desktop")).data
            #expect(recoded.code == "desktop" && recoded.metadata == ["tier": "pro", "seats": 5])
            #expect(try await clients.admin.getProduct(id: created.id).data == recoded)

            try await clients.admin.deleteProduct(id: created.id)
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getProduct(id: created.id) }
            await expectAPIError(.notFound, status: 404) { try await clients.admin.deleteProduct(id: created.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.updateProduct(id: created.id, .init(name: "x")) }

            let createdEvent = try #require(try await clients.events("product.created").first)
            #expect(createdEvent.resourceType == "product" && createdEvent.resourceID == created.id)
            #expect(createdEvent.actorType == .apiKey && createdEvent.metadata["code"] == "desktop-app")
            let updates = try await clients.events("product.updated")
            #expect(updates.count == 3)
            // Field names always; values only of non-personal fields (the code, never the name or metadata).
            #expect(updates.map { $0.metadata["changed"] } == [["code"], ["metadata"], ["name"]])
            #expect(updates.map { $0.metadata["values"] } == [["code": "desktop"], [:], [:]])
            let deleted = try #require(try await clients.events("product.deleted").first)
            #expect(deleted.resourceID == created.id && deleted.metadata["code"] == "desktop")
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func productCodesAreIdentifiersUniqueAcrossProducts(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let first = try await clients.makeProduct("acme.suite_v2-x")
            let second = try await clients.makeProduct("other")

            let taken = await expectAPIError(.conflict, status: 409) { _ = try await clients.makeProduct("acme.suite_v2-x") }
            #expect(taken?.detail == "code" && taken?.message.contains("'acme.suite_v2-x'") == true)
            let takenByUpdate = await expectAPIError(.conflict, status: 409) {
                _ = try await clients.admin.updateProduct(id: second.id, .init(code: first.code))
            }
            #expect(takenByUpdate?.detail == "code" && takenByUpdate?.message.contains("'acme.suite_v2-x'") == true)
            // Keeping one's own code is no conflict.
            _ = try await clients.admin.updateProduct(id: first.id, .init(code: first.code))

            for code in ["Acme", "acme suite", "acme/suite", "é", String(repeating: "a", count: 65), ""] {
                let error = await expectAPIError(.validationFailed, status: 422) { _ = try await clients.makeProduct(code) }
                #expect(error?.detail == "code", "\(code)")
            }
            let blank = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.createProduct(.init(name: "   ", code: "blank"))
            }
            #expect(blank?.detail == "name")
            #expect(Set(try await clients.admin.listProducts().data.map(\.code)) == ["acme.suite_v2-x", "other"])
        }
    }

    @Test(arguments: TestBackend.available)
    func listsWalkEveryProductAcrossPages(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it creates hundreds of products as fast as it can to page through them")
        try await server.run { clients in
            let admin = clients.admin
            let created = try await withThrowingTaskGroup(of: [String].self) { group in
                for worker in 0..<5 {
                    group.addTask {
                        var ids: [String] = []
                        for index in stride(from: worker, to: 205, by: 5) {
                            ids.append(try await admin.createProduct(.init(name: "Product \(index)", code: "product-\(index)")).data.id)
                        }
                        return ids
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(created.count == 205)

            let first = try await admin.listProducts()
            #expect(first.data.count == 50 && first.pageInfo.nextCursor == first.data.last?.id)
            let largest = try await admin.listProducts(limit: 200)
            #expect(largest.data.count == 200 && largest.pageInfo.nextCursor != nil)

            for limit in [200, 37] {
                let walk = try await walkPages { try await admin.listProducts(limit: limit, cursor: $0) }
                #expect(walk.items.map(\.id) == created.sorted(), "ids in creation order, each once")
                #expect(walk.pages == (205 + limit - 1) / limit)
            }
            let rejected = await expectAPIError(.invalidQuery, status: 400) { _ = try await admin.listProducts(limit: 201) }
            #expect(rejected?.detail == "limit")
        }
    }

    @Test(arguments: TestBackend.available)
    func deletingAProductRemovesItsCatalog(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let eventsBefore = try #require(try await server.catalogCounts()["audit_events"])
            let product = try await clients.makeProduct("doomed")
            let kept = try await clients.makeProduct("kept")
            let policy = try await admin.createPolicy(id: product.id, .init(name: "Standard", code: "standard", licenseType: .perpetual)).data
            let feature = try await admin.createFeature(id: product.id, .init(name: "Export", code: "export")).data
            _ = try await admin.createProductVersion(id: product.id, .init(version: "1.0.0"))
            let field = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "seat-id", name: "Seat", valueType: .string)).data
            let keptPolicy = try await admin.createPolicy(id: kept.id, .init(name: "Standard", code: "standard", licenseType: .trial)).data

            try await admin.deleteProduct(id: product.id)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getPolicy(id: policy.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getFeature(id: feature.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: field.id) }
            // Every child list of the deleted product is 404, as for a product that never existed.
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listPoliciesByProduct(id: product.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listFeaturesByProduct(id: product.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listProductVersions(id: product.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listProductCustomFieldDefinitions(id: product.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listProductOrders(id: product.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listProductSubscriptions(id: product.id) }
            #expect(try await admin.listPoliciesByProduct(id: kept.id).data == [keptPolicy])
            #expect(try await admin.getPolicy(id: keptPolicy.id).data == keptPolicy)

            let deleted = try #require(try await clients.events("product.deleted").first)
            #expect(deleted.metadata["removed"] == ["policies": 1, "features": 1, "versions": 1, "custom_field_definitions": 1])
            let counts = try await server.catalogCounts()
            #expect(counts["products"] == 1 && counts["policies"] == 1 && counts["features"] == 0)
            #expect(counts["product_versions"] == 0 && counts["custom_field_definitions"] == 0)
            // One event per mutation: 2 products, 2 policies, a feature, a version, a field and the delete.
            #expect(counts["audit_events"] == eventsBefore + 8)
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func aProductOthersStillReferToIsKept(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct("sold")
            let policy = try await admin.createPolicy(id: product.id, .init(name: "Standard", code: "standard", licenseType: .perpetual)).data
            let order = try await admin.createOrder(id: product.id, .init(externalSystem: "shop", externalID: "o-1", status: .paid)).data
            let before = try await server.catalogCounts()

            let refused = await expectAPIError(.conflict, status: 409) { try await admin.deleteProduct(id: product.id) }
            #expect(refused?.message.contains("1 order") == true && refused?.detail == nil)
            #expect(try await server.catalogCounts() == before)
            #expect(try await admin.getPolicy(id: policy.id).data == policy)
            #expect(try await admin.getOrder(id: order.id).data.productID == product.id)
            try await server.expectAuditChainIntact()
        }
    }
}
