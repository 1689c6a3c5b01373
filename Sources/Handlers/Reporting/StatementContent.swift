import Foundation
import LocksmithAPI

/// What each kind of report shows in its PDF statement, as layout blocks, in reading order.
struct StatementContent {
    typealias Column = StatementLayout.Column

    let title: String
    let window: (from: Date, to: Date)
    let generatedAt: Date
    private(set) var blocks: [StatementLayout.Block] = []

    init(_ document: ReportDocument) {
        switch document {
        case .usageSummary(let report):
            title = "Usage statement"
            window = (report.from, report.to)
            generatedAt = report.generatedAt
            header(report.filters)
            totals(report.totals)
            grouped("Usage by \(Self.describe(report.filters.groupBy))", report.groups, report.filters.groupBy ?? [], main: true)
        case .usageLedger(let report):
            title = "Usage ledger"
            window = (report.from, report.to)
            generatedAt = report.generatedAt
            header(report.filters)
            totals(report.totals)
            blocks.append(.heading("Ledger rows, oldest first (\(StatementFormat.number(report.rowCounts.ledgerRows)))"))
            ledger(report.rows, main: true)
        case .licenseAudit(let report):
            title = "License audit packet"
            window = (report.from, report.to)
            generatedAt = report.generatedAt
            licenseAudit(report)
        case .customerSummary(let report):
            title = "Customer summary"
            window = (report.from, report.to)
            generatedAt = report.generatedAt
            customerSummary(report)
        case .subscriptionSettlement(let report):
            title = "Settlement evidence"
            window = (report.from, report.to)
            generatedAt = report.generatedAt
            settlement(report)
        }
    }

    // MARK: Sections every statement has

    private mutating func header(_ filters: ReportFilters) {
        blocks.append(.title(title))
        var lines = [("Period", StatementFormat.period(window) + " (end excluded)")]
        lines += Self.filterLines(filters)
        lines.append(("Generated", StatementFormat.time(generatedAt) + " UTC"))
        blocks.append(.keyValues(lines))
    }

    private mutating func totals(_ totals: UsageTotals, heading: String = "Totals") {
        blocks.append(.heading(heading))
        blocks.append(.keyValues([
            ("Ledger rows", StatementFormat.number(totals.events)),
            ("Succeeded", StatementFormat.number(totals.successEvents)),
            ("Denied", StatementFormat.number(totals.deniedEvents)),
            ("Errors", StatementFormat.number(totals.errorEvents)),
            ("Units consumed", StatementFormat.number(totals.amount)),
            ("First row", StatementFormat.time(totals.firstOccurredAt)),
            ("Last row", StatementFormat.time(totals.lastOccurredAt)),
        ]))
        blocks.append(.note("Units consumed counts successful license.consume rows only; every row counts once by its result."))
    }

    private mutating func grouped(_ heading: String, _ groups: [UsageSummaryGroup], _ grouping: [UsageGroupBy], main: Bool) {
        blocks.append(.heading(heading))
        let dimensions = grouping.filter { ![.hour, .day, .week, .month].contains($0) }
        let timed = dimensions.count < grouping.count
        let numberWidth = 0.09
        let numbers: [Column] = ["Rows", "Success", "Denied", "Errors", "Units"].map {
            Column(title: $0, width: numberWidth, alignment: .right)
        }
        let free = 1 - Double(numbers.count) * numberWidth - (timed ? 0.13 : 0)
        var columns: [Column] = timed ? [Column(title: "Period", width: 0.13)] : []
        columns += dimensions.map { Column(title: Self.label($0), width: free / Double(max(dimensions.count, 1)), identifier: true) }
        columns += numbers
        let rows = groups.map { group in
            (timed ? [StatementFormat.bucket(group.bucketStart, grouping)] : [])
                + dimensions.map { group.value($0) ?? "–" }
                + [group.events, group.successEvents, group.deniedEvents, group.errorEvents, group.amount].map { StatementFormat.number($0) }
        }
        blocks.append(.table(.init(columns: columns, rows: rows, isMain: main)))
        if groups.isEmpty { blocks.append(.note("No ledger rows matched.")) }
    }

