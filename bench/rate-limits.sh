#!/usr/bin/env bash
# What the rate limits cost on the runtime hot path: signed validation of one release build with limits on at their
# defaults against the same build with `--rate-limits off`, the two runs alternating, on SQLite and then on PostgreSQL
# (a throwaway cluster from scripts/with-postgres.sh for each measurement).
#
# Both servers trust 127.0.0.1 as a proxy and wrk sends each request from one of 1 024 client addresses
# (X-Forwarded-For), as a fleet behind a load balancer: every request then meets the address's bucket, the license key's
# and the account's, and none is refused. With limits on, the figures are the defaults, except that the benchmark's
# account is given a plan that lets its one license key answer thousands a second (`locksmith accounts limits
# --runtime-key … --account-runtime …`): a vendor doing that much validation would have one. Every answer is checked
# to be 2xx (wrk's non-2xx count).
#
#   bench/rate-limits.sh [seconds per measurement, default 10] [connections, default 64] [rounds, default 5]
#
# Target: limits on / off ≥ 0.9 on SQLite, ≥ 0.85 on PostgreSQL.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

if [[ ${1:-} == --one ]]; then
	duration=${3:-10} connections=${4:-64} rounds=1
else
	duration=${1:-10} connections=${2:-64} rounds=${3:-5}
fi

source bench/lib.sh
if [[ ${1:-} != --one ]]; then
	bench_prepare --tests
fi
bin=${LOCKSMITH_BIN:-$(swift build -c release --show-bin-path)/locksmith}
plan=1000000/m,burst=100000

# One measurement of a fresh server with the given limits: prints "REQUESTS_PER_SECOND P50" on stdout.
run() { # on|off
	(
		bench_start_server rate-limits-"$1" --rate-limits "$1" --trusted-proxies 127.0.0.1/32
		if [[ $1 == on ]]; then
			# Before the first request of the account, so that the server reads the plan with the account's first request.
			"$bin" accounts limits acc_default --runtime-key "$plan" --account-runtime "$plan" --data-dir "$work/data" \
				${server_database_url:+--database-url "$server_database_url"} >/dev/null
		fi
		bench_seed_license
		cat >"$work/fleet.lua" <<LUA
local counter = 0
local body = '{"fingerprint":"bench-fp"}'
request = function()
  counter = counter + 1
  local client = counter % 1024
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = "License $license_key",
    ["X-Forwarded-For"] = "10.1." .. math.floor(client / 256) .. "." .. (client % 256)}
  return wrk.format("POST", "/api/v1/license/validate", headers, body)
end
LUA
		wrk_measure "validate, limits $1" "$base/api/v1/license/validate" -s "$work/fleet.lua"
	)
}

# One measurement in this process's environment: "--one on|off" prints REQUESTS_PER_SECOND.
if [[ ${1:-} == --one ]]; then
	read -r rps _ <<<"$(run "$2")"
	echo "$rps"
	exit 0
fi

# Each PostgreSQL measurement gets a throwaway cluster of its own: a fresh server has a fresh master key, which could
# not open the secrets another server sealed in a shared database.
measure() { # on|off
	if [[ $backend_name == PostgreSQL ]]; then
		LOCKSMITH_BIN=$bin LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres env -u LOCKSMITH_TEST_DATABASE_URL \
			scripts/with-postgres.sh "$0" --one "$1" "$duration" "$connections" 2>/dev/null | tail -1
	else
		read -r rps _ <<<"$(run "$1")"
		echo "$rps"
	fi
}

for backend_name in SQLite PostgreSQL; do
	echo "locksmith $(git rev-parse --short HEAD 2>/dev/null || echo unknown), wrk -t1 -c$connections -d${duration}s, $backend_name" >&2
	ratios=()
	for round in $(seq 1 "$rounds"); do
		off=$(measure off)
		on=$(measure on)
		ratios+=("$(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.3f", a / b }')")
		echo "round $round: limits on $on req/s, off $off req/s, on / off = ${ratios[-1]}" >&2
	done
	median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
	echo "$backend_name: signed validate, limits on / off per round: ${ratios[*]}; median $median"
done
