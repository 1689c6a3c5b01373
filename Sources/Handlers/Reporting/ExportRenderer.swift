import Foundation
import LocksmithAPI

/// Turns a snapshot into the artifact of a format. A pure function of the snapshot's bytes: nothing else (no clock,
/// no database, no export id) reaches the artifact, so the same snapshot always gives the same bytes.
enum ExportRenderer {
    /// The artifact; `progress` is told the main-table rows rendered so far and answers whether to go on.
    static func render(kind: ReportKind, format: ExportFormat, snapshot: Data, progress: (Int) -> Bool) throws -> Data {
        switch format {
        case .json:
            return snapshot
        case .csv:
            return try CSVExport.render(try document(kind, snapshot), progress: progress)
        case .pdf:
            return try PDFStatement.render(try document(kind, snapshot), snapshotDigest: StoredReportExport.digest(snapshot), progress: progress)
        default:
            throw ExportRenderError("unknown export format '\(format.rawValue)'")
        }
    }

    private static func document(_ kind: ReportKind, _ snapshot: Data) throws -> ReportDocument {
        do {
            return try ReportDocument(kind: kind, snapshot: snapshot)
        } catch let error as ExportRenderError {
            throw error
        } catch {
            throw ExportRenderError("the snapshot cannot be read as a \(kind.rawValue) report: \(error)")
        }
    }
}
