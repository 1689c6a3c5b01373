"""The workload and the checks of scripts/fleet.sh: a mixed load through the load balancer while the script injects
faults, then what must hold afterwards.

    python3 scripts/fleet.py load --url URL --token TOKEN --duration S --faults FILE --out FILE [--workers N]
    python3 scripts/fleet.py check --url URL --token TOKEN --reference URL --load FILE --faults FILE --psql-url URL

`load` seeds licenses through the API, runs WORKERS threads for S seconds (activations, validations, deactivations,
consumptions, floating checkouts and checkins, license issue, suspend and reinstate, usage summaries), samples the seat,
quota and lease counts in the database every second, and writes what it saw (every acknowledged write, every
answer's phase, status and time, the samples) to FILE. The fault windows are read from the faults file the script
writes as it injects them ("NAME START END" in epoch seconds, END empty while open).

`check` asserts, exiting 1 on the first failure of each kind with what failed:
  - every acknowledged license issue and consumption is in the database exactly once;
  - no sample, and not the final state, had more active devices, open leases or consumed units than the limits;
  - no answer outside a fault window was an error (5xx, a refused connection, or a 4xx the operation does not expect);
  - reports read from the replica (meta.replica_lag_ms present) agree with the same reports from a server on the
    primary once the replica has caught up.
Prints throughput and p99 latency per phase. Only the standard library and psql.
"""

import argparse
import http.client
import json
import random
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

LICENSES = 8
SEATS = 3
FLOATING_SEATS = 2
QUOTA = 150
NODE_FINGERPRINTS = 6
FLOAT_FINGERPRINTS = 4

# Refusals that are right answers under this load: a limit reached, a device that another worker deactivated.
EXPECTED = {
    "activate": {"DEVICE_LIMIT_REACHED"},
    "validate": {"NOT_ACTIVATED"},
    "deactivate": {"NOT_ACTIVATED", "NOT_FOUND"},
    "consume": {"QUOTA_EXCEEDED", "NOT_ACTIVATED"},
    "checkout": {"FLOATING_LIMIT_REACHED"},
    "checkin": {"LEASE_EXPIRED", "NOT_FOUND"},
    "issue": set(),
    "suspend": {"CONFLICT", "LICENSE_SUSPENDED"},
    "reinstate": {"CONFLICT"},
    "report": set(),
    "driver": set(),
}


class Client:
    """One keep-alive connection to the load balancer; a new one after any failure."""

    def __init__(self, url):
        parsed = urllib.parse.urlsplit(url)
        self.host, self.port = parsed.hostname, parsed.port
        self.connection = None

    def call(self, method, path, authorization, body=None, idempotent=False):
        """(status, parsed body or None, error code or transport failure)."""
        headers = {"Authorization": authorization, "Content-Type": "application/json"}
        if idempotent:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        payload = None if body is None else json.dumps(body)
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.connection.request(method, path, body=payload, headers=headers)
            response = self.connection.getresponse()
            text = response.read()
            if response.getheader("Connection", "").lower() == "close":
                self.connection.close()
                self.connection = None
        except (OSError, http.client.HTTPException) as error:
            if self.connection is not None:
                self.connection.close()
            self.connection = None
            return 0, None, f"transport: {type(error).__name__}"
        try:
            document = json.loads(text) if text else None
        except ValueError:
            # Not one of the server's answers: HAProxy's own 503 page when no instance is up, for one.
            return response.status, None, "not JSON"
        code = (document or {}).get("error", {}).get("code") if response.status >= 400 else None
        return response.status, document, code


def seed(url, token):
    client = Client(url)
    bearer = f"Bearer {token}"

    def post(path, body):
        status, document, code = client.call("POST", path, bearer, body)
        if status not in (200, 201):
            sys.exit(f"fleet: seeding {path} failed: {status} {code} {document}")
        return document["data"]

    suffix = uuid.uuid4().hex[:8]
    product = post("/api/v1/products", {"name": "Fleet", "code": f"fleet-{suffix}"})
    policy = post(f"/api/v1/products/{product['id']}/policies", {
        "name": "Fleet", "code": "fleet", "license_type": "time_limited", "max_activations": SEATS,
        "max_floating_users": FLOATING_SEATS, "floating_timeout_minutes": 30})
    feature = post(f"/api/v1/products/{product['id']}/features", {"name": "Export", "code": "export"})
    licenses = []
    for _ in range(LICENSES):
        issued = post("/api/v1/licenses", {"product_id": product["id"], "policy_id": policy["id"],
                                           "expires_at": "2035-01-01T00:00:00Z"})
        post(f"/api/v1/licenses/{issued['license']['id']}/features", {"feature_id": feature["id"], "max_consumptions": QUOTA})
        licenses.append({"id": issued["license"]["id"], "key": issued["license_key"]})
    return {"product_id": product["id"], "policy_id": policy["id"], "licenses": licenses}


