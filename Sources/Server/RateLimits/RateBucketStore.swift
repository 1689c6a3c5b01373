import LocksmithStorage

/// SQL for `rate_limit_buckets` (PostgreSQL): one row per bucket window, its GCRA `tat` in microseconds.
enum RateBucketStore {
    /// What one instance brings to one bucket window in a sync.
    struct Change: Sendable {
        var bucket: String
        var interval: Int64
        var tolerance: Int64
        /// Tokens of a lapsed allotment, given back.
        var returned: Int64
        /// Tokens spent without an allotment, owed whether or not the bucket holds them.
        var charged: Int64
        /// Tokens asked for, as a new allotment.
        var wanted: Int64
    }

    /// What the bucket gave: the allotment and its `tat` afterwards.
    struct Outcome: Sendable {
        var granted: Int64
        var tat: Int64
    }

    /// Applies every change in one transaction. Rows are created, then locked, in the order of their names, so that two
    /// instances syncing overlapping buckets never wait for each other in a cycle. An allotment takes at most half of
    /// what the bucket holds (at least one token), so that several instances share a bucket that is running out.
    static func apply(_ changes: [Change], now: Int64, on connection: any SQLConnection) throws -> [String: Outcome] {
        let sorted = changes.sorted { $0.bucket < $1.bucket }
        let names = "{" + sorted.map(\.bucket).joined(separator: ",") + "}"
        try connection.execute(
            """
            INSERT INTO rate_limit_buckets (bucket, tat) SELECT name, 0 FROM unnest($1::text[]) AS name ORDER BY name
            ON CONFLICT (bucket) DO NOTHING
            """, [.text(names)])
        let rows = try connection.query(
            "SELECT bucket, tat FROM rate_limit_buckets WHERE bucket = ANY($1::text[]) ORDER BY bucket FOR UPDATE", [.text(names)])
        var tats: [String: Int64] = [:]
        for row in rows { tats[try row.string("bucket")] = try row.int64("tat") }
        var outcomes: [String: Outcome] = [:]
        for change in sorted {
            let rule = GCRA(interval: change.interval, tolerance: change.tolerance)
            var tat = (tats[change.bucket] ?? 0) - change.returned * change.interval
            if change.charged > 0 { tat = rule.charge(change.charged, tat: tat, now: now) }
            let holds = rule.remaining(tat: tat, now: now)
            let granted = holds == 0 ? 0 : min(change.wanted, max(1, holds / 2))
            if granted > 0 { tat = rule.charge(granted, tat: tat, now: now) }
            outcomes[change.bucket] = Outcome(granted: granted, tat: tat)
        }
        try connection.execute(
            """
            UPDATE rate_limit_buckets AS b SET tat = u.tat
            FROM unnest($1::text[], $2::bigint[]) AS u(bucket, tat) WHERE b.bucket = u.bucket
            """,
            [.text(names), .text("{" + sorted.map { String(outcomes[$0.bucket]!.tat) }.joined(separator: ",") + "}")])
        return outcomes
    }

    /// Deletes the rows of buckets that have been full since before `before`: a missing row is a full bucket.
    static func prune(before: Int64, on connection: any SQLConnection) throws -> Int {
        try connection.execute("DELETE FROM rate_limit_buckets WHERE tat < $1", [.integer(before)])
    }
}
