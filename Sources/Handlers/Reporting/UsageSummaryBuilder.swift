import Foundation
import LocksmithAPI
import LocksmithStorage

/// `getUsageSummary`: the window's ledger rows, totalled overall and per group.
enum UsageSummaryBuilder {
    static func build(
        _ parameters: ReportFilters, source: ParameterSource, now: Date, limits: ReportLimits, on connection: TenantConnection
    ) throws -> UsageSummary {
        let window = try ReportWindow(from: parameters.from, to: parameters.to, now: now, source: source)
        let grouping = try UsageGrouping(parameters.groupBy ?? [], bucket: parameters.bucket, source: source)
        var filters = parameters
        filters.from = window.from
        filters.to = window.to
        filters.groupBy = grouping.applied
        filters.bucket = nil
        let groups = try groups(window.activities(filters.attribution), by: grouping, limits: limits, source: source, on: connection)
        let totals = try LedgerAggregates.totals(of: groups)
        return UsageSummary(
            reportKind: .usageSummary, from: window.from, to: window.to, filters: filters, generatedAt: now,
            rowCounts: UsageSummaryRowCounts(ledgerRows: totals.events, groups: groups.count), totals: totals, groups: groups)
    }

    /// The groups, or the refusal that says there are too many for this kind of request.
    static func groups(
        _ filter: ActivityFilter, by grouping: UsageGrouping, limits: ReportLimits, source: ParameterSource, on connection: TenantConnection
    ) throws -> [UsageSummaryGroup] {
        guard let groups = try LedgerAggregates.groups(filter, by: grouping, cap: limits.groups, on: connection) else {
            let advice = source == .query ? "narrow the window or the filters, or create an export" : "narrow the window or the filters"
            throw source.problem("group_by", "yields more than \(limits.groups) groups; \(advice)")
        }
        return groups
    }
}

extension ReportFilters {
    /// The attribution filters, as conditions on ledger columns.
    var attribution: [(String, String)] {
        ActivityFilter.equalities(
            productID: productID, customerID: customerID, licenseID: licenseID, orderID: orderID, subscriptionID: subscriptionID,
            featureCode: featureCode, source: source, resultClass: resultClass, action: action)
    }
}
