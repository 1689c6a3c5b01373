public import Foundation
import LocksmithAPI
public import LocksmithStorage

/// The one way an area announces an event to webhook subscribers: `enqueue`, called in the transaction of the change
/// it announces, so that an event is queued exactly when its change commits.
///
/// Management changes enqueue through `AuditedChange.record(…, announcing:)`, next to their audit event; runtime
/// and reporting code calls `enqueue` directly with the resource it returns.
public enum WebhookOutbox {
    /// Queues one delivery of `type` per active endpoint of the account subscribed to it, each with the same payload
    /// bytes `{"data":…,"timestamp":…,"type":…}` (compact, sorted keys), which every attempt then sends as they are.
    ///
    /// `data` is the resource as the API returns it (`License`, `Device`, `APIKey`…). Types outside the
    /// `WebhookEventType` catalogue are not announced, so callers may pass any audit event type. The cost on the write
    /// path is one indexed read of the account's active endpoints, and one insert per subscribed endpoint.
    public static func enqueue(type: String, data: some Encodable, at date: Date, on connection: TenantConnection) throws {
        guard WebhookEventType(rawValue: type).isKnown else { return }
        let endpoints = try connection.query(
            "SELECT id, event_types FROM webhook_endpoints WHERE account_id = $account AND is_active = 1", []
        ).filter { row in
            let types = try row.string("event_types")
            return types.isEmpty || types.split(separator: " ").contains { $0 == type }
        }
        guard !endpoints.isEmpty else { return }
        let payload = try payload(type: type, data: data, at: date)
        for endpoint in endpoints {
            try connection.execute(
                """
                INSERT INTO webhook_deliveries (account_id, id, endpoint_id, event_type, payload, state, attempts, next_attempt_at, created_at)
                VALUES ($account, $1, $2, $3, $4, 'pending', 0, $5, $5)
                """,
                [.text(ResourceID.make("msg", at: date)), .text(try endpoint.string("id")), .text(type), .blob(payload), date.sqlValue])
        }
    }

    /// The payload bytes: written by hand around the resource's own compact JSON, in sorted key order, so that they
    /// are exactly what the payload schemas (`LicenseWebhookPayload`…) encode to.
    static func payload(type: String, data: some Encodable, at date: Date) throws -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("data")
        writer.writeRaw(String(decoding: try LocksmithJSON.encodeData(data), as: UTF8.self))
        writer.field("timestamp", date)
        writer.field("type", type)
        writer.endObject()
        return writer.bytes
    }
}
