import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for `report_exports` and `report_export_blobs`.
///
/// The background job claims an export with a lease (`claim`), renews it while rendering (`recordProgress`) and
/// finishes only while it still holds it (`complete`, `fail`): an instance that stalled past its lease cannot
/// overwrite the work of the instance that took over.
enum ReportExportStore {
    /// The fields whose values audit events record: ids, kinds, digests. (Filters hold only identifiers and times.)
    static let auditedFields: Set<String> = [
        "report_kind", "format", "filters", "source_export_id", "snapshot_digest", "artifact_digest", "byte_size", "status",
    ]
    private static let columns = """
        id, report_kind, format, status, filters, source_export_id, snapshot_digest, artifact_digest, byte_size, signature_kid,
        signature_value, progress_done, progress_total, failure_reason, attempts, lease_owner, lease_expires_at, created_by_type,
        created_by_id, request_id, created_at, updated_at, completed_at
        """

    /// A new pending export and its snapshot; records `report_export.created`.
    static func insert(_ export: StoredReportExport, snapshot: Data, on connection: TenantConnection) throws {
        try connection.execute(
            """
            INSERT INTO report_exports (account_id, id, report_kind, format, status, filters, source_export_id, snapshot_digest, content_type,
                                        file_name, progress_done, progress_total, attempts, created_by_type, created_by_id, request_id,
                                        created_at, updated_at)
            VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
            """,
            [.text(export.id), .text(export.kind.rawValue), .text(export.format.rawValue), .text(export.status.rawValue),
             .text(try filtersText(export.filters)), export.sourceExportID.sqlValue, .text(export.snapshotDigest),
             .text(StoredReportExport.contentType(export.format)), .text(export.fileName), .integer(export.progressDone),
             .integer(export.progressTotal), .integer(Int64(export.attempts)), .text(export.createdBy.actorType.rawValue),
             .text(export.createdBy.actorID), export.requestID.sqlValue, export.createdAt.sqlValue, export.updatedAt.sqlValue])
        try insertBlob(export.id, kind: "snapshot", snapshot, on: connection)
    }

    static func find(id: String, on connection: TenantConnection) throws -> StoredReportExport? {
        try connection.queryOne("SELECT \(columns) FROM report_exports WHERE id = $1 AND account_id = $account", [.text(id)]).map(record)
    }

    static func require(id: String, on connection: TenantConnection) throws -> StoredReportExport {
        guard let export = try find(id: id, on: connection) else { throw APIError.notFound("export", id: id) }
        return export
    }

    /// The frozen snapshot of an export.
    static func snapshot(of id: String, on connection: TenantConnection) throws -> Data? {
        try blob(id, kind: "snapshot", on: connection)
    }

    /// The stored artifact of a ready export: the snapshot itself for `json`.
    static func artifact(of export: StoredReportExport, on connection: TenantConnection) throws -> Data? {
        try blob(export.id, kind: export.format == .json ? "snapshot" : "artifact", on: connection)
    }

    /// The account's exports waiting to be rendered (or being rendered).
    static func pendingCount(on connection: TenantConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM report_exports WHERE account_id = $account AND status = 'pending'", [])?.int("n") ?? 0
    }

    /// The export of the account to render next: one whose claim lapsed (its renderer stopped), or else the oldest
    /// pending one; nil while one of the account's exports is being rendered. An account renders one export at a time,
    /// on every instance together (`report_exports_one_rendering`).
    static func next(now: Date, on connection: TenantConnection) throws -> String? {
        guard let row = try connection.queryOne(
            """
            SELECT id, lease_owner, lease_expires_at FROM report_exports WHERE account_id = $account AND status = 'pending'
            ORDER BY CASE WHEN lease_owner IS NULL THEN 1 ELSE 0 END, created_at, id LIMIT 1
            """, [])
        else { return nil }
        if try row.optionalString("lease_owner") != nil, let until = try row.optionalDate("lease_expires_at"), until > now { return nil }
        return try row.string("id")
    }

    /// Takes the export for `owner` until `until` when it is pending, no live lease holds it, and no other export of the
    /// account is claimed; nil when another instance got there first. Counts the attempt. (Two instances claiming two
    /// exports of one account at the same moment: the unique index refuses the second.)
    static func claim(id: String, owner: String, until: Date, now: Date, on connection: TenantConnection) throws -> StoredReportExport? {
        let claimed = try connection.execute(
            """
            UPDATE report_exports SET lease_owner = $2, lease_expires_at = $3, attempts = attempts + 1
            WHERE id = $1 AND account_id = $account AND status = 'pending' AND (lease_expires_at IS NULL OR lease_expires_at <= $4)
              AND NOT EXISTS (SELECT 1 FROM report_exports o WHERE o.account_id = $account AND o.lease_owner IS NOT NULL AND o.id <> $1)
            """, [.text(id), .text(owner), until.sqlValue, now.sqlValue])
        return claimed == 1 ? try find(id: id, on: connection) : nil
    }

    /// Records rendering progress and renews the lease; false when `owner` no longer holds the export.
    static func recordProgress(
        id: String, done: Int64, owner: String, until: Date, now: Date, on connection: TenantConnection
    ) throws -> Bool {
        try connection.execute(
            """
            UPDATE report_exports SET progress_done = $2, lease_expires_at = $3, updated_at = $4
            WHERE id = $1 AND account_id = $account AND status = 'pending' AND lease_owner = $5
            """, [.text(id), .integer(done), until.sqlValue, now.sqlValue, .text(owner)]) == 1
    }

