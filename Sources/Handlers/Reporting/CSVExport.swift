import Foundation
import LocksmithAPI

/// The `csv` artifact: the report's main table, one record per row, with the columns `ExportFormat` lists in the
/// contract for each kind. Window, filters and totals are in the JSON and PDF; the CSV's rows sum to the totals.
enum CSVExport {
    static let groupColumns = [
        "bucket_start", "product_id", "customer_id", "license_id", "order_id", "subscription_id", "feature_code", "source", "result_class",
        "events", "success_events", "denied_events", "error_events", "amount", "first_occurred_at", "last_occurred_at",
    ]
    static let ledgerColumns = [
        "id", "occurred_at", "action", "source", "product_id", "customer_id", "license_id", "order_id", "subscription_id", "feature_code",
        "amount", "counted_amount", "status_code", "result_class", "reason_code", "device_id", "app_version", "request_id",
    ]
    /// How often rendering reports progress, in rows.
    static let progressInterval = 1024

    /// The CSV of `document`; `progress` is told the rows written and answers whether to go on.
    static func render(_ document: ReportDocument, progress: (Int) -> Bool) throws -> Data {
        var writer = CSVWriter(capacity: 256 + document.mainRows * 160)
        switch document {
        case .usageSummary(let report): try write(report.groups, to: &writer, progress: progress)
        case .customerSummary(let report): try write(report.groupedUsage, to: &writer, progress: progress)
        case .subscriptionSettlement(let report): try write(report.lines, to: &writer, progress: progress)
        case .usageLedger(let report): try write(report.rows, to: &writer, progress: progress)
        case .licenseAudit(let report): try write(report.activities.map(UsageLedgerEntry.init), to: &writer, progress: progress)
        }
        return Data(writer.bytes)
    }

    private static func write(_ groups: [UsageSummaryGroup], to writer: inout CSVWriter, progress: (Int) -> Bool) throws {
        writer.header(groupColumns)
        for (index, group) in groups.enumerated() {
            writer.record([
                .date(group.bucketStart), .text(group.productID), .text(group.customerID), .text(group.licenseID), .text(group.orderID),
                .text(group.subscriptionID), .text(group.featureCode), .text(group.source?.rawValue), .text(group.resultClass?.rawValue),
                .integer(group.events), .integer(group.successEvents), .integer(group.deniedEvents), .integer(group.errorEvents),
                .integer(group.amount), .date(group.firstOccurredAt), .date(group.lastOccurredAt),
            ])
            try report(index + 1, of: groups.count, progress)
        }
    }

    private static func write(_ entries: [UsageLedgerEntry], to writer: inout CSVWriter, progress: (Int) -> Bool) throws {
        writer.header(ledgerColumns)
        for (index, entry) in entries.enumerated() {
            writer.record([
                .text(entry.id), .date(entry.occurredAt), .text(entry.action), .text(entry.source.rawValue), .text(entry.productID),
                .text(entry.customerID), .text(entry.licenseID), .text(entry.orderID), .text(entry.subscriptionID), .text(entry.featureCode),
                .integer(entry.amount), .integer(entry.countedAmount), .integer(Int64(entry.statusCode)), .text(entry.resultClass.rawValue),
                .text(entry.reasonCode), .text(entry.deviceID), .text(entry.appVersion), .text(entry.requestID),
            ])
            try report(index + 1, of: entries.count, progress)
        }
    }

    private static func report(_ done: Int, of total: Int, _ progress: (Int) -> Bool) throws {
        guard done % progressInterval == 0 || done == total else { return }
        guard progress(done) else { throw ExportRenderStopped() }
    }
}
