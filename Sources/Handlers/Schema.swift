public import LocksmithStorage

/// Locksmith's database schema, as versioned migrations. `{{bigint}}` and `{{blob}}` are dialect tokens;
/// timestamps are integer milliseconds since 1970 and booleans integer 0/1 on both backends.
public enum Schema {
    public static let migrations: [Migration] = [keysAndAudit] + catalogMigrations + commerceMigrations

    static let keysAndAudit = Migration(version: 1, name: "keys and audit chain", statements: [
        """
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            token_hash {{blob}} NOT NULL UNIQUE,
            key_prefix TEXT NOT NULL,
            scopes TEXT NOT NULL,
            allowed_cidrs TEXT NOT NULL,
            is_active INTEGER NOT NULL,
            expires_at {{bigint}},
            last_used_at {{bigint}},
            created_at {{bigint}} NOT NULL
        )
        """,
        """
        CREATE TABLE signing_keys (
            kid TEXT PRIMARY KEY,
            algorithm TEXT NOT NULL,
            public_key {{blob}} NOT NULL,
            sealed_secret_key {{blob}} NOT NULL,
            status TEXT NOT NULL,
            created_at {{bigint}} NOT NULL,
            retired_at {{bigint}}
        )
        """,
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
        """
        CREATE TABLE license_keys (
            license_id TEXT PRIMARY KEY,
            key_hash {{blob}} NOT NULL UNIQUE,
            key_prefix TEXT NOT NULL,
            key_last4 TEXT NOT NULL,
            created_at {{bigint}} NOT NULL
        )
        """,
    ])

    public static var migrator: Migrator { Migrator(migrations: migrations) }
}
