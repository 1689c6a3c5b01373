#!/usr/bin/env bash
# Property-based run of openapi.yaml against a throwaway Locksmith server (schemathesis).
#
#   scripts/fuzz.sh [--postgres] [--long] [--ci]
#
# Installs schemathesis from PyPI into .venv-fuzz (once), builds `locksmith` (or runs LOCKSMITH_BIN, another build),
# starts it on 127.0.0.1 with a fresh data directory (SQLite, or with --postgres a throwaway PostgreSQL from
# scripts/with-postgres.sh), and runs every phase (examples, coverage, fuzzing, stateful) with every check against
# every operation of the contract, each with the credential its `security` names (scripts/fuzz.toml):
#
#   management  Authorization: Bearer, the bootstrap admin token of the default account
#   runtime     Authorization: License, the key of a license seeded in a second account (scripts/lib/fixtures.py):
#               an activated device, a metered feature with a quota and an unmetered one, a policy with floating
#               seats and offline licenses. About half the runtime requests send that device's fingerprint and
#               those features' codes, so they get past "not activated" to the decisions behind it
#   system      no credential
#
# The management token cannot see the second account, so nothing the fuzzer does through management operations
# (suspending, revoking or transferring licenses, blacklisting or resetting devices, changing policies) can take the
# runtime license away from the runtime operations; the default account gets the same records to find.
#
#   (default)  a bounded run: 10 cases per operation and phase, fixed seed; about three minutes
#   --long     200 cases per operation, a random seed; for recording figures in BENCHMARKS.md
#   --ci       what scripts/test.sh runs: 5 cases per operation, failing only on server errors (5xx), so that
#              CI stays under two minutes per backend; run without --ci (0 failures expected) after changing
#              openapi.yaml
#
# Exits 0 when the run found nothing it must fail on and the server at the end is still the process that was started
# (same pid and start time) and answers /health: a crash between cases, even one a supervisor restarted, fails it.
# Reports go to .fuzz-reports/ (JSON and JUnit).
#
# Left out: revokeAPIKey, which would revoke the run's own token. Other departures, each with its reason, are in
# scripts/fuzz.toml (no NUL in generated strings; 422, or 400 for metadata, accepted where a rule is beyond JSON
# Schema) and scripts/fuzz_hooks.py (a fresh Idempotency-Key for each well-formed one).
set -euo pipefail

prog=fuzz
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
root=$PWD
source scripts/lib/server.sh
source scripts/lib/fuzz-venv.sh
source scripts/lib/usage.sh

postgres=0 long=0 ci=0
for arg in "$@"; do
	case $arg in
	--postgres) postgres=1 ;;
	--long) long=1 ;;
	--ci) ci=1 ;;
	--inside-postgres) postgres=2 ;;
	-h | --help) usage_help "$0" ;;
	*) usage_unknown "$prog" "$arg" ;;
	esac
done

if ((postgres == 1)); then
	args=()
	((long)) && args+=(--long)
	((ci)) && args+=(--ci)
	server_reexec_in_postgres "$0" "${args[@]}"
fi
((postgres == 2)) && server_database_url=$LOCKSMITH_TEST_DATABASE_URL

fuzz_venv_ensure
server_build
# Rate limits off: the fuzzer sends thousands of requests from one address with one token and one license key as fast
# as it can, and what it checks is every answer's conformance, not the limits (which have tests of their own; a 429
# would only hide the operation behind it).
server_start_throwaway fuzz --log-level error --rate-limits off || exit 1

# The runtime license's account, made as an operator would, next to the running server.
database=()
[[ -n ${server_database_url:-} ]] && database=(--database-url "$server_database_url")
runtime_admin=$("$bin" accounts create --name "fuzz runtime" --data-dir "$work/data" "${database[@]}" | grep -o 'lkm_[A-Za-z0-9_-]*')
python3 scripts/lib/fixtures.py "$server_url" "$server_token" >/dev/null
fixtures=$(python3 scripts/lib/fixtures.py "$server_url" "$runtime_admin")
# scripts/fuzz.toml reads the credentials from these.
export LOCKSMITH_FUZZ_TOKEN=$server_token
LOCKSMITH_FUZZ_LICENSE_KEY=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["license_key"])' <<<"$fixtures")
export LOCKSMITH_FUZZ_LICENSE_KEY

if ((long)); then
	examples=200 seed=$RANDOM$RANDOM
elif ((ci)); then
	examples=5 seed=42
else
	examples=10 seed=42
fi
reports=$root/.fuzz-reports
rm -rf -- "$reports"
checks=(--checks all)
((ci)) && checks=(--checks not_a_server_error)

status=0
(cd "$work" && SCHEMATHESIS_HOOKS=$root/scripts/fuzz_hooks.py "$venv/bin/st" --config-file "$root/scripts/fuzz.toml" --no-color run "$root/openapi.yaml" \
	--url "$server_url" \
	--phases examples,coverage,fuzzing,stateful \
	"${checks[@]}" \
	--continue-on-failure --max-examples "$examples" --seed "$seed" \
	--generation-database none --request-timeout 10 \
	--report json,junit --report-dir "$reports") || status=$?

# What the server logged of the 5xx answers it gave (their causes), for the reader of a failed run.
if grep -E 'unexpected error|database unavailable' "$work/server.log" >"$work/errors.log"; then
	echo "$prog: the server logged errors behind 5xx answers:" >&2
	head -n 20 "$work/errors.log" >&2
fi
server_check_alive || status=1
exit "$status"
