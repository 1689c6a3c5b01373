import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CatalogFeaturesAndVersionsTests {
    @Test(arguments: TestBackend.available)
    func featuresAreCreatedReadAndListed(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let other = try await clients.makeProduct("other")
            let export = try await admin.createFeature(id: product.id, .init(name: "PDF export", code: "export.pdf", metadata: ["unit": "page"])).data
            #expect(export.id.hasPrefix("feat_") && export.productID == product.id && export.code == "export.pdf")
            #expect(export.name == "PDF export" && export.metadata == ["unit": "page"])
            #expect(try await admin.getFeature(id: export.id).data == export)
            let sync = try await admin.createFeature(id: product.id, .init(name: "Sync", code: "sync")).data
            _ = try await admin.createFeature(id: other.id, .init(name: "PDF export", code: "export.pdf"))

            let walk = try await walkPages { try await admin.listFeaturesByProduct(id: product.id, limit: 1, cursor: $0) }
            #expect(walk.items.map(\.id) == [export.id, sync.id].sorted() && walk.pages == 2)
            #expect(Set(walk.items) == [export, sync])
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listFeaturesByProduct(id: "prod_missing") }

            let duplicate = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.createFeature(id: product.id, .init(name: "Again", code: "export.pdf"))
            }
            #expect(duplicate?.detail == "code" && duplicate?.message.contains("'export.pdf'") == true)
            // Codes are lower-case identifiers, like every other code.
            for code in ["Export", "export:pdf", "export/pdf", "ex port"] {
                let error = await expectAPIError(.validationFailed, status: 422) {
                    _ = try await admin.createFeature(id: product.id, .init(name: "x", code: code))
                }
                #expect(error?.detail == "code", "\(code)")
            }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getFeature(id: "feat_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.createFeature(id: "prod_missing", .init(name: "x", code: "x")) }

            let event = try #require(try await clients.events("feature.created").last)
            #expect(event.resourceType == "feature" && event.resourceID == export.id && event.metadata["code"] == "export.pdf")
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func versionsAreSemanticVersionsUniquePerProduct(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let other = try await clients.makeProduct("other")

            let before = Date()
            let current = try await admin.createProductVersion(id: product.id, .init(version: "1.4.0")).data
            #expect(current.id.hasPrefix("ver_") && current.productID == product.id && current.version == "1.4.0")
            #expect(current.releasedAt >= before.addingTimeInterval(-0.001) && current.releasedAt <= Date())
            #expect(current.releasedAt == current.createdAt && current.createdAt == current.updatedAt && current.metadata.isEmpty)

            let releasedAt = try #require(RFC3339.date(from: "2024-03-01T09:30:00.123Z"))
            let old = try await admin.createProductVersion(
                id: product.id, .init(version: "1.0.0-rc.1+build.7", releasedAt: releasedAt, metadata: ["notes": "first"])).data
            #expect(old.releasedAt == releasedAt && old.metadata == ["notes": "first"])
            _ = try await admin.createProductVersion(id: other.id, .init(version: "1.4.0"))

            for version in ["0.0.0", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7", "1.0.0-x-y-z.--", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85"] {
                _ = try await admin.createProductVersion(id: product.id, .init(version: version))
            }
            for version in ["1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.3-", "1.2.3-01", "1.2.3+", "1.2.3-a..b", "1.2.3+a_b", "v1.2.3", "1.2.3 ", "1.2.3!"] {
                let error = await expectAPIError(.validationFailed, status: 422) {
                    _ = try await admin.createProductVersion(id: product.id, .init(version: version))
                }
                #expect(error?.detail == "version", "\(version)")
            }
            let duplicate = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.createProductVersion(id: product.id, .init(version: "1.4.0"))
            }
            #expect(duplicate?.detail == "version" && duplicate?.message.contains("'1.4.0'") == true)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.createProductVersion(id: "prod_missing", .init(version: "1.0.0")) }

            let walk = try await walkPages { try await admin.listProductVersions(id: product.id, limit: 4, cursor: $0) }
            #expect(walk.items.count == 10 && walk.pages == 3)
            #expect(walk.items.map(\.id) == walk.items.map(\.id).sorted() && Set(walk.items.map(\.id)).count == 10)
            #expect(walk.items.contains(current) && walk.items.contains(old))
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listProductVersions(id: "prod_missing") }

            let event = try #require(try await clients.events("product_version.created").last)
            #expect(event.resourceType == "product_version" && event.resourceID == current.id)
            #expect(event.metadata["version"] == "1.4.0" && event.metadata["product_id"] == .string(product.id))
            try await server.expectAuditChainIntact()
        }
    }
}
