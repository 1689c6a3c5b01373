public import LocksmithAPI
import LocksmithStorage

/// Customers and their custom-field values. Admin-only per the contract.
public struct CustomersHandlers: CustomersAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listCustomers(_ input: Operations.ListCustomers.Input, context: HandlerContext) async throws -> Operations.ListCustomers.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try CustomerStore.page(after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createCustomer(_ input: Operations.CreateCustomer.Input, context: HandlerContext) async throws -> Operations.CreateCustomer.Output {
        let body = input.body
        let change = services.change(by: context)
        let customer = Customer(
            id: ResourceID.make("cus", at: change.date), name: try Validate.name(body.name), code: try Validate.code(body.code),
            email: try body.email.map { try Validate.email($0) }, metadata: try Validate.metadata(body.metadata),
            createdAt: change.date, updatedAt: change.date)
        try await services.write(context) { connection in
            try CustomerStore.insert(customer, on: connection)
            try change.record(.customerCreated(customer), on: connection)
        }
        return .created(customer)
    }

    public func getCustomer(_ input: Operations.GetCustomer.Input, context: HandlerContext) async throws -> Operations.GetCustomer.Output {
        let customer = try await services.database.read(account: context.accountID) { connection in
            try CustomerStore.find(id: input.id, on: connection)
        }
        guard let customer else { throw APIError.notFound("customer", id: input.id) }
        return .ok(customer)
    }

    public func updateCustomer(_ input: Operations.UpdateCustomer.Input, context: HandlerContext) async throws -> Operations.UpdateCustomer.Output {
        let body = input.body
        let name = try body.name.map { try Validate.name($0) }
        let code = try body.code.map { try Validate.code($0) }
        let email = try body.email.map { change in try change.wrapped.map { try Validate.email($0) } }
        let metadata = try body.metadata.map { try Validate.metadata($0) }
        let change = services.change(by: context)
        let customer = try await services.write(context) { connection in
            guard var customer = try CustomerStore.find(id: input.id, locking: true, on: connection) else {
                throw APIError.notFound("customer", id: input.id)
            }
            if let name { customer.name = name }
            if let code { customer.code = code }
            if let email { customer.email = email }
            if let metadata { customer.metadata = metadata }
            customer.updatedAt = change.date
            try CustomerStore.update(customer, request: body, on: connection)
            try change.record(.customerUpdated(customer, body), on: connection)
            return customer
        }
        return .ok(customer)
    }

    public func deleteCustomer(_ input: Operations.DeleteCustomer.Input, context: HandlerContext) async throws -> Operations.DeleteCustomer.Output {
        let change = services.change(by: context)
        try await services.write(context) { connection in
            // Locked first, so that a value written concurrently either lands before the delete (and goes with it)
            // or finds the customer gone.
            guard let customer = try CustomerStore.find(id: input.id, locking: true, on: connection) else {
                throw APIError.notFound("customer", id: input.id)
            }
            try CustomerStore.delete(customer, on: connection)
            try change.record(.customerDeleted(customer), on: connection)
        }
        return .noContent
    }

    public func listCustomerCustomFieldValues(
        _ input: Operations.ListCustomerCustomFieldValues.Input, context: HandlerContext
    ) async throws -> Operations.ListCustomerCustomFieldValues.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try CustomerStore.require(id: input.id, on: connection)
            return try CustomFieldValueStore.page(resourceType: .customer, resourceID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func upsertCustomerCustomFieldValue(
        _ input: Operations.UpsertCustomerCustomFieldValue.Input, context: HandlerContext
    ) async throws -> Operations.UpsertCustomerCustomFieldValue.Output {
        let change = services.change(by: context)
        let stored = try await services.write(context) { connection in
            guard try CustomerStore.find(id: input.id, locking: true, on: connection) != nil else {
                throw APIError.notFound("customer", id: input.id)
            }
            let outcome = try CustomFieldValueStore.write(
                input.body, fieldID: input.fieldID, resourceType: .customer, resourceID: input.id, at: change.date, on: connection)
            try change.record(.customerCustomFieldValue(outcome, customerID: input.id), on: connection)
            return outcome.value
        }
        return stored.map(Operations.UpsertCustomerCustomFieldValue.Output.ok) ?? .noContent
    }
}
