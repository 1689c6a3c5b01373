public import Foundation
public import LocksmithStorage

/// The monthly partitions of the tables that grow with traffic on PostgreSQL: the activity ledger (`activities`, by
/// `occurred_at`, migration 17) and webhook attempts (`webhook_attempts`, by `attempted_at`, migration 18). Each has a
/// partition per calendar month (UTC) named `TABLE_YYYY_MM`, and `TABLE_default` for a row of a month that has none yet.
///
/// The server makes each month's partitions ahead of time: at start and every six hours, for this month and the next
/// `monthsAhead`, so a row normally never lands in a default partition. Making one is
/// `locksmith_month_partition(table, column, month)`, a function in the database (the migrations and every instance call
/// the same code): it takes a transaction-scoped advisory lock per table, so instances that race make a month once;
/// moves any rows of that month out of the default partition first, so that attaching cannot fail on them; and attaches
/// the new table, which gets the parent's indexes. `locksmith_ledger_month(month)` is the ledger's shorthand. Row-level
/// security is the parent's: the server only ever reads and writes the parent, never a partition.
///
/// Declarative partitioning is PostgreSQL's own and needs nothing installed; pg_partman (Debian's
/// `postgresql-15-partman`) would do the same upkeep from a background worker, but it is an extension a superuser must
/// install, which the server's ordinary role cannot, and the upkeep is this one function.
public enum LedgerPartitions {
    /// How many months after the current one always have their partition.
    public static let monthsAhead = 3

    /// The partitioned tables and the column each is partitioned by.
    static let tables: [(table: String, column: String)] = [("activities", "occurred_at"), ("webhook_attempts", "attempted_at")]

    /// Creates `locksmith_month_partition(text, text, timestamptz)` and `locksmith_ledger_month(timestamptz)`.
    static let functionSQL = [
        """
        CREATE FUNCTION locksmith_month_partition(parent text, time_column text, month timestamptz) RETURNS text
        LANGUAGE plpgsql AS $body$
        DECLARE
            first_day timestamptz := date_trunc('month', month, 'UTC');
            lower_ms bigint := CAST(EXTRACT(EPOCH FROM first_day) * 1000 AS bigint);
            upper_ms bigint := CAST(EXTRACT(EPOCH FROM first_day + interval '1 month') * 1000 AS bigint);
            partition text := parent || '_' || to_char(first_day AT TIME ZONE 'UTC', 'YYYY_MM');
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtext('locksmith.partitions.' || parent));
            IF to_regclass(partition) IS NOT NULL THEN
                RETURN partition;
            END IF;
            EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS)', partition, parent);
            EXECUTE format(
                'WITH moved AS (DELETE FROM %I WHERE %I >= %s AND %I < %s RETURNING *) INSERT INTO %I SELECT * FROM moved',
                parent || '_default', time_column, lower_ms, time_column, upper_ms, partition);
            EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', parent, partition, lower_ms, upper_ms);
            RETURN partition;
        END
        $body$
        """,
        """
        CREATE FUNCTION locksmith_ledger_month(month timestamptz) RETURNS text LANGUAGE sql
        AS $body$ SELECT locksmith_month_partition('activities', 'occurred_at', month) $body$
        """,
    ]

    /// The statements that turn `table`, made by `createSQL` (a `CREATE TABLE table (…) PARTITION BY RANGE (column)` whose
    /// primary key includes `column`), into a partitioned table holding the same rows: the old table renamed and its
    /// indexes dropped, the new one with a default partition and months from the oldest row to `monthsAhead` ahead, the
    /// rows copied, the old table dropped, `indexes` built on the new one, and row-level security as before.
    static func partitioning(_ table: String, by column: String, createSQL: String, indexes: [(name: String, columns: String)]) -> [String] {
        let old = table + "_unpartitioned"
        return ([
            "ALTER TABLE \(table) NO FORCE ROW LEVEL SECURITY",
            "ALTER TABLE \(table) RENAME TO \(old)",
            "ALTER INDEX \(table)_pkey RENAME TO \(old)_pkey",
        ] + indexes.map { "DROP INDEX \($0.name)" } + [
            createSQL,
            "CREATE TABLE \(table)_default PARTITION OF \(table) DEFAULT",
            """
            SELECT locksmith_month_partition('\(table)', '\(column)', month)
            FROM generate_series(
                date_trunc('month', COALESCE((SELECT to_timestamp(MIN(\(column)) / 1000.0) FROM \(old)), now()), 'UTC'),
                date_trunc('month', now(), 'UTC') + interval '\(monthsAhead) months', interval '1 month') AS month
            """,
            "INSERT INTO \(table) SELECT * FROM \(old)",
            "DROP TABLE \(old)",
        ] + indexes.map { "CREATE INDEX \($0.name) ON \(table) (\($0.columns))" }).map { "{{postgres_only}}" + $0 }
            + RowLevelSecurity.statements(for: table)
    }

    /// Makes the partitions of this month and the next `monthsAhead` that are missing, for every partitioned table, in one
    /// transaction; nothing on SQLite. Returns the partitions' names.
    @discardableResult
    public static func ensure(on database: any Database, now: Date = Date()) async throws -> [String] {
        guard database.dialect == .postgres else { return [] }
        return try await database.write { connection in
            try tables.flatMap { table, column in
                try connection.query(
                    """
                    SELECT locksmith_month_partition($3, $4, month) AS partition
                    FROM generate_series(date_trunc('month', to_timestamp($1 / 1000.0), 'UTC'),
                                         date_trunc('month', to_timestamp($1 / 1000.0), 'UTC') + $2 * interval '1 month',
                                         interval '1 month') AS month
                    """, [.integer(Int64(now.timeIntervalSince1970 * 1000)), .integer(Int64(monthsAhead)), .text(table), .text(column)]
                ).map { try $0.string("partition") }
            }
        }
    }
}
