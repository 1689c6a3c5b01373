import Foundation
import LocksmithAPI
import LocksmithStorage

/// Totals over the activity ledger, computed by the database in one pass over the window's rows.
///
/// What counts (the contract says the same): every row is one event and counts once in its result class; `amount` is
/// the sum of `amount` over successful `license.consume` rows, the units actually consumed. A sum past 64 bits fails in
/// the database (`StorageError.Kind.integerOverflow`), one past 2^53 − 1 here (`ReportTotals`).
enum LedgerAggregates {
    /// The SQL of what a successful consumption adds to the totals; 0 for every other row.
    static let countedAmount = "CASE WHEN action = 'license.consume' AND result_class = 'success' THEN amount ELSE 0 END"

    private static let totals = """
        COUNT(*) AS events,
        SUM(CASE WHEN result_class = 'success' THEN 1 ELSE 0 END) AS success_events,
        SUM(CASE WHEN result_class = 'denied' THEN 1 ELSE 0 END) AS denied_events,
        SUM(CASE WHEN result_class = 'error' THEN 1 ELSE 0 END) AS error_events,
        CAST(SUM(\(countedAmount)) AS BIGINT) AS amount,
        MIN(occurred_at) AS first_occurred_at, MAX(occurred_at) AS last_occurred_at
        """

    /// The rows matching `filter`, grouped by `grouping` and ordered by bucket, then by the dimensions in the order asked
    /// for (absent values first), which Swift sorts: the SQL names the dimensions in one canonical order; nil when there
    /// would be more than `cap` groups. Without dimensions, one group of every row, or
    /// none when no row matches.
    ///
    /// On SQLite, the whole UTC days of the window are read from their totals (`LedgerDays`) when the filter and the
    /// grouping use only what those keep, and the ledger's rows only for the hours before and after them; the parts'
    /// groups are merged.
    static func groups(
        _ filter: ActivityFilter, by grouping: UsageGrouping, cap: Int, on connection: TenantConnection
    ) throws -> [UsageSummaryGroup]? {
        // Months are grouped by day in SQL; each month folds up to 31 day-groups into one.
        let rowCap = grouping.time == .month ? cap * 31 + 1 : cap + 1
        let parts: [(ActivityFilter, Source)] =
            LedgerDays.wholeDays(of: filter, by: grouping, on: connection).map { days in
                [
                    (ActivityFilter(from: filter.from, to: days.from, equalities: filter.equalities), .ledger), (days, .days),
                    (ActivityFilter(from: days.to, to: filter.to, equalities: filter.equalities), .ledger),
                ].filter { part, _ in part.from < part.to }
            } ?? [(filter, .ledger)]
        var groups: [UsageSummaryGroup] = []
        for (part, source) in parts {
            guard let found = try selectGroups(part, from: source, by: grouping, rowCap: rowCap, on: connection) else { return nil }
            groups += found
        }
        if parts.count > 1 { groups = try merged(groups, grouping: grouping) }
        if grouping.time == .month { groups = try foldedIntoMonths(groups, grouping: grouping) }
        guard groups.count <= cap else { return nil }
        return groups.sorted { $0.precedes($1, in: grouping) }
    }

    /// Where groups are counted: the ledger's rows, or their per-day totals on SQLite (`LedgerDays`).
    private enum Source {
        case ledger
        case days

        var table: String { self == .ledger ? "activities" : "ledger_days" }
        var timeColumn: String { self == .ledger ? "occurred_at" : "day" }
        /// The totals' SQL, in the columns `selectGroups` reads.
        var totals: String { self == .ledger ? LedgerAggregates.totals : LedgerDays.totals }

        /// A dimension's SQL; `ledger_days` keeps an absent product or feature as ''.
        func dimension(_ dimension: UsageGroupBy) -> String {
            self == .ledger ? UsageGrouping.column(dimension) : "NULLIF(\(UsageGrouping.column(dimension)), '')"
        }

        /// A group's amount: `ledger_days` keeps it as its two halves.
        func amount(of row: SQLRow) throws -> Int64 {
            switch self {
            case .ledger: try row.optionalInt64("amount") ?? 0
            case .days: try LedgerDays.amount(high: try row.int64("amount_high"), low: try row.int64("amount_low"))
            }
        }
    }

