public import LocksmithAPI
public import LocksmithStorage

/// SQL for the `customers` table. Rows are the contract's `Customer`.
public enum CustomerStore {
    /// The unique index on `code`; a violation of it means the code is taken.
    static let codeIndex = "customers_code_unique"
    private static let columns = "id, name, code, email, metadata, created_at, updated_at"

    static func insert(_ customer: Customer, on connection: any SQLConnection) throws {
        try connection.execute(
            """
            INSERT INTO customers (id, name, code, email, metadata, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """,
            [.text(customer.id), .text(customer.name), .text(customer.code), customer.email.sqlValue,
             .text(try MetadataColumn.encode(customer.metadata)), customer.createdAt.sqlValue, customer.updatedAt.sqlValue])
    }

    /// Writes every field but the id and creation time.
    static func update(_ customer: Customer, on connection: any SQLConnection) throws {
        try connection.execute(
            "UPDATE customers SET name = $2, code = $3, email = $4, metadata = $5, updated_at = $6 WHERE id = $1",
            [.text(customer.id), .text(customer.name), .text(customer.code), customer.email.sqlValue,
             .text(try MetadataColumn.encode(customer.metadata)), customer.updatedAt.sqlValue])
    }

    /// The customer, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    public static func find(id: String, locking: Bool = false, on connection: any SQLConnection) throws -> Customer? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM customers WHERE id = $1" + lock, [.text(id)]).map(record)
    }

    public static func exists(id: String, on connection: any SQLConnection) throws -> Bool {
        try connection.queryOne("SELECT 1 AS found FROM customers WHERE id = $1", [.text(id)]) != nil
    }

    public static func count(on connection: any SQLConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM customers", [])?.int("n") ?? 0
    }

    /// Customers in creation order after the cursor (a customer id); one page and the next cursor.
    static func page(after cursor: String?, limit: Int, on connection: any SQLConnection) throws -> (records: [Customer], next: String?) {
        let rows = try connection.query(
            "SELECT \(columns) FROM customers WHERE id > $1 ORDER BY id LIMIT $2", [.text(cursor ?? ""), .integer(Int64(limit + 1))])
        let page = Paging.page(try rows.map(record), limit: limit) { $0.id }
        return (page.items, page.next)
    }

    /// What still refers to the customer, as counted phrases such as `2 orders`; empty when nothing does.
    ///
    /// Licenses are not counted here: their foreign key refuses the delete, which the caller reports.
    static func references(to id: String, on connection: any SQLConnection) throws -> [String] {
        let tables = [("orders", "order", "orders"), ("subscriptions", "subscription", "subscriptions")]
        return try tables.compactMap { table, singular, plural in
            let count = try connection.queryOne("SELECT COUNT(*) AS n FROM \(table) WHERE customer_id = $1", [.text(id)])?.int("n") ?? 0
            return count == 0 ? nil : "\(count) \(count == 1 ? singular : plural)"
        }
    }

    /// Deletes the customer and its custom-field values.
    static func delete(id: String, on connection: any SQLConnection) throws {
        try CustomFieldValueStore.deleteAll(resourceType: .customer, resourceID: id, on: connection)
        try connection.execute("DELETE FROM customers WHERE id = $1", [.text(id)])
    }

    private static func record(_ row: SQLRow) throws -> Customer {
        Customer(
            id: try row.string("id"), name: try row.string("name"), code: try row.string("code"), email: try row.optionalString("email"),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
