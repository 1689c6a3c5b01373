import LocksmithAPI
import LocksmithStorage

/// SQL for the `customers` table. Rows are the contract's `Customer`.
///
/// Names, e-mail addresses and metadata describe people, so audit events record only the id and code.
enum CustomerStore {
    /// The unique index on `code`; a violation of it means the code is taken.
    static let codeIndex = "customers_code_unique"
    /// The fields whose values audit events record (`AuditMetadata`).
    static let auditedFields: Set<String> = ["code"]
    private static let columns = "id, name, code, email, metadata, created_at, updated_at"

    static func insert(_ customer: Customer, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(customer.code)]) {
            try connection.execute(
                "INSERT INTO customers (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6, $7)",
                [.text(customer.id), .text(customer.name), .text(customer.code), customer.email.sqlValue,
                 .text(try MetadataColumn.encode(customer.metadata)), customer.createdAt.sqlValue, customer.updatedAt.sqlValue])
        }
    }

    /// Writes every field but the id and creation time; `request` names the fields that changed.
    static func update(_ customer: Customer, request: CustomerUpdateRequest, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(customer.code)]) {
            try connection.execute(
                "UPDATE customers SET name = $2, code = $3, email = $4, metadata = $5, updated_at = $6 WHERE id = $1 AND account_id = $account",
                [.text(customer.id), .text(customer.name), .text(customer.code), customer.email.sqlValue,
                 .text(try MetadataColumn.encode(customer.metadata)), customer.updatedAt.sqlValue])
        }
    }

    /// Deletes the customer and its custom-field values, unless licenses, orders or subscriptions still refer to it (409
    /// naming their counts).
    static func delete(_ customer: Customer, on connection: TenantConnection) throws {
        let references = try References.describe(
            customer.id,
            by: [.init(table: "licenses", column: "customer_id", noun: "license"), .init(table: "orders", column: "customer_id", noun: "order"),
                 .init(table: "subscriptions", column: "customer_id", noun: "subscription")],
            on: connection)
        guard references.isEmpty else { throw APIError.stillReferenced("customer", by: references) }
        try CustomFieldValueStore.deleteAll(resourceType: .customer, resourceID: customer.id, on: connection)
        try mappingConstraintErrors(foreignKey: .stillReferenced("customer", by: ["licenses or other records"])) {
            try connection.execute("DELETE FROM customers WHERE id = $1 AND account_id = $account", [.text(customer.id)])
        }
    }

    /// The customer, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> Customer? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM customers WHERE id = $1 AND account_id = $account" + lock, [.text(id)]).map(record)
    }

    /// Throws 404 unless the customer exists.
    static func require(id: String, on connection: TenantConnection) throws {
        guard try exists(id: id, on: connection) else { throw APIError.notFound("customer", id: id) }
    }

    static func exists(id: String, on connection: TenantConnection) throws -> Bool {
        try connection.queryOne("SELECT 1 AS found FROM customers WHERE id = $1 AND account_id = $account", [.text(id)]) != nil
    }

    /// Customers in creation order after the cursor (a customer id).
    static func page(after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Customer> {
        try Listing.page("customers", columns: columns, after: cursor, limit: limit, on: connection, record: record, id: \.id)
    }

    private static func duplicateCode(_ code: String) -> APIError {
        APIError.duplicate("code", code, scope: "by another customer")
    }

    private static func record(_ row: SQLRow) throws -> Customer {
        Customer(
            id: try row.string("id"), name: try row.string("name"), code: try row.string("code"), email: try row.optionalString("email"),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
