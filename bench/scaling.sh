#!/usr/bin/env bash
# The sample docs/SCALING.md projects from: what a ledger row and a license cost on PostgreSQL, and how a report's
# time grows with its window rather than with the ledger.
#
#   bench/scaling.sh [LEDGER_ROWS [LICENSES]]      defaults 1000000 and 100000
#
# On a throwaway PostgreSQL (scripts/with-postgres.sh) with a release `locksmith` (LOCKSMITH_BIN for another build):
# seeds LEDGER_ROWS activity rows over 90 days (bench/reports_seed.py) and LICENSES licenses, each with a key, a
# metered feature and one active device (copies of one license issued through the API, under new ids and key
# hashes), runs ANALYZE, and prints
#   - each table's heap and index bytes, and bytes per row;
#   - getUsageSummary grouped by day and feature over windows of 1, 7, 30 and 90 days (median of 3), each with the
#     rows it reads;
#   - signed validation's p50 and p99 at LICENSES licenses (wrk, 8 connections, 5 s).
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
root=$PWD

if [[ ${1:-} != --inside-postgres ]]; then
	source bench/lib.sh
	bench_prepare --tests
	export LOCKSMITH_BIN=$bin LOCKSMITH_SCALING_ROWS=${1:-1000000} LOCKSMITH_SCALING_LICENSES=${2:-100000}
	exec env -u LOCKSMITH_TEST_DATABASE_URL scripts/with-postgres.sh "$0" --inside-postgres
fi

source bench/lib.sh
bin=$LOCKSMITH_BIN rows=$LOCKSMITH_SCALING_ROWS licenses=$LOCKSMITH_SCALING_LICENSES
url=$LOCKSMITH_TEST_DATABASE_URL
work=$(mktemp -d /tmp/locksmith-scaling.XXXXXX)
trap 'server_stop; rm -rf -- "$work"' EXIT
server_database_url=$url
server_start "$work" --log-level error --rate-limits off
admin="Bearer $server_token"

fixtures=$(python3 scripts/lib/fixtures.py "$server_url" "$server_token")
read -r license_id license_key <<<"$(python3 -c 'import json, sys; f = json.loads(sys.argv[1]); print(f["license_id"], f["license_key"])' "$fixtures")"

python3 bench/reports_seed.py postgres "$url" "$rows" >/dev/null
# Copies of the seeded license, its key, its features and its device under new ids: realistic tables and index depth
# without issuing them one by one. Row-level security is forced, so the copies are made as the account.
psql -X -q -v ON_ERROR_STOP=1 "$url" >/dev/null <<SQL
BEGIN;
SET LOCAL locksmith.account_id = 'acc_default';
INSERT INTO licenses SELECT (jsonb_populate_record(NULL::licenses, to_jsonb(l) || jsonb_build_object(
    'id', 'lic_seed_' || i, 'license_key_last4', lpad((i % 10000)::text, 4, '0'),
    'customer_email', 'user' || i || '@example.com'))).*
  FROM licenses l, generate_series(1, $licenses) AS i WHERE l.id = '$license_id';
INSERT INTO license_keys SELECT (jsonb_populate_record(NULL::license_keys, to_jsonb(k) || jsonb_build_object(
    'license_id', 'lic_seed_' || i, 'key_hash', '\\x' || md5(i::text) || md5((i + 1)::text)))).*
  FROM license_keys k, generate_series(1, $licenses) AS i WHERE k.license_id = '$license_id';
INSERT INTO license_features SELECT (jsonb_populate_record(NULL::license_features, to_jsonb(f) || jsonb_build_object(
    'license_id', 'lic_seed_' || i))).*
  FROM license_features f, generate_series(1, $licenses) AS i WHERE f.license_id = '$license_id';
INSERT INTO devices SELECT (jsonb_populate_record(NULL::devices, to_jsonb(d) || jsonb_build_object(
    'id', 'dev_seed_' || i, 'license_id', 'lic_seed_' || i))).*
  FROM devices d, generate_series(1, $licenses) AS i WHERE d.license_id = '$license_id' AND d.seat = 'node_locked';
COMMIT;
ANALYZE activities, licenses, license_keys, license_features, devices;
SQL

echo "== sizes: $rows ledger rows, $licenses licenses (+ the seeded one), PostgreSQL $(psql -X -At "$url" -c 'SHOW server_version')"
# A partitioned table's size is its partitions'; a plain table is its own only part.
psql -X -q "$url" <<'SQL'
WITH named AS (
    SELECT t.name, t.name::regclass AS oid
    FROM unnest(ARRAY['activities', 'licenses', 'license_keys', 'license_features', 'devices']) AS t(name)
), parts AS (
    SELECT named.name, p.relid FROM named, pg_partition_tree(named.oid) p WHERE p.isleaf
    UNION ALL
    SELECT named.name, named.oid FROM named JOIN pg_class c ON c.oid = named.oid WHERE c.relkind = 'r'
), tables AS (
    SELECT parts.name, sum(c.reltuples)::bigint AS rows, sum(pg_table_size(parts.relid)) AS heap,
           sum(pg_indexes_size(parts.relid)) AS indexes
    FROM parts JOIN pg_class c ON c.oid = parts.relid GROUP BY parts.name
)
SELECT name AS table, rows, pg_size_pretty(heap) AS heap, pg_size_pretty(indexes) AS indexes,
       round(heap / greatest(rows, 1)) AS heap_bytes_per_row, round(indexes / greatest(rows, 1)) AS index_bytes_per_row
FROM tables ORDER BY heap + indexes DESC;
SELECT i.relname AS ledger_index, pg_size_pretty(sum(pg_relation_size(leaf.indexrelid))) AS size
FROM pg_class i
JOIN LATERAL (SELECT relid AS indexrelid FROM pg_partition_tree(i.oid) WHERE isleaf) leaf ON true
JOIN pg_index x ON x.indexrelid = i.oid JOIN pg_class t ON t.oid = x.indrelid
WHERE t.relname = 'activities' GROUP BY i.relname ORDER BY sum(pg_relation_size(leaf.indexrelid)) DESC;
SQL

echo "== getUsageSummary by day and feature (median of 3), $rows rows over 90 days from 2026-01-01"
for days in 1 7 30 90; do
	to=$(date -u -d "2026-01-01 + $days days" +%Y-%m-%dT%H:%M:%SZ)
	times=()
	for _ in 1 2 3; do
		times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: $admin" \
			"$server_url/api/v1/reports/usage-summary?from=2026-01-01T00:00:00Z&to=$to&group_by=day&group_by=feature")")
	done
	median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
	printf '  %2d days  %9d rows  %6.3f s\n' "$days" $((rows * days / 90)) "$median"
done

echo "== signed validation at $licenses licenses (wrk, 8 connections, 5 s)"
connections=8 duration=5
curl -fsS -o /dev/null -X POST -H "Authorization: License $license_key" -H 'Content-Type: application/json' \
	-d '{"fingerprint":"seeded-device"}' "$server_url/api/v1/license/validate"
cat >"$work/validate.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"fingerprint":"seeded-device"}'
LUA
wrk_measure "validateLicense ($licenses licenses)" "$server_url/api/v1/license/validate" -s "$work/validate.lua" \
	-H "Authorization: License $license_key" -H 'Content-Type: application/json' >/dev/null
