# Shared by the HTTP benchmarks (source it): tools, the release build, and one wrk measurement.

source "$(dirname -- "${BASH_SOURCE[0]}")/../scripts/lib/server.sh"

# Installs what the benchmarks need (build dependencies, PostgreSQL and Python with --tests, wrk, curl) and
# builds the release `locksmith`; sets $bin to it. LOCKSMITH_BIN=path measures that executable instead (another
# commit's release build, for a before/after comparison) and builds nothing.
bench_prepare() { # [--tests]
	scripts/install-deps.sh "$@"
	for tool in wrk curl; do
		command -v "$tool" >/dev/null || { echo "installing $tool"; apt-get install -y -qq "$tool" >/dev/null; }
	done
	server_build -c release
}

# wrk_measure NAME URL [wrk arguments…]: a 2 s warm-up, then $duration s with $connections connections on one
# thread. Prints a line for people on stderr and "REQUESTS_PER_SECOND P50" on stdout.
wrk_measure() {
	local name=$1 url=$2
	shift 2
	wrk -t1 -c"$connections" -d2s "$@" "$url" >/dev/null
	local out rps p50 p99 non2xx
	out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$@" "$url")
	rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
	p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
	printf '%-44s %10s req/s   p50 %-8s p99 %-8s non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" >&2
	echo "$rps $p50"
}

# bench_cpu_measure URL [wrk arguments…]: like wrk_measure (2 s warm-up, then $duration s on $connections
# connections), and the CPU that run used per request, from /proc: the server's ($server), every PostgreSQL process's
# (their backends stay connected to the server, so none exits mid-run), and the whole machine's (server, wrk, kernel).
# Sets measured_rps, measured_p99, measured_non2xx, and server_us, postgres_us, machine_us (µs per request).
bench_cpu_measure() {
	local url=$1 out requests before after
	shift
	wrk -t1 -c"$connections" -d2s "$@" "$url" >/dev/null
	before=$(bench_cpu_ticks)
	out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$@" "$url")
	after=$(bench_cpu_ticks)
	requests=$(awk '/requests in/ {print $1}' <<<"$out")
	measured_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	measured_p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	measured_non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
	measured_non2xx=${measured_non2xx:-0}
	read -r server_us postgres_us machine_us <<<"$(awk -v b="$before" -v a="$after" -v q="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {
		split(b, x, " "); split(a, y, " ")
		for (i = 1; i <= 3; i++) printf "%.1f ", (y[i] - x[i]) * 1e6 / hz / q }')"
}

# bench_cpu_measure_drained URL ACTION [wrk arguments…]: bench_cpu_measure for a runtime route whose ledger rows are
# written in batches after the answer (ACTION, e.g. license.validate): the ticks are read only once every row of the run
# is in the ledger, so that the writing the run caused is counted in it, whenever the server does it. (A server that
# defers its writes past the end of a plain measurement looks cheaper than one that keeps up.)
bench_cpu_measure_drained() {
	local url=$1 action=$2 out requests before after warm
	shift 2
	warm=$(wrk -t1 -c"$connections" -d2s "$@" "$url" | awk '/requests in/ {print $1}')
	bench_ledger_drain "$action" "$warm"
	before=$(bench_cpu_ticks)
	out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$@" "$url")
	requests=$(awk '/requests in/ {print $1}' <<<"$out")
	bench_ledger_drain "$action" $((warm + requests))
	after=$(bench_cpu_ticks)
	measured_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
	measured_p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
	measured_non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
	measured_non2xx=${measured_non2xx:-0}
	read -r server_us postgres_us machine_us <<<"$(awk -v b="$before" -v a="$after" -v q="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {
		split(b, x, " "); split(a, y, " ")
		for (i = 1; i <= 3; i++) printf "%.1f ", (y[i] - x[i]) * 1e6 / hz / q }')"
}

