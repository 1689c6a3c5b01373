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
    ]
}
