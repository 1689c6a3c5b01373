import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct LicenseFeaturesTests {
    @Test(arguments: TestBackend.available)
    func featuresOfTheProductAreAssignedWithQuotasAndExpiries(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let license = try await fixture.issue(clients).license
            let export = try await admin.createFeature(id: fixture.product.id, .init(name: "Export", code: "export")).data
            let sync = try await admin.createFeature(id: fixture.product.id, .init(name: "Sync", code: "sync")).data
            let until = Date().addingTimeInterval(86_400 * 90).wholeMillisecondsForTests
            let metered = try await admin.assignLicenseFeature(id: license.id, .init(featureID: export.id, maxConsumptions: 100, expiresAt: until)).data
            #expect(metered.featureCode == "export" && metered.featureName == "Export" && metered.enabled && metered.maxConsumptions == 100)
            #expect(metered.totalConsumptions == 0 && metered.remaining == 100 && metered.expiresAt == until)
            let unlimited = try await admin.assignLicenseFeature(id: license.id, .init(featureID: sync.id, enabled: false)).data
            #expect(unlimited.maxConsumptions == nil && unlimited.remaining == nil && !unlimited.enabled)
            #expect(try await admin.listLicenseFeatures(id: license.id).data.map(\.featureID) == [export.id, sync.id].sorted())
            #expect(try await admin.getLicense(id: license.id).data.entitlementVersion == 3)

            let twice = await expectAPIError(.conflict, status: 409) { _ = try await admin.assignLicenseFeature(id: license.id, .init(featureID: export.id)) }
            #expect(twice?.detail == "feature_id")
            let unknown = await expectAPIError(.notFound, status: 404) { _ = try await admin.assignLicenseFeature(id: license.id, .init(featureID: "feat_missing")) }
            #expect(unknown?.detail == "feature_id")
            let other = try await admin.createProduct(.init(name: "Other", code: "other")).data
            let foreign = try await admin.createFeature(id: other.id, .init(name: "Foreign", code: "foreign")).data
            let wrongProduct = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.assignLicenseFeature(id: license.id, .init(featureID: foreign.id))
            }
            #expect(wrongProduct?.detail == "feature_id")

            try await admin.removeLicenseFeature(id: license.id, featureID: sync.id)
            await expectAPIError(.notFound, status: 404) { try await admin.removeLicenseFeature(id: license.id, featureID: sync.id) }
            #expect(try await admin.listLicenseFeatures(id: license.id).data.map(\.featureID) == [export.id])
            let rows = try await clients.activities(license: license.id)
            #expect(rows.prefix(3).map(\.action) == ["license.feature.remove", "license.feature.assign", "license.feature.assign"])
            #expect(rows.prefix(3).map(\.featureCode) == ["sync", "sync", "export"])
        }
    }

    @Test(arguments: TestBackend.available)
    func usageIsToppedUpResetOrOverridden(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let license = try await fixture.issue(clients).license
            let export = try await admin.createFeature(id: fixture.product.id, .init(name: "Export", code: "export")).data
            let free = try await admin.createFeature(id: fixture.product.id, .init(name: "Free", code: "free")).data
            _ = try await admin.assignLicenseFeature(id: license.id, .init(featureID: export.id, maxConsumptions: 10))
            _ = try await admin.assignLicenseFeature(id: license.id, .init(featureID: free.id))

            let used = try await admin.resetLicenseUsage(id: license.id, .init(featureCode: "export", totalConsumptions: 7)).data
            #expect(used.totalConsumptions == 7 && used.remaining == 3)
            #expect(try await admin.getLicense(id: license.id).data.totalConsumptions == 7)
            let topped = try await admin.resetLicenseUsage(id: license.id, .init(featureID: export.id, addCredits: 5)).data
            #expect(topped.maxConsumptions == 15 && topped.remaining == 8)
            let reset = try await admin.resetLicenseUsage(id: license.id, .init(featureID: export.id, resetConsumed: true)).data
            #expect(reset.totalConsumptions == 0 && reset.remaining == 15)
            #expect(try await admin.getLicense(id: license.id).data.totalConsumptions == 0)

            let row = try #require(try await clients.activities(license: license.id).first)
            #expect(row.action == "license.usage.reset" && row.featureCode == "export" && row.amount == 0)
            #expect(row.metadata["consumed_before"] == 7 && row.metadata["consumed_after"] == 0 && row.metadata["quota_after"] == 15)

            let before = try await LicensingCounts.read(server)
            let cases: [(LicenseFeatureUsageResetRequest, ErrorCode, Int, String)] = [
                (.init(addCredits: 1), .validationFailed, 422, "feature_id"),
                (.init(featureID: export.id, featureCode: "export", addCredits: 1), .validationFailed, 422, "feature_id"),
                (.init(featureID: export.id), .validationFailed, 422, "reset_consumed"),
                (.init(featureID: export.id, addCredits: 1, maxConsumptions: 3), .validationFailed, 422, "add_credits"),
                (.init(featureID: export.id, totalConsumptions: 1, resetConsumed: true), .validationFailed, 422, "total_consumptions"),
                (.init(featureID: export.id, totalConsumptions: 1, resetConsumed: false), .validationFailed, 422, "total_consumptions"),
                (.init(featureID: free.id, addCredits: 1), .conflict, 409, "add_credits"),
                (.init(featureCode: "missing", resetConsumed: true), .notFound, 404, "feature_code"),
            ]
            for (request, code, status, field) in cases {
                let error = await expectAPIError(code, status: status) { _ = try await admin.resetLicenseUsage(id: license.id, request) }
                #expect(error?.detail == field, "\(request)")
            }
            #expect(try await LicensingCounts.read(server) == before)
        }
    }
}
