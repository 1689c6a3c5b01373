"""Real records made through the API of a running Locksmith server, so that a test can name real ids.

    python3 scripts/lib/fixtures.py URL ADMIN_TOKEN [--webhook-url URL]

prints them as one JSON object. scripts/boundaries.py imports `seed`; scripts/fuzz.sh runs it for the license key
its runtime operations present. Only the standard library, so any python3 runs it.

The records: a product; a time-limited policy of 100 activations, 10 floating seats and offline licenses; a metered
feature, an unmetered one and three spare ones; a customer, an order and a subscription; a license of the policy for that customer,
expiring in 2035, with the metered feature assigned with a quota of 1000 and the other without one; a device
activated with the fingerprint FINGERPRINT; a floating lease held by another device (FLOATING_FINGERPRINT); a
string and an integer custom field for licenses and for customers, and an enum one for licenses; a report export; a throwaway API key; and, with
--webhook-url, a webhook endpoint.
"""

import json
import sys
import urllib.error
import urllib.request
import uuid

FINGERPRINT = "seeded-device"
FLOATING_FINGERPRINT = "seeded-floating-device"
METERED = "metered"
UNMETERED = "unmetered"
QUOTA = 1000


class SeedError(Exception):
    pass


def call(url, method, path, authorization=None, body=None, idempotent=False):
    """One request; returns the `data` of a 2xx answer and raises SeedError on anything else."""
    headers = {"Content-Type": "application/json"}
    if authorization:
        headers["Authorization"] = authorization
    if idempotent:
        headers["Idempotency-Key"] = f"seed-{uuid.uuid4()}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
    except urllib.error.HTTPError as error:
        raise SeedError(f"{method} {path} {json.dumps(body)} -> {error.code} {error.read().decode(errors='replace')}")
    except OSError as error:
        raise SeedError(f"{method} {path} -> {error}")
    return json.loads(text)["data"] if text else None


def seed(url, token, webhook_url=None):
    suffix = uuid.uuid4().hex[:8]
    bearer = f"Bearer {token}"

    def post(path, body):
        return call(url, "POST", path, bearer, body)

    product = post("/api/v1/products", {"name": "Seeded product", "code": f"seeded-{suffix}"})
    policy = post(f"/api/v1/products/{product['id']}/policies", {
        "name": "Seeded policy", "code": "seeded", "license_type": "time_limited", "max_activations": 100,
        "max_floating_users": 10, "floating_timeout_minutes": 30, "allow_offline_activation": True,
    })
    metered = post(f"/api/v1/products/{product['id']}/features", {"name": "Metered", "code": METERED})
    unmetered = post(f"/api/v1/products/{product['id']}/features", {"name": "Unmetered", "code": UNMETERED})
    customer = post("/api/v1/customers", {"name": "Seeded customer", "code": f"seeded-{suffix}"})
    subscription = post(f"/api/v1/products/{product['id']}/subscriptions", {
        "external_system": "seed", "external_id": f"sub-{suffix}", "status": "active",
        "current_period_start": "2024-01-01T00:00:00Z", "current_period_end": "2035-01-01T00:00:00Z",
    })
    order = post(f"/api/v1/products/{product['id']}/orders", {
        "external_system": "seed", "external_id": f"order-{suffix}", "status": "paid",
    })
    issued = post("/api/v1/licenses", {
        "product_id": product["id"], "policy_id": policy["id"], "customer_id": customer["id"],
        "expires_at": "2035-01-01T00:00:00Z",
    })
    license_id, license_key = issued["license"]["id"], issued["license_key"]
    post(f"/api/v1/licenses/{license_id}/features", {"feature_id": metered["id"], "max_consumptions": QUOTA})
    post(f"/api/v1/licenses/{license_id}/features", {"feature_id": unmetered["id"]})
    spares = [post(f"/api/v1/products/{product['id']}/features", {"name": f"Spare {n}", "code": f"spare-{n}"})["id"]
              for n in range(3)]
    fields = {}
    for resource, value_type in (("license", "string"), ("license", "integer"), ("license", "enum"),
                                 ("customer", "string"), ("customer", "integer")):
        definition = {"resource_type": resource, "code": f"seeded-{value_type}", "name": f"Seeded {value_type}",
                      "value_type": value_type}
        if value_type == "enum":
            definition["enum_options"] = ["one", "two"]
        fields[f"{resource}_{value_type}"] = post(f"/api/v1/products/{product['id']}/custom-fields", definition)["id"]
    runtime = f"License {license_key}"
    device = call(url, "POST", "/api/v1/license/activate", runtime, {"fingerprint": FINGERPRINT}, idempotent=True)
    lease = call(url, "POST", "/api/v1/license/floating/checkout", runtime, {"fingerprint": FLOATING_FINGERPRINT},
                 idempotent=True)
    api_key = post("/api/v1/api-keys", {"name": "Seeded throwaway key", "scopes": ["product:read"]})
    export = post("/api/v1/reports/exports", {"report_kind": "usage_summary"})
    fixtures = {
        "product_id": product["id"], "product_code": product["code"], "policy_id": policy["id"],
        "feature_id": metered["id"], "feature_code": METERED, "unmetered_feature_id": unmetered["id"],
        "unmetered_feature_code": UNMETERED, "quota": QUOTA, "spare_feature_ids": spares,
        "customer_id": customer["id"], "order_id": order["id"], "subscription_id": subscription["id"],
        "license_id": license_id, "license_key": license_key,
        "fingerprint": FINGERPRINT, "device_id": device["device_id"],
        "floating_fingerprint": FLOATING_FINGERPRINT, "lease_token": lease["lease_token"],
        "custom_fields": fields, "api_key_id": api_key["api_key"]["id"], "export_id": export["id"],
    }
    if webhook_url:
        endpoint = post("/api/v1/webhooks", {"name": "Seeded endpoint", "url": webhook_url})
        fixtures["webhook_id"] = endpoint["webhook"]["id"]
    return fixtures


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url")
    parser.add_argument("token")
    parser.add_argument("--webhook-url")
    arguments = parser.parse_args()
    try:
        print(json.dumps(seed(arguments.url, arguments.token, arguments.webhook_url)))
    except SeedError as error:
        sys.exit(f"fixtures: {error}")