def psql(url, sql):
    """Rows of one query as lists of strings, run by psql as the role of URL."""
    # The SQL goes through stdin: the checks name every acknowledged write, past what a command line holds.
    result = subprocess.run(["psql", url, "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"],
                            input=sql, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"psql: {result.stderr.strip()}")
    return [line.split("\t") for line in result.stdout.splitlines() if line]


def limit_sample(psql_url, product_id):
    """The largest active node-locked device count, open lease count and consumed total of any license of the run."""
    rows = psql(psql_url, f"""
        SELECT
          (SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM devices d JOIN licenses l ON l.id = d.license_id
             WHERE l.product_id = '{product_id}' AND d.status = 'active' AND d.seat = 'node_locked' GROUP BY d.license_id) s),
          (SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM floating_leases f JOIN licenses l ON l.id = f.license_id
             WHERE l.product_id = '{product_id}' AND f.released_at IS NULL
               AND f.expires_at > CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS bigint) GROUP BY f.license_id) s),
          (SELECT COALESCE(MAX(lf.total_consumptions), 0) FROM license_features lf JOIN licenses l ON l.id = lf.license_id
             WHERE l.product_id = '{product_id}')""")
    return [int(value) for value in rows[0]]


def run_load(arguments):
    seeded = seed(arguments.url, arguments.token)
    bearer = f"Bearer {arguments.token}"
    stop = threading.Event()
    lock = threading.Lock()
    answers = []  # (start, seconds, operation, status, code)
    acknowledged = {"licenses": [], "consumptions": [], "leases": 0}
    samples = []
    issued = []  # licenses issued during the run, for suspend and reinstate

    def worker(seed_value):
        rng = random.Random(seed_value)
        client = Client(arguments.url)
        while not stop.is_set():
            try:
                one_request(rng, client)
            except Exception as error:  # a driver bug must show as a failure, not as a quiet stretch without load
                with lock:
                    answers.append((time.time(), 0.0, "driver", 0, f"driver: {type(error).__name__}: {error}"))
                time.sleep(0.1)

    def one_request(rng, client):
        if True:
            license = rng.choice(seeded["licenses"])
            runtime = f"License {license['key']}"
            node = {"fingerprint": f"node-{rng.randrange(NODE_FINGERPRINTS)}"}
            draw = rng.random()
            if draw < 0.40:
                operation, call = "validate", ("POST", "/api/v1/license/validate", runtime, node, False)
            elif draw < 0.55:
                operation, call = "activate", ("POST", "/api/v1/license/activate", runtime, node, True)
            elif draw < 0.60:
                operation, call = "deactivate", ("POST", "/api/v1/license/deactivate", runtime, node, True)
            elif draw < 0.75:
                event = str(uuid.uuid4())
                body = dict(node, feature_code="export", amount=1, event_id=event)
                operation, call = "consume", ("POST", "/api/v1/license/consume", runtime, body, True)
            elif draw < 0.82:
                body = {"fingerprint": f"float-{rng.randrange(FLOAT_FINGERPRINTS)}"}
                operation, call = "checkout", ("POST", "/api/v1/license/floating/checkout", runtime, body, True)
            elif draw < 0.90:
                body = {"product_id": seeded["product_id"], "policy_id": seeded["policy_id"], "expires_at": "2035-01-01T00:00:00Z"}
                operation, call = "issue", ("POST", "/api/v1/licenses", bearer, body, False)
            elif draw < 0.97:
                with lock:
                    target = rng.choice(issued) if issued else None
                if target is None:
                    return
                operation = rng.choice(["suspend", "reinstate"])
                call = ("POST", f"/api/v1/licenses/{target}/{operation}", bearer, None, False)
            else:
                operation, call = "report", ("GET", "/api/v1/reports/usage-summary?group_by=license", bearer, None, False)
            started = time.time()
            status, document, code = client.call(*call)
            elapsed = time.time() - started
            with lock:
                answers.append((started, elapsed, operation, status, code))
                if status in (200, 201):
                    if operation == "issue":
                        acknowledged["licenses"].append(document["data"]["license"]["id"])
                        issued.append(document["data"]["license"]["id"])
                    elif operation == "consume":
                        acknowledged["consumptions"].append([license["id"], call[3]["event_id"]])
                    elif operation == "checkout":
                        acknowledged["leases"] += 1
            if operation == "checkout" and status in (200, 201):
                # Give the seat back most of the time, so checkouts keep succeeding and failing.
                token = document["data"].get("lease_token")
                if token and rng.random() < 0.8:
                    started = time.time()
                    status, _, code = client.call("POST", "/api/v1/license/floating/checkin", runtime, {"lease_token": token}, True)
                    with lock:
                        answers.append((started, time.time() - started, "checkin", status, code))

    def sampler():
        while not stop.is_set():
            try:
                samples.append([time.time()] + limit_sample(arguments.psql_url, seeded["product_id"]))
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                print(f"fleet: sample failed: {error}", file=sys.stderr)
            stop.wait(1.0)

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(arguments.workers)]
    threads.append(threading.Thread(target=sampler))
    began = time.time()
    for thread in threads:
        thread.start()
    while time.time() - began < arguments.duration:
        time.sleep(0.2)
    stop.set()
    for thread in threads:
        thread.join()
    with open(arguments.out, "w") as out:
        json.dump({"began": began, "ended": time.time(), "seeded": seeded, "answers": answers,
                   "acknowledged": acknowledged, "samples": samples}, out)
    print(f"fleet: {len(answers)} requests in {time.time() - began:.0f} s")


