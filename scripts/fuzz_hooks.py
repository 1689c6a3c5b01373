"""schemathesis hooks of scripts/fuzz.sh (it names this file in SCHEMATHESIS_HOOKS). Like scripts/fuzz.toml, every
departure from running the contract as written is here with its reason."""

import uuid

import schemathesis

IDEMPOTENCY_KEY_CHARACTERS = {chr(code) for code in range(0x21, 0x7F)}
CONTRACT_DOCUMENTS = {"getContractYAML", "getContractJSON"}


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


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """The contract documents (getContractYAML, getContractJSON) are the spec itself, declared `type: string, format:
    binary`; schemathesis parses them (as YAML, as JSON) and checks the parsed document against that string schema.
    Only that check is dropped for them: in schemathesis 4.32.5 a per-operation `enabled = false` in fuzz.toml does
    not turn a check off."""
    operation = case.operation.definition.raw.get("operationId")
    return not (failure.code == "ST108" and operation in CONTRACT_DOCUMENTS)
