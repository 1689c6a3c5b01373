#!/usr/bin/env bash
# Locksmith's one test command.
#
#   scripts/test.sh [swift test args...]
#
# Installs missing build/test dependencies (scripts/install-deps.sh --tests),
# then runs `swift test` with any given arguments against a throwaway
# PostgreSQL (scripts/with-postgres.sh). Exits with swift test's status.
# Set LOCKSMITH_TEST_DATABASE_URL to test against an existing database instead.
set -euo pipefail

cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

scripts/install-deps.sh --tests
exec scripts/with-postgres.sh swift test "$@"
