#!/usr/bin/env bash
# What tracing costs a validation: two release servers side by side on SQLite, one with no OTLP endpoint (tracing off,
# as by default) and one exporting every span (OTEL_EXPORTER_OTLP_ENDPOINT, the default always-on sampler, OTLP/HTTP
# protobuf) to a sink on 127.0.0.1 that reads and drops each batch. Rounds alternate between them, and each line is one
# measurement (wrk -t1 -c64): requests per second, p99, CPU per request of the server and of the whole machine (the
# sink's included). The ratio on/off is the price of exporting a server span and its database spans per request.
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
for mode in off on; do
	mkdir -p "$work/$mode"
	if [[ $mode == on ]]; then
		OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$sink_port server_start "$work/$mode" --log-level warning --rate-limits off
	else
		server_start "$work/$mode" --log-level warning --rate-limits off
	fi
	base=$server_url admin=$server_token
	bench_seed_license
	cp "$work/validate.lua" "$work/$mode/validate.lua"
	urls[$mode]=$server_url pids[$mode]=$server_pid
done

declare -A rps
echo "locksmith $(git rev-parse --short HEAD), validate on SQLite, wrk -t1 -c$connections -d${duration}s, $(nproc) cores"
for round in 1 2; do
	for mode in off on; do
		server=${pids[$mode]}
		bench_cpu_measure "${urls[$mode]}/api/v1/license/validate" -s "$work/$mode/validate.lua"
		rps[$mode]=$measured_rps
		printf "round %s tracing %-3s %9s req/s  p99 %-8s server %6.1f µs/request  machine %6.1f µs/request  non-2xx %s\n" \
			"$round" "$mode" "$measured_rps" "$measured_p99" "$server_us" "$machine_us" "$measured_non2xx"
	done
	awk -v on="${rps[on]}" -v off="${rps[off]}" 'BEGIN { printf "  throughput with tracing on / off: %.2f\n", on / off }'
done
grep -q . "$work/sink.log" && { echo "the sink said:"; cat "$work/sink.log"; }
exit 0
