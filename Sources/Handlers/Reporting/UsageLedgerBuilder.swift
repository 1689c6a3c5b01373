import Foundation
import LocksmithAPI
import LocksmithStorage

/// `listUsageLedger` and the `usage-ledger` export: the ledger rows behind a usage summary, oldest first.
enum UsageLedgerBuilder {
    /// One page of the walk. The first page fixes the window, which its cursor carries to the next.
    static func page(
        _ parameters: ReportFilters, cursor: String?, limit requested: Int?, now: Date, on connection: TenantConnection
    ) throws -> (entries: [UsageLedgerEntry], pageInfo: UsageLedgerPageInfo) {
        let position = try cursor.map(UsageLedgerCursor.init)
        var window = try ReportWindow(from: parameters.from, to: parameters.to, now: now, source: .query)
        if let position {
            if parameters.from.map({ $0.wholeMilliseconds != position.window.from }) == true
                || parameters.to.map({ $0.wholeMilliseconds != position.window.to }) == true {
                throw APIError.invalidQuery("query parameter 'cursor' belongs to another window than 'from' and 'to'", detail: "cursor")
            }
            window = position.window
        }
        var binds: [SQLValue] = []
        let conditions = window.activities(parameters.attribution).conditions(binding: &binds)
        let page = try Listing.page(
            ActivityLedger.columns, from: "activities", where: conditions, binding: binds,
            keyset: ActivityLedger.order(descending: false) { (entry: UsageLedgerEntry) in (entry.occurredAt, entry.id) },
            after: position?.after, limit: requested, on: connection) { UsageLedgerEntry(try ActivityLedger.record($0)) }
        let next = page.next.map { UsageLedgerCursor(window: window, after: $0).text }
        let matched = position == nil ? try LedgerAggregates.count(window.activities(parameters.attribution), on: connection) : nil
        return (page.items, UsageLedgerPageInfo(nextCursor: next, from: window.from, to: window.to, generatedAt: now, matchedRows: matched))
    }

    /// Every row of the window, for an export; refused past `limits.ledgerRows`.
    static func report(
        _ parameters: ReportFilters, source: ParameterSource, now: Date, limits: ReportLimits, on connection: TenantConnection
    ) throws -> UsageLedgerReport {
        let window = try ReportWindow(from: parameters.from, to: parameters.to, now: now, source: source)
        var filters = parameters
        filters.from = window.from
        filters.to = window.to
        let filter = window.activities(filters.attribution)
        let count = try LedgerAggregates.count(filter, on: connection)
        guard count <= limits.ledgerRows else {
            throw source.problem("from", "selects \(count) ledger rows, more than the \(limits.ledgerRows) an export holds; narrow the window")
        }
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds)
        let rows = try connection.query(
            "SELECT \(ActivityLedger.columns) FROM activities WHERE \(conditions.joined(separator: " AND ")) ORDER BY occurred_at, id", binds)
        let entries = try rows.map { UsageLedgerEntry(try ActivityLedger.record($0)) }
        return UsageLedgerReport(
            reportKind: .usageLedger, from: window.from, to: window.to, filters: filters, generatedAt: now,
            rowCounts: UsageLedgerRowCounts(ledgerRows: Int64(entries.count)), totals: try totals(of: entries), rows: entries)
    }

    /// The totals of ledger rows, counted as `LedgerAggregates` counts them; throws `ReportTotals.TooLarge` past what a
    /// report states.
    static func totals(of entries: [UsageLedgerEntry]) throws -> UsageTotals {
        var totals = UsageTotals(events: Int64(entries.count), amount: 0, successEvents: 0, deniedEvents: 0, errorEvents: 0)
        totals.amount = try ReportTotals.sum(entries.lazy.map(\.countedAmount))
        for entry in entries {
            switch entry.resultClass {
            case .success: totals.successEvents += 1
            case .denied: totals.deniedEvents += 1
            default: totals.errorEvents += 1
            }
        }
        totals.firstOccurredAt = entries.first?.occurredAt
        totals.lastOccurredAt = entries.last?.occurredAt
        return totals
    }
}

extension UsageLedgerEntry {
    /// A ledger row with what it adds to the usage totals.
    init(_ activity: Activity) {
        self.init(
            id: activity.id, occurredAt: activity.occurredAt, action: activity.action, source: activity.source, productID: activity.productID,
            customerID: activity.customerID, licenseID: activity.licenseID, orderID: activity.orderID, subscriptionID: activity.subscriptionID,
            featureCode: activity.featureCode, amount: activity.amount, statusCode: activity.statusCode, resultClass: activity.resultClass,
            reasonCode: activity.reasonCode, deviceID: activity.deviceID, appVersion: activity.appVersion, requestID: activity.requestID,
            metadata: activity.metadata, countedAmount: activity.countedAmount)
    }
}
