#!/usr/bin/env bash
# Signed validate through PgBouncer in pool_mode = transaction (`--database-pooler transaction`: unnamed statements,
# parsed and planned on every call) against a direct connection to the same PostgreSQL, in one run, two rounds each,
# on 127.0.0.1 with wrk -t1 -c64, release build, rate limits off. Three modes, so that the two costs part:
#   direct    a direct connection, statements prepared once per connection (the default)
#   unnamed   a direct connection with pooler=transaction: every statement parsed and planned, no PgBouncer
#   pooled    through PgBouncer with pooler=transaction
# Every server uses 8 connections; PgBouncer gets 8 server connections too.
#
#   LOCKSMITH_TEST_PGBOUNCER_POOL_SIZE=8 scripts/with-postgres.sh bench/pooler.sh [seconds per measurement, default 5]
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
duration=${1:-5}
connections=64
[[ -n ${LOCKSMITH_TEST_PGBOUNCER_URL:-} ]] ||
	{ echo "run it as: LOCKSMITH_TEST_PGBOUNCER_POOL_SIZE=8 scripts/with-postgres.sh bench/pooler.sh (PgBouncer must be installed)" >&2; exit 1; }
unset LOCKSMITH_BIN
source bench/lib.sh
bench_prepare
export LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres
direct=$LOCKSMITH_TEST_DATABASE_URL
pooled="$LOCKSMITH_TEST_PGBOUNCER_URL?pooler=transaction"
unnamed="$direct?pooler=transaction"
script=$(mktemp /tmp/locksmith-pooler-validate.XXXXXX.lua)
trap 'rm -f "$script"' EXIT
declare -A rps
for round in 1 2; do
	for mode in direct unnamed pooled; do
		case $mode in
		direct) export LOCKSMITH_TEST_DATABASE_URL=$direct ;;
		unnamed) export LOCKSMITH_TEST_DATABASE_URL=$unnamed ;;
		pooled) export LOCKSMITH_TEST_DATABASE_URL=$pooled ;;
		esac
		bench_start_server "pooler-$mode"
		if [[ -z ${license_key:-} ]]; then
			bench_seed_license
			cp -- "$work/validate.lua" "$script"
		fi
		bench_cpu_measure "$base/api/v1/license/validate" -s "$script"
		rps[$mode]=$measured_rps
		printf "round %d  %-7s validate %9s req/s  p99 %-8s server %6.1f µs/request  machine %6.1f µs/request  non-2xx %s\n" \
			"$round" "$mode" "$measured_rps" "$measured_p99" "$server_us" "$machine_us" "$measured_non2xx"
		server_stop
		trap 'rm -f "$script"' EXIT
	done
	python3 -c "import sys; d, u, p = map(float, sys.argv[2:]); print(f'round {sys.argv[1]}  unnamed / direct = {u / d:.2f}  pooled / direct = {p / d:.2f}')" \
		"$round" "${rps[direct]}" "${rps[unnamed]}" "${rps[pooled]}"
done
