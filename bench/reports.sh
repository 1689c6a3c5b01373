#!/usr/bin/env bash
# Measures reports on a large ledger, through the HTTP API of a release `locksmith serve`: on SQLite, then on
# PostgreSQL (a throwaway server from scripts/with-postgres.sh, or LOCKSMITH_TEST_DATABASE_URL if set).
#
#   bench/reports.sh [ROWS]        default 1000000
#
# Seeds ROWS activity rows spread evenly over 90 days (8 features, 4 products, 1000 licenses; 80 % license.consume,
# 5 % denied), then times
#   - getUsageSummary grouped by day and feature over the whole window (median of 5; target < 1 s), and
#   - a usage_ledger CSV export of the first 100 000 rows, from the POST until getReportExport says ready
#     (target < 5 s),
# and prints each figure with its ratio to the target (below 1.00 meets it).
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

rows=${1:-1000000}
scripts/install-deps.sh --tests
swift build -c release --product locksmith
bin=$(swift build -c release --product locksmith --show-bin-path)/locksmith
token="lkm_bench-reports-admin-token-0123456789abcdef"
scratch=$(mktemp -d /tmp/locksmith-bench-reports.XXXXXX)
server_pid=
cleanup() {
	[[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
	rm -rf "$scratch"
}
trap cleanup EXIT

# serve DATA_DIR [DATABASE_URL]: starts the server on a free port and waits until it is ready; sets $base.
serve() {
	local port
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	# Rate limits off, as for every benchmark's server (bench/lib.sh says why).
	LOCKSMITH_BOOTSTRAP_TOKEN=$token "$bin" serve --data-dir "$1" --port "$port" --log-level error --rate-limits off \
		${2:+--database-url "$2"} &
	server_pid=$!
	base="http://127.0.0.1:$port"
	for _ in $(seq 1 200); do
		curl -fsS "$base/readyz" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	echo "bench: the server did not become ready" >&2
	exit 1
}

stop() {
	kill "$server_pid"
	wait "$server_pid" 2>/dev/null || true
	server_pid=
}

sqlite_dir=$scratch/sqlite
LOCKSMITH_BOOTSTRAP_TOKEN=$token "$bin" init --data-dir "$sqlite_dir" >/dev/null
python3 bench/reports_seed.py sqlite "$sqlite_dir/locksmith.sqlite" "$rows"
# Rows seeded straight into the ledger have no per-day totals yet (a server keeps them as it writes): count them.
TIMEFORMAT="sqlite: ledger recount of $rows rows took %R s"
time "$bin" ledger recount --data-dir "$sqlite_dir" --log-level error
serve "$sqlite_dir"
python3 bench/reports_measure.py sqlite "$base" "$token" "$rows"
stop

export LOCKSMITH_BENCH_BIN=$bin LOCKSMITH_BENCH_TOKEN=$token LOCKSMITH_BENCH_ROWS=$rows LOCKSMITH_BENCH_DIR=$scratch/postgres
scripts/with-postgres.sh bash -c '
	set -euo pipefail
	LOCKSMITH_BOOTSTRAP_TOKEN=$LOCKSMITH_BENCH_TOKEN "$LOCKSMITH_BENCH_BIN" init --data-dir "$LOCKSMITH_BENCH_DIR" \
		--database-url "$LOCKSMITH_TEST_DATABASE_URL" >/dev/null
	python3 bench/reports_seed.py postgres "$LOCKSMITH_TEST_DATABASE_URL" "$LOCKSMITH_BENCH_ROWS"
	port=$(python3 -c "import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])")
	"$LOCKSMITH_BENCH_BIN" serve --data-dir "$LOCKSMITH_BENCH_DIR" --database-url "$LOCKSMITH_TEST_DATABASE_URL" --port "$port" \
		--log-level error --rate-limits off &
	pid=$!
	trap "kill $pid 2>/dev/null || true" EXIT
	for _ in $(seq 1 200); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
	python3 bench/reports_measure.py postgres "http://127.0.0.1:$port" "$LOCKSMITH_BENCH_TOKEN" "$LOCKSMITH_BENCH_ROWS"
'
