"""Boundary values of every bounded input in openapi.yaml, sent to a running Locksmith server.

    python scripts/boundaries.py --url URL --token ADMIN_TOKEN --pid PID [--spec openapi.yaml] [--verbose]

scripts/boundaries.sh starts the server and runs this with .venv-fuzz's Python (hypothesis, PyYAML, requests).

It seeds real records through the API (scripts/lib/fixtures.py), then for every operation of the contract sends:

- one request with only its required fields, each given a schema-valid value;
- for every integer property of its request body (recursively: through allOf, nested objects and array items) and
  every integer query or path parameter: the minimum, the maximum, maximum + 1 and 2^63 - 1, and, where there is a
  minimum, minimum - 1 and -2^63;
- for every string property or parameter with maxLength: maxLength and maxLength + 1 characters, valid for the
  field's pattern where it has one; for every array with maxItems, maxItems and maxItems + 1 items.

Every other field it needs gets a schema-valid value (enums, formats, patterns through hypothesis' from_regex, minLength,
minimum), or a real id or value from the seeded records, with the operation's credential (Bearer, License or none; the
license key in the body member `x-locksmith-credential-field` names, for an operation that takes it there), a fresh
Idempotency-Key where the operation takes one, and real ids in the path. A credential beyond a bound is a wrong
credential: it must be 401, which says nothing about what was sent.

It fails on any 5xx answer, on any value beyond a bound that is not refused with 400 or 422 whose error.detail names the
field (`name`, `parent.name`, `items[0]`, as the server writes paths), on an integer the contract leaves without a
maximum, and when the server process dies (same pid and start time, read from /proc/PID/stat, before and after).
Exits 1 on any failure, 2 when the fixtures cannot be made.
"""

import argparse
import functools
import json
import os
import re
import sys
import time
import urllib.parse
import uuid
from dataclasses import dataclass, field

import requests
import yaml
from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
import fixtures as seeded  # noqa: E402

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)
PAST = "2024-01-01T00:00:00Z"
FUTURE = "2034-01-01T00:00:00Z"
# The order runtime operations run in: each takes the state the previous ones leave (an activated device, a lease),
# and deactivation, which releases the seeded device, comes last.
RUNTIME_ORDER = [
    "activateLicense", "validateLicense", "checkLicense", "consumeLicense", "issueOfflineLicense",
    "checkoutFloatingLicense", "heartbeatFloatingLicense", "checkinFloatingLicense", "deactivateLicense",
]
# Operations that end or remove a seeded record run after every other one, the record's owners last.
DESTRUCTIVE_ORDER = [
    "blacklistLicenseDevice", "resetLicenseDevice", "removeLicenseFeature", "suspendLicense", "reinstateLicense",
    "revokeLicense", "revokeAPIKey", "deleteWebhookEndpoint", "deleteProductCustomFieldDefinition", "deletePolicy",
    "deleteCustomer", "deleteProduct",
]


class Spec:
    def __init__(self, document):
        self.document = document

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            target = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def schema(self, node):
        """The schema with its $ref followed and its allOf parts merged into one."""
        node = self.resolve(node)
        if "allOf" not in node:
            return node
        merged = {key: value for key, value in node.items() if key != "allOf"}
        properties = dict(merged.get("properties", {}))
        required = list(merged.get("required", []))
        for part in node["allOf"]:
            for key, value in self.schema(part).items():
                if key == "properties":
                    properties.update(value)
                elif key == "required":
                    required += [name for name in value if name not in required]
                else:
                    merged.setdefault(key, value)
        merged["properties"], merged["required"] = properties, required
        return merged


def kind(schema):
    kinds = schema.get("type")
    if isinstance(kinds, list):
        kinds = next((name for name in kinds if name != "null"), None)
    if kinds is None and "properties" in schema:
        return "object"
    if kinds is None and schema.get("enum"):
        return {str: "string", int: "integer", bool: "boolean"}.get(type(schema["enum"][0]))
    return kinds


