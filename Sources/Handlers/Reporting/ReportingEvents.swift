import LocksmithAPI

/// What the journal records for report exports: the audit chain records each export's creation and how it ended
/// (`report_export.*`), and the end, ready or failed, is announced as `export.completed` with the export as it now is.
extension JournalEvent {
    static func reportExportCreated(_ export: StoredReportExport) -> JournalEvent {
        .audited(
            .reportExportCreated, "report_export", id: export.id, AuditMetadata.values(of: export.model, recording: ReportExportStore.auditedFields))
    }

    static func reportExportCompleted(_ ready: StoredReportExport, signatureKID: String) -> JournalEvent {
        .audited(
            .reportExportCompleted, "report_export", id: ready.id,
            AuditMetadata.values(of: ready.model, recording: ReportExportStore.auditedFields).merging(["signature_kid": .string(signatureKID)]) { $1 })
    }

    static func reportExportFailed(_ failed: StoredReportExport) -> JournalEvent {
        .audited(
            .reportExportFailed, "report_export", id: failed.id,
            ["report_kind": .string(failed.kind.rawValue), "format": .string(failed.format.rawValue), "reason": .string(failed.failureReason ?? "")])
    }

    /// The delivery of a finished export, ready or failed.
    static func exportCompleted(_ export: StoredReportExport) -> JournalEvent {
        .announced(.exportCompleted(export.model), "report_export", id: export.id)
    }
}
