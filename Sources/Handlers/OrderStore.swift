public import LocksmithAPI
public import LocksmithStorage

/// SQL for the `orders` table. Rows are the contract's `Order`.
public enum OrderStore {
    /// The unique index on (`product_id`, `external_system`, `external_id`).
    static let externalReferenceIndex = "orders_external_ref"
    private static let columns = """
        id, product_id, customer_id, subscription_id, external_system, external_id, status, period_start, period_end, metadata,
        created_at, updated_at
        """

    static func insert(_ order: Order, on connection: any SQLConnection) throws {
        try connection.execute(
            """
            INSERT INTO orders (id, product_id, customer_id, subscription_id, external_system, external_id, status, period_start,
                                period_end, metadata, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            """,
            [.text(order.id), .text(order.productID)] + (try mutableColumns(order)) + [order.createdAt.sqlValue, order.updatedAt.sqlValue])
    }

    /// Writes every field but the id, the product and the creation time.
    static func update(_ order: Order, on connection: any SQLConnection) throws {
        try connection.execute(
            """
            UPDATE orders SET customer_id = $2, subscription_id = $3, external_system = $4, external_id = $5, status = $6,
                              period_start = $7, period_end = $8, metadata = $9, updated_at = $10
            WHERE id = $1
            """,
            [.text(order.id)] + (try mutableColumns(order)) + [order.updatedAt.sqlValue])
    }

    /// The order, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    public static func find(id: String, locking: Bool = false, on connection: any SQLConnection) throws -> Order? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM orders WHERE id = $1" + lock, [.text(id)]).map(record)
    }

    public static func count(on connection: any SQLConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM orders", [])?.int("n") ?? 0
    }

    /// The product's orders in creation order after the cursor (an order id); one page and the next cursor.
    static func page(productID: String, after cursor: String?, limit: Int, on connection: any SQLConnection) throws -> (records: [Order], next: String?) {
        let rows = try connection.query(
            "SELECT \(columns) FROM orders WHERE product_id = $1 AND id > $2 ORDER BY id LIMIT $3",
            [.text(productID), .text(cursor ?? ""), .integer(Int64(limit + 1))])
        let page = Paging.page(try rows.map(record), limit: limit) { $0.id }
        return (page.items, page.next)
    }

    /// `customer_id … metadata`, in table order.
    private static func mutableColumns(_ order: Order) throws -> [SQLValue] {
        [order.customerID.sqlValue, order.subscriptionID.sqlValue, .text(order.externalSystem), .text(order.externalID),
         .text(order.status.rawValue), order.periodStart.sqlValue, order.periodEnd.sqlValue, .text(try MetadataColumn.encode(order.metadata))]
    }

    private static func record(_ row: SQLRow) throws -> Order {
        Order(
            id: try row.string("id"), productID: try row.string("product_id"), customerID: try row.optionalString("customer_id"),
            subscriptionID: try row.optionalString("subscription_id"), externalSystem: try row.string("external_system"),
            externalID: try row.string("external_id"), status: OrderStatus(rawValue: try row.string("status")),
            periodStart: try row.optionalDate("period_start"), periodEnd: try row.optionalDate("period_end"),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
