#!/usr/bin/env bash
# Signed runtime validation of a release build on 127.0.0.1, measured against the same server's /health in one
# run, on SQLite and then on PostgreSQL (a throwaway cluster from scripts/with-postgres.sh):
#   1. GET /health                               (no auth, no database)
#   2. POST /api/v1/license/validate             (license key, one activated device, Ed25519-signed answer)
# On SQLite, validate and three license reads (getLicense; a listLicenses page filtered by product and status;
# one filtered by expires_before) are measured at 10 000 licenses and again after the table is grown to LARGE
# rows, to show that their cost does not depend on how many licenses the server holds.
#
#   bench/runtime.sh [seconds per measurement, default 10] [connections, default 64] [LARGE, default 1000000]
#
# Targets: validate / health >= 0.5 on SQLite and >= 0.35 on PostgreSQL, p99 < 10 ms; validate p50 at LARGE
# licenses within 20 % of the p50 at 10 000; the license reads within 2x.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

duration=${1:-10}
connections=${2:-64}
large=${3:-1000000}

source bench/lib.sh
if [[ ${LOCKSMITH_RUNTIME_BENCH_BACKEND:-} != postgres ]]; then
	bench_prepare --tests
fi
bin=${LOCKSMITH_BIN:-$(swift build -c release --show-bin-path)/locksmith}
bench_start_server runtime-bench
bench_seed_license

# Grows the licenses (and their keys) to $1 rows by copying the benchmark license under new ids and random key
# hashes: realistic index depth for the key lookup, without issuing a million licenses through the API.
grow_sqlite() {
	python3 - "$work/data/locksmith.sqlite" "$license_id" "$1" <<'PY'
import sqlite3, sys
path, template, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = sqlite3.connect(path, timeout=60)
have = db.execute("SELECT COUNT(*) FROM licenses").fetchone()[0]
def copy(table, key, replacements):
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    chosen = ", ".join(replacements.get(c, c) for c in columns)
    db.execute(
        f"WITH RECURSIVE n(i) AS (SELECT {have} UNION ALL SELECT i + 1 FROM n WHERE i < {target - 1}) "
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {chosen} FROM {table}, n WHERE {key} = ?", (template,))
copy("licenses", "id", {"id": "'lic_seed_' || i"})
copy("license_keys", "license_id", {"license_id": "'lic_seed_' || i", "key_hash": "randomblob(32)"})
db.commit()
PY
}

measure() { # name, path, [lua script]
	local script=()
	[ -n "${3:-}" ] && script=(-s "$3")
	wrk_measure "$1" "$base$2" "${script[@]}"
}
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else print v * 1000 }'; }

echo "locksmith $(git rev-parse --short HEAD 2>/dev/null || echo unknown), wrk -t1 -c$connections -d${duration}s, $backend" >&2
reads=("getLicense|/api/v1/licenses/$license_id" "listLicenses product+status|/api/v1/licenses?product_id=$product&status=active&limit=50"
	"listLicenses expires_before|/api/v1/licenses?expires_before=2031-01-01T00:00:00Z&limit=50")
declare -A small=()
measure_reads() { # count, then "name p50" lines on stdout
	local read name path _ p50
	for read in "${reads[@]}"; do
		name=${read%%|*}
		path=${read#*|}
		read -r _ p50 <<<"$(wrk_measure "GET $name ($1 licenses)" "$base$path" -H "Authorization: Bearer $admin")"
		echo "$name|$p50"
	done
}
[[ $backend == SQLite ]] && grow_sqlite 10000
read -r health _ <<<"$(measure "GET /health" /health)"
read -r validate p50_small <<<"$(measure "POST /api/v1/license/validate (10k licenses)" /api/v1/license/validate "$work/validate.lua")"
awk -v h="$health" -v v="$validate" -v b="$backend" 'BEGIN { printf "%s: signed validate / health = %.2f\n", b, v / h }'
if [[ $backend == SQLite ]]; then
	while IFS='|' read -r name p50; do small[$name]=$p50; done < <(measure_reads 10000)
	started=$(date +%s)
	grow_sqlite "$large"
	echo "grew the licenses to $large in $(($(date +%s) - started)) s" >&2
	read -r _ p50_large <<<"$(measure "POST /api/v1/license/validate ($large licenses)" /api/v1/license/validate "$work/validate.lua")"
	awk -v s="$(ms "$p50_small")" -v l="$(ms "$p50_large")" -v n="$large" \
		'BEGIN { printf "SQLite: validate p50 at %d licenses / at 10000 = %.2f (%.2f ms / %.2f ms)\n", n, l / s, l, s }'
	while IFS='|' read -r name p50; do
		awk -v s="$(ms "${small[$name]}")" -v l="$(ms "$p50")" -v n="$large" -v what="$name" \
			'BEGIN { printf "SQLite: %s p50 at %d licenses / at 10000 = %.2f (%.2f ms / %.2f ms)\n", what, n, l / s, l, s }'
	done < <(measure_reads "$large")
	kill $server 2>/dev/null
	wait $server 2>/dev/null || true
	LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres scripts/with-postgres.sh "$0" "$duration" "$connections" "$large"
fi
