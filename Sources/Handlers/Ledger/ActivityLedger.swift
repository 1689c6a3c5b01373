import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the append-only `activities` table: one normalized row per licensing action, management or runtime,
/// allowed or denied. Rows are never updated; their attribution is what it was when they were written.
enum ActivityLedger {
    /// The columns `record` reads, in table order.
    static let columns = """
        id, occurred_at, action, source, product_id, customer_id, license_id, order_id, subscription_id, feature_code, amount,
        status_code, result_class, reason_code, device_id, app_version, request_id, duration_ms, metadata
        """

    /// The account's rows in `filter`'s window matching its filters, newest first, after the cursor.
    static func page(_ filter: ActivityFilter, after cursor: String?, limit requested: Int?, on connection: TenantConnection) throws -> Page<Activity> {
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds)
        return try Listing.page(
            columns, from: "activities", where: conditions, binding: binds, keyset: order(descending: true), after: cursor, limit: requested,
            on: connection, record: record)
    }

    /// The ledger's order: by time, then id (rows of one millisecond are in id order).
    static func order<Row>(descending: Bool, _ position: @escaping (Row) -> (occurredAt: Date, id: String)) -> Keyset<Row> {
        Keyset([.integer("occurred_at"), .id("id")], descending: descending) { row in
            let (occurredAt, id) = position(row)
            return [.integer(occurredAt.millisecondsSince1970), .text(id)]
        }
    }

    static func order(descending: Bool) -> Keyset<Activity> {
        order(descending: descending) { ($0.occurredAt, $0.id) }
    }

    /// The contract's `Activity` from a row of `columns`.
    static func record(_ row: SQLRow) throws -> Activity {
        Activity(
            id: try row.string("id"), occurredAt: try row.date("occurred_at"), action: try row.string("action"),
            source: ActivitySource(rawValue: try row.string("source")), productID: try row.optionalString("product_id"),
            customerID: try row.optionalString("customer_id"), licenseID: try row.optionalString("license_id"),
            orderID: try row.optionalString("order_id"), subscriptionID: try row.optionalString("subscription_id"),
            featureCode: try row.optionalString("feature_code"), amount: try row.int64("amount"), statusCode: try row.int("status_code"),
            resultClass: ActivityResultClass(rawValue: try row.string("result_class")), reasonCode: try row.optionalString("reason_code"),
            deviceID: try row.optionalString("device_id"), appVersion: try row.optionalString("app_version"),
            requestID: try row.optionalString("request_id"), durationMs: try row.optionalInt("duration_ms"),
            metadata: try MetadataColumn.decode(try row.string("metadata")))
    }
}
