#!/usr/bin/env bash
# Signed validate's CPU per request for two builds, measured alternately in one sitting, so that both see the same
# machine: for an A/B "within N %" claim. Each measurement runs on a fresh server and a fresh database (an older build
# may not open a database a newer one migrated) with bench_cpu_measure_drained (bench/lib.sh): a 2 s warm-up, then
# $seconds s of POST /api/v1/license/validate on $connections connections, the CPU counted until every ledger row of the
# run is written (the ledger is written in batches after the answers; a build that defers them past the run would
# otherwise look cheaper).
#
#   bench/validate-ab.sh BUILD_A BUILD_B [rounds, default 4] [seconds, default 6] [connections, default 64]
#   bench/validate-ab.sh --postgres BUILD_A BUILD_B …    # each measurement in a throwaway PostgreSQL of its own
#
# BUILD_A and BUILD_B are `locksmith` executables (release builds of two commits). Prints one line per measurement and
# the mean and median server µs/request of each build, with B's ratio to A (of the means, and the median of the
# rounds' ratios, which a noisy round moves less).
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

if [[ ${1:-} == --one ]]; then
	shift
	duration=$1 connections=$2 label=$3
	source bench/lib.sh
	bench_prepare
	bench_start_server validate-ab
	bench_seed_license
	bench_cpu_measure_drained "$base/api/v1/license/validate" license.validate -s "$work/validate.lua"
	printf "%s %s %s %s %s %s\n" "$label" "$server_us" "$postgres_us" "$machine_us" "$measured_rps" "$measured_non2xx"
	exit 0
fi

postgres=0
if [[ ${1:-} == --postgres ]]; then
	postgres=1
	shift
fi
(($# >= 2)) || { sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//' >&2; exit 2; }
a=$(realpath "$1") b=$(realpath "$2") rounds=${3:-4} seconds=${4:-6} connections=${5:-64}

measure() { # LABEL BUILD
	if ((postgres)); then
		LOCKSMITH_BIN=$2 LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres env -u LOCKSMITH_TEST_DATABASE_URL \
			scripts/with-postgres.sh "$0" --one "$seconds" "$connections" "$1"
	else
		LOCKSMITH_BIN=$2 "$0" --one "$seconds" "$connections" "$1"
	fi
}

results=$(mktemp)
trap 'rm -f -- "$results"' EXIT
echo "validate, $( ((postgres)) && echo PostgreSQL || echo SQLite), wrk -c$connections -d${seconds}s, $rounds rounds of A then B" >&2
echo "build  server µs/req  postgres µs/req  machine µs/req  req/s  non-2xx" >&2
for round in $(seq 1 "$rounds"); do
	for label in A B; do
		build=$a
		[[ $label == B ]] && build=$b
		measure "$label" "$build" | tail -n 1 | tee -a "$results" >&2
	done
done
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
a = [float(r[1]) for r in rows if r[0] == "A"]
b = [float(r[1]) for r in rows if r[0] == "B"]
pairs = [y / x for x, y in zip(a, b)]
print(f"A mean {statistics.mean(a):.1f}, median {statistics.median(a):.1f} µs/request; "
      f"B mean {statistics.mean(b):.1f}, median {statistics.median(b):.1f} µs/request; "
      f"B/A of the means {statistics.mean(b) / statistics.mean(a):.3f}, median of the rounds' ratios {statistics.median(pairs):.3f}")
PY
