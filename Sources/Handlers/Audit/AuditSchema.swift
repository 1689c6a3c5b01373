import LocksmithStorage

/// The audit chain (version 1): the events and the head row that every append locks.
enum AuditSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        1: [
            """
            CREATE TABLE audit_chain_head (
                id INTEGER PRIMARY KEY,
                sequence {{bigint}} NOT NULL,
                hash {{blob}}
            )
            """,
            "INSERT INTO audit_chain_head (id, sequence, hash) VALUES (1, 0, NULL)",
            """
            CREATE TABLE audit_events (
                sequence {{bigint}} PRIMARY KEY,
                event_type TEXT NOT NULL,
                actor_type TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                resource_type TEXT NOT NULL,
                resource_id TEXT,
                metadata TEXT NOT NULL,
                ip_address TEXT,
                created_at {{bigint}} NOT NULL,
                prev_hash {{blob}},
                hash {{blob}} NOT NULL
            )
            """,
            "CREATE INDEX audit_events_by_type ON audit_events (event_type, sequence)",
            "CREATE INDEX audit_events_by_resource ON audit_events (resource_type, resource_id, sequence)",
        ],
        // One chain per account: the head and the events are keyed by account, and the single chain so far becomes
        // the default account's. Event hashes do not cover the account, so every existing hash still holds.
        4: [
            """
            CREATE TABLE audit_chain_heads (
                account_id TEXT PRIMARY KEY,
                sequence {{bigint}} NOT NULL,
                hash {{blob}}
            )
            """,
            """
            INSERT INTO audit_chain_heads (account_id, sequence, hash)
            SELECT '\(AccountStore.defaultAccountID)', sequence, hash FROM audit_chain_head
            """,
            "DROP TABLE audit_chain_head",
            """
            CREATE TABLE audit_events_by_account (
                account_id TEXT NOT NULL,
                sequence {{bigint}} NOT NULL,
                event_type TEXT NOT NULL,
                actor_type TEXT NOT NULL,
                actor_id TEXT NOT NULL,
                resource_type TEXT NOT NULL,
                resource_id TEXT,
                metadata TEXT NOT NULL,
                ip_address TEXT,
                created_at {{bigint}} NOT NULL,
                prev_hash {{blob}},
                hash {{blob}} NOT NULL,
                PRIMARY KEY (account_id, sequence)
            )
            """,
            """
            INSERT INTO audit_events_by_account (account_id, sequence, event_type, actor_type, actor_id, resource_type, resource_id,
                                                 metadata, ip_address, created_at, prev_hash, hash)
            SELECT '\(AccountStore.defaultAccountID)', sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata,
                   ip_address, created_at, prev_hash, hash
            FROM audit_events
            """,
            "DROP TABLE audit_events",
            "ALTER TABLE audit_events_by_account RENAME TO audit_events",
            "CREATE INDEX audit_events_by_type ON audit_events (account_id, event_type, sequence)",
            "CREATE INDEX audit_events_by_resource ON audit_events (account_id, resource_type, resource_id, sequence)",
        ] + RowLevelSecurity.statements(for: "audit_chain_heads") + RowLevelSecurity.statements(for: "audit_events"),
    ]
}
