import Foundation
import LocksmithAPI
import LocksmithStorage

/// The webhook events exports announce. Called in the transaction that completes the export, so the announcement
/// commits with the export or not at all (the transactional outbox).
enum ReportExportWebhooks {
    /// `export.completed`, with the ready export as its data.
    ///
    /// MERGE (webhooks): this is the one call site for export events. Once the webhook outbox lands, enqueue here, e.g.
    /// `try WebhookOutbox.enqueue(type: "export.completed", data: export, at: date, on: connection)`. Until then exports
    /// announce nothing.
    static func exportCompleted(_ export: ReportExport, at date: Date, on connection: TenantConnection) throws {}
}