    /// One grouped SELECT of `source`'s rows matching `filter`; nil at `rowCap` rows or more.
    private static func selectGroups(
        _ filter: ActivityFilter, from source: Source, by grouping: UsageGrouping, rowCap: Int, on connection: TenantConnection
    ) throws -> [UsageSummaryGroup]? {
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds, over: source.timeColumn)
        var keys = grouping.canonicalDimensions.map(source.dimension)
        if let time = grouping.time { keys.insert(time.sql(over: source.timeColumn), at: 0) }
        let selected = keys.enumerated().map { "\($1) AS g\($0)" }
        var sql = "SELECT \((selected + [source.totals]).joined(separator: ", ")) FROM \(source.table) WHERE \(conditions.joined(separator: " AND "))"
        if !keys.isEmpty {
            binds.append(.integer(Int64(rowCap)))
            sql += " GROUP BY \(keys.joined(separator: ", ")) LIMIT $\(binds.count)"
        }
        let rows = try connection.query(sql, binds)
        if rows.count >= rowCap && !keys.isEmpty { return nil }
        var groups: [UsageSummaryGroup] = []
        for row in rows {
            guard try row.optionalInt64("events") ?? 0 > 0 else { continue }
            var group = UsageSummaryGroup(
                events: try row.int64("events"), amount: try ReportTotals.stated(try source.amount(of: row)),
                successEvents: try row.int64("success_events"), deniedEvents: try row.int64("denied_events"),
                errorEvents: try row.int64("error_events"), firstOccurredAt: try row.date("first_occurred_at"),
                lastOccurredAt: try row.date("last_occurred_at"))
            var index = 0
            if grouping.time != nil {
                group.bucketStart = try row.date("g0")
                index = 1
            }
            for dimension in grouping.canonicalDimensions {
                group.set(dimension, try row.optionalString("g\(index)"))
                index += 1
            }
            groups.append(group)
        }
        return groups
    }

    /// The totals of a set of groups (which partition the rows they count); throws `ReportTotals.TooLarge` past what a
    /// report states.
    static func totals(of groups: [UsageSummaryGroup]) throws -> UsageTotals {
        UsageTotals(
            events: try ReportTotals.sum(groups.lazy.map(\.events)), amount: try ReportTotals.sum(groups.lazy.map(\.amount)),
            successEvents: try ReportTotals.sum(groups.lazy.map(\.successEvents)),
            deniedEvents: try ReportTotals.sum(groups.lazy.map(\.deniedEvents)),
            errorEvents: try ReportTotals.sum(groups.lazy.map(\.errorEvents)), firstOccurredAt: groups.map(\.firstOccurredAt).min(),
            lastOccurredAt: groups.map(\.lastOccurredAt).max())
    }

    /// The totals of every row matching `filter`.
    static func totals(_ filter: ActivityFilter, on connection: TenantConnection) throws -> UsageTotals {
        let grouping = try UsageGrouping([], source: .query)
        return try totals(of: try groups(filter, by: grouping, cap: 1, on: connection) ?? [])
    }

    /// How many rows match `filter`.
    static func count(_ filter: ActivityFilter, on connection: TenantConnection) throws -> Int64 {
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds)
        return try connection.queryOne(
            "SELECT COUNT(*) AS n FROM activities WHERE \(conditions.joined(separator: " AND "))", binds)?.int64("n") ?? 0
    }

    /// How many distinct values `column` takes among the rows matching `filter` (NULL is not a value).
    static func distinctCount(of column: String, _ filter: ActivityFilter, on connection: TenantConnection) throws -> Int {
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds)
        return try connection.queryOne(
            "SELECT COUNT(DISTINCT \(column)) AS n FROM activities WHERE \(conditions.joined(separator: " AND "))", binds)?.int("n") ?? 0
    }

    /// Rows matching `filter` per action name.
    static func countsByAction(_ filter: ActivityFilter, on connection: TenantConnection) throws -> [String: Int64] {
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds)
        let rows = try connection.query(
            "SELECT action, COUNT(*) AS n FROM activities WHERE \(conditions.joined(separator: " AND ")) GROUP BY action", binds)
        return try Dictionary(uniqueKeysWithValues: rows.map { (try $0.string("action"), try $0.int64("n")) })
    }

    /// The runtime calls among the rows matching `filter`.
    static func runtimeSummary(_ filter: ActivityFilter, on connection: TenantConnection) throws -> RuntimeSummary {
        var runtime = filter
        runtime.equalities.append(("source", ActivitySource.runtime.rawValue))
        var binds: [SQLValue] = []
        let conditions = runtime.conditions(binding: &binds).joined(separator: " AND ")
        let rows = try connection.query(
            """
            SELECT action, result_class, COUNT(*) AS n, MAX(occurred_at) AS latest FROM activities WHERE \(conditions)
            GROUP BY action, result_class
            """, binds)
        var summary = RuntimeSummary(requests: 0, success: 0, denied: 0, error: 0, byAction: [:])
        var latestDenied: Date?
        for row in rows {
            let count = try row.int64("n")
            let latest = try row.date("latest")
            summary.requests += count
            summary.byAction[try row.string("action"), default: 0] += count
            summary.lastRequestAt = max(summary.lastRequestAt ?? latest, latest)
            switch try row.string("result_class") {
            case ActivityResultClass.success.rawValue: summary.success += count
            case ActivityResultClass.denied.rawValue:
                summary.denied += count
                latestDenied = max(latestDenied ?? latest, latest)
            default: summary.error += count
            }
        }
        if latestDenied != nil {
            let denied = try connection.queryOne(
                "SELECT occurred_at, reason_code FROM activities WHERE \(conditions) AND result_class = 'denied' ORDER BY occurred_at DESC, id DESC LIMIT 1",
                binds)
            summary.lastDeniedAt = try denied?.date("occurred_at")
            summary.lastDeniedReason = try denied?.optionalString("reason_code")
        }
        return summary
    }

    /// Day groups merged into the month each day falls in.
    private static func foldedIntoMonths(_ days: [UsageSummaryGroup], grouping: UsageGrouping) throws -> [UsageSummaryGroup] {
        try merged(days.map { day in
            var month = day
            month.bucketStart = day.bucketStart.map(UsageGrouping.TimeBucket.start(ofMonthOf:))
            return month
        }, grouping: grouping)
    }

    /// Groups of the same bucket and dimension values merged into one, in the order each first appears.
    private static func merged(_ groups: [UsageSummaryGroup], grouping: UsageGrouping) throws -> [UsageSummaryGroup] {
        var result: [UsageSummaryGroup] = []
        var positions: [[String?]: Int] = [:]
        for group in groups {
            let key = [group.bucketStart.map(RFC3339.string(from:))] + grouping.dimensions.map(group.value)
            guard let position = positions[key] else {
                positions[key] = result.count
                result.append(group)
                continue
            }
            try result[position].absorb(group)
        }
        return result
    }
}

