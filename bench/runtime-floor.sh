#!/usr/bin/env bash
# What a signed runtime answer costs before it reads anything, and so how much of the machine a validation may use
# at the throughput target (validate at 0.5× the signed floor on SQLite, 0.33× on PostgreSQL).
#
# Builds the server with bench/runtime-floor.patch applied (two routes that exist only for this script; the patch is
# taken back out on exit), then measures in one run, twice over, on 127.0.0.1 with wrk -t1 -c64:
#   /health                 the cheapest answer
#   /bench/floor-unsigned   a JSON body in, validate's `data` out in the runtime envelope, unsigned
#   /bench/floor-signed     the same, signed with Ed25519 as every runtime answer is
#   validate                the real thing (one license, one activated device)
# For each: requests per second, p99, the server's CPU per request, and the whole machine's (server, wrk, kernel;
# from /proc/stat). With both cores busy, requests per second is the machine's CPU divided by the machine CPU per
# request, so a ratio to /health of r leaves validate /health's machine CPU per request divided by r.
#
#   bench/runtime-floor.sh [seconds per measurement, default 5]
#   LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres scripts/with-postgres.sh bench/runtime-floor.sh   # PostgreSQL
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

duration=${1:-5}
connections=64
patch=bench/runtime-floor.patch

git diff --quiet -- Sources/Server/Application+Build.swift ||
	{ echo "Sources/Server/Application+Build.swift has local changes; commit or stash them first" >&2; exit 1; }
unset LOCKSMITH_BIN
source bench/lib.sh
git apply "$patch"
restore() { git apply -R "$patch" 2>/dev/null || true; }
trap restore EXIT
bench_prepare
floor_bin=$(mktemp /tmp/locksmith-floor-bin.XXXXXX)
install -m 755 "$bin" "$floor_bin"
restore
trap 'rm -f "$floor_bin"' EXIT

bin=$floor_bin
bench_start_server runtime-floor
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work" "$floor_bin"' EXIT
bench_seed_license

declare -A machine_cost rps
measure() { # name, path, [lua script]
	local script=()
	[ -n "${3:-}" ] && script=(-s "$3")
	bench_cpu_measure "$base$2" "${script[@]}"
	machine_cost[$1]=$machine_us rps[$1]=$measured_rps
	printf "%-22s %9s req/s  p99 %-8s server %6.1f µs/request  machine %6.1f µs/request  non-2xx %s\n" \
		"$1" "$measured_rps" "$measured_p99" "$server_us" "$machine_us" "$measured_non2xx"
}

echo "locksmith $(git rev-parse --short HEAD) + $patch, wrk -t1 -c$connections -d${duration}s, $backend, $(nproc) cores"
for round in 1 2; do
	measure health /health
	measure floor-unsigned /bench/floor-unsigned "$work/validate.lua"
	measure floor-signed /bench/floor-signed "$work/validate.lua"
	measure validate /api/v1/license/validate "$work/validate.lua"
	awk -v h="${machine_cost[health]}" -v f="${machine_cost[floor-signed]}" -v v="${machine_cost[validate]}" 'BEGIN {
		printf "  machine CPU per request a validation may use at 0.5× /health: %.1f µs; at 0.35×: %.1f µs\n", h / 0.5, h / 0.35
		printf "  the signed floor uses %.1f µs of it; validate uses %.1f µs (ratio now %.2f)\n", f, v, h / v }'
	awk -v f="${rps[floor-signed]}" -v v="${rps[validate]}" 'BEGIN {
		printf "  validate / the signed floor, by throughput: %.2f (targets: 0.5 on SQLite, 0.33 on PostgreSQL)\n", v / f }'
done
