import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CatalogCustomFieldsTests {
    @Test(arguments: TestBackend.available)
    func definitionLifecycleIsAudited(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let tier = try await admin.createProductCustomFieldDefinition(
                id: product.id,
                .init(resourceType: .customer, code: "tier", name: "Tier", valueType: .enum, isRequired: false,
                      enumOptions: ["gold", "silver"], metadata: ["ui": "select"])).data
            #expect(tier.id.hasPrefix("cfd_") && tier.productID == product.id && tier.resourceType == .customer)
            #expect(tier.code == "tier" && tier.name == "Tier" && tier.valueType == .enum && !tier.isRequired)
            #expect(tier.enumOptions == ["gold", "silver"] && tier.metadata == ["ui": "select"] && tier.createdAt == tier.updatedAt)
            #expect(try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: tier.id).data == tier)

            let seats = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "seats", name: "Seats", valueType: .integer)).data
            #expect(seats.enumOptions.isEmpty && !seats.isRequired && seats.metadata.isEmpty)
            let walk = try await walkPages { try await admin.listProductCustomFieldDefinitions(id: product.id, limit: 1, cursor: $0) }
            #expect(Set(walk.items) == [tier, seats] && walk.pages == 2)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listProductCustomFieldDefinitions(id: "prod_missing") }

            let updated = try await admin.updateProductCustomFieldDefinition(
                id: product.id, fieldID: tier.id, .init(code: "level", name: "Level", isRequired: true, enumOptions: ["gold", "silver", "bronze"])).data
            #expect(updated.code == "level" && updated.name == "Level" && updated.isRequired)
            #expect(updated.enumOptions == ["gold", "silver", "bronze"] && updated.metadata == ["ui": "select"])
            #expect(updated.valueType == .enum && updated.resourceType == .customer && updated.createdAt == tier.createdAt)
            let renamedOnly = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(name: "Tier level")).data
            #expect(renamedOnly.code == "level" && renamedOnly.isRequired && renamedOnly.enumOptions == updated.enumOptions)
            #expect(try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: tier.id).data == renamedOnly)

            try await admin.deleteProductCustomFieldDefinition(id: product.id, fieldID: seats.id)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: seats.id) }
            await expectAPIError(.notFound, status: 404) { try await admin.deleteProductCustomFieldDefinition(id: product.id, fieldID: seats.id) }

            let updates = try await clients.events("custom_field_definition.updated")
            #expect(updates.map { $0.metadata["changed"] } == [["name"], ["code", "enum_options", "is_required", "name"]])
            #expect(updates.map { $0.metadata["values"] } == [
                [:], ["code": "level", "is_required": true, "enum_options": ["gold", "silver", "bronze"]],
            ])
            let deleted = try #require(try await clients.events("custom_field_definition.deleted").first)
            #expect(deleted.resourceID == seats.id && deleted.metadata["code"] == "seats")
            #expect(try await clients.events("custom_field_definition.created").count == 2)
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func enumOptionsBelongToEnumFieldsOnly(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let refused: [(CustomFieldDefinitionCreateRequest, String)] = [
                (.init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum), "enum_options"),
                (.init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum, enumOptions: []), "enum_options"),
                (.init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum, enumOptions: ["a", "b", "a"]), "enum_options[2]"),
                (.init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum, enumOptions: ["a", " "]), "enum_options[1]"),
                (.init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum, enumOptions: [String(repeating: "a", count: 201)]),
                 "enum_options[0]"),
                (.init(resourceType: .license, code: "note", name: "Note", valueType: .string, enumOptions: ["a"]), "enum_options"),
                (.init(resourceType: .license, code: "Note", name: "Note", valueType: .string), "code"),
                (.init(resourceType: .license, code: "note", name: " ", valueType: .string), "name"),
                (.init(resourceType: .unrecognized("order"), code: "note", name: "Note", valueType: .string), "resource_type"),
                (.init(resourceType: .license, code: "note", name: "Note", valueType: .unrecognized("float")), "value_type"),
            ]
            for (request, field) in refused {
                let error = await expectAPIError(.validationFailed, status: 422) {
                    _ = try await admin.createProductCustomFieldDefinition(id: product.id, request)
                }
                #expect(error?.detail == field, "\(request)")
            }
            // An empty list is what non-enum fields report, so sending it is accepted.
            let note = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "note", name: "Note", valueType: .string, enumOptions: [])).data
            #expect(note.enumOptions.isEmpty)
            let onString = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: note.id, .init(enumOptions: ["x"]))
            }
            #expect(onString?.detail == "enum_options")
            let tier = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum, enumOptions: ["a"])).data
            let emptied = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(enumOptions: []))
            }
            #expect(emptied?.detail == "enum_options")

            // The resource and value types are fixed: the update request has no such fields.
            for body in [#"{"value_type":"integer"}"#, #"{"resource_type":"customer"}"#] {
                let response = try await clients.adminJSON(.patch, "/api/v1/products/\(product.id)/custom-fields/\(tier.id)", body)
                #expect(response.status == .badRequest && response.errorEnvelope?.error.code == "INVALID_JSON")
            }
            #expect(try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: tier.id).data == tier)
        }
    }

    @Test(arguments: TestBackend.available)
    func codesAreUniquePerProductAndResourceType(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let other = try await clients.makeProduct("other")
            func define(_ productID: String, _ resourceType: CustomFieldResourceType, _ code: String) async throws -> CustomFieldDefinition {
                try await admin.createProductCustomFieldDefinition(
                    id: productID, .init(resourceType: resourceType, code: code, name: code, valueType: .boolean)).data
            }
            _ = try await define(product.id, .license, "vip")
            _ = try await define(product.id, .customer, "vip")
            _ = try await define(other.id, .license, "vip")
            let flag = try await define(product.id, .license, "flag")

            let duplicate = await expectAPIError(.conflict, status: 409) { _ = try await define(product.id, .license, "vip") }
            #expect(duplicate?.detail == "code" && duplicate?.message.contains("'vip'") == true)
            let renamed = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: flag.id, .init(code: "vip"))
            }
            #expect(renamed?.detail == "code")
            // A definition is only found under its own product.
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getProductCustomFieldDefinition(id: other.id, fieldID: flag.id) }
            await expectAPIError(.notFound, status: 404) {
                _ = try await admin.updateProductCustomFieldDefinition(id: other.id, fieldID: flag.id, .init(name: "x"))
            }
            await expectAPIError(.notFound, status: 404) { try await admin.deleteProductCustomFieldDefinition(id: other.id, fieldID: flag.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await define("prod_missing", .license, "vip") }
        }
    }

    @Test(arguments: TestBackend.available)
    func storedValuesProtectTheirDefinition(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct()
            let tier = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .customer, code: "tier", name: "Tier", valueType: .enum, enumOptions: ["gold", "silver", "bronze"])).data
            let alice = try await admin.createCustomer(.init(name: "Alice", code: "alice")).data
            let bob = try await admin.createCustomer(.init(name: "Bob", code: "bob")).data
            _ = try await admin.upsertCustomerCustomFieldValue(id: alice.id, fieldID: tier.id, .init(enumValue: "gold"))
            let before = try await server.catalogCounts()

            let dropped = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(enumOptions: ["silver"]))
            }
            #expect(dropped?.detail == "enum_options" && dropped?.message.contains("'gold'") == true)
            let required = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(isRequired: true))
            }
            #expect(required?.detail == "is_required" && required?.message.contains("1 customer has no value") == true)
            let deleteField = await expectAPIError(.conflict, status: 409) {
                try await admin.deleteProductCustomFieldDefinition(id: product.id, fieldID: tier.id)
            }
            #expect(deleteField?.message.contains("stored values") == true)
            let deleteProduct = await expectAPIError(.conflict, status: 409) { try await admin.deleteProduct(id: product.id) }
            #expect(deleteProduct?.message.contains("custom field values") == true)
            #expect(try await server.catalogCounts() == before)

            // Unused options may go; once every customer has a value the field may become required.
            let trimmed = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(enumOptions: ["gold", "silver"])).data
            #expect(trimmed.enumOptions == ["gold", "silver"])
            _ = try await admin.upsertCustomerCustomFieldValue(id: bob.id, fieldID: tier.id, .init(enumValue: "silver"))
            let required2 = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(isRequired: true)).data
            #expect(required2.isRequired)
            _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: tier.id, .init(isRequired: false))

            for customer in [alice, bob] {
                _ = try await admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: tier.id, .init(clear: true))
            }
            try await admin.deleteProductCustomFieldDefinition(id: product.id, fieldID: tier.id)
            try await admin.deleteProduct(id: product.id)
            try await server.expectAuditChainIntact()
        }
    }
}
