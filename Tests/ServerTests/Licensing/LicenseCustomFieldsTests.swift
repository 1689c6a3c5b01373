import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct LicenseCustomFieldsTests {
    @Test(arguments: TestBackend.available)
    func licensesCarryTheirProductsFields(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let license = try await fixture.issue(clients).license
            let seats = try await admin.createProductCustomFieldDefinition(
                id: fixture.product.id, .init(resourceType: .license, code: "seats", name: "Seats", valueType: .integer)).data
            let value = try #require(try await admin.upsertLicenseCustomFieldValue(id: license.id, fieldID: seats.id, .init(integerValue: 25))?.data)
            #expect(value.integerValue == 25 && value.resourceID == license.id && value.resourceType == .license)
            #expect(try await admin.listLicenseCustomFieldValues(id: license.id).data == [value])
            #expect(try await clients.activities(license: license.id).first?.action == "license.custom_field.set")
            #expect(try await clients.events("license.custom_field.set").first?.metadata["code"] == "seats")

            // Becoming required is refused while another license of the product has no value.
            let bare = try await fixture.issue(clients).license
            let blocked = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.updateProductCustomFieldDefinition(id: fixture.product.id, fieldID: seats.id, .init(isRequired: true))
            }
            #expect(blocked?.message.contains("1 license has no value") == true)
            _ = try await admin.upsertLicenseCustomFieldValue(id: bare.id, fieldID: seats.id, .init(integerValue: 1))
            _ = try await admin.updateProductCustomFieldDefinition(id: fixture.product.id, fieldID: seats.id, .init(isRequired: true))
            await expectAPIError(.conflict, status: 409) { _ = try await admin.upsertLicenseCustomFieldValue(id: license.id, fieldID: seats.id, .init(clear: true)) }

            // Customer fields, and another product's license fields, do not fit a license.
            let tier = try await admin.createProductCustomFieldDefinition(
                id: fixture.product.id, .init(resourceType: .customer, code: "tier", name: "Tier", valueType: .string)).data
            let customerField = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.upsertLicenseCustomFieldValue(id: license.id, fieldID: tier.id, .init(stringValue: "gold"))
            }
            #expect(customerField?.detail == "field_id")
            let other = try await admin.createProduct(.init(name: "Other", code: "other")).data
            let foreign = try await admin.createProductCustomFieldDefinition(
                id: other.id, .init(resourceType: .license, code: "seats", name: "Seats", valueType: .integer)).data
            let wrongProduct = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.upsertLicenseCustomFieldValue(id: license.id, fieldID: foreign.id, .init(integerValue: 1))
            }
            #expect(wrongProduct?.detail == "field_id")
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listLicenseCustomFieldValues(id: "lic_missing") }
        }
    }
}
