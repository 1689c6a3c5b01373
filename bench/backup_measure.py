"""Measures a backup taken under runtime load, through the HTTP API of a running `locksmith serve`.

    python3 bench/backup_measure.py BASE_URL TOKEN LOCKSMITH_BIN WORK_DIR -- BACKUP_PLACE... -- RESTORE_PLACE...

Makes a license with a metered feature, then runs four clients as fast as they answer (two validate, two consume) for
5 s, runs `locksmith backup --to WORK_DIR/bench-PID.backup BACKUP_PLACE...`, keeps the clients running 5 s more, and reports
for the 5 s before, the backup itself and the 5 s after: answers per second, p50, p99 and the slowest answer, and the
longest time in which no answer at all came back. Then times `backup verify` and a `restore` into
RESTORE_PLACE.
"""

import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

base, token, binary, work = sys.argv[1:5]
rest = sys.argv[5:]
assert rest[0] == "--" and rest.count("--") == 2, "usage: see the docstring"
split = rest.index("--", 1)
backup_place, restore_place = rest[1:split], rest[split + 1 :]


def call(method, path, body=None, auth=f"Bearer {token}", headers=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", auth)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"null")


product = call("POST", "/api/v1/products", {"name": "Bench backup", "code": "bench-backup"})["data"]["id"]
policy = call(
    "POST", f"/api/v1/products/{product}/policies",
    {"name": "Bench", "code": "bench", "license_type": "perpetual", "max_activations": 1_000_000},
)["data"]["id"]
issued = call("POST", "/api/v1/licenses", {"product_id": product, "policy_id": policy})["data"]
feature = call("POST", f"/api/v1/products/{product}/features", {"name": "Export", "code": "export"})["data"]["id"]
call("POST", f"/api/v1/licenses/{issued['license']['id']}/features", {"feature_id": feature, "max_consumptions": 1_000_000_000})
license_auth = f"License {issued['license_key']}"
call("POST", "/api/v1/license/activate", {"fingerprint": "bench"}, auth=license_auth, headers={"Idempotency-Key": "bench"})

answers = []  # (finished, seconds, operation)
lock = threading.Lock()
stop = threading.Event()


def client(operation, worker):
    index = 0
    while not stop.is_set():
        index += 1
        began = time.monotonic()
        if operation == "validate":
            call("POST", "/api/v1/license/validate", {"fingerprint": "bench"}, auth=license_auth)
        else:
            event = f"{worker}-{index}"
            call(
                "POST", "/api/v1/license/consume", {"fingerprint": "bench", "feature_code": "export", "amount": 1, "event_id": event},
                auth=license_auth, headers={"Idempotency-Key": event},
            )
        finished = time.monotonic()
        with lock:
            answers.append((finished, finished - began, operation))


threads = [threading.Thread(target=client, args=(operation, worker)) for worker, operation in enumerate(["validate", "validate", "consume", "consume"])]
for thread in threads:
    thread.start()
time.sleep(5)
backup = os.path.join(work, f"bench-{os.getpid()}.backup")
started = time.monotonic()
made = subprocess.run([binary, "backup", "--to", backup, *backup_place], capture_output=True, text=True)
ended = time.monotonic()
time.sleep(5)
stop.set()
for thread in threads:
    thread.join()
assert made.returncode == 0, made.stderr
print(made.stdout.strip())


def window(name, start, end):
    inside = [answer for answer in answers if start <= answer[0] < end]
    for operation in ("validate", "consume"):
        latencies = sorted(answer[1] for answer in inside if answer[2] == operation)
        if not latencies:
            print(f"{name:>14} {operation:>8}: no answers")
            continue
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(
            f"{name:>14} {operation:>8}: {len(latencies) / (end - start):7.0f} answers/s  p50 {statistics.median(latencies) * 1000:6.1f} ms"
            f"  p99 {p99 * 1000:6.1f} ms  slowest {latencies[-1] * 1000:6.1f} ms"
        )


window("5 s before", started - 5, started)
window(f"backup {ended - started:.1f} s", started, ended)
window("5 s after", ended, ended + 5)


def longest_silence(start, end):
    finishes = sorted([start] + [answer[0] for answer in answers if start <= answer[0] < end] + [end])
    return max(b - a for a, b in zip(finishes, finishes[1:])) * 1000


print(
    f"longest time without any answer: {longest_silence(started, ended):.1f} ms during the backup, "
    f"{longest_silence(started - 5, started):.1f} ms in the 5 s before, {longest_silence(ended, ended + 5):.1f} ms in the 5 s after"
)

began = time.monotonic()
verified = subprocess.run([binary, "backup", "verify", backup], capture_output=True, text=True)
print(f"backup verify: {time.monotonic() - began:.1f} s, {verified.stdout.strip().splitlines()[-1]}")
began = time.monotonic()
restored = subprocess.run([binary, "restore", "--from", backup, *restore_place], capture_output=True, text=True)
assert restored.returncode == 0, restored.stderr
print(f"restore: {time.monotonic() - began:.1f} s; backup file {os.path.getsize(backup)} bytes")
