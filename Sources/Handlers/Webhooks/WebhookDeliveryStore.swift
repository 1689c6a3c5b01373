import Foundation
import LocksmithStorage

/// SQL for `webhook_deliveries` and `webhook_attempts`: claiming due deliveries, recording what their attempts did,
/// and the counts health reports need.
enum WebhookDeliveryStore {
    /// How long the start of a receiver's answer is kept with its attempt.
    static let keptBodyBytes = 512

    /// Claims up to `limit` due deliveries of active endpoints of `accounts` (the enrolled ones), shared fairly between
    /// them in this one transaction: accounts with the fewest deliveries `inFlight` on this worker go first (ties in
    /// random order), each first takes one delivery, and the slots left are then split evenly among those with more due.
    /// So a slot that frees goes to an account that has none in flight before one that has many, and one account's
    /// backlog delays another's next delivery by at most one slot's turn.
    ///
    /// A claim moves the delivery's `next_attempt_at` to `leaseUntil` and marks it with `token`. Claimers never take
    /// the same row: PostgreSQL skips rows another claimer has locked and re-checks the due time of rows it waited
    /// for, and SQLite has one writer. A worker that dies holding a claim leaves the delivery due at `leaseUntil`.
    static func claim(
        limit: Int, accounts: [String], inFlight: [String: Int] = [:], token: String, now: Date, leaseUntil: Date,
        on connection: any SQLConnection
    ) throws -> [ClaimedDelivery] {
        let order = accounts.shuffled().sorted { inFlight[$0, default: 0] < inFlight[$1, default: 0] }
        var claimed: [ClaimedDelivery] = []
        var withMore: [String] = []
        for account in order where claimed.count < limit {
            let first = try claim(limit: 1, token: token, now: now, leaseUntil: leaseUntil, on: try connection.tenant(account))
            claimed += first
            if !first.isEmpty { withMore.append(account) }
        }
        // The slots left, shared evenly among the accounts that may have more, again and again: an account with fewer
        // due than its share leaves the rest to the others.
        while claimed.count < limit, !withMore.isEmpty {
            let share = max(1, (limit - claimed.count) / withMore.count)
            var stillMore: [String] = []
            for account in withMore where claimed.count < limit {
                let taken = try claim(
                    limit: min(share, limit - claimed.count), token: token, now: now, leaseUntil: leaseUntil, on: try connection.tenant(account))
                claimed += taken
                if taken.count == share { stillMore.append(account) }
            }
            withMore = stillMore
        }
        return claimed
    }

    private static func claim(limit: Int, token: String, now: Date, leaseUntil: Date, on connection: TenantConnection) throws -> [ClaimedDelivery] {
        let rows = try connection.query(
            """
            SELECT d.id, d.endpoint_id, d.event_type, d.payload, d.attempts, d.first_attempt_at, e.url, e.sealed_secret,
                   e.previous_sealed_secret, e.previous_secret_until, d.traceparent
            FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
            WHERE d.account_id = $account AND d.state = 'pending' AND d.next_attempt_at <= $1 AND e.is_active = 1
            ORDER BY d.next_attempt_at LIMIT $2
            """ + connection.dialect.forUpdateSkipLocked(of: "d"),
            [now.sqlValue, .integer(Int64(limit))])
        guard !rows.isEmpty else { return [] }
        let deliveries = try rows.map { row in
            ClaimedDelivery(
                accountID: connection.account, id: try row.string("id"), endpointID: try row.string("endpoint_id"),
                eventType: try row.string("event_type"), payload: try row.bytes("payload"), attempts: try row.int("attempts"),
                firstAttemptAt: try row.optionalDate("first_attempt_at"), url: try row.string("url"), sealedSecret: try row.bytes("sealed_secret"),
                previousSealedSecret: try row.optionalBytes("previous_sealed_secret"),
                previousSecretUntil: try row.optionalDate("previous_secret_until"), traceparent: try row.optionalString("traceparent"),
                token: token)
        }
        let placeholders = deliveries.indices.map { "$\($0 + 3)" }.joined(separator: ", ")
        try connection.execute(
            "UPDATE webhook_deliveries SET claim_token = $1, next_attempt_at = $2 WHERE account_id = $account AND id IN (\(placeholders))",
            [.text(token), leaseUntil.sqlValue] + deliveries.map { .text($0.id) })
        return deliveries
    }

    /// What an attempt did, as `webhook_attempts` keeps it.
    struct Attempt: Sendable {
        var at: Date
        var succeeded: Bool
        var statusCode: Int?
        var latencyMilliseconds: Int
        var error: String?
        var responseBody: String?
    }

    /// Where a delivery goes after an attempt.
    enum Next: Sendable {
        case delivered
        case retry(at: Date)
        case givenUp
    }

