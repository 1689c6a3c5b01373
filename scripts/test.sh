#!/usr/bin/env bash
# Locksmith's one test command.
#
#   scripts/test.sh [swift test args...]
#
# Installs missing build/test dependencies (scripts/install-deps.sh --tests,
# including the Python packages of .venv-test), then runs `swift test` with
# any given arguments against a throwaway
# PostgreSQL (scripts/with-postgres.sh). Exits with swift test's status.
# Set LOCKSMITH_TEST_DATABASE_URL to test against an existing database instead.
#
# Without arguments (the whole suite, as CI runs it) it then checks that the SDK stands alone
# (scripts/check-sdk.sh: no system library in its closure, it and the example build by themselves), that
# bench/runtime-floor.patch still applies to the tree (so the floor benchmark cannot rot unnoticed), and runs, on
# SQLite and on PostgreSQL, each on its own throwaway server bound to 127.0.0.1 and each under two minutes:
#   - the boundary test (scripts/boundaries.sh): every operation's integers at their minimum, maximum, maximum + 1
#     and 2^63 - 1, its strings at maxLength and maxLength + 1; anything beyond a bound must be refused naming the
#     field, nothing may answer 5xx, and the server must still be the same process at the end.
#     LOCKSMITH_SKIP_BOUNDARIES=1 skips it;
#   - the bounded fuzz run (scripts/fuzz.sh --ci) over every operation, runtime ones with a seeded license's key:
#     no 5xx, and the same server process at the end. LOCKSMITH_SKIP_FUZZ=1 skips it.
# and then, once, the fleet run (scripts/fleet.sh --short, about 90 s): three instances behind HAProxy over PgBouncer,
# a primary and a streaming replica, under a mixed load with one instance killed and PgBouncer restarted; every
# acknowledged write kept once, no limit exceeded, no error outside the faults. LOCKSMITH_SKIP_FLEET=1 skips it.
set -euo pipefail

cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh --tests
# Tests that drive an independent implementation (the official LicenseKit SDK, standardwebhooks, cryptography)
# run this interpreter.
export LOCKSMITH_TEST_PYTHON="$PWD/.venv-test/bin/python"
scripts/with-postgres.sh swift test "$@"
if (($# == 0)); then
	scripts/check-sdk.sh
	git apply --check bench/runtime-floor.patch
fi
if (($# == 0)) && [[ ${LOCKSMITH_SKIP_BOUNDARIES:-0} != 1 ]]; then
	timeout 300 scripts/boundaries.sh
	timeout 300 scripts/boundaries.sh --postgres
fi
if (($# == 0)) && [[ ${LOCKSMITH_SKIP_FUZZ:-0} != 1 ]]; then
	timeout 300 scripts/fuzz.sh --ci
	timeout 300 scripts/fuzz.sh --ci --postgres
fi
if (($# == 0)) && [[ ${LOCKSMITH_SKIP_FLEET:-0} != 1 ]]; then
	timeout 300 scripts/fleet.sh --short
fi
