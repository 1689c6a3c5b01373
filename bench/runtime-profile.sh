#!/usr/bin/env bash
# Where a signed validation's time goes, on a release build on 127.0.0.1: the CPU each request costs the server
# (and, on PostgreSQL, the database's backends), read from /proc over a wrk run, for GET /health and for
# POST /api/v1/license/validate; then a `perf record -g` of the server under validate load, charged by area
# (bench/perf_areas.py). The numbers are per request, so they hold still better than requests per second do on a
# shared machine.
#
#   bench/runtime-profile.sh [seconds per measurement, default 6] [connections, default 64]
#   LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres scripts/with-postgres.sh bench/runtime-profile.sh   # PostgreSQL
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

duration=${1:-6}
connections=${2:-64}

source bench/lib.sh
bench_prepare
command -v perf >/dev/null || { echo "installing perf"; apt-get install -y -qq linux-perf >/dev/null; }
bench_start_server runtime-profile
bench_seed_license

per_request() { # name, path, [lua script]
	local script=()
	[ -n "${3:-}" ] && script=(-s "$3")
	bench_cpu_measure "$base$2" "${script[@]}"
	printf "%-10s %-9s %9s req/s   server %6.1f µs/request" "$backend" "$1" "$measured_rps" "$server_us"
	[[ $backend == PostgreSQL ]] && printf "   PostgreSQL %6.1f µs/request" "$postgres_us"
	printf "\n"
}

echo "locksmith $(git rev-parse --short HEAD 2>/dev/null || echo unknown), wrk -t1 -c$connections -d${duration}s, $backend" >&2
per_request health /health
per_request validate /api/v1/license/validate "$work/validate.lua"

perf record -F 999 -g -p "$server" -o "$work/perf.data" -- sleep "$duration" >/dev/null 2>&1 &
recorder=$!
wrk -t1 -c"$connections" -d"${duration}s" -s "$work/validate.lua" "$base/api/v1/license/validate" >/dev/null
wait $recorder || true
echo "server CPU under validate load, by area (perf record -g, $(date -u +%Y-%m-%d)):"
python3 bench/perf_areas.py "$work/perf.data"
