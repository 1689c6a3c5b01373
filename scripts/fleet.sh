#!/usr/bin/env bash
# Locksmith as a fleet on loopback, under load, with faults: the deployment README's "Running several instances"
# describes, proven end to end.
#
#   scripts/fleet.sh [--short | --long] [--keep]
#
# Inside a throwaway PostgreSQL of its own (scripts/with-postgres.sh: a primary, a streaming replica made with
# pg_basebackup, PgBouncer in pool_mode = transaction), it starts three `locksmith serve` instances that reach the
# primary through PgBouncer (--database-pooler transaction) and read reports from the replica (--database-read-url),
# and HAProxy in front of them (round robin, /readyz health checks, X-Forwarded-For). scripts/fleet.py then drives a
# mixed workload through HAProxy: activations, validations, deactivations, consumptions, floating checkouts and
# checkins, license issue, suspend and reinstate, usage summaries; meanwhile this script kills one instance with
# kill -9 and starts it again, and later restarts PgBouncer. At the end it checks:
#   - every acknowledged license issue and consumption is in the database exactly once, and every consumed counter
#     agrees with its consumptions;
#   - no per-second sample (and not the final state) had more active devices, open leases or consumed units than the
#     policy and quota allow;
#   - no answer outside the two fault windows was an error;
#   - usage summaries read from the replica agree with a fourth server's on the primary once the replica caught up;
#   - every account's audit chain verifies (`locksmith audit verify`), and the instances not killed are the
#     processes that were started.
# It prints throughput, p50 and p99 per phase, and the CPU each tier used per request (for docs/SCALING.md).
#
# --short (the default, run by scripts/test.sh): 45 s of load, about 90 s in all. --long: 300 s of load, with the
# same two faults, for BENCHMARKS.md. --keep leaves the work directory (logs) in /tmp. Rate limits are off: every
# request comes from one address, and what is measured is the fleet, not the limiter. Needs HAProxy
# (scripts/install-deps.sh --tests installs it). LOCKSMITH_BIN runs another build, such as a release one.
set -euo pipefail

prog=fleet
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."
source scripts/lib/server.sh
source scripts/lib/usage.sh

mode=short keep=0 inside=0
for arg in "$@"; do
	case $arg in
	--short) mode=short ;;
	--long) mode=long ;;
	--keep) keep=1 ;;
	--inside-postgres) inside=1 ;;
	-h | --help) usage_help "$0" ;;
	*) usage_unknown "$prog" "$arg" ;;
	esac
done

die() {
	echo "$prog: $*" >&2
	exit 1
}

if ((inside == 0)); then
	command -v haproxy >/dev/null 2>&1 || die "HAProxy is not installed; run scripts/install-deps.sh --tests"
	# Enough PgBouncer server connections for three instances' pools.
	export LOCKSMITH_TEST_PGBOUNCER_POOL_SIZE=20
	args=("--$mode")
	((keep)) && args+=(--keep)
	exec env -u LOCKSMITH_TEST_DATABASE_URL scripts/with-postgres.sh "$0" "${args[@]}" --inside-postgres
fi

for variable in LOCKSMITH_TEST_DATABASE_URL LOCKSMITH_TEST_PGBOUNCER_URL LOCKSMITH_TEST_PGBOUNCER_INI \
	LOCKSMITH_TEST_REPLICA_URL LOCKSMITH_TEST_BACKUP_DATABASE_URL; do
	[[ -n ${!variable:-} ]] || die "$variable is not set: scripts/with-postgres.sh did not start everything (is PgBouncer installed?)"
done

if [[ $mode == long ]]; then
	duration=300 kill_at=60 down_for=5 bouncer_at=180 workers=8
else
	duration=45 kill_at=10 down_for=3 bouncer_at=27 workers=6
fi

server_build
work=$(mktemp -d "${TMPDIR:-/tmp}/locksmith-fleet.XXXXXX")
pg_dir=$(dirname -- "$LOCKSMITH_TEST_PGBOUNCER_INI")
status=0

