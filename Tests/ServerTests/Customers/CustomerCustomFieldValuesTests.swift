import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CustomerCustomFieldValuesTests {
    @Test(arguments: TestBackend.available)
    func valuesTakeTheTypeOfTheirDefinition(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let region = try await clients.customField(on: product, "region", .string)
            let seats = try await clients.customField(on: product, "seats", .integer)
            let vip = try await clients.customField(on: product, "vip", .boolean)
            let renewal = try await clients.customField(on: product, "renewal", .datetime)
            let plan = try await clients.customField(on: product, "plan", .enum, options: ["basic", "pro"])
            let upsert = { @Sendable (field: String, body: CustomFieldValueUpsertRequest) async throws -> CustomFieldValue? in
                try await clients.admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: field, body)?.data
            }

            let stored = try #require(try await upsert(region, .init(stringValue: "emea")))
            #expect(stored.definitionID == region && stored.productID == product && stored.resourceType == .customer)
            #expect(stored.resourceID == customer.id && stored.code == "region" && stored.name == "Field region")
            #expect(stored.valueType == .string && !stored.isRequired && stored.enumOptions.isEmpty && stored.metadata.isEmpty)
            #expect(stored.stringValue == "emea" && stored.integerValue == nil && stored.enumValue == nil)
            #expect(try await upsert(seats, .init(integerValue: 9_000_000_000))?.integerValue == 9_000_000_000)
            #expect(try await upsert(vip, .init(booleanValue: false))?.booleanValue == false)
            #expect(try await upsert(renewal, .init(datetimeValue: instant("2027-03-01T12:30:00.250Z")))?.datetimeValue
                == instant("2027-03-01T12:30:00.250Z"))
            let pro = try #require(try await upsert(plan, .init(enumValue: "pro")))
            #expect(pro.enumValue == "pro" && pro.enumOptions == ["basic", "pro"])

            // Writing again replaces the value.
            try await Task.sleep(for: .milliseconds(5))
            let replaced = try #require(try await upsert(region, .init(stringValue: "apac")))
            #expect(replaced.stringValue == "apac" && replaced.updatedAt > stored.updatedAt)

            // The list holds the stored values, with their definitions, in definition order, across pages.
            let (listed, pages) = try await walkPages { try await clients.admin.listCustomerCustomFieldValues(id: customer.id, limit: 2, cursor: $0) }
            #expect(listed.map(\.definitionID) == [region, seats, vip, renewal, plan].sorted() && pages == 3)
            #expect(listed.first { $0.definitionID == region } == replaced)
            #expect(listed.first { $0.definitionID == plan } == pro)
            #expect(listed.first { $0.definitionID == vip }?.booleanValue == false)

            // clear: true removes the value and answers 204, also when there is nothing left to clear.
            #expect(try await upsert(vip, .init(clear: true)) == nil)
            #expect(try await upsert(vip, .init(clear: true)) == nil)
            let remaining = try await clients.admin.listCustomerCustomFieldValues(id: customer.id).data
            #expect(remaining.map(\.definitionID) == [region, seats, renewal, plan].sorted())

            #expect(try await clients.events("customer.custom_field.set").count == 6)
            let cleared = try await clients.events("customer.custom_field.cleared")
            #expect(cleared.map { $0.metadata["had_value"] } == [false, true])
            #expect(cleared.allSatisfy { $0.resourceType == "customer" && $0.resourceID == customer.id && $0.metadata["code"] == "vip" })
            let everything = String(decoding: try LocksmithJSON.encodeData(try await clients.admin.listEvents(limit: 200).data), as: UTF8.self)
            #expect(!everything.contains("apac") && !everything.contains("emea"))
            #expect(try await AuditLog.verify(server.services.database) == .intact(count: Int64(try await CommerceCounts.read(server).auditEvents)))
        }
    }

    @Test(arguments: TestBackend.available)
    func valuesThatDoNotFitTheirDefinitionAreRefused(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let region = try await clients.customField(on: product, "region", .string)
            let contract = try await clients.customField(on: product, "contract", .string, required: true)
            let plan = try await clients.customField(on: product, "plan", .enum, options: ["basic", "pro"])
            let licenseField = try await clients.customField(on: product, "seat-owner", .string, for: .license)
            _ = try await clients.admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: contract, .init(stringValue: "MSA-1"))
            let before = try await CommerceCounts.read(server)

            let cases: [(String, String, CustomFieldValueUpsertRequest, ErrorCode, Int, String?)] = [
                (customer.id, region, .init(integerValue: 5), .validationFailed, 422, "integer_value"),
                (customer.id, region, .init(), .validationFailed, 422, "string_value"),
                (customer.id, region, .init(clear: false), .validationFailed, 422, "string_value"),
                (customer.id, region, .init(stringValue: "emea", enumValue: "pro"), .validationFailed, 422, "enum_value"),
                (customer.id, region, .init(clear: true, stringValue: "emea"), .validationFailed, 422, "string_value"),
                (customer.id, plan, .init(enumValue: "enterprise"), .validationFailed, 422, "enum_value"),
                (customer.id, plan, .init(stringValue: "pro"), .validationFailed, 422, "string_value"),
                (customer.id, contract, .init(clear: true), .conflict, 409, "clear"),
                (customer.id, licenseField, .init(stringValue: "x"), .validationFailed, 422, "field_id"),
                (customer.id, "cfd_missing", .init(stringValue: "x"), .notFound, 404, "cfd_missing"),
                ("cus_missing", region, .init(stringValue: "x"), .notFound, 404, "cus_missing"),
            ]
            for (customerID, field, body, code, status, detail) in cases {
                let error = await expectAPIError(code, status: status) {
                    _ = try await clients.admin.upsertCustomerCustomFieldValue(id: customerID, fieldID: field, body)
                }
                #expect(error?.detail == detail, "\(body)")
            }
            let missing = await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.listCustomerCustomFieldValues(id: "cus_missing") }
            #expect(missing?.detail == "cus_missing")

            // A required field's value can still be replaced.
            #expect(try await clients.admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: contract, .init(stringValue: "MSA-2"))?.data
                .stringValue == "MSA-2")
            #expect(try await CommerceCounts.read(server).customFieldValues == before.customFieldValues)
            #expect(try await CommerceCounts.read(server).auditEvents == before.auditEvents + 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func definitionsWithValuesCannotBeDeleted(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let region = try await clients.customField(on: product, "region", .string)
            _ = try await clients.admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: region, .init(stringValue: "emea"))

            await expectAPIError(.conflict, status: 409) { try await clients.admin.deleteProductCustomFieldDefinition(id: product, fieldID: region) }
            _ = try await clients.admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: region, .init(clear: true))
            try await clients.admin.deleteProductCustomFieldDefinition(id: product, fieldID: region)
        }
    }
}
