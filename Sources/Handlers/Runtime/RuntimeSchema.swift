import LocksmithStorage

/// Metered consumptions by their `event_id` (version 7): what makes a repeated consumption return its first answer.
///
/// `data` is the signed answer's payload as first given, so a repeat is answered with the same bytes (and so the same
/// signature, Ed25519 signatures being deterministic) without consuming again.
enum RuntimeSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        7: [
            """
            CREATE TABLE consumption_events (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                license_id TEXT NOT NULL REFERENCES licenses (id),
                event_id TEXT NOT NULL,
                feature_code TEXT NOT NULL,
                amount {{bigint}} NOT NULL,
                data TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                PRIMARY KEY (license_id, event_id)
            )
            """,
        ] + RowLevelSecurity.statements(for: "consumption_events"),
    ]
}
