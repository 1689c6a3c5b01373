#!/usr/bin/env bash
# Signed runtime validation of a release build on 127.0.0.1, measured against the same server's /health in one
# run, on SQLite and then on PostgreSQL (a throwaway cluster from scripts/with-postgres.sh):
#   1. GET /health                               (no auth, no database)
#   2. POST /api/v1/license/validate             (license key, one activated device, Ed25519-signed answer)
# On SQLite, validate and five license reads (getLicense; listLicenses pages filtered by product and status, by
# expires_before, by customer_email in another letter case than stored, and by license_key_last4) are measured at
# 10 000 licenses and again after the table is grown to LARGE rows, to show that their cost does not depend on how
# many licenses the server holds.
#
#   [LOCKSMITH_BIN=path] bench/runtime.sh [seconds per measurement, default 10] [connections, default 64] [LARGE, default 1000000]
#
# LOCKSMITH_BIN measures that build and builds nothing (scripts/lib/server.sh, server_build).
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

# The benchmark license's licensee, stored in this letter case; the customer_email read asks for it in another
# ($email_query), so that it measures the case-insensitive look-up (licenses_by_customer_email on lower(customer_email)).
email_stored=Bench.Licensee@Example.com
email_query=bench.LICENSEE%40example.COM

# Grows the licenses (and their keys) to $1 rows by copying the benchmark license under new ids and random key
# hashes: realistic index depth for the key lookup, without issuing a million licenses through the API. Each copy
# gets an e-mail address of its own (user<n>@example.com, every other one as User<n>@Example.com) and four random
# key characters of the 64 a key ends with, so that the customer_email and license_key_last4 filters are as selective
# as on a real server (one license per address; a given last4 on about one in 16.7 million) instead of matching every copy.
# The benchmark license itself gets $email_stored, set directly like the copies (bench_seed_license issues it without one).
grow_sqlite() {
	python3 - "$work/data/locksmith.sqlite" "$license_id" "$1" "$email_stored" <<'PY'
import sqlite3, sys
path, template, target, email = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
db = sqlite3.connect(path, timeout=60)
db.execute("UPDATE licenses SET customer_email = ? WHERE id = ?", (email, template))
have = db.execute("SELECT COUNT(*) FROM licenses").fetchone()[0]
# random() & 63 picks one of the 64 characters evenly (abs(random()) could overflow).
alphabet = "'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'"
last4 = " || ".join([f"substr({alphabet}, (random() & 63) + 1, 1)"] * 4)
def copy(table, key, replacements):
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
    chosen = ", ".join(replacements.get(c, c) for c in columns)
    db.execute(
        f"WITH RECURSIVE n(i) AS (SELECT {have} UNION ALL SELECT i + 1 FROM n WHERE i < {target - 1}) "
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {chosen} FROM {table}, n WHERE {key} = ?", (template,))
copy("licenses", "id", {"id": "'lic_seed_' || i", "license_key_last4": last4,
    "customer_email": "CASE i % 2 WHEN 0 THEN 'user' || i || '@example.com' ELSE 'User' || i || '@Example.com' END"})
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
last4=${license_key: -4}
reads=("getLicense|/api/v1/licenses/$license_id" "listLicenses product+status|/api/v1/licenses?product_id=$product&status=active&limit=50"
	"listLicenses expires_before|/api/v1/licenses?expires_before=2031-01-01T00:00:00Z&limit=50"
	"listLicenses customer_email|/api/v1/licenses?customer_email=$email_query&limit=50"
	"listLicenses license_key_last4|/api/v1/licenses?license_key_last4=$last4&limit=50")
declare -A small=()
# check_filters: each filter's page holds the benchmark license and at most a few others, that is the server
# filtered. A build without the filter answers 400, or ignores it and returns a full page of copies, which would
# measure something else: stop instead. (Called in this shell: measure_reads runs in a process substitution, whose
# failure would not stop the script.)
check_filters() {
	local read status
	for read in "${reads[@]}"; do
		[[ $read == "listLicenses customer_email|"* || $read == "listLicenses license_key_last4|"* ]] || continue
		status=$(curl -sS -o "$work/filtered.json" -w '%{http_code}' "$base${read#*|}" -H "Authorization: Bearer $admin")
		python3 - "$work/filtered.json" "$status" "$license_id" "${read#*|}" "$bin" <<'PY'
import json, sys
path, status, license, url, bin = sys.argv[1:]
if status != "200":
    sys.exit(f"bench: {url} answered {status}: does {bin} filter by it? {open(path).read()[:300]}")
ids = [row["id"] for row in json.load(open(path))["data"]]
if license not in ids or len(ids) > 5:
    found = "with" if license in ids else "without"
    sys.exit(f"bench: {url} answered {len(ids)} licenses ({found} the benchmark license): does {bin} filter by it?")
PY
	done
}

# explain_filters: SQLite's plan for the two filters' statements, as LicenseStore.page and Listing.page write them
# (SELECT * for the column list, which no index covers either way): each should be a SEARCH of its index, in id
# order (no TEMP B-TREE for the ORDER BY), whatever the table's size.
explain_filters() {
	python3 - "$work/data/locksmith.sqlite" "$license_id" "$email_query" "$last4" <<'PY'
import sqlite3, sys, urllib.parse
path, license, email, last4 = sys.argv[1], sys.argv[2], urllib.parse.unquote(sys.argv[3]), sys.argv[4]
db = sqlite3.connect(path, timeout=60)
account = db.execute("SELECT account_id FROM licenses WHERE id = ?", (license,)).fetchone()[0]
for name, condition, value in [("customer_email", "lower(customer_email) = lower(?)", email),
                               ("license_key_last4", "license_key_last4 = ?", last4)]:
    sql = f"SELECT * FROM licenses WHERE account_id = ? AND {condition} ORDER BY id LIMIT ?"
    plan = "; ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, (account, value, 51)))
    print(f"SQLite plan, listLicenses {name}: {plan}", file=sys.stderr)
PY
}
# measure_reads: wrk leaves up to twice $connections requests behind at the end of a measurement (its warm-up's and
# its own, abandoned, which the server still answers), and a slow read at LARGE (expires_before sorts every match)
# keeps the server busy for many seconds after: one request of the next read, waited for, lets it catch up first,
# so that each read is measured alone.
measure_reads() { # count, then "name p50" lines on stdout
	local read name path _ p50
	for read in "${reads[@]}"; do
		name=${read%%|*}
		path=${read#*|}
		curl -s -o /dev/null --max-time 600 "$base$path" -H "Authorization: Bearer $admin" || true
		read -r _ p50 <<<"$(wrk_measure "GET $name ($1 licenses)" "$base$path" -H "Authorization: Bearer $admin")"
		echo "$name|$p50"
	done
}
[[ $backend == SQLite ]] && grow_sqlite 10000
read -r health _ <<<"$(measure "GET /health" /health)"
read -r validate p50_small <<<"$(measure "POST /api/v1/license/validate (10k licenses)" /api/v1/license/validate "$work/validate.lua")"
awk -v h="$health" -v v="$validate" -v b="$backend" 'BEGIN { printf "%s: signed validate / health = %.2f\n", b, v / h }'
if [[ $backend == SQLite ]]; then
	check_filters
	explain_filters
	while IFS='|' read -r name p50; do small[$name]=$p50; done < <(measure_reads 10000)
	started=$(date +%s)
	grow_sqlite "$large"
	echo "grew the licenses to $large in $(($(date +%s) - started)) s" >&2
	read -r _ p50_large <<<"$(measure "POST /api/v1/license/validate ($large licenses)" /api/v1/license/validate "$work/validate.lua")"
	awk -v s="$(ms "$p50_small")" -v l="$(ms "$p50_large")" -v n="$large" \
		'BEGIN { printf "SQLite: validate p50 at %d licenses / at 10000 = %.2f (%.2f ms / %.2f ms)\n", n, l / s, l, s }'
	check_filters
	explain_filters
	# A p50 of 0 means that wrk saw no answer within its 2 s timeout: say so rather than print a ratio of 0.
	while IFS='|' read -r name p50; do
		awk -v s="$(ms "${small[$name]:-0}")" -v l="$(ms "${p50:-0}")" -v n="$large" -v what="$name" 'BEGIN {
			if (s > 0 && l > 0) printf "SQLite: %s p50 at %d licenses / at 10000 = %.2f (%.2f ms / %.2f ms)\n", what, n, l / s, l, s
			else printf "SQLite: %s p50 at %d licenses / at 10000: no ratio, a run without answers within 2 s (%.2f ms / %.2f ms)\n", what, n, l, s }'
	done < <(measure_reads "$large")
	kill $server 2>/dev/null
	wait $server 2>/dev/null || true
	LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres scripts/with-postgres.sh "$0" "$duration" "$connections" "$large"
fi
