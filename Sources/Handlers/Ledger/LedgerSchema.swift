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
        17: LedgerPartitions.functionSQL.map { "{{postgres_only}}" + $0 } + LedgerPartitions.partitioning(
            "activities", by: "occurred_at",
            createSQL: """
                CREATE TABLE activities (
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
            indexes: [
                ("activities_by_time", "account_id, occurred_at, id"), ("activities_by_license", "license_id, occurred_at"),
                ("activities_by_product", "product_id, occurred_at"), ("activities_by_customer", "customer_id, occurred_at"),
                ("activities_by_subscription", "subscription_id, occurred_at"), ("activities_by_order", "order_id, occurred_at"),
            ]),
        // Per-day totals on SQLite, kept with every append, for reports over whole days (`LedgerDays`).
        20: LedgerDays.migration,
    ]
}
