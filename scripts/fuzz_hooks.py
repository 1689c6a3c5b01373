"""schemathesis hooks of scripts/fuzz.sh (it names this file in SCHEMATHESIS_HOOKS). Like scripts/fuzz.toml, every
departure from running the contract as written is here with its reason."""

import uuid

import schemathesis

IDEMPOTENCY_KEY_CHARACTERS = {chr(code) for code in range(0x21, 0x7F)}


@schemathesis.hook
def before_call(context, case, kwargs):
    """A client sends a fresh Idempotency-Key with every new request (the contract's rule: the same key with another
    body is 409 IDEMPOTENCY_KEY_REUSED). The generated keys repeat from case to case, so most requests of the
    operations that take one would stop at that 409. A well-formed generated key is replaced by a fresh one; a
    malformed one (the negative cases) is sent as generated."""
    headers = case.headers or {}
    key = headers.get("Idempotency-Key")
    if isinstance(key, str) and 1 <= len(key) <= 255 and set(key) <= IDEMPOTENCY_KEY_CHARACTERS:
        headers["Idempotency-Key"] = f"fuzz-{uuid.uuid4()}"
