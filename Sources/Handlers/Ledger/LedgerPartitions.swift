public import Foundation
public import LocksmithStorage

/// The monthly partitions of the activity ledger on PostgreSQL (migration 17): a partition per calendar month (UTC) of
/// `occurred_at`, named `activities_YYYY_MM`, and `activities_default` for a row of a month that has none yet.
///
/// The server makes each month's partition ahead of time: at start and every six hours, for this month and the next
/// `monthsAhead`, so a row normally never lands in the default partition. Making one is `locksmith_ledger_month(ts)`, a
/// function in the database (the migration and every instance call the same code): it takes a transaction-scoped
/// advisory lock, so instances that race make it once; moves any rows of that month out of the default partition
/// first, so that attaching cannot fail on them; and attaches the new table, which gets the parent's indexes. Row-level
/// security is the parent's: the server only ever reads and writes `activities`, never a partition.
///
/// Declarative partitioning is PostgreSQL's own and needs nothing installed; pg_partman (Debian's
/// `postgresql-15-partman`) would do the same upkeep from a background worker, but it is an extension a superuser must
/// install, which the server's ordinary role cannot, and the upkeep is this one function.
public enum LedgerPartitions {
    /// How many months after the current one always have their partition.
    public static let monthsAhead = 3

    /// Creates `locksmith_ledger_month(timestamptz)`, which makes the partition of the month holding its argument when it
    /// is missing and returns the partition's name.
    static let functionSQL = """
        CREATE FUNCTION locksmith_ledger_month(month timestamptz) RETURNS text LANGUAGE plpgsql AS $body$
        DECLARE
            first_day timestamptz := date_trunc('month', month, 'UTC');
            lower_ms bigint := CAST(EXTRACT(EPOCH FROM first_day) * 1000 AS bigint);
            upper_ms bigint := CAST(EXTRACT(EPOCH FROM first_day + interval '1 month') * 1000 AS bigint);
            partition text := 'activities_' || to_char(first_day AT TIME ZONE 'UTC', 'YYYY_MM');
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtext('locksmith.ledger_partitions'));
            IF to_regclass(partition) IS NOT NULL THEN
                RETURN partition;
            END IF;
            EXECUTE format('CREATE TABLE %I (LIKE activities INCLUDING DEFAULTS)', partition);
            EXECUTE format(
                'WITH moved AS (DELETE FROM activities_default WHERE occurred_at >= %s AND occurred_at < %s RETURNING *) '
                || 'INSERT INTO %I SELECT * FROM moved', lower_ms, upper_ms, partition);
            EXECUTE format('ALTER TABLE activities ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', partition, lower_ms, upper_ms);
            RETURN partition;
        END
        $body$
        """

    /// Makes the partitions of this month and the next `monthsAhead` that are missing, in one transaction; nothing on
    /// SQLite. Returns the partitions' names.
    @discardableResult
    public static func ensure(on database: any Database, now: Date = Date()) async throws -> [String] {
        guard database.dialect == .postgres else { return [] }
        return try await database.write { connection in
            try connection.query(
                """
                SELECT locksmith_ledger_month(month) AS partition
                FROM generate_series(date_trunc('month', to_timestamp($1 / 1000.0), 'UTC'),
                                     date_trunc('month', to_timestamp($1 / 1000.0), 'UTC') + $2 * interval '1 month',
                                     interval '1 month') AS month
                """, [.integer(Int64(now.timeIntervalSince1970 * 1000)), .integer(Int64(monthsAhead))]
            ).map { try $0.string("partition") }
        }
    }
}
