import LocksmithAPI
import LocksmithStorage

/// SQL for the `orders` table. Rows are the contract's `Order`.
enum OrderStore {
    /// The unique index on (`product_id`, `external_system`, `external_id`).
    static let externalReferenceIndex = "orders_external_ref"
    /// The fields whose values audit events record (`AuditMetadata`): everything but the metadata.
    static let auditedFields: Set<String> = [
        "product_id", "customer_id", "subscription_id", "external_system", "external_id", "status", "period_start", "period_end",
    ]
    private static let columns = """
        id, product_id, customer_id, subscription_id, external_system, external_id, status, period_start, period_end, metadata,
        created_at, updated_at
        """

    /// Stores a new order; see `CommerceChecks.refusingConflicts` for the 409s.
    static func insert(_ order: Order, on connection: TenantConnection) throws {
        try CommerceChecks.refusingConflicts(of: "order", index: externalReferenceIndex, system: order.externalSystem, id: order.externalID) {
            try connection.execute(
                "INSERT INTO orders (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                [.text(order.id), .text(order.productID)] + (try mutableColumns(order)) + [order.createdAt.sqlValue, order.updatedAt.sqlValue])
        }
    }

    /// Writes every field but the id, the product and the creation time; `request` names the fields that changed.
    static func update(_ order: Order, request: OrderUpdateRequest, on connection: TenantConnection) throws {
        try CommerceChecks.refusingConflicts(
            of: "order", index: externalReferenceIndex, system: request.externalSystem, id: request.externalID
        ) {
            try connection.execute(
                """
                UPDATE orders SET customer_id = $2, subscription_id = $3, external_system = $4, external_id = $5, status = $6,
                                  period_start = $7, period_end = $8, metadata = $9, updated_at = $10
                WHERE id = $1 AND account_id = $account
                """,
                [.text(order.id)] + (try mutableColumns(order)) + [order.updatedAt.sqlValue])
        }
    }

    /// The order, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> Order? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM orders WHERE id = $1 AND account_id = $account" + lock, [.text(id)]).map(record)
    }

    /// The product's orders in creation order after the cursor (an order id). A product that does not exist is 404, not an empty list.
    static func page(productID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Order> {
        try ProductStore.require(id: productID, on: connection)
        return try Listing.page(
            "orders", columns: columns, where: [("product_id", .text(productID))], after: cursor, limit: limit, on: connection,
            record: record, id: \.id)
    }

    /// The customer's orders, newest first, at most `limit`.
    static func newest(customerID: String, limit: Int, on connection: TenantConnection) throws -> [Order] {
        try Listing.newest("orders", columns: columns, where: "customer_id", is: customerID, limit: limit, on: connection, record: record)
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
