import Foundation
public import LocksmithAPI
import LocksmithStorage

/// The version catalog of a product: semantic versions, unique per product, released now unless told.
extension CatalogHandlers {
    public func listProductVersions(
        _ input: Operations.ListProductVersions.Input, context: HandlerContext
    ) async throws -> Operations.ListProductVersions.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try ProductVersionStore.page(productID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createProductVersion(
        _ input: Operations.CreateProductVersion.Input, context: HandlerContext
    ) async throws -> Operations.CreateProductVersion.Output {
        let body = input.body
        guard ProductVersionFormat.isSemanticVersion(body.version) else {
            throw APIError.validationFailed(
                "field 'version' must be a semantic version such as 1.4.0, 2.0.0-beta.1 or 1.4.0+build.7", detail: "version")
        }
        let change = services.change(by: context)
        // Stored in whole milliseconds, so the answer shows exactly what later reads return.
        let releasedAt = body.releasedAt.map(\.wholeMilliseconds) ?? change.date
        let version = ProductVersion(
            id: ResourceID.make("ver", at: change.date), productID: input.id, version: body.version, releasedAt: releasedAt,
            metadata: try Validate.metadata(body.metadata), createdAt: change.date, updatedAt: change.date)
        try await services.write(context) { connection in
            try ProductStore.require(id: version.productID, on: connection)
            try ProductVersionStore.insert(version, on: connection)
            try change.record(.productVersionCreated(version), on: connection)
        }
        return .created(version)
    }
}
