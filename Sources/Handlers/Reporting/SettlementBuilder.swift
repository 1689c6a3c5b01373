import Foundation
import LocksmithAPI
import LocksmithStorage

/// `getSubscriptionSettlement`: the metered consumption attributed to one subscription or order over its period, as
/// evidence to price elsewhere.
enum SettlementBuilder {
    static let defaultGrouping: [UsageGroupBy] = [.license, .feature]

    static func build(
        _ parameters: ReportFilters, source: ParameterSource, now: Date, limits: ReportLimits, on connection: TenantConnection
    ) throws -> SubscriptionSettlementReport {
        var subscription: Subscription?
        var order: Order?
        let subject: (column: String, id: String)
        let period: (start: Date?, end: Date?)
        switch (parameters.subscriptionID, parameters.orderID) {
        case (let id?, nil):
            guard let found = try SubscriptionStore.find(id: id, on: connection) else { throw APIError.notFound("subscription", id: id) }
            subscription = found
            subject = ("subscription_id", id)
            period = (found.currentPeriodStart, found.currentPeriodEnd)
        case (nil, let id?):
            guard let found = try OrderStore.find(id: id, on: connection) else { throw APIError.notFound("order", id: id) }
            order = found
            subject = ("order_id", id)
            period = (found.periodStart, found.periodEnd)
        default:
            throw source.problem("subscription_id", "or 'order_id' names what to settle: give exactly one of them")
        }
        guard let from = parameters.from ?? period.start, let to = parameters.to ?? period.end else {
            throw source.problem(parameters.from == nil ? "from" : "to", "is required: the order has no service period")
        }
        let window = try ReportWindow(from: from, to: to, now: now, source: source)
        let grouping = try UsageGrouping(parameters.groupBy ?? defaultGrouping, source: source)
        var filters = ReportFilters(from: window.from, to: window.to, groupBy: grouping.applied, featureCode: parameters.featureCode)
        filters.subscriptionID = parameters.subscriptionID
        filters.orderID = parameters.orderID
        var consumption = [subject, ("action", "license.consume")]
        if let feature = parameters.featureCode { consumption.append(("feature_code", feature)) }
        let rows = window.activities(consumption)
        let lines = try UsageSummaryBuilder.groups(rows, by: grouping, limits: limits, source: source, on: connection)
        let totals = try LedgerAggregates.totals(of: lines)
        return SubscriptionSettlementReport(
            reportKind: .subscriptionSettlement, subscription: subscription, order: order, from: window.from, to: window.to,
            filters: filters, generatedAt: now,
            rowCounts: SettlementRowCounts(
                consumeRows: totals.events, lines: lines.count,
                licenses: try LedgerAggregates.distinctCount(of: "license_id", rows, on: connection)),
            totals: totals, lines: lines,
            activityByAction: try LedgerAggregates.countsByAction(window.activities([subject]), on: connection))
    }
}