def read_faults(path):
    windows = []
    with open(path) as faults:
        for line in faults:
            parts = line.split()
            if len(parts) >= 2:
                windows.append((parts[0], float(parts[1]), float(parts[2]) if len(parts) > 2 else float("inf")))
    return windows


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def report_phases(load, windows):
    """Throughput and p99 per phase: the steady stretches and the fault windows, in order."""
    bounds = [("start", load["began"])]
    for name, start, end in windows:
        bounds += [(name, start), ("steady", min(end, load["ended"]))]
    bounds.append(("end", load["ended"]))
    print("Latencies are of the runtime and license operations; usage summaries (over the whole growing ledger) apart.")
    print(f"{'phase':<22} {'seconds':>7} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'report p99':>10}")
    for index in range(len(bounds) - 1):
        name = "steady" if bounds[index][0] in ("start", "steady") else bounds[index][0]
        start, end = bounds[index][1], bounds[index + 1][1]
        chosen = [a for a in load["answers"] if start <= a[0] < end]
        errors = sum(1 for a in chosen if is_error(a))
        seconds = max(end - start, 1e-9)
        latencies = [a[1] * 1000 for a in chosen if a[2] != "report"]
        reports = [a[1] * 1000 for a in chosen if a[2] == "report"]
        print(f"{name + ' ' + str(index + 1):<22} {seconds:7.1f} {len(chosen):8d} {len(chosen) / seconds:7.1f} "
              f"{percentile(latencies, 0.5):7.1f} {percentile(latencies, 0.99):7.1f} {errors:6d} {percentile(reports, 0.99):10.1f}")


def is_error(answer):
    _, _, operation, status, code = answer
    if 200 <= status < 300:
        return False
    return not (400 <= status < 500 and code in EXPECTED[operation])


def summary_data(url, token, window):
    client = Client(url)
    query = urllib.parse.urlencode({"from": window[0], "to": window[1], "group_by": "license"})
    status, document, code = client.call("GET", f"/api/v1/reports/usage-summary?{query}", f"Bearer {token}")
    if status != 200:
        raise RuntimeError(f"usage summary from {url}: {status} {code}")
    data = dict(document["data"])
    data.pop("generated_at", None)
    return data, document["meta"].get("replica_lag_ms")


