import Foundation
import LocksmithAPI
public import LocksmithStorage

/// Per-day totals of the activity ledger on SQLite (`ledger_days`, migration 20), written in the transaction of every
/// ledger append (`ActivityLedger.append`), so that a usage report over whole days reads a few rows a day instead of
/// every ledger row of the window (`LedgerAggregates.groups`).
///
/// One row per account, UTC day, product, feature, source, action and result class: the events, the amount that
/// successful consumptions consumed, and the first and last time. An absent product or feature is `''`, so that the
/// primary key matches it. The amount is kept as the sums of its high and low 32 bits (`amount_high`, `amount_low`),
/// which cannot overflow however many rows a day has; a report joins them with a checked multiplication and addition,
/// and a total past 2^63 − 1 fails as the same sum over the ledger's rows fails (`StorageError.Kind.integerOverflow`).
///
/// SQLite only. Its `GROUP BY` sorts every row of the window: over 1 M rows grouped by day and feature, the sort was
/// 1.1 s of 1.8 s (the same scan without grouping, 0.7 s). PostgreSQL hashes the groups and reads only the window's
/// monthly partitions (0.5 s for the same report, `bench/scaling.sh`), and there the upserts of several instances'
/// ledger flushes would queue on the same few rows of today.
public enum LedgerDays {
    /// Migration 20: the table, filled from the ledger as it is.
    static let migration: [String] = [
        """
        {{sqlite_only}}CREATE TABLE ledger_days (
            account_id TEXT NOT NULL,
            day INTEGER NOT NULL,
            product_id TEXT NOT NULL,
            feature_code TEXT NOT NULL,
            source TEXT NOT NULL,
            action TEXT NOT NULL,
            result_class TEXT NOT NULL,
            events INTEGER NOT NULL,
            amount_high INTEGER NOT NULL,
            amount_low INTEGER NOT NULL,
            first_occurred_at INTEGER NOT NULL,
            last_occurred_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, day, product_id, feature_code, source, action, result_class)
        ) WITHOUT ROWID
        """,
        "{{sqlite_only}}" + recountSQL(where: "1 = 1"),
    ]

    /// Fills `ledger_days` from the ledger rows matching `condition` (which names no table).
    private static func recountSQL(where condition: String) -> String {
        """
        INSERT INTO ledger_days (account_id, day, product_id, feature_code, source, action, result_class, events, amount_high, amount_low,
                                 first_occurred_at, last_occurred_at)
        SELECT account_id, \(UsageGrouping.TimeBucket.day.sql()), COALESCE(product_id, ''), COALESCE(feature_code, ''), source, action,
               result_class, COUNT(*), SUM(counted >> 32), SUM(counted & 4294967295), MIN(occurred_at), MAX(occurred_at)
        FROM (SELECT *, \(LedgerAggregates.countedAmount) AS counted FROM activities WHERE \(condition))
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        """
    }

    /// Counts the account's ledger again into `ledger_days`, replacing what was there: for rows written to the ledger
    /// by other means than `ActivityLedger.append` (a test's fixtures, a repair). Nothing on PostgreSQL.
    static func recount(on connection: TenantConnection) throws {
        guard connection.dialect == .sqlite else { return }
        try connection.execute("DELETE FROM ledger_days WHERE account_id = $account", [])
        try connection.execute(recountSQL(where: "account_id = $account"), [])
    }

    /// Counts every account's per-day totals again from the ledger, in one transaction (`locksmith ledger recount`);
    /// returns how many rows the table holds after it, or nil on PostgreSQL, which keeps none.
    public static func recountAll(on database: any Database) async throws -> Int? {
        guard database.dialect == .sqlite else { return nil }
        return try await database.write { connection in
            try connection.execute("DELETE FROM ledger_days", [])
            try connection.execute(recountSQL(where: "1 = 1"), [])
            return try connection.queryOne("SELECT COUNT(*) AS n FROM ledger_days", [])?.int("n") ?? 0
        }
    }

    private struct Key: Hashable {
        var day: Int64
        var productID: String
        var featureCode: String
        var source: String
        var action: String
        var resultClass: String
    }

    private struct Totals {
        var events: Int64 = 0
        var amountHigh: Int64 = 0
        var amountLow: Int64 = 0
        var first = Int64.max
        var last = Int64.min

        mutating func add(_ activity: Activity, at time: Int64) {
            let counted = activity.countedAmount
            events += 1
            amountHigh += counted >> 32
            amountLow += counted & 0xFFFF_FFFF
            first = min(first, time)
            last = max(last, time)
        }
    }

