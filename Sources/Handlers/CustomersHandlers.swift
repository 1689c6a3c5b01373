public import LocksmithAPI
import LocksmithStorage

/// Customers and their custom-field values. Admin-only per the contract.
///
/// Audit metadata names the customer by id and code only: names, addresses and field values are personal
/// data, and the audit chain can never forget what it records.
public struct CustomersHandlers: CustomersAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listCustomers(_ input: Operations.ListCustomers.Input, context: HandlerContext) async throws -> Operations.ListCustomers.Output {
        let limit = Paging.limit(input.limit)
        let page = try await services.database.read { connection in
            try CustomerStore.page(after: input.cursor, limit: limit, on: connection)
        }
        return .ok(data: page.records, pageInfo: PageInfo(nextCursor: page.next))
    }

    public func createCustomer(_ input: Operations.CreateCustomer.Input, context: HandlerContext) async throws -> Operations.CreateCustomer.Output {
        let body = input.body
        let now = services.now()
        let customer = Customer(
            id: ResourceID.make("cus", at: now), name: try Validate.name(body.name), code: try Validate.code(body.code),
            email: try body.email.map { try Validate.email($0) }, metadata: try Validate.metadata(body.metadata),
            createdAt: now, updatedAt: now)
        try await refusingDuplicateCode(customer.code) {
            try await services.database.write { connection in
                try CustomerStore.insert(customer, on: connection)
                try AuditLog.append(
                    audit("customer.created", customer.id, ["code": .string(customer.code)], context), at: now, on: connection)
            }
        }
        return .created(customer)
    }

    public func getCustomer(_ input: Operations.GetCustomer.Input, context: HandlerContext) async throws -> Operations.GetCustomer.Output {
        let customer = try await services.database.read { connection in
            try CustomerStore.find(id: input.id, on: connection)
        }
        guard let customer else { throw APIError.notFound("customer", id: input.id) }
        return .ok(customer)
    }

    public func updateCustomer(_ input: Operations.UpdateCustomer.Input, context: HandlerContext) async throws -> Operations.UpdateCustomer.Output {
        let body = input.body
        let now = services.now()
        let name = try body.name.map { try Validate.name($0) }
        let code = try body.code.map { try Validate.code($0) }
        let email = try body.email.map { change in try change.wrapped.map { try Validate.email($0) } }
        let metadata = try body.metadata.map { try Validate.metadata($0) }
        let changed = ChangedFields.of(body)
        let updated = try await refusingDuplicateCode(code ?? "") {
            try await services.database.write { connection in
                guard var customer = try CustomerStore.find(id: input.id, locking: true, on: connection) else {
                    throw APIError.notFound("customer", id: input.id)
                }
                if let name { customer.name = name }
                if let code { customer.code = code }
                if let email { customer.email = email }
                if let metadata { customer.metadata = metadata }
                customer.updatedAt = now
                try CustomerStore.update(customer, on: connection)
                try AuditLog.append(
                    audit("customer.updated", customer.id, ["code": .string(customer.code), "changed": changed], context),
                    at: now, on: connection)
                return customer
            }
        }
        return .ok(updated)
    }

    public func deleteCustomer(_ input: Operations.DeleteCustomer.Input, context: HandlerContext) async throws -> Operations.DeleteCustomer.Output {
        let now = services.now()
        try await mappingConstraintErrors(foreignKey: .stillReferenced("customer", by: ["licenses or other records"])) {
            try await services.database.write { connection in
                // Locked first, so that a value written concurrently either lands before the delete (and goes
                // with it) or finds the customer gone.
                guard let customer = try CustomerStore.find(id: input.id, locking: true, on: connection) else {
                    throw APIError.notFound("customer", id: input.id)
                }
                let references = try CustomerStore.references(to: customer.id, on: connection)
                guard references.isEmpty else { throw APIError.stillReferenced("customer", by: references) }
                try CustomerStore.delete(id: customer.id, on: connection)
                try AuditLog.append(audit("customer.deleted", customer.id, ["code": .string(customer.code)], context), at: now, on: connection)
            }
        }
        return .noContent
    }

    public func listCustomerCustomFieldValues(
        _ input: Operations.ListCustomerCustomFieldValues.Input, context: HandlerContext
    ) async throws -> Operations.ListCustomerCustomFieldValues.Output {
        let limit = Paging.limit(input.limit)
        let page = try await services.database.read { connection in
            guard try CustomerStore.exists(id: input.id, on: connection) else { throw APIError.notFound("customer", id: input.id) }
            return try CustomFieldValueStore.page(resourceType: .customer, resourceID: input.id, after: input.cursor, limit: limit, on: connection)
        }
        return .ok(data: page.values, pageInfo: PageInfo(nextCursor: page.next))
    }

    public func upsertCustomerCustomFieldValue(
        _ input: Operations.UpsertCustomerCustomFieldValue.Input, context: HandlerContext
    ) async throws -> Operations.UpsertCustomerCustomFieldValue.Output {
        let now = services.now()
        let stored: CustomFieldValue? = try await services.database.write { connection in
            guard try CustomerStore.find(id: input.id, locking: true, on: connection) != nil else {
                throw APIError.notFound("customer", id: input.id)
            }
            guard let definition = try CustomFieldValueDefinition.find(id: input.fieldID, locking: true, on: connection) else {
                throw APIError.notFound("custom field definition", id: input.fieldID)
            }
            guard definition.resourceType == .customer else {
                throw APIError.validationFailed(
                    "custom field '\(definition.code)' is defined for \(definition.resourceType.rawValue)s, not customers", detail: "field_id")
            }
            let summary: [String: JSONValue] = ["definition_id": .string(definition.id), "code": .string(definition.code)]
            switch try CustomFieldValueChange(input.body, for: definition) {
            case .set(let value):
                let stored = try CustomFieldValueStore.upsert(value, definition: definition, resourceID: input.id, at: now, on: connection)
                try AuditLog.append(audit("customer.custom_field.set", input.id, summary, context), at: now, on: connection)
                return stored
            case .clear:
                let removed = try CustomFieldValueStore.clear(definitionID: definition.id, resourceID: input.id, on: connection)
                try AuditLog.append(
                    audit("customer.custom_field.cleared", input.id, summary.merging(["had_value": .bool(removed)]) { $1 }, context),
                    at: now, on: connection)
                return nil
            }
        }
        return stored.map(Operations.UpsertCustomerCustomFieldValue.Output.ok) ?? .noContent
    }

    private func audit(_ eventType: String, _ customerID: String, _ metadata: [String: JSONValue], _ context: HandlerContext) -> AuditEntry {
        AuditEntry(eventType, actor: context.principal.actor, resourceType: "customer", resourceID: customerID, metadata: metadata,
                   ipAddress: context.ipAddress)
    }

    /// Runs `body`, reporting a violation of the unique customer code as 409 naming `code`.
    private func refusingDuplicateCode<T>(_ code: String, _ body: () async throws -> T) async throws -> T {
        try await mappingConstraintErrors(unique: [CustomerStore.codeIndex: .duplicate("code", code, scope: "by another customer")], body)
    }
}
