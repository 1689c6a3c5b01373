public import LocksmithAPI
import LocksmithStorage

/// Custom-field definitions: typed fields a product defines for its licenses or customers. The resource type
/// and value type are fixed at creation; changes that would invalidate stored values are refused with 409.
extension CatalogHandlers {
    public func listProductCustomFieldDefinitions(
        _ input: Operations.ListProductCustomFieldDefinitions.Input, context: HandlerContext
    ) async throws -> Operations.ListProductCustomFieldDefinitions.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try CustomFieldDefinitionStore.page(productID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createProductCustomFieldDefinition(
        _ input: Operations.CreateProductCustomFieldDefinition.Input, context: HandlerContext
    ) async throws -> Operations.CreateProductCustomFieldDefinition.Output {
        let body = input.body
        let change = services.change(by: context)
        let definition = CustomFieldDefinition(
            id: ResourceID.make("cfd", at: change.date), productID: input.id, resourceType: body.resourceType,
            code: try Validate.code(body.code), name: try Validate.name(body.name), valueType: body.valueType,
            isRequired: body.isRequired ?? false,
            enumOptions: try CustomFieldDefinitionRules.enumOptions(body.enumOptions, valueType: body.valueType),
            metadata: try Validate.metadata(body.metadata), createdAt: change.date, updatedAt: change.date)
        try await services.write(context) { connection in
            try ProductStore.require(id: definition.productID, on: connection)
            try CustomFieldDefinitionStore.insert(definition, on: connection)
            try change.record(.customFieldDefinitionCreated(definition), on: connection)
        }
        return .created(definition)
    }

    public func getProductCustomFieldDefinition(
        _ input: Operations.GetProductCustomFieldDefinition.Input, context: HandlerContext
    ) async throws -> Operations.GetProductCustomFieldDefinition.Output {
        let definition = try await services.database.read(account: context.accountID) { connection in
            try CustomFieldDefinitionStore.find(id: input.fieldID, productID: input.id, on: connection)
        }
        guard let definition else { throw APIError.notFound("custom field definition", id: input.fieldID) }
        return .ok(definition)
    }

    public func updateProductCustomFieldDefinition(
        _ input: Operations.UpdateProductCustomFieldDefinition.Input, context: HandlerContext
    ) async throws -> Operations.UpdateProductCustomFieldDefinition.Output {
        let body = input.body
        let code = try body.code.map { try Validate.code($0) }
        let name = try body.name.map { try Validate.name($0) }
        let metadata = try body.metadata.map { try Validate.metadata($0) }
        let change = services.change(by: context)
        let (fieldID, productID) = (input.fieldID, input.id)
        let definition = try await services.write(context) { connection in
            guard var definition = try CustomFieldDefinitionStore.find(id: fieldID, productID: productID, locking: true, on: connection) else {
                throw APIError.notFound("custom field definition", id: fieldID)
            }
            if let code { definition.code = code }
            if let name { definition.name = name }
            if let metadata { definition.metadata = metadata }
            if let requested = body.enumOptions {
                let options = try CustomFieldDefinitionRules.enumOptions(requested, valueType: definition.valueType)
                let dropped = definition.enumOptions.filter { !options.contains($0) }
                let inUse = try CustomFieldDefinitionStore.optionsInUse(dropped, definitionID: definition.id, on: connection)
                if let option = inUse.first {
                    throw APIError(
                        .conflict, "enum option '\(option)' is still used by stored values; change those values before dropping it",
                        detail: "enum_options")
                }
                definition.enumOptions = options
            }
            if let isRequired = body.isRequired {
                if isRequired, !definition.isRequired {
                    let missing = try CustomFieldDefinitionStore.recordsWithoutValue(definition, on: connection)
                    if missing > 0 {
                        let records = missing == 1 ? "1 \(definition.resourceType.rawValue) has" : "\(missing) \(definition.resourceType.rawValue)s have"
                        throw APIError(
                            .conflict, "custom field '\(definition.code)' cannot become required: \(records) no value for it", detail: "is_required")
                    }
                }
                definition.isRequired = isRequired
            }
            definition.updatedAt = change.date
            try CustomFieldDefinitionStore.update(definition, request: body, on: connection)
            try change.record(.customFieldDefinitionUpdated(definition, body), on: connection)
            return definition
        }
        return .ok(definition)
    }

    public func deleteProductCustomFieldDefinition(
        _ input: Operations.DeleteProductCustomFieldDefinition.Input, context: HandlerContext
    ) async throws -> Operations.DeleteProductCustomFieldDefinition.Output {
        let change = services.change(by: context)
        let (fieldID, productID) = (input.fieldID, input.id)
        try await services.write(context) { connection in
            guard let definition = try CustomFieldDefinitionStore.find(id: fieldID, productID: productID, locking: true, on: connection) else {
                throw APIError.notFound("custom field definition", id: fieldID)
            }
            try CustomFieldDefinitionStore.delete(definition, on: connection)
            try change.record(.customFieldDefinitionDeleted(definition), on: connection)
        }
        return .noContent
    }
}
