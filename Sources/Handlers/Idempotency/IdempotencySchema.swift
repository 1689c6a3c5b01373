import LocksmithStorage

/// Idempotency records (version 6): one per (account, scope, operation, key), holding the request's hash and, once the
/// request has run, its exact response. Rows expire after a day and are pruned in the background.
///
/// Version 10 seals the stored response under the master key (`response_sealed = 1`): runtime answers carry secrets
/// such as lease tokens, which the database otherwise keeps only as keyed hashes. Records written before it stay
/// plain (`0`) and still replay until they expire.
///
/// The `principal` column holds the scope (`Principal.idempotencyScope`): the license for runtime calls, and for
/// management calls `account`. Management records written before held the API key's id; no new request finds them,
/// and they expire within a day.
enum IdempotencySchema: AreaSchema {
    static let statements: [Int: [String]] = [
        6: [
            """
            CREATE TABLE idempotency_keys (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                principal TEXT NOT NULL,
                operation TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                request_hash {{blob}} NOT NULL,
                state TEXT NOT NULL,
                response_status INTEGER,
                response_body {{blob}},
                claimed_at {{bigint}} NOT NULL,
                expires_at {{bigint}} NOT NULL,
                PRIMARY KEY (account_id, principal, operation, idempotency_key)
            )
            """,
            "CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (account_id, expires_at)",
        ] + RowLevelSecurity.statements(for: "idempotency_keys"),
        11: ["ALTER TABLE idempotency_keys ADD COLUMN response_sealed INTEGER NOT NULL DEFAULT 0"],
    ]
}