    private mutating func ledger(_ entries: [UsageLedgerEntry], main: Bool) {
        let columns = [
            Column(title: "Time (UTC)", width: 0.17), Column(title: "Action", width: 0.15), Column(title: "License", width: 0.2, identifier: true),
            Column(title: "Feature", width: 0.11, identifier: true), Column(title: "Result", width: 0.08),
            Column(title: "Reason", width: 0.13, identifier: true), Column(title: "Amount", width: 0.08, alignment: .right),
            Column(title: "Counted", width: 0.08, alignment: .right),
        ]
        let rows = entries.map { entry in
            [StatementFormat.time(entry.occurredAt), entry.action, entry.licenseID ?? "–", entry.featureCode ?? "–", entry.resultClass.rawValue,
             entry.reasonCode ?? "", StatementFormat.number(entry.amount), StatementFormat.number(entry.countedAmount)]
        }
        blocks.append(.table(.init(columns: columns, rows: rows, isMain: main)))
        if entries.isEmpty { blocks.append(.note("No ledger rows matched.")) }
    }

    private mutating func runtime(_ summary: RuntimeSummary) {
        blocks.append(.heading("Runtime calls"))
        var lines = [
            ("Calls", StatementFormat.number(summary.requests)), ("Succeeded", StatementFormat.number(summary.success)),
            ("Denied", StatementFormat.number(summary.denied)), ("Errors", StatementFormat.number(summary.error)),
            ("Last call", StatementFormat.time(summary.lastRequestAt)),
        ]
        if let denied = summary.lastDeniedAt {
            lines.append(("Last denied", StatementFormat.time(denied) + (summary.lastDeniedReason.map { " (\($0))" } ?? "")))
        }
        blocks.append(.keyValues(lines))
        if !summary.byAction.isEmpty {
            blocks.append(.table(.init(
                columns: [Column(title: "Action", width: 0.5), Column(title: "Calls", width: 0.15, alignment: .right)],
                rows: summary.byAction.sorted { $0.key < $1.key }.map { [$0.key, StatementFormat.number($0.value)] })))
        }
    }

    // MARK: Kinds with records