    /// Gives back an export `owner` holds, without counting the attempt: rendering was stopped (a shutdown), not lost
    /// to a crash, so the next runner may take it at once.
    static func release(id: String, owner: String, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE report_exports SET lease_owner = NULL, lease_expires_at = NULL, attempts = attempts - 1
            WHERE id = $1 AND account_id = $account AND status = 'pending' AND lease_owner = $2
            """, [.text(id), .text(owner)])
    }

    /// Stores the artifact and makes the export ready, while `owner` holds it. Returns the ready export, or nil when the
    /// lease was lost (the artifact is not stored then).
    static func complete(
        _ export: StoredReportExport, artifact: Data, signature: Signature, owner: String, at date: Date, on connection: TenantConnection
    ) throws -> StoredReportExport? {
        var ready = export
        ready.status = .ready
        ready.artifactDigest = StoredReportExport.digest(artifact)
        ready.byteSize = Int64(artifact.count)
        ready.signature = signature
        ready.progressDone = export.progressTotal
        ready.updatedAt = date
        ready.completedAt = date
        let updated = try connection.execute(
            """
            UPDATE report_exports SET status = 'ready', artifact_digest = $2, byte_size = $3, signature_kid = $4, signature_value = $5,
                progress_done = progress_total, lease_owner = NULL, lease_expires_at = NULL, updated_at = $6, completed_at = $6
            WHERE id = $1 AND account_id = $account AND status = 'pending' AND lease_owner = $7
            """,
            [.text(export.id), ready.artifactDigest.sqlValue, ready.byteSize.sqlValue, .text(signature.kid), .text(signature.value),
             date.sqlValue, .text(owner)])
        guard updated == 1 else { return nil }
        if export.format != .json { try insertBlob(export.id, kind: "artifact", artifact, on: connection) }
        return ready
    }

    /// Marks the export failed, while `owner` holds it (or unconditionally when `owner` is nil); returns it failed, or nil
    /// when it was not pending (or the lease was lost).
    static func fail(
        _ export: StoredReportExport, reason: String, owner: String?, at date: Date, on connection: TenantConnection
    ) throws -> StoredReportExport? {
        var binds: [SQLValue] = [.text(export.id), .text(reason), date.sqlValue]
        var held = ""
        if let owner {
            binds.append(.text(owner))
            held = " AND lease_owner = $4"
        }
        let updated = try connection.execute(
            """
            UPDATE report_exports SET status = 'failed', failure_reason = $2, lease_owner = NULL, lease_expires_at = NULL, updated_at = $3,
                completed_at = $3
            WHERE id = $1 AND account_id = $account AND status = 'pending'\(held)
            """, binds)
        guard updated == 1 else { return nil }
        var failed = export
        failed.status = .failed
        failed.failureReason = reason
        failed.updatedAt = date
        failed.completedAt = date
        return failed
    }

    private static func insertBlob(_ id: String, kind: String, _ bytes: Data, on connection: TenantConnection) throws {
        try connection.execute(
            "INSERT INTO report_export_blobs (account_id, export_id, kind, bytes) VALUES ($account, $1, $2, $3)",
            [.text(id), .text(kind), .blob([UInt8](bytes))])
    }

    private static func blob(_ id: String, kind: String, on connection: TenantConnection) throws -> Data? {
        try connection.queryOne(
            "SELECT bytes FROM report_export_blobs WHERE export_id = $1 AND kind = $2 AND account_id = $account", [.text(id), .text(kind)]
        ).map { Data(try $0.bytes("bytes")) }
    }

    private static func filtersText(_ filters: ReportFilters) throws -> String {
        String(decoding: try LocksmithJSON.encodeData(filters), as: UTF8.self)
    }

    private static func record(_ row: SQLRow) throws -> StoredReportExport {
        let kid = try row.optionalString("signature_kid")
        let value = try row.optionalString("signature_value")
        return StoredReportExport(
            id: try row.string("id"), kind: ReportKind(rawValue: try row.string("report_kind")),
            format: ExportFormat(rawValue: try row.string("format")), status: ExportStatus(rawValue: try row.string("status")),
            filters: try LocksmithJSON.decode(ReportFilters.self, from: Data(try row.string("filters").utf8)),
            sourceExportID: try row.optionalString("source_export_id"), snapshotDigest: try row.string("snapshot_digest"),
            artifactDigest: try row.optionalString("artifact_digest"), byteSize: try row.optionalInt64("byte_size"),
            signature: kid.flatMap { kid in value.map { Signature(alg: ExportSignature.algorithm, kid: kid, value: $0) } },
            progressDone: try row.int64("progress_done"), progressTotal: try row.int64("progress_total"),
            failureReason: try row.optionalString("failure_reason"), attempts: try row.int("attempts"),
            leaseOwner: try row.optionalString("lease_owner"), leaseExpiresAt: try row.optionalDate("lease_expires_at"),
            createdBy: ReportExportCreator(
                actorType: AuditActorType(rawValue: try row.string("created_by_type")), actorID: try row.string("created_by_id")),
            requestID: try row.optionalString("request_id"), createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"),
            completedAt: try row.optionalDate("completed_at"))
    }
}
