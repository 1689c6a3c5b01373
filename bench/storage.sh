#!/usr/bin/env bash
# Measures the storage layer on the server's runtime hot path: on SQLite with synchronous=NORMAL and then FULL
# (the same run, so their ratio is what to compare), then on PostgreSQL.
#
#   bench/storage.sh [StorageBench args...]     e.g. --tasks 16 --seconds 10 --warmup 2 --keys 10000
#
# Each transaction looks a license up by a 32-byte keyed hash, reads its product, customer and device by
# primary key, appends a 12-column row to the activity ledger and updates the license's counter. N tasks
# run it concurrently for a bounded time after a warm-up; the bench prints transactions/s and p50/p99
# latency, and checks that the ledger holds exactly one row per committed transaction.
# PostgreSQL runs on a throwaway server (scripts/with-postgres.sh), or on LOCKSMITH_TEST_DATABASE_URL if set.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh --tests
swift build -c release --product StorageBench
bench=$(swift build -c release --product StorageBench --show-bin-path)/StorageBench

for synchronous in normal full; do
	"$bench" --backend sqlite --synchronous "$synchronous" "$@"
done
scripts/with-postgres.sh "$bench" --backend postgres "$@"
