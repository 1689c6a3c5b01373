import Foundation
import LocksmithAPI
import LocksmithStorage

/// The journal: the one way a change is recorded. `AuditedChange.record(_:on:)` writes, in the caller's transaction,
/// everything the event declares (`JournalEvent`): the audit-chain event, one webhook delivery per subscribed endpoint,
/// and the activity-ledger row of a licensing activity. The appends those need live in this file and nowhere else, so
/// no area can write one of them on its own, or forget one.
extension AuditedChange {
    func record(_ event: JournalEvent, on connection: TenantConnection) throws {
        if event.isAudited {
            try AuditLog.append(
                AuditEntry(
                    event.type, actor: actor, resourceType: event.resourceType, resourceID: event.resourceID, metadata: event.metadata,
                    ipAddress: ipAddress),
                at: date, on: connection)
        }
        if let announcement = event.announcement {
            try WebhookOutbox.enqueue(announcement, at: date, on: connection)
        }
        if let entry = event.activity {
            try ActivityLedger.append(contentsOf: [entry.activity(self)], on: connection)
        }
    }
}

/// The ledger rows of runtime decisions, which the call's trace builds (`RuntimeTrace`) rather than an event: a change's
/// row in the change's transaction, and the batched rows of the calls that change nothing, which `ActivityBatcher`
/// hands back here to be written.
enum Journal {
    /// Rows the batcher collected (validations, checks, heartbeats, refusals), in the flush's transaction.
    static func recordBatched(_ rows: some Collection<Activity>, on connection: TenantConnection) throws {
        try ActivityLedger.append(contentsOf: rows, on: connection)
    }

    /// The row of a runtime call that changed something, in the change's transaction. Only a consumption's row carries
    /// an amount, and only when it consumed (a repeated `event_id` consumes nothing): such a row is also announced as
    /// `usage.consumed`.
    static func recordDecision(_ row: Activity, on connection: TenantConnection) throws {
        try ActivityLedger.append(contentsOf: [row], on: connection)
        if row.amount > 0 {
            try WebhookOutbox.enqueue(.usageConsumed(row), at: row.occurredAt, on: connection)
        }
    }
}

extension AuditLog {
    /// Appends one event to the account's chain: locks the head row, links the event to it by hash, and moves the head.
    @discardableResult
    fileprivate static func append(_ entry: AuditEntry, at date: Date, on connection: TenantConnection) throws -> Event {
        guard let head = try connection.queryOne(
            "SELECT sequence, hash FROM audit_chain_heads WHERE account_id = $account" + connection.dialect.forUpdate, [])
        else {
            throw StorageError(.other, "the audit chain head of account \(connection.account) is missing")
        }
        let previousHash = try head.optionalBytes("hash")
        let event = Event(
            sequence: try head.int64("sequence") + 1, eventType: entry.eventType, actorType: entry.actor.type,
            actorID: entry.actor.id, resourceType: entry.resourceType, resourceID: entry.resourceID,
            metadata: redacted(entry.metadata), ipAddress: entry.ipAddress, createdAt: date)
        let hash = try chainHash(previous: previousHash, event: event)
        try connection.execute(
            """
            INSERT INTO audit_events (account_id, sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata,
                                      ip_address, created_at, prev_hash, hash)
            VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """,
            [.integer(event.sequence), .text(event.eventType), .text(event.actorType.rawValue), .text(event.actorID),
             .text(event.resourceType), event.resourceID.map(SQLValue.text) ?? .null,
             .text(try metadataText(event.metadata)), event.ipAddress.map(SQLValue.text) ?? .null,
             date.sqlValue, previousHash.map(SQLValue.blob) ?? .null, .blob(hash)])
        try connection.execute(
            "UPDATE audit_chain_heads SET sequence = $1, hash = $2 WHERE account_id = $account", [.integer(event.sequence), .blob(hash)])
        return event
    }
}

extension WebhookOutbox {
    /// Queues one delivery of `event` per active endpoint of the account subscribed to its type, each with the same
    /// payload bytes (`payload(type:data:at:)`), which every attempt then sends as they are. The cost on the write path
    /// is one indexed read of the account's active endpoints, and one insert per subscribed endpoint.
    fileprivate static func enqueue(_ event: WebhookEvent, at date: Date, on connection: TenantConnection) throws {
        let type = event.type.rawValue
        let endpoints = try connection.query(
            "SELECT id, event_types FROM webhook_endpoints WHERE account_id = $account AND is_active = 1", []
        ).filter { row in
            let types = try row.string("event_types")
            return types.isEmpty || types.split(separator: " ").contains { $0 == type }
        }
        guard !endpoints.isEmpty else { return }
        let payload = try payload(type: type, data: event.data, at: date)
        let traceparent = Traces.currentTraceparent().map(SQLValue.text) ?? .null
        for endpoint in endpoints {
            try connection.execute(
                """
                INSERT INTO webhook_deliveries (account_id, id, endpoint_id, event_type, payload, state, attempts, next_attempt_at, created_at,
                                                traceparent)
                VALUES ($account, $1, $2, $3, $4, 'pending', 0, $5, $5, $6)
                """,
                [.text(ResourceID.make("msg", at: date)), .text(try endpoint.string("id")), .text(type), .blob(payload), date.sqlValue,
                 traceparent])
        }
    }
}

extension ActivityLedger {
    /// Appends rows with as few statements as it can: a batch of validations is written in chunks of 64, 16, 4 and 1
    /// rows, so that a connection prepares at most four shapes of the statement. A runtime decision's `duration_ms` is
    /// how long the server took to decide it; ops reports its percentiles.
    fileprivate static func append(contentsOf activities: some Collection<Activity>, on connection: TenantConnection) throws {
        var rest = activities[...]
        while !rest.isEmpty {
            let size = [64, 16, 4, 1].first { $0 <= rest.count } ?? 1
            let chunk = rest.prefix(size)
            rest = rest.dropFirst(size)
            var binds: [SQLValue] = []
            binds.reserveCapacity(size * valuesPerRow)
            for activity in chunk {
                binds += [
                    .text(activity.id), activity.occurredAt.sqlValue, .text(activity.action), .text(activity.source.rawValue),
                    activity.productID.sqlValue, activity.customerID.sqlValue, activity.licenseID.sqlValue, activity.orderID.sqlValue,
                    activity.subscriptionID.sqlValue, activity.featureCode.sqlValue, .integer(activity.amount),
                    .integer(Int64(activity.statusCode)), .text(activity.resultClass.rawValue), activity.reasonCode.sqlValue,
                    activity.deviceID.sqlValue, activity.appVersion.sqlValue, activity.requestID.sqlValue, activity.durationMs.sqlValue,
                    .text(try MetadataColumn.encode(activity.metadata)),
                ]
            }
            try connection.execute("INSERT INTO activities (account_id, \(columns)) VALUES " + insertRows(size), binds)
        }
        try LedgerDays.add(activities, on: connection)
    }

    /// The values each row binds, after the account.
    private static let valuesPerRow = 19

    /// `($account, $1, …, $19), ($account, $20, …)` for `count` rows.
    private static func insertRows(_ count: Int) -> String {
        (0..<count).map { row in
            "($account, " + (1...valuesPerRow).map { "$\(row * valuesPerRow + $0)" }.joined(separator: ", ") + ")"
        }.joined(separator: ", ")
    }
}
