public import LocksmithAPI
import LocksmithStorage

/// Custom-field values of licenses: the same rules as customers' (`CustomFieldValueStore.write`).
extension LicensesHandlers {
    public func listLicenseCustomFieldValues(
        _ input: Operations.ListLicenseCustomFieldValues.Input, context: HandlerContext
    ) async throws -> Operations.ListLicenseCustomFieldValues.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            _ = try LicenseStore.require(id: input.id, on: connection)
            return try CustomFieldValueStore.page(resourceType: .license, resourceID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func upsertLicenseCustomFieldValue(
        _ input: Operations.UpsertLicenseCustomFieldValue.Input, context: HandlerContext
    ) async throws -> Operations.UpsertLicenseCustomFieldValue.Output {
        let change = services.change(by: context)
        let stored = try await services.database.write(account: context.accountID) { connection in
            let license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            let value = try CustomFieldValueStore.write(
                input.body, fieldID: input.fieldID, resourceType: .license, resourceID: license.id, productID: license.productID,
                change: change, on: connection)
            try LicenseHistory.ledger(
                action: value == nil ? "license.custom_field.clear" : "license.custom_field.set", license: license,
                statusCode: value == nil ? 204 : 200, details: .init(metadata: ["field_id": .string(input.fieldID)]), change: change,
                on: connection)
            return value
        }
        return stored.map(Operations.UpsertLicenseCustomFieldValue.Output.ok) ?? .noContent
    }
}