    /// Adds `activities` (rows being appended to the ledger, in the same transaction) to their days' totals: one upsert
    /// per distinct day and attribution among them. Nothing on PostgreSQL.
    static func add(_ activities: some Collection<Activity>, on connection: TenantConnection) throws {
        guard connection.dialect == .sqlite else { return }
        var days: [Key: Totals] = [:]
        for activity in activities {
            let at = activity.occurredAt.millisecondsSince1970
            let key = Key(
                day: at - at % UsageGrouping.TimeBucket.dayLength, productID: activity.productID ?? "",
                featureCode: activity.featureCode ?? "", source: activity.source.rawValue, action: activity.action,
                resultClass: activity.resultClass.rawValue)
            days[key, default: Totals()].add(activity, at: at)
        }
        for (key, totals) in days {
            try connection.execute(
                """
                INSERT INTO ledger_days (account_id, day, product_id, feature_code, source, action, result_class, events, amount_high,
                                         amount_low, first_occurred_at, last_occurred_at)
                VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                ON CONFLICT (account_id, day, product_id, feature_code, source, action, result_class) DO UPDATE SET
                    events = events + excluded.events, amount_high = amount_high + excluded.amount_high,
                    amount_low = amount_low + excluded.amount_low,
                    first_occurred_at = MIN(first_occurred_at, excluded.first_occurred_at),
                    last_occurred_at = MAX(last_occurred_at, excluded.last_occurred_at)
                """,
                [.integer(key.day), .text(key.productID), .text(key.featureCode), .text(key.source), .text(key.action),
                 .text(key.resultClass), .integer(totals.events), .integer(totals.amountHigh), .integer(totals.amountLow),
                 .integer(totals.first), .integer(totals.last)])
        }
    }

    /// The attribution columns `ledger_days` keeps, by their ledger names.
    static let columns: Set<String> = ["product_id", "feature_code", "source", "action", "result_class"]

    /// The whole UTC days within `filter`'s window that `ledger_days` can answer for, as a filter of their own with the
    /// same equalities; nil when the filter or the grouping needs a column the table does not keep, the grouping is by
    /// hour, or the window holds no whole day.
    static func wholeDays(of filter: ActivityFilter, by grouping: UsageGrouping, on connection: TenantConnection) -> ActivityFilter? {
        guard connection.dialect == .sqlite, grouping.time != .hour,
            // '' stands for an absent product or feature there, which no filter of the ledger's rows matches.
            filter.equalities.allSatisfy({ columns.contains($0.0) && !$0.1.isEmpty }),
            grouping.canonicalDimensions.allSatisfy({ columns.contains(UsageGrouping.column($0)) })
        else { return nil }
        let from = filter.from.millisecondsSince1970, to = filter.to.millisecondsSince1970, day = UsageGrouping.TimeBucket.dayLength
        guard from >= 0 else { return nil }
        let first = from % day == 0 ? from : from - from % day + day
        let end = to - to % day
        guard first < end else { return nil }
        return ActivityFilter(
            from: Date(millisecondsSince1970: first), to: Date(millisecondsSince1970: end), equalities: filter.equalities)
    }

    /// The SQL of one row's totals over `ledger_days`, in the columns `LedgerAggregates` reads (the amount as its two
    /// halves, `amount_high` and `amount_low`).
    static let totals = """
        SUM(events) AS events,
        SUM(CASE WHEN result_class = 'success' THEN events ELSE 0 END) AS success_events,
        SUM(CASE WHEN result_class = 'denied' THEN events ELSE 0 END) AS denied_events,
        SUM(CASE WHEN result_class = 'error' THEN events ELSE 0 END) AS error_events,
        SUM(amount_high) AS amount_high, SUM(amount_low) AS amount_low,
        MIN(first_occurred_at) AS first_occurred_at, MAX(last_occurred_at) AS last_occurred_at
        """

    /// A group's amount from its two halves; throws as an SQL sum past 64 bits does.
    static func amount(high: Int64, low: Int64) throws -> Int64 {
        let (shifted, overflowHigh) = high.multipliedReportingOverflow(by: 1 << 32)
        let (sum, overflowSum) = shifted.addingReportingOverflow(low)
        guard !overflowHigh, !overflowSum else { throw StorageError(.integerOverflow, "integer overflow") }
        return sum
    }
}
