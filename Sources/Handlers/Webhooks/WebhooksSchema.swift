import LocksmithStorage

/// Webhook endpoints, their outbox of deliveries and the attempts made at them (version 8).
///
/// A delivery is written in the transaction of the change it announces (`WebhookOutbox`), with the exact payload bytes
/// every attempt sends. While it is `pending`, `next_attempt_at` says when it is due; a worker that claims it moves
/// that time to the end of its lease and sets `claim_token`, so a worker that dies mid-attempt leaves the delivery due
/// again when the lease ends. Attempts keep their status, latency and the start of the answer for health reports.
///
/// `webhook_accounts` is the one global table here: the accounts that have endpoints, so that the delivery worker,
/// which must visit every account's outbox under row-level security, knows which ones to visit. It holds no tenant
/// data beyond the fact that an account uses webhooks.
enum WebhooksSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        8: [
            """
            CREATE TABLE webhook_endpoints (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                url TEXT NOT NULL,
                event_types TEXT NOT NULL,
                sealed_secret {{blob}} NOT NULL,
                secret_prefix TEXT NOT NULL,
                previous_sealed_secret {{blob}},
                previous_secret_until {{bigint}},
                is_active INTEGER NOT NULL,
                disabled_reason TEXT,
                consecutive_failures INTEGER NOT NULL,
                last_delivery_at {{bigint}},
                last_success_at {{bigint}},
                last_failure_at {{bigint}},
                last_error TEXT,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX webhook_endpoints_url_unique ON webhook_endpoints (account_id, url)",
            "CREATE INDEX webhook_endpoints_subscribers ON webhook_endpoints (account_id, is_active)",
            """
            CREATE TABLE webhook_deliveries (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
                event_type TEXT NOT NULL,
                payload {{blob}} NOT NULL,
                state TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at {{bigint}},
                claim_token TEXT,
                first_attempt_at {{bigint}},
                completed_at {{bigint}},
                created_at {{bigint}} NOT NULL
            )
            """,
            "CREATE INDEX webhook_deliveries_due ON webhook_deliveries (account_id, next_attempt_at) WHERE state = 'pending'",
            "CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, state)",
            "CREATE INDEX webhook_deliveries_by_completion ON webhook_deliveries (account_id, completed_at)",
            """
            CREATE TABLE webhook_attempts (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id),
                endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
                attempted_at {{bigint}} NOT NULL,
                succeeded INTEGER NOT NULL,
                status_code INTEGER,
                latency_ms INTEGER NOT NULL,
                error TEXT,
                response_body TEXT
            )
            """,
            "CREATE INDEX webhook_attempts_by_endpoint ON webhook_attempts (endpoint_id, attempted_at)",
            "CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id)",
            "CREATE TABLE webhook_accounts (account_id TEXT PRIMARY KEY REFERENCES accounts (id))",
        ] + ["webhook_endpoints", "webhook_deliveries", "webhook_attempts"].flatMap { RowLevelSecurity.statements(for: $0) },
        // Attempts grow with deliveries: on PostgreSQL they are partitioned by month of `attempted_at` as the ledger is
        // (`LedgerPartitions`), with the primary key (id, attempted_at). SQLite keeps one table.
        18: LedgerPartitions.partitioning(
            "webhook_attempts", by: "attempted_at",
            createSQL: """
                CREATE TABLE webhook_attempts (
                    account_id TEXT NOT NULL REFERENCES accounts (id),
                    id TEXT NOT NULL,
                    delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id),
                    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
                    attempted_at BIGINT NOT NULL,
                    succeeded INTEGER NOT NULL,
                    status_code INTEGER,
                    latency_ms INTEGER NOT NULL,
                    error TEXT,
                    response_body TEXT,
                    CONSTRAINT webhook_attempts_pkey PRIMARY KEY (id, attempted_at)
                ) PARTITION BY RANGE (attempted_at)
                """,
            indexes: [("webhook_attempts_by_endpoint", "endpoint_id, attempted_at"), ("webhook_attempts_by_delivery", "delivery_id")]),
        // The W3C traceparent of the request whose change queued the delivery, when tracing was on: its attempts
        // continue that trace (`WebhookWorker`). An expand step: a release that does not know it leaves it empty.
        19: ["ALTER TABLE webhook_deliveries ADD COLUMN traceparent TEXT"],
    ]
}
