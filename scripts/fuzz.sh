#!/usr/bin/env bash
# Property-based run of openapi.yaml against a throwaway Locksmith server (schemathesis).
#
#   scripts/fuzz.sh [--postgres] [--long] [--ci]
#
# Installs schemathesis from PyPI into .venv-fuzz (once), builds `locksmith`, starts it on 127.0.0.1 with a
# fresh data directory (SQLite, or with --postgres a throwaway PostgreSQL from scripts/with-postgres.sh), and
# runs every phase (examples, coverage, fuzzing, stateful) with every check against every implemented operation.
#
#   (default)  a bounded run: 10 cases per operation and phase, fixed seed; about two minutes
#   --long     200 cases per operation, a random seed; for recording figures in BENCHMARKS.md
#   --ci       what scripts/test.sh runs: 5 cases per operation, failing only on server errors (5xx), so that
#              CI stays short; run without --ci (0 failures expected) after changing openapi.yaml
#
# Exits 0 when the run found nothing it must fail on. Reports go to .fuzz-reports/ (JSON and JUnit).
#
# Operations left out, with the reason:
#   tags Devices, Runtime, Webhooks, Reports, Ops  the server does not implement them yet (501 NOT_IMPLEMENTED)
#   revokeAPIKey                                   it would revoke the run's own token (see scripts/fuzz.toml)
# Other departures (no NUL in generated strings; 422 accepted where a rule is beyond JSON Schema) are in
# scripts/fuzz.toml, each with its reason.
set -euo pipefail

prog=fuzz
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
root=$PWD

schemathesis_version=4.32.5
postgres=0 long=0 ci=0
for arg in "$@"; do
	case $arg in
	--postgres) postgres=1 ;;
	--long) long=1 ;;
	--ci) ci=1 ;;
	--inside-postgres) postgres=2 ;;
	-h | --help)
		sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "$prog: unknown argument: $arg" >&2
		exit 2
		;;
	esac
done

# A PostgreSQL of its own, never the test suite's: the fuzzer leaves thousands of rows behind.
if ((postgres == 1)); then
	args=(--inside-postgres)
	((long)) && args+=(--long)
	((ci)) && args+=(--ci)
	exec env -u LOCKSMITH_TEST_DATABASE_URL scripts/with-postgres.sh "$0" "${args[@]}"
fi

venv=$root/.venv-fuzz
if ! "$venv/bin/st" --version 2>/dev/null | grep -q " $schemathesis_version\$"; then
	echo "$prog: installing schemathesis $schemathesis_version into .venv-fuzz"
	python3 -m venv "$venv"
	"$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$schemathesis_version"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/locksmith-fuzz.XXXXXX")
server_pid=
cleanup() {
	if [[ -n $server_pid ]]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
	fi
	rm -rf -- "$work"
}
trap cleanup EXIT INT TERM

swift build --product locksmith >"$work/build.log" 2>&1 || {
	cat "$work/build.log" >&2
	exit 1
}
bin="$(swift build --show-bin-path)/locksmith"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token="lkm_$(head -c 32 /dev/urandom | base64 | tr -d '\n=+/')"
server_args=(serve --host 127.0.0.1 --port "$port" --data-dir "$work/data" --log-level error)
export LOCKSMITH_MASTER_KEY LOCKSMITH_BOOTSTRAP_TOKEN=$token
LOCKSMITH_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
if ((postgres == 2)); then
	server_args+=(--database-url "$LOCKSMITH_TEST_DATABASE_URL")
	"$bin" migrate up --data-dir "$work/data" --database-url "$LOCKSMITH_TEST_DATABASE_URL" >"$work/migrate.log" 2>&1 || {
		cat "$work/migrate.log" >&2
		exit 1
	}
fi
"$bin" "${server_args[@]}" >"$work/server.log" 2>&1 &
server_pid=$!

url=http://127.0.0.1:$port
for _ in $(seq 1 100); do
	curl -fsS "$url/readyz" >/dev/null 2>&1 && break
	kill -0 "$server_pid" 2>/dev/null || {
		cat "$work/server.log" >&2
		echo "$prog: the server did not start" >&2
		exit 1
	}
	sleep 0.1
done

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
(cd "$work" && "$venv/bin/st" --config-file "$root/scripts/fuzz.toml" --no-color run "$root/openapi.yaml" \
	--url "$url" \
	-H "Authorization: Bearer $token" \
	--include-tag APIKeys --include-tag Catalog --include-tag Customers --include-tag Commerce \
	--include-tag Licenses --include-tag Events --include-tag Activities --include-tag System \
	--phases examples,coverage,fuzzing,stateful \
	"${checks[@]}" \
	--continue-on-failure --max-examples "$examples" --seed "$seed" \
	--generation-database none --request-timeout 10 \
	--report json,junit --report-dir "$reports") || status=$?

if grep -q ' 5[0-9][0-9] ' "$work/server.log" 2>/dev/null; then
	echo "$prog: the server logged 5xx responses:" >&2
	grep ' 5[0-9][0-9] ' "$work/server.log" | head -20 >&2
fi
exit "$status"
