import Foundation
import LocksmithAPI
import LocksmithStorage

/// `getLicenseAuditReport`: one license's evidence packet.
enum LicenseAuditBuilder {
    static func build(_ parameters: ReportFilters, source: ParameterSource, now: Date, on connection: TenantConnection) throws -> LicenseAuditReport {
        guard let licenseID = parameters.licenseID else { throw source.problem("license_id", "is required") }
        let stored = try LicenseStore.require(id: licenseID, on: connection)
        // The whole history by default: nothing about a license happens before it is issued.
        let window = try ReportWindow(from: parameters.from, to: parameters.to, now: now, source: source) { to in
            min(stored.createdAt, to.addingTimeInterval(-0.001))
        }
        let filters = ReportFilters(from: window.from, to: window.to, licenseID: licenseID)
        let rows = window.activities([("license_id", licenseID)])
        let totals = try LedgerAggregates.totals(rows, on: connection)
        let devices = try DeviceStore.all(licenseID: licenseID, on: connection)
        let activities = try newestActivities(rows, limit: ReportLimits.packetItems, on: connection)
        let evidence = try AuditEvidence.events(aboutLicense: licenseID, in: window, limit: ReportLimits.packetItems, on: connection)
        return LicenseAuditReport(
            reportKind: .licenseAudit, license: stored.model(at: now), from: window.from, to: window.to, filters: filters, generatedAt: now,
            rowCounts: LicenseAuditRowCounts(
                activities: totals.events, activitiesIncluded: activities.count, events: evidence.total,
                eventsIncluded: evidence.events.count, devices: devices.count),
            usageTotals: totals, runtimeSummary: try LedgerAggregates.runtimeSummary(rows, on: connection), devices: devices,
            activities: activities, events: evidence.events,
            truncated: Int64(activities.count) < totals.events || Int64(evidence.events.count) < evidence.total,
            order: try stored.orderID.flatMap { try OrderStore.find(id: $0, on: connection) },
            subscription: try stored.subscriptionID.flatMap { try SubscriptionStore.find(id: $0, on: connection) })
    }

    /// The newest rows matching `filter`, newest first.
    private static func newestActivities(_ filter: ActivityFilter, limit: Int, on connection: TenantConnection) throws -> [Activity] {
        var binds: [SQLValue] = []
        let conditions = filter.conditions(binding: &binds)
        binds.append(.integer(Int64(limit)))
        return try connection.query(
            """
            SELECT \(ActivityLedger.columns) FROM activities WHERE \(conditions.joined(separator: " AND "))
            ORDER BY occurred_at DESC, id DESC LIMIT $\(binds.count)
            """, binds
        ).map(ActivityLedger.record)
    }
}
