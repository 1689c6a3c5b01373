import Foundation
import LocksmithAPI
import LocksmithStorage

/// Ops reads over the runtime decisions of the activity ledger: rows with `source = 'runtime'`, whose `action` is the
/// runtime operation (`license.validate`…), with their result class, reason code and, where measured, `duration_ms`.
enum RuntimeDecisionStore {
    /// What narrows the rows: the window and equality filters on attribution columns.
    struct Filter: Sendable {
        var window: OpsWindow
        var equalities: [(column: String, value: String)]
    }

    /// Decision counts and durations of one action.
    struct ActionStats: Sendable {
        var success: Int64 = 0
        var denied: Int64 = 0
        var error: Int64 = 0
        var latency = LatencyHistogram()

        var requests: Int64 { success + denied + error }
    }

    /// The window's decisions by action.
    static func statistics(_ filter: Filter, on connection: TenantConnection) throws -> [String: ActionStats] {
        let (conditions, binds) = where_(filter)
        let rows = try connection.query(
            """
            SELECT action, result_class, duration_ms, COUNT(*) AS n FROM activities
            WHERE \(conditions) GROUP BY action, result_class, duration_ms
            """, binds)
        var stats: [String: ActionStats] = [:]
        for row in rows {
            let count = try row.int64("n")
            var action = stats[try row.string("action")] ?? ActionStats()
            switch ActivityResultClass(rawValue: try row.string("result_class")) {
            case .success: action.success += count
            case .denied: action.denied += count
            default: action.error += count
            }
            if let duration = try row.optionalInt("duration_ms") { action.latency.add(duration, count: count) }
            stats[try row.string("action")] = action
        }
        return stats
    }

    /// The window's denied and failed decisions grouped by action, result class and reason code, most frequent first.
    static func errorGroups(_ filter: Filter, limit: Int, on connection: TenantConnection) throws -> [RuntimeErrorGroup] {
        var (conditions, binds) = where_(filter)
        binds.append(.integer(Int64(limit)))
        let rows = try connection.query(
            """
            SELECT action, result_class, reason_code, COUNT(*) AS n, MIN(occurred_at) AS first_seen, MAX(occurred_at) AS last_seen,
                   MAX(request_id) AS sample_request_id, MAX(license_id) AS sample_license_id
            FROM activities WHERE \(conditions) AND result_class IN ('denied', 'error')
            GROUP BY action, result_class, reason_code
            ORDER BY n DESC, last_seen DESC, action, result_class, COALESCE(reason_code, '')
            LIMIT $\(binds.count)
            """, binds)
        return try rows.map { row in
            RuntimeErrorGroup(
                action: try row.string("action"), resultClass: ActivityResultClass(rawValue: try row.string("result_class")),
                reasonCode: try row.optionalString("reason_code"), count: try row.int64("n"), firstSeenAt: try row.date("first_seen"),
                lastSeenAt: try row.date("last_seen"), sampleRequestID: try row.optionalString("sample_request_id"),
                sampleLicenseID: try row.optionalString("sample_license_id"))
        }
    }

    /// `account_id = $account AND source = 'runtime'`, the window, and the filters, with their binds.
    private static func where_(_ filter: Filter) -> (String, [SQLValue]) {
        var binds: [SQLValue] = [filter.window.from.sqlValue, filter.window.to.sqlValue]
        var conditions = ["account_id = $account", "source = 'runtime'", "occurred_at >= $1", "occurred_at < $2"]
        for (column, value) in filter.equalities {
            binds.append(.text(value))
            conditions.append("\(column) = $\(binds.count)")
        }
        return (conditions.joined(separator: " AND "), binds)
    }
}
