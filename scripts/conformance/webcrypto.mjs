// Verifies Locksmith's signed runtime answers the way the official TypeScript SDK does: JSON.stringify of the
// parsed `data`, checked with WebCrypto Ed25519 against the published public keys.
//
//   node webcrypto.mjs BASE_URL LICENSE_KEY < answers.json
//
// Verifies every answer the Python conformance run recorded, then asks the live server itself for fresh
// validate and check answers (with a nonce) and verifies those. Prints "verified N" or exits non-zero.
import { readFileSync } from "node:fs";

const [baseURL, licenseKey] = process.argv.slice(2);
const recorded = JSON.parse(readFileSync(0, "utf8"));
const keysBody = await (await fetch(`${baseURL}/api/v1/system/public-keys`)).json();
const keys = new Map();
for (const record of keysBody.data) {
  if (record.algorithm !== "Ed25519") throw new TypeError(`key ${record.kid} has algorithm ${record.algorithm}`);
  const raw = Uint8Array.from(atob(record.public_key), (c) => c.charCodeAt(0));
  keys.set(record.kid, await crypto.subtle.importKey("raw", raw, "Ed25519", false, ["verify"]));
}

async function verify(operation, result) {
  const { data, signature } = result;
  const key = keys.get(signature.kid);
  if (!key || signature.alg !== "Ed25519") throw new TypeError(`${operation}: unknown kid or algorithm`);
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const value = Uint8Array.from(atob(signature.value), (c) => c.charCodeAt(0));
  if (!(await crypto.subtle.verify("Ed25519", key, value, bytes))) {
    console.error(`${operation}: signature does not verify over JSON.stringify(data)`);
    process.exit(1);
  }
}

let count = 0;
for (const answer of recorded.answers) {
  await verify(answer.operation, answer.result);
  count += 1;
}
for (const operation of ["validate", "check"]) {
  const response = await fetch(`${baseURL}/api/v1/license/${operation}`, {
    method: "POST",
    headers: { Authorization: `License ${licenseKey}`, "Content-Type": "application/json" },
    body: JSON.stringify({ fingerprint: "sdk-fp-node", nonce: `node-${operation}` }),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`${operation}: ${response.status} ${JSON.stringify(body)}`);
  if (body.data.nonce !== `node-${operation}`) throw new Error(`${operation}: nonce not echoed`);
  await verify(operation, body);
  count += 1;
}
console.log(`verified ${count}`);
