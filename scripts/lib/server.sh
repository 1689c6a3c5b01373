# A throwaway `locksmith serve` on 127.0.0.1 (source this file): build or pick the executable, start the server,
# tell whether it is still the process that was started, stop it. Used by scripts/fuzz.sh, scripts/boundaries.sh
# and bench/lib.sh.

# server_build [swift build flags…]: sets $bin to $LOCKSMITH_BIN when that is set (another build, for instance another
# commit's, to run against), otherwise builds the `locksmith` product with the flags given and sets $bin to it. The
# build's output is shown only when it fails.
server_build() {
	if [[ -n ${LOCKSMITH_BIN:-} ]]; then
		bin=$LOCKSMITH_BIN
		return 0
	fi
	local log status=0
	log=$(mktemp "${TMPDIR:-/tmp}/locksmith-build.XXXXXX")
	swift build "$@" --product locksmith >"$log" 2>&1 || status=$?
	((status == 0)) || cat -- "$log" >&2
	rm -f -- "$log"
	((status == 0)) || return "$status"
	bin="$(swift build "$@" --show-bin-path)/locksmith"
}

# A port nothing listens on now.
server_free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# server_start WORK [serve flags…]: `$bin serve` on a free port of 127.0.0.1, with the data directory WORK/data and
# its output in WORK/server.log. On PostgreSQL when $server_database_url is set (`locksmith migrate up` runs first, as
# an operator would), else on SQLite. The master key is $LOCKSMITH_MASTER_KEY, exported fresh when unset; the first
# admin key's token is $server_token, made fresh when unset. Waits for /readyz, then sets $server_pid, $server_url,
# $server_token and $server_identity. Returns 1, with the server's output on stderr, when the server does not start.
server_start() {
	local work=$1 port database=()
	shift
	server_work=$work
	[[ -n ${server_database_url:-} ]] && database=(--database-url "$server_database_url")
	[[ -n ${LOCKSMITH_MASTER_KEY:-} ]] || export LOCKSMITH_MASTER_KEY=$(head -c 32 /dev/urandom | base64)
	[[ -n ${server_token:-} ]] || server_token="lkm_$(head -c 32 /dev/urandom | base64 | tr -d '\n=+/')"
	if ((${#database[@]})); then
		"$bin" migrate up --data-dir "$work/data" "${database[@]}" >"$work/migrate.log" 2>&1 || {
			cat -- "$work/migrate.log" >&2
			return 1
		}
	fi
	port=$(server_free_port)
	server_url=http://127.0.0.1:$port
	LOCKSMITH_BOOTSTRAP_TOKEN=$server_token "$bin" serve --host 127.0.0.1 --port "$port" --data-dir "$work/data" \
		"${database[@]}" "$@" >"$work/server.log" 2>&1 &
	server_pid=$!
	server_identity=$(server_identity_of "$server_pid")
	for _ in $(seq 1 200); do
		curl -fsS "$server_url/readyz" >/dev/null 2>&1 && return 0
		kill -0 "$server_pid" 2>/dev/null || break
		sleep 0.1
	done
	cat -- "$work/server.log" >&2
	echo "the server did not start" >&2
	return 1
}

# server_start_throwaway NAME [serve flags…]: server_start in a new directory $work (/tmp/locksmith-NAME.XXXXXX),
# stopping the server and removing $work when the script exits, is interrupted or is terminated.
server_start_throwaway() {
	work=$(mktemp -d "${TMPDIR:-/tmp}/locksmith-$1.XXXXXX")
	shift
	trap 'server_stop; rm -rf -- "$work"' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	server_start "$work" "$@"
}

# server_reexec_in_postgres SCRIPT [ARGS…]: runs SCRIPT ARGS… --inside-postgres instead of this script, inside a
# throwaway PostgreSQL of its own (scripts/with-postgres.sh), never the test suite's: a run leaves its rows behind.
# The script then sets server_database_url=$LOCKSMITH_TEST_DATABASE_URL.
server_reexec_in_postgres() {
	exec env -u LOCKSMITH_TEST_DATABASE_URL scripts/with-postgres.sh "$@" --inside-postgres
}

# server_identity_of PID: "PID:START" while PID is a live process (START is field 22 of /proc/PID/stat, its start
# time in clock ticks since boot, which a new process under a reused pid cannot share); nothing once it has exited.
server_identity_of() {
	local stat fields
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
	read -ra fields <<<"${stat##*) }" # fields[0] is field 3, the state
	[[ ${fields[0]} == [ZX] ]] && return 0
	echo "$1:${fields[19]}"
}

# server_check_alive: succeeds when the server is still the very process server_start started (same pid, same start
# time) and answers /health; otherwise says on stderr what happened to it (its exit status, when it has exited) and
# what it wrote last (for a Swift crash, the failure and the crashed thread's first frames), and returns 1. A crash, or
# a crash followed by a restart under any supervisor, fails it.
server_check_alive() {
	server_check_same_process && return 0
	local log=$server_work/server.log
	if grep -q '^\*\*\* ' "$log" && grep -q ' crashed:$' "$log"; then
		echo "the server's crash report (in short):" >&2
		grep '^\*\*\* ' "$log" >&2
		sed -n '/ crashed:$/,+6p' "$log" | cut -c1-240 >&2
	else
		echo "the server's last output:" >&2
		tail -n 20 -- "$log" >&2
	fi
	return 1
}

# server_check_same_process: server_check_alive without the server's output.
server_check_same_process() {
	local now status
	now=$(server_identity_of "$server_pid")
	if [[ -z $now ]]; then
		status=0
		wait "$server_pid" 2>/dev/null || status=$?
		server_pid=
		if ((status > 128)); then
			echo "the server (pid ${server_identity%%:*}) died of signal $((status - 128)) (SIG$(kill -l $((status - 128)) 2>/dev/null || echo '?')) during the run" >&2
		else
			echo "the server (pid ${server_identity%%:*}) exited with status $status during the run" >&2
		fi
		return 1
	fi
	if [[ $now != "$server_identity" ]]; then
		echo "the server is not the process that was started: pid:start-time was $server_identity, is $now" >&2
		return 1
	fi
	if ! curl -fsS --max-time 10 -o /dev/null "$server_url/health"; then
		echo "the server (pid $server_pid) is running but does not answer $server_url/health" >&2
		return 1
	fi
}

# server_stop: stops the server, if it still runs, and waits for it.
server_stop() {
	if [[ -n ${server_pid:-} ]]; then
		kill "$server_pid" 2>/dev/null || true
		wait "$server_pid" 2>/dev/null || true
		server_pid=
	fi
}
