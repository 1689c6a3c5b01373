import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

extension ReportsHandlers {
    /// Freezes the snapshot now and leaves the rendering to the runner. The report is evaluated in a read transaction
    /// and its snapshot encoded outside any transaction, so a large export never holds the database's writer.
    public func createReportExport(
        _ input: Operations.CreateReportExport.Input, context: HandlerContext
    ) async throws -> Operations.CreateReportExport.Output {
        let request = input.body
        let now = services.now()
        let change = services.change(by: context)
        let draft = StoredReportExport(
            id: ResourceID.make("exp", at: now), kind: request.reportKind, format: request.format ?? .json, status: .pending,
            filters: ReportFilters(), snapshotDigest: "", progressDone: 0, progressTotal: 0, attempts: 0,
            createdBy: ReportExportCreator(actorType: change.actor.type, actorID: change.actor.id), requestID: context.requestID,
            createdAt: now, updatedAt: now)
        if let sourceID = request.sourceExportID {
            guard request.filters == nil else {
                throw APIError.validationFailed(
                    "field 'filters' cannot be given with 'source_export_id': the source export's filters apply", detail: "filters")
            }
            let stored = try await services.write(context) { [services] connection in
                try ExportQueue.admit(services, on: connection)
                var export = draft
                let source = try ReportExportStore.require(id: sourceID, on: connection)
                guard source.kind == request.reportKind else {
                    throw APIError.validationFailed(
                        "field 'report_kind' must be '\(source.kind.rawValue)', the kind of export \(sourceID)", detail: "report_kind")
                }
                guard let snapshot = try ReportExportStore.snapshot(of: sourceID, on: connection) else {
                    throw APIError.notFound("export", id: sourceID)
                }
                export.filters = source.filters
                export.sourceExportID = sourceID
                export.snapshotDigest = source.snapshotDigest
                export.progressTotal = source.progressTotal
                try ReportExportStore.insert(export, snapshot: snapshot, on: connection)
                try change.record(.reportExportCreated(export), on: connection)
                return export
            }
            runner.wake()
            return .created(stored.model)
        }
        let parameters = request.filters ?? ReportFilters()
        try ExportFilterRules.check(parameters, for: request.reportKind)
        // A frozen export may read a replica only when the replica has replayed past the end of the window, so that every
        // ledger row the window holds is in its snapshot: a window ending now (or later) reads the primary.
        let settled = parameters.to.map { Duration.milliseconds(Int64(max(0, now.timeIntervalSince($0)) * 1000)) } ?? .zero
        let document = try await services.laggingRead(context, acceptable: settled) { [services] connection in
            // Checked before the report is built (which may read many rows), and again, exactly, when it is stored.
            try ExportQueue.check(services, on: connection)
            return try ReportDocument.build(request.reportKind, parameters, now: now, on: connection)
        }
        let snapshot = try document.snapshot()
        var export = draft
        export.filters = document.filters
        export.snapshotDigest = StoredReportExport.digest(snapshot)
        export.progressTotal = Int64(document.mainRows)
        let created = export
        try await services.write(context) { [services] connection in
                try ExportQueue.admit(services, on: connection)
            try ReportExportStore.insert(created, snapshot: snapshot, on: connection)
            try change.record(.reportExportCreated(created), on: connection)
        }
        runner.wake()
        return .created(created.model)
    }

    public func getReportExport(_ input: Operations.GetReportExport.Input, context: HandlerContext) async throws -> Operations.GetReportExport.Output {
        .ok(try await services.database.read(account: context.accountID) { connection in
            try ReportExportStore.require(id: input.id, on: connection).model
        })
    }

    /// The stored artifact, checked against its digest before it leaves: a download is evidence, and bytes that no
    /// longer match what was signed must not pass for it.
    public func downloadReportExport(
        _ input: Operations.DownloadReportExport.Input, context: HandlerContext
    ) async throws -> Operations.DownloadReportExport.Output {
        let (export, artifact) = try await services.database.read(account: context.accountID) { connection in
            let export = try ReportExportStore.require(id: input.id, on: connection)
            guard export.status == .ready else {
                throw APIError(.notFound, "export \(export.id) is \(export.status.rawValue); only a ready export has an artifact", detail: export.id)
            }
            return (export, try ReportExportStore.artifact(of: export, on: connection))
        }
        let digest = artifact.map { Digest.sha256($0) }
        guard let artifact, let digest, let expected = export.artifactDigest, "sha256:" + Hex.encode(digest) == expected else {
            context.logger.error("a stored export artifact does not match its digest", metadata: ["export": "\(export.id)"])
            throw APIError(.internal, "the stored artifact of export \(export.id) does not match its digest")
        }
        return .ok(BinaryBody(data: artifact, contentType: StoredReportExport.contentType(export.format), headers: [
            "Content-Disposition": "attachment; filename=\"\(export.fileName)\"",
            "ETag": "\"\(expected)\"",
            "Repr-Digest": "sha-256=:\(Base64.encode(digest)):",
        ]))
    }
}
