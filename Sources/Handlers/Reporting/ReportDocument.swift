import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// A report as an export freezes it. Its snapshot is its canonical JSON (compact, keys sorted, non-ASCII escaped),
/// which is exactly what the matching read operation returns as `data`; every artifact is rendered from those bytes
/// alone.
enum ReportDocument: Sendable {
    case usageSummary(UsageSummary)
    case usageLedger(UsageLedgerReport)
    case licenseAudit(LicenseAuditReport)
    case customerSummary(CustomerSummaryReport)
    case subscriptionSettlement(SubscriptionSettlementReport)

    /// Evaluates the report of `kind` for an export, with its filters as given there.
    static func build(_ kind: ReportKind, _ parameters: ReportFilters, now: Date, on connection: TenantConnection) throws -> ReportDocument {
        let source = ParameterSource.exportFilters
        return try source.evaluating { try build(kind, parameters, source: source, now: now, on: connection) }
    }

    private static func build(
        _ kind: ReportKind, _ parameters: ReportFilters, source: ParameterSource, now: Date, on connection: TenantConnection
    ) throws -> ReportDocument {
        let limits = ReportLimits.export
        switch kind {
        case .usageSummary:
            return .usageSummary(try UsageSummaryBuilder.build(parameters, source: source, now: now, limits: limits, on: connection))
        case .usageLedger:
            return .usageLedger(try UsageLedgerBuilder.report(parameters, source: source, now: now, limits: limits, on: connection))
        case .licenseAudit:
            return .licenseAudit(try LicenseAuditBuilder.build(parameters, source: source, now: now, on: connection))
        case .customerSummary:
            return .customerSummary(try CustomerSummaryBuilder.build(parameters, source: source, now: now, limits: limits, on: connection))
        case .subscriptionSettlement:
            return .subscriptionSettlement(try SettlementBuilder.build(parameters, source: source, now: now, limits: limits, on: connection))
        default:
            throw APIError.validationFailed("field 'report_kind' must be a known report kind; got '\(kind.rawValue)'", detail: "report_kind")
        }
    }

    /// The report frozen in `snapshot`.
    init(kind: ReportKind, snapshot: Data) throws {
        switch kind {
        case .usageSummary: self = .usageSummary(try LocksmithJSON.decode(UsageSummary.self, from: snapshot))
        case .usageLedger: self = .usageLedger(try LocksmithJSON.decode(UsageLedgerReport.self, from: snapshot))
        case .licenseAudit: self = .licenseAudit(try LocksmithJSON.decode(LicenseAuditReport.self, from: snapshot))
        case .customerSummary: self = .customerSummary(try LocksmithJSON.decode(CustomerSummaryReport.self, from: snapshot))
        case .subscriptionSettlement: self = .subscriptionSettlement(try LocksmithJSON.decode(SubscriptionSettlementReport.self, from: snapshot))
        default: throw ExportRenderError("unknown report kind '\(kind.rawValue)'")
        }
    }

    var kind: ReportKind {
        switch self {
        case .usageSummary: .usageSummary
        case .usageLedger: .usageLedger
        case .licenseAudit: .licenseAudit
        case .customerSummary: .customerSummary
        case .subscriptionSettlement: .subscriptionSettlement
        }
    }

    /// The filters as the report applied them.
    var filters: ReportFilters {
        switch self {
        case .usageSummary(let report): report.filters
        case .usageLedger(let report): report.filters
        case .licenseAudit(let report): report.filters
        case .customerSummary(let report): report.filters
        case .subscriptionSettlement(let report): report.filters
        }
    }

    var generatedAt: Date {
        switch self {
        case .usageSummary(let report): report.generatedAt
        case .usageLedger(let report): report.generatedAt
        case .licenseAudit(let report): report.generatedAt
        case .customerSummary(let report): report.generatedAt
        case .subscriptionSettlement(let report): report.generatedAt
        }
    }

    /// Rows of the report's main table, which CSV writes a line for and rendering reports progress in.
    var mainRows: Int {
        switch self {
        case .usageSummary(let report): report.groups.count
        case .usageLedger(let report): report.rows.count
        case .licenseAudit(let report): report.activities.count
        case .customerSummary(let report): report.groupedUsage.count
        case .subscriptionSettlement(let report): report.lines.count
        }
    }

    /// The canonical JSON of the report: the snapshot.
    func snapshot() throws -> Data {
        switch self {
        case .usageSummary(let report): try LocksmithJSON.encodeData(report)
        case .usageLedger(let report): try LocksmithJSON.encodeData(report)
        case .licenseAudit(let report): try LocksmithJSON.encodeData(report)
        case .customerSummary(let report): try LocksmithJSON.encodeData(report)
        case .subscriptionSettlement(let report): try LocksmithJSON.encodeData(report)
        }
    }
}