# bench_ledger_drain ACTION COUNT: waits (up to a minute) until the ledger holds at least COUNT rows of ACTION.
bench_ledger_drain() {
	local rows
	for _ in $(seq 1 600); do
		rows=$(curl -fs "$base/api/v1/reports/usage-ledger?action=$1&limit=1" -H "Authorization: Bearer $admin" |
			python3 -c 'import json,sys; print(json.load(sys.stdin)["page_info"]["matched_rows"])')
		((rows >= $2)) && return 0
		sleep 0.1
	done
	echo "bench: the ledger still holds $rows of $2 $1 rows after a minute" >&2
}

# Clock ticks (user + system) used so far by $server, by every PostgreSQL process, and by the whole machine.
bench_cpu_ticks() {
	python3 - "$server" <<'PY'
import os, sys
def used(pid):
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except OSError:
        return 0
def is_postgres(pid):
    try:
        return open(f"/proc/{pid}/comm").read().strip() in ("postgres", "postmaster")
    except OSError:
        return False
machine = open("/proc/stat").readline().split()  # cpu user nice system idle iowait irq softirq …
postgres = sum(used(p) for p in os.listdir("/proc") if p.isdigit() and is_postgres(p))
print(used(sys.argv[1]), postgres, sum(int(machine[i]) for i in (1, 2, 3, 6, 7)))
PY
}

# bench_start_server NAME [serve flags…]: `locksmith serve` on a free port of 127.0.0.1 (server_start_throwaway,
# scripts/lib/server.sh) with a data directory under /tmp, on SQLite, or on PostgreSQL when
# LOCKSMITH_RUNTIME_BENCH_BACKEND=postgres (inside scripts/with-postgres.sh). Sets $work, $admin, $base, $server and
# $backend, and stops the server and removes $work on exit.
#
# Rate limits are off unless the flags given turn them on: a benchmark drives one license key, one token and one
# address far past any default limit to measure throughput, and 429s would measure the limiter's refusals instead
# (bench/rate-limits.sh measures what the limits cost).
bench_start_server() {
	backend=SQLite server_database_url=
	if [[ ${LOCKSMITH_RUNTIME_BENCH_BACKEND:-} == postgres ]]; then
		backend=PostgreSQL server_database_url=$LOCKSMITH_TEST_DATABASE_URL
	fi
	local name=$1
	shift
	server_start_throwaway "$name" --log-level warning --rate-limits off "$@" || exit 1
	admin=$server_token base=$server_url server=$server_pid
}

# bench_seed_license: a product, a time-limited policy of five seats, a license of it, one activated device
# (fingerprint bench-fp), and $work/validate.lua that validates from that device. Sets $product, $license_id and
# $license_key.
bench_seed_license() {
	bench_post() { curl -fs -X POST "$base$1" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d "$2"; }
	bench_field() { python3 -c "import json,sys; d=json.load(sys.stdin)['data']; print(eval('d' + sys.argv[1]))" "$1"; }
	product=$(bench_post /api/v1/products '{"name":"Bench","code":"bench"}' | bench_field '["id"]')
	local policy issued
	policy=$(bench_post "/api/v1/products/$product/policies" \
		'{"name":"Bench","code":"bench","license_type":"time_limited","max_activations":5}' | bench_field '["id"]')
	issued=$(bench_post /api/v1/licenses "{\"product_id\":\"$product\",\"policy_id\":\"$policy\",\"expires_at\":\"2030-01-01T00:00:00Z\"}")
	license_id=$(bench_field '["license"]["id"]' <<<"$issued")
	license_key=$(bench_field '["license_key"]' <<<"$issued")
	curl -fs -o /dev/null -X POST "$base/api/v1/license/activate" -H "Authorization: License $license_key" \
		-H 'Content-Type: application/json' -H 'Idempotency-Key: bench' -d '{"fingerprint":"bench-fp"}'
	cat >"$work/validate.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"fingerprint":"bench-fp"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "License $license_key"
LUA
}
