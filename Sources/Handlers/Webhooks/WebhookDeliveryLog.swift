import Foundation
import LocksmithAPI
import LocksmithStorage

/// What an account may see of its deliveries (`listWebhookDeliveries`) and send again (`redeliverWebhookDelivery`):
/// the `webhook_deliveries` rows of one endpoint with their `webhook_attempts`, read and reset here; the worker's claims
/// and attempts are `WebhookDeliveryStore`'s.
enum WebhookDeliveryLog {
    private static let columns = "id, endpoint_id, event_type, state, attempts, next_attempt_at, completed_at, created_at"

    /// The endpoint's deliveries, newest first, with their attempts.
    static func page(
        endpointID: String, status: WebhookDeliveryStatus?, eventType: WebhookEventType?, after cursor: String?, limit: Int?,
        on connection: TenantConnection
    ) throws -> Page<WebhookDelivery> {
        var binds: [SQLValue] = [.text(endpointID)]
        var conditions = ["account_id = $account", "endpoint_id = $1"]
        if let status {
            binds.append(.text(status.rawValue))
            conditions.append("state = $\(binds.count)")
        }
        if let eventType {
            binds.append(.text(eventType.rawValue))
            conditions.append("event_type = $\(binds.count)")
        }
        var page = try Listing.page(
            columns, from: "webhook_deliveries", where: conditions, binding: binds,
            keyset: Keyset([.id("id")], descending: true) { [.text($0.id)] }, after: cursor, limit: limit, on: connection,
            record: { try record($0, attempts: []) })
        let attempts = try self.attempts(of: page.items.map(\.id), on: connection)
        for index in page.items.indices { page.items[index].attempts = attempts[page.items[index].id] ?? [] }
        return page
    }

    /// One delivery of the endpoint, with its attempts, locked for the rest of a write transaction when `locking`.
    static func require(id: String, endpointID: String, locking: Bool = false, on connection: TenantConnection) throws -> WebhookDelivery {
        let lock = locking ? connection.dialect.forUpdate : ""
        guard let row = try connection.queryOne(
            "SELECT \(columns) FROM webhook_deliveries WHERE id = $1 AND endpoint_id = $2 AND account_id = $account" + lock,
            [.text(id), .text(endpointID)])
        else { throw APIError.notFound("webhook delivery", id: id) }
        return try record(row, attempts: try attempts(of: [id], on: connection)[id] ?? [])
    }

    /// Makes a finished delivery pending and due at once, as if just queued: same id and payload bytes, attempts from 0.
    static func redeliver(id: String, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = $2, claim_token = NULL,
                first_attempt_at = NULL, completed_at = NULL
            WHERE id = $1 AND account_id = $account
            """, [.text(id), date.sqlValue])
    }

    private static func attempts(of deliveryIDs: [String], on connection: TenantConnection) throws -> [String: [WebhookDeliveryAttempt]] {
        guard !deliveryIDs.isEmpty else { return [:] }
        let placeholders = deliveryIDs.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        let rows = try connection.query(
            """
            SELECT delivery_id, attempted_at, succeeded, status_code, latency_ms, error FROM webhook_attempts
            WHERE account_id = $account AND delivery_id IN (\(placeholders)) ORDER BY attempted_at, id
            """, deliveryIDs.map(SQLValue.text))
        return try rows.reduce(into: [:]) { result, row in
            result[try row.string("delivery_id"), default: []].append(WebhookDeliveryAttempt(
                attemptedAt: try row.date("attempted_at"), succeeded: try row.bool("succeeded"),
                statusCode: try row.optionalInt("status_code").map(Nullable.value), durationMs: try row.int("latency_ms"),
                error: try row.optionalString("error").map(Nullable.value)))
        }
    }

    private static func record(_ row: SQLRow, attempts: [WebhookDeliveryAttempt]) throws -> WebhookDelivery {
        WebhookDelivery(
            id: try row.string("id"), endpointID: try row.string("endpoint_id"), eventType: WebhookEventType(rawValue: try row.string("event_type")),
            status: WebhookDeliveryStatus(rawValue: try row.string("state")), attemptCount: try row.int("attempts"),
            nextAttemptAt: try row.optionalDate("next_attempt_at").map(Nullable.value),
            completedAt: try row.optionalDate("completed_at").map(Nullable.value), createdAt: try row.date("created_at"), attempts: attempts)
    }
}