extension UsageSummaryGroup {
    /// The value of an attribution dimension.
    func value(_ dimension: UsageGroupBy) -> String? {
        switch dimension {
        case .product: productID
        case .customer: customerID
        case .license: licenseID
        case .order: orderID
        case .subscription: subscriptionID
        case .feature: featureCode
        case .source: source?.rawValue
        case .resultClass: resultClass?.rawValue
        default: nil
        }
    }

    mutating func set(_ dimension: UsageGroupBy, _ value: String?) {
        switch dimension {
        case .product: productID = value
        case .customer: customerID = value
        case .license: licenseID = value
        case .order: orderID = value
        case .subscription: subscriptionID = value
        case .feature: featureCode = value
        case .source: source = value.map(ActivitySource.init(rawValue:))
        case .resultClass: resultClass = value.map(ActivityResultClass.init(rawValue:))
        default: break
        }
    }

    /// Adds another group's counts to this one; throws `ReportTotals.TooLarge` past what a report states.
    mutating func absorb(_ other: UsageSummaryGroup) throws {
        events = try ReportTotals.sum([events, other.events])
        amount = try ReportTotals.sum([amount, other.amount])
        successEvents = try ReportTotals.sum([successEvents, other.successEvents])
        deniedEvents = try ReportTotals.sum([deniedEvents, other.deniedEvents])
        errorEvents = try ReportTotals.sum([errorEvents, other.errorEvents])
        firstOccurredAt = min(firstOccurredAt, other.firstOccurredAt)
        lastOccurredAt = max(lastOccurredAt, other.lastOccurredAt)
    }

    /// Report order: by bucket, then by each dimension in `grouping`'s order, an absent value first.
    func precedes(_ other: UsageSummaryGroup, in grouping: UsageGrouping) -> Bool {
        if bucketStart != other.bucketStart {
            return (bucketStart ?? .distantPast) < (other.bucketStart ?? .distantPast)
        }
        for dimension in grouping.dimensions {
            let (left, right) = (value(dimension), other.value(dimension))
            if left == right { continue }
            guard let left else { return true }
            guard let right else { return false }
            return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        }
        return false
    }
}

extension Activity {
    /// What this row adds to the usage totals, as `LedgerAggregates.countedAmount` says in SQL: the amount of a
    /// successful consumption, 0 for every other row.
    var countedAmount: Int64 {
        action == "license.consume" && resultClass == .success ? amount : 0
    }
}
