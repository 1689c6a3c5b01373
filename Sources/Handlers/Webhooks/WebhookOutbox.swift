import Foundation
import LocksmithAPI
import LocksmithStorage

/// The transactional outbox of webhook deliveries: the journal (`Journal.swift`) queues one delivery per subscribed
/// endpoint in the transaction of the change it announces, so an event is queued exactly when its change commits.
public enum WebhookOutbox {
    /// The payload bytes: written by hand around the resource's own compact JSON, in sorted key order, so that they
    /// are exactly what the payload schemas (`LicenseWebhookPayload`…) encode to.
    static func payload(type: String, data: (any Encodable & Sendable)?, at date: Date) throws -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("data")
        writer.writeRaw(try data.map { String(decoding: try LocksmithJSON.encodeData($0), as: UTF8.self) } ?? "null")
        writer.field("timestamp", date)
        writer.field("type", type)
        writer.endObject()
        return writer.bytes
    }
}
