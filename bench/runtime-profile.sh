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

# Clock ticks (user + system) used so far by the server, and by every PostgreSQL process when there are any.
ticks() {
	python3 - "$server" <<'PY'
import os, sys
def used(pid):
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except OSError:
        return 0
def is_postgres(pid):
    try:
        return open(f"/proc/{pid}/comm").read().strip() in ("postgres", "postmaster")
    except OSError:
        return False
print(used(sys.argv[1]), sum(used(p) for p in os.listdir("/proc") if p.isdigit() and is_postgres(p)))
PY
}
hz=$(getconf CLK_TCK)

per_request() { # name, path, [lua script]
	local script=() out requests rps s0 p0 s1 p1
	[ -n "${3:-}" ] && script=(-s "$3")
	wrk -t1 -c"$connections" -d2s "${script[@]}" "$base$2" >/dev/null
	read -r s0 p0 <<<"$(ticks)"
	out=$(wrk -t1 -c"$connections" -d"${duration}s" "${script[@]}" "$base$2")
	read -r s1 p1 <<<"$(ticks)"
	requests=$(awk '/requests in/ {print $1}' <<<"$out")
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	awk -v n="$1" -v r="$rps" -v q="$requests" -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v hz="$hz" -v b="$backend" 'BEGIN {
		printf "%-10s %-9s %9s req/s   server %6.1f µs/request", b, n, r, s * 1e6 / hz / q
		if (b == "PostgreSQL") printf "   PostgreSQL %6.1f µs/request", p * 1e6 / hz / q
		printf "\n" }'
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
