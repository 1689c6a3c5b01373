#!/usr/bin/env bash
# Boundary values of every bounded input in openapi.yaml against a throwaway Locksmith server.
#
#   scripts/boundaries.sh [--postgres] [--verbose] [--trace=FILE]
#
# Builds `locksmith` (or runs LOCKSMITH_BIN, another build, for instance another commit's), starts it on 127.0.0.1
# with a fresh data directory (SQLite, or with --postgres a throwaway PostgreSQL from scripts/with-postgres.sh),
# seeds real records through the API (scripts/lib/fixtures.py), and runs scripts/boundaries.py with .venv-fuzz's
# Python: for every operation, one request with only its required fields, and for every integer field or parameter
# its minimum, maximum, maximum + 1, 2^63 - 1 (and below the minimum), for every string with maxLength maxLength
# and maxLength + 1 characters, for every array with maxItems one item more than that. Fails on any 5xx, on any value
# beyond a bound not refused with 400 or 422 naming the field in error.detail, and when the server at the end is not
# the process that was started (pid and start time) or does not answer /health. About 30 s per backend.
#
# Prints every failure with operation, field, value and answer, then a summary; exits 1 on any failure.
# --verbose also lists in-range values that a rule beyond the schema refused, naming the field; --trace=FILE writes
# every request and its answer to FILE, one JSON object a line.
set -euo pipefail

prog=boundaries
caller=$PWD
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
root=$PWD
source scripts/lib/server.sh
source scripts/lib/fuzz-venv.sh
source scripts/lib/usage.sh

postgres=0 driver_args=()
for arg in "$@"; do
	case $arg in
	--postgres) postgres=1 ;;
	--inside-postgres) postgres=2 ;;
	--verbose) driver_args+=(--verbose) ;;
	--trace=*) driver_args+=(--trace "$(cd -- "$caller" && realpath -m -- "${arg#--trace=}")") ;;
	-h | --help) usage_help "$0" ;;
	*) usage_unknown "$prog" "$arg" ;;
	esac
done

((postgres == 1)) && server_reexec_in_postgres "$0" "${driver_args[@]}"
((postgres == 2)) && server_database_url=$LOCKSMITH_TEST_DATABASE_URL

fuzz_venv_ensure
server_build
# Private addresses for webhooks: the seeded endpoint points at 127.0.0.1:9, where nothing listens.
# Rate limits off: every operation gets each boundary value in quick succession from one address and one token, and
# what is checked is the answer to each value, which a 429 would hide.
server_start_throwaway boundaries --log-level error --webhook-allow-private --rate-limits off || exit 1

status=0
"$venv/bin/python" scripts/boundaries.py --url "$server_url" --token "$server_token" --pid "$server_pid" \
	"${driver_args[@]}" || status=$?
server_check_alive || status=1
exit "$status"