def run_check(arguments):
    with open(arguments.load) as file:
        load = json.load(file)
    windows = read_faults(arguments.faults)
    failures = []
    report_phases(load, windows)

    # Acknowledged writes, each exactly once.
    licenses = load["acknowledged"]["licenses"]
    if licenses:
        listed = ",".join(f"'{identifier}'" for identifier in licenses)
        found = psql(arguments.psql_url, f"SELECT id FROM licenses WHERE id IN ({listed})")
        if len(found) != len(set(licenses)) or len(licenses) != len(set(licenses)):
            failures.append(f"{len(licenses)} acknowledged license issues, {len(found)} in the database")
    consumptions = load["acknowledged"]["consumptions"]
    if consumptions:
        pairs = ",".join(f"('{license}','{event}')" for license, event in consumptions)
        found = psql(arguments.psql_url,
                     f"SELECT COUNT(*) FROM consumption_events WHERE (license_id, event_id) IN ({pairs})")
        if int(found[0][0]) != len(consumptions):
            failures.append(f"{len(consumptions)} acknowledged consumptions, {found[0][0]} in the database")
    product = load["seeded"]["product_id"]
    drift = psql(arguments.psql_url, f"""
        SELECT lf.license_id, lf.total_consumptions, COALESCE(SUM(c.amount), 0)
        FROM license_features lf JOIN licenses l ON l.id = lf.license_id
        LEFT JOIN consumption_events c ON c.license_id = lf.license_id AND c.feature_code = 'export'
        WHERE l.product_id = '{product}' GROUP BY lf.license_id, lf.total_consumptions
        HAVING lf.total_consumptions <> COALESCE(SUM(c.amount), 0)""")
    if drift:
        failures.append(f"consumed counters that disagree with their consumptions: {drift}")

    # Limits, in every sample and at the end.
    final = limit_sample(arguments.psql_url, product)
    for sample in load["samples"] + [[time.time()] + final]:
        devices, leases, consumed = sample[1:]
        if devices > SEATS or leases > FLOATING_SEATS or consumed > QUOTA:
            failures.append(f"a limit exceeded at {sample[0]:.1f}: {devices} devices (of {SEATS}), {leases} leases "
                            f"(of {FLOATING_SEATS}), {consumed} consumed (of {QUOTA})")
            break

    # Errors outside the fault windows.
    # An answer belongs to a window when the request was in flight during it: one sent just before a kill fails with it.
    outside = [a for a in load["answers"]
               if is_error(a) and not any(a[0] <= end and a[0] + a[1] >= start for _, start, end in windows)]
    if outside:
        kinds = sorted({(a[2], a[3], a[4]) for a in outside})
        failures.append(f"{len(outside)} errors outside the fault windows: {kinds[:10]}")
    inside = [a for a in load["answers"] if is_error(a)]
    ok = {name: 0 for name in EXPECTED}
    for answer in load["answers"]:
        if 200 <= answer[3] < 300:
            ok[answer[2]] += 1
    print(f"fleet: {len(load['answers'])} answers, {len(inside)} errors, all inside fault windows: {not outside}")
    print("fleet: successes by operation: " + ", ".join(f"{name} {count}" for name, count in ok.items()))
    if min(ok[name] for name in ("activate", "validate", "consume", "checkout", "issue")) == 0:
        failures.append(f"an operation never succeeded: {ok}")
    driver = [a[4] for a in load["answers"] if a[2] == "driver"]
    if driver:
        failures.append(f"the load generator failed {len(driver)} times: {driver[:3]}")
    # Every stretch between and after the faults carries load: the fleet came back from each fault.
    edges = [load["began"]] + [edge for _, start, end in windows for edge in (start, end)] + [load["ended"]]
    for index in range(0, len(edges) - 1, 2):
        served = sum(1 for a in load["answers"] if edges[index] <= a[0] < edges[index + 1] and 200 <= a[3] < 300)
        if served == 0:
            failures.append(f"no request succeeded between {edges[index] - load['began']:.1f} s and {edges[index + 1] - load['began']:.1f} s")

    # Reports from the replica agree with the primary's once it has caught up.
    window = (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(load["began"] - 60)),
              time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(load["ended"] + 1)))
    time.sleep(max(0.0, load["ended"] + 1.5 - time.time()))
    reference, _ = summary_data(arguments.reference, arguments.token, window)
    deadline, agreed, lag = time.time() + 30, False, None
    while time.time() < deadline and not agreed:
        replica, lag = summary_data(arguments.url, arguments.token, window)
        agreed = lag is not None and replica == reference
        if not agreed:
            time.sleep(0.5)
    if not agreed:
        failures.append(f"the replica's usage summary did not agree with the primary's within 30 s (last lag {lag})")
    else:
        print(f"fleet: the replica's usage summary agrees with the primary's ({reference['row_counts']['ledger_rows']} "
              f"ledger rows, replica {lag} ms behind)")

    for failure in failures:
        print(f"fleet: FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["load", "check"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--psql-url", required=True)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--faults")
    parser.add_argument("--out")
    parser.add_argument("--load")
    parser.add_argument("--reference")
    arguments = parser.parse_args()
    if arguments.mode == "load":
        run_load(arguments)
        return 0
    return run_check(arguments)


if __name__ == "__main__":
    sys.exit(main())
