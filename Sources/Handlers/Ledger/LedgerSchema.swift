import LocksmithStorage

/// The append-only activity ledger (version 6).
///
/// `duration_ms` is how long the server took to decide a runtime call (ops reports its percentiles); it is absent
/// for management and system rows. Ledger rows copy their attribution (product, customer, order, subscription) when they are written and are never
/// updated, so history does not move when those records change. Ids are time-ordered, so the feed pages by id.
enum LedgerSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        6: [
            """
            CREATE TABLE activities (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                occurred_at {{bigint}} NOT NULL,
                action TEXT NOT NULL,
                source TEXT NOT NULL,
                product_id TEXT,
                customer_id TEXT,
                license_id TEXT,
                order_id TEXT,
                subscription_id TEXT,
                feature_code TEXT,
                amount {{bigint}} NOT NULL,
                status_code INTEGER NOT NULL,
                result_class TEXT NOT NULL,
                reason_code TEXT,
                device_id TEXT,
                app_version TEXT,
                request_id TEXT,
                duration_ms INTEGER,
                metadata TEXT NOT NULL
            )
            """,
            "CREATE INDEX activities_by_time ON activities (account_id, occurred_at, id)",
            "CREATE INDEX activities_by_license ON activities (license_id, occurred_at)",
            "CREATE INDEX activities_by_product ON activities (product_id, occurred_at)",
            "CREATE INDEX activities_by_customer ON activities (customer_id, occurred_at)",
            "CREATE INDEX activities_by_subscription ON activities (subscription_id, occurred_at)",
            "CREATE INDEX activities_by_order ON activities (order_id, occurred_at)",
        ] + RowLevelSecurity.statements(for: "activities"),
        // On PostgreSQL the ledger becomes a table partitioned by month of `occurred_at` (`LedgerPartitions`): the same
        // columns and indexes, its primary key (id, occurred_at) as partitioning requires, a default partition for rows
        // of a month without one, and months from the oldest row to three months ahead, the rows copied into them.
        // SQLite keeps one table.
        17: [
            "{{postgres_only}}ALTER TABLE activities NO FORCE ROW LEVEL SECURITY",
            "{{postgres_only}}ALTER TABLE activities RENAME TO activities_unpartitioned",
            "{{postgres_only}}ALTER INDEX activities_pkey RENAME TO activities_unpartitioned_pkey",
        ] + ["by_time", "by_license", "by_product", "by_customer", "by_subscription", "by_order"].map {
            "{{postgres_only}}DROP INDEX activities_\($0)"
        } + [
            """
            {{postgres_only}}CREATE TABLE activities (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT NOT NULL,
                occurred_at BIGINT NOT NULL,
                action TEXT NOT NULL,
                source TEXT NOT NULL,
                product_id TEXT,
                customer_id TEXT,
                license_id TEXT,
                order_id TEXT,
                subscription_id TEXT,
                feature_code TEXT,
                amount BIGINT NOT NULL,
                status_code INTEGER NOT NULL,
                result_class TEXT NOT NULL,
                reason_code TEXT,
                device_id TEXT,
                app_version TEXT,
                request_id TEXT,
                duration_ms INTEGER,
                metadata TEXT NOT NULL,
                CONSTRAINT activities_pkey PRIMARY KEY (id, occurred_at)
            ) PARTITION BY RANGE (occurred_at)
            """,
            "{{postgres_only}}CREATE TABLE activities_default PARTITION OF activities DEFAULT",
            "{{postgres_only}}" + LedgerPartitions.functionSQL,
            """
            {{postgres_only}}SELECT locksmith_ledger_month(month)
            FROM generate_series(
                date_trunc('month', COALESCE((SELECT to_timestamp(MIN(occurred_at) / 1000.0) FROM activities_unpartitioned), now()), 'UTC'),
                date_trunc('month', now(), 'UTC') + interval '\(LedgerPartitions.monthsAhead) months', interval '1 month') AS month
            """,
            "{{postgres_only}}INSERT INTO activities SELECT * FROM activities_unpartitioned",
            "{{postgres_only}}DROP TABLE activities_unpartitioned",
            "{{postgres_only}}CREATE INDEX activities_by_time ON activities (account_id, occurred_at, id)",
            "{{postgres_only}}CREATE INDEX activities_by_license ON activities (license_id, occurred_at)",
            "{{postgres_only}}CREATE INDEX activities_by_product ON activities (product_id, occurred_at)",
            "{{postgres_only}}CREATE INDEX activities_by_customer ON activities (customer_id, occurred_at)",
            "{{postgres_only}}CREATE INDEX activities_by_subscription ON activities (subscription_id, occurred_at)",
            "{{postgres_only}}CREATE INDEX activities_by_order ON activities (order_id, occurred_at)",
        ] + RowLevelSecurity.statements(for: "activities"),
    ]
}
