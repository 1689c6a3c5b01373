#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh CMD [ARGS...]
#
# Starts a private PostgreSQL on 127.0.0.1 (random free port, data under
# /tmp/locksmith-pg.*), creates role "locksmith" with a random password and
# database "locksmith_test", exports
#
#   LOCKSMITH_TEST_DATABASE_URL=postgres://locksmith:<pw>@127.0.0.1:<port>/locksmith_test
#
# and, when PgBouncer is installed, starts it in front of that server in
# pool_mode = transaction (random free port, SCRAM, two server connections per
# database and user, or LOCKSMITH_TEST_PGBOUNCER_POOL_SIZE) and exports
#
#   LOCKSMITH_TEST_PGBOUNCER_URL=postgres://locksmith:<pw>@127.0.0.1:<port>/locksmith_test
#
# and a streaming replica of it (pg_basebackup, hot standby, random free port),
# for the read-replica tests and scripts/fleet.sh (none with LOCKSMITH_TEST_NO_REPLICA=1):
#
#   LOCKSMITH_TEST_REPLICA_URL           the same role and database on the replica
#   LOCKSMITH_TEST_REPLICA_CONTROL_URL   role locksmith_replay, which may only
#                                        pause and resume the replica's replay
#   LOCKSMITH_TEST_PGBOUNCER_INI         PgBouncer's configuration, to restart it
#                                        (as the user that owns it) in a failure test
#
# and, for the backup and restore tests, two more roles, each with a URL:
#
#   LOCKSMITH_TEST_BACKUP_DATABASE_URL     locksmith_backup: BYPASSRLS and
#                                          pg_read_all_data, as backups run
#   LOCKSMITH_TEST_PROVISION_DATABASE_URL  locksmith_provision: CREATEDB and a
#                                          member of locksmith, to make (and drop)
#                                          databases of their own owned by locksmith
#
# The server's role, locksmith, stays an ordinary role.
#
# runs CMD, then stops the server and deletes its data whatever happens
# (normal exit, error, Ctrl-C, SIGTERM). Exits with CMD's exit status.
#
# If LOCKSMITH_TEST_DATABASE_URL is already set, nothing is started: CMD just
# runs against that database.
set -euo pipefail

prog=with-postgres

die() {
	echo "$prog: $*" >&2
	exit 1
}