def field_name(path):
    """A field's path as the server's error.detail writes it: `amount`, `filters.group_by`, `allowed_cidrs[0]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def bounded_fields(spec, schema, path=()):
    """(path, schema) of every integer, every string with maxLength and every array with maxItems in a schema."""
    schema = spec.schema(schema)
    what = kind(schema)
    if what == "object":
        for name, sub in schema.get("properties", {}).items():
            yield from bounded_fields(spec, sub, path + (name,))
    elif what == "array":
        if "maxItems" in schema:
            yield path, schema
        yield from bounded_fields(spec, schema["items"], path + (0,))
    elif what == "integer" or (what == "string" and "maxLength" in schema):
        yield path, schema


@functools.cache
def minimal_match(pattern, min_length=0):
    """The simplest string of at least min_length characters that matches pattern (hypothesis shrinks to it)."""
    quiet = settings(database=None, max_examples=2000, suppress_health_check=list(HealthCheck), deadline=None)
    return find(st.from_regex(pattern, fullmatch=True), lambda text: len(text) >= min_length, settings=quiet)


def loosened(pattern):
    """pattern without the length its quantifiers put on a run (`{1,64}` becomes `+`), to build a string one
    character longer than maxLength out of characters the pattern allows."""
    return re.sub(r"\{(\d+),(\d*)\}", lambda match: "+" if int(match.group(1)) > 0 else "*", pattern)


@dataclass
class Operation:
    id: str
    method: str
    path: str
    surface: str  # management, runtime or system
    parameters: list
    body: dict | None
    idempotent: bool
    # x-locksmith-credential-field: the body member that carries the license key, instead of Authorization
    credential_field: str | None = None


@dataclass
class Case:
    operation: Operation
    label: str  # the field, or "required fields only"
    value: object
    beyond: bool  # a value beyond a bound: it must be refused naming `detail`
    detail: str | None
    path: str
    query: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)
    body: object = None


def operations(spec):
    document = spec.document
    default_security = document.get("security", [])
    found = []
    for path, item in document["paths"].items():
        for method, definition in item.items():
            if method not in ("get", "put", "post", "patch", "delete"):
                continue
            security = definition.get("security", default_security)
            schemes = {name for requirement in security for name in requirement}
            credential_field = definition.get("x-locksmith-credential-field")
            surface = "runtime" if "licenseAuth" in schemes or credential_field else "management" if schemes else "system"
            parameters = [spec.resolve(parameter) for parameter in item.get("parameters", []) + definition.get("parameters", [])]
            body = definition.get("requestBody")
            body = spec.resolve(body)["content"]["application/json"]["schema"] if body else None
            idempotent = any(p["in"] == "header" and p["name"] == "Idempotency-Key" for p in parameters)
            found.append(Operation(definition["operationId"], method.upper(), path, surface, parameters, body, idempotent, credential_field))

    def rank(operation):
        if operation.id in RUNTIME_ORDER:
            return (0, RUNTIME_ORDER.index(operation.id))
        if operation.id in DESTRUCTIVE_ORDER or operation.method == "DELETE":
            return (3, DESTRUCTIVE_ORDER.index(operation.id) if operation.id in DESTRUCTIVE_ORDER else -1)
        return (1 if operation.method == "GET" else 2, 0)

    return sorted(found, key=rank)


class Values:
    """Schema-valid values, and the seeded records' ids and values where a field names one."""

    def __init__(self, spec, fixtures, webhook_url):
        self.spec = spec
        self.fixtures = fixtures
        self.webhook_url = webhook_url
        self.counter = 0

    def fresh(self):
        self.counter += 1
        return self.counter

    def named(self, name):
        f = self.fixtures
        fixed = {
            "product_id": f["product_id"], "policy_id": f["policy_id"], "customer_id": f["customer_id"],
            "feature_id": f["feature_id"], "license_id": f["license_id"], "order_id": f["order_id"],
            "subscription_id": f["subscription_id"], "feature_code": f["feature_code"],
            "fingerprint": f["fingerprint"], "lease_token": f["lease_token"],
            "name": "Boundary", "email": "boundary@example.com", "customer_email": "boundary@example.com",
        }
        if name in fixed:
            return fixed[name]
        unique = {
            "code": lambda n: f"boundary-{n}", "external_id": lambda n: f"boundary-{n}-{uuid.uuid4().hex[:8]}",
            "event_id": lambda n: f"boundary-{uuid.uuid4()}", "nonce": lambda n: f"nonce-{n}",
            "version": lambda n: f"1.0.{n}", "url": lambda n: f"{self.webhook_url}/{n}",
        }
        if name in unique:
            return unique[name](self.fresh())
        return None

    def example(self, schema, name=None):
        schema = self.spec.schema(schema)
        value = self.named(name)
        if value is not None:
            return value
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next(item for item in schema["enum"] if item is not None)
        what = kind(schema)
        if what == "string":
            if schema.get("format") == "date-time":
                return PAST if name and ("start" in name or name == "from") else FUTURE
            if schema.get("format") == "uri":
                return "https://example.com/boundary"
            if "pattern" in schema:
                return minimal_match(schema["pattern"], schema.get("minLength", 0))
            return "b" * max(schema.get("minLength", 1), 1)
        if what in ("integer", "number"):
            return schema.get("minimum", 1 if schema.get("maximum", 1) >= 1 else schema["maximum"])
        if what == "boolean":
            return False
        if what == "array":
            return [self.example(schema["items"]) for _ in range(schema.get("minItems", 0))]
        if what == "object":
            return self.required_object(schema)
        return None

    def required_object(self, schema):
        schema = self.spec.schema(schema)
        properties = schema.get("properties", {})
        return {name: self.example(properties[name], name) for name in schema.get("required", []) if name in properties}

    def sized(self, schema, length):
        """A string of exactly `length` characters, of characters the field's pattern or format allows."""
        if schema.get("format") == "uri":
            prefix = "https://example.com/"
            return prefix + "a" * (length - len(prefix))
        pattern = schema.get("pattern")
        if not pattern:  # unique where it can be, so that no conflict with an earlier case answers first
            return ("a" * length + uuid.uuid4().hex)[-length:]
        seed = minimal_match(pattern, 1)[:length]
        matcher = re.compile(loosened(pattern))
        for filler in "a0-._A x":
            padding = filler * (length - len(seed))
            for candidate in (seed + padding, padding + seed, seed[:1] + padding + seed[1:]):
                if matcher.fullmatch(candidate):
                    return candidate
        raise ValueError(f"no string of {length} characters matches {pattern}")


