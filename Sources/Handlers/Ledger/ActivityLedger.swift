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
        let limit = Listing.limit(requested)
        var binds: [SQLValue] = [.integer(Int64(limit + 1))]
        var conditions = filter.conditions(binding: &binds)
        if let cursor {
            let position = try ActivityCursor(cursor)
            binds += [.integer(position.occurredAt), .text(position.id)]
            conditions.append("(occurred_at < $\(binds.count - 1) OR (occurred_at = $\(binds.count - 1) AND id < $\(binds.count)))")
        }
        let rows = try connection.query(
            "SELECT \(columns) FROM activities WHERE \(conditions.joined(separator: " AND ")) ORDER BY occurred_at DESC, id DESC LIMIT $1",
            binds)
        return Page(rows: try rows.map(record), limit: limit) { ActivityCursor(occurredAt: $0.occurredAt.millisecondsSince1970, id: $0.id).text }
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
