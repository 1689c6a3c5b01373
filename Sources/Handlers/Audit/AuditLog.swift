import Foundation
import LocksmithAPI
import LocksmithCrypto
public import LocksmithStorage

/// The tamper-evident audit chain.
///
/// Every event is appended in the transaction of the change it records. Its hash is
/// `SHA-256(previous hash ‖ canonical JSON of the event)`, where the canonical JSON is the contract's
/// `Event` encoded with sorted keys (the genesis event has no previous hash). A single head row holds the
/// latest sequence and hash; appends lock it (`FOR UPDATE` on PostgreSQL; SQLite has one writer), which
/// serialises appends across any number of server instances and keeps sequences contiguous.
public enum AuditLog {
    /// Metadata keys whose values never reach the log.
    static let secretKeyFragments = ["token", "secret", "password", "license_key", "private"]

    @discardableResult
    static func append(_ entry: AuditEntry, at date: Date, on connection: any SQLConnection) throws -> Event {
        guard let head = try connection.queryOne("SELECT sequence, hash FROM audit_chain_head WHERE id = 1" + connection.dialect.forUpdate, []) else {
            throw StorageError(.other, "the audit chain head is missing")
        }
        let previousHash = try head.optionalBytes("hash")
        let event = Event(
            sequence: try head.int64("sequence") + 1, eventType: entry.eventType, actorType: entry.actor.type,
            actorID: entry.actor.id, resourceType: entry.resourceType, resourceID: entry.resourceID,
            metadata: redacted(entry.metadata), ipAddress: entry.ipAddress, createdAt: date)
        let hash = try chainHash(previous: previousHash, event: event)
        try connection.execute(
            """
            INSERT INTO audit_events (sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata,
                                      ip_address, created_at, prev_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """,
            [.integer(event.sequence), .text(event.eventType), .text(event.actorType.rawValue), .text(event.actorID),
             .text(event.resourceType), event.resourceID.map(SQLValue.text) ?? .null,
             .text(try metadataText(event.metadata)), event.ipAddress.map(SQLValue.text) ?? .null,
             date.sqlValue, previousHash.map(SQLValue.blob) ?? .null, .blob(hash)])
        try connection.execute("UPDATE audit_chain_head SET sequence = $1, hash = $2 WHERE id = 1", [.integer(event.sequence), .blob(hash)])
        return event
    }

    static func chainHash(previous: [UInt8]?, event: Event) throws -> [UInt8] {
        Digest.sha256((previous ?? []) + [UInt8](try LocksmithJSON.encodeData(event)))
    }

    static func metadataText(_ metadata: [String: JSONValue]) throws -> String {
        String(decoding: try LocksmithJSON.encodeData(metadata), as: UTF8.self)
    }

    static func event(from row: SQLRow) throws -> Event {
        let metadata = try LocksmithJSON.decode([String: JSONValue].self, from: Data(try row.string("metadata").utf8))
        return Event(
            sequence: try row.int64("sequence"), eventType: try row.string("event_type"),
            actorType: AuditActorType(rawValue: try row.string("actor_type")), actorID: try row.string("actor_id"),
            resourceType: try row.string("resource_type"), resourceID: try row.optionalString("resource_id"),
            metadata: metadata, ipAddress: try row.optionalString("ip_address"), createdAt: try row.date("created_at"))
    }

    private static func redacted(_ metadata: [String: JSONValue]) -> [String: JSONValue] {
        metadata.reduce(into: [:]) { result, pair in
            let key = pair.key.lowercased()
            if secretKeyFragments.contains(where: key.contains) {
                result[pair.key] = "[redacted]"
            } else if case .object(let nested) = pair.value {
                result[pair.key] = .object(redacted(nested))
            } else {
                result[pair.key] = pair.value
            }
        }
    }
}

extension AuditLog {
    /// Takes the chain lock for the rest of the transaction (PostgreSQL; SQLite's write transaction already
    /// excludes other writers). Use it before reading state that decides what to write.
    public static func lockChain(on connection: any SQLConnection) throws {
        _ = try connection.queryOne("SELECT sequence FROM audit_chain_head WHERE id = 1" + connection.dialect.forUpdate, [])
    }
}