cleanup() {
	local rc=$? file
	trap - EXIT
	for file in "$work"/*.pid; do
		[[ -f $file ]] || continue
		kill -TERM "$(cat -- "$file")" 2>/dev/null || true
	done
	sleep 0.5
	for file in "$work"/*.pid; do
		[[ -f $file ]] || continue
		kill -KILL "$(cat -- "$file")" 2>/dev/null || true
	done
	if ((rc != 0)); then
		for file in "$work"/instance-*.log "$work"/haproxy.log; do
			[[ -s $file ]] || continue
			echo "--- last lines of $file ---" >&2
			tail -n 15 -- "$file" >&2
		done
	fi
	if ((keep)); then
		echo "$prog: logs kept in $work" >&2
	else
		rm -rf -- "$work"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export LOCKSMITH_MASTER_KEY
LOCKSMITH_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
token="lkm_$(head -c 32 /dev/urandom | base64 | tr -d '\n=+/')"
direct=$LOCKSMITH_TEST_DATABASE_URL
replica=$LOCKSMITH_TEST_REPLICA_URL
bouncer=$LOCKSMITH_TEST_PGBOUNCER_URL
# Behind a pooler in transaction mode the statement time limit is the role's (README, "PostgreSQL").
psql "$direct" -X -q -v ON_ERROR_STOP=1 -c "ALTER ROLE locksmith SET statement_timeout = '30s'" >/dev/null
LOCKSMITH_DATABASE_URL=$direct "$bin" migrate up --data-dir "$work/data" >"$work/migrate.log" 2>&1 ||
	die "migrate up failed: $(cat -- "$work/migrate.log")"

lb_port=$(server_free_port)
ports=("" "$(server_free_port)" "$(server_free_port)" "$(server_free_port)")

# wait_ready URL [SECONDS]: until URL/readyz answers 200.
wait_ready() {
	local _
	for _ in $(seq 1 $((${2:-30} * 10))); do
		curl -fsS -o /dev/null --max-time 2 "$1/readyz" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# start_instance N: instance N on its port, its pid in instance-N.pid.
start_instance() {
	local n=$1
	mkdir -p "$work/data-$n"
	# The URLs go in the environment, where their passwords stay out of the process list.
	LOCKSMITH_BOOTSTRAP_TOKEN=$token LOCKSMITH_DATABASE_URL=$bouncer LOCKSMITH_DATABASE_READ_URL=$replica \
		"$bin" serve --host 127.0.0.1 --port "${ports[$n]}" --data-dir "$work/data-$n" --database-pooler transaction \
		--trusted-proxies 127.0.0.1/32 --public-url "http://127.0.0.1:$lb_port" --rate-limits off \
		--log-format json --log-level warning >>"$work/instance-$n.log" 2>&1 &
	echo $! >"$work/instance-$n.pid"
	disown $! # its kill -9 is the test's doing, not news for the shell to report
	wait_ready "http://127.0.0.1:${ports[$n]}" || die "instance $n did not become ready"
}

# The first instance makes the bootstrap admin key; the others find it.
start_instance 1
start_instance 2
start_instance 3

cat >"$work/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A connection refused is retried on another instance: the request never reached the one that refused it.
    retries 2
    option redispatch
    option forwardfor
frontend api
    bind 127.0.0.1:$lb_port
    default_backend locksmith
backend locksmith
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions
    server one 127.0.0.1:${ports[1]} check
    server two 127.0.0.1:${ports[2]} check
    server three 127.0.0.1:${ports[3]} check
CFG
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
echo $! >"$work/haproxy.pid"
lb="http://127.0.0.1:$lb_port"
wait_ready "$lb" || die "HAProxy did not answer"
identity_1=$(server_identity_of "$(cat "$work/instance-1.pid")")
identity_3=$(server_identity_of "$(cat "$work/instance-3.pid")")

now() { date +%s.%N; }

# CPU ticks a process and the children it has reaped have used (fields 14-17 of /proc/PID/stat), plus its live children's.
cpu_ticks() {
	local pid=$1 stat fields total=0 kid
	stat=$(cat "/proc/$pid/stat" 2>/dev/null) || {
		echo 0
		return
	}
	read -ra fields <<<"${stat##*) }"
	total=$((fields[11] + fields[12] + fields[13] + fields[14]))
	for kid in $(pgrep -P "$pid" 2>/dev/null || true); do
		stat=$(cat "/proc/$kid/stat" 2>/dev/null) || continue
		read -ra fields <<<"${stat##*) }"
		total=$((total + fields[11] + fields[12]))
	done
	echo "$total"
}

# One line of CPU ticks per tier: instances (the ones running now), HAProxy, PgBouncer, the primary, the replica.
tier_ticks() {
	local n sum=0
	for n in 1 2 3; do sum=$((sum + $(cpu_ticks "$(cat "$work/instance-$n.pid")"))); done
	echo "$sum $(cpu_ticks "$(cat "$work/haproxy.pid")") $(cpu_ticks "$(cat "$pg_dir/pgbouncer.pid")") $(cpu_ticks "$(head -n 1 "$pg_dir/data/postmaster.pid")") $(cpu_ticks "$(head -n 1 "$pg_dir/replica/postmaster.pid")")"
}

restart_pgbouncer() {
	local pid
	pid=$(cat -- "$pg_dir/pgbouncer.pid")
	kill -TERM "$pid"
	for _ in $(seq 1 50); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if ((EUID == 0)); then
		(cd -- "$pg_dir" && runuser -u postgres -- pgbouncer -d "$LOCKSMITH_TEST_PGBOUNCER_INI")
	else
		pgbouncer -d "$LOCKSMITH_TEST_PGBOUNCER_INI"
	fi
	for _ in $(seq 1 50); do
		[[ -s $pg_dir/pgbouncer.pid ]] && [[ $(cat -- "$pg_dir/pgbouncer.pid") != "$pid" ]] && break
		sleep 0.1
	done
}

# The faults, on a timeline, each recorded as "NAME START END" once it is over: the window from the fault until the
# fleet is whole again (the instance ready and back in HAProxy's rotation; PgBouncer listening), plus 2 s.
inject_faults() {
	local start
	sleep "$kill_at"
	tier_ticks >"$work/ticks-at-fault"
	start=$(now)
	kill -KILL "$(cat -- "$work/instance-2.pid")"
	echo "$prog: $(date +%T) killed instance two (kill -9); it restarts in $down_for s" >&2
	sleep "$down_for"
	start_instance 2
	sleep 2
	echo "kill-9 $start $(now)" >>"$work/faults"
	sleep $((bouncer_at - kill_at - down_for - 2 > 0 ? bouncer_at - kill_at - down_for - 2 : 1))
	start=$(now)
	echo "$prog: $(date +%T) restarting PgBouncer" >&2
	restart_pgbouncer
	sleep 2
	echo "pgbouncer-restart $start $(now)" >>"$work/faults"
}

: >"$work/faults"
echo "$prog: three instances behind HAProxy on $lb; $duration s of load with $workers workers" >&2
ticks_before=$(tier_ticks)
inject_faults &
faults_pid=$!
python3 scripts/fleet.py load --url "$lb" --token "$token" --psql-url "$LOCKSMITH_TEST_BACKUP_DATABASE_URL" \
	--duration "$duration" --workers "$workers" --out "$work/load.json" || status=1
wait "$faults_pid" || status=1

# A server on the primary alone, as the reference the replica's reports must agree with.
ports[4]=$(server_free_port)
LOCKSMITH_DATABASE_URL=$direct "$bin" serve --host 127.0.0.1 --port "${ports[4]}" --data-dir "$work/data-reference" \
	--rate-limits off --log-level warning >"$work/instance-reference.log" 2>&1 &
echo $! >"$work/instance-reference.pid"
wait_ready "http://127.0.0.1:${ports[4]}" || die "the reference server did not become ready"

python3 scripts/fleet.py check --url "$lb" --token "$token" --psql-url "$LOCKSMITH_TEST_BACKUP_DATABASE_URL" \
	--reference "http://127.0.0.1:${ports[4]}" --load "$work/load.json" --faults "$work/faults" || status=1

if ! LOCKSMITH_DATABASE_URL=$direct "$bin" audit verify --data-dir "$work/data" >"$work/audit.log" 2>&1; then
	echo "$prog: FAIL: the audit chain does not verify:" >&2
	cat -- "$work/audit.log" >&2
	status=1
else
	echo "$prog: $(grep -c 'chain intact' "$work/audit.log") audit chain(s) intact"
fi
for n in 1 3; do
	identity_var=identity_$n
	if [[ $(server_identity_of "$(cat "$work/instance-$n.pid")") != "${!identity_var}" ]]; then
		echo "$prog: FAIL: instance $n is not the process that was started (it died or restarted)" >&2
		status=1
	fi
done

# CPU per request of each tier, in milliseconds, over the first steady phase (from the start of the load to the first
# fault, when every process of every tier is the one measured from the start). The load generator is not counted.
requests=$(python3 -c '
import json, sys
load = json.load(open(sys.argv[1]))
fault = float(open(sys.argv[2]).read().split()[1])
print(sum(1 for answer in load["answers"] if answer[0] + answer[1] < fault))' "$work/load.json" "$work/faults" 2>/dev/null || echo 0)
if ((requests > 0)) && [[ -s $work/ticks-at-fault ]]; then
	hz=$(getconf CLK_TCK)
	read -ra before <<<"$ticks_before"
	read -ra after <"$work/ticks-at-fault"
	names=("locksmith (3 instances)" "HAProxy" "PgBouncer" "PostgreSQL primary" "PostgreSQL replica")
	echo "$prog: CPU per request, first steady phase, $requests requests (ms of CPU time)"
	for i in 0 1 2 3 4; do
		delta=$((after[i] - before[i]))
		awk -v name="${names[$i]}" -v ticks="$delta" -v hz="$hz" -v n="$requests" \
			'BEGIN { printf "  %-26s %8.3f ms\n", name, ticks / hz * 1000 / n }'
	done
fi
if ((status == 0)); then
	echo "$prog: OK"
else
	echo "$prog: FAILED" >&2
fi
exit "$status"
