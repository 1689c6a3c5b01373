import LocksmithStorage

/// API keys, signing keys and license keys (version 1); at most one active signing key (version 5); signing keys of each
/// account's own (version 10).
///
/// Tokens and license keys are stored only as keyed hashes, looked up through their unique indexes; signing keys
/// keep their secret half sealed with the master key.
enum AccessSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        1: [
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
            CREATE TABLE license_keys (
                license_id TEXT PRIMARY KEY,
                key_hash {{blob}} NOT NULL UNIQUE,
                key_prefix TEXT NOT NULL,
                key_last4 TEXT NOT NULL,
                created_at {{bigint}} NOT NULL
            )
            """,
        ],
        4: AccountsSchema.accountColumn(on: "api_keys", credentialColumn: "token_hash")
            + ["CREATE INDEX api_keys_by_account ON api_keys (account_id, id)"]
            + AccountsSchema.accountColumn(on: "license_keys", credentialColumn: "key_hash"),
        // Rotations that raced before they were serialized could leave several keys active: the newest
        // stays active and the others are retired as of its creation, so that the index can be built.
        5: [
            """
            UPDATE signing_keys
            SET status = 'retired', retired_at = (SELECT MAX(created_at) FROM signing_keys WHERE status = 'active')
            WHERE status = 'active'
              AND kid <> (SELECT kid FROM signing_keys WHERE status = 'active' ORDER BY created_at DESC, kid DESC LIMIT 1)
            """,
            "CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active'",
        ],
        // Keys of their own for accounts: NULL is the server's key. One active server key, and one active key per account.
        10: [
            "ALTER TABLE signing_keys ADD COLUMN account_id TEXT REFERENCES accounts (id)",
            "DROP INDEX signing_keys_one_active",
            "CREATE UNIQUE INDEX signing_keys_one_active_server ON signing_keys (status) WHERE status = 'active' AND account_id IS NULL",
            "CREATE UNIQUE INDEX signing_keys_one_active_per_account ON signing_keys (account_id) WHERE status = 'active' AND account_id IS NOT NULL",
        ],
        // License tokens (JWT): each account's token keys, one active per algorithm, apart from its signing keys; they
        // are published in the JWK Set like signing keys in the key list, so the table is read across accounts.
        // `public_key` is the raw Ed25519 key or the DER SubjectPublicKeyInfo of an RSA key; `sealed_secret_key` the
        // sealed 32-byte Ed25519 seed or the sealed PKCS#8 DER of the RSA key. Revoked token ids are the account's own
        // data (row-level security), kept until the token would have expired.
        16: [
            """
            CREATE TABLE token_keys (
                kid TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts (id),
                algorithm TEXT NOT NULL,
                public_key {{blob}} NOT NULL,
                sealed_secret_key {{blob}} NOT NULL,
                status TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                retired_at {{bigint}}
            )
            """,
            "CREATE UNIQUE INDEX token_keys_one_active ON token_keys (account_id, algorithm) WHERE status = 'active'",
            """
            CREATE TABLE revoked_tokens (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                jti TEXT NOT NULL,
                license_id TEXT NOT NULL,
                expires_at {{bigint}} NOT NULL,
                revoked_at {{bigint}} NOT NULL,
                PRIMARY KEY (account_id, jti)
            )
            """,
        ] + RowLevelSecurity.statements(for: "revoked_tokens"),
    ]
}
