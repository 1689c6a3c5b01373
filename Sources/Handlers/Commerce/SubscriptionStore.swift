import LocksmithAPI
import LocksmithStorage

/// SQL for the `subscriptions` table. Rows are the contract's `Subscription`.
enum SubscriptionStore {
    /// The unique index on (`product_id`, `external_system`, `external_id`).
    static let externalReferenceIndex = "subscriptions_external_ref"
    /// The fields whose values audit events record (`AuditMetadata`): everything but the metadata.
    static let auditedFields: Set<String> = [
        "product_id", "customer_id", "external_system", "external_id", "status", "current_period_start", "current_period_end",
        "cancel_at_period_end", "canceled_at",
    ]
    private static let columns = """
        id, product_id, customer_id, external_system, external_id, status, current_period_start, current_period_end,
        cancel_at_period_end, canceled_at, metadata, created_at, updated_at
        """

    /// Stores a new subscription; see `CommerceChecks.refusingConflicts` for the 409s.
    static func insert(_ subscription: Subscription, on connection: TenantConnection) throws {
        try CommerceChecks.refusingConflicts(
            of: "subscription", index: externalReferenceIndex, system: subscription.externalSystem, id: subscription.externalID
        ) {
            try connection.execute(
                "INSERT INTO subscriptions (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                [.text(subscription.id), .text(subscription.productID)] + (try mutableColumns(subscription))
                    + [subscription.createdAt.sqlValue, subscription.updatedAt.sqlValue])
        }
    }

    /// Writes every field but the id, the product and the creation time; `request` names the fields that changed.
    static func update(
        _ subscription: Subscription, request: SubscriptionUpdateRequest, on connection: TenantConnection
    ) throws {
        try CommerceChecks.refusingConflicts(
            of: "subscription", index: externalReferenceIndex, system: request.externalSystem, id: request.externalID
        ) {
            try connection.execute(
                """
                UPDATE subscriptions SET customer_id = $2, external_system = $3, external_id = $4, status = $5, current_period_start = $6,
                                         current_period_end = $7, cancel_at_period_end = $8, canceled_at = $9, metadata = $10,
                                         updated_at = $11
                WHERE id = $1 AND account_id = $account
                """,
                [.text(subscription.id)] + (try mutableColumns(subscription)) + [subscription.updatedAt.sqlValue])
        }
    }

    /// The subscription, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> Subscription? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM subscriptions WHERE id = $1 AND account_id = $account" + lock, [.text(id)]).map(record)
    }

    /// The product a subscription is for, or nil when there is no such subscription.
    static func productID(of id: String, on connection: TenantConnection) throws -> String? {
        try connection.queryOne("SELECT product_id FROM subscriptions WHERE id = $1 AND account_id = $account", [.text(id)])?.string("product_id")
    }

    /// The product's subscriptions in creation order after the cursor (a subscription id). A product that does not exist is 404, not an empty list.
    static func page(productID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Subscription> {
        try ProductStore.require(id: productID, on: connection)
        return try Listing.page(
            "subscriptions", columns: columns, where: [("product_id", .text(productID))], after: cursor, limit: limit, on: connection,
            record: record, id: \.id)
    }

    /// The customer's subscriptions, newest first, at most `limit`.
    static func newest(customerID: String, limit: Int, on connection: TenantConnection) throws -> [Subscription] {
        try Listing.newest("subscriptions", columns: columns, where: "customer_id", is: customerID, limit: limit, on: connection, record: record)
    }

    /// `customer_id … metadata`, in table order.
    private static func mutableColumns(_ subscription: Subscription) throws -> [SQLValue] {
        [subscription.customerID.sqlValue, .text(subscription.externalSystem), .text(subscription.externalID),
         .text(subscription.status.rawValue), subscription.currentPeriodStart.sqlValue, subscription.currentPeriodEnd.sqlValue,
         subscription.cancelAtPeriodEnd.sqlValue, subscription.canceledAt.sqlValue, .text(try MetadataColumn.encode(subscription.metadata))]
    }

    private static func record(_ row: SQLRow) throws -> Subscription {
        Subscription(
            id: try row.string("id"), productID: try row.string("product_id"), customerID: try row.optionalString("customer_id"),
            externalSystem: try row.string("external_system"), externalID: try row.string("external_id"),
            status: SubscriptionStatus(rawValue: try row.string("status")), currentPeriodStart: try row.date("current_period_start"),
            currentPeriodEnd: try row.date("current_period_end"), cancelAtPeriodEnd: try row.bool("cancel_at_period_end"),
            canceledAt: try row.optionalDate("canceled_at"), metadata: try MetadataColumn.decode(try row.string("metadata")),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}
