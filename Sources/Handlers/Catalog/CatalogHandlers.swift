public import LocksmithAPI
import LocksmithStorage

/// The catalog: products and, per product, policies, features, versions and custom-field definitions.
///
/// Every mutation runs in one transaction with its audit event. Codes are identifiers (`Validate.code`)
/// unique in their scope, which the unique indexes enforce (409 naming the code). Lists walk rows in
/// creation order; lists under a product that does not exist are empty, as the contract documents no 404 for
/// them. The operations for policies, features, versions and custom fields live in the `CatalogHandlers+…`
/// files.
public struct CatalogHandlers: CatalogAPI {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listProducts(_ input: Operations.ListProducts.Input, context: HandlerContext) async throws -> Operations.ListProducts.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try ProductStore.page(after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createProduct(_ input: Operations.CreateProduct.Input, context: HandlerContext) async throws -> Operations.CreateProduct.Output {
        let body = input.body
        let change = services.change(by: context)
        let product = Product(
            id: ResourceID.make("prod", at: change.date), name: try Validate.name(body.name), code: try Validate.code(body.code),
            metadata: try Validate.metadata(body.metadata), createdAt: change.date, updatedAt: change.date)
        try await services.write(context) { connection in
            try ProductStore.insert(product, on: connection)
            try change.record(.productCreated(product), on: connection)
        }
        return .created(product)
    }

    public func getProduct(_ input: Operations.GetProduct.Input, context: HandlerContext) async throws -> Operations.GetProduct.Output {
        let product = try await services.database.read(account: context.accountID) { connection in
            try ProductStore.find(id: input.id, on: connection)
        }
        guard let product else { throw APIError.notFound("product", id: input.id) }
        return .ok(product)
    }

    public func updateProduct(_ input: Operations.UpdateProduct.Input, context: HandlerContext) async throws -> Operations.UpdateProduct.Output {
        let body = input.body
        let name = try body.name.map { try Validate.name($0) }
        let code = try body.code.map { try Validate.code($0) }
        let metadata = try body.metadata.map { try Validate.metadata($0) }
        let change = services.change(by: context)
        let id = input.id
        let product = try await services.write(context) { connection in
            guard var product = try ProductStore.find(id: id, locking: true, on: connection) else {
                throw APIError.notFound("product", id: id)
            }
            if let name { product.name = name }
            if let code { product.code = code }
            if let metadata { product.metadata = metadata }
            product.updatedAt = change.date
            try ProductStore.update(product, request: body, on: connection)
            try change.record(.productUpdated(product, body), on: connection)
            return product
        }
        return .ok(product)
    }

    public func deleteProduct(_ input: Operations.DeleteProduct.Input, context: HandlerContext) async throws -> Operations.DeleteProduct.Output {
        let change = services.change(by: context)
        let id = input.id
        try await services.write(context) { connection in
            guard let product = try ProductStore.find(id: id, locking: true, on: connection) else {
                throw APIError.notFound("product", id: id)
            }
            try change.record(.productDeleted(product, removed: try ProductStore.delete(product, on: connection)), on: connection)
        }
        return .noContent
    }
}