class Boundaries:
    def __init__(self, spec, values, fixtures, token):
        self.spec = spec
        self.values = values
        self.fixtures = fixtures
        self.credentials = {
            "management": f"Bearer {token}", "runtime": f"License {fixtures['license_key']}", "system": None,
        }
        self.contract_failures = []

    def path_for(self, operation, label, value=None):
        """The operation's path with every parameter naming a seeded record of the kind the path says, but the
        parameter under test (label), which takes value."""
        f = self.fixtures
        owners = {
            "api-keys": "api_key_id", "products": "product_id", "policies": "policy_id", "features": "feature_id",
            "customers": "customer_id", "orders": "order_id", "subscriptions": "subscription_id",
            "licenses": "license_id", "webhooks": "webhook_id", "exports": "export_id", "devices": "device_id",
        }
        segments = operation.path.split("/")
        for index, segment in enumerate(segments):
            if not segment.startswith("{"):
                continue
            if segment == "{" + label + "}":
                segments[index] = urllib.parse.quote(str(value), safe="")
                continue
            parent = segments[index - 1]
            if parent == "custom-fields":
                resource = "customer" if "customers" in segments else "license"
                value_type = "integer" if label.startswith("integer_value") else "enum" if label.startswith("enum_options") else "string"
                segments[index] = f["custom_fields"][f"{resource}_{value_type}"]
            else:
                segments[index] = f.get(owners.get(parent, ""), "unknown")
        return "/".join(segments)

    def companions(self, operation, label):
        """Body fields and query parameters beyond the required ones that take a request past the first business
        rule: the seeded device for the runtime calls, the seeded feature for usage, an expiry for licenses of the
        time-limited policy, one of the changes an operation needs at least one of, what a rule ties a field to.
        Never the field under test."""
        f = self.fixtures
        wanted = {
            "fingerprint": f["floating_fingerprint"] if operation.id == "checkoutFloatingLicense" else f["fingerprint"],
        }
        if operation.credential_field:
            wanted[operation.credential_field] = f["license_key"]
        wanted.update({
            "resetLicenseUsage": {"feature_id": f["feature_id"]},
            "assignLicenseFeature": {"feature_id": self.next_spare_feature()},
            "createLicense": {"expires_at": FUTURE},
            "renewLicense": {"extend_by_days": 1},
            "transferLicense": {"customer_name": "Boundary"},
            "createReportExport": {"report_kind": "usage_summary"},
            "getSubscriptionSettlement": {"subscription_id": f["subscription_id"]},
            "createPolicy": {
                "floating_timeout_minutes": {"max_floating_users": 1},
                "offline_grace_days": {"allow_offline_activation": True},
            }.get(label, {}),
            "createProductCustomFieldDefinition": {"value_type": "enum"} if label.startswith("enum_options") else {},
        }.get(operation.id, {}))
        accepted = set(self.spec.schema(operation.body).get("properties", {})) if operation.body else set()
        accepted |= {parameter["name"] for parameter in operation.parameters if parameter["in"] == "query"}
        top = label.split(".")[0].split("[")[0]
        return {name: value for name, value in wanted.items() if name in accepted and name != top}

    def next_spare_feature(self):
        """Features of the product not yet assigned to the license, one for each assignment."""
        spares = self.fixtures["spare_feature_ids"]
        self.spare_index = getattr(self, "spare_index", -1) + 1
        return spares[self.spare_index % len(spares)]

    def variants(self, operation):
        """Consumption runs against the metered feature (with its quota) and the unmetered one (counters only)."""
        if operation.id == "consumeLicense":
            return [{"feature_code": self.fixtures["feature_code"]}, {"feature_code": self.fixtures["unmetered_feature_code"]}]
        return [{}]

    def base(self, operation, label, variant):
        headers = {}
        if self.credentials[operation.surface] and not operation.credential_field:
            headers["Authorization"] = self.credentials[operation.surface]
        if operation.idempotent:
            headers["Idempotency-Key"] = f"boundary-{uuid.uuid4()}"
        query, body = {}, None
        for parameter in operation.parameters:
            if parameter["in"] == "query" and parameter.get("required"):
                query[parameter["name"]] = self.values.example(parameter["schema"], parameter["name"])
        if operation.body:
            body = self.values.required_object(operation.body)
        for name, value in {**self.companions(operation, label), **variant}.items():
            if name == label:
                continue
            if body is not None and name in self.spec.schema(operation.body).get("properties", {}):
                body[name] = value
            else:
                query[name] = value
        return Case(operation, label, None, False, None, self.path_for(operation, label), query, headers, body)

    def with_body_value(self, case, path, value):
        """Sets the value at path in the case's body, making the objects and arrays on the way."""
        schema = self.spec.schema(case.operation.body)
        if case.body is None:
            case.body = {}
        node = case.body
        for step, following in zip(path, path[1:] + (None,)):
            schema = self.spec.schema(schema["items"] if isinstance(step, int) else schema["properties"][step])
            if following is None:
                if isinstance(step, int):
                    node.append(value)
                else:
                    node[step] = value
                break
            child = self.values.required_object(schema) if kind(schema) == "object" else []
            if isinstance(step, int):
                node.append(child)
            else:
                node[step] = child
            node = child

    def cases(self, operation):
        for variant in self.variants(operation):
            yield self.base(operation, "required fields only", variant)
            targets = [("query" if p["in"] == "query" else p["in"], (p["name"],), self.spec.schema(p["schema"]))
                       for p in operation.parameters if p["in"] in ("query", "path", "header")]
            targets = [(where, path, schema) for where, path, schema in targets
                       if kind(schema) == "integer" or (kind(schema) == "string" and "maxLength" in schema)]
            if operation.body:
                targets += [("body", path, schema) for path, schema in bounded_fields(self.spec, operation.body)]
            for where, path, schema in targets:
                label = field_name(path)
                for value, beyond in self.boundary_values(operation, label, schema):
                    case = self.base(operation, label, variant)
                    case.value, case.beyond, case.detail = value, beyond, label
                    if where == "body":
                        self.with_body_value(case, path, value)
                    elif where == "query":
                        case.query[label] = value
                    elif where == "header":
                        case.headers[label] = value
                    else:
                        case.path = self.path_for(operation, label, value)
                    yield case

    def distinct_item(self, label, items, n):
        """The n-th of many different valid items of a string array."""
        if label.endswith("cidrs"):
            return f"10.{n // 256}.{n % 256}.0/24"
        candidate = f"item-{n}"
        pattern = items.get("pattern")
        if pattern is None or re.fullmatch(pattern, candidate):
            return candidate
        return self.values.sized(items, max(items.get("minLength", 1), 1))

    def boundary_values(self, operation, label, schema):
        what = kind(schema)
        if what == "integer":
            if "maximum" not in schema:
                failure = f"{operation.id}: integer `{label}` has no maximum in openapi.yaml"
                if failure not in self.contract_failures:
                    self.contract_failures.append(failure)
                return []
            low, high = schema.get("minimum"), schema["maximum"]
            values = ([(low, False)] if low is not None else []) + [(high, False), (high + 1, True)]
            if high < INT64_MAX:
                values.append((INT64_MAX, True))
            if low is not None:
                values += [(low - 1, True)] + ([(INT64_MIN, True)] if low - 1 > INT64_MIN else [])
            return values
        if what == "array":
            high = schema["maxItems"]
            items = self.spec.schema(schema["items"])
            if items.get("enum"):
                pool = list(items["enum"])
            elif kind(items) == "string":
                pool = [self.distinct_item(label, items, n) for n in range(high + 1)]
            else:
                pool = [self.values.example(items) for _ in range(high + 1)]
            if not schema.get("uniqueItems"):
                pool = pool * (high // len(pool) + 2)
            return [(pool[:high], False), (pool[: high + 1], True)]
        high = schema["maxLength"]
        if label == "Idempotency-Key":  # a fresh key each time, or the second request is a replay or a reuse
            return [(("k" * length + f"-{uuid.uuid4()}")[-length:], length > high) for length in (high, high + 1)]
        at_most = self.values.sized(schema, high)
        try:
            beyond = self.values.sized(schema, high + 1)
        except ValueError:  # a pattern that fixes the length (`{4}`): one character more breaks both, as it should
            beyond = at_most + at_most[-1:]
        return [(at_most, False), (beyond, True)]


def server_identity(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] in ("Z", "X") else f"{pid}:{fields[19]}"


def still_serving(url, pid, identity, patience=15):
    """After a request got no answer: whether the server process is still the same one and answers /health. A
    crashing Swift process can take seconds to write its backtrace before it exits, so this waits that long."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        if server_identity(pid) != identity:
            return False
        try:
            if requests.get(f"{url}/health", timeout=2).status_code == 200:
                return True
        except requests.RequestException:
            pass
        time.sleep(0.2)
    return server_identity(pid) == identity


def shown(value):
    if isinstance(value, str) and len(value) > 24:
        return f"{value[:12]!r}…({len(value)} characters)"
    if isinstance(value, list) and len(value) > 3:
        return f"[{shown(value[0])}, …]({len(value)} items)"
    return json.dumps(value)


def answer_text(response):
    text = response.text
    return f"{response.status_code} {text[:400]}{'…' if len(text) > 400 else ''}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True, help="an admin token (the bootstrap token)")
    parser.add_argument("--pid", required=True, type=int, help="the server's pid, to tell whether it died")
    parser.add_argument("--spec", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "openapi.yaml"))
    parser.add_argument("--webhook-url", default="http://127.0.0.1:9/boundary",
                        help="for the seeded webhook endpoint (the server needs --webhook-allow-private)")
    parser.add_argument("--verbose", action="store_true", help="also list in-range values a rule refused")
    parser.add_argument("--trace", help="write every request and its answer to this file, one JSON object a line")
    arguments = parser.parse_args()

    started = time.monotonic()
    identity = server_identity(arguments.pid)
    with open(arguments.spec) as file:
        spec = Spec(yaml.safe_load(file))
    try:
        fixtures = seeded.seed(arguments.url, arguments.token, arguments.webhook_url)
    except seeded.SeedError as error:
        print(f"boundaries: could not seed the fixtures: {error}", file=sys.stderr)
        return 2
    values = Values(spec, fixtures, arguments.webhook_url)
    boundaries = Boundaries(spec, values, fixtures, arguments.token)

    session = requests.Session()
    failures, in_range_refusals = [], []
    counts = {"operations": 0, "cases": 0, "beyond": 0, "refused": 0}
    died = None
    trace = open(arguments.trace, "w") if arguments.trace else None
    for operation in operations(spec):
        counts["operations"] += 1
        for case in boundaries.cases(operation):
            counts["cases"] += 1
            counts["beyond"] += case.beyond
            where = f"{operation.id} ({operation.method} {operation.path}) {case.label}"
            if case.label != "required fields only":
                where += f" = {shown(case.value)}"
            data = None if case.body is None else json.dumps(case.body).encode()
            headers = dict(case.headers)
            if data is not None:
                headers["Content-Type"] = "application/json"
            try:
                response = session.request(operation.method, arguments.url + case.path, params=case.query,
                                           headers=headers, data=data, timeout=30, allow_redirects=False)
            except requests.RequestException as error:
                failures.append(f"{where}: no answer ({type(error).__name__}: {error})")
                if not still_serving(arguments.url, arguments.pid, identity):
                    died = where
                    break
                continue
            if response.status_code >= 500:
                failures.append(f"{where}: server error {answer_text(response)}")
            try:
                payload = response.json()
            except ValueError:
                payload = None
            payload = payload if isinstance(payload, dict) else {}
            error = payload["error"] if isinstance(payload.get("error"), dict) else {}
            data = payload["data"] if isinstance(payload.get("data"), dict) else {}
            lease = data.get("lease_token")
            if trace:
                record = {"operation": operation.id, "field": case.label, "value": shown(case.value), "beyond": case.beyond,
                          "method": operation.method, "path": case.path, "query": case.query, "body": case.body,
                          "status": response.status_code, "answer": response.text[:300]}
                trace.write(json.dumps(record) + "\n")
            if lease and response.status_code < 300:
                fixtures["lease_token"] = lease  # a new checkout ends the lease before it
            if case.beyond and case.label == operation.credential_field:
                # Whatever is wrong with a credential is the same 401, which tells nothing about what was sent.
                if response.status_code == 401:
                    counts["refused"] += 1
                else:
                    failures.append(f"{where}: expected 401, as for any wrong credential; got {answer_text(response)}")
            elif case.beyond:
                if response.status_code in (400, 422) and error.get("detail") == case.detail:
                    counts["refused"] += 1
                else:
                    failures.append(f"{where}: expected 400 or 422 with error.detail {case.detail!r}; got {answer_text(response)}")
            elif response.status_code in (400, 422) and error.get("detail") == case.detail:
                in_range_refusals.append(f"{where}: {answer_text(response)}")
        if died:
            break
    if trace:
        trace.close()
    failures = boundaries.contract_failures + failures
    if died:
        failures.append(f"the server (pid {arguments.pid}) died on {died}; the remaining cases were not sent")
    elif server_identity(arguments.pid) != identity:
        failures.append(f"the server process {identity} is gone (now {server_identity(arguments.pid)})")

    elapsed = time.monotonic() - started
    if arguments.verbose and in_range_refusals:
        print(f"boundaries: {len(in_range_refusals)} in-range values refused by a rule beyond the schema, naming the field:")
        for line in in_range_refusals:
            print(f"  {line}")
    for line in failures:
        print(f"FAIL {line}")
    print(f"boundaries: {counts['operations']} operations, {counts['cases']} cases, {counts['beyond']} values beyond a "
          f"bound of which {counts['refused']} refused naming the field, {len(in_range_refusals)} in-range values refused "
          f"by a rule, {len(failures)} failures, {elapsed:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