    /// Records `attempt` and moves the delivery on, if the claim still holds it; returns whether it did. A claim is
    /// lost when its lease ran out and another worker took the delivery, or when the endpoint was deleted.
    static func record(_ attempt: Attempt, next: Next, of claim: ClaimedDelivery, on connection: TenantConnection) throws -> Bool {
        let (state, nextAttemptAt, completedAt): (String, Date?, Date?) = switch next {
        case .delivered: ("delivered", nil, attempt.at)
        case .retry(let date): ("pending", date, nil)
        case .givenUp: ("failed", nil, attempt.at)
        }
        let moved = try connection.execute(
            """
            UPDATE webhook_deliveries SET state = $3, attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, $4),
                next_attempt_at = $5, completed_at = $6, claim_token = NULL
            WHERE id = $1 AND claim_token = $2 AND account_id = $account
            """,
            [.text(claim.id), .text(claim.token), .text(state), attempt.at.sqlValue, nextAttemptAt.sqlValue, completedAt.sqlValue])
        guard moved == 1 else { return false }
        try connection.execute(
            """
            INSERT INTO webhook_attempts (account_id, id, delivery_id, endpoint_id, attempted_at, succeeded, status_code, latency_ms, error,
                                          response_body)
            VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            [.text(ResourceID.make("wha", at: attempt.at)), .text(claim.id), .text(claim.endpointID), attempt.at.sqlValue,
             attempt.succeeded.sqlValue, attempt.statusCode.sqlValue, attempt.latencyMilliseconds.sqlValue, attempt.error.sqlValue,
             attempt.responseBody.sqlValue])
        return true
    }

    /// Gives a claimed delivery back unattempted, due at once (a worker stopping before it could send it).
    static func release(_ claim: ClaimedDelivery, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            "UPDATE webhook_deliveries SET claim_token = NULL, next_attempt_at = $3 WHERE id = $1 AND claim_token = $2 AND account_id = $account",
            [.text(claim.id), .text(claim.token), date.sqlValue])
    }

    /// The queued deliveries of every enrolled account, for the backlog gauge.
    static func backlog(on connection: any SQLConnection) throws -> Int {
        try WebhookEndpointStore.enrolledAccounts(on: connection).reduce(0) { total, account in
            total + Int(try pending(on: try connection.tenant(account)).reduce(0) { $0 + $1.value.count })
        }
    }

    /// Queued deliveries by endpoint: how many, and when the oldest was queued.
    static func pending(on connection: TenantConnection) throws -> [String: (count: Int64, oldest: Date)] {
        let rows = try connection.query(
            """
            SELECT endpoint_id, COUNT(*) AS n, MIN(created_at) AS oldest FROM webhook_deliveries
            WHERE account_id = $account AND state = 'pending' GROUP BY endpoint_id
            """, [])
        return try rows.reduce(into: [:]) { result, row in
            result[try row.string("endpoint_id")] = (try row.int64("n"), try row.date("oldest"))
        }
    }

    /// Deliveries completed in `from..<to`, by endpoint: how many were delivered and how many given up.
    static func completed(from: Date, to: Date, on connection: TenantConnection) throws -> [String: (delivered: Int64, failed: Int64)] {
        let rows = try connection.query(
            """
            SELECT endpoint_id, state, COUNT(*) AS n FROM webhook_deliveries
            WHERE account_id = $account AND completed_at >= $1 AND completed_at < $2 GROUP BY endpoint_id, state
            """, [from.sqlValue, to.sqlValue])
        return try rows.reduce(into: [:]) { result, row in
            var counts = result[try row.string("endpoint_id")] ?? (0, 0)
            if try row.string("state") == "delivered" { counts.delivered += try row.int64("n") } else { counts.failed += try row.int64("n") }
            result[try row.string("endpoint_id")] = counts
        }
    }

    /// The attempts of `from..<to`, by endpoint: whether each succeeded and how long it took.
    static func attempts(from: Date, to: Date, endpointID: String?, on connection: TenantConnection) throws -> [String: [(succeeded: Bool, latency: Int)]] {
        var binds: [SQLValue] = [from.sqlValue, to.sqlValue]
        var sql = "SELECT endpoint_id, succeeded, latency_ms FROM webhook_attempts WHERE account_id = $account AND attempted_at >= $1 AND attempted_at < $2"
        if let endpointID {
            binds.append(.text(endpointID))
            sql += " AND endpoint_id = $3"
        }
        return try connection.query(sql, binds).reduce(into: [:]) { result, row in
            result[try row.string("endpoint_id"), default: []].append((try row.bool("succeeded"), try row.int("latency_ms")))
        }
    }
}
