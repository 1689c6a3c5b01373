import Foundation
import LocksmithAPI
import LocksmithStorage

/// `getCustomerSummary`: one customer's records, counts and usage.
enum CustomerSummaryBuilder {
    static let defaultGrouping: [UsageGroupBy] = [.product, .feature]

    static func build(
        _ parameters: ReportFilters, source: ParameterSource, now: Date, limits: ReportLimits, on connection: TenantConnection
    ) throws -> CustomerSummaryReport {
        guard let customerID = parameters.customerID else { throw source.problem("customer_id", "is required") }
        guard let customer = try CustomerStore.find(id: customerID, on: connection) else { throw APIError.notFound("customer", id: customerID) }
        let window = try ReportWindow(from: parameters.from, to: parameters.to, now: now, source: source)
        let grouping = try UsageGrouping(parameters.groupBy ?? defaultGrouping, source: source)
        let filters = ReportFilters(from: window.from, to: window.to, groupBy: grouping.applied, customerID: customerID)
        let rows = window.activities([("customer_id", customerID)])
        let groups = try UsageSummaryBuilder.groups(rows, by: grouping, limits: limits, source: source, on: connection)
        let totals = try LedgerAggregates.totals(of: groups)
        let cap = ReportLimits.packetItems
        let licenses = try LicenseStore.newest(customerID: customerID, limit: cap, on: connection).map { $0.model(at: now) }
        let orders = try OrderStore.newest(customerID: customerID, limit: cap, on: connection)
        let subscriptions = try SubscriptionStore.newest(customerID: customerID, limit: cap, on: connection)
        let counts = try self.counts(customerID: customerID, now: now, on: connection)
        return CustomerSummaryReport(
            reportKind: .customerSummary, customer: customer, from: window.from, to: window.to, filters: filters, generatedAt: now,
            rowCounts: CustomerSummaryRowCounts(
                ledgerRows: totals.events, groups: groups.count, licenses: licenses.count, orders: orders.count,
                subscriptions: subscriptions.count),
            usageTotals: totals, runtimeSummary: try LedgerAggregates.runtimeSummary(rows, on: connection), counts: counts,
            groupedUsage: groups, licenses: licenses, orders: orders, subscriptions: subscriptions,
            truncated: licenses.count < counts.licenses || orders.count < counts.orders || subscriptions.count < counts.subscriptions)
    }

    /// The customer's records as they stand at `now`. A license is active while it is not suspended or revoked and
    /// its grace period (which ends at or after its expiry) has not ended.
    private static func counts(customerID: String, now: Date, on connection: TenantConnection) throws -> CustomerSummaryCounts {
        func count(_ sql: String, _ more: [SQLValue] = []) throws -> Int {
            try connection.queryOne(sql, [.text(customerID)] + more)?.int("n") ?? 0
        }
        return CustomerSummaryCounts(
            licenses: try count("SELECT COUNT(*) AS n FROM licenses WHERE customer_id = $1 AND account_id = $account"),
            activeLicenses: try count(
                """
                SELECT COUNT(*) AS n FROM licenses WHERE customer_id = $1 AND account_id = $account AND status = 'active'
                AND (expires_at IS NULL OR grace_expires_at > $2)
                """, [now.sqlValue]),
            activeDevices: try count(
                """
                SELECT COUNT(*) AS n FROM devices d JOIN licenses l ON l.id = d.license_id AND l.account_id = d.account_id
                WHERE l.customer_id = $1 AND d.account_id = $account AND d.status = 'active'
                """),
            orders: try count("SELECT COUNT(*) AS n FROM orders WHERE customer_id = $1 AND account_id = $account"),
            subscriptions: try count("SELECT COUNT(*) AS n FROM subscriptions WHERE customer_id = $1 AND account_id = $account"),
            activeSubscriptions: try count(
                """
                SELECT COUNT(*) AS n FROM subscriptions WHERE customer_id = $1 AND account_id = $account
                AND status IN ('trialing', 'active')
                """))
    }
}
