#!/usr/bin/env bash
# HTTP throughput of a release build on 127.0.0.1, SQLite backend, measured in one run:
#   1. GET /health                              (no auth, no database)
#   2. GET /api/v1/api-keys?limit=1             (authenticated management read of one record)
#   3. GET /api/v1/api-keys?limit=10            (the same, a page of ten records)
#   4. GET /api/v1/api-keys with product:read   (403 TOKEN_SCOPE_DENIED)
#
#   bench/http.sh [seconds per endpoint, default 10] [connections, default 32]
#
# Prints requests/s and latency per endpoint, and the ratios to /health (target: one-record read >= 0.5).
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

duration=${1:-10}
connections=${2:-32}
source bench/lib.sh
bench_prepare
bench_start_server http-bench

reader=$(curl -fs -X POST "$base/api/v1/api-keys" -H "Authorization: Bearer $admin" \
	-H 'Content-Type: application/json' -d '{"name":"bench reader","scopes":["product:read"]}' |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["token"])')
for index in $(seq 1 9); do
	curl -fs -o /dev/null -X POST "$base/api/v1/api-keys" -H "Authorization: Bearer $admin" \
		-H 'Content-Type: application/json' -d "{\"name\":\"bench $index\",\"scopes\":[\"event:read\"]}"
done

measure() { # name, path, token
	local header=()
	[ -n "$3" ] && header=(-H "Authorization: Bearer $3")
	local rps _
	read -r rps _ <<<"$(wrk_measure "$1" "$base$2" "${header[@]}")"
	echo "$rps"
}

echo "locksmith ${LOCKSMITH_BIN:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}, wrk -t1 -c$connections -d${duration}s, $backend" >&2
health=$(measure "GET /health" /health "")
read=$(measure "GET /api/v1/api-keys?limit=1" "/api/v1/api-keys?limit=1" "$admin")
page=$(measure "GET /api/v1/api-keys?limit=10" "/api/v1/api-keys?limit=10" "$admin")
denied=$(measure "GET /api/v1/api-keys (403 scope)" /api/v1/api-keys "$reader")
awk -v h="$health" -v r="$read" -v p="$page" -v d="$denied" 'BEGIN {
	printf "authenticated read (1 record) / health = %.2f (target >= 0.5)\n", r / h
	printf "authenticated read (10 records) / health = %.2f\nscope denial / health = %.2f\n", p / h, d / h }'