    private mutating func licenseAudit(_ report: LicenseAuditReport) {
        blocks.append(.title(title))
        let license = report.license
        blocks.append(.keyValues([
            ("Period", StatementFormat.period(window) + " (end excluded)"),
            ("Generated", StatementFormat.time(generatedAt) + " UTC"),
        ]))
        blocks.append(.heading("License \(license.id)"))
        blocks.append(.keyValues([
            ("Status", license.status.rawValue), ("Product", license.productID), ("Policy", license.policyID),
            ("Customer", license.customerID ?? "–"), ("Key", "\(license.licenseKeyPrefix)…\(license.licenseKeyLast4)"),
            ("Created", StatementFormat.time(license.createdAt)), ("Starts", StatementFormat.time(license.startsAt)),
            ("Expires", StatementFormat.time(license.expiresAt)), ("Maintenance until", StatementFormat.time(license.maintenanceExpiresAt)),
            ("Active devices", StatementFormat.number(license.activeDeviceCount)),
            ("Activations", StatementFormat.number(license.timesActivated)), ("Transfers", StatementFormat.number(license.timesTransferred)),
            ("Consumed in all", StatementFormat.number(license.totalConsumptions)),
            ("Entitlement version", StatementFormat.number(license.entitlementVersion)),
        ]))
        if let order = report.order { commerce("Order \(order.id)", order.externalSystem, order.externalID, order.status.rawValue, order.periodStart, order.periodEnd) }
        if let subscription = report.subscription {
            commerce(
                "Subscription \(subscription.id)", subscription.externalSystem, subscription.externalID, subscription.status.rawValue,
                subscription.currentPeriodStart, subscription.currentPeriodEnd)
        }
        totals(report.usageTotals, heading: "Usage in the period")
        runtime(report.runtimeSummary)
        blocks.append(.heading("Devices (\(report.devices.count))"))
        blocks.append(.table(.init(
            columns: [
                Column(title: "Device", width: 0.22, identifier: true), Column(title: "Kind", width: 0.09), Column(title: "Host", width: 0.19),
                Column(title: "Status", width: 0.1), Column(title: "First seen", width: 0.2), Column(title: "Last seen", width: 0.2),
            ],
            rows: report.devices.map {
                [$0.id, $0.bindingKind.rawValue, $0.hostname ?? $0.fingerprint ?? "–", $0.status.rawValue, StatementFormat.time($0.firstSeenAt),
                 StatementFormat.time($0.lastSeenAt)]
            })))
        blocks.append(.heading("Activity, newest first (\(report.rowCounts.activitiesIncluded) of \(report.rowCounts.activities))"))
        ledger(report.activities.map(UsageLedgerEntry.init), main: true)
        blocks.append(.heading("Audit events, newest first (\(report.rowCounts.eventsIncluded) of \(report.rowCounts.events))"))
        blocks.append(.table(.init(
            columns: [
                Column(title: "Seq", width: 0.06, alignment: .right), Column(title: "Time (UTC)", width: 0.17),
                Column(title: "Event", width: 0.17), Column(title: "Actor", width: 0.13, identifier: true),
                Column(title: "Hash", width: 0.47, mono: true),
            ],
            rows: report.events.map {
                [String($0.sequence), StatementFormat.time($0.createdAt), $0.eventType, $0.actorID, $0.hash]
            })))
        blocks.append(.note("hash = SHA-256(previous hash ‖ canonical JSON of the event): each event checks against the audit chain."))
        if report.truncated { blocks.append(.note("Rows beyond 1,000 are left out here; listUsageLedger and listEvents have them all.")) }
    }

    private mutating func commerce(_ heading: String, _ system: String, _ external: String, _ status: String, _ start: Date?, _ end: Date?) {
        blocks.append(.heading(heading))
        var lines = [("External record", "\(system) \(external)"), ("Status", status)]
        if start != nil || end != nil { lines.append(("Period", "\(StatementFormat.time(start)) to \(StatementFormat.time(end))")) }
        blocks.append(.keyValues(lines))
    }

    private mutating func customerSummary(_ report: CustomerSummaryReport) {
        header(report.filters)
        let customer = report.customer
        blocks.append(.heading("Customer \(customer.id)"))
        blocks.append(.keyValues([
            ("Name", customer.name), ("Code", customer.code), ("E-mail", customer.email ?? "–"),
            ("Licenses", "\(StatementFormat.number(report.counts.licenses)) (\(StatementFormat.number(report.counts.activeLicenses)) active)"),
            ("Active devices", StatementFormat.number(report.counts.activeDevices)),
            ("Orders", StatementFormat.number(report.counts.orders)),
            ("Subscriptions",
             "\(StatementFormat.number(report.counts.subscriptions)) (\(StatementFormat.number(report.counts.activeSubscriptions)) active)"),
        ]))
        totals(report.usageTotals)
        runtime(report.runtimeSummary)
        grouped("Usage by \(Self.describe(report.filters.groupBy))", report.groupedUsage, report.filters.groupBy ?? [], main: true)
        blocks.append(.heading("Licenses (\(report.licenses.count))"))
        blocks.append(.table(.init(
            columns: [
                Column(title: "License", width: 0.28, identifier: true), Column(title: "Product", width: 0.28, identifier: true),
                Column(title: "Status", width: 0.12), Column(title: "Expires", width: 0.16), Column(title: "Devices", width: 0.08, alignment: .right),
                Column(title: "Consumed", width: 0.08, alignment: .right),
            ],
            rows: report.licenses.map {
                [$0.id, $0.productID, $0.status.rawValue, $0.expiresAt.map(StatementFormat.day) ?? "–", StatementFormat.number($0.activeDeviceCount),
                 StatementFormat.number($0.totalConsumptions)]
            })))
        blocks.append(.heading("Orders (\(report.orders.count))"))
        blocks.append(.table(.init(
            columns: [
                Column(title: "Order", width: 0.28, identifier: true), Column(title: "External record", width: 0.32, identifier: true),
                Column(title: "Status", width: 0.12), Column(title: "Created", width: 0.28),
            ],
            rows: report.orders.map { [$0.id, "\($0.externalSystem) \($0.externalID)", $0.status.rawValue, StatementFormat.time($0.createdAt)] })))
        blocks.append(.heading("Subscriptions (\(report.subscriptions.count))"))
        blocks.append(.table(.init(
            columns: [
                Column(title: "Subscription", width: 0.28, identifier: true), Column(title: "External record", width: 0.28, identifier: true),
                Column(title: "Status", width: 0.12), Column(title: "Current period", width: 0.32),
            ],
            rows: report.subscriptions.map {
                [$0.id, "\($0.externalSystem) \($0.externalID)", $0.status.rawValue,
                 "\(StatementFormat.day($0.currentPeriodStart)) to \(StatementFormat.day($0.currentPeriodEnd))"]
            })))
        if report.truncated { blocks.append(.note("Only the newest 1,000 licenses, orders and subscriptions are listed; the counts above are complete.")) }
    }

