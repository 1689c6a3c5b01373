import Foundation
import LocksmithAPI
import LocksmithCrypto

/// An export as stored: its public metadata and the background job's bookkeeping (attempts, lease).
struct StoredReportExport: Sendable {
    var id: String
    var kind: ReportKind
    var format: ExportFormat
    var status: ExportStatus
    var filters: ReportFilters
    var sourceExportID: String?
    var snapshotDigest: String
    var artifactDigest: String?
    var byteSize: Int64?
    var signature: Signature?
    var progressDone: Int64
    var progressTotal: Int64
    var failureReason: String?
    var attempts: Int
    var leaseOwner: String?
    var leaseExpiresAt: Date?
    var createdBy: ReportExportCreator
    var requestID: String?
    var createdAt: Date
    var updatedAt: Date
    var completedAt: Date?

    /// The media type of a format's artifact, as the download sends it.
    static func contentType(_ format: ExportFormat) -> String {
        switch format {
        case .csv: "text/csv; charset=utf-8; header=present"
        case .pdf: "application/pdf"
        default: "application/json"
        }
    }

    /// `usage-summary-exp_01J….csv`.
    var fileName: String {
        "\(kind.rawValue)-\(id).\(format.rawValue)"
    }

    var model: ReportExport {
        ReportExport(
            id: id, reportKind: kind, format: format, status: status, filters: filters, sourceExportID: sourceExportID,
            snapshotDigest: snapshotDigest, artifactDigest: artifactDigest, contentType: Self.contentType(format), fileName: fileName,
            byteSize: byteSize, progress: ExportProgress(done: progressDone, total: progressTotal), createdBy: createdBy,
            createdAt: createdAt, updatedAt: updatedAt, completedAt: completedAt, failureReason: failureReason,
            downloadURL: status == .ready ? "/api/v1/reports/exports/\(id)/download" : nil, signature: signature)
    }

    /// `sha256:` and the lowercase hex digest of `bytes`, as exports state digests.
    static func digest(_ bytes: some Collection<UInt8>) -> String {
        "sha256:" + Hex.encode(Digest.sha256(bytes))
    }
}
