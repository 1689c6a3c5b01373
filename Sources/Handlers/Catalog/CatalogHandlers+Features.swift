public import LocksmithAPI
import LocksmithStorage

/// Features: what licenses of a product can be entitled to. Their codes appear in signed runtime payloads,
/// which is one more reason they are plain ASCII identifiers.
extension CatalogHandlers {
    public func listFeaturesByProduct(
        _ input: Operations.ListFeaturesByProduct.Input, context: HandlerContext
    ) async throws -> Operations.ListFeaturesByProduct.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try FeatureStore.page(productID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createFeature(_ input: Operations.CreateFeature.Input, context: HandlerContext) async throws -> Operations.CreateFeature.Output {
        let body = input.body
        let change = services.change(by: context)
        let feature = Feature(
            id: ResourceID.make("feat", at: change.date), productID: input.id, code: try Validate.code(body.code),
            name: try Validate.name(body.name), metadata: try Validate.metadata(body.metadata), createdAt: change.date)
        try await services.write(context) { connection in
            try ProductStore.require(id: feature.productID, on: connection)
            try FeatureStore.insert(feature, on: connection)
            try change.record(.featureCreated(feature), on: connection)
        }
        return .created(feature)
    }

    public func getFeature(_ input: Operations.GetFeature.Input, context: HandlerContext) async throws -> Operations.GetFeature.Output {
        let feature = try await services.database.read(account: context.accountID) { connection in
            try FeatureStore.find(id: input.id, on: connection)
        }
        guard let feature else { throw APIError.notFound("feature", id: input.id) }
        return .ok(feature)
    }
}
