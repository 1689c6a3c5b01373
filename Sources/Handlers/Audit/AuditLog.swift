import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// The tamper-evident audit chains, one per account, so that each vendor can verify its own history.
///
/// Every event is appended in the transaction of the change it records, by the journal (`Journal.swift`). Its hash is
/// `SHA-256(previous hash ‖ canonical JSON of the event)`, where the canonical JSON is the contract's
/// `Event` encoded with sorted keys (the genesis event has no previous hash). Each account's head row holds its
/// latest sequence and hash; appends lock it (`FOR UPDATE` on PostgreSQL; SQLite has one writer), which
/// serialises an account's appends across any number of server instances and keeps its sequences contiguous.
public enum AuditLog {
    /// Metadata keys whose values never reach the log.
    static let secretKeyFragments = ["token", "secret", "password", "license_key", "private"]

    /// The account's events newest first, below the cursor (a sequence), matching every filter (column, value).
    static func page(
        before cursor: Int64?, matching filters: [(column: String, value: String)], limit requested: Int?, on connection: TenantConnection
    ) throws -> (events: [Event], next: Int64?) {
        var binds: [SQLValue] = []
        let conditions = ["account_id = $account"] + filters.map { filter in
            binds.append(.text(filter.value))
            return "\(filter.column) = $\(binds.count)"
        }
        let page = try Listing.page(
            "sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata, ip_address, created_at", from: "audit_events",
            where: conditions, binding: binds, keyset: Keyset([.integer("sequence")], descending: true) { [.integer($0.sequence)] },
            after: cursor.map(String.init), limit: requested, on: connection, record: event(from:))
        return (page.items, page.next.flatMap { Int64($0) })
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

    static func redacted(_ metadata: [String: JSONValue]) -> [String: JSONValue] {
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
    /// Starts a new account's empty chain.
    static func startChain(on connection: TenantConnection) throws {
        try connection.execute("INSERT INTO audit_chain_heads (account_id, sequence, hash) VALUES ($account, 0, NULL)", [])
    }
}
