"""Times reports on the ledger bench/reports_seed.py wrote, through the HTTP API.

    python3 bench/reports_measure.py BACKEND BASE_URL TOKEN ROWS
"""

import json
import statistics
import sys
import time
import urllib.request
from datetime import datetime, timezone

START_MS = 1_767_225_600_000
SPAN_MS = 90 * 86_400_000
SUMMARY_TARGET = 1.0
EXPORT_TARGET = 5.0
EXPORT_ROWS = 100_000

backend, base, token, rows = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
step = SPAN_MS // rows


def stamp(milliseconds):
    moment = datetime.fromtimestamp(milliseconds / 1000, tz=timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{milliseconds % 1000:03d}Z"


def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read()


def summary_timings(start, end, label):
    """The usage summary by day and feature over [start, end), five times; prints the median and returns the answer."""
    window = f"from={stamp(start)}&to={stamp(end)}"
    timings = []
    for _ in range(5):
        began = time.perf_counter()
        summary = json.loads(call("GET", f"/api/v1/reports/usage-summary?{window}&group_by=day&group_by=feature"))["data"]
        timings.append(time.perf_counter() - began)
    median = statistics.median(timings)
    print(
        f"{backend}: usage-summary by day,feature over {summary['totals']['events']} rows, {label} ({len(summary['groups'])} groups): "
        f"median {median:.3f} s, best {min(timings):.3f} s; ratio to the 1 s target {median / SUMMARY_TARGET:.2f}"
    )
    return summary


summary = summary_timings(START_MS, START_MS + SPAN_MS, "whole days")
assert summary["totals"]["events"] == rows, summary["totals"]
# The same window cut 7 h 13 min into its first day and 5 h before its end: the hours around the whole days are read
# from the ledger's rows (on SQLite; PostgreSQL reads rows throughout).
summary_timings(START_MS + 26_000_000, START_MS + SPAN_MS - 18_000_000, "cut inside its first and last days")

filters = {"from": stamp(START_MS), "to": stamp(START_MS + EXPORT_ROWS * step)}
began = time.perf_counter()
export = json.loads(call("POST", "/api/v1/reports/exports", {"report_kind": "usage_ledger", "format": "csv", "filters": filters}))["data"]
created = time.perf_counter() - began
while export["status"] == "pending":
    time.sleep(0.02)
    export = json.loads(call("GET", f"/api/v1/reports/exports/{export['id']}"))["data"]
elapsed = time.perf_counter() - began
assert export["status"] == "ready", export
assert export["progress"]["total"] == EXPORT_ROWS, export["progress"]
size = export["byte_size"]
began = time.perf_counter()
artifact = call("GET", f"/api/v1/reports/exports/{export['id']}/download")
download = time.perf_counter() - began
assert len(artifact) == size
print(
    f"{backend}: usage_ledger CSV export of {EXPORT_ROWS} rows ({size / 1e6:.1f} MB): ready after {elapsed:.2f} s "
    f"(snapshot frozen in {created:.2f} s), download {download:.2f} s; ratio to the 5 s target {elapsed / EXPORT_TARGET:.2f}"
)
