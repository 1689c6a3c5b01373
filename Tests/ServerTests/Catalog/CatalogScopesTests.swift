import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CatalogScopesTests {
    @Test(arguments: TestBackend.available)
    func narrowKeysOnlyDoWhatTheirScopesAllow(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let reader = clients.management(try await clients.token(scopes: [.productRead]))
            let writer = clients.management(try await clients.token(scopes: [.productWrite]))
            let unrelated = clients.management(try await clients.token(scopes: [.licenseRead, .licenseWrite, .eventRead]))

            // product:write creates and changes the catalog, and its key is the audit actor.
            let product = try await writer.createProduct(.init(name: "App", code: "app")).data
            let policy = try await writer.createPolicy(id: product.id, .init(name: "Std", code: "std", licenseType: .perpetual)).data
            let feature = try await writer.createFeature(id: product.id, .init(name: "Sync", code: "sync")).data
            _ = try await writer.createProductVersion(id: product.id, .init(version: "1.0.0"))
            let field = try await writer.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "seat", name: "Seat", valueType: .string)).data
            _ = try await writer.updatePolicy(id: policy.id, .init(maxActivations: 3))
            let event = try #require(try await clients.events("product.created").first)
            let writerKey = try #require(try await clients.admin.listAPIKeys().data.first { $0.scopes == [.productWrite] })
            #expect(event.actorType == .apiKey && event.actorID == writerKey.id)

            // product:read reads everything but changes nothing.
            #expect(try await reader.getProduct(id: product.id).data == product)
            #expect(try await reader.listProducts().data == [product])
            #expect(try await reader.listPoliciesByProduct(id: product.id).data.count == 1)
            #expect(try await reader.getFeature(id: feature.id).data == feature)
            #expect(try await reader.listProductVersions(id: product.id).data.count == 1)
            #expect(try await reader.getProductCustomFieldDefinition(id: product.id, fieldID: field.id).data == field)
            let before = try await server.catalogCounts()
            let writes: [(String, @Sendable () async throws -> Void)] = [
                ("createProduct", { _ = try await reader.createProduct(.init(name: "B", code: "b")) }),
                ("updateProduct", { _ = try await reader.updateProduct(id: product.id, .init(name: "B")) }),
                ("deleteProduct", { try await reader.deleteProduct(id: product.id) }),
                ("createPolicy", { _ = try await reader.createPolicy(id: product.id, .init(name: "P", code: "p", licenseType: .trial)) }),
                ("deletePolicy", { try await reader.deletePolicy(id: policy.id) }),
                ("createFeature", { _ = try await reader.createFeature(id: product.id, .init(name: "F", code: "f")) }),
                ("createProductVersion", { _ = try await reader.createProductVersion(id: product.id, .init(version: "2.0.0")) }),
                ("deleteField", { try await reader.deleteProductCustomFieldDefinition(id: product.id, fieldID: field.id) }),
            ]
            for (name, write) in writes {
                let denied = await expectAPIError(.tokenScopeDenied, status: 403) { try await write() }
                #expect(denied?.detail == "required scopes: product:write", "\(name)")
            }
            #expect(try await server.catalogCounts() == before)

            // Writing does not imply reading, and other areas' scopes reach neither.
            let writerReads = await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await writer.getProduct(id: product.id) }
            #expect(writerReads?.detail == "required scopes: product:read")
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await unrelated.listProducts() }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await unrelated.createProduct(.init(name: "C", code: "c")) }
        }
    }
}
