import LocksmithStorage

/// Abuse limits (version 12): an account's overrides of the server's limits (`accounts.limits`, JSON), and the shared
/// token buckets that make a rate limit hold for a whole PostgreSQL deployment rather than per instance.
///
/// `rate_limit_buckets` is global and holds no tenant data: a bucket is named by a digest of its policy and subject
/// (never an address or a key itself), and `tat` is its theoretical arrival time in microseconds since 1970 (the
/// bucket is full once that has passed). Rows of full buckets are pruned; SQLite, served by one instance, never uses it.
enum LimitsSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        12: [
            "ALTER TABLE accounts ADD COLUMN limits TEXT",
            "CREATE TABLE rate_limit_buckets (bucket TEXT PRIMARY KEY, tat {{bigint}} NOT NULL)",
            "CREATE INDEX rate_limit_buckets_by_tat ON rate_limit_buckets (tat)",
        ],
    ]
}
