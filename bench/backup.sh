#!/usr/bin/env bash
# Measures `locksmith backup` on a large database under runtime load, with a release `locksmith serve`: on SQLite, then
# on PostgreSQL (a throwaway server from scripts/with-postgres.sh, backed up as its BYPASSRLS role).
#
#   bench/backup.sh [ROWS]        default 1000000
#
# Seeds ROWS activity-ledger rows (bench/reports_seed.py), starts the server, and runs bench/backup_measure.py: four
# clients validate and consume as fast as they are answered while a backup is taken; it prints their answers per
# second, p50, p99 and slowest answer before, during and after the backup, the longest time in which no answer came
# back during it, and how long `backup verify` and a `restore` take. LOCKSMITH_SKIP_POSTGRES=1 measures SQLite only.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

# shellcheck source=bench/lib.sh
source bench/lib.sh
rows=${1:-1000000}
bench_prepare --tests
token="lkm_bench-backup-admin-token-0123456789abcdefgh"
scratch=$(mktemp -d /tmp/locksmith-bench-backup.XXXXXX)
server_pid=
cleanup() {
	[[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
	rm -rf "$scratch"
}
trap cleanup EXIT

sqlite_dir=$scratch/sqlite
LOCKSMITH_BOOTSTRAP_TOKEN=$token "$bin" init --data-dir "$sqlite_dir" >/dev/null
python3 bench/reports_seed.py sqlite "$sqlite_dir/locksmith.sqlite" "$rows"
echo "SQLite database: $(du -h "$sqlite_dir/locksmith.sqlite" | cut -f1)"
port=$(bench_free_port)
"$bin" serve --data-dir "$sqlite_dir" --port "$port" --log-level error &
server_pid=$!
for _ in $(seq 1 200); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
python3 bench/backup_measure.py "http://127.0.0.1:$port" "$token" "$bin" "$scratch" \
	-- --data-dir "$sqlite_dir" -- --data-dir "$scratch/sqlite-restored"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

[[ ${LOCKSMITH_SKIP_POSTGRES:-0} == 1 ]] && exit 0
export LOCKSMITH_BENCH_BIN=$bin LOCKSMITH_BENCH_TOKEN=$token LOCKSMITH_BENCH_ROWS=$rows LOCKSMITH_BENCH_DIR=$scratch
scripts/with-postgres.sh bash -c '
	set -euo pipefail
	# Reuse the server database (a fresh cluster), and restore into a second one made by the provisioning role.
	url=$LOCKSMITH_TEST_DATABASE_URL
	LOCKSMITH_BOOTSTRAP_TOKEN=$LOCKSMITH_BENCH_TOKEN "$LOCKSMITH_BENCH_BIN" init --data-dir "$LOCKSMITH_BENCH_DIR/pg" --database-url "$url" >/dev/null
	python3 bench/reports_seed.py postgres "$url" "$LOCKSMITH_BENCH_ROWS"
	psql -X -q "${LOCKSMITH_TEST_PROVISION_DATABASE_URL}" -c "CREATE DATABASE bench_restored OWNER locksmith"
	port=$(python3 -c "import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])")
	"$LOCKSMITH_BENCH_BIN" serve --data-dir "$LOCKSMITH_BENCH_DIR/pg" --database-url "$url" --port "$port" --log-level error &
	pid=$!
	trap "kill $pid 2>/dev/null || true" EXIT
	for _ in $(seq 1 200); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
	python3 bench/backup_measure.py "http://127.0.0.1:$port" "$LOCKSMITH_BENCH_TOKEN" "$LOCKSMITH_BENCH_BIN" "$LOCKSMITH_BENCH_DIR" \
		-- --database-url "$LOCKSMITH_TEST_BACKUP_DATABASE_URL" \
		-- --database-url "${url%/*}/bench_restored" --data-dir "$LOCKSMITH_BENCH_DIR/pg-restored"
'
