# Shared by the HTTP benchmarks (source it): tools, the release build, and one wrk measurement.

# Installs what the benchmarks need (build dependencies, PostgreSQL and Python with --tests, wrk, curl) and
# builds the release `locksmith`; sets $bin to it. LOCKSMITH_BIN=path measures that executable instead (another
# commit's release build, for a before/after comparison) and builds nothing.
bench_prepare() { # [--tests]
	scripts/install-deps.sh "$@"
	for tool in wrk curl; do
		command -v "$tool" >/dev/null || { echo "installing $tool"; apt-get install -y -qq "$tool" >/dev/null; }
	done
	if [[ -n ${LOCKSMITH_BIN:-} ]]; then
		bin=$LOCKSMITH_BIN
		return
	fi
	swift build -c release -q --product locksmith
	bin=$(swift build -c release --show-bin-path)/locksmith
}

# A port nothing listens on now.
bench_free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
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
