public import LocksmithAPI
import LocksmithStorage

/// Policies: a product's licensing rules, with the defaults and rules of `PolicyRules`.
extension CatalogHandlers {
    public func listPoliciesByProduct(
        _ input: Operations.ListPoliciesByProduct.Input, context: HandlerContext
    ) async throws -> Operations.ListPoliciesByProduct.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try PolicyStore.page(productID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createPolicy(_ input: Operations.CreatePolicy.Input, context: HandlerContext) async throws -> Operations.CreatePolicy.Output {
        let change = services.change(by: context)
        let policy = try PolicyRules.policy(from: input.body, id: ResourceID.make("pol", at: change.date), productID: input.id, at: change.date)
        try await services.write(context) { connection in
            try ProductStore.require(id: policy.productID, on: connection)
            try PolicyStore.insert(policy, on: connection)
            try change.record(.policyCreated(policy), on: connection)
        }
        return .created(policy)
    }

    public func getPolicy(_ input: Operations.GetPolicy.Input, context: HandlerContext) async throws -> Operations.GetPolicy.Output {
        let policy = try await services.database.read(account: context.accountID) { connection in
            try PolicyStore.find(id: input.id, on: connection)
        }
        guard let policy else { throw APIError.notFound("policy", id: input.id) }
        return .ok(policy)
    }

    public func updatePolicy(_ input: Operations.UpdatePolicy.Input, context: HandlerContext) async throws -> Operations.UpdatePolicy.Output {
        let change = services.change(by: context)
        let id = input.id
        let body = input.body
        let policy = try await services.write(context) { connection in
            guard var policy = try PolicyStore.find(id: id, locking: true, on: connection) else {
                throw APIError.notFound("policy", id: id)
            }
            try PolicyRules.apply(body, to: &policy, at: change.date)
            try PolicyStore.update(policy, request: body, on: connection)
            try change.record(.policyUpdated(policy, body), on: connection)
            return policy
        }
        return .ok(policy)
    }

    public func deletePolicy(_ input: Operations.DeletePolicy.Input, context: HandlerContext) async throws -> Operations.DeletePolicy.Output {
        let change = services.change(by: context)
        let id = input.id
        try await services.write(context) { connection in
            guard let policy = try PolicyStore.find(id: id, locking: true, on: connection) else {
                throw APIError.notFound("policy", id: id)
            }
            try PolicyStore.delete(policy, on: connection)
            try change.record(.policyDeleted(policy), on: connection)
        }
        return .noContent
    }
}
