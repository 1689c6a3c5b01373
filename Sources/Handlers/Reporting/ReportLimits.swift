/// How much a report may hold. Reads answer people and dashboards quickly; exports are where large reports go, and
/// their limits keep one export's snapshot within a few hundred megabytes.
struct ReportLimits: Sendable {
    /// Groups of a usage summary, customer summary or settlement.
    var groups: Int
    /// Rows of a `usage-ledger` export.
    var ledgerRows: Int

    static let read = ReportLimits(groups: 10_000, ledgerRows: 0)
    static let export = ReportLimits(groups: 200_000, ledgerRows: 250_000)

    /// Activity rows and audit events of a license audit packet; licenses, orders and subscriptions of a customer
    /// summary.
    static let packetItems = 1000
}
