import Foundation
import LocksmithAPI
import LocksmithStorage

/// The webhook events exports announce. Called in the transaction that completes the export, so the announcement
/// commits with the export or not at all (the transactional outbox).
enum ReportExportWebhooks {
    /// `export.completed`, with the finished export as its data.
    static func exportCompleted(_ export: ReportExport, at date: Date, on connection: TenantConnection) throws {
        try WebhookOutbox.enqueue(type: "export.completed", data: export, at: date, on: connection)
    }
}
