"""Drives every runtime operation of a live Locksmith server with the official LicenseKit Python SDK
(`licensekit-sdk` on PyPI) and verifies each signed answer with the SDK's own `verify_runtime_result`.
Offline envelopes are opened from the `OfflineEnvelope` description in openapi.yaml alone, with the
`cryptography` package, and their inner payload verified the same way.

    python official_sdk.py BASE_URL LICENSE_KEY PRODUCT_CODE ACCOUNT_ID > answers.json

Fetches only the vendor account's keys (`account_id`), names the product in every request (`product_code`) and
refuses any signed payload whose `product_code` or `account_id` is not the expected one, as an application should.
Prints {"public_keys": [...], "answers": [{"operation": ..., "result": {data, signature}}]} for the Node
verifier; exits non-zero, naming the operation, on the first answer that does not verify.
"""
import base64
import json
import sys

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from licensekit import PublicKeyStore, RuntimeClient, SystemClient, verify_runtime_result
from licensekit.verification import verify_runtime_payload


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def open_envelope(envelope, license_key):
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=base64.b64decode(envelope["salt"], validate=True),
        info=b"locksmith offline license v1",
    ).derive(license_key.encode("utf-8"))
    plaintext = AESGCM(key).decrypt(
        base64.b64decode(envelope["nonce"], validate=True),
        base64.b64decode(envelope["ciphertext"], validate=True),
        envelope["kid"].encode("ascii"),
    )
    return json.loads(plaintext)


def main():
    base_url, license_key, product, account = sys.argv[1:5]
    keys = SystemClient(base_url=base_url).list_public_keys({"query": {"account_id": account}})["data"]
    if not keys:
        fail(f"listPublicKeys: no keys for account {account}")
    store = PublicKeyStore(keys)
    runtime = RuntimeClient(base_url=base_url, license_key=license_key)
    answers = []

    def check_identity(operation, data):
        if data.get("product_code") != product or data.get("account_id") != account:
            fail(f"{operation}: the signed data is for product {data.get('product_code')} of account {data.get('account_id')}")

    def check(operation, result, nonce=None):
        if not verify_runtime_result(result, store).ok:
            fail(f"{operation}: the official SDK rejected the signature")
        if nonce is not None and result["data"].get("nonce") != nonce:
            fail(f"{operation}: the nonce was not echoed in the signed data")
        check_identity(operation, result["data"])
        answers.append({"operation": operation, "result": {"data": result["data"], "signature": result["signature"]}})
        return result["data"]

    machine = {"fingerprint": "sdk-fp-1", "hostname": "sdk-host", "os": "linux", "app_version": "1.0.0", "product_code": product}
    check("activateLicense", runtime.activate_license(body={**machine, "nonce": "py-activate"}, idempotency_key="py-a1"), "py-activate")
    check("validateLicense", runtime.validate_license(body={**machine, "nonce": "py-validate"}), "py-validate")
    check("checkLicense", runtime.check_license(body=machine))
    consumed = check("consumeLicense", runtime.consume_license(
        body={"fingerprint": "sdk-fp-1", "feature_code": "export", "amount": 2, "event_id": "py-e1", "nonce": "py-consume",
              "product_code": product},
        idempotency_key="py-c1"), "py-consume")
    if consumed["features"][0]["consumed"] != 2:
        fail("consumeLicense: the signed answer does not count the consumption")
    lease = check("checkoutFloatingLicense", runtime.checkout_floating_license(
        body={"fingerprint": "sdk-fp-2", "nonce": "py-checkout", "product_code": product}, idempotency_key="py-f1"), "py-checkout")
    check("heartbeatFloatingLicense", runtime.heartbeat_floating_license(
        body={"lease_token": lease["lease_token"], "nonce": "py-heartbeat"}), "py-heartbeat")
    check("checkinFloatingLicense", runtime.checkin_floating_license(
        body={"lease_token": lease["lease_token"]}, idempotency_key="py-f2"))

    envelope = runtime.issue_offline_license(body={**machine, "nonce": "py-offline"})["data"]
    inner = open_envelope(envelope, license_key)
    if not verify_runtime_payload(inner["data"], inner["signature"], store).ok:
        fail("issueOfflineLicense: the official SDK rejected the sealed payload's signature")
    if inner["data"]["nonce"] != "py-offline" or inner["signature"]["kid"] != envelope["kid"]:
        fail("issueOfflineLicense: the sealed payload does not match the request")
    check_identity("issueOfflineLicense", inner["data"])
    if not inner["data"]["offline_valid_from"] < inner["data"]["offline_valid_until"]:
        fail("issueOfflineLicense: the validity window is empty")
    answers.append({"operation": "issueOfflineLicense", "result": inner})
    try:
        open_envelope(envelope, license_key + "x")
        fail("issueOfflineLicense: the envelope opened with the wrong license key")
    except Exception as error:  # cryptography raises InvalidTag
        if type(error).__name__ != "InvalidTag":
            raise

    check("deactivateLicense", runtime.deactivate_license(body={**machine, "nonce": "py-deactivate"}, idempotency_key="py-d1"), "py-deactivate")
    json.dump({"public_keys": keys, "answers": answers}, sys.stdout)


main()
