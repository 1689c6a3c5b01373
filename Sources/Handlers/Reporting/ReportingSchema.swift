import LocksmithStorage

/// Frozen report exports (version 9).
///
/// An export's snapshot and its rendered artifact live in `report_export_blobs`, apart from the metadata, so that
/// polling an export or sweeping for pending ones never reads megabytes. A `json` export's artifact is its snapshot,
/// stored once. `lease_owner` and `lease_expires_at` are the background job's claim: an instance that stops while
/// rendering leaves a lease that lapses, and any instance then takes the export over.
enum ReportingSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        9: [
            """
            CREATE TABLE report_exports (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                report_kind TEXT NOT NULL,
                format TEXT NOT NULL,
                status TEXT NOT NULL,
                filters TEXT NOT NULL,
                source_export_id TEXT,
                snapshot_digest TEXT NOT NULL,
                content_type TEXT NOT NULL,
                file_name TEXT NOT NULL,
                artifact_digest TEXT,
                byte_size {{bigint}},
                signature_kid TEXT,
                signature_value TEXT,
                progress_done {{bigint}} NOT NULL,
                progress_total {{bigint}} NOT NULL,
                failure_reason TEXT,
                attempts INTEGER NOT NULL,
                lease_owner TEXT,
                lease_expires_at {{bigint}},
                created_by_type TEXT NOT NULL,
                created_by_id TEXT NOT NULL,
                request_id TEXT,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL,
                completed_at {{bigint}}
            )
            """,
            "CREATE INDEX report_exports_by_status ON report_exports (account_id, status, created_at)",
            """
            CREATE TABLE report_export_blobs (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                export_id TEXT NOT NULL REFERENCES report_exports (id),
                kind TEXT NOT NULL,
                bytes {{blob}} NOT NULL,
                PRIMARY KEY (export_id, kind)
            )
            """,
        ] + ["report_exports", "report_export_blobs"].flatMap { RowLevelSecurity.statements(for: $0) },
        // Version 12: at most one export of an account rendering at a time, on every instance together: a claim sets
        // `lease_owner`, and this index admits one such row per account. Claims held at the upgrade are let go (the
        // export is rendered again), since two of one account could not both stay.
        12: [
            "UPDATE report_exports SET lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner IS NOT NULL",
            "CREATE UNIQUE INDEX report_exports_one_rendering ON report_exports (account_id) WHERE lease_owner IS NOT NULL",
        ],
    ]
}