    private mutating func settlement(_ report: SubscriptionSettlementReport) {
        header(report.filters)
        if let subscription = report.subscription {
            commerce(
                "Subscription \(subscription.id)", subscription.externalSystem, subscription.externalID, subscription.status.rawValue,
                subscription.currentPeriodStart, subscription.currentPeriodEnd)
        }
        if let order = report.order {
            commerce("Order \(order.id)", order.externalSystem, order.externalID, order.status.rawValue, order.periodStart, order.periodEnd)
        }
        totals(report.totals, heading: "Metered consumption (license.consume rows)")
        blocks.append(.note("Quantities only: this is usage evidence for your billing system to price, not an invoice."))
        grouped("Lines by \(Self.describe(report.filters.groupBy))", report.lines, report.filters.groupBy ?? [], main: true)
        blocks.append(.heading("All ledger rows attributed to it, by action"))
        blocks.append(.table(.init(
            columns: [Column(title: "Action", width: 0.5), Column(title: "Rows", width: 0.15, alignment: .right)],
            rows: report.activityByAction.sorted { $0.key < $1.key }.map { [$0.key, StatementFormat.number($0.value)] })))
    }

    // MARK: Labels

    private static func filterLines(_ filters: ReportFilters) -> [(String, String)] {
        var lines: [(String, String)] = []
        if let groupBy = filters.groupBy, !groupBy.isEmpty { lines.append(("Grouped by", describe(groupBy))) }
        let values: [(String, String?)] = [
            ("Product", filters.productID), ("Customer", filters.customerID), ("License", filters.licenseID), ("Order", filters.orderID),
            ("Subscription", filters.subscriptionID), ("Feature", filters.featureCode), ("Source", filters.source?.rawValue),
            ("Result", filters.resultClass?.rawValue), ("Action", filters.action),
        ]
        lines += values.compactMap { key, value in value.map { (key, $0) } }
        if lines.isEmpty || (lines.count == 1 && filters.groupBy != nil) { lines.append(("Filters", "none: every ledger row of the period")) }
        return lines
    }

    private static func describe(_ groupBy: [UsageGroupBy]?) -> String {
        guard let groupBy, !groupBy.isEmpty else { return "nothing (one total)" }
        return groupBy.map(\.rawValue).joined(separator: ", ")
    }

    private static func label(_ dimension: UsageGroupBy) -> String {
        switch dimension {
        case .product: "Product"
        case .customer: "Customer"
        case .license: "License"
        case .order: "Order"
        case .subscription: "Subscription"
        case .feature: "Feature"
        case .source: "Source"
        case .resultClass: "Result"
        default: dimension.rawValue
        }
    }
}
