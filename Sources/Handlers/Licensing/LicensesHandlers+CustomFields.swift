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
        let stored = try await services.write(context) { connection in
            let license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            let outcome = try CustomFieldValueStore.write(
                input.body, fieldID: input.fieldID, resourceType: .license, resourceID: license.id, productID: license.productID,
                at: change.date, on: connection)
            try change.record(.licenseCustomFieldValue(outcome, license: license), on: connection)
            return outcome.value
        }
        return stored.map(Operations.UpsertLicenseCustomFieldValue.Output.ok) ?? .noContent
    }
}
