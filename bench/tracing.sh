#!/usr/bin/env bash
# What tracing costs a validation: three release servers side by side on SQLite, one with no OTLP endpoint (tracing
# off, as by default), one exporting every trace (OTEL_EXPORTER_OTLP_ENDPOINT, the default always-on sampler) and one
# sampling a tenth of them (OTEL_TRACES_SAMPLER=traceidratio, OTEL_TRACES_SAMPLER_ARG=0.1), over OTLP/HTTP protobuf to
# a sink on 127.0.0.1 that reads and drops each batch. Rounds go through the three in turn, and each line is one
# measurement (wrk -t1 -c64): requests per second, p99, CPU per request of the server and of the whole machine (the
# sink's included). The ratios to off are the price of a server span and its database spans per request.
#
#   bench/tracing.sh [seconds per measurement, default 5]
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

duration=${1:-5}
connections=64
source bench/lib.sh
bench_prepare

work=$(mktemp -d /tmp/locksmith-tracing.XXXXXX)
sink_port=$(server_free_port)
python3 - "$sink_port" >"$work/sink.log" 2>&1 <<'PY' &
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    batches = 0
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        Sink.batches += 1
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
PY
sink=$!
trap 'kill $sink ${pids[*]:-} 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

declare -A urls keys pids
modes=(off on sampled)
for mode in "${modes[@]}"; do
	mkdir -p "$work/$mode"
	case $mode in
	on) OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$sink_port server_start "$work/$mode" --log-level warning --rate-limits off ;;
	sampled)
		OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$sink_port OTEL_TRACES_SAMPLER=traceidratio OTEL_TRACES_SAMPLER_ARG=0.1 \
			server_start "$work/$mode" --log-level warning --rate-limits off
		;;
	*) server_start "$work/$mode" --log-level warning --rate-limits off ;;
	esac
	base=$server_url admin=$server_token
	bench_seed_license
	cp "$work/validate.lua" "$work/$mode/validate.lua"
	urls[$mode]=$server_url pids[$mode]=$server_pid
done

declare -A rps
echo "locksmith $(git rev-parse --short HEAD), validate on SQLite, wrk -t1 -c$connections -d${duration}s, $(nproc) cores"
for round in 1 2; do
	for mode in "${modes[@]}"; do
		server=${pids[$mode]}
		bench_cpu_measure "${urls[$mode]}/api/v1/license/validate" -s "$work/$mode/validate.lua"
		rps[$mode]=$measured_rps
		printf "round %s tracing %-7s %9s req/s  p99 %-8s server %6.1f µs/request  machine %6.1f µs/request  non-2xx %s\n" \
			"$round" "$mode" "$measured_rps" "$measured_p99" "$server_us" "$machine_us" "$measured_non2xx"
	done
	awk -v on="${rps[on]}" -v sampled="${rps[sampled]}" -v off="${rps[off]}" \
		'BEGIN { printf "  throughput to tracing off: every trace %.2f, a tenth sampled %.2f\n", on / off, sampled / off }'
done
grep -q . "$work/sink.log" && { echo "the sink said:"; cat "$work/sink.log"; }
exit 0