if (($# == 0)); then
	echo "usage: scripts/with-postgres.sh CMD [ARGS...]" >&2
	exit 2
fi

if [[ -n ${LOCKSMITH_TEST_DATABASE_URL:-} ]]; then
	exec "$@"
fi

# --- Locate the server binaries ----------------------------------------------

find_pgbin() {
	local bindir="" newest=""
	if command -v pg_config >/dev/null 2>&1; then
		bindir=$(pg_config --bindir 2>/dev/null || true)
	fi
	if [[ -n $bindir && -x $bindir/initdb && -x $bindir/pg_ctl ]]; then
		echo "$bindir"
		return 0
	fi
	# pg_config may come from libpq-dev without the matching server: use the
	# newest installed server instead.
	newest=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1 || true)
	[[ -n $newest ]] || return 1
	dirname -- "$newest"
}

PGBIN=$(find_pgbin) ||
	die "PostgreSQL server not found (no initdb in pg_config --bindir or /usr/lib/postgresql/*/bin); run scripts/install-deps.sh --tests"

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
if ((EUID == 0)); then
	getent passwd postgres >/dev/null 2>&1 ||
		die "running as root, but there is no 'postgres' system user to run the server as"
	command -v runuser >/dev/null 2>&1 || die "running as root, but runuser is not available"
	superuser=postgres
	as_pg() { (cd -- "$dir" && runuser -u postgres -- "$@"); }
else
	superuser=$(id -un)
	as_pg() { (cd -- "$dir" && "$@"); }
fi

# --- Cleanup -------------------------------------------------------------------

dir=""   # temp dir: data/, log, socket
child="" # pid of CMD

stop_pgbouncer() {
	local pid=""
	[[ -n $dir && -f $dir/pgbouncer.pid ]] || return 0
	pid=$(cat -- "$dir/pgbouncer.pid" 2>/dev/null || true)
	if [[ $pid =~ ^[0-9]+$ ]]; then
		kill -TERM "$pid" 2>/dev/null || true
		for _ in {1..50}; do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$pid" 2>/dev/null || true
	fi
}

# Stops the server whose data directory is $1 (data or replica).
stop_cluster() {
	local pid="" data=$dir/$1
	[[ -n $dir && -f $data/postmaster.pid ]] || return 0
	pid=$(head -n 1 -- "$data/postmaster.pid" 2>/dev/null || true)
	as_pg "$PGBIN/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
		as_pg "$PGBIN/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 ||
		true
	if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
		kill -KILL "$pid" 2>/dev/null || true
	fi
}

stop_server() {
	stop_cluster replica
	stop_cluster data
}

# shellcheck disable=SC2317 # only reached via trap
cleanup() {
	local rc=$?
	trap - EXIT
	trap '' INT TERM HUP # don't let a second Ctrl-C cut the cleanup short
	stop_pgbouncer
	stop_server
	if [[ -n $dir ]]; then
		rm -rf -- "$dir"
	fi
	exit "$rc"
}

# All processes below pid $1 (used by on_signal).
# shellcheck disable=SC2317 # only reached via trap
descendants() {
	local kid
	for kid in $(pgrep -P "$1" 2>/dev/null || true); do
		echo "$kid"
		descendants "$kid"
	done
}

# shellcheck disable=SC2317 # only reached via trap
on_signal() {
	local code=$1 pids _
	trap '' INT TERM HUP
	if [[ -n $child ]] && kill -0 "$child" 2>/dev/null; then
		# Stop CMD and everything it started (e.g. swift test's test runner),
		# give it 10 s to exit, then kill it.
		pids=$(descendants "$child")
		# shellcheck disable=SC2086 # word splitting of the pid list is intended
		kill -TERM "$child" $pids 2>/dev/null || true
		for _ in {1..100}; do
			kill -0 "$child" 2>/dev/null || break
			sleep 0.1
		done
		# shellcheck disable=SC2086
		kill -KILL "$child" $pids 2>/dev/null || true
		wait "$child" 2>/dev/null || true
	fi
	exit "$code"
}

trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM
trap 'on_signal 129' HUP

# --- Start the server ------------------------------------------------------------

dir=$(mktemp -d /tmp/locksmith-pg.XXXXXX)
if ((EUID == 0)); then
	chown postgres: "$dir"
fi
chmod 700 "$dir"
setup_log=$dir/setup.log
: >"$setup_log"

fail_start() {
	if [[ -s $setup_log ]]; then
		echo "--- setup output ---" >&2
		cat -- "$setup_log" >&2
	fi
	if [[ -s $dir/log ]]; then
		echo "--- server log ($dir/log) ---" >&2
		cat -- "$dir/log" >&2
	fi
	echo "$prog: $1" >&2
	exit 1
}

free_port() {
	if command -v python3 >/dev/null 2>&1 &&
		python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null; then
		return 0
	fi
	echo $((20000 + RANDOM % 40000))
}

as_pg "$PGBIN/initdb" -D "$dir/data" -U "$superuser" -E UTF8 --locale=C \
	--auth-local=peer --auth-host=scram-sha-256 --no-sync >>"$setup_log" 2>&1 ||
	fail_start "initdb failed"

port=""
for attempt in 1 2; do
	port=$(free_port)
	if as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=1000" \
		start >>"$setup_log" 2>&1; then
		break
	fi
	stop_server # in case it came up after pg_ctl gave up waiting
	if ((attempt == 2)); then
		fail_start "PostgreSQL failed to start"
	fi
	echo "$prog: PostgreSQL failed to start on port $port, retrying on another port" >&2
done

new_password() {
	local value
	value=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
	[[ ${#value} == 32 ]] || fail_start "could not generate a password"
	echo "$value"
}
password=$(new_password)
backup_password=$(new_password)
provision_password=$(new_password)
replay_password=$(new_password)

# The SQL goes through stdin so the passwords never appear in a process list.
as_pg "$PGBIN/psql" -X -q -h "$dir" -p "$port" -U "$superuser" -d postgres -v ON_ERROR_STOP=1 \
	>>"$setup_log" 2>&1 <<SQL || fail_start "could not create the locksmith roles and database"
CREATE ROLE locksmith LOGIN PASSWORD '$password';
CREATE DATABASE locksmith_test OWNER locksmith;
CREATE ROLE locksmith_backup LOGIN BYPASSRLS PASSWORD '$backup_password';
GRANT pg_read_all_data TO locksmith_backup;
CREATE ROLE locksmith_provision LOGIN CREATEDB PASSWORD '$provision_password';
GRANT locksmith TO locksmith_provision;
CREATE ROLE locksmith_replay LOGIN PASSWORD '$replay_password';
GRANT EXECUTE ON FUNCTION pg_wal_replay_pause() TO locksmith_replay;
GRANT EXECUTE ON FUNCTION pg_wal_replay_resume() TO locksmith_replay;
SQL

version=$("$PGBIN/postgres" --version 2>/dev/null | awk '{print $3}' || true)
echo "$prog: PostgreSQL ${version:-?} listening on 127.0.0.1:$port (database locksmith_test, user locksmith, data in $dir)" >&2

export LOCKSMITH_TEST_DATABASE_URL="postgres://locksmith:$password@127.0.0.1:$port/locksmith_test"
export LOCKSMITH_TEST_BACKUP_DATABASE_URL="postgres://locksmith_backup:$backup_password@127.0.0.1:$port/locksmith_test"
export LOCKSMITH_TEST_PROVISION_DATABASE_URL="postgres://locksmith_provision:$provision_password@127.0.0.1:$port/postgres"

# --- A streaming replica ---------------------------------------------------------

# A copy of the primary taken over the replication protocol (the superuser over the
# Unix socket, which initdb's pg_hba.conf lets replicate), started as a hot standby
# that streams from it (-R writes primary_conninfo and standby.signal). Its settings
# are the primary's: a standby needs max_connections at least as large.
# LOCKSMITH_TEST_NO_REPLICA=1 leaves it out: a benchmark of the primary's cost does not
# want a standby replaying its WAL on the same cores.
replica_port=$(free_port)
if [[ ${LOCKSMITH_TEST_NO_REPLICA:-0} == 1 ]]; then
	echo "$prog: no streaming replica (LOCKSMITH_TEST_NO_REPLICA=1)" >&2
elif as_pg "$PGBIN/pg_basebackup" -h "$dir" -p "$port" -U "$superuser" -D "$dir/replica" -R -X stream --checkpoint=fast --no-sync \
	>>"$setup_log" 2>&1 &&
	as_pg "$PGBIN/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $replica_port -c unix_socket_directories=$dir -c fsync=off -c max_connections=1000" \
		start >>"$setup_log" 2>&1; then
	echo "$prog: streaming replica listening on 127.0.0.1:$replica_port" >&2
	export LOCKSMITH_TEST_REPLICA_URL="postgres://locksmith:$password@127.0.0.1:$replica_port/locksmith_test"
	export LOCKSMITH_TEST_REPLICA_CONTROL_URL="postgres://locksmith_replay:$replay_password@127.0.0.1:$replica_port/postgres"
else
	stop_cluster replica
	echo "$prog: the streaming replica did not start; the replica tests will not run (see $setup_log)" >&2
fi

# --- PgBouncer in transaction mode, when installed -----------------------------

pgbouncer_bin=$(command -v pgbouncer 2>/dev/null || true)
[[ -z $pgbouncer_bin && -x /usr/sbin/pgbouncer ]] && pgbouncer_bin=/usr/sbin/pgbouncer
if [[ -n $pgbouncer_bin ]]; then
	bouncer_port=$(free_port)
	# The password is written for PgBouncer alone (mode 0600, owned by the user it runs as), never on a command line.
	(umask 077 && printf '"locksmith" "%s"\n"locksmith_provision" "%s"\n' "$password" "$provision_password" >"$dir/pgbouncer.users")
	cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer_port
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $dir/pgbouncer.users
pool_mode = transaction
default_pool_size = ${LOCKSMITH_TEST_PGBOUNCER_POOL_SIZE:-2}
max_client_conn = 500
server_reset_query =
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
	if ((EUID == 0)); then
		chown postgres: "$dir/pgbouncer.ini" "$dir/pgbouncer.users"
	fi
	if as_pg "$pgbouncer_bin" -d "$dir/pgbouncer.ini" >>"$setup_log" 2>&1; then
		for _ in {1..50}; do
			[[ -s $dir/pgbouncer.pid ]] && break
			sleep 0.1
		done
		echo "$prog: PgBouncer (pool_mode = transaction) listening on 127.0.0.1:$bouncer_port" >&2
		export LOCKSMITH_TEST_PGBOUNCER_URL="postgres://locksmith:$password@127.0.0.1:$bouncer_port/locksmith_test"
		export LOCKSMITH_TEST_PGBOUNCER_INI="$dir/pgbouncer.ini"
	else
		echo "$prog: PgBouncer did not start; the pooler tests will not run (see $setup_log)" >&2
	fi
fi

# --- Run CMD ------------------------------------------------------------------

# CMD runs in the background so that a SIGTERM sent to this script is handled
# at once (bash delays traps until a foreground command ends). A background
# command's stdin would be /dev/null, so hand it ours explicitly via fd 3.
{ exec 3<&0; } 2>/dev/null || exec 3</dev/null
"$@" <&3 3<&- &
child=$!
exec 3<&-

status=0
wait "$child" || status=$?
child=""
exit "$status"
