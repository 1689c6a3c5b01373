"""Seeds the activity ledger of the default account for bench/reports.sh.

    python3 bench/reports_seed.py sqlite PATH ROWS
    python3 bench/reports_seed.py postgres URL ROWS

Row i (0-based) happens at START + i * STEP ms, so that ROWS rows span 90 days and the first 100 000 rows fill a
window that bench/reports_measure.py can name exactly.
"""

import subprocess
import sys

START_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z
SPAN_MS = 90 * 86_400_000

backend, target, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
step = SPAN_MS // rows

# The same row for both dialects; `n` is the row number.
COLUMNS = (
    "account_id, id, occurred_at, action, source, product_id, customer_id, license_id, feature_code, amount, "
    "status_code, result_class, reason_code, metadata"
)


def select(number, text):
    """The SELECT list of row `number` (an SQL expression) with `text(expr)` casting to text."""
    return f"""
        'acc_default', 'act_bench_' || {text(number)}, {START_MS} + {number} * {step},
        CASE WHEN {number} % 10 < 8 THEN 'license.consume' ELSE 'license.validate' END, 'runtime',
        'prod_bench_' || ({number} % 4), 'cus_bench_' || ({number} % 100), 'lic_bench_' || ({number} % 1000),
        CASE WHEN {number} % 10 < 8 THEN 'f' || ({number} % 8) ELSE NULL END,
        CASE WHEN {number} % 10 < 8 THEN 1 + {number} % 5 ELSE 0 END,
        CASE WHEN {number} % 20 = 0 THEN 409 ELSE 200 END,
        CASE WHEN {number} % 20 = 0 THEN 'denied' ELSE 'success' END,
        CASE WHEN {number} % 20 = 0 THEN 'QUOTA_EXCEEDED' ELSE NULL END, '{{}}'
    """


if backend == "sqlite":
    import sqlite3

    connection = sqlite3.connect(target)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute(
        f"""
        INSERT INTO activities ({COLUMNS})
        WITH RECURSIVE numbers(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM numbers WHERE n < {rows - 1})
        SELECT {select('n', lambda e: f"printf('%08d', {e})")} FROM numbers
        """
    )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
else:
    # The ledger is partitioned by month on PostgreSQL (LedgerPartitions): make the seeded months' partitions first, as
    # the server would have made them ahead of time, so the rows land in them rather than in the default partition.
    sql = f"""
        BEGIN;
        DO $$ BEGIN
            IF to_regproc('locksmith_ledger_month') IS NOT NULL THEN
                PERFORM locksmith_ledger_month(month) FROM generate_series(
                    to_timestamp({START_MS} / 1000.0), to_timestamp({START_MS + SPAN_MS} / 1000.0), interval '1 month') AS month;
            END IF;
        END $$;
        SET LOCAL locksmith.account_id = 'acc_default';
        INSERT INTO activities ({COLUMNS})
        SELECT {select('n::bigint', lambda e: f"lpad(({e})::text, 8, '0')")} FROM generate_series(0, {rows - 1}) AS n;
        COMMIT;
        ANALYZE activities;
    """
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", target, "-c", sql], check=True)
    # A million rows inserted at once set autovacuum going on them, which would run during the measurements; a ledger in
    # service is not freshly bulk-loaded, so vacuum now (a statement of its own: VACUUM runs outside transactions).
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", target, "-c", "VACUUM (ANALYZE) activities"], check=True)
print(f"seeded {rows} ledger rows ({backend})")
