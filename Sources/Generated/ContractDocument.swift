// Generated from openapi.yaml — do not edit.

/// The contract this module was generated from; the server serves it at `GET /openapi.yaml` and
/// `GET /openapi.json`, so a client or an agent can read the operations and their `x-required-scopes`.
public enum ContractDocument {
    /// The contract as written, comments included.
    public static let yaml: String = #"""
openapi: 3.1.0

info:
  title: Locksmith API
  version: 1.0.0
  description: |-
    Locksmith is a self-hostable licensing server. It holds the catalog (products, policies, features,
    versions), customers, commerce records, licenses and their devices; answers the runtime calls that
    licensed applications make; and keeps the audit chain and activity ledger that reporting reads. Its
    wire
    contract is compatible with the LicenseKit API.

    Three authentication surfaces, never mixed:

    - **Management**: `Authorization: Bearer lkm_…`. Each operation lists in `x-required-scopes` the
      scope a
      token needs; `admin` satisfies every operation. Success bodies are `{data, meta}`.
    - **Runtime**: `Authorization: License lsk_…` (the license key). Success bodies are
      `{data, signature, meta}`, where `signature` is an Ed25519 signature over the exact bytes of
    `data`.
    - **System**: no credentials.

    Errors are `{error: {code, message, detail?}, meta}`. `code` is one of `ErrorCode`; each operation
    lists
    the codes it can return in `x-error-codes`, and `ErrorCode.x-any-operation` lists the
    transport-level
    codes any operation may return.

    **Limits.** Unless the operator turned them off, every operation is rate limited, each limit on its own: per
    client address before authentication (`anonymous` on system and contract routes, `runtime-address` on runtime
    routes; an IPv6 client counts by its /64), per address for credential look-ups that find nothing
    (`failed-keys`: an address that spent them is refused before its next look-up), per credential (`runtime-key`,
    `management-key`) and per vendor account (`account-runtime`, `account-management`, the vendor's plan). A refusal
    is 429 `RATE_LIMITED` with `Retry-After` (seconds) and `detail` naming the policy that refused; nothing was done.
    Every answer of an operation carries `RateLimit-Policy` and `RateLimit` as draft-ietf-httpapi-ratelimit-headers
    defines them (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/), naming the policies the
    request met (`components/headers`). With several instances on one PostgreSQL database the limits hold for the
    deployment, not per instance. `getAccountLimits` tells an account's administrators which figures apply to it.

    Lists are paged with `limit` (1–200, default 50) and an opaque `cursor` taken from
    `page_info.next_cursor`; `null` marks the last page. Operations with an `Idempotency-Key` header can
    be
    retried safely. Timestamps are RFC 3339 in UTC. Request bodies reject unknown fields; responses may
    gain new fields over time.

    **Rules across fields.** Where a rule relates several fields of a request body, the schema states it with
    JSON Schema's own keywords: `oneOf` or `anyOf` of `required` lists (exactly one, or at least one, of some
    fields), `not` with `required` (fields that exclude each other), `dependentRequired` (a field that needs
    another) and `minProperties`. A request that breaks one is 422 `VALIDATION_FAILED` naming a field it
    involves. Rules JSON Schema cannot state (a date after another or after now, a value checked against
    stored records) are written in the operation's description.

    **Extension keywords.** `x-locksmith-extension: true` marks what LicenseKit's contract does not have.
    `x-locksmith-credential-field` names the request body member that carries the license key of a runtime
    operation that takes no `Authorization` header (`validateLicenseKey`). `x-locksmith-raw: true` on a
    response's media type means the server writes the bytes of a document as
    they are (the contract itself, a JSON export), and the schema describes what a client parses from them.
    `x-locksmith-bare: true` on a response's media type means the schema is the whole JSON body, with no envelope:
    documents whose shape a standard fixes (a JWK Set, an RFC 7662 introspection answer). A request body that
    lists `application/x-www-form-urlencoded` beside `application/json` may be sent as a form (as RFC 7662 and
    RFC 7009 clients send theirs); its fields are strings, read as the JSON object of the form's fields, and a
    field sent twice is 400 `INVALID_JSON`.
servers:
  - url: http://127.0.0.1:8080
    description: A local `locksmith serve` with default settings.
security: [{bearerAuth: []}]

tags:
  - name: APIKeys
    description: Management tokens and their scopes.
  - name: Catalog
    description: Products, policies, features, versions and custom field definitions.
  - name: Customers
    description: Customers and their custom field values.
  - name: Commerce
    description: Order and subscription records mirrored from external commerce systems.
  - name: Licenses
    description: License issuance, lifecycle, feature entitlements, metered usage and custom field values.
  - name: Devices
    description: Devices bound to licenses.
  - name: Runtime
    description: |-
      Calls made by licensed applications with `Authorization: License lsk_…`. Successful answers are
      `{data, signature, meta}`: `signature.value` is the standard base64 of an Ed25519 signature (`alg`
      `Ed25519`) over the exact bytes of `data` in the body, made with the key `signature.kid` names in
      `listPublicKeys`. Verify it before acting on `data`. Signed `data` is compact JSON with sorted keys,
      integers only, and strings of printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick, so that a
      client that parses `data` and serialises it again (Python's `json.dumps(data, separators=(",", ":"))`,
      JavaScript's `JSON.stringify`) reproduces the signed bytes exactly. Client strings that reach signed
      data are checked for that at input (422 naming the field), and an `app_version`'s build metadata (`+…`)
      is left out of signed data (semantic versioning ignores it when comparing versions).

      Every runtime request body may carry a `nonce` (1–64 such characters): it is echoed inside the signed
      `data`, so an application that sends a fresh nonce knows a recorded answer cannot be replayed at it.

      Signed `data` names what it licenses: `account_id` (the vendor), `product_id` and `product_code`. Each
      vendor account signs with keys of its own (`listPublicKeys` with `account_id`); accounts that existed
      before per-account keys keep signing with the server's key until an operator gives them their own
      (`locksmith keys rotate --account ID`). An application checks the signature with its vendor's keys and
      refuses an answer whose `product_code` or `account_id` is not its own, so a license key bought for another
      product, or from another vendor on the same server, does not unlock it. A request may also name its
      product (`product_code`); the server then refuses a license of another product itself.

      A device takes one of two kinds of seat (`Device.seat`). Activation binds a **node-locked** device: it
      takes one of the policy's `max_activations` slots and counts in `active_device_count` until it is
      deactivated, reset or blacklisted. A checkout binds a **floating** device: it takes no activation slot,
      may be validated, checked, consumed against and issued offline licenses only while it holds a live lease
      (an offline license for it ends when the lease does), and is deactivated by its check-in. Activating a
      floating device turns it into a node-locked one, under the ordinary activation rules.

      Each call is decided in this order; the first rule that refuses answers:

      | step | rule | refusal |
      |---|---|---|
      | 1 | the license key is known | 401 `UNAUTHORIZED` |
      | 2 | the vendor account is enabled | 403 `ACCOUNT_DISABLED` |
      | 3 | the license is for the product the request names (`product_code`, when sent) | 403 `PRODUCT_MISMATCH` |
      | 4 | the license is not revoked, not suspended, not past its grace period, and has started | 403 `LICENSE_REVOKED`, `LICENSE_SUSPENDED`, `LICENSE_EXPIRED`, `LICENSE_NOT_STARTED` |
      | 5 | the policy allows the platform: a virtual machine (`allow_vm`), a container (`allow_container`) | 403 `PLATFORM_NOT_ALLOWED` |
      | 6 | the device is not blacklisted; it is activated (validate, check, consume, offline); a floating device holds a live lease (the same four); a device that becomes active (activation, checkout) stays within `max_container_instances`, activating it within `max_activations`, and a device that takes a seat within the policy's `max_activations_per_day` new seats of the license this UTC day; a checkout needs a policy that offers floating seats | 403 `DEVICE_BLACKLISTED`; 404 `NOT_ACTIVATED`; 404 `LEASE_EXPIRED`; 409 `DEVICE_LIMIT_REACHED` (`detail: max_container_instances` or `max_activations`); 422 `VALIDATION_FAILED` (`detail: max_floating_users`); 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight) |
      | 7 | the version is covered (activate, validate, check, consume, offline, checkout): once the product has a version catalog, `app_version` must be sent, be in it, and be released by the end of the license's window (the maintenance date for perpetual licenses, the expiry for the others); heartbeat, check-in and deactivation are never refused for it | 403 `VERSION_NOT_ENTITLED` (`detail: app_version`) |
      | 8 | the feature is assigned, enabled and not expired, the quota covers the amount, and no counter would pass 2^53 − 1 (consume) | 403 `FEATURE_NOT_ENTITLED`; 409 `QUOTA_EXCEEDED`; 422 `VALIDATION_FAILED` (`detail: amount`) |

      A request body that is malformed or fails validation is refused (400 or 422) after step 1 and before step 2.
      A license in its grace period is still honoured (`data.status` is `grace_period`). While the product's
      version catalog is empty, versions are not checked, and a call without `app_version` gets `data` without
      `version_eligibility`. Once the catalog has an entry, a call of step 7 that sends no `app_version` is
      refused like one with an unknown version.

      Every decision, allowed or refused, appends a row to the activity ledger (`source: runtime`, the
      operation as `action`, its result class and reason code). Changes (activate, consume, deactivate,
      checkout, checkin, offline issue) append it in the same transaction as the change. Validate, check and
      heartbeat rows are written by a batched writer within 250 ms: a server that is killed outright can lose
      up to that much of their history, never a change. A device's `last_seen_at` is written at most once a
      minute.

      A change to a license, its devices, features, policy or account (a revocation, suspension, reset,
      blacklisting, a consumption) holds from the next runtime call. A deployment of several instances on
      PostgreSQL may set a runtime cache staleness (`--runtime-cache-staleness`): then the instance that made
      the change still holds it from the next call, and the others within that staleness.
  - name: Events
    description: The raw, hash-chained audit event feed.
  - name: Webhooks
    description: |-
      Endpoints that receive signed event deliveries, as Standard Webhooks describes them.

      **Payload.** A `POST` with `Content-Type: application/json` whose body is compact JSON
      `{"data": …, "timestamp": …, "type": …}`: `type` is the `WebhookEventType`, `timestamp` when the change
      happened, and `data` the resource as the API returns it (the payload schemas are under the root
      `webhooks`). The body is fixed when the event is queued, in the same transaction as the change, so every
      attempt sends the same bytes, and no event is sent for a change that was rolled back.

      **Headers.** `webhook-id` identifies the delivery (one per event and endpoint) and stays the same across
      retries: receivers use it to drop duplicates, since delivery is at least once. `webhook-timestamp` is the
      attempt's time in Unix seconds. `webhook-signature` is a space-separated list of `v1,<signature>`
      entries, each the standard base64 of HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>`; during
      the 24 hours after a secret changes, a second entry is made with the previous secret. Receivers accept
      the delivery when any entry matches (compare in constant time) and the timestamp is within a few minutes
      of their clock.

      **Secrets.** A generated secret is `whsec_` + the standard base64 of 32 random bytes, and its HMAC key is
      those 32 bytes, which is how Standard Webhooks libraries read a `whsec_` secret. A custom secret that is
      not of that form keys the HMAC with its own bytes. Secrets are sealed at rest with the master key.

      **Answers and retries.** Any 2xx within 10 seconds is success; redirects are not followed. 410 Gone
      disables the endpoint (`disabled_reason: gone`). Anything else (another status, a time-out, a refused
      connection) is retried with growing gaps (about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, then every
      6 h, each with some jitter) until 24 hours after the first attempt; a `Retry-After` on 429 or 503 may
      lengthen a gap. A delivery still failing then is given up, and the endpoint is disabled
      (`disabled_reason: failing`, with an audit event) unless another delivery to it succeeded meanwhile.
      `getWebhookHealth` reports outcomes per endpoint.
  - name: Activities
    description: The append-only activity ledger of licensing actions, management and runtime.
  - name: Reports
    description: Usage reports and frozen exports built on the activity ledger.
  - name: Ops
    description: Operator roll-ups of runtime traffic, errors and webhook delivery.
  - name: System
    description: Unauthenticated health, readiness, metrics and public keys.

paths:
  /api/v1/api-keys:
    get:
      operationId: listAPIKeys
      tags: [APIKeys]
      summary: List management API keys
      description: >-
        Returns the management API keys, oldest first (in creation order). Tokens are never shown again; `key_prefix` identifies
        them.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: &rateLimitHeaders {RateLimit-Policy: {$ref: '#/components/headers/RateLimit-Policy'}, RateLimit: {$ref: '#/components/headers/RateLimit'}}
          description: A page of API keys.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/APIKey'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createAPIKey
      tags: [APIKeys]
      summary: Create a management API key
      description: >-
        Creates a scoped management token. The full `lkm_…` token is returned in this response only; the
        server stores a keyed hash. Grant the narrowest scopes the job needs.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/APIKeyCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new key and its token.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/APIKeyCreateResponse'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/api-keys/{id}:
    get:
      operationId: getAPIKey
      tags: [APIKeys]
      summary: Get a management API key
      description: >-
        Returns one management API key of the caller's account; `is_active` is false once it has been revoked.
        The token is never shown again. A key of another account is 404, like one that does not exist.
      x-locksmith-extension: true
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The API key.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/APIKey'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    delete:
      operationId: revokeAPIKey
      tags: [APIKeys]
      summary: Revoke a management API key
      description: >-
        Revokes a management API key for good: from the next request on, on every server instance, the key is
        refused with 401 `UNAUTHORIZED` (authentication reads the key on every request; nothing caches it).
        A revoked key stays listed with `is_active: false` and cannot be made active again; create a new key
        instead. Revoking is idempotent: revoking a revoked key answers 204 again and records nothing more.
        The first revocation records `api_key.revoked` in the account's audit chain. A key may revoke itself;
        the request that does so still succeeds. An unknown id, or a key of another account, is 404.
      x-locksmith-extension: true
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The key is revoked (now, or already before).
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products:
    get:
      operationId: listProducts
      tags: [Catalog]
      summary: List products
      description: Returns products, oldest first (in creation order).
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of products.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Product'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createProduct
      tags: [Catalog]
      summary: Create a product
      description: Creates a product. A `code` already used by another product is rejected with 409.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ProductCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new product.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Product'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}:
    get:
      operationId: getProduct
      tags: [Catalog]
      summary: Get a product
      description: Returns one product.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The product.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Product'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updateProduct
      tags: [Catalog]
      summary: Update a product
      description: Changes the fields present in the body and leaves the others as they are.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ProductUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated product.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Product'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    delete:
      operationId: deleteProduct
      tags: [Catalog]
      summary: Delete a product
      description: >-
        Deletes a product along with its policies, features, versions and custom-field definitions. A product
        that still has licenses, orders, subscriptions or stored custom-field values is kept and the request
        fails with 409 naming what refers to it.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The product was deleted.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/policies:
    get:
      operationId: listPoliciesByProduct
      tags: [Catalog]
      summary: List a product's policies
      description: Returns the policies of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of policies.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Policy'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createPolicy
      tags: [Catalog]
      summary: Create a policy
      description: >-
        Creates a licensing policy for the product. Fields left out take the defaults documented on
        `PolicyCreateRequest`. `code` must be unique within the product.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/PolicyCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new policy.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Policy'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/policies/{id}:
    get:
      operationId: getPolicy
      tags: [Catalog]
      summary: Get a policy
      description: Returns one policy.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The policy.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Policy'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updatePolicy
      tags: [Catalog]
      summary: Update a policy
      description: >-
        Changes the fields present in the body. Licenses under the policy pick up new rules on their next
        runtime call.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/PolicyUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated policy.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Policy'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    delete:
      operationId: deletePolicy
      tags: [Catalog]
      summary: Delete a policy
      description: >-
        Deletes a policy no license uses; a policy still in use is kept and the request fails with 409.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The policy was deleted.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/features:
    get:
      operationId: listFeaturesByProduct
      tags: [Catalog]
      summary: List a product's features
      description: Returns the features of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of features.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Feature'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createFeature
      tags: [Catalog]
      summary: Create a feature
      description: >-
        Creates a feature of the product. Its `code` is what entitlements and metered consumption refer to and
        must be unique within the product.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/FeatureCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new feature.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Feature'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/features/{id}:
    get:
      operationId: getFeature
      tags: [Catalog]
      summary: Get a feature
      description: Returns one feature.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The feature.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Feature'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/versions:
    get:
      operationId: listProductVersions
      tags: [Catalog]
      summary: List a product's versions
      description: Returns the version catalog of a product, newest release first. A product that does not exist, or was deleted, is 404.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of versions.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/ProductVersion'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createProductVersion
      tags: [Catalog]
      summary: Add a product version
      description: >-
        Adds a release to the product's version catalog. While the catalog is empty, runtime calls are not
        version-checked; once it has an entry, an unknown or missing `app_version` is refused with VERSION_NOT_ENTITLED.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ProductVersionCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new version.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/ProductVersion'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/custom-fields:
    get:
      operationId: listProductCustomFieldDefinitions
      tags: [Catalog]
      summary: List a product's custom field definitions
      description: Returns the custom field definitions of a product. A product that does not exist, or was deleted, is 404.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of definitions.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/CustomFieldDefinition'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createProductCustomFieldDefinition
      tags: [Catalog]
      summary: Define a custom field
      description: >-
        Defines a typed custom field for the product's licenses or customers. `code` is unique per product and
        resource type; the value type cannot change later.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/CustomFieldDefinitionCreateRequest'}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new definition.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/CustomFieldDefinition'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/custom-fields/{field_id}:
    get:
      operationId: getProductCustomFieldDefinition
      tags: [Catalog]
      summary: Get a custom field definition
      description: Returns one custom field definition of the product.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/FieldID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The definition.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/CustomFieldDefinition'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updateProductCustomFieldDefinition
      tags: [Catalog]
      summary: Update a custom field definition
      description: >-
        Changes the fields present in the body. Making a field required while records of its resource type
        lack a value (for customer fields: any customer), or dropping an enum option still in use, fails with
        409. `value_type` and `resource_type` cannot be changed.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/FieldID'
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/CustomFieldDefinitionUpdateRequest'}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated definition.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/CustomFieldDefinition'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    delete:
      operationId: deleteProductCustomFieldDefinition
      tags: [Catalog]
      summary: Delete a custom field definition
      description: >-
        Deletes a definition that has no stored values; clear the values first, otherwise the request fails
        with 409.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/FieldID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The definition was deleted.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/customers:
    get:
      operationId: listCustomers
      tags: [Customers]
      summary: List customers
      description: Returns customers, oldest first (in creation order).
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of customers.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Customer'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createCustomer
      tags: [Customers]
      summary: Create a customer
      description: Creates a customer. A `code` already used by another customer is rejected with 409.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/CustomerCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new customer.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Customer'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/customers/{id}:
    get:
      operationId: getCustomer
      tags: [Customers]
      summary: Get a customer
      description: Returns one customer.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The customer.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Customer'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updateCustomer
      tags: [Customers]
      summary: Update a customer
      description: Changes the fields present in the body; `null` clears `email`.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/CustomerUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated customer.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Customer'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    delete:
      operationId: deleteCustomer
      tags: [Customers]
      summary: Delete a customer
      description: >-
        Deletes a customer that no license, order or subscription refers to; otherwise the request fails with
        409.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The customer was deleted.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/customers/{id}/custom-fields:
    get:
      operationId: listCustomerCustomFieldValues
      tags: [Customers]
      summary: List a customer's custom field values
      description: >-
        Returns the custom field values stored on a customer, ordered by field definition id; fields without a
        stored value are not listed.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of values.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/CustomFieldValue'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/customers/{id}/custom-fields/{field_id}:
    put:
      operationId: upsertCustomerCustomFieldValue
      tags: [Customers]
      summary: Set or clear a customer's custom field value
      description: >-
        Writes the customer's value for a customer custom field, replacing any previous value, and returns it
        with 200. Send exactly the one `*_value` field matching the field's `value_type`, or `clear: true` alone.
        With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409;
        a value of the wrong type, outside `enum_options`, or a field defined for licenses fails with 422.
      x-required-scopes: [admin]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/FieldID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/CustomFieldValueUpsertRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The stored value.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/CustomFieldValue'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '204':
          headers: *rateLimitHeaders
          description: 'The value was cleared (`clear: true`); no body.'
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/orders:
    get:
      operationId: listProductOrders
      tags: [Commerce]
      summary: List a product's orders
      description: Returns the order records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of orders.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Order'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createOrder
      tags: [Commerce]
      summary: Record an order
      description: >-
        Records an order from an external commerce system so licenses and reports can refer to it.
        (`external_system`, `external_id`) must be unique within the product.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/OrderCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new order record.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Order'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/orders/{id}:
    get:
      operationId: getOrder
      tags: [Commerce]
      summary: Get an order
      description: Returns one order record.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The order.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Order'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updateOrder
      tags: [Commerce]
      summary: Update an order
      description: >-
        Changes the fields present in the body; `null` clears an optional link or period. Licenses keep the
        attribution they were issued with, and past activity rows are not rewritten.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/OrderUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated order.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Order'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/products/{id}/subscriptions:
    get:
      operationId: listProductSubscriptions
      tags: [Commerce]
      summary: List a product's subscriptions
      description: Returns the subscription records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of subscriptions.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Subscription'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createSubscription
      tags: [Commerce]
      summary: Record a subscription
      description: >-
        Records a subscription from an external commerce system. (`external_system`, `external_id`) must be
        unique within the product.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/SubscriptionCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new subscription record.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Subscription'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/subscriptions/{id}:
    get:
      operationId: getSubscription
      tags: [Commerce]
      summary: Get a subscription
      description: Returns one subscription record.
      x-required-scopes: [product:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The subscription.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Subscription'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updateSubscription
      tags: [Commerce]
      summary: Update a subscription
      description: >-
        Changes the fields present in the body; `null` clears `customer_id` or `canceled_at`. Past activity
        rows keep their attribution.

        Subscription licenses follow their subscription (extension behaviour): in the same transaction, every
        license linked to it whose policy issues `subscription` licenses, and that is not revoked, ends at the
        subscription's `current_period_end`, with its policy's grace period after that only while the
        subscription is expected to go on:

        | `status` | `cancel_at_period_end` false | `cancel_at_period_end` true |
        |---|---|---|
        | `trialing` | ends at the period end, then grace | ends at the period end, no grace |
        | `active` | ends at the period end, then grace | ends at the period end, no grace |
        | `past_due` | ends at the period end, then grace | ends at the period end, no grace |
        | `paused` | ends at the period end, no grace | ends at the period end, no grace |
        | `canceled` | ends at the period end, no grace | ends at the period end, no grace |

        So a renewal (a later `current_period_end`) renews the licenses, a cancellation or a pause lets them run
        out with the period already paid for, and a failed payment (`past_due`) keeps them working through the
        grace period. A license whose end moves later is announced as `license.renewed` and recorded in the
        ledger as `license.renew` with `source: subscription`; any other change of its dates is
        `license.updated`. Each raises the license's `entitlement_version`; a license whose dates already
        match is not touched. Licenses of other types linked to the subscription keep their own dates.
      x-required-scopes: [product:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/SubscriptionUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated subscription.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Subscription'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses:
    get:
      operationId: listLicenses
      tags: [Licenses]
      summary: List licenses
      description: >-
        Returns licenses, oldest first (in creation order), optionally filtered. Filters combine with AND.
        `status` filters by the status `getLicense` would report at this moment, computed from the stored
        status and the dates (see `LicenseStatus`), so the two always agree. `expires_before` and
        `expires_after` compare with `expires_at`; licenses without an expiry match neither.
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
        - $ref: '#/components/parameters/ProductIDFilter'
        - name: policy_id
          in: query
          required: false
          description: Only licenses under this policy.
          schema: {type: string}
        - $ref: '#/components/parameters/CustomerIDFilter'
        - name: status
          in: query
          required: false
          description: Only licenses in this status.
          schema: {$ref: '#/components/schemas/LicenseStatus'}
        - $ref: '#/components/parameters/OrderIDFilter'
        - $ref: '#/components/parameters/SubscriptionIDFilter'
        - name: expires_before
          in: query
          required: false
          description: Only licenses expiring before this time.
          schema: {type: string, format: date-time}
        - name: expires_after
          in: query
          required: false
          description: Only licenses expiring at or after this time.
          schema: {type: string, format: date-time}
        - name: customer_email
          in: query
          required: false
          x-locksmith-extension: true
          description: >-
            Only licenses issued to this e-mail address (`customer_email`), compared without regard to letter
            case. Served by an index.
          schema: {type: string, minLength: 3, maxLength: 254}
        - name: license_key_last4
          in: query
          required: false
          x-locksmith-extension: true
          description: >-
            Only licenses whose key ends with these four characters, for a customer who can read out only the end
            of a key (`lookupLicense` takes the whole key). Served by an index.
          schema: {type: string, minLength: 4, maxLength: 4, pattern: '^[A-Za-z0-9_-]{4}$'}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of licenses.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/License'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createLicense
      tags: [Licenses]
      summary: Issue a license
      description: >-
        Issues a license under a policy of the product. The full `lsk_…` license key (256 random bits) is
        returned in this response only; the server keeps a keyed hash, and `license_key_prefix` and
        `license_key_last4` identify the key afterwards.

        An unknown `product_id` or `policy_id` is 404 naming the field; a policy of another product is 422.
        `customer_id`, `order_id` and `subscription_id` must exist (422 naming the field), and the order and
        subscription must belong to the product (422). An order that belongs to a subscription links that
        subscription too when `subscription_id` is absent, and must agree with it when present.

        Dates follow the policy's `license_type`: a `perpetual` license never expires (`expires_at` is
        refused) and alone takes `maintenance_expires_at`; `time_limited` and `trial` licenses need
        `expires_at`; a `subscription` license takes `expires_at` or, when absent, the linked subscription's
        `current_period_end`; a `consumption` license may expire or not. `expires_at` must be after
        `starts_at` (or after now). Times are stored to the millisecond. The license starts `active` with
        `entitlement_version` 1. A record it links to that is deleted while the license is being written
        makes the request fail with 409.

        The license may carry its own limits (`max_activations`, `max_floating_users`,
        `max_container_instances`, `max_transfers`, extensions) in place of its policy's; `max_floating_users`
        only when the policy offers floating checkout and `max_container_instances` only when it allows
        containers (422 naming the field). `features` (extension) assigns features of the product in the same
        transaction: a feature named twice, by neither or both of `feature_id` and `feature_code`, or of another
        product is 422 naming the item (`features[2].feature_code`), and an unknown one is 404 naming it;
        nothing is issued then. Each assignment is recorded as `license.feature_assigned` after
        `license.created`.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new license and its key.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseCreateResponse'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/files:
    post:
      operationId: issueLicenseFile
      tags: [Licenses]
      summary: Issue a signed license file
      description: >-
        Issues a license file: a snapshot of the license, signed with the account's runtime key, that an
        application verifies with the public key it already pins, with no network (an air-gapped or field
        installation). The file is valid for `ttl_days` (default 30, at most 3650) and never past the end of
        the license's own validity (its grace period included); its layout is Keygen's license file certificate
        (see `LicenseFile`), so a verifier written for one reads the other's envelope. With `license_key` (the
        full key, checked against its stored hash: 422 naming it when it is not this license's) the payload is
        encrypted for that key; without it the file is signed only, since the server keeps no license key it
        could encrypt with. Only an active license, or one in its grace period, gets a file (409 with its
        status's code otherwise).

        With `fingerprint` the file is a machine file, bound to that machine and encrypted (with the key) for
        the key and the fingerprint together. A machine not active on the license is activated first, exactly
        as `activateLicense` would (the same seat, container, blacklist, version and daily limits, and the same
        refusals: 409 `DEVICE_LIMIT_REACHED`, 403 `DEVICE_BLACKLISTED`, …), recorded as `device.activated` and
        in the ledger as `license.activate`: an air-gapped activation, made from any networked machine. Recorded
        in the audit chain as `license.file_issued` and in the activity ledger as `license.file.issue`, never
        with the key.

        A request whose `Accept` prefers `application/x-pem-file` to `application/json` (higher `q`, or listed
        first at the same `q`) gets the certificate alone, the text of the `.lic` file, with `Content-Disposition:
        attachment; filename="<license_key_prefix>.lic"` (`curl -OJ` saves it under that name); the file is issued
        and recorded the same way. Any other `Accept`, or none, gets the JSON answer.
      x-locksmith-extension: true
      x-required-scopes: [license:write]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - UNAUTHORIZED
        - TOKEN_SCOPE_DENIED
        - NOT_FOUND
        - CONFLICT
        - LICENSE_REVOKED
        - LICENSE_EXPIRED
        - LICENSE_SUSPENDED
        - DEVICE_LIMIT_REACHED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseFileRequest'}}}
      responses:
        '201':
          headers:
            RateLimit-Policy: {$ref: '#/components/headers/RateLimit-Policy'}
            RateLimit: {$ref: '#/components/headers/RateLimit'}
            Content-Disposition:
              description: 'With the `application/x-pem-file` answer: `attachment; filename="<license_key_prefix>.lic"`.'
              schema: {type: string}
          description: The license file, as JSON, or as the `.lic` file's text.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseFile'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
            application/x-pem-file:
              schema: {type: string, format: binary, description: 'The armored certificate (`LicenseFile.certificate`).'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/files/verify:
    post:
      operationId: verifyLicenseFile
      tags: [Licenses]
      summary: Verify a license file
      description: >-
        Verifies a license file as an application would, with the account's published keys (active and
        retired), and adds what only the server knows: whether the license was revoked since the file was
        issued. `valid` is true when `errors` is empty. `content` is the decoded payload whenever the signature
        verifies and the payload could be read (decrypted with `license_key` for an encrypted file), so a
        support desk can see what an expired file said. A file signed for another account does not verify
        (`unknown_key`), and nothing about that account is told. A certificate that is not a license file is
        `malformed`, not an error of the request.
      x-locksmith-extension: true
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseFileVerifyRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: What the verification found.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseFileVerification'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/check-revocation:
    post:
      operationId: checkLicenseRevocation
      tags: [Licenses]
      summary: Check many licenses' status at once
      description: >-
        Answers, for up to 100 licenses named by id (`license_ids`) and by full key (`license_keys`, in the body
        only, never logged), each one's status as `getLicense` reads it now, and when it was revoked: for a
        vendor's own service that holds many licenses and wants to know which it must stop honouring, in one
        call. `results` has one entry per item, `license_ids` first and then `license_keys`, each in the order
        sent. An id or key that names no license of the caller's account (another account's included) is
        `not_found` with `license_id: null`, so the answer tells nothing about other accounts. Send at least one
        list; more than 100 items in both together is 422 naming `license_ids`, and a value that is not a
        license key is 422 naming it (`license_keys[3]`).
      x-locksmith-extension: true
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseRevocationCheckRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: One result per item, in order.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseRevocationCheck'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/introspect:
    post:
      operationId: introspectLicenseToken
      tags: [Licenses]
      summary: Introspect a license token
      description: |-
        Token introspection as RFC 7662 defines it, for the vendor's services: the body is `token=…` (and an
        optional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` the way the RFC sends
        it, or as JSON; the answer is the RFC's bare JSON object, not an envelope. `active` is true only when
        everything below holds now; the other members are the token's claims, with `status` as the license is now.

        | check | when it fails |
        |---|---|
        | the token is a JWT this server signed with a token key of the caller's account, with `token_use` `locksmith_license_v1` | `{"active": false}` and nothing else: a token of another account, a forged or damaged one, and a string that is no token look the same |
        | its `exp` is in the future and its `nbf` is not | `active: false`, `reason: token_expired` (or `token_not_yet_valid`) |
        | its `jti` was not revoked (`revokeLicenseToken`) | `reason: token_revoked` |
        | the license is not suspended, revoked or past its grace period | `reason: license_suspended`, `license_revoked`, `license_expired` |
        | the device it names (`device_id`) is still active on the license | `reason: device_inactive` |

        An inactive answer for a token of the caller's account carries its claims too, so that the caller can
        tell which license it was.
      x-locksmith-extension: true
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/TokenIntrospectionRequest'}}
          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/TokenIntrospectionRequest'}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The introspection answer (RFC 7662, section 2.2), bare.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/TokenIntrospection'}
              x-locksmith-bare: true
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/revoke-token:
    post:
      operationId: revokeLicenseToken
      tags: [Licenses]
      summary: Revoke a license token
      description: >-
        Token revocation as RFC 7009 defines it: the body is `token=…` (and an optional `token_type_hint`, which is
        ignored), as `application/x-www-form-urlencoded` or as JSON. A token of the caller's account that has not
        expired is revoked by its `jti` until its `exp`: from then on `introspectLicenseToken` answers it
        `active: false` with `reason: token_revoked`, and the revocation is recorded in the audit chain as
        `license.token_revoked` (with the `jti`, never the token). Other tokens of the same license stay valid;
        suspend or revoke the license to end them all. As the RFC says, the answer is 200 with no body also for a
        token that is already revoked, expired, malformed or another account's, so the answer tells nothing about
        the token. Verifiers that check tokens offline, with the JWK Set alone, cannot see a revocation: keep
        `ttl_seconds` short where that matters.
      x-locksmith-extension: true
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content:
          application/json: {schema: {$ref: '#/components/schemas/TokenRevocationRequest'}}
          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/TokenRevocationRequest'}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Revoked, or nothing to revoke; no body.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/validate-key:
    post:
      operationId: validateLicenseKey
      tags: [Runtime]
      summary: Validate a license whose key is in the body
      description: >-
        The same decision, ledger row and signed answer as `validateLicense`, for a license key sent in the
        body as `key` instead of in `Authorization`: for applications, proxies and tools that cannot set that
        header. No other credential is taken. The answer is signed with the key of the license's account, as
        every runtime answer is, and verifies against the keys `listPublicKeys` publishes for it. The call is
        limited like every runtime call (`runtime-address` before the key is looked up, then `runtime-key` and
        the account's runtime share), and a wrong key counts against the address's `failed-keys`. A key that
        is missing, malformed, unknown or revoked from the key table is 401 `UNAUTHORIZED` with the same
        message, which says nothing about whether a license exists.
      x-locksmith-extension: true
      x-locksmith-credential-field: key
      security: []
      x-error-codes:
        - INVALID_JSON
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - VALIDATION_FAILED
        - RATE_LIMITED
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ValidateLicenseKeyRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed entitlement.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeEntitlementEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/lookup:
    post:
      operationId: lookupLicense
      tags: [Licenses]
      summary: Find a license by its key
      description: >-
        Returns the license of the caller's account whose key is `license_key`, for a support desk handed a key
        by a customer. The key travels in the body, never in a URL, and is not logged; the server keeps only its
        keyed hash, which is what it looks up. A key of another account, or one nobody issued, is 404. A value
        that is not a license key (`lsk_` and the 43 base64url characters of 32 bytes) is 422 naming `license_key`.
      x-locksmith-extension: true
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseLookupRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}:
    get:
      operationId: getLicense
      tags: [Licenses]
      summary: Get a license
      description: Returns one license.
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

    patch:
      operationId: updateLicense
      tags: [Licenses]
      summary: Change a license
      description: >-
        Changes the licensee's name and e-mail, the metadata, the license's own limits and its policy. Status
        and dates keep their own operations.

        A limit set on the license (`max_activations`, `max_floating_users`, `max_container_instances`,
        `max_transfers`) replaces its policy's for this license alone; `null` makes it follow the policy again.
        Runtime calls use the license's effective limits from the next call on. Lowering a limit below what is
        in use releases nothing: devices and leases already held stay, and new activations, checkouts or
        transfers are refused until the license is back under it. `max_floating_users` can be set only while
        the policy offers floating checkout, and `max_container_instances` only while it allows containers
        (422 naming the field).

        `policy_id` moves the license to another policy of the same product that issues the same
        `license_type` (an upgrade or a downgrade): 404 naming `policy_id` when there is no such policy, 422
        when it belongs to another product or issues another type. The new policy's rules apply from the next
        runtime call, and the grace period follows its `grace_period_days`.

        A change of limits or policy raises `entitlement_version`; a change of the licensee or metadata does
        not. Every change is announced as `license.updated`, recorded in the audit chain (naming the fields
        that changed, never the licensee's name, e-mail or metadata) and in the activity ledger as
        `license.update`. An empty body is 422.
      x-locksmith-extension: true
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The license as changed.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/suspend:
    post:
      operationId: suspendLicense
      tags: [Licenses]
      summary: Suspend a license
      description: >-
        Suspends the license: runtime calls are refused with `LICENSE_SUSPENDED` until it is reinstated.

        | current status | suspend | reinstate | revoke | renew | transfer |
        |---|---|---|---|---|---|
        | `active` | suspended | 409 `CONFLICT` | revoked | yes | yes |
        | `grace_period` | suspended | 409 `CONFLICT` | revoked | yes | yes |
        | `suspended` | 409 `LICENSE_SUSPENDED` | active (or expired, by its dates) | revoked | yes | yes |
        | `expired` | 409 `LICENSE_EXPIRED` | 409 `LICENSE_EXPIRED` | revoked | yes | yes |
        | `revoked` | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` | no-op (200) | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` |

        A refused transition answers 409 with the license's own status code (or `CONFLICT` for an active
        license) and `detail: status`. Every change raises `entitlement_version` and is recorded in the audit
        chain and the activity ledger.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, LICENSE_SUSPENDED, LICENSE_EXPIRED, LICENSE_REVOKED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The suspended license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/reinstate:
    post:
      operationId: reinstateLicense
      tags: [Licenses]
      summary: Reinstate a license
      description: >-
        Lifts a suspension; only a suspended license can be reinstated (see the table on `suspendLicense`). The
        license then reports the status its dates give it: `active`, `grace_period` or `expired`.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, LICENSE_EXPIRED, LICENSE_REVOKED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The reinstated license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/revoke:
    post:
      operationId: revokeLicense
      tags: [Licenses]
      summary: Revoke a license
      description: >-
        Revokes the license permanently: its active devices are deactivated and its floating leases released in
        the same transaction. Revoking a revoked license changes nothing and answers 200.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The revoked license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/renew:
    post:
      operationId: renewLicense
      tags: [Licenses]
      summary: Renew a license
      description: >-
        Moves the expiry of a renewable license (`time_limited`, `subscription` or `trial`) forward. A
        `perpetual` or `consumption` license is 409 `CONFLICT` (`detail: license_type`); a revoked one 409
        `LICENSE_REVOKED`. Send exactly one of `expires_at` (later than both the current expiry and now) and
        `extend_by_days` (counted from the later of now and the current expiry), or 422. `order_id` and
        `subscription_id` must belong to the license's product (422); they are recorded on the renewal's
        audit event and ledger row, and the license's own origin links are not changed. Renewals of one
        license are serialised, so concurrent renewals never lose an extension. Requires an
        `Idempotency-Key`: a retried renewal extends only once and replays the first answer.
      x-required-scopes: [license:write]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - TOKEN_SCOPE_DENIED
        - NOT_FOUND
        - CONFLICT
        - LICENSE_REVOKED
        - IDEMPOTENCY_KEY_REUSED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseRenewRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The renewed license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/transfer:
    post:
      operationId: transferLicense
      tags: [Licenses]
      summary: Transfer a license
      description: >-
        Reassigns the license to another customer or licensee, optionally releasing its devices. Each transfer
        counts in `times_transferred`, and the policy's `max_transfers` is the most allowed (0, the default,
        allows none): beyond it the transfer is 409 `CONFLICT` (`detail: max_transfers`). A revoked license is
        409 `LICENSE_REVOKED`. `customer_id` must name a customer (422). With `reset_devices`, every active
        device is marked `reset` and every floating lease released in the same transaction, so the new
        licensee starts with free slots. Raises `entitlement_version`. Requires an `Idempotency-Key`.
      x-required-scopes: [license:write]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - TOKEN_SCOPE_DENIED
        - NOT_FOUND
        - CONFLICT
        - LICENSE_REVOKED
        - IDEMPOTENCY_KEY_REUSED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseTransferRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The transferred license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/License'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/features:
    get:
      operationId: listLicenseFeatures
      tags: [Licenses]
      summary: List a license's features
      description: Returns the features assigned to a license with their usage counters.
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of feature assignments.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/LicenseFeature'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: assignLicenseFeature
      tags: [Licenses]
      summary: Assign a feature
      description: >-
        Assigns a feature of the license's product to the license, with an optional quota
        (`max_consumptions`) and expiry. An unknown feature is 404 (`detail: feature_id`); a feature of another
        product is 422; a feature already assigned is 409 (remove it, or adjust its usage with
        `resetLicenseUsage`). Raises the license's `entitlement_version`.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseFeatureAssignRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The assignment.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseFeature'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/features/{feature_id}:
    delete:
      operationId: removeLicenseFeature
      tags: [Licenses]
      summary: Remove a feature
      description: >-
        Removes a feature assignment from the license (404 when it is not assigned). Its usage history stays
        in the activity ledger. Raises the license's `entitlement_version`.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/FeatureID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The assignment was removed.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/usage/reset:
    post:
      operationId: resetLicenseUsage
      tags: [Licenses]
      summary: Adjust metered usage
      description: >-
        Tops up, resets or overrides the quota and consumed counter of one assigned feature. Select it with
        exactly one of `feature_id` and `feature_code` (422 otherwise; 404 when it is not assigned). Send at
        least one change; `add_credits` and `max_consumptions` both set the quota and cannot be combined, nor
        can `reset_consumed` and `total_consumptions` (422). `add_credits` on a feature without a quota is 409.
        The license's `total_consumptions` follows the change of the counter. The adjustment raises
        `entitlement_version` and is recorded in the audit chain and in the activity ledger
        (`license.usage.reset`, amount 0, the counters before and after in `metadata`).
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseFeatureUsageResetRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The assignment with its new counters.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseFeature'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/custom-fields:
    get:
      operationId: listLicenseCustomFieldValues
      tags: [Licenses]
      summary: List a license's custom field values
      description: Returns the custom field values stored on a license.
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of values.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/CustomFieldValue'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/custom-fields/{field_id}:
    put:
      operationId: upsertLicenseCustomFieldValue
      tags: [Licenses]
      summary: Set or clear a license's custom field value
      description: >-
        Writes the license's value for a license custom field of its product, replacing any previous value,
        and returns it with 200. With `clear: true` the value is removed and the answer is 204. Clearing a
        required field fails with 409; a value of the wrong type or outside `enum_options` fails with 422.
      x-required-scopes: [license:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/FieldID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/CustomFieldValueUpsertRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The stored value.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/CustomFieldValue'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '204':
          headers: *rateLimitHeaders
          description: 'The value was cleared (`clear: true`); no body.'
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/devices:
    get:
      operationId: listLicenseDevices
      tags: [Devices]
      summary: List a license's devices
      description: Returns every device bound to the license, in any status, most recently seen first.
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of devices.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Device'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/devices/{device_id}:
    get:
      operationId: getLicenseDevice
      tags: [Devices]
      summary: Get a device
      description: Returns one device of the license.
      x-required-scopes: [license:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/DeviceID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The device.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Device'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/devices/{device_id}/blacklist:
    post:
      operationId: blacklistLicenseDevice
      tags: [Devices]
      summary: Blacklist a device
      description: >-
        Releases the device's slot and blocks its binding from this license until the blacklisting is lifted
        (`unblacklistLicenseDevice`): later runtime calls from it fail with DEVICE_BLACKLISTED. Blacklisting twice
        fails with 409.
      x-required-scopes: [device:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/DeviceID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The blacklisted device.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Device'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/devices/{device_id}/unblacklist:
    post:
      operationId: unblacklistLicenseDevice
      tags: [Devices]
      summary: Lift a device's blacklisting
      description: >-
        Lifts the blacklisting of a device: it becomes `deactivated`, holding no seat, and the machine may activate
        or check out again under the usual limits. Recorded in the audit chain as `device.unblacklisted` and in the
        activity ledger as `license.device.unblacklist`. A device that is not blacklisted fails with 409
        (`detail: status`).
      x-locksmith-extension: true
      x-required-scopes: [device:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/DeviceID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The device, deactivated.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Device'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/licenses/{id}/devices/{device_id}/reset:
    post:
      operationId: resetLicenseDevice
      tags: [Devices]
      summary: Reset a device
      description: >-
        Releases the device's activation slot and any floating lease it holds; the machine can activate again
        later. A blacklisted device cannot be reset (409).
      x-required-scopes: [device:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/DeviceID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The reset device.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/Device'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/activate:
    post:
      operationId: activateLicense
      tags: [Runtime]
      summary: Activate the calling device
      description: >-
        Binds the calling machine or container to the license, taking an activation slot, and returns its
        signed entitlement. The device is identified by `fingerprint`, or for a container by its container,
        pod, namespace and cluster; activating a device that is already active returns the same device and
        takes no new slot. A new or previously deactivated device takes a slot while the license has fewer
        active devices than the policy's `max_activations` (0 allows none: floating seats only), and counts in
        `times_activated`; beyond it the call is 409 `DEVICE_LIMIT_REACHED`. Activations of one license are
        serialised, so concurrent activations never exceed the limit. A license takes at most its policy's
        `max_activations_per_day` new seats per UTC day: past that, an activation that would take a seat is 429
        `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight), while
        activating a device that is already active, and deactivating, go on. Requires an `Idempotency-Key`. The
        decision order is in the Runtime tag's description. Verify `signature` with the keys from
        `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - IDEMPOTENCY_KEY_REUSED
        - DEVICE_LIMIT_REACHED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/RuntimeBindingRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed entitlement for the activated device.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeEntitlementEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/machine-file:
    post:
      operationId: issueMachineFile
      tags: [Runtime]
      summary: Get a machine file for a machine
      description: >-
        The application's own way to a machine file: activates the machine `fingerprint` names on the license
        (exactly as `activateLicense`, with its refusals), then answers a machine file bound to it, encrypted
        for the license key of the call and the fingerprint together, valid for `ttl_days` (default 30, at most
        3650, never past the license's end). Someone who holds the key can so activate an air-gapped machine
        from any networked one and carry the file over. Only a machine, by `fingerprint`, gets a file (422
        naming `fingerprint` otherwise). Requires an `Idempotency-Key`; recorded as `license.activate` (and
        `device.activated` when it took a seat) and `license.file_issued`. The answer is signed like every
        runtime answer; the file inside carries its own signature, made with the same key.
      x-locksmith-extension: true
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - IDEMPOTENCY_KEY_REUSED
        - DEVICE_LIMIT_REACHED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/MachineFileRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The machine file, in a signed answer.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedLicenseFileEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/token:
    post:
      operationId: issueLicenseToken
      tags: [Runtime]
      summary: Get a license token (JWT)
      description: |-
        Answers a JSON Web Token (RFC 7519) that asserts this license, for services of the vendor that accept a
        bearer token instead of calling the license server themselves: they verify it with the keys of
        `getWellKnownJWKS` (any JWT library with a JWKS client) and, for a live answer, ask `introspectLicenseToken`.
        Without `fingerprint` the call is decided on the product and the license's status alone (steps 1 to 4 of
        the Runtime tag's table); with it, like `validateLicense` on that device, which must be activated (a floating device must hold its
        lease), and the token names the device (`device_id`). Nothing is changed; the decision is recorded in the
        activity ledger as `license.token`.

        The token is a JWS in compact serialization (RFC 7515): `<header>.<claims>.<signature>`, each part base64url
        without padding. The header is `{"alg": …, "kid": …, "typ": "JWT"}`. `alg` `EdDSA` (RFC 8037) signs with
        the account's Ed25519 token key, made on the account's first token request (RFC 9864 names the same
        algorithm `Ed25519`; tokens keep `EdDSA`, the name every JOSE library reads); `RS256` (RFC 7518, RSASSA-PKCS1-v1_5
        with SHA-256) signs with its RSA token key, which an operator makes with
        `locksmith keys rotate --account ID --purpose token --alg RS256` for clients whose JWT library lacks EdDSA
        (asking for `RS256` before that is 422 naming `alg`). Token keys sign nothing else, and are published only in
        the JWK Set, not by `listPublicKeys`. The claims (`LicenseTokenClaims`):

        | claim | value |
        |---|---|
        | `iss` | the server's public URL (`--public-url`, `LOCKSMITH_PUBLIC_URL`; by default the address it listens on) |
        | `sub` | the license id |
        | `aud` | the product's code |
        | `iat`, `nbf` | when the token was issued, in seconds since 1970 (RFC 7519 NumericDate) |
        | `exp` | `iat` + `ttl_seconds`, never past the end of the license's validity (its grace period included) |
        | `jti` | a unique id, by which `revokeLicenseToken` revokes this token alone |
        | `token_use` | `locksmith_license_v1` |
        | `account_id`, `product_id` | the vendor account and product |
        | `status`, `license_type`, `entitlement_version` | the license's as they were at issue |
        | `features` | the codes of the features the license is entitled to at issue (enabled, not expired), sorted |
        | `device_id` | the device, when the token was asked for with `fingerprint` |

        A verifier checks the signature with the key the header's `kid` names, `alg` against that key's `alg`,
        `exp` and `nbf` against its clock, `aud` against its product code, and `token_use`. The answer itself is
        signed like every runtime answer.
      x-locksmith-extension: true
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - VALIDATION_FAILED
        - RATE_LIMITED
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseTokenRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The token, in a signed answer.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedLicenseTokenEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/validate:
    post:
      operationId: validateLicense
      tags: [Runtime]
      summary: Validate the license on this device
      description: >-
        Checks license status, the device's activation and version eligibility (in the order the Runtime tag's
        description gives), records the validation on the device (`last_validated_at`, at most once a minute)
        and returns the signed entitlement. Call it at start-up and at `next_check_at` (`issued_at` plus the
        policy's `validation_interval_minutes`). It changes nothing else, so it is cheap and may be called
        often. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - VALIDATION_FAILED
        - RATE_LIMITED
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/RuntimeBindingRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed entitlement.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeEntitlementEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/check:
    post:
      operationId: checkLicense
      tags: [Runtime]
      summary: Read current entitlements
      description: >-
        Returns the same signed entitlement as `validateLicense`, decided the same way, but does not record a
        validation on the device (`last_validated_at` is left as it is): use it to refresh entitlements between
        validations, for example before enabling a feature. Verify `signature` with the keys from
        `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - VALIDATION_FAILED
        - RATE_LIMITED
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/RuntimeBindingRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed entitlement.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeEntitlementEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/consume:
    post:
      operationId: consumeLicense
      tags: [Runtime]
      summary: Record metered usage
      description: >-
        Consumes `amount` units (default 1) of an assigned, enabled feature from the calling, activated device
        and returns the updated signed entitlement. With a quota, a consumption that would exceed it is refused
        whole with 409 `QUOTA_EXCEEDED`; without one, usage is counted without limit. Consumptions of one
        license are serialised, so concurrent calls never overrun a quota. Repeating an `event_id` returns the
        original signed result without consuming again; the same `event_id` with another feature or amount is
        409 `CONFLICT` (`detail: event_id`). The call also takes an `Idempotency-Key`. Every attempt is written
        to the activity ledger (`license.consume`, with the feature and amount). Verify `signature` with the
        keys from `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - FEATURE_NOT_ENTITLED
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - CONFLICT
        - IDEMPOTENCY_KEY_REUSED
        - QUOTA_EXCEEDED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ConsumeLicenseRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed entitlement with updated balances.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeEntitlementEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/deactivate:
    post:
      operationId: deactivateLicense
      tags: [Runtime]
      summary: Deactivate the calling device
      description: >-
        Releases the calling device's activation slot (and any floating lease it holds) and returns a signed
        confirmation. Deactivating a device that is no longer active changes nothing and answers the same
        confirmation; a device the license has never seen is 404 `NOT_ACTIVATED`. Works whatever the license
        status, so an application can always give its slot back. Requires an `Idempotency-Key`. Verify
        `signature` with the keys from `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - NOT_ACTIVATED
        - IDEMPOTENCY_KEY_REUSED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/RuntimeBindingRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed deactivation confirmation.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeDeactivationEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/offline:
    post:
      operationId: issueOfflineLicense
      tags: [Runtime]
      summary: Issue an offline license
      description: >-
        Returns a signed entitlement for the calling, activated device, sealed with a key derived from the
        license key, so that an application can check its license with no network (see `OfflineEnvelope` for
        how to open it). The sealed `data` (`OfflineLicenseData`) is valid from `offline_valid_from` to
        `offline_valid_until`: the policy's `offline_grace_days` from now, but never past the license's expiry.
        Refused with 422 (`detail: allow_offline_activation`) when the policy does not allow offline
        activation. The envelope itself is not signed; the sealed payload is.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - VALIDATION_FAILED
        - RATE_LIMITED
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/RuntimeBindingRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The sealed offline license.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/OfflineEnvelope'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/floating/checkout:
    post:
      operationId: checkoutFloatingLicense
      tags: [Runtime]
      summary: Check out a floating seat
      description: >-
        Leases one of the license's floating seats to the calling device and returns the lease token with the
        signed entitlement. A device the license has not seen, or one that is not active, is bound as a floating
        device (`seat: floating`): it takes no activation slot and may use the license only while it holds a live
        lease (see the Runtime tag). A node-locked device may check out too, and stays node-locked. When the policy requires heartbeats (`require_heartbeat`), the lease lasts `floating_timeout_minutes` unless a
        heartbeat extends it; otherwise it lasts until it is checked in, its device is reset or deactivated, or the
        license ends (`lease_expires_at` is then the end of the license's grace period or its expiry, or
        9999-12-31T23:59:59Z for a license that does not expire). Seats in use are the leases neither checked in nor lapsed, so a lapsed lease frees its seat at once,
        with no background job. Fails with 409 `FLOATING_LIMIT_REACHED` when `max_floating_users` leases are
        live, and with 422 (`detail: max_floating_users`) when the policy offers no floating seats. A device
        that checks out again while holding a live lease gets a new token and the old one ends. Checkouts of one
        license are serialised. The token is shown only here; the server keeps its hash. Requires an
        `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - IDEMPOTENCY_KEY_REUSED
        - DEVICE_LIMIT_REACHED
        - FLOATING_LIMIT_REACHED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: false
        content: {application/json: {schema: {$ref: '#/components/schemas/RuntimeBindingRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed entitlement with a new lease.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeFloatingCheckoutEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/floating/heartbeat:
    post:
      operationId: heartbeatFloatingLicense
      tags: [Runtime]
      summary: Extend a floating lease
      description: >-
        Extends a live lease to now plus the policy's `floating_timeout_minutes` (when the policy requires heartbeats;
        otherwise the lease keeps the license's end) and returns its signed state.
        A lease that has lapsed or was checked in, or a token the server does not know, fails with 404
        `LEASE_EXPIRED`; check out again. The license's status is checked as for validation. Verify
        `signature` with the keys from `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - DEVICE_BLACKLISTED
        - LEASE_EXPIRED
        - VALIDATION_FAILED
        - RATE_LIMITED
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/FloatingLeaseRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed lease state.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeFloatingLeaseEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/license/floating/checkin:
    post:
      operationId: checkinFloatingLicense
      tags: [Runtime]
      summary: Return a floating seat
      description: >-
        Ends a lease and frees its seat; `lease_expires_at` in the answer is the check-in time. A floating device
        is deactivated with it (a node-locked one stays active). Works whatever
        the license status, so an application can always give its seat back (only a disabled vendor account,
        403 `ACCOUNT_DISABLED`, stops it). A lapsed, already returned or unknown lease is 404 `LEASE_EXPIRED`.
        Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
      security: [{licenseAuth: []}]
      x-error-codes:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - ACCOUNT_DISABLED
        - PRODUCT_MISMATCH
        - LEASE_EXPIRED
        - IDEMPOTENCY_KEY_REUSED
        - VALIDATION_FAILED
        - RATE_LIMITED
      parameters:
        - $ref: '#/components/parameters/IdempotencyKey'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/FloatingLeaseRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Signed confirmation of the returned lease.
          content:
            application/json: {schema: {$ref: '#/components/schemas/SignedRuntimeFloatingLeaseEnvelope'}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/events:
    get:
      operationId: listEvents
      tags: [Events]
      summary: Read the audit event feed
      description: >-
        Returns audit events newest first. Each event is a link of the hash-chained audit log, which
        `locksmith audit verify` checks. To page back, pass `page_info.next_cursor` as `cursor`.
      x-required-scopes: [event:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/EventCursor'
        - $ref: '#/components/parameters/Limit'
        - name: event_type
          in: query
          required: false
          description: Only events of this type, for example `license.created`.
          schema: {type: string}
        - name: resource_type
          in: query
          required: false
          description: Only events about this kind of record, for example `license`.
          schema: {type: string}
        - name: resource_id
          in: query
          required: false
          description: Only events about this record.
          schema: {type: string}
        - name: actor_type
          in: query
          required: false
          description: Only events caused by this kind of actor.
          schema: {$ref: '#/components/schemas/AuditActorType'}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of events.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Event'}}
                  page_info: {$ref: '#/components/schemas/EventPageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/webhooks:
    get:
      operationId: listWebhookEndpoints
      tags: [Webhooks]
      summary: List webhook endpoints
      description: >-
        Returns the webhook endpoints, oldest first (in creation order), including inactive ones. Secrets are
        never included; `secret_prefix` tells them apart.
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of endpoints.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/WebhookEndpoint'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    post:
      operationId: createWebhookEndpoint
      tags: [Webhooks]
      summary: Create a webhook endpoint
      description: >-
        Registers a URL for event deliveries. From now on every event whose type is in `event_types` (every
        type when the list is empty or absent) is queued for the endpoint in the same transaction as the change
        it announces, and delivered signed as Standard Webhooks describes (see the `webhooks` section of this
        document for the payloads, headers, retries and what a receiver should answer).

        `url` must be an absolute `https` URL with a host name or address and without user information; a URL
        whose host is, or resolves to, a loopback, private, link-local, unique-local, shared, multicast or
        otherwise reserved address is refused with 422 naming `url` (for a host name, the message says that it
        resolves to such an address, never which one; the server checks the address again at
        every delivery, and connects only to the address it checked). A server started with
        `--webhook-allow-private` also accepts `http` and such addresses, for local development and tests. The
        same `url` twice in an account is 409 naming `url`.

        `event_types` lists `WebhookEventType` values; an unknown value is 422 naming it (`event_types[i]`), and
        repeated values are kept once. Without `secret` the server generates one: `whsec_` followed by the
        standard base64 of 32 random bytes. A supplied `secret` is either of that form (`whsec_` + standard
        base64 of 24–64 bytes; the HMAC key is the decoded bytes) or any other 16–255 printable ASCII
        characters without spaces (the HMAC key is the secret's bytes as they are; give a Standard Webhooks
        library those bytes rather than the string); anything else is 422 naming `secret`. The secret is sealed
        at rest and returned in this response only.

        An account has at most 20 endpoints (the operator's `--max-webhook-endpoints`, or the account's own
        figure; `getAccountLimits` says which applies): one more is 409 `CONFLICT` with `detail:
        max_webhook_endpoints`. Deliveries are shared fairly between accounts: each account with deliveries due
        gets its turn at the delivery slots, so one account's backlog delays another's next delivery by at most
        one slot's turn.
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/WebhookEndpointCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The new endpoint and its secret.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/WebhookEndpointWithSecret'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/webhooks/{id}:
    get:
      operationId: getWebhookEndpoint
      tags: [Webhooks]
      summary: Get a webhook endpoint
      description: Returns one webhook endpoint.
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The endpoint.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/WebhookEndpoint'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    patch:
      operationId: updateWebhookEndpoint
      tags: [Webhooks]
      summary: Update a webhook endpoint
      description: >-
        Changes the fields present in the body, with the same rules as `createWebhookEndpoint` for `url`,
        `event_types` and `secret`. A new `event_types` list applies to events from now on; queued deliveries
        keep going to the endpoint's current URL.

        `rotate_secret: true` generates a new secret and answers `{webhook, secret}` inside `data`
        (`WebhookEndpointWithSecret`), the only time that secret is shown; every other update answers the
        endpoint alone (`WebhookEndpoint`). `rotate_secret` together with `secret` is 422. For 24 hours after the
        secret changes (rotated or supplied), every delivery carries a second `v1,` signature made with the
        previous secret, so receivers can switch secrets without missing a delivery.

        `is_active: false` pauses deliveries: events are not queued for an inactive endpoint, and deliveries
        already queued wait. `is_active: true` resumes them, including for an endpoint the server disabled (after
        410 Gone, or after 24 hours of failed deliveries), which also clears `disabled_reason`.
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_JSON, INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/WebhookEndpointUpdateRequest'}}}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The updated endpoint, with its new secret after `rotate_secret`.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data:
                    oneOf:
                      - $ref: '#/components/schemas/WebhookEndpoint'
                      - $ref: '#/components/schemas/WebhookEndpointWithSecret'
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
    delete:
      operationId: deleteWebhookEndpoint
      tags: [Webhooks]
      summary: Delete a webhook endpoint
      description: >-
        Deletes the endpoint together with its queued deliveries and their attempt history. A delivery already
        on its way when the endpoint is deleted may still arrive.
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '204':
          headers: *rateLimitHeaders
          description: The endpoint was deleted.
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/webhooks/{id}/deliveries:
    get:
      operationId: listWebhookDeliveries
      tags: [Webhooks]
      summary: List an endpoint's deliveries
      description: >-
        Returns the endpoint's deliveries, newest first, each with every attempt made at it: when, whether the
        receiver answered 2xx, its status code, how long it took and the error, and when the next attempt is due
        while the delivery is pending. `status` and `event_type` narrow the list. An endpoint of another account,
        or none, is 404.
      x-locksmith-extension: true
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
        - name: status
          in: query
          required: false
          description: Only deliveries in this state.
          schema: {$ref: '#/components/schemas/WebhookDeliveryStatus'}
        - name: event_type
          in: query
          required: false
          description: Only deliveries of this event type.
          schema: {$ref: '#/components/schemas/WebhookEventType'}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of deliveries.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/WebhookDelivery'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver:
    post:
      operationId: redeliverWebhookDelivery
      tags: [Webhooks]
      summary: Send a delivery again
      description: >-
        Queues a delivered or failed delivery to be sent again at once, with the same payload bytes and the same
        `webhook-id` (so a receiver that deduplicates by it sees the same message) and a fresh timestamp and
        signature; it then retries on the usual schedule. Recorded in the audit chain as
        `webhook_delivery.redelivered`. A delivery still pending is 409 (`detail: status`), and one of a disabled
        endpoint is 409 (`detail: is_active`): enable the endpoint first. A delivery of another endpoint or
        account is 404.
      x-locksmith-extension: true
      x-required-scopes: [webhook:write]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, CONFLICT, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
        - name: delivery_id
          in: path
          required: true
          description: Identifier of the delivery.
          schema: {type: string}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The delivery, pending again.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/WebhookDelivery'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '409': {$ref: '#/components/responses/Conflict'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/activities:
    get:
      operationId: listActivities
      tags: [Activities]
      summary: List activity rows
      description: >-
        Reads the normalised activity ledger, newest first: runtime calls, management changes and system
        actions, with the product, customer, order and subscription attribution recorded when they happened
        (a later transfer or relink does not rewrite a row). Every license mutation appends one row in the
        same transaction as the change: `license.create`, `license.suspend`, `license.reinstate`,
        `license.revoke`, `license.renew`, `license.transfer`, `license.update`, `license.feature.assign`,
        `license.feature.remove`, `license.usage.reset`, `license.custom_field.set` and `.clear`. The window
        is `from` (inclusive) to `to` (exclusive, default now); without `from` it starts 30 days before `to`,
        and `to` must be after `from` (400). Filters combine with AND. The cursor continues below the last
        row of the previous page and is only valid with the same window and filters.
      x-required-scopes: [report:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/ActivityCursor'
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/ProductIDFilter'
        - $ref: '#/components/parameters/CustomerIDFilter'
        - $ref: '#/components/parameters/LicenseIDFilter'
        - $ref: '#/components/parameters/OrderIDFilter'
        - $ref: '#/components/parameters/SubscriptionIDFilter'
        - $ref: '#/components/parameters/FeatureCodeFilter'
        - $ref: '#/components/parameters/SourceFilter'
        - $ref: '#/components/parameters/ResultClassFilter'
        - $ref: '#/components/parameters/ActionFilter'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of activity rows.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Activity'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/usage-summary:
    get:
      operationId: getUsageSummary
      tags: [Reports]
      summary: Summarise usage
      description: >-
        Aggregates the activity rows of the window that match every filter into totals, grouped by the
        requested dimensions (`group_by`, comma-separated or repeated; `bucket=1h|1d` is the same as a leading
        `hour` or `day`). Without `from`, the window starts 30 days before `to`. Every row counts once in its
        result class; `amount` counts successful `license.consume` rows only. Refused with 400 INVALID_QUERY
        naming the parameter: `to` not after `from`, an unknown or repeated dimension, two time buckets,
        `bucket` with a time dimension, and more than 10,000 groups (create an export for those).
        A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422
        `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
      x-required-scopes: [report:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/GroupBy'
        - $ref: '#/components/parameters/Bucket'
        - $ref: '#/components/parameters/ProductIDFilter'
        - $ref: '#/components/parameters/CustomerIDFilter'
        - $ref: '#/components/parameters/LicenseIDFilter'
        - $ref: '#/components/parameters/OrderIDFilter'
        - $ref: '#/components/parameters/SubscriptionIDFilter'
        - $ref: '#/components/parameters/FeatureCodeFilter'
        - $ref: '#/components/parameters/SourceFilter'
        - $ref: '#/components/parameters/ResultClassFilter'
        - $ref: '#/components/parameters/ActionFilter'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The usage summary.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/UsageSummary'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/usage-ledger:
    get:
      operationId: listUsageLedger
      tags: [Reports]
      summary: List metered usage rows
      description: >-
        Returns the activity rows of the window that match every filter, oldest first, for evidence review,
        disputes and export to other systems; each row says what it adds to the usage totals
        (`counted_amount`). Denied attempts are included: filter with `action=license.consume` and
        `result_class=success` for billable rows. Without `from`, the window starts 30 days before `to`; `to`
        defaults to the time of the first page, and the cursor keeps that window for the whole walk (a cursor
        with another `from` or `to` is 400). The first page also counts every row of the walk.
      x-required-scopes: [report:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/UsageLedgerCursor'
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/ProductIDFilter'
        - $ref: '#/components/parameters/CustomerIDFilter'
        - $ref: '#/components/parameters/LicenseIDFilter'
        - $ref: '#/components/parameters/OrderIDFilter'
        - $ref: '#/components/parameters/SubscriptionIDFilter'
        - $ref: '#/components/parameters/FeatureCodeFilter'
        - $ref: '#/components/parameters/SourceFilter'
        - $ref: '#/components/parameters/ResultClassFilter'
        - $ref: '#/components/parameters/ActionFilter'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: A page of ledger rows.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/UsageLedgerEntry'}}
                  page_info: {$ref: '#/components/schemas/UsageLedgerPageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/license-audit:
    get:
      operationId: getLicenseAuditReport
      tags: [Reports]
      summary: Build a license audit packet
      description: >-
        Assembles one license with its usage totals, runtime summary, devices, activity rows, audit events (with
        their chain hashes) and linked order and subscription. Without `from` it covers the license's whole
        history. An unknown license is 404.
        A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422
        `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
      x-required-scopes: [report:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - name: license_id
          in: query
          required: true
          description: License to report on.
          schema: {type: string}
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The audit packet.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/LicenseAuditReport'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/customer-summary:
    get:
      operationId: getCustomerSummary
      tags: [Reports]
      summary: Summarise a customer
      description: >-
        Assembles one customer with record counts, licenses, orders, subscriptions, runtime summary and usage
        in the window, grouped by `group_by` (default `product,feature`). Without `from`, the window starts 30
        days before `to`. An unknown customer is 404.
        A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422
        `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
      x-required-scopes: [report:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - name: customer_id
          in: query
          required: true
          description: Customer to report on.
          schema: {type: string}
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/GroupBy'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The customer summary.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/CustomerSummaryReport'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/subscription-settlement:
    get:
      operationId: getSubscriptionSettlement
      tags: [Reports]
      summary: Build settlement evidence
      description: >-
        Totals the metered consumption (`license.consume` rows) attributed to one subscription or one order at
        the time of use, grouped by `group_by` (default `license,feature`); `amount` counts successful rows.
        Send exactly one of `subscription_id` and `order_id` (400 naming `subscription_id` otherwise). The
        window defaults to the subscription's current period or the order's service period; for an order
        without a period, `from` and `to` are required. An unknown subject is 404. No prices: this is evidence.
        A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422
        `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
      x-required-scopes: [report:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED]
      parameters:
        - name: subscription_id
          in: query
          required: false
          description: Subscription to settle.
          schema: {type: string}
        - name: order_id
          in: query
          required: false
          description: Order to settle.
          schema: {type: string}
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/GroupBy'
        - $ref: '#/components/parameters/FeatureCodeFilter'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The settlement report.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/SubscriptionSettlementReport'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/exports:
    post:
      operationId: createReportExport
      tags: [Reports]
      summary: Create a frozen report export
      description: >-
        Evaluates a report once with the given filters and freezes the result as a canonical JSON snapshot
        (`snapshot_digest`); a background job then renders the artifact in the requested format (default
        `json`) from that snapshot alone, on any instance, resuming after a restart. The export is returned
        as soon as it is recorded; poll `getReportExport` (`progress` counts rows rendered) until `status` is
        `ready` or `failed`. With `source_export_id`, the existing snapshot is rendered again instead: the same
        snapshot in the same format gives the same bytes. Refused with 422 naming the field: a filter the kind
        does not take, a value that is not an identifier, a bad window or grouping, a `report_kind` unlike the
        source's, `filters` with `source_export_id`, the `activities` kind (a feed: export `usage_ledger`), and
        more rows than an export holds (250,000 ledger rows, 200,000 groups). A report subject or source export that does not exist is 404. Nothing is stored
        when the request is refused. With a read replica (`--database-read-url`), the report is evaluated there
        only when the replica has replayed past the window's `to` (a window ending now is read from the
        primary), so the snapshot holds every ledger row of the window; `meta.replica_lag_ms` then says how far
        behind the replica was.
        A report whose totals pass 2^53 − 1 is refused with 422 `VALIDATION_FAILED` (`detail: filters.from`).

        An account renders one export at a time, on all instances together, and accounts take turns, so one
        account's queue does not hold up another's. At most 10 exports of an account wait to be rendered (the
        operator's `--max-queued-exports`, or the account's own figure; `getAccountLimits` says which applies):
        one more is 429 `RATE_LIMITED` with `detail: max_queued_exports` and `Retry-After`.
      x-required-scopes: [report:export]
      x-error-codes: [INVALID_JSON, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ReportExportCreateRequest'}}}
      responses:
        '201':
          headers: *rateLimitHeaders
          description: The export record.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/ReportExport'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '422': {$ref: '#/components/responses/UnprocessableEntity'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/exports/{id}:
    get:
      operationId: getReportExport
      tags: [Reports]
      summary: Get a report export
      description: Returns the metadata of one export, including its digests once ready.
      x-required-scopes: [report:export]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The export record.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/ReportExport'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/reports/exports/{id}/download:
    get:
      operationId: downloadReportExport
      tags: [Reports]
      summary: Download an export
      description: >-
        Returns the stored artifact byte for byte; the report is never re-run. Its SHA-256 matches
        `artifact_digest`, which `ETag` and `Repr-Digest` also carry. An export that is not `ready` has no
        artifact and answers 404.
      x-required-scopes: [report:export]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/PathID'
      responses:
        '200':
          description: The artifact, with the media type recorded in `content_type`.
          headers:
            RateLimit-Policy: {$ref: '#/components/headers/RateLimit-Policy'}
            RateLimit: {$ref: '#/components/headers/RateLimit'}
            Content-Disposition:
              description: '`attachment` with the export''s `file_name`.'
              schema: {type: string}
            ETag:
              description: The quoted `artifact_digest`.
              schema: {type: string}
            Repr-Digest:
              description: 'The artifact''s SHA-256 as RFC 9530 says: `sha-256=:<base64>:`.'
              schema: {type: string}
          content:
            application/json:
              schema: {type: object, additionalProperties: true, description: A JSON export document.}
              x-locksmith-raw: true
            text/csv: {schema: {type: string, format: binary}}
            application/pdf: {schema: {type: string, format: binary}}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '404': {$ref: '#/components/responses/NotFound'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/ops/summary:
    get:
      operationId: getOpsSummary
      tags: [Ops]
      summary: Summarise service health
      description: >-
        Rolls up, for the caller's account, the runtime decisions of the window by action and result class with
        their latency percentiles where the server measured them (`product_id`, `customer_id` and `license_id`
        narrow these), the licenses, devices and floating leases active now, webhook deliveries (delivered and
        given up within the window, queued now, and how long the oldest has waited), the age of the active
        signing key, and the length of the audit chain. Without `from`, the window is the 24 hours before `to`;
        `to` must be after `from` (400 INVALID_QUERY).
      x-required-scopes: [ops:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/ProductIDFilter'
        - $ref: '#/components/parameters/CustomerIDFilter'
        - $ref: '#/components/parameters/LicenseIDFilter'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The ops summary.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/OpsSummary'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/ops/runtime-errors:
    get:
      operationId: listRuntimeErrorGroups
      tags: [Ops]
      summary: List runtime error groups
      description: >-
        Groups the runtime decisions of the window that were denied or failed (activity-ledger rows from the
        runtime with result class `denied` or `error`) by action, result class and reason code, most frequent
        first (then most recently seen), with the first and last time each was seen and a sample request and license.
        Returns at most `limit` groups (default 50). Without `from`, the window is the 24 hours before `to`;
        `to` must be after `from` (400 INVALID_QUERY).
      x-required-scopes: [ops:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - $ref: '#/components/parameters/ProductIDFilter'
        - $ref: '#/components/parameters/CustomerIDFilter'
        - $ref: '#/components/parameters/LicenseIDFilter'
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The error groups.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/RuntimeErrorGroup'}}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/ops/webhook-health:
    get:
      operationId: getWebhookHealth
      tags: [Ops]
      summary: Report webhook delivery health
      description: >-
        Reports delivery health per webhook endpoint of the caller's account (`endpoint_id` narrows it to one):
        attempts in the window, their success rate and latency percentiles, deliveries delivered and given up
        within the window, the backlog queued now, consecutive failed attempts, the latest error and whether
        the endpoint is active or was disabled by the server. Endpoints with the most consecutive failures come
        first. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400
        INVALID_QUERY).
      x-required-scopes: [ops:read]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/From'
        - $ref: '#/components/parameters/To'
        - name: endpoint_id
          in: query
          required: false
          description: Only this webhook endpoint.
          schema: {type: string}
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Webhook delivery health.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/WebhookHealth'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/ops/limits:
    get:
      operationId: getAccountLimits
      tags: [Ops]
      summary: Get the caller's account limits
      description: >-
        Returns the limits that apply to the caller's account: each rate-limit policy with its windows (empty when
        the policy is off) and whether the figures are the server's or the account's own (`locksmith accounts
        limits`), the most webhook endpoints and queued exports the account may have, and whether the server's
        limits are on at all (`enabled`; off, nothing here is enforced). Per-address policies are the server's for
        every account. Running servers apply an operator's change within 30 seconds.
      x-locksmith-extension: true
      x-required-scopes: [admin]
      x-error-codes: [INVALID_QUERY, UNAUTHORIZED, TOKEN_SCOPE_DENIED, RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The account's limits.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/AccountLimits'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /health:
    get:
      operationId: health
      tags: [System]
      summary: Liveness probe
      description: >-
        Answers while the process is serving requests. Does not touch the database; use it for liveness
        checks.
      security: []
      x-error-codes: [RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The process is alive.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/HealthData'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /healthz:
    get:
      operationId: healthz
      tags: [System]
      summary: Liveness probe (alias)
      description: Same as `health`, under the conventional `/healthz` path.
      security: []
      x-error-codes: [RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The process is alive.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/HealthData'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /readyz:
    get:
      operationId: readyz
      tags: [System]
      summary: Readiness probe
      description: >-
        Reports whether the server can serve traffic: the database answers and its schema is current. The
        database check is shared by every caller: the answer comes from one probe that started less than a second
        ago (callers that arrive while a probe runs wait for it), so calling this route more often does not load
        the database, and a database that goes down or comes back shows within about a second.
      security: []
      x-error-codes: [RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Ready.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/ReadyData'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '429': {$ref: '#/components/responses/TooManyRequests'}
        '503':
          headers: *rateLimitHeaders
          description: Not ready; `status` is `not_ready` and `db` says why.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/ReadyData'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}

  /metrics:
    get:
      operationId: getMetrics
      tags: [System]
      summary: Prometheus metrics
      description: >-
        Returns process and request metrics in the Prometheus text exposition format. Open, like the other
        system routes, unless the server was started with `--metrics-token` (`LOCKSMITH_METRICS_TOKEN`): then it
        answers only `Authorization: Bearer <that token>` (compared in constant time), and anything else is 401
        `UNAUTHORIZED`. The token is the operator's, not a management API key, so the operation declares no
        security scheme.
      security: []
      x-error-codes: [UNAUTHORIZED, RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: Metrics in Prometheus text format.
          content: {text/plain: {schema: {type: string}}}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /openapi.yaml:
    get:
      operationId: getContractYAML
      tags: [System]
      summary: This contract as YAML
      description: >-
        Returns the OpenAPI document the running server implements, exactly as its source `openapi.yaml`, so a
        client or an agent can learn each operation's path, fields, error codes and `x-required-scopes` from the
        server it talks to.
      x-locksmith-extension: true
      security: []
      x-error-codes: [RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The OpenAPI document.
          content:
            application/yaml:
              schema: {type: object, additionalProperties: true, description: The OpenAPI 3.1 document, parsed from YAML.}
              x-locksmith-raw: true
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /.well-known/jwks.json:
    get:
      operationId: getWellKnownJWKS
      tags: [System]
      summary: The token keys as a JWK Set
      description: >-
        The public keys that sign license tokens (`issueLicenseToken`), as the bare JSON Web Key Set of RFC 7517,
        section 5, which JWKS clients (PyJWT's `PyJWKClient`, jose's `createRemoteJWKSet`, …) fetch as they are:
        every token key, active and retired, of every account, or of one with `account_id`. An Ed25519 key is
        `{"kty": "OKP", "crv": "Ed25519", "x": …}` (RFC 8037), an RSA key `{"kty": "RSA", "n": …, "e": …}`
        (RFC 7518, section 6.3), each with `kid`, `use: sig` and `alg`. A retired key stays, so that the tokens it
        signed verify until they expire. Answers carry `Cache-Control` with a `max-age` of five minutes: a client
        that meets a `kid` it does not know fetches the set again.
      x-locksmith-extension: true
      security: []
      x-error-codes: [INVALID_QUERY, RATE_LIMITED]
      parameters:
        - &jwks-account
          name: account_id
          in: query
          required: false
          description: >-
            Only the token keys of this vendor account. An account that does not exist, or has no token key yet,
            has none (an empty set, so the answer does not tell which accounts exist).
          schema: {type: string, minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_]{1,64}$'}
      responses:
        '200':
          headers:
            RateLimit-Policy: {$ref: '#/components/headers/RateLimit-Policy'}
            RateLimit: {$ref: '#/components/headers/RateLimit'}
            Cache-Control:
              description: '`public, max-age=300`.'
              schema: {type: string}
          description: The JWK Set, bare.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/JSONWebKeySet'}
              x-locksmith-bare: true
        '400': {$ref: '#/components/responses/BadRequest'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /openapi.json:
    get:
      operationId: getContractJSON
      tags: [System]
      summary: This contract as JSON
      description: >-
        Returns the same OpenAPI document as `GET /openapi.yaml`, as compact JSON with keys in document order.
      x-locksmith-extension: true
      security: []
      x-error-codes: [RATE_LIMITED]
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The OpenAPI document.
          content:
            application/json:
              schema: {type: object, additionalProperties: true, description: The OpenAPI 3.1 document.}
              x-locksmith-raw: true
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/system/public-keys:
    get:
      operationId: listPublicKeys
      tags: [System]
      summary: List signing public keys
      description: >-
        Returns the Ed25519 public keys that sign runtime responses and offline licenses, active and retired.
        Match `Signature.kid` to `kid`. Every key is on the first page: a cursor is past the end, so its page is empty.
        With `account_id`, only the keys that sign (or signed) that vendor's answers, each with its status for that
        vendor: an application pins these, and answers signed for another vendor do not verify against them.
      security: []
      x-error-codes: [INVALID_QUERY, RATE_LIMITED]
      parameters:
        - $ref: '#/components/parameters/Cursor'
        - name: account_id
          in: query
          required: false
          description: >-
            Only the keys of this vendor account. An account that does not exist has no keys (an empty list, so
            the list does not tell which accounts exist).
          schema: {type: string, minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_]{1,64}$'}
          x-locksmith-extension: true
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The public keys.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/PublicKey'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

  /api/v1/system/jwks:
    get:
      operationId: getJWKS
      tags: [System]
      summary: The token keys, in an envelope
      description: >-
        The same JWK Set as `getWellKnownJWKS` (every token key, or one account's), in the usual `{data, meta}`
        envelope, for clients of this API that read every answer the same way.
      x-locksmith-extension: true
      security: []
      x-error-codes: [INVALID_QUERY, RATE_LIMITED]
      parameters:
        - *jwks-account
      responses:
        '200':
          headers: *rateLimitHeaders
          description: The JWK Set.
          content:
            application/json:
              schema:
                type: object
                required: [data, meta]
                properties:
                  data: {$ref: '#/components/schemas/JSONWebKeySet'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '400': {$ref: '#/components/responses/BadRequest'}
        '429': {$ref: '#/components/responses/TooManyRequests'}

webhooks:
  license.created:
    post:
      summary: A license was issued
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  license.suspended:
    post:
      summary: A license was suspended
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  license.reinstated:
    post:
      summary: A suspended license was reinstated
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  license.revoked:
    post:
      summary: A license was revoked
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  license.renewed:
    post:
      summary: A license was renewed
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  license.transferred:
    post:
      summary: A license was transferred to another licensee
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  license.updated:
    post:
      summary: A license's licensee, metadata, limits or policy changed
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LicenseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  device.activated:
    post:
      summary: A device was activated on a license
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/DeviceWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  device.deactivated:
    post:
      summary: A device was deactivated
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/DeviceWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  device.reset:
    post:
      summary: A device was reset by an operator
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/DeviceWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  device.blacklisted:
    post:
      summary: A device was blacklisted
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/DeviceWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  usage.consumed:
    post:
      summary: Metered usage was consumed
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/UsageWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  usage.quota_reached:
    post:
      summary: A consumption used up a feature's quota
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/QuotaWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  lease.checked_out:
    post:
      summary: A floating seat was checked out
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LeaseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  lease.expired:
    post:
      summary: A floating lease ran out without being checked in
      description: >-
        Sent once per lease that reached its `expires_at` without a check-in, within about 30 seconds, with the lease as
        it was. The seat was free from `expires_at` on: this event records the lapse, it does not cause it.
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/LeaseWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  export.completed:
    post:
      summary: A report export is ready or failed
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ExportWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  api_key.created:
    post:
      summary: A management API key was created
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/APIKeyWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  api_key.revoked:
    post:
      summary: A management API key was revoked
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/APIKeyWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}
  signing_key.rotated:
    post:
      summary: A new signing key signs runtime responses
      x-locksmith-extension: true
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/SigningKeyWebhookPayload'}}}
      responses:
        '200': {description: Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried.}

components:

  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: 'Management API token: `Authorization: Bearer lkm_…`.'
    licenseAuth:
      type: apiKey
      in: header
      name: Authorization
      description: 'License key of the calling application: `Authorization: License lsk_…`.'

  parameters:
    PathID:
      name: id
      in: path
      required: true
      description: Identifier of the record the path names.
      schema: {type: string}

    FieldID:
      name: field_id
      in: path
      required: true
      description: Identifier of the custom field definition.
      schema: {type: string}

    DeviceID:
      name: device_id
      in: path
      required: true
      description: Identifier of the device.
      schema: {type: string}

    FeatureID:
      name: feature_id
      in: path
      required: true
      description: Identifier of the feature.
      schema: {type: string}

    Limit:
      name: limit
      in: query
      required: false
      description: Maximum number of items to return (1–200); default 50.
      schema: {type: integer, minimum: 1, maximum: 200}

    Cursor:
      name: cursor
      in: query
      required: false
      description: >-
        Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is
        only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
      schema: {type: string, pattern: '^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$'}

    ActivityCursor:
      name: cursor
      in: query
      required: false
      description: >-
        Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is
        only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
      schema: {type: string, pattern: '^[0-9]{1,18}\.[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$'}

    UsageLedgerCursor:
      name: cursor
      in: query
      required: false
      description: >-
        Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. It carries the
        window of the first page, so every page of one walk covers the same rows. Anything else is 400
        `INVALID_QUERY` naming `cursor`.
      schema: {type: string, pattern: '^-?[0-9]{1,18}\.-?[0-9]{1,18}\.-?[0-9]{1,18}\.[A-Za-z0-9_-]{1,80}$'}

    EventCursor:
      name: cursor
      in: query
      required: false
      description: >-
        Sequence taken from `page_info.next_cursor`; returns events with a lower sequence. Omit to start from
        the newest event.
      schema: {type: integer, format: int64, minimum: 1, maximum: 9007199254740991}

    IdempotencyKey:
      name: Idempotency-Key
      in: header
      required: true
      description: >-
        Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns
        the stored result without acting again; the same key with a different body is rejected with 409
        IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every
        API key of an account shares them, so a retry through another key replays), for runtime calls to the
        license. A key is 1–255 printable
        ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
      schema: {type: string, minLength: 1, maxLength: 255, pattern: '^[!-~]+$'}

    From:
      name: from
      in: query
      required: false
      description: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
      schema: {type: string, format: date-time}

    To:
      name: to
      in: query
      required: false
      description: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
      schema: {type: string, format: date-time}

    GroupBy:
      name: group_by
      in: query
      required: false
      description: >-
        Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or
        both; at most one time bucket, each dimension once.
      schema: {type: array, items: {$ref: '#/components/schemas/UsageGroupBy'}}
      style: form
      explode: false

    Bucket:
      name: bucket
      in: query
      required: false
      description: A time bucket in LicenseKit's spelling; `1h` adds `hour` and `1d` adds `day` to `group_by`.
      schema: {$ref: '#/components/schemas/UsageBucket'}

    ProductIDFilter:
      name: product_id
      in: query
      required: false
      description: Only results for this product.
      schema: {type: string}

    CustomerIDFilter:
      name: customer_id
      in: query
      required: false
      description: Only results for this customer.
      schema: {type: string}

    LicenseIDFilter:
      name: license_id
      in: query
      required: false
      description: Only results for this license.
      schema: {type: string}

    OrderIDFilter:
      name: order_id
      in: query
      required: false
      description: Only results attributed to this order.
      schema: {type: string}

    SubscriptionIDFilter:
      name: subscription_id
      in: query
      required: false
      description: Only results attributed to this subscription.
      schema: {type: string}

    FeatureCodeFilter:
      name: feature_code
      in: query
      required: false
      description: Only results for this feature code.
      schema: {type: string}

    SourceFilter:
      name: source
      in: query
      required: false
      description: Only activity from this source.
      schema: {$ref: '#/components/schemas/ActivitySource'}

    ResultClassFilter:
      name: result_class
      in: query
      required: false
      description: Only activity with this outcome class.
      schema: {$ref: '#/components/schemas/ActivityResultClass'}

    ActionFilter:
      name: action
      in: query
      required: false
      description: Only activity with this action name, for example `license.consume`.
      schema: {type: string}

  headers:
    RateLimit-Policy:
      description: >-
        The rate-limit policies this request was counted against, as draft-ietf-httpapi-ratelimit-headers
        (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/) defines the field: a
        structured-field list of quota policy items, each a policy name with `q` (the quota, in requests) and `w`
        (its window, in seconds), and `locksmith-burst` (the draft's vendor-prefixed extension parameter) when at
        most that many may be sent at once; absent, the whole quota may. Each window is a token bucket refilled
        evenly over `w`: `"runtime-key";q=600;w=60;locksmith-burst=20` is 600 a minute, 20 at once. A policy of
        several windows names each `<policy>-<w>s`. Sent on every answer of a rate-limited operation, success or
        error, while the server's limits are on. The policies are `anonymous`, `runtime-address`, `failed-keys`,
        `runtime-key`, `management-key`, `account-runtime` and `account-management` (the README's configuration
        table has their defaults); runtime answers name `account-runtime` only when it refuses.
      schema: {type: string}
    RateLimit:
      description: >-
        The state of each policy in `RateLimit-Policy`, as draft-ietf-httpapi-ratelimit-headers defines the field:
        a structured-field list of service limit items, each the policy name with `r` (the requests that may be sent
        now) and `t` (the seconds until one more may be; 0 when the bucket is full), for example
        `"runtime-key";r=19;t=1`. With several server instances on PostgreSQL the values are this instance's best
        knowledge, which another instance's traffic may make optimistic.
      schema: {type: string}
    Retry-After:
      description: Seconds to wait before sending the request again (RFC 9110, delay-seconds).
      schema: {type: integer, minimum: 1}

  responses:
    BadRequest:
      description: >-
        The request is malformed: invalid JSON (not UTF-8, a repeated key, nesting deeper than 64, an integer
        beyond 64 bits, a NUL character), an invalid query or path parameter (out of range, a cursor the list did
        not return, a NUL character), or a missing `Idempotency-Key`. `detail` names the field.
      headers: *rateLimitHeaders
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

    Unauthorized:
      description: Credentials are missing or not accepted.
      headers: *rateLimitHeaders
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

    Forbidden:
      description: >-
        The credential is valid but may not perform this request: a missing scope, or a license or device
        state that forbids it.
      headers: *rateLimitHeaders
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

    NotFound:
      description: The addressed record, device activation or lease does not exist.
      headers: *rateLimitHeaders
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

    Conflict:
      description: >-
        The request conflicts with current state, a limit, or an earlier use of its idempotency key.
      headers: *rateLimitHeaders
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

    UnprocessableEntity:
      description: The request is well-formed but breaks a validation rule.
      headers: *rateLimitHeaders
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

    TooManyRequests:
      description: >-
        A rate limit refused the request (`RATE_LIMITED`, `detail` naming the policy, such as `runtime-key`), or
        an account's queue of exports is full (`detail: max_queued_exports`), or a license took its
        `max_activations_per_day` seats today (`detail: max_activations_per_day`). Nothing was done; send the
        request again after `Retry-After` seconds. The SDKs' retries wait that long for `GET`s and operations
        with an `Idempotency-Key`.
      headers:
        Retry-After: {$ref: '#/components/headers/Retry-After'}
        RateLimit-Policy: {$ref: '#/components/headers/RateLimit-Policy'}
        RateLimit: {$ref: '#/components/headers/RateLimit'}
      content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}

  schemas:
    ResponseMeta:
      type: object
      description: Per-response metadata present in every JSON envelope.
      required: [request_id, timestamp]
      properties:
        request_id:
          type: string
          description: >-
            Identifier of this request, also recorded in the server log, audit events and activity rows.
        timestamp:
          type: string
          format: date-time
          description: Server time at which the response was produced.
        replica_lag_ms:
          type: integer
          format: int64
          minimum: 0
          x-locksmith-extension: true
          description: >-
            Present only when the answer was read from a streaming replica (`--database-read-url`): how far behind the
            primary the replica's snapshot was, in milliseconds, when the read began. Only reports, the activities
            feed, the events feed and a report export's snapshot (`createReportExport`) may be read from a replica,
            and only while it is within `--replica-max-lag` (default 10 s); absent means the primary answered, with
            everything committed before the request. The runtime and every write read the primary. The
            figure is 0 when the replica had replayed all it had received with its WAL receiver running, and otherwise
            the time since the last transaction it replayed committed on the primary, which can overstate the lag after
            a quiet spell but never understates it.

    ErrorObject:
      type: object
      description: Machine-readable error detail.
      required: [code, message]
      properties:
        code:
          type: string
          description: >-
            Stable upper-case error code; one of the values of `ErrorCode`. New codes may be added, so treat
            unknown codes by their HTTP status.
        message:
          type: string
          description: Human-readable summary of the problem. Not stable; do not parse.
        detail:
          type: string
          description: Extra context when available, such as the offending field or the limit that was hit.

    ErrorEnvelope:
      type: object
      description: Body of every error response.
      required: [error, meta]
      properties:
        error: {$ref: '#/components/schemas/ErrorObject'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    ErrorCode:
      type: string
      description: |-
        Every value `ErrorObject.code` can take, with its HTTP status in `x-error-statuses`. Each operation
        lists the codes it can return in `x-error-codes`; the transport-level codes in `x-any-operation` can
        come from any operation and are not repeated there.

        - `INVALID_JSON` (400): The body is not valid JSON, has a wrong type, or contains an unknown field.
        - `INVALID_QUERY` (400): A query parameter is malformed, out of range, or contradicts another one.
        - `IDEMPOTENCY_KEY_REQUIRED` (400): The operation needs an `Idempotency-Key` header and none was
          sent.
        - `UNAUTHORIZED` (401): Credentials are missing, malformed, unknown, expired, inactive, or used from
          a network outside the key's allowed CIDRs.
        - `TOKEN_SCOPE_DENIED` (403): The management token holds none of the scopes in the operation's
          `x-required-scopes` (and is not `admin`).
        - `ACCOUNT_DISABLED` (403): The license key belongs to a vendor account that the server's operator
          has disabled; no runtime call of that account is answered until it is enabled again.
        - `LICENSE_SUSPENDED` (403): The license is suspended. A management transition refused because of it
          (see `suspendLicense`) carries this code with status 409.
        - `LICENSE_EXPIRED` (403): The license has expired and its grace period, if any, is over (409 on a
          refused management transition).
        - `LICENSE_REVOKED` (403): The license has been revoked (409 on a refused management transition).
        - `LICENSE_NOT_STARTED` (403): The license's `starts_at` is still in the future.
        - `PLATFORM_NOT_ALLOWED` (403): The license's policy does not allow the calling platform: a virtual
          machine (`allow_vm` false) or a container (`allow_container` false); `detail` names `is_vm` or
          `is_container`.
        - `DEVICE_BLACKLISTED` (403): The calling device is blacklisted for this license.
        - `VERSION_NOT_ENTITLED` (403): The product has a version catalog and the request sent no
          `app_version`, or one unknown to the catalog, or one released after the license's eligibility window.
        - `FEATURE_NOT_ENTITLED` (403): The feature is not assigned to the license, is disabled, or has
          expired.
        - `PRODUCT_MISMATCH` (403, extension): The runtime request names a `product_code` that is not the
          product of the license.
        - `NOT_FOUND` (404): The addressed record does not exist (or is not visible to this credential).
        - `NOT_ACTIVATED` (404): The calling device has no active activation on this license.
        - `LEASE_EXPIRED` (404): The floating lease token is unknown, already checked in, or expired.
        - `METHOD_NOT_ALLOWED` (405): The path exists but does not accept this HTTP method.
        - `CONFLICT` (409): The request conflicts with current state: a duplicate unique value, a record
          still in use, or a transition the current status does not allow.
        - `IDEMPOTENCY_KEY_REUSED` (409): The `Idempotency-Key` was already used with a different request.
        - `DEVICE_LIMIT_REACHED` (409): Activating another device would exceed the policy's activation
          limit.
        - `FLOATING_LIMIT_REACHED` (409): Every floating seat of the license is currently leased.
        - `QUOTA_EXCEEDED` (409): The consumption would exceed the feature's remaining quota; nothing was
          recorded.
        - `PAYLOAD_TOO_LARGE` (413): The request body exceeds the server's size limit.
        - `UNSUPPORTED_MEDIA_TYPE` (415): The request body is not sent as `application/json`.
        - `VALIDATION_FAILED` (422): The body is well-formed but breaks a business rule; `detail` names the
          field.
        - `RATE_LIMITED` (429): Too many requests from this credential or address; retry later.
        - `INTERNAL` (500): An unexpected server error; the request id identifies it in the server log.
        - `NOT_IMPLEMENTED` (501): The operation is part of the contract but this server build does not
          provide it.
        - `SERVICE_UNAVAILABLE` (503): A dependency such as the database is unavailable; retry later.
      enum:
        - INVALID_JSON
        - INVALID_QUERY
        - IDEMPOTENCY_KEY_REQUIRED
        - UNAUTHORIZED
        - TOKEN_SCOPE_DENIED
        - ACCOUNT_DISABLED
        - LICENSE_SUSPENDED
        - LICENSE_EXPIRED
        - LICENSE_REVOKED
        - LICENSE_NOT_STARTED
        - PLATFORM_NOT_ALLOWED
        - DEVICE_BLACKLISTED
        - VERSION_NOT_ENTITLED
        - FEATURE_NOT_ENTITLED
        - PRODUCT_MISMATCH
        - NOT_FOUND
        - NOT_ACTIVATED
        - LEASE_EXPIRED
        - METHOD_NOT_ALLOWED
        - CONFLICT
        - IDEMPOTENCY_KEY_REUSED
        - DEVICE_LIMIT_REACHED
        - FLOATING_LIMIT_REACHED
        - QUOTA_EXCEEDED
        - PAYLOAD_TOO_LARGE
        - UNSUPPORTED_MEDIA_TYPE
        - VALIDATION_FAILED
        - RATE_LIMITED
        - INTERNAL
        - NOT_IMPLEMENTED
        - SERVICE_UNAVAILABLE
      x-error-statuses:
        INVALID_JSON: 400
        INVALID_QUERY: 400
        IDEMPOTENCY_KEY_REQUIRED: 400
        UNAUTHORIZED: 401
        TOKEN_SCOPE_DENIED: 403
        ACCOUNT_DISABLED: 403
        LICENSE_SUSPENDED: 403
        LICENSE_EXPIRED: 403
        LICENSE_REVOKED: 403
        LICENSE_NOT_STARTED: 403
        PLATFORM_NOT_ALLOWED: 403
        DEVICE_BLACKLISTED: 403
        VERSION_NOT_ENTITLED: 403
        FEATURE_NOT_ENTITLED: 403
        PRODUCT_MISMATCH: 403
        NOT_FOUND: 404
        NOT_ACTIVATED: 404
        LEASE_EXPIRED: 404
        METHOD_NOT_ALLOWED: 405
        CONFLICT: 409
        IDEMPOTENCY_KEY_REUSED: 409
        DEVICE_LIMIT_REACHED: 409
        FLOATING_LIMIT_REACHED: 409
        QUOTA_EXCEEDED: 409
        PAYLOAD_TOO_LARGE: 413
        UNSUPPORTED_MEDIA_TYPE: 415
        VALIDATION_FAILED: 422
        RATE_LIMITED: 429
        INTERNAL: 500
        NOT_IMPLEMENTED: 501
        SERVICE_UNAVAILABLE: 503
      x-any-operation:
        - INVALID_QUERY
        - METHOD_NOT_ALLOWED
        - PAYLOAD_TOO_LARGE
        - UNSUPPORTED_MEDIA_TYPE
        - RATE_LIMITED
        - INTERNAL
        - NOT_IMPLEMENTED
        - SERVICE_UNAVAILABLE

    PageInfo:
      type: object
      description: Position of a page within a list.
      required: [next_cursor]
      properties:
        next_cursor:
          type: [string, "null"]
          description: Opaque cursor for the next page, to pass back as `cursor`; `null` on the last page.

    EventPageInfo:
      type: object
      description: Position of a page within the event feed.
      required: [next_cursor]
      properties:
        next_cursor:
          type: [integer, "null"]
          format: int64
          description: >-
            Sequence to pass back as `cursor` to read the next (older) page; `null` when no older events
            exist.

    Signature:
      type: object
      description: Detached signature over a runtime response or a ready export's metadata.
      required: [alg, kid, value]
      properties:
        alg:
          type: string
          description: Signature algorithm; always `Ed25519`.
        kid:
          type: string
          description: Identifier of the signing key; match it against `PublicKey.kid`.
        value:
          type: string
          description: >-
            Standard base64 encoding of the 64-byte Ed25519 signature over the exact bytes of `data` as sent
            in the response body.

    PublicKey:
      type: object
      description: A public key that signs (or signed) runtime responses.
      required: [kid, algorithm, public_key, status, created_at]
      properties:
        kid:
          type: string
          description: Key identifier, referenced by `Signature.kid`.
        algorithm:
          type: string
          description: Key algorithm; always `Ed25519`.
        public_key:
          type: string
          description: Standard base64 encoding of the raw 32-byte Ed25519 public key.
        status:
          type: string
          description: >-
            `active` keys sign new responses; `retired` keys no longer sign but stay published so earlier
            responses and offline licenses still verify.
          enum: [active, retired]
        created_at:
          type: string
          format: date-time
          description: When the key was generated.
        account_id:
          type: string
          description: >-
            The vendor account whose answers the key signs. Absent for the server's own key, which signs for the
            accounts that existed before each account had keys of its own, until they are given theirs.
          x-locksmith-extension: true

    HealthData:
      type: object
      description: Liveness result.
      required: [status]
      properties:
        status:
          type: string
          description: Always `ok` when the process answers.
          enum: [ok]

    ReadyData:
      type: object
      description: Readiness result.
      required: [status, db]
      properties:
        status:
          type: string
          description: '`ready` when the server can serve traffic, `not_ready` otherwise.'
          enum: [ready, not_ready]
        db:
          type: string
          description: >-
            Outcome of the database check: `ok`, or a short reason such as `unreachable` or `migrations
            pending`.

    ManagementScope:
      type: string
      description: >-
        Permission carried by a management token. `admin` satisfies every management operation; the others
        grant one area each.
      enum:
        - admin
        - product:read
        - product:write
        - license:read
        - license:write
        - device:write
        - event:read
        - ops:read
        - report:read
        - report:export
        - webhook:write

    APIKey:
      type: object
      description: A management API key. The secret token itself is never returned after creation.
      required: [id, name, key_prefix, scopes, allowed_cidrs, is_active, created_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        name:
          type: string
          description: Label chosen by the creator.
        key_prefix:
          type: string
          description: First characters of the token (`lkm_` plus a few more), enough to recognise it.
        scopes:
          type: array
          description: Scopes the token carries.
          items: {$ref: '#/components/schemas/ManagementScope'}
        allowed_cidrs:
          type: array
          description: >-
            IPv4/IPv6 networks in CIDR notation the token may be used from; empty means any address.
          items: {type: string}
        is_active:
          type: boolean
          description: >-
            False once the key has been revoked (`revokeAPIKey`, or `locksmith api-keys revoke`); a revoked key
            is rejected with 401 and never becomes active again.
        expires_at:
          type: string
          format: date-time
          description: When the key stops working; absent for keys that do not expire.
        last_used_at:
          type: string
          format: date-time
          description: Time of the last authenticated request made with the key; absent if never used.
        created_at:
          type: string
          format: date-time
          description: When the record was created.

    APIKeyCreateRequest:
      type: object
      description: A new management API key.
      required: [name]
      properties:
        name:
          type: string
          description: Label for the key.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        scopes:
          type: array
          description: >-
            Scopes to grant. When absent the key gets `["admin"]`, so pass the narrowest set the job needs.
          minItems: 1
          items: {$ref: '#/components/schemas/ManagementScope'}
        allowed_cidrs:
          type: array
          description: >-
            Networks in CIDR notation (for example `10.0.0.0/8`) the key may be used from; absent or empty
            allows any address. At most 100.
          maxItems: 100
          items: {type: string, minLength: 1, maxLength: 64}
        expires_at:
          type: string
          format: date-time
          description: Optional expiry; must be in the future.
      additionalProperties: false

    APIKeyCreateResponse:
      type: object
      description: A freshly created key together with its secret token.
      required: [api_key, token]
      properties:
        api_key: {$ref: '#/components/schemas/APIKey'}
        token:
          type: string
          description: >-
            The full `lkm_…` bearer token. Shown only in this response; the server keeps only a keyed hash of
            it.

    Product:
      type: object
      description: A product you license.
      required: [id, name, code, metadata, created_at, updated_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        name:
          type: string
          description: Display name.
        code:
          type: string
          description: Unique short code for the product.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    ProductCreateRequest:
      type: object
      description: A new product.
      required: [name, code]
      properties:
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: Short code, unique across products.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    ProductUpdateRequest:
      type: object
      description: Changes to a product. Absent fields are left unchanged.
      properties:
        name:
          type: string
          description: New display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: New code, unique across products.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    LicenseType:
      type: string
      description: >-
        How a license's validity is determined: `perpetual` never expires (an optional maintenance date limits
        version eligibility), `time_limited` and `trial` end at `expires_at`, `subscription` follows renewals
        of a subscription (its linked subscription's `current_period_end`, kept in step by
        `updateSubscription`), and `consumption` is driven by metered feature quotas.
      enum: [perpetual, time_limited, subscription, trial, consumption]

    Policy:
      type: object
      description: Licensing rules shared by every license issued under it.
      required:
        - id
        - product_id
        - name
        - code
        - license_type
        - max_activations
        - floating_timeout_minutes
        - grace_period_days
        - validation_interval_minutes
        - require_heartbeat
        - allow_offline_activation
        - offline_grace_days
        - allow_vm
        - allow_container
        - max_transfers
        - max_activations_per_day
        - deactivate_inactive_after_days
        - metadata
        - created_at
        - updated_at
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product the policy belongs to.
        name:
          type: string
          description: Display name.
        code:
          type: string
          description: Short code, unique within the product.
        license_type: {$ref: '#/components/schemas/LicenseType'}
        max_activations:
          type: integer
          description: Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).
        max_floating_users:
          type: integer
          description: Concurrent floating leases per license; absent when floating checkout is not offered.
        max_container_instances:
          type: integer
          description: >-
            Container instances that may be active at once per license, counted apart from hardware devices;
            absent when containers count against `max_activations`.
        floating_timeout_minutes:
          type: integer
          description: Lifetime of a floating lease without a heartbeat, when the policy requires heartbeats.
        grace_period_days:
          type: integer
          description: Days after expiry during which the license keeps working in `grace_period` status.
        validation_interval_minutes:
          type: integer
          description: How often applications are expected to re-validate; drives `next_check_at`.
        require_heartbeat:
          type: boolean
          description: >-
            Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses
            `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is
            checked in, its device is reset or deactivated, or the license ends.
        allow_offline_activation:
          type: boolean
          description: Whether applications may request offline licenses.
        offline_grace_days:
          type: integer
          description: Validity of an offline license, in days from issuance.
        allow_vm:
          type: boolean
          description: Whether activations from virtual machines are accepted.
        allow_container:
          type: boolean
          description: Whether activations from containers are accepted.
        max_transfers:
          type: integer
          description: How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.
        max_activations_per_day:
          type: integer
          x-locksmith-extension: true
          description: >-
            New seats a license of this policy may take per UTC day (0: no limit). A crowd sharing one key,
            taking turns by deactivating and activating machines, stays within `max_activations` at any
            moment; this bounds how often the seats change hands. Past it, an activation that would take a
            seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC
            midnight); activating an active device again and deactivating are never refused. Counted on the
            license, exactly, across instances.
        deactivate_inactive_after_days:
          type: integer
          x-locksmith-extension: true
          description: >-
            Days a node-locked device may go unseen (no activation, validation, check or consumption) before
            the server deactivates it and frees its seat (0: never). Every instance sweeps every few minutes;
            each device is deactivated once, recorded as `device.deactivated` with `reason: inactive`. The machine
            may activate again later if a seat is free. Ephemeral containers that never deactivate stop holding
            seats this way.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    PolicyCreateRequest:
      type: object
      description: A new policy. Fields left out take the documented defaults.
      required: [name, code, license_type]
      properties:
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: Short code, unique within the product.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        license_type: {$ref: '#/components/schemas/LicenseType'}
        max_activations:
          type: integer
          description: Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).
          minimum: 0
          maximum: 2147483647
          default: 1
        max_floating_users:
          type: integer
          description: >-
            Concurrent floating leases per license. Absent (or 0) means floating checkout is not offered.
          minimum: 0
          maximum: 2147483647
        max_container_instances:
          type: integer
          description: >-
            Container instances that may be active at once per license, counted apart from hardware devices.
            Absent: containers count against `max_activations`.
          minimum: 0
          maximum: 2147483647
        floating_timeout_minutes:
          type: integer
          description: Lifetime of a floating lease without a heartbeat, in minutes, when the policy requires heartbeats.
          minimum: 1
          maximum: 525600
          default: 30
        grace_period_days:
          type: integer
          description: >-
            Days after expiry during which the license keeps working in `grace_period` status; 0 disables the
            grace period.
          minimum: 0
          maximum: 36500
          default: 0
        validation_interval_minutes:
          type: integer
          description: Expected re-validation interval in minutes.
          minimum: 1
          maximum: 525600
          default: 1440
        require_heartbeat:
          type: boolean
          description: >-
            Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses
            `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is
            checked in, its device is reset or deactivated, or the license ends.
          default: false
        allow_offline_activation:
          type: boolean
          description: Whether applications may request offline licenses.
          default: false
        offline_grace_days:
          type: integer
          description: Validity of an offline license, in days from issuance.
          minimum: 1
          maximum: 36500
          default: 7
        allow_vm:
          type: boolean
          description: Whether activations from virtual machines are accepted.
          default: true
        allow_container:
          type: boolean
          description: Whether activations from containers are accepted.
          default: true
        max_transfers:
          type: integer
          description: How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.
          minimum: 0
          maximum: 2147483647
          default: 0
        max_activations_per_day:
          type: integer
          x-locksmith-extension: true
          description: >-
            New seats (default 50) a license of this policy may take per UTC day (0: no limit). A crowd
            sharing one key, taking turns by deactivating and activating machines, stays within
            `max_activations` at any moment; this bounds how often the seats change hands. Past it, an
            activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`,
            `Retry-After` until the next UTC midnight); activating an active device again and deactivating are
            never refused. Counted on the license, exactly, across instances.
          minimum: 0
          maximum: 2147483647
          default: 50
        deactivate_inactive_after_days:
          type: integer
          x-locksmith-extension: true
          description: >-
            Days a node-locked device may go unseen (no activation, validation, check or consumption) before
            the server deactivates it and frees its seat (0: never). Every instance sweeps every few minutes;
            each device is deactivated once, recorded as `device.deactivated` with `reason: inactive`. The machine
            may activate again later if a seat is free. Ephemeral containers that never deactivate stop holding
            seats this way.
          minimum: 0
          maximum: 36500
          default: 0
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    PolicyUpdateRequest:
      type: object
      description: >-
        Changes to a policy. Absent fields are left unchanged; `null` clears an optional limit. New limits
        apply from the next runtime call; devices already active above a lowered limit stay active.
      properties:
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: Short code, unique within the product.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        license_type: {$ref: '#/components/schemas/LicenseType'}
        max_activations:
          type: integer
          description: Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).
          minimum: 0
          maximum: 2147483647
        max_floating_users:
          type: [integer, "null"]
          description: Concurrent floating leases per license; `null` stops offering floating checkout.
          minimum: 0
          maximum: 2147483647
        max_container_instances:
          type: [integer, "null"]
          description: >-
            Separate container-instance limit; `null` makes containers count against `max_activations` again.
          minimum: 0
          maximum: 2147483647
        floating_timeout_minutes:
          type: integer
          description: Lifetime of a floating lease without a heartbeat, in minutes, when the policy requires heartbeats.
          minimum: 1
          maximum: 525600
        grace_period_days:
          type: integer
          description: >-
            Days after expiry during which the license keeps working in `grace_period` status; 0 disables the
            grace period.
          minimum: 0
          maximum: 36500
        validation_interval_minutes:
          type: integer
          description: Expected re-validation interval in minutes.
          minimum: 1
          maximum: 525600
        require_heartbeat:
          type: boolean
          description: >-
            Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses
            `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is
            checked in, its device is reset or deactivated, or the license ends.
        allow_offline_activation:
          type: boolean
          description: Whether applications may request offline licenses.
        offline_grace_days:
          type: integer
          description: Validity of an offline license, in days from issuance.
          minimum: 1
          maximum: 36500
        allow_vm:
          type: boolean
          description: Whether activations from virtual machines are accepted.
        allow_container:
          type: boolean
          description: Whether activations from containers are accepted.
        max_transfers:
          type: integer
          description: How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.
          minimum: 0
          maximum: 2147483647
        max_activations_per_day:
          type: integer
          x-locksmith-extension: true
          description: New seats a license of this policy may take per UTC day; 0 means no limit.
          minimum: 0
          maximum: 2147483647
        deactivate_inactive_after_days:
          type: integer
          x-locksmith-extension: true
          description: Days a node-locked device may go unseen before it is deactivated; 0 means never.
          minimum: 0
          maximum: 36500
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    Feature:
      type: object
      description: A capability of a product that licenses can be entitled to, optionally metered.
      required: [id, product_id, code, name, metadata, created_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product the feature belongs to.
        code:
          type: string
          description: Short code, unique within the product; runtime calls and entitlements refer to it.
        name:
          type: string
          description: Display name.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.

    FeatureCreateRequest:
      type: object
      description: A new feature.
      required: [name, code]
      properties:
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: >-
            Short code, unique within the product: 1–64 lower-case ASCII letters, digits, `.`, `_` and `-`. It
            appears in signed runtime payloads, which are ASCII.
          pattern: ^[a-z0-9._-]{1,64}$
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    ProductVersion:
      type: object
      description: A release in a product's version catalog.
      required: [id, product_id, version, released_at, metadata, created_at, updated_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product the version belongs to.
        version:
          type: string
          description: Version string, unique within the product, as applications report it in `app_version`.
        released_at:
          type: string
          format: date-time
          description: >-
            Release date; compared with a license's maintenance or expiry date to decide eligibility.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    ProductVersionCreateRequest:
      type: object
      description: A new release.
      required: [version]
      properties:
        version:
          type: string
          description: >-
            Semantic version (semver 2.0.0: `MAJOR.MINOR.PATCH`, optionally `-prerelease` and `+build`, for
            example `2.1.0` or `3.0.0-rc.1+build.7`; at most 64 characters), unique within the product.
          maxLength: 64
          pattern: '^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$'
        released_at:
          type: string
          format: date-time
          description: Release date; the current server time when absent.
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    CustomFieldResourceType:
      type: string
      description: Kind of record a custom field attaches to.
      enum: [license, customer]

    CustomFieldValueType:
      type: string
      description: Type of a custom field's value; selects which `*_value` field carries it.
      enum: [string, integer, boolean, datetime, enum]

    CustomFieldDefinition:
      type: object
      description: A typed custom field defined on a product for its licenses or customers.
      required:
        - id
        - product_id
        - resource_type
        - code
        - name
        - value_type
        - is_required
        - enum_options
        - metadata
        - created_at
        - updated_at
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product that defines the field.
        resource_type: {$ref: '#/components/schemas/CustomFieldResourceType'}
        code:
          type: string
          description: Short code, unique per product and resource type.
        name:
          type: string
          description: Display name.
        value_type: {$ref: '#/components/schemas/CustomFieldValueType'}
        is_required:
          type: boolean
          description: >-
            Whether every record of the resource type must carry a value; a required value cannot be cleared.
        enum_options:
          type: array
          description: Allowed values when `value_type` is `enum`; empty otherwise.
          items: {type: string}
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    CustomFieldDefinitionCreateRequest:
      type: object
      description: A new custom field definition.
      required: [resource_type, code, name, value_type]
      properties:
        resource_type: {$ref: '#/components/schemas/CustomFieldResourceType'}
        code:
          type: string
          description: Short code, unique per product and resource type.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        value_type: {$ref: '#/components/schemas/CustomFieldValueType'}
        is_required:
          type: boolean
          description: Whether a value is mandatory.
          default: false
        enum_options:
          type: array
          description: >-
            Allowed values; required and non-empty when `value_type` is `enum` (at most 200 options, each
            1–200 characters, not blank, without control characters, no repeats); for other value types only an empty list is accepted.
          maxItems: 200
          uniqueItems: true
          items: {type: string, minLength: 1, maxLength: 200, pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'}
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    CustomFieldDefinitionUpdateRequest:
      type: object
      description: >-
        Changes to a custom field definition. Absent fields are left unchanged; the resource type and value
        type are fixed.
      properties:
        code:
          type: string
          description: New code, unique per product and resource type.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        name:
          type: string
          description: New display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        is_required:
          type: boolean
          description: Whether a value is mandatory.
        enum_options:
          type: array
          description: >-
            Replacement list of allowed values (enum fields only; at most 200 options, each 1–200 characters, not blank,
            without control characters, no repeats). Dropping an option that stored values still use is rejected with 409.
          maxItems: 200
          uniqueItems: true
          items: {type: string, minLength: 1, maxLength: 200, pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'}
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    Customer:
      type: object
      description: A customer that licenses, orders and subscriptions can belong to.
      required: [id, name, code, metadata, created_at, updated_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        name:
          type: string
          description: Display name.
        code:
          type: string
          description: Your unique reference for the customer.
        email:
          type: string
          description: Contact address; absent when not set.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    CustomerCreateRequest:
      type: object
      description: A new customer.
      required: [name, code]
      properties:
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: Your reference for the customer, unique across customers.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        email:
          type: string
          description: Contact address.
          maxLength: 254
          pattern: '^[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+@[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\.[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$'
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    CustomerUpdateRequest:
      type: object
      description: Changes to a customer. Absent fields are left unchanged; `null` clears an optional field.
      properties:
        name:
          type: string
          description: New display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        code:
          type: string
          description: New reference, unique across customers.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
        email:
          type: [string, "null"]
          description: New contact address; `null` removes it.
          maxLength: 254
          pattern: '^[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+@[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\.[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$'
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    CustomFieldValue:
      type: object
      description: The value of one custom field on one license or customer, with its definition.
      required:
        - definition_id
        - product_id
        - resource_type
        - resource_id
        - code
        - name
        - value_type
        - is_required
        - enum_options
        - metadata
        - updated_at
      properties:
        definition_id:
          type: string
          description: Custom field definition the value belongs to.
        product_id:
          type: string
          description: Product that defines the field.
        resource_type: {$ref: '#/components/schemas/CustomFieldResourceType'}
        resource_id:
          type: string
          description: License or customer the value is attached to.
        code:
          type: string
          description: Code of the field.
        name:
          type: string
          description: Display name of the field.
        value_type: {$ref: '#/components/schemas/CustomFieldValueType'}
        is_required:
          type: boolean
          description: Whether the field is mandatory.
        enum_options:
          type: array
          description: Allowed values for enum fields; empty otherwise.
          items: {type: string}
        metadata:
          type: object
          description: Metadata of the definition.
          additionalProperties: true
        string_value:
          type: string
          description: Value of a `string` field.
        integer_value:
          type: integer
          format: int64
          description: Value of an `integer` field.
        boolean_value:
          type: boolean
          description: Value of a `boolean` field.
        datetime_value:
          type: string
          format: date-time
          description: Value of a `datetime` field.
        enum_value:
          type: string
          description: Value of an `enum` field; one of `enum_options`.
        updated_at:
          type: string
          format: date-time
          description: When the value was last written.

    CustomFieldValueUpsertRequest:
      type: object
      description: >-
        Sets or clears one custom field value. Send exactly one `*_value` field matching the definition's
        `value_type`, or `clear: true` alone.
      properties:
        clear:
          type: boolean
          description: Remove the stored value (answered with 204). Not allowed for required fields.
        string_value:
          type: string
          description: Value for a `string` field, at most 4096 characters.
          maxLength: 4096
        integer_value:
          type: integer
          format: int64
          description: >-
            Value for an `integer` field, within ±(2^53 − 1) so that every JavaScript client reads it exactly.
          minimum: -9007199254740991
          maximum: 9007199254740991
        boolean_value:
          type: boolean
          description: Value for a `boolean` field.
        datetime_value:
          type: string
          format: date-time
          description: Value for a `datetime` field.
        enum_value:
          type: string
          description: Value for an `enum` field; must be one of the definition's `enum_options`.
      additionalProperties: false

    SubscriptionStatus:
      type: string
      description: Status of a subscription as reported by the external commerce system.
      enum: [trialing, active, past_due, paused, canceled]

    OrderStatus:
      type: string
      description: Status of an order as reported by the external commerce system.
      enum: [pending, paid, fulfilled, canceled, refunded]

    Subscription:
      type: object
      description: >-
        A subscription mirrored from an external commerce system. Locksmith stores it for attribution and
        reporting; it does not bill.
      required:
        - id
        - product_id
        - external_system
        - external_id
        - status
        - current_period_start
        - current_period_end
        - cancel_at_period_end
        - metadata
        - created_at
        - updated_at
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product the subscription is for.
        customer_id:
          type: string
          description: Customer that holds the subscription; absent when not linked.
        external_system:
          type: string
          description: Name of the commerce system the record comes from, for example `stripe` or `paddle`.
        external_id:
          type: string
          description: >-
            Identifier of the record in that system; unique per product together with `external_system`.
        status: {$ref: '#/components/schemas/SubscriptionStatus'}
        current_period_start:
          type: string
          format: date-time
          description: Start of the current billing period.
        current_period_end:
          type: string
          format: date-time
          description: End of the current billing period.
        cancel_at_period_end:
          type: boolean
          description: Whether the subscription ends when the current period does.
        canceled_at:
          type: string
          format: date-time
          description: When the subscription was canceled; absent unless canceled.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    SubscriptionCreateRequest:
      type: object
      description: A new subscription record.
      required: [external_system, external_id, status, current_period_start, current_period_end]
      properties:
        customer_id:
          type: string
          description: Customer that holds the subscription.
        external_system:
          type: string
          description: Name of the commerce system the record comes from, for example `stripe` or `paddle`.
          minLength: 1
          maxLength: 64
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        external_id:
          type: string
          description: >-
            Identifier of the record in that system; unique per product together with `external_system`.
          minLength: 1
          maxLength: 255
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        status: {$ref: '#/components/schemas/SubscriptionStatus'}
        current_period_start:
          type: string
          format: date-time
          description: Start of the current billing period.
        current_period_end:
          type: string
          format: date-time
          description: End of the current billing period; after `current_period_start`.
        cancel_at_period_end:
          type: boolean
          description: Whether the subscription ends with the current period.
          default: false
        canceled_at:
          type: string
          format: date-time
          description: Cancellation time; only accepted when `status` is `canceled`.
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    SubscriptionUpdateRequest:
      type: object
      description: >-
        Changes to a subscription record. Absent fields are left unchanged; `null` clears an optional field
        (an empty string also clears `customer_id`).
      properties:
        customer_id:
          type: [string, "null"]
          description: New customer link; `null` unlinks.
        external_system:
          type: string
          description: Name of the commerce system the record comes from, for example `stripe` or `paddle`.
          minLength: 1
          maxLength: 64
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        external_id:
          type: string
          description: >-
            Identifier of the record in that system; unique per product together with `external_system`.
          minLength: 1
          maxLength: 255
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        status: {$ref: '#/components/schemas/SubscriptionStatus'}
        current_period_start:
          type: string
          format: date-time
          description: Start of the current billing period.
        current_period_end:
          type: string
          format: date-time
          description: End of the current billing period.
        cancel_at_period_end:
          type: boolean
          description: Whether the subscription ends with the current period.
        canceled_at:
          type: [string, "null"]
          format: date-time
          description: Cancellation time; `null` clears it.
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    Order:
      type: object
      description: An order mirrored from an external commerce system, kept for attribution and reporting.
      required: [id, product_id, external_system, external_id, status, metadata, created_at, updated_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product the order is for.
        customer_id:
          type: string
          description: Customer that placed the order; absent when not linked.
        subscription_id:
          type: string
          description: Subscription the order belongs to; absent when not linked.
        external_system:
          type: string
          description: Name of the commerce system the record comes from, for example `stripe` or `paddle`.
        external_id:
          type: string
          description: >-
            Identifier of the record in that system; unique per product together with `external_system`.
        status: {$ref: '#/components/schemas/OrderStatus'}
        period_start:
          type: string
          format: date-time
          description: Start of the service period the order pays for; absent when not set.
        period_end:
          type: string
          format: date-time
          description: End of the service period the order pays for; absent when not set.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    OrderCreateRequest:
      type: object
      description: A new order record.
      required: [external_system, external_id, status]
      properties:
        customer_id:
          type: string
          description: Customer that placed the order.
        subscription_id:
          type: string
          description: Subscription of the same product the order belongs to.
        external_system:
          type: string
          description: Name of the commerce system the record comes from, for example `stripe` or `paddle`.
          minLength: 1
          maxLength: 64
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        external_id:
          type: string
          description: >-
            Identifier of the record in that system; unique per product together with `external_system`.
          minLength: 1
          maxLength: 255
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        status: {$ref: '#/components/schemas/OrderStatus'}
        period_start:
          type: string
          format: date-time
          description: Start of the service period; send together with `period_end`.
        period_end:
          type: string
          format: date-time
          description: End of the service period; send together with `period_start`.
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    OrderUpdateRequest:
      type: object
      description: >-
        Changes to an order record. Absent fields are left unchanged; `null` clears an optional field (an
        empty string also clears `customer_id` and `subscription_id`).
      properties:
        customer_id:
          type: [string, "null"]
          description: New customer link; `null` unlinks.
        subscription_id:
          type: [string, "null"]
          description: New subscription link; `null` unlinks.
        external_system:
          type: string
          description: Name of the commerce system the record comes from, for example `stripe` or `paddle`.
          minLength: 1
          maxLength: 64
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        external_id:
          type: string
          description: >-
            Identifier of the record in that system; unique per product together with `external_system`.
          minLength: 1
          maxLength: 255
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        status: {$ref: '#/components/schemas/OrderStatus'}
        period_start:
          type: [string, "null"]
          format: date-time
          description: Start of the service period; `null` clears it (clear both ends together).
        period_end:
          type: [string, "null"]
          format: date-time
          description: End of the service period; `null` clears it (clear both ends together).
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    LicenseStatus:
      type: string
      description: >-
        Lifecycle status of a license. `suspended` and `revoked` are set by an operator; otherwise the dates
        decide at the moment of reading: past `expires_at` a license is `grace_period` for the policy's
        `grace_period_days`, then `expired`. A suspended license reports `suspended` whatever its dates.
      enum: [active, suspended, expired, revoked, grace_period]

    License:
      type: object
      description: >-
        A license issued to a customer under a policy. The license key itself is never returned after
        creation.
      required:
        - id
        - product_id
        - policy_id
        - status
        - license_key_prefix
        - license_key_last4
        - active_device_count
        - times_activated
        - times_transferred
        - total_consumptions
        - entitlement_version
        - metadata
        - created_at
        - updated_at
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        product_id:
          type: string
          description: Product the license is for.
        policy_id:
          type: string
          description: Policy whose rules apply.
        customer_id:
          type: string
          description: Linked customer; absent when not linked.
        order_id:
          type: string
          description: Order the license originated from; absent when not linked.
        subscription_id:
          type: string
          description: Subscription the license originated from; absent when not linked.
        status: {$ref: '#/components/schemas/LicenseStatus'}
        license_key_prefix:
          type: string
          description: First characters of the license key (`lsk_` plus a few more).
        license_key_last4:
          type: string
          description: Last four characters of the license key.
        customer_email:
          type: string
          description: Licensee email recorded on the license; absent when not set.
        customer_name:
          type: string
          description: Licensee name recorded on the license; absent when not set.
        active_device_count:
          type: integer
          description: Devices currently active.
        times_activated:
          type: integer
          description: Activations performed over the license's lifetime.
        times_transferred:
          type: integer
          description: Transfers performed over the license's lifetime.
        total_consumptions:
          type: integer
          format: int64
          description: Metered units consumed across all features; never more than 2^53 − 1.
        entitlement_version:
          type: integer
          format: int64
          description: >-
            Counter raised by every change that affects runtime entitlements; runtime responses carry it so
            applications can spot stale caches.
        starts_at:
          type: string
          format: date-time
          description: Start of validity; absent when valid from creation.
        expires_at:
          type: string
          format: date-time
          description: End of validity; absent for licenses that do not expire.
        maintenance_expires_at:
          type: string
          format: date-time
          description: 'For perpetual licenses: versions released after this date are not covered.'
        revoked_at:
          type: string
          format: date-time
          x-locksmith-extension: true
          description: When the license was revoked; absent unless it is.
        max_activations:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of node-locked devices active at once, in place of its policy's
            `max_activations`; absent when the license follows its policy.
          minimum: 0
          maximum: 2147483647
        max_floating_users:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of concurrent floating leases, in place of its policy's; absent when the
            license follows its policy. A policy that stops offering floating checkout stops it for this license
            too.
          minimum: 0
          maximum: 2147483647
        max_container_instances:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of active container instances, in place of its policy's; absent when the
            license follows its policy.
          minimum: 0
          maximum: 2147483647
        max_transfers:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of transfers, in place of its policy's `max_transfers`; absent when the
            license follows its policy.
          minimum: 0
          maximum: 2147483647
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    LicenseFileRequest:
      type: object
      x-locksmith-extension: true
      description: How long the file is valid, and the key to encrypt it for.
      additionalProperties: false
      properties:
        ttl_days:
          type: integer
          description: Days the file is valid from its issue; it never outlasts the license itself.
          minimum: 1
          maximum: 3650
          default: 30
        license_key:
          type: string
          description: >-
            The license's full key, to encrypt the payload for; only a holder of the key can then read it.
          minLength: 47
          maxLength: 47
          pattern: ^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$
        fingerprint:
          type: string
          description: >-
            A machine's fingerprint: the file becomes a machine file for that machine, which is activated on
            the license first if it is not active (an air-gapped activation, under the ordinary seat rules).
          minLength: 1
          maxLength: 512
          pattern: ^[ -~]*$

    LicenseFileAlgorithm:
      type: string
      x-locksmith-extension: true
      description: >-
        How a license file's `enc` is made. `base64+ed25519`: the standard base64 of the payload, as in
        Keygen's signed license files. `aes-256-gcm-hkdf+ed25519`: the payload encrypted for the license key
        (Locksmith's own derivation, so its own name; `LicenseFile` gives every step).
      enum: [base64+ed25519, aes-256-gcm-hkdf+ed25519]

    LicenseFile:
      type: object
      x-locksmith-extension: true
      description: |-
        A license file. `certificate` is the text to save as a `.lic` file:

            -----BEGIN LICENSE FILE-----
            <standard base64 of the certificate JSON, in lines of at most 60 characters>
            -----END LICENSE FILE-----

        The certificate JSON is `{"enc": …, "sig": …, "alg": …}` (Keygen's layout). To verify and read one,
        with only the public keys and, for an encrypted file, the license key:

        1. Take the lines between the armor lines, join them without line breaks, decode the standard base64,
           and parse the JSON.
        2. `sig` is the standard base64 of an Ed25519 signature over the ASCII bytes `license/` followed by
           the ASCII bytes of `enc` exactly as they appear. Verify it with one of the account's public keys
           (`listPublicKeys` with `account_id`; the payload's `kid` names the one that signed). The `license/`
           prefix keeps a file's signature from passing for a runtime answer's, whose signed `data` starts
           with `{`.
        3. With `alg` `base64+ed25519`, `enc` is the standard base64 of the payload. With
           `aes-256-gcm-hkdf+ed25519`, `enc` is four standard base64 parts joined by `.`: ciphertext, nonce
           (12 bytes), tag (16 bytes) and salt (16 bytes). Derive the key with HKDF-SHA256 (RFC 5869): input
           keying material the UTF-8 bytes of the license key, salt the salt part, info the ASCII bytes
           `locksmith license file v1`, 32 bytes out. Decrypt with AES-256-GCM: that key, the nonce, additional
           authenticated data the ASCII bytes `license`, and the ciphertext with its tag.
        4. The payload is compact JSON (`LicenseFilePayload`). Honour it only while the device's clock is
           between `issued` and `expiry`, and only when its `account_id` and `product_code` are the ones the
           application expects.

        A machine file differs in four places: its armor lines say `MACHINE FILE`; its signature is over
        `machine/` followed by `enc`; an encrypted one derives its key from the UTF-8 bytes of the license key
        followed by those of the machine's fingerprint, with info `locksmith machine file v1` and additional
        authenticated data `machine`; and its payload has `machine` (`id` and `fingerprint`), which must be the
        machine the application runs on.
      required: [certificate, kind, alg, issued_at, expires_at, kid]
      properties:
        certificate:
          type: string
          description: The armored certificate, the whole content of the `.lic` file.
        kind:
          type: string
          description: '`license`, or `machine` for a file bound to one machine (requested with `fingerprint`).'
          enum: [license, machine]
        alg: {$ref: '#/components/schemas/LicenseFileAlgorithm'}
        issued_at:
          type: string
          format: date-time
          description: When the file was issued (the payload's `issued`).
        expires_at:
          type: string
          format: date-time
          description: When the file stops being valid (the payload's `expiry`).
        kid:
          type: string
          description: The key that signed the file.
        nonce:
          type: string
          description: 'From `issueMachineFile`: the request''s `nonce`, echoed in the signed answer.'

    LicenseFilePayload:
      type: object
      x-locksmith-extension: true
      description: >-
        What a license file says, as compact JSON: the license as it stood at issue, with its effective
        limits and entitlements.
      required: [account_id, product_id, product_code, license, limits, entitlements, issued, expiry, ttl, kid]
      properties:
        account_id:
          type: string
          description: The vendor account the license belongs to.
        product_id:
          type: string
          description: The licensed product.
        product_code:
          type: string
          description: The licensed product's code.
        license:
          type: object
          description: >-
            `id`, `status` (`LicenseStatus`), `license_type`, `entitlement_version`, and `starts_at`,
            `expires_at`, `maintenance_expires_at` when set.
          additionalProperties: true
        limits:
          type: object
          description: >-
            The effective limits: `max_activations`, `max_transfers`, and `max_floating_users` and
            `max_container_instances` when they apply.
          additionalProperties: true
        entitlements:
          type: array
          description: The assigned features, by code, each with `enabled`, and `quota`, `consumed` and `expires_at` when set.
          items: {type: object, additionalProperties: true}
        issued:
          type: string
          format: date-time
          description: When the file was issued.
        expiry:
          type: string
          format: date-time
          description: Issue plus `ttl`, or the end of the license's validity when that comes first.
        machine:
          type: object
          description: 'Machine files only: the machine, `id` (its device id) and `fingerprint`.'
          additionalProperties: true
        ttl:
          type: integer
          description: The time-to-live asked for, in seconds.
        kid:
          type: string
          description: The key that signed the file.

    LicenseFileVerifyRequest:
      type: object
      x-locksmith-extension: true
      description: A license file to verify, and the key to decrypt it with when it is encrypted.
      required: [certificate]
      additionalProperties: false
      properties:
        certificate:
          type: string
          description: The whole armored certificate.
          minLength: 1
          maxLength: 65536
        license_key:
          type: string
          description: The license's full key, for an encrypted file.
          minLength: 47
          maxLength: 47
          pattern: ^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$
        fingerprint:
          type: string
          description: For a machine file, the fingerprint of the machine it must be for (and, encrypted, to decrypt it).
          minLength: 1
          maxLength: 512
          pattern: ^[ -~]*$

    LicenseFileError:
      type: string
      x-locksmith-extension: true
      description: >-
        Why a license file does not hold: `malformed` (not an armored certificate of this layout),
        `unknown_key` (the payload names a key that is not the account's, or the account has none),
        `signature` (no key of the account makes the signature; a changed file says this),
        `decryption` (an encrypted file without the right `license_key`, or `fingerprint` for a machine file),
        `wrong_machine` (a machine file for another fingerprint than the one given), `expired` (past its
        `expiry`), `license_revoked` (the license was revoked since).
      enum: [malformed, unknown_key, signature, decryption, wrong_machine, expired, license_revoked]

    LicenseFileVerification:
      type: object
      x-locksmith-extension: true
      description: What verifying a license file found.
      required: [valid, errors]
      properties:
        valid:
          type: boolean
          description: Whether the file holds now (`errors` is empty).
        errors:
          type: array
          description: Every reason it does not, in the order checked.
          items: {$ref: '#/components/schemas/LicenseFileError'}
        alg: {$ref: '#/components/schemas/LicenseFileAlgorithm'}
        kid:
          type: string
          description: The key that made the signature, when one of the account's did.
        content:
          type: object
          description: The decoded payload (`LicenseFilePayload`), when the signature verifies and it could be read.
          additionalProperties: true

    LicenseRevocationCheckRequest:
      type: object
      x-locksmith-extension: true
      description: The licenses to check, by id and by full key; at most 100 items in both lists together.
      additionalProperties: false
      anyOf:
        - required: [license_ids]
        - required: [license_keys]
      properties:
        license_ids:
          type: array
          description: License ids.
          maxItems: 100
          items: {type: string, minLength: 1, maxLength: 64}
        license_keys:
          type: array
          description: Full license keys (`lsk_…`), as issued.
          maxItems: 100
          items:
            type: string
            minLength: 47
            maxLength: 47
            pattern: ^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$

    LicenseRevocationStatus:
      type: string
      x-locksmith-extension: true
      description: A license's `LicenseStatus`, or `not_found` for an item that names no license of the account.
      enum: [active, suspended, expired, revoked, grace_period, not_found]

    LicenseRevocationResult:
      type: object
      x-locksmith-extension: true
      description: What one item of the check found.
      required: [license_id, status, revoked_at]
      properties:
        license_id:
          type: [string, 'null']
          description: The license the item names; `null` when it names none.
        status: {$ref: '#/components/schemas/LicenseRevocationStatus'}
        revoked_at:
          type: [string, 'null']
          format: date-time
          description: When the license was revoked; `null` unless it is.

    LicenseRevocationCheck:
      type: object
      x-locksmith-extension: true
      description: The results of a revocation check.
      required: [results, checked_at]
      properties:
        results:
          type: array
          description: One result per item sent, `license_ids` first, then `license_keys`, each in order.
          items: {$ref: '#/components/schemas/LicenseRevocationResult'}
        checked_at:
          type: string
          format: date-time
          description: The moment the statuses were read at.

    LicenseLookupRequest:
      type: object
      x-locksmith-extension: true
      description: A license key to look up.
      additionalProperties: false
      required: [license_key]
      properties:
        license_key:
          type: string
          description: >-
            The full license key, as issued: `lsk_` and the unpadded base64url encoding of 32 bytes, whose last
            character therefore carries two zero bits.
          minLength: 47
          maxLength: 47
          pattern: ^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$
    LicenseCreateRequest:
      type: object
      description: A new license.
      required: [product_id, policy_id]
      properties:
        product_id:
          type: string
          description: Product to license.
          minLength: 1
        policy_id:
          type: string
          description: Policy of that product whose rules apply.
          minLength: 1
        customer_id:
          type: string
          description: Customer to link.
        order_id:
          type: string
          description: >-
            Origin order (same product). When it links to a subscription and `subscription_id` is absent, that
            subscription is linked too.
        subscription_id:
          type: string
          description: Origin subscription (same product).
        customer_email:
          type: string
          description: Licensee email to record on the license.
          maxLength: 254
          pattern: '^[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+@[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\.[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$'
        customer_name:
          type: string
          description: Licensee name to record on the license.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        starts_at:
          type: string
          format: date-time
          description: Start of validity; creation time when absent.
        expires_at:
          type: string
          format: date-time
          description: >-
            End of validity. Expected for `time_limited` and `trial` licenses; absent means no expiry.
        maintenance_expires_at:
          type: string
          format: date-time
          description: Maintenance cut-off; only accepted for `perpetual` licenses.
        max_activations:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of node-locked devices active at once, in place of its policy's
            `max_activations`; absent to follow the policy.
          minimum: 0
          maximum: 2147483647
        max_floating_users:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of concurrent floating leases, in place of its policy's; absent to
            follow the policy.
          minimum: 0
          maximum: 2147483647
        max_container_instances:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of active container instances, in place of its policy's; absent to
            follow the policy.
          minimum: 0
          maximum: 2147483647
        max_transfers:
          type: integer
          x-locksmith-extension: true
          description: >-
            This license's own limit of transfers, in place of its policy's `max_transfers`; absent to
            follow the policy.
          minimum: 0
          maximum: 2147483647
        features:
          type: array
          x-locksmith-extension: true
          description: >-
            Features of the product to assign at issue, in the same transaction as the license (all or none).
            Each names its feature by exactly one of `feature_id` and `feature_code`, at most once in the list.
          maxItems: 100
          items: {$ref: '#/components/schemas/LicenseFeatureGrant'}
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    LicenseFeatureGrant:
      type: object
      x-locksmith-extension: true
      description: >-
        A feature assigned as the license is issued: exactly one of `feature_id` and `feature_code`, and an
        optional quota. It starts enabled, for the license's lifetime, with nothing consumed.
      properties:
        feature_id:
          type: string
          description: Feature of the license's product, by id.
          minLength: 1
        feature_code:
          type: string
          description: Feature of the license's product, by code.
          minLength: 1
          maxLength: 64
        max_consumptions:
          type: integer
          format: int64
          description: Quota of metered units (at most 2^53 − 1); absent for unlimited use.
          minimum: 0
          maximum: 9007199254740991
      additionalProperties: false
      oneOf:
        - required: [feature_id]
        - required: [feature_code]

    LicenseUpdateRequest:
      type: object
      x-locksmith-extension: true
      description: >-
        Changes to a license's licensee, metadata, limits and policy. Absent fields are left unchanged; `null`
        clears the licensee's name or e-mail, and makes a limit follow the policy again. Status and dates
        change through their own operations (suspend, reinstate, revoke, renew, transfer).
      minProperties: 1
      properties:
        customer_name:
          type: [string, 'null']
          description: Licensee name recorded on the license.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        customer_email:
          type: [string, 'null']
          description: Licensee email recorded on the license.
          maxLength: 254
          pattern: '^[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+@[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\.[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$'
        policy_id:
          type: string
          description: >-
            Another policy of the license's product, issuing the same `license_type`: an upgrade or a
            downgrade.
          minLength: 1
        max_activations:
          type: [integer, 'null']
          description: The license's own `max_activations`; `null` follows the policy.
          minimum: 0
          maximum: 2147483647
        max_floating_users:
          type: [integer, 'null']
          description: The license's own `max_floating_users`; `null` follows the policy.
          minimum: 0
          maximum: 2147483647
        max_container_instances:
          type: [integer, 'null']
          description: The license's own `max_container_instances`; `null` follows the policy.
          minimum: 0
          maximum: 2147483647
        max_transfers:
          type: [integer, 'null']
          description: The license's own `max_transfers`; `null` follows the policy.
          minimum: 0
          maximum: 2147483647
        metadata:
          type: object
          description: Replaces the stored metadata object as a whole.
          additionalProperties: true
      additionalProperties: false

    LicenseCreateResponse:
      type: object
      description: A freshly issued license together with its key.
      required: [license, license_key]
      properties:
        license: {$ref: '#/components/schemas/License'}
        license_key:
          type: string
          description: >-
            The full `lsk_…` license key. Shown only in this response; the server keeps only a keyed hash of
            it.

    LicenseRenewRequest:
      type: object
      description: >-
        A renewal. Send exactly one of `expires_at` or `extend_by_days`. An extension counts from the current
        expiry while the license is still valid, otherwise from now.
      properties:
        expires_at:
          type: string
          format: date-time
          description: New expiry; must be later than the current one.
        extend_by_days:
          type: integer
          description: >-
            Days to add, at most 36500 (a hundred years). The new expiry must not pass
            9999-12-31T23:59:59Z, the last instant RFC 3339 can write (422 naming `extend_by_days`).
          minimum: 1
          maximum: 36500
        order_id:
          type: string
          description: >-
            Order that paid for the renewal (same product). Recorded in the audit trail; the license's origin
            links are not changed.
        subscription_id:
          type: string
          description: >-
            Subscription behind the renewal (same product). Recorded in the audit trail; the license's origin
            links are not changed.
      additionalProperties: false
      oneOf:
        - required: [expires_at]
        - required: [extend_by_days]

    LicenseTransferRequest:
      type: object
      description: >-
        A change of licensee. Send at least one field; `reset_devices: false` alone changes nothing and is
        refused (422 naming `customer_id`).
      properties:
        customer_id:
          type: string
          description: New customer; an empty string unlinks the current one.
        customer_email:
          type: string
          description: New licensee email.
          maxLength: 254
          pattern: '^[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+@[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*\.[^@\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[^@.\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$'
        customer_name:
          type: string
          description: New licensee name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        reset_devices:
          type: boolean
          description: Also release every active device so the new licensee starts with free slots.
          default: false
      additionalProperties: false
      anyOf:
        - required: [customer_id]
        - required: [customer_email]
        - required: [customer_name]
        - required: [reset_devices]

    LicenseFeature:
      type: object
      description: A feature assigned to a license, with its usage counters.
      required: [license_id, feature_id, feature_code, feature_name, enabled, total_consumptions, metadata]
      properties:
        license_id:
          type: string
          description: License holding the assignment.
        feature_id:
          type: string
          description: Assigned feature.
        feature_code:
          type: string
          description: Code of the feature.
        feature_name:
          type: string
          description: Display name of the feature.
        enabled:
          type: boolean
          description: Whether the entitlement is currently granted.
        max_consumptions:
          type: integer
          format: int64
          description: Quota of metered units; absent when usage is not limited.
        total_consumptions:
          type: integer
          format: int64
          description: Units consumed so far; never more than 2^53 − 1.
        remaining:
          type: integer
          format: int64
          description: Units left before the quota is reached; absent when usage is not limited.
        expires_at:
          type: string
          format: date-time
          description: When the entitlement ends; absent when it lasts as long as the license.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true

    LicenseFeatureAssignRequest:
      type: object
      description: Assigns a feature to a license, or updates the existing assignment.
      required: [feature_id]
      properties:
        feature_id:
          type: string
          description: Feature of the license's product.
          minLength: 1
        enabled:
          type: boolean
          description: Whether the entitlement is granted.
          default: true
        max_consumptions:
          type: integer
          format: int64
          description: Quota of metered units (at most 2^53 − 1); absent for unlimited use.
          minimum: 0
          maximum: 9007199254740991
        expires_at:
          type: string
          format: date-time
          description: When the entitlement ends; absent for the license's lifetime.
        metadata:
          type: object
          description: >-
            Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded,
            nested at most 63 levels, integers within 64 bits).
          additionalProperties: true
      additionalProperties: false

    LicenseFeatureUsageResetRequest:
      type: object
      description: >-
        Adjusts metered usage of one assigned feature. Select it with exactly one of `feature_id` or
        `feature_code`, then send at least one change.
      properties:
        feature_id:
          type: string
          description: Assigned feature, by id.
        feature_code:
          type: string
          description: Assigned feature, by code.
        add_credits:
          type: integer
          format: int64
          description: >-
            Units to add to the quota. The resulting quota must stay within 2^53 − 1 (422 naming
            `add_credits` otherwise).
          minimum: 1
          maximum: 9007199254740991
        max_consumptions:
          type: integer
          format: int64
          description: New quota.
          minimum: 0
          maximum: 9007199254740991
        total_consumptions:
          type: integer
          format: int64
          description: >-
            New consumed counter. The license's `total_consumptions` follows it and must stay within 2^53 − 1
            (422 naming `total_consumptions` otherwise).
          minimum: 0
          maximum: 9007199254740991
        reset_consumed:
          type: boolean
          description: >-
            `true` sets the consumed counter back to zero. Not with `total_consumptions`, whatever its value;
            `false` alone changes nothing and is refused like an empty adjustment.
      additionalProperties: false
      oneOf:
        - required: [feature_id]
        - required: [feature_code]
      anyOf:
        - required: [add_credits]
        - required: [max_consumptions]
        - required: [total_consumptions]
        - required: [reset_consumed]
      not:
        anyOf:
          - required: [add_credits, max_consumptions]
          - required: [reset_consumed, total_consumptions]

    DeviceStatus:
      type: string
      description: State of a device binding.
      enum: [active, deactivated, blacklisted, reset, expired]

    DeviceBindingKind:
      type: string
      description: >-
        `hardware` devices are identified by a fingerprint; `container` devices by their container, pod,
        namespace or cluster identity.
      enum: [hardware, container]

    DeviceSeat:
      type: string
      description: >-
        How a device holds the license: `node_locked` devices were activated and take one of the policy's
        `max_activations` slots; `floating` devices were bound by a floating checkout, take no slot, and may use
        the license only while they hold a live lease.
      enum: [node_locked, floating]
      x-locksmith-extension: true

    Device:
      type: object
      description: A machine or container instance bound to a license.
      required:
        - id
        - license_id
        - binding_kind
        - binding_key
        - is_vm
        - is_container
        - status
        - first_seen_at
        - last_seen_at
        - metadata
        - created_at
        - updated_at
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        license_id:
          type: string
          description: License the device is bound to.
        binding_kind: {$ref: '#/components/schemas/DeviceBindingKind'}
        seat: {$ref: '#/components/schemas/DeviceSeat'}
        binding_key:
          type: string
          description: >-
            Normalised identity the binding is matched on (derived from the fingerprint or the container
            fields).
        fingerprint:
          type: string
          description: Hardware fingerprint sent by the application.
        hostname:
          type: string
          description: Host name reported by the application.
        os:
          type: string
          description: Operating system reported by the application.
        ip_address:
          type: string
          description: Address the last runtime call came from.
        is_vm:
          type: boolean
          description: Whether the application reported running in a virtual machine.
        is_container:
          type: boolean
          description: Whether the application reported running in a container.
        container_id:
          type: string
          description: Container identifier.
        cluster_id:
          type: string
          description: Cluster identifier.
        namespace:
          type: string
          description: Namespace of the workload.
        pod_name:
          type: string
          description: Pod name of the workload.
        status: {$ref: '#/components/schemas/DeviceStatus'}
        first_seen_at:
          type: string
          format: date-time
          description: First runtime call from the device.
        last_seen_at:
          type: string
          format: date-time
          description: Latest runtime call from the device.
        last_validated_at:
          type: string
          format: date-time
          description: Latest successful validation; absent if never validated.
        metadata:
          type: object
          description: Free-form JSON object supplied by the caller; an empty object when none was set.
          additionalProperties: true
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    FeatureEntitlement:
      type: object
      description: A feature entitlement as seen by the application.
      required: [code, enabled]
      properties:
        code:
          type: string
          description: Feature code.
        enabled:
          type: boolean
          description: Whether the feature may be used now.
        quota:
          type: integer
          format: int64
          description: Metered quota; absent when unlimited.
        consumed:
          type: integer
          format: int64
          description: Units consumed so far; absent for unmetered features.
        remaining:
          type: integer
          format: int64
          description: Units left; absent when unlimited.

    VersionEligibility:
      type: object
      description: Whether the reported application version is covered by the license.
      required: [app_version, is_entitled, enforced]
      properties:
        app_version:
          type: string
          description: Version the application reported.
        is_entitled:
          type: boolean
          description: Whether that version may run under the license.
        enforced:
          type: boolean
          description: False while the product has no version catalog; versions are then not checked.
        released_at:
          type: string
          format: date-time
          description: Release date of the version, when it is in the catalog.
        eligible_through:
          type: string
          format: date-time
          description: >-
            Latest release date the license covers (maintenance or expiry date); absent when unbounded.

    RuntimeBindingRequest:
      type: object
      description: >-
        Identity of the calling installation. A machine sends `fingerprint` and leaves `is_container` false; a
        container sets `is_container` and at least one of `container_id`, `pod_name`, `namespace` or
        `cluster_id` (together they identify the container). Operations that need a device answer 422 naming
        `fingerprint` when neither identity is present. Every string is printable ASCII (space to `~`).
      properties:
        fingerprint: &binding-fingerprint
          type: string
          description: Stable hardware fingerprint of the machine.
          minLength: 1
          maxLength: 512
          pattern: ^[ -~]*$
        hostname: &binding-hostname
          type: string
          description: Host name, for display.
          maxLength: 255
          pattern: ^[ -~]*$
        os: &binding-os
          type: string
          description: Operating system, for display.
          maxLength: 255
          pattern: ^[ -~]*$
        is_vm: &binding-is-vm
          type: boolean
          description: Whether the application runs in a virtual machine.
        is_container: &binding-is-container
          type: boolean
          description: Whether the application runs in a container.
        container_id: &binding-container-id
          type: string
          description: Container identifier.
          maxLength: 255
          pattern: ^[ -~]*$
        cluster_id: &binding-cluster-id
          type: string
          description: Cluster identifier.
          maxLength: 255
          pattern: ^[ -~]*$
        namespace: &binding-namespace
          type: string
          description: Namespace of the workload.
          maxLength: 255
          pattern: ^[ -~]*$
        pod_name: &binding-pod-name
          type: string
          description: Pod name of the workload.
          maxLength: 255
          pattern: ^[ -~]*$
        app_version: &binding-app-version
          type: string
          description: >-
            Version of the running application, checked against the product's version catalog, and required
            once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored
            when the catalog has no entry with it, and is left out of signed data.
          pattern: ^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$
        nonce: &binding-nonce
          type: string
          description: >-
            A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for
            another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.
          minLength: 1
          maxLength: 64
          pattern: '^[ -%(-*,-;=?-_a-~]{1,64}$'
          x-locksmith-extension: true
        product_code: &binding-product-code
          type: string
          description: >-
            Code of the product the application is. When it is sent and the license is for another product, the
            call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
          x-locksmith-extension: true
      additionalProperties: false

    ValidateLicenseKeyRequest:
      type: object
      x-locksmith-extension: true
      description: >-
        A validation that carries its license key in the body: `key`, then the binding fields of
        `RuntimeBindingRequest` (the same definitions), in one closed object.
      required: [key]
      properties:
        key:
          type: string
          description: The full license key (`lsk_…`), as issued.
          minLength: 1
          maxLength: 512
        fingerprint: *binding-fingerprint
        hostname: *binding-hostname
        os: *binding-os
        is_vm: *binding-is-vm
        is_container: *binding-is-container
        container_id: *binding-container-id
        cluster_id: *binding-cluster-id
        namespace: *binding-namespace
        pod_name: *binding-pod-name
        app_version: *binding-app-version
        nonce: *binding-nonce
        product_code: *binding-product-code
      additionalProperties: false

    ConsumeLicenseRequest:
      type: object
      description: >-
        A metered consumption from the calling device: the binding fields of `RuntimeBindingRequest` (the same
        definitions) plus the usage to record, in one closed object.
      required: [feature_code, event_id]
      properties:
        fingerprint: *binding-fingerprint
        hostname: *binding-hostname
        os: *binding-os
        is_vm: *binding-is-vm
        is_container: *binding-is-container
        container_id: *binding-container-id
        cluster_id: *binding-cluster-id
        namespace: *binding-namespace
        pod_name: *binding-pod-name
        app_version: *binding-app-version
        nonce: *binding-nonce
        product_code: *binding-product-code
        feature_code:
          type: string
          description: Code of an assigned, metered feature.
          pattern: ^[a-z0-9._-]{1,64}$
        amount:
          type: integer
          format: int64
          description: >-
            Units to consume, at most 2^53 − 1 so that every JavaScript client reads counters exactly. A
            consumption that would take the feature's counter or the license's total past that bound is
            refused with 422 naming `amount`, and one past the quota with 409 `QUOTA_EXCEEDED`; either way
            nothing is recorded.
          minimum: 1
          maximum: 9007199254740991
          default: 1
        event_id:
          type: string
          description: >-
            Your identifier for this usage event. Repeating an `event_id` returns the original result
            without consuming again.
          minLength: 1
          maxLength: 255
      additionalProperties: false

    FloatingLeaseRequest:
      type: object
      description: Identifies a floating lease.
      required: [lease_token]
      properties:
        lease_token:
          type: string
          description: Token returned by `checkoutFloatingLicense`.
          minLength: 1
          maxLength: 128
        nonce:
          type: string
          description: >-
            A fresh value of the application's choosing, echoed in the signed `data` (see
            `RuntimeBindingRequest.nonce`).
          minLength: 1
          maxLength: 64
          pattern: '^[ -%(-*,-;=?-_a-~]{1,64}$'
          x-locksmith-extension: true
        product_code:
          type: string
          description: >-
            Code of the product the application is. When it is sent and the license is for another product, the
            call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.
          minLength: 1
          maxLength: 64
          pattern: ^[a-z0-9._-]{1,64}$
          x-locksmith-extension: true
      additionalProperties: false

    RuntimeEntitlementResponseData:
      type: object
      description: Signed entitlement state of a license on the calling device.
      required:
        - license_id
        - status
        - license_type
        - entitlement_version
        - issued_at
        - next_check_at
        - device_id
        - features
      properties:
        account_id:
          type: string
          description: >-
            The vendor account the license belongs to. An application that knows its vendor's account refuses
            an answer naming another.
          x-locksmith-extension: true
        product_id:
          type: string
          description: The product the license is for.
          x-locksmith-extension: true
        product_code:
          type: string
          description: >-
            Code of the product the license is for. An application refuses an answer whose `product_code` is not
            its own: a license of another product, however validly signed, does not unlock it.
          x-locksmith-extension: true
        nonce:
          type: string
          description: The request's `nonce`, when it sent one.
          x-locksmith-extension: true
        license_id:
          type: string
          description: License the response is about.
        status:
          type: string
          description: License status at issue time; one of the `LicenseStatus` values.
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version:
          type: integer
          format: int64
          description: The license's entitlement counter at issue time.
        issued_at:
          type: string
          format: date-time
          description: When the server produced this payload.
        next_check_at:
          type: string
          format: date-time
          description: When the application should validate again.
        expires_at:
          type: string
          format: date-time
          description: License expiry; absent when it does not expire.
        device_id:
          type: string
          description: Device the entitlement is bound to.
        features:
          type: array
          description: Entitlements of every feature assigned to the license.
          items: {$ref: '#/components/schemas/FeatureEntitlement'}
        version_eligibility: {$ref: '#/components/schemas/VersionEligibility'}

    DeactivationResponseData:
      type: object
      description: Signed confirmation that a device was released.
      required: [license_id, status, license_type, entitlement_version, issued_at, device_id]
      properties:
        account_id:
          type: string
          description: >-
            The vendor account the license belongs to. An application that knows its vendor's account refuses
            an answer naming another.
          x-locksmith-extension: true
        product_id:
          type: string
          description: The product the license is for.
          x-locksmith-extension: true
        product_code:
          type: string
          description: >-
            Code of the product the license is for. An application refuses an answer whose `product_code` is not
            its own: a license of another product, however validly signed, does not unlock it.
          x-locksmith-extension: true
        nonce:
          type: string
          description: The request's `nonce`, when it sent one.
          x-locksmith-extension: true
        license_id:
          type: string
          description: License the response is about.
        status:
          type: string
          description: License status at issue time; one of the `LicenseStatus` values.
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version:
          type: integer
          format: int64
          description: The license's entitlement counter at issue time.
        issued_at:
          type: string
          format: date-time
          description: When the server produced this payload.
        device_id:
          type: string
          description: Device that was deactivated.
        expires_at:
          type: string
          format: date-time
          description: License expiry; absent when it does not expire.

    FloatingCheckoutResponseData:
      type: object
      description: Signed entitlement plus a new floating lease.
      required:
        - license_id
        - status
        - license_type
        - entitlement_version
        - issued_at
        - device_id
        - lease_token
        - lease_expires_at
        - features
      properties:
        account_id:
          type: string
          description: >-
            The vendor account the license belongs to. An application that knows its vendor's account refuses
            an answer naming another.
          x-locksmith-extension: true
        product_id:
          type: string
          description: The product the license is for.
          x-locksmith-extension: true
        product_code:
          type: string
          description: >-
            Code of the product the license is for. An application refuses an answer whose `product_code` is not
            its own: a license of another product, however validly signed, does not unlock it.
          x-locksmith-extension: true
        nonce:
          type: string
          description: The request's `nonce`, when it sent one.
          x-locksmith-extension: true
        license_id:
          type: string
          description: License the response is about.
        status:
          type: string
          description: License status at issue time; one of the `LicenseStatus` values.
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version:
          type: integer
          format: int64
          description: The license's entitlement counter at issue time.
        issued_at:
          type: string
          format: date-time
          description: When the server produced this payload.
        expires_at:
          type: string
          format: date-time
          description: License expiry; absent when it does not expire.
        device_id:
          type: string
          description: Device holding the lease.
        lease_token:
          type: string
          description: Secret token of the lease; send it to heartbeat and check-in.
        lease_expires_at:
          type: string
          format: date-time
          description: When the lease lapses unless a heartbeat renews it (a policy that needs no heartbeats gives the license's end).
        features:
          type: array
          description: Entitlements of every feature assigned to the license.
          items: {$ref: '#/components/schemas/FeatureEntitlement'}
        version_eligibility: {$ref: '#/components/schemas/VersionEligibility'}

    FloatingLeaseResponseData:
      type: object
      description: Signed state of an existing floating lease.
      required:
        - license_id
        - status
        - license_type
        - entitlement_version
        - issued_at
        - device_id
        - lease_expires_at
      properties:
        account_id:
          type: string
          description: >-
            The vendor account the license belongs to. An application that knows its vendor's account refuses
            an answer naming another.
          x-locksmith-extension: true
        product_id:
          type: string
          description: The product the license is for.
          x-locksmith-extension: true
        product_code:
          type: string
          description: >-
            Code of the product the license is for. An application refuses an answer whose `product_code` is not
            its own: a license of another product, however validly signed, does not unlock it.
          x-locksmith-extension: true
        nonce:
          type: string
          description: The request's `nonce`, when it sent one.
          x-locksmith-extension: true
        license_id:
          type: string
          description: License the response is about.
        status:
          type: string
          description: License status at issue time; one of the `LicenseStatus` values.
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version:
          type: integer
          format: int64
          description: The license's entitlement counter at issue time.
        issued_at:
          type: string
          format: date-time
          description: When the server produced this payload.
        expires_at:
          type: string
          format: date-time
          description: License expiry; absent when it does not expire.
        device_id:
          type: string
          description: Device holding the lease.
        lease_expires_at:
          type: string
          format: date-time
          description: New lapse time after a heartbeat, or the check-in time after a check-in.
        features:
          type: array
          description: Entitlements of every feature assigned to the license.
          items: {$ref: '#/components/schemas/FeatureEntitlement'}
        version_eligibility: {$ref: '#/components/schemas/VersionEligibility'}

    OfflineEnvelope:
      type: object
      description: |-
        An offline license sealed for one license key. To open it, with only the license key and the public
        keys:

        1. Derive the key: HKDF-SHA256 (RFC 5869) with input keying material the UTF-8 bytes of the license key
           (`lsk_…`, as given to the customer), salt the bytes of `salt` (16 bytes), info the ASCII bytes
           `locksmith offline license v1`, and output length 32 bytes.
        2. Decrypt with AES-256-GCM: key from step 1, nonce the 12 bytes of `nonce`, additional authenticated
           data the ASCII bytes of `kid`, and `ciphertext`, whose last 16 bytes are the authentication tag.
           A wrong license key or any change to the envelope fails authentication.
        3. The plaintext is the compact JSON `{"data":…,"signature":…}`: `data` is an `OfflineLicenseData` and
           `signature` a `Signature` over the exact bytes of `data` as they appear in the plaintext, made with
           the key `kid` (also `signature.kid`). Verify it as any runtime answer.
        4. Honour `data` only between `offline_valid_from` and `offline_valid_until`, by the device's clock.
      required: [kid, salt, nonce, ciphertext]
      properties:
        kid:
          type: string
          description: Identifier of the key that signed the inner payload; also the AES-GCM associated data.
        salt:
          type: string
          description: Standard base64 of the 16-byte HKDF salt, random for each envelope.
        nonce:
          type: string
          description: Standard base64 of the 12-byte AES-GCM nonce, random for each envelope.
        ciphertext:
          type: string
          description: Standard base64 of the ciphertext followed by the 16-byte authentication tag.

    OfflineLicenseData:
      type: object
      description: >-
        The signed entitlement sealed in an `OfflineEnvelope`: the fields of a runtime entitlement plus the
        window in which it may be used without the server.
      required:
        - license_id
        - status
        - license_type
        - entitlement_version
        - issued_at
        - device_id
        - features
        - offline_valid_from
        - offline_valid_until
      x-locksmith-extension: true
      properties:
        account_id:
          type: string
          description: >-
            The vendor account the license belongs to. An application that knows its vendor's account refuses
            an answer naming another.
        product_id:
          type: string
          description: The product the license is for.
        product_code:
          type: string
          description: >-
            Code of the product the license is for. An application refuses an answer whose `product_code` is not
            its own: a license of another product, however validly signed, does not unlock it.
        nonce:
          type: string
          description: The request's `nonce`, when it sent one.
        license_id:
          type: string
          description: License the payload is about.
        status:
          type: string
          description: License status at issue time; one of the `LicenseStatus` values.
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version:
          type: integer
          format: int64
          description: The license's entitlement counter at issue time.
        issued_at:
          type: string
          format: date-time
          description: When the server produced this payload.
        expires_at:
          type: string
          format: date-time
          description: License expiry; absent when it does not expire.
        device_id:
          type: string
          description: Device the offline license is bound to.
        features:
          type: array
          description: Entitlements of every feature assigned to the license.
          items: {$ref: '#/components/schemas/FeatureEntitlement'}
        version_eligibility: {$ref: '#/components/schemas/VersionEligibility'}
        offline_valid_from:
          type: string
          format: date-time
          description: Start of the offline window (issue time).
        offline_valid_until:
          type: string
          format: date-time
          description: >-
            End of the offline window: issue time plus the policy's `offline_grace_days`, but never past
            `expires_at`.

    MachineFileRequest:
      type: object
      x-locksmith-extension: true
      description: >-
        The machine to activate and bind a machine file to: the binding fields of `RuntimeBindingRequest` (the
        same definitions; `fingerprint` required), and the file's time-to-live.
      required: [fingerprint]
      properties:
        fingerprint: *binding-fingerprint
        hostname: *binding-hostname
        os: *binding-os
        is_vm: *binding-is-vm
        app_version: *binding-app-version
        nonce: *binding-nonce
        product_code: *binding-product-code
        ttl_days:
          type: integer
          description: Days the file is valid from its issue; it never outlasts the license itself.
          minimum: 1
          maximum: 3650
          default: 30
      additionalProperties: false

    SignedLicenseFileEnvelope:
      type: object
      x-locksmith-extension: true
      description: >-
        Runtime success body with a license or machine file. `signature` covers the exact bytes of `data` as
        they appear in the body; the certificate inside is signed on its own as well.
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/LicenseFile'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    LicenseTokenRequest:
      type: object
      x-locksmith-extension: true
      description: >-
        What the token asserts and for how long. With `fingerprint`, the token is for that activated device (the
        same definitions as `RuntimeBindingRequest`).
      properties:
        fingerprint: *binding-fingerprint
        app_version: *binding-app-version
        nonce: *binding-nonce
        product_code: *binding-product-code
        ttl_seconds:
          type: integer
          description: Seconds the token is valid from its issue; it never outlasts the license itself.
          minimum: 60
          maximum: 86400
          default: 3600
        alg: {$ref: '#/components/schemas/LicenseTokenAlgorithm'}
      additionalProperties: false

    LicenseTokenAlgorithm:
      type: string
      x-locksmith-extension: true
      description: >-
        The JWS algorithm of a license token: `EdDSA` (Ed25519, RFC 8037; the default) or `RS256` (RSASSA-PKCS1-v1_5
        with SHA-256, RFC 7518), for which the account needs an RSA token key.
      enum: [EdDSA, RS256]
      default: EdDSA

    LicenseToken:
      type: object
      x-locksmith-extension: true
      description: A license token and how to verify it.
      required: [token, token_type, alg, kid, issued_at, expires_at, jwks_uri]
      properties:
        token:
          type: string
          description: The JWT (`issueLicenseToken` describes its header and claims).
        token_type:
          type: string
          description: '`Bearer`: send it as `Authorization: Bearer <token>` to the vendor''s services.'
          enum: [Bearer]
        alg: {$ref: '#/components/schemas/LicenseTokenAlgorithm'}
        kid:
          type: string
          description: The token key that signed it, as the JWK Set names it.
        issued_at:
          type: string
          format: date-time
          description: The token's `iat`.
        expires_at:
          type: string
          format: date-time
          description: The token's `exp`.
        jwks_uri:
          type: string
          description: Where the keys that verify it are published (`getWellKnownJWKS`, for the account).
        nonce:
          type: string
          description: The request's `nonce`, echoed; absent when none was sent.

    LicenseTokenClaims:
      type: object
      x-locksmith-extension: true
      description: >-
        The claims of a license token (the JWT's second part), as `issueLicenseToken` describes each.
      required: [iss, sub, aud, iat, nbf, exp, jti, token_use, account_id, product_id, status, license_type, entitlement_version, features]
      properties:
        iss: {type: string, description: The server's public URL.}
        sub: {type: string, description: The license id.}
        aud: {type: string, description: The product's code.}
        iat: {type: integer, format: int64, description: 'When the token was issued, in seconds since 1970.'}
        nbf: {type: integer, format: int64, description: 'When the token becomes valid (its issue), in seconds since 1970.'}
        exp: {type: integer, format: int64, description: 'When the token expires, in seconds since 1970.'}
        jti: {type: string, description: The token's unique id.}
        token_use:
          type: string
          description: '`locksmith_license_v1`.'
        account_id: {type: string, description: The vendor account.}
        product_id: {type: string, description: The product.}
        status: {$ref: '#/components/schemas/LicenseStatus'}
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version: {type: integer, format: int64, description: The license's entitlement version at issue.}
        features:
          type: array
          description: The codes of the features the license was entitled to at issue, sorted.
          items: {type: string}
        device_id: {type: string, description: 'The device, when the token was asked for with `fingerprint`.'}

    SignedLicenseTokenEnvelope:
      type: object
      x-locksmith-extension: true
      description: >-
        Runtime success body with a license token. `signature` covers the exact bytes of `data` as they appear in
        the body; the token inside carries its own signature, made with a token key.
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/LicenseToken'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    JSONWebKey:
      type: object
      x-locksmith-extension: true
      description: >-
        A public token key as a JSON Web Key (RFC 7517): an Ed25519 key as RFC 8037 writes it (`kty` `OKP`, `crv`
        `Ed25519`, `x` the base64url of its 32 bytes), or an RSA key as RFC 7518 writes it (`kty` `RSA`, `n` and
        `e` the base64url of the modulus and exponent, big-endian, without leading zeros).
      required: [kty, kid, use, alg]
      properties:
        kty:
          type: string
          description: The key type.
          enum: [OKP, RSA]
        crv:
          type: string
          description: The curve of an `OKP` key.
          enum: [Ed25519]
        x:
          type: string
          description: The public key of an `OKP` key, base64url without padding.
          pattern: ^[A-Za-z0-9_-]{43}$
        n:
          type: string
          description: The modulus of an `RSA` key, base64url without padding.
          pattern: ^[A-Za-z0-9_-]+$
        e:
          type: string
          description: The public exponent of an `RSA` key, base64url without padding.
          pattern: ^[A-Za-z0-9_-]+$
        kid:
          type: string
          description: The key's id, which a token's header names.
        use:
          type: string
          description: '`sig`: the key verifies signatures.'
          enum: [sig]
        alg: {$ref: '#/components/schemas/LicenseTokenAlgorithm'}

    JSONWebKeySet:
      type: object
      x-locksmith-extension: true
      description: A JWK Set (RFC 7517, section 5).
      required: [keys]
      properties:
        keys:
          type: array
          description: Every token key asked for, newest first.
          items: {$ref: '#/components/schemas/JSONWebKey'}

    TokenIntrospectionRequest:
      type: object
      x-locksmith-extension: true
      description: What RFC 7662, section 2.1, sends.
      required: [token]
      properties:
        token: &token-field
          type: string
          description: The token, as `issueLicenseToken` gave it.
          minLength: 1
          maxLength: 8192
        token_type_hint: &token-type-hint
          type: string
          description: The RFC's hint of the token's type; every token here is a license token, so it is ignored.
          maxLength: 64
      additionalProperties: false

    TokenRevocationRequest:
      type: object
      x-locksmith-extension: true
      description: What RFC 7009, section 2.1, sends.
      required: [token]
      properties:
        token: *token-field
        token_type_hint: *token-type-hint
      additionalProperties: false

    TokenIntrospectionReason:
      type: string
      x-locksmith-extension: true
      description: Why a token of the caller's account is not active (`introspectLicenseToken` lists each check).
      enum: [token_expired, token_not_yet_valid, token_revoked, license_suspended, license_revoked, license_expired, device_inactive]

    TokenIntrospection:
      type: object
      x-locksmith-extension: true
      description: >-
        The introspection answer of RFC 7662, section 2.2: `active`, and for a token of the caller's account its
        claims (`issueLicenseToken` describes them) and, when it is not active, the `reason`.
      required: [active]
      properties:
        active:
          type: boolean
          description: Whether the token may be honoured now.
        reason: {$ref: '#/components/schemas/TokenIntrospectionReason'}
        token_type:
          type: string
          description: '`Bearer`.'
          enum: [Bearer]
        iss: {type: string, description: The token's issuer.}
        sub: {type: string, description: The license id.}
        aud: {type: string, description: The product's code.}
        iat: {type: integer, format: int64, description: 'When the token was issued, in seconds since 1970.'}
        nbf: {type: integer, format: int64, description: 'When the token became valid, in seconds since 1970.'}
        exp: {type: integer, format: int64, description: 'When the token expires, in seconds since 1970.'}
        jti: {type: string, description: The token's id.}
        token_use:
          type: string
          description: '`locksmith_license_v1`.'
        account_id: {type: string, description: The vendor account.}
        product_id: {type: string, description: The product.}
        status: {$ref: '#/components/schemas/LicenseStatus'}
        license_type: {$ref: '#/components/schemas/LicenseType'}
        entitlement_version: {type: integer, format: int64, description: The license's entitlement version when the token was issued.}
        features:
          type: array
          description: The feature codes the token asserts.
          items: {type: string}
        device_id: {type: string, description: 'The device the token names, when it names one.'}

    SignedRuntimeEntitlementEnvelope:
      type: object
      description: >-
        Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body
        (compact, ASCII-only JSON); verify it before trusting `data`.
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/RuntimeEntitlementResponseData'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    SignedRuntimeDeactivationEnvelope:
      type: object
      description: >-
        Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body
        (compact, ASCII-only JSON); verify it before trusting `data`.
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/DeactivationResponseData'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    SignedRuntimeFloatingCheckoutEnvelope:
      type: object
      description: >-
        Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body
        (compact, ASCII-only JSON); verify it before trusting `data`.
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/FloatingCheckoutResponseData'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    SignedRuntimeFloatingLeaseEnvelope:
      type: object
      description: >-
        Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body
        (compact, ASCII-only JSON); verify it before trusting `data`.
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/FloatingLeaseResponseData'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}

    AuditActorType:
      type: string
      description: >-
        Kind of principal behind an action: a management key, a license (runtime calls), an OIDC-authenticated
        operator, or the server itself.
      enum: [api_key, license, oidc_subject, system]

    Event:
      type: object
      description: One entry of the tamper-evident audit chain.
      required: [sequence, event_type, actor_type, actor_id, resource_type, metadata, created_at]
      properties:
        sequence:
          type: integer
          format: int64
          description: Position in the chain; strictly increasing.
        event_type:
          type: string
          description: Dotted event name, for example `license.created` or `device.blacklisted`.
        actor_type: {$ref: '#/components/schemas/AuditActorType'}
        actor_id:
          type: string
          description: Identifier of the actor (API key id, license id, subject, or `system`).
        resource_type:
          type: string
          description: Kind of record affected, for example `license`.
        resource_id:
          type: string
          description: Identifier of the record affected; absent for events without one.
        metadata:
          type: object
          description: Event details. Secrets and raw runtime binding values are redacted.
          additionalProperties: true
        ip_address:
          type: string
          description: Client address of the request that caused the event, when there was one.
        created_at:
          type: string
          format: date-time
          description: When the event was recorded.

    WebhookEndpoint:
      type: object
      description: A URL that receives signed event deliveries.
      required: [id, name, url, secret_prefix, event_types, is_active, created_at, updated_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        name:
          type: string
          description: Display name.
        url:
          type: string
          format: uri
          description: Delivery URL.
        secret_prefix:
          type: string
          description: >-
            First characters of the current signing secret (`whsec_` and four more, or the first four of a
            custom secret), to tell secrets apart. The full secret is returned only on create and rotation.
        event_types:
          type: array
          description: Event types delivered; empty means every type.
          items: {$ref: '#/components/schemas/WebhookEventType'}
        is_active:
          type: boolean
          description: >-
            Inactive endpoints receive no deliveries: events are not queued for them, and queued deliveries
            wait until the endpoint is active again.
        disabled_reason: {$ref: '#/components/schemas/WebhookEndpointDisabledReason'}
        last_delivery_at:
          type: string
          format: date-time
          description: Time of the latest delivery attempt; absent if none yet.
        created_at:
          type: string
          format: date-time
          description: When the record was created.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed.

    WebhookEndpointCreateRequest:
      type: object
      description: A new webhook endpoint.
      required: [name, url]
      properties:
        name:
          type: string
          description: Display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        url:
          type: string
          format: uri
          description: >-
            Delivery URL: `https` with a public address (`http` and private addresses only on a server started
            with `--webhook-allow-private`).
          maxLength: 2048
        event_types:
          type: array
          description: Event types to deliver; absent or empty means every type.
          items: {$ref: '#/components/schemas/WebhookEventType'}
          maxItems: 100
        secret:
          type: string
          description: >-
            Signing secret to use, `whsec_` + standard base64 of 24–64 bytes or 16–255 printable ASCII
            characters without spaces; generated when absent.
          minLength: 16
          maxLength: 255
          pattern: '^[!-~]{16,255}$'
        is_active:
          type: boolean
          description: Whether deliveries start right away.
          default: true
      additionalProperties: false

    WebhookEndpointUpdateRequest:
      type: object
      description: Changes to a webhook endpoint. Absent fields are left unchanged.
      properties:
        name:
          type: string
          description: New display name.
          minLength: 1
          maxLength: 200
          pattern: '^[^\x00-\x1F\x7F-\x9F]*[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000][^\x00-\x1F\x7F-\x9F]*$'
        url:
          type: string
          format: uri
          description: New delivery URL, under the same rules as on create.
          maxLength: 2048
        event_types:
          type: array
          description: Replacement list of event types; an empty list subscribes to every type.
          items: {$ref: '#/components/schemas/WebhookEventType'}
          maxItems: 100
        secret:
          type: string
          description: >-
            Replaces the signing secret with this value. Cannot be combined with `rotate_secret`, whatever
            its value.
          minLength: 16
          maxLength: 255
          pattern: '^[!-~]{16,255}$'
        rotate_secret:
          type: boolean
          description: >-
            `true` generates a new signing secret and returns it, once, as `{webhook, secret}` inside `data`.
            Cannot be combined with `secret`.
        is_active:
          type: boolean
          description: Pause (`false`) or resume (`true`) deliveries; `true` also re-enables an endpoint the server disabled.
      additionalProperties: false
      not:
        required: [secret, rotate_secret]

    WebhookEndpointWithSecret:
      type: object
      description: An endpoint together with its signing secret, on create and after a rotation.
      required: [webhook, secret]
      properties:
        webhook: {$ref: '#/components/schemas/WebhookEndpoint'}
        secret:
          type: string
          description: The signing secret. Shown only in this response.

    WebhookEndpointDisabledReason:
      type: string
      description: >-
        Why the server turned a webhook endpoint off: `gone` (the receiver answered 410 Gone) or `failing`
        (deliveries failed for 24 hours). Absent while the endpoint is active or paused by a caller.
      enum: [gone, failing]
      x-locksmith-extension: true

    WebhookDeliveryStatus:
      type: string
      x-locksmith-extension: true
      description: >-
        `pending`: due or being retried; `delivered`: a receiver answered 2xx; `failed`: given up after the last
        retry (or when the endpoint was deleted).
      enum: [pending, delivered, failed]
    WebhookDelivery:
      type: object
      x-locksmith-extension: true
      description: One event queued for one endpoint, and the attempts made at it.
      required: [id, endpoint_id, event_type, status, attempt_count, attempts, created_at]
      properties:
        id:
          type: string
          description: Identifier of the delivery, sent as the `webhook-id` header of every attempt.
        endpoint_id:
          type: string
          description: The endpoint it is for.
        event_type: {$ref: '#/components/schemas/WebhookEventType'}
        status: {$ref: '#/components/schemas/WebhookDeliveryStatus'}
        attempt_count:
          type: integer
          description: Attempts made since it was queued (or last redelivered).
          minimum: 0
          maximum: 2147483647
        next_attempt_at:
          type: [string, 'null']
          format: date-time
          description: When the next attempt is due, while the delivery is pending.
        completed_at:
          type: [string, 'null']
          format: date-time
          description: When it was delivered or given up.
        created_at:
          type: string
          format: date-time
          description: When the event was queued.
        attempts:
          type: array
          description: Every attempt made at it, oldest first.
          items: {$ref: '#/components/schemas/WebhookDeliveryAttempt'}
    WebhookDeliveryAttempt:
      type: object
      x-locksmith-extension: true
      description: One attempt at a delivery.
      required: [attempted_at, succeeded, duration_ms]
      properties:
        attempted_at:
          type: string
          format: date-time
          description: When the attempt started.
        succeeded:
          type: boolean
          description: Whether the receiver answered 2xx.
        status_code:
          type: [integer, 'null']
          description: The receiver's HTTP status; absent when it never answered.
          minimum: 100
          maximum: 599
        duration_ms:
          type: integer
          description: How long the attempt took, in milliseconds.
          minimum: 0
          maximum: 2147483647
        error:
          type: [string, 'null']
          description: Why it failed, when it did.
    WebhookEventType:
      type: string
      description: |-
        The events a webhook endpoint can subscribe to. Each is also the `event_type` of the audit event the
        change records, and the `type` of the delivery's payload, whose `data` is the resource as the API
        returns it (see the root `webhooks`).

        - `license.created`, `license.suspended`, `license.reinstated`, `license.revoked`, `license.renewed`,
          `license.transferred`: a license was issued or its lifecycle changed (`License`).
        - `license.updated`: a license's licensee, metadata, limits or policy changed (`License`).
        - `device.activated`, `device.deactivated`, `device.reset`, `device.blacklisted`: a device was bound to
          a license, released, reset or blacklisted (`Device`).
        - `usage.consumed`: a runtime consumption was recorded (`Activity`, the ledger row with its amount).
        - `usage.quota_reached`: a consumption used up a feature's quota (`LicenseFeature`, after it); sent
          once per time the quota fills, again only after a usage reset.
        - `lease.checked_out`: a floating seat was leased (`FloatingLease`).
        - `lease.expired`: a lease ran out without being checked in (`FloatingLease`); sent once per lease,
          within about 30 seconds of its `expires_at`, by whichever server instance records it first.
        - `export.completed`: a report export became ready or failed (`ReportExport`).
        - `api_key.created`, `api_key.revoked`: a management API key was created or revoked (`APIKey`).
        - `signing_key.rotated`: a new signing key signs runtime responses (`PublicKey` of the new key).
      enum:
        - license.created
        - license.suspended
        - license.reinstated
        - license.revoked
        - license.renewed
        - license.transferred
        - license.updated
        - device.activated
        - device.deactivated
        - device.reset
        - device.blacklisted
        - usage.consumed
        - usage.quota_reached
        - lease.checked_out
        - lease.expired
        - export.completed
        - api_key.created
        - api_key.revoked
        - signing_key.rotated

    WebhookPayloadHeader:
      type: object
      description: What every delivery payload starts with.
      required: [type, timestamp]
      properties:
        type: {$ref: '#/components/schemas/WebhookEventType'}
        timestamp:
          type: string
          format: date-time
          description: When the change happened (the audit event's time).
      x-locksmith-extension: true

    LicenseWebhookPayload:
      description: Payload of the `license.*` deliveries.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/License'}
      x-locksmith-extension: true

    DeviceWebhookPayload:
      description: Payload of the `device.*` deliveries.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/Device'}
      x-locksmith-extension: true

    UsageWebhookPayload:
      description: Payload of `usage.consumed`.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/Activity'}
      x-locksmith-extension: true

    QuotaWebhookPayload:
      description: Payload of `usage.quota_reached`.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/LicenseFeature'}
      x-locksmith-extension: true

    LeaseWebhookPayload:
      description: Payload of the `lease.*` deliveries.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/FloatingLease'}
      x-locksmith-extension: true

    ExportWebhookPayload:
      description: Payload of `export.completed`.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/ReportExport'}
      x-locksmith-extension: true

    APIKeyWebhookPayload:
      description: Payload of the `api_key.*` deliveries.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/APIKey'}
      x-locksmith-extension: true

    SigningKeyWebhookPayload:
      description: Payload of `signing_key.rotated`.
      allOf:
        - $ref: '#/components/schemas/WebhookPayloadHeader'
        - type: object
          required: [data]
          properties:
            data: {$ref: '#/components/schemas/PublicKey'}
      x-locksmith-extension: true

    FloatingLease:
      type: object
      description: >-
        A floating seat held by a device. The lease token itself is known only to the application that
        checked the seat out.
      required: [id, license_id, device_id, checked_out_at, expires_at]
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        license_id:
          type: string
          description: License whose seat is leased.
        device_id:
          type: string
          description: Device holding the lease.
        checked_out_at:
          type: string
          format: date-time
          description: When the seat was checked out.
        expires_at:
          type: string
          format: date-time
          description: When the lease runs out unless a heartbeat extends it (a policy that needs no heartbeats gives the license's end).
        released_at:
          type: string
          format: date-time
          description: When the lease was checked in or found expired; absent while it is held.
      x-locksmith-extension: true

    ActivitySource:
      type: string
      description: Surface an activity came from.
      enum: [runtime, management, system]

    ActivityResultClass:
      type: string
      description: >-
        Outcome class of an activity: `success` (2xx), `denied` (the request was refused by licensing rules,
        authentication or validation: 4xx), or `error` (5xx).
      enum: [success, denied, error]

    UsageGroupBy:
      type: string
      description: >-
        Dimension to group usage by. `hour`, `day`, `week` (ISO, starting Monday) and `month` are UTC time
        buckets, of which at most one may be used; the others group by the attribution recorded on each row.
      enum:
        - hour
        - day
        - week
        - month
        - product
        - customer
        - license
        - order
        - subscription
        - feature
        - source
        - result_class

    ReportKind:
      type: string
      description: Report a frozen export captures; each matches one reporting read operation.
      enum:
        - activities
        - usage_summary
        - usage_ledger
        - license_audit
        - customer_summary
        - subscription_settlement

    ExportFormat:
      type: string
      description: '`json` is the frozen snapshot itself; `csv` and `pdf` are deterministic renderings of it.'
      enum: [json, csv, pdf]

    ExportStatus:
      type: string
      description: 'Progress of an export: `pending` while the artifact is produced, then `ready` or `failed`.'
      enum: [pending, ready, failed]

    Activity:
      type: object
      description: >-
        One row of the append-only activity ledger. Attribution (product, customer, order, subscription…) is
        copied at the time of the action, so later edits to those records do not change history.
      required: [id, occurred_at, action, source, amount, status_code, result_class, metadata]
      properties:
        id:
          type: string
          description: Identifier of the row.
        occurred_at:
          type: string
          format: date-time
          description: When the action happened.
        action:
          type: string
          description: >-
            Dotted action name, for example `license.activate`, `license.consume` or `license.renew`.
        source: {$ref: '#/components/schemas/ActivitySource'}
        product_id:
          type: string
          description: Product involved, when any.
        customer_id:
          type: string
          description: Customer the license or record belonged to at the time, when any.
        license_id:
          type: string
          description: License involved, when any.
        order_id:
          type: string
          description: Order attributed at the time, when any.
        subscription_id:
          type: string
          description: Subscription attributed at the time, when any.
        feature_code:
          type: string
          description: Feature involved, for metered and entitlement actions.
        amount:
          type: integer
          format: int64
          description: Metered units the action carried; 0 for unmetered actions.
        status_code:
          type: integer
          description: >-
            HTTP status the request was answered with; 200 for successful system actions, which have no
            request.
        result_class: {$ref: '#/components/schemas/ActivityResultClass'}
        reason_code:
          type: string
          description: Error code when the action was not a success (one of `ErrorCode`).
        device_id:
          type: string
          description: Device involved, for runtime actions.
        app_version:
          type: string
          description: Application version reported by a runtime call.
        request_id:
          type: string
          description: Request that produced the row; matches `ResponseMeta.request_id`.
        duration_ms:
          type: integer
          description: For a runtime call, how long the server took to decide it, in milliseconds.
          minimum: 0
          x-locksmith-extension: true
        metadata:
          type: object
          description: Action-specific details; secrets are never recorded.
          additionalProperties: true

    UsageBucket:
      type: string
      description: >-
        Time bucket of a usage summary in LicenseKit's spelling: `1h` is the `hour` dimension of `group_by`,
        `1d` the `day` one.
      enum: ['1h', '1d']

    UsageTotals:
      type: object
      description: >-
        Aggregate counts over a set of activity rows. Every row is one event and counts once in its result
        class; `amount` is the sum of `amount` over successful `license.consume` rows, the units actually
        consumed.
      required: [events, amount, success_events, denied_events, error_events]
      properties:
        events:
          type: integer
          format: int64
          description: Activity rows counted.
        amount:
          type: integer
          format: int64
          description: Units consumed by successful `license.consume` rows.
        success_events:
          type: integer
          format: int64
          description: Rows with result class `success`.
        denied_events:
          type: integer
          format: int64
          description: Rows with result class `denied`.
        error_events:
          type: integer
          format: int64
          description: Rows with result class `error`.
        first_occurred_at:
          type: string
          format: date-time
          description: Earliest row counted; absent when no row matched.
        last_occurred_at:
          type: string
          format: date-time
          description: Latest row counted; absent when no row matched.

    UsageSummaryGroup:
      type: object
      description: >-
        Totals of one group of rows. Only the dimensions the report groups by are present; a dimension that a
        row does not carry (a management action has no feature) is absent in its group.
      required: [events, amount, success_events, denied_events, error_events, first_occurred_at, last_occurred_at]
      properties:
        bucket_start:
          type: string
          format: date-time
          description: Start of the UTC time bucket, when the report groups by one.
        product_id:
          type: string
          description: Product of the group (dimension `product`).
        customer_id:
          type: string
          description: Customer of the group (dimension `customer`).
        license_id:
          type: string
          description: License of the group (dimension `license`).
        order_id:
          type: string
          description: Order of the group (dimension `order`).
        subscription_id:
          type: string
          description: Subscription of the group (dimension `subscription`).
        feature_code:
          type: string
          description: Feature of the group (dimension `feature`).
        source: {$ref: '#/components/schemas/ActivitySource'}
        result_class: {$ref: '#/components/schemas/ActivityResultClass'}
        events:
          type: integer
          format: int64
          description: Activity rows counted.
        amount:
          type: integer
          format: int64
          description: Units consumed by successful `license.consume` rows.
        success_events:
          type: integer
          format: int64
          description: Rows with result class `success`.
        denied_events:
          type: integer
          format: int64
          description: Rows with result class `denied`.
        error_events:
          type: integer
          format: int64
          description: Rows with result class `error`.
        first_occurred_at:
          type: string
          format: date-time
          description: Earliest row of the group.
        last_occurred_at:
          type: string
          format: date-time
          description: Latest row of the group.

    UsageSummaryRowCounts:
      type: object
      description: How many rows a usage summary covers.
      required: [ledger_rows, groups]
      properties:
        ledger_rows:
          type: integer
          format: int64
          description: Activity rows counted.
        groups:
          type: integer
          description: Groups listed.

    UsageSummary:
      type: object
      description: Grouped usage totals over a time window, with the filters as applied.
      required: [report_kind, from, to, filters, generated_at, row_counts, totals, groups]
      properties:
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        from:
          type: string
          format: date-time
          description: Start of the window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the window (exclusive).
        filters: {$ref: '#/components/schemas/ReportFilters'}
        generated_at:
          type: string
          format: date-time
          description: When the report was evaluated.
        row_counts: {$ref: '#/components/schemas/UsageSummaryRowCounts'}
        totals: {$ref: '#/components/schemas/UsageTotals'}
        groups:
          type: array
          description: >-
            One entry per distinct combination of dimension values, ordered by bucket, then by each dimension in
            `filters.group_by` order (absent values first, then by code point). Without dimensions, a single group
            of every row, or none when no row matched.
          items: {$ref: '#/components/schemas/UsageSummaryGroup'}

    UsageLedgerEntry:
      type: object
      description: >-
        One row of the activity ledger as evidence: the row as recorded, with what it adds to the usage totals.
      required: [id, occurred_at, action, source, amount, status_code, result_class, metadata, counted_amount]
      properties:
        id:
          type: string
          description: Identifier of the activity row.
        occurred_at:
          type: string
          format: date-time
          description: When the action happened.
        action:
          type: string
          description: Dotted action name, for example `license.consume`.
        source: {$ref: '#/components/schemas/ActivitySource'}
        product_id:
          type: string
          description: Product involved, when any.
        customer_id:
          type: string
          description: Customer attributed at the time, when any.
        license_id:
          type: string
          description: License involved, when any.
        order_id:
          type: string
          description: Order attributed at the time, when any.
        subscription_id:
          type: string
          description: Subscription attributed at the time, when any.
        feature_code:
          type: string
          description: Feature involved, for metered and entitlement actions.
        amount:
          type: integer
          format: int64
          description: Units the action carried (requested, for a consumption).
        status_code:
          type: integer
          description: HTTP status the request was answered with.
        result_class: {$ref: '#/components/schemas/ActivityResultClass'}
        reason_code:
          type: string
          description: Error code for rows that were not a success, for example `QUOTA_EXCEEDED`.
        device_id:
          type: string
          description: Device involved, for runtime actions.
        app_version:
          type: string
          description: Application version reported by a runtime call.
        request_id:
          type: string
          description: Request that produced the row.
        metadata:
          type: object
          description: Action-specific details, as recorded.
          additionalProperties: true
        counted_amount:
          type: integer
          format: int64
          description: >-
            Units this row adds to `UsageTotals.amount`: `amount` for a successful `license.consume`, else 0.

    UsageLedgerPageInfo:
      type: object
      description: >-
        Position in a walk of the ledger. The first page fixes the window (`to` defaults to the time of the
        first request) and the cursor carries it, so every page of one walk covers the same rows.
      required: [from, to, generated_at]
      properties:
        next_cursor:
          type: string
          description: Cursor of the next page; absent on the last page.
        from:
          type: string
          format: date-time
          description: Start of the walk's window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the walk's window (exclusive).
        generated_at:
          type: string
          format: date-time
          description: When this page was read.
        matched_rows:
          type: integer
          format: int64
          description: Rows the walk covers in all; given on the first page only.

    UsageLedgerRowCounts:
      type: object
      description: How many rows a usage ledger report holds.
      required: [ledger_rows]
      properties:
        ledger_rows:
          type: integer
          format: int64
          description: Ledger rows listed.

    UsageLedgerReport:
      type: object
      description: >-
        Every ledger row of a window, oldest first: what a `usage_ledger` export freezes. The read operation
        `listUsageLedger` pages through the same rows.
      required: [report_kind, from, to, filters, generated_at, row_counts, totals, rows]
      properties:
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        from:
          type: string
          format: date-time
          description: Start of the window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the window (exclusive).
        filters: {$ref: '#/components/schemas/ReportFilters'}
        generated_at:
          type: string
          format: date-time
          description: When the report was evaluated.
        row_counts: {$ref: '#/components/schemas/UsageLedgerRowCounts'}
        totals: {$ref: '#/components/schemas/UsageTotals'}
        rows:
          type: array
          description: The rows, oldest first (by time, then id).
          items: {$ref: '#/components/schemas/UsageLedgerEntry'}

    RuntimeSummary:
      type: object
      description: Runtime call counts for a license or customer.
      required: [requests, success, denied, error, by_action]
      properties:
        requests:
          type: integer
          format: int64
          description: Runtime calls counted.
        success:
          type: integer
          format: int64
          description: Calls with result class `success`.
        denied:
          type: integer
          format: int64
          description: Calls with result class `denied`.
        error:
          type: integer
          format: int64
          description: Calls with result class `error`.
        by_action:
          type: object
          description: Call count per action name (for example `license.validate`).
          additionalProperties: {type: integer, format: int64}
        last_request_at:
          type: string
          format: date-time
          description: Latest runtime call; absent when none.
        last_denied_at:
          type: string
          format: date-time
          description: Latest denied call; absent when none.
        last_denied_reason:
          type: string
          description: Error code of the latest denied call.

    AuditEventRecord:
      type: object
      description: >-
        An audit event with the hashes that chain it: `hash` = SHA-256(`prev_hash` ‖ canonical JSON of the
        event), so a reader can check the event against the account's chain without the server.
      required: [sequence, event_type, actor_type, actor_id, resource_type, metadata, created_at, hash]
      properties:
        sequence:
          type: integer
          format: int64
          description: Position in the chain.
        event_type:
          type: string
          description: Dotted event name, for example `license.created`.
        actor_type: {$ref: '#/components/schemas/AuditActorType'}
        actor_id:
          type: string
          description: Identifier of the actor.
        resource_type:
          type: string
          description: Kind of record affected.
        resource_id:
          type: string
          description: Identifier of the record affected, when there is one.
        metadata:
          type: object
          description: Event details, as recorded.
          additionalProperties: true
        ip_address:
          type: string
          description: Client address of the request that caused the event, when there was one.
        created_at:
          type: string
          format: date-time
          description: When the event was recorded.
        hash:
          type: string
          description: Lowercase hex SHA-256 of the chain at this event.
        prev_hash:
          type: string
          description: Lowercase hex hash of the previous event; absent for the first.

    LicenseAuditRowCounts:
      type: object
      description: What a license audit packet holds, and what it leaves out.
      required: [activities, activities_included, events, events_included, devices]
      properties:
        activities:
          type: integer
          format: int64
          description: Activity rows of the license in the window.
        activities_included:
          type: integer
          description: Of those, rows listed (the newest 1000).
        events:
          type: integer
          format: int64
          description: Audit events about the license and its devices in the window.
        events_included:
          type: integer
          description: Of those, events listed (the newest 1000).
        devices:
          type: integer
          description: Devices listed.

    LicenseAuditReport:
      type: object
      description: Everything known about one license, in one packet.
      required:
        - report_kind
        - license
        - from
        - to
        - filters
        - generated_at
        - row_counts
        - usage_totals
        - runtime_summary
        - devices
        - activities
        - events
        - truncated
      properties:
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        license: {$ref: '#/components/schemas/License'}
        from:
          type: string
          format: date-time
          description: Start of the window the activity, usage and event sections cover; by default the license's creation.
        to:
          type: string
          format: date-time
          description: End of that window (exclusive).
        filters: {$ref: '#/components/schemas/ReportFilters'}
        generated_at:
          type: string
          format: date-time
          description: When the report was evaluated.
        row_counts: {$ref: '#/components/schemas/LicenseAuditRowCounts'}
        usage_totals: {$ref: '#/components/schemas/UsageTotals'}
        runtime_summary: {$ref: '#/components/schemas/RuntimeSummary'}
        devices:
          type: array
          description: Every device ever bound to the license, active or not, oldest first.
          items: {$ref: '#/components/schemas/Device'}
        activities:
          type: array
          description: Activity rows of the license, newest first, at most 1000.
          items: {$ref: '#/components/schemas/Activity'}
        events:
          type: array
          description: Audit events about the license and its devices, newest first, at most 1000, with their chain hashes.
          items: {$ref: '#/components/schemas/AuditEventRecord'}
        truncated:
          type: boolean
          description: >-
            True when `activities` or `events` hit the 1000-row cap; page through `listActivities` and
            `listEvents` for the rest.
        order: {$ref: '#/components/schemas/Order'}
        subscription: {$ref: '#/components/schemas/Subscription'}

    CustomerSummaryCounts:
      type: object
      description: Record counts for a customer, as they stand when the report is evaluated.
      required: [licenses, active_licenses, active_devices, orders, subscriptions, active_subscriptions]
      properties:
        licenses:
          type: integer
          description: Licenses linked to the customer.
        active_licenses:
          type: integer
          description: Of those, licenses neither suspended nor revoked whose grace period has not ended.
        active_devices:
          type: integer
          description: Active devices across those licenses.
        orders:
          type: integer
          description: Orders linked to the customer.
        subscriptions:
          type: integer
          description: Subscriptions linked to the customer.
        active_subscriptions:
          type: integer
          description: Of those, subscriptions in status `trialing` or `active`.

    CustomerSummaryRowCounts:
      type: object
      description: What a customer summary holds.
      required: [ledger_rows, groups, licenses, orders, subscriptions]
      properties:
        ledger_rows:
          type: integer
          format: int64
          description: Activity rows of the customer in the window.
        groups:
          type: integer
          description: Groups in `grouped_usage`.
        licenses:
          type: integer
          description: Licenses listed.
        orders:
          type: integer
          description: Orders listed.
        subscriptions:
          type: integer
          description: Subscriptions listed.

    CustomerSummaryReport:
      type: object
      description: A customer-centric view across licenses, commerce records and usage.
      required:
        - report_kind
        - customer
        - from
        - to
        - filters
        - generated_at
        - row_counts
        - usage_totals
        - runtime_summary
        - counts
        - grouped_usage
        - licenses
        - orders
        - subscriptions
        - truncated
      properties:
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        customer: {$ref: '#/components/schemas/Customer'}
        from:
          type: string
          format: date-time
          description: Start of the window the usage sections cover.
        to:
          type: string
          format: date-time
          description: End of that window (exclusive).
        filters: {$ref: '#/components/schemas/ReportFilters'}
        generated_at:
          type: string
          format: date-time
          description: When the report was evaluated.
        row_counts: {$ref: '#/components/schemas/CustomerSummaryRowCounts'}
        usage_totals: {$ref: '#/components/schemas/UsageTotals'}
        runtime_summary: {$ref: '#/components/schemas/RuntimeSummary'}
        counts: {$ref: '#/components/schemas/CustomerSummaryCounts'}
        grouped_usage:
          type: array
          description: Usage of the customer grouped by `filters.group_by`, ordered as `UsageSummary.groups`.
          items: {$ref: '#/components/schemas/UsageSummaryGroup'}
        licenses:
          type: array
          description: Licenses linked to the customer, newest first, at most 1000.
          items: {$ref: '#/components/schemas/License'}
        orders:
          type: array
          description: Orders linked to the customer, newest first, at most 1000.
          items: {$ref: '#/components/schemas/Order'}
        subscriptions:
          type: array
          description: Subscriptions linked to the customer, newest first, at most 1000.
          items: {$ref: '#/components/schemas/Subscription'}
        truncated:
          type: boolean
          description: True when a list hit the 1000-record cap; `counts` are complete.

    SettlementRowCounts:
      type: object
      description: What a settlement holds.
      required: [consume_rows, lines, licenses]
      properties:
        consume_rows:
          type: integer
          format: int64
          description: '`license.consume` rows attributed to the subject in the window, whatever their result.'
        lines:
          type: integer
          description: Lines listed.
        licenses:
          type: integer
          description: Distinct licenses among those rows.

    SubscriptionSettlementReport:
      type: object
      description: >-
        Usage evidence for settling one subscription or order: the `license.consume` rows attributed to it at the
        time of use, totalled per group. Quantities only; pricing is left to your billing system.
      required: [report_kind, from, to, filters, generated_at, row_counts, totals, lines, activity_by_action]
      properties:
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        subscription: {$ref: '#/components/schemas/Subscription'}
        order: {$ref: '#/components/schemas/Order'}
        from:
          type: string
          format: date-time
          description: Start of the settlement window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the settlement window (exclusive).
        filters: {$ref: '#/components/schemas/ReportFilters'}
        generated_at:
          type: string
          format: date-time
          description: When the report was evaluated.
        row_counts: {$ref: '#/components/schemas/SettlementRowCounts'}
        totals: {$ref: '#/components/schemas/UsageTotals'}
        lines:
          type: array
          description: >-
            The consumption grouped by `filters.group_by` (default `license,feature`), ordered as
            `UsageSummary.groups`; `amount` counts successful rows only.
          items: {$ref: '#/components/schemas/UsageSummaryGroup'}
        activity_by_action:
          type: object
          description: Every ledger row attributed to the subject in the window, counted per action name.
          additionalProperties: {type: integer, format: int64}

    ReportFilters:
      type: object
      description: >-
        Parameters of a report, as the matching read operation takes them. In an export request, fields the
        report kind does not take are refused with 422 naming `filters.<field>`, and identifiers must be 1–128
        letters, digits, `.`, `_` or `-`. In a report, the filters as applied (window and grouping resolved).
      properties:
        from:
          type: string
          format: date-time
          description: Start of the window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the window (exclusive).
        group_by:
          type: array
          description: Grouping dimensions (`usage_summary`, `customer_summary`, `subscription_settlement`).
          items: {$ref: '#/components/schemas/UsageGroupBy'}
        bucket: {$ref: '#/components/schemas/UsageBucket'}
        product_id:
          type: string
          description: Only rows of this product.
        customer_id:
          type: string
          description: Only rows of this customer; the subject of a `customer_summary`.
        license_id:
          type: string
          description: Only rows of this license; the subject of a `license_audit`.
        order_id:
          type: string
          description: Only rows attributed to this order; a possible subject of a `subscription_settlement`.
        subscription_id:
          type: string
          description: >-
            Only rows attributed to this subscription; a possible subject of a `subscription_settlement`.
        feature_code:
          type: string
          description: Only rows of this feature.
        source: {$ref: '#/components/schemas/ActivitySource'}
        result_class: {$ref: '#/components/schemas/ActivityResultClass'}
        action:
          type: string
          description: Only rows with this action name.
      additionalProperties: false

    ReportExportCreateRequest:
      type: object
      description: >-
        A frozen export to produce: a report evaluated now with `filters`, or, with `source_export_id`, another
        rendering of an existing export's snapshot (same kind; `filters` must then be absent).
      required: [report_kind]
      not:
        required: [filters, source_export_id]
      properties:
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        format: {$ref: '#/components/schemas/ExportFormat'}
        filters: {$ref: '#/components/schemas/ReportFilters'}
        source_export_id:
          type: string
          description: An export whose frozen snapshot to render again, in `format`.
      additionalProperties: false

    ReportExportCreator:
      type: object
      description: Who requested an export.
      required: [actor_type, actor_id]
      properties:
        actor_type: {$ref: '#/components/schemas/AuditActorType'}
        actor_id:
          type: string
          description: Identifier of the actor, for example the API key id.

    ExportProgress:
      type: object
      description: Rows of the report's main table rendered so far, out of all of them.
      required: [done, total]
      properties:
        done:
          type: integer
          format: int64
          description: Rows rendered.
        total:
          type: integer
          format: int64
          description: Rows to render.

    ReportExport:
      type: object
      description: >-
        A frozen report export. The report is evaluated once into a JSON snapshot; the artifact is derived
        from that snapshot and never recomputed. Once ready, the metadata is signed (`signature`).
      required:
        - id
        - report_kind
        - format
        - status
        - filters
        - snapshot_digest
        - content_type
        - file_name
        - progress
        - created_by
        - created_at
        - updated_at
      properties:
        id:
          type: string
          description: Server-assigned identifier.
        report_kind: {$ref: '#/components/schemas/ReportKind'}
        format: {$ref: '#/components/schemas/ExportFormat'}
        status: {$ref: '#/components/schemas/ExportStatus'}
        filters: {$ref: '#/components/schemas/ReportFilters'}
        source_export_id:
          type: string
          description: The export whose snapshot this one renders again, when it was created from one.
        snapshot_digest:
          type: string
          description: >-
            `sha256:` plus the lowercase hex SHA-256 of the canonical JSON snapshot (sorted keys, compact,
            non-ASCII escaped).
          pattern: ^sha256:[0-9a-f]{64}$
        artifact_digest:
          type: string
          description: >-
            `sha256:` plus the lowercase hex SHA-256 of the stored artifact bytes; absent until ready. For
            `json` exports it equals `snapshot_digest`.
          pattern: ^sha256:[0-9a-f]{64}$
        content_type:
          type: string
          description: 'Media type of the artifact: `application/json`, `text/csv; charset=utf-8; header=present` or `application/pdf`.'
        file_name:
          type: string
          description: File name the download suggests, `<report_kind>-<id>.<format>`.
        byte_size:
          type: integer
          format: int64
          description: Size of the artifact in bytes; absent until ready.
          minimum: 0
        progress: {$ref: '#/components/schemas/ExportProgress'}
        created_by: {$ref: '#/components/schemas/ReportExportCreator'}
        created_at:
          type: string
          format: date-time
          description: When the export was created, and its snapshot frozen.
        updated_at:
          type: string
          format: date-time
          description: When the record last changed (progress, completion).
        completed_at:
          type: string
          format: date-time
          description: When the export became `ready` or `failed`.
        failure_reason:
          type: string
          description: Why the export failed; absent otherwise.
        download_url:
          type: string
          description: Server-relative path of `downloadReportExport` for this export; present once ready.
        signature: {$ref: '#/components/schemas/Signature'}

    OpsRuntimeOperation:
      type: object
      description: Runtime decisions of one action.
      required: [action, requests, success, denied, error]
      properties:
        action:
          type: string
          description: The runtime action as the activity ledger records it, for example `license.validate`.
        requests:
          type: integer
          format: int64
          description: Decisions made.
        success:
          type: integer
          format: int64
          description: Decisions with result class `success`.
        denied:
          type: integer
          format: int64
          description: Decisions with result class `denied`.
        error:
          type: integer
          format: int64
          description: Decisions with result class `error`.
        latency_p50_ms:
          type: integer
          description: Median time the server took to decide, in milliseconds; absent when none was measured.
        latency_p95_ms:
          type: integer
          description: 95th percentile of the time the server took to decide, in milliseconds; absent when none was measured.

    OpsRuntimeSummary:
      type: object
      description: Runtime decisions in the window.
      required: [requests, success, denied, error, denial_rate, error_rate, operations]
      properties:
        requests:
          type: integer
          format: int64
          description: Runtime decisions made.
        success:
          type: integer
          format: int64
          description: Decisions with result class `success`.
        denied:
          type: integer
          format: int64
          description: Decisions with result class `denied`.
        error:
          type: integer
          format: int64
          description: Decisions with result class `error`.
        denial_rate:
          type: number
          description: '`denied / requests`; 0 when there were none.'
          minimum: 0
          maximum: 1
        error_rate:
          type: number
          description: '`error / requests`; 0 when there were none.'
          minimum: 0
          maximum: 1
        latency_p50_ms:
          type: integer
          description: Median decision time over every action, in milliseconds; absent when none was measured.
        latency_p95_ms:
          type: integer
          description: 95th percentile decision time over every action, in milliseconds; absent when none was measured.
        operations:
          type: array
          description: Per-action breakdown, busiest first.
          items: {$ref: '#/components/schemas/OpsRuntimeOperation'}

    OpsActiveCounts:
      type: object
      description: Current totals, independent of the window.
      required: [licenses, devices, floating_leases]
      properties:
        licenses:
          type: integer
          format: int64
          description: Licenses in status `active` or `grace_period`.
        devices:
          type: integer
          format: int64
          description: Devices in status `active`.
        floating_leases:
          type: integer
          format: int64
          description: Floating leases neither checked in nor expired.

    WebhookDeliveryCounts:
      type: object
      description: Webhook delivery counts.
      required: [delivered, failed, pending]
      properties:
        delivered:
          type: integer
          format: int64
          description: Deliveries acknowledged with a 2xx answer within the window.
        failed:
          type: integer
          format: int64
          description: Deliveries given up within the window (retries exhausted, or the receiver answered 410 Gone).
        pending:
          type: integer
          format: int64
          description: The backlog now, independent of the window; deliveries queued or waiting for a retry.
        oldest_pending_at:
          type: string
          format: date-time
          description: When the oldest queued delivery was queued; absent when nothing is queued.
        oldest_pending_age_seconds:
          type: integer
          format: int64
          description: How long the oldest queued delivery has waited, in seconds; absent when nothing is queued.

    OpsSigningKey:
      type: object
      description: The active runtime signing key.
      required: [kid, created_at, age_seconds]
      properties:
        kid:
          type: string
          description: Key identifier.
        created_at:
          type: string
          format: date-time
          description: When the key was generated.
        age_seconds:
          type: integer
          format: int64
          description: Seconds since the key was generated.

    OpsAuditChain:
      type: object
      description: The account's audit chain.
      required: [length]
      properties:
        length:
          type: integer
          format: int64
          description: Events in the chain (also the sequence of the newest, since sequences start at 1 without gaps).
        last_event_at:
          type: string
          format: date-time
          description: Time of the newest event; absent while the chain is empty.

    OpsSummary:
      type: object
      description: Operator health roll-up over a time window.
      required: [from, to, runtime, active, webhooks, audit_chain, generated_at]
      properties:
        from:
          type: string
          format: date-time
          description: Start of the window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the window (exclusive).
        runtime: {$ref: '#/components/schemas/OpsRuntimeSummary'}
        active: {$ref: '#/components/schemas/OpsActiveCounts'}
        webhooks: {$ref: '#/components/schemas/WebhookDeliveryCounts'}
        signing_key: {$ref: '#/components/schemas/OpsSigningKey'}
        audit_chain: {$ref: '#/components/schemas/OpsAuditChain'}
        generated_at:
          type: string
          format: date-time
          description: When the summary was computed.

    RuntimeErrorGroup:
      type: object
      description: Denied or failed runtime decisions sharing an action, result class and reason code within the window.
      required: [action, result_class, reason_code, count, first_seen_at, last_seen_at]
      properties:
        action:
          type: string
          description: The runtime action, for example `license.activate`.
        result_class: {$ref: '#/components/schemas/ActivityResultClass'}
        reason_code:
          type: [string, "null"]
          description: Error code the decision returned (one of `ErrorCode`); `null` when none was recorded.
        count:
          type: integer
          format: int64
          description: Occurrences in the window.
        first_seen_at:
          type: string
          format: date-time
          description: Earliest occurrence in the window.
        last_seen_at:
          type: string
          format: date-time
          description: Latest occurrence in the window.
        sample_request_id:
          type: string
          description: The request id of one of the occurrences, for log lookup; absent when none recorded one.
        sample_license_id:
          type: string
          description: The license of one of the occurrences; absent when none named one.

    WebhookEndpointHealth:
      type: object
      description: Delivery health of one webhook endpoint.
      required: [endpoint_id, name, url, is_active, attempts, delivered, failed, pending, consecutive_failures]
      properties:
        endpoint_id:
          type: string
          description: Webhook endpoint.
        name:
          type: string
          description: Display name of the endpoint.
        url:
          type: string
          format: uri
          description: Delivery URL.
        is_active:
          type: boolean
          description: Whether the endpoint currently receives deliveries.
        disabled_reason: {$ref: '#/components/schemas/WebhookEndpointDisabledReason'}
        attempts:
          type: integer
          format: int64
          description: Delivery attempts within the window.
        success_rate:
          type: number
          description: Share of the window's attempts answered with 2xx; absent when there were none.
          minimum: 0
          maximum: 1
        latency_p50_ms:
          type: integer
          description: Median time to the receiver's answer over the window's attempts, in milliseconds; absent when none.
        latency_p95_ms:
          type: integer
          description: 95th percentile time to the receiver's answer, in milliseconds; absent when none.
        delivered:
          type: integer
          format: int64
          description: Deliveries acknowledged within the window.
        failed:
          type: integer
          format: int64
          description: Deliveries given up within the window.
        pending:
          type: integer
          format: int64
          description: The endpoint's backlog now; deliveries queued or waiting for a retry.
        oldest_pending_at:
          type: string
          format: date-time
          description: When the endpoint's oldest queued delivery was queued; absent when none is.
        consecutive_failures:
          type: integer
          description: Failed attempts since the last successful one.
        last_success_at:
          type: string
          format: date-time
          description: Latest successful attempt; absent when none.
        last_failure_at:
          type: string
          format: date-time
          description: Latest failed attempt; absent when none.
        last_error:
          type: string
          description: >-
            What went wrong in the latest failed attempt, such as `HTTP 500`, `timed out after 10 s` or `refused:
            the URL points at a private or reserved address (hooks.example.com resolves to one)`, with the start of
            the answer's body when there was one. It never names the address a host name resolved to.

    WebhookHealth:
      type: object
      description: Webhook delivery health over a time window.
      required: [from, to, totals, endpoints]
      properties:
        from:
          type: string
          format: date-time
          description: Start of the window (inclusive).
        to:
          type: string
          format: date-time
          description: End of the window (exclusive).
        totals: {$ref: '#/components/schemas/WebhookDeliveryCounts'}
        endpoints:
          type: array
          description: One entry per endpoint, including inactive ones, most consecutive failures first.
          items: {$ref: '#/components/schemas/WebhookEndpointHealth'}

    RateLimitWindow:
      type: object
      x-locksmith-extension: true
      description: >-
        One window of a rate-limit policy: `quota` requests per `window_seconds`, at most `burst` of them at once
        (a token bucket of `burst` tokens refilled evenly over the window), as `RateLimit-Policy` says `q`, `w` and
        `locksmith-burst`.
      required: [quota, window_seconds, burst]
      properties:
        quota:
          type: integer
          description: Requests per window.
        window_seconds:
          type: integer
          description: The window's length in seconds.
        burst:
          type: integer
          description: Requests that may be sent at once.

    RateLimitPolicyLimits:
      type: object
      x-locksmith-extension: true
      description: One rate-limit policy as it applies to the account.
      required: [policy, subject, windows, source]
      properties:
        policy:
          type: string
          description: >-
            The policy's name, as `RateLimit-Policy` and a 429's `detail` give it: `anonymous`, `runtime-address`,
            `failed-keys`, `runtime-key`, `management-key`, `account-runtime` or `account-management`.
        subject:
          type: string
          description: What each bucket of the policy counts.
          enum: [address, license_key, api_key, account]
        windows:
          type: array
          description: The policy's windows, shortest first; empty when the policy is off.
          items: {$ref: '#/components/schemas/RateLimitWindow'}
        source:
          type: string
          description: Whether the figures are the server's or this account's own.
          enum: [server, account]

    AccountLimits:
      type: object
      x-locksmith-extension: true
      description: The abuse limits and fair shares that apply to an account.
      required: [account_id, enabled, policies, max_webhook_endpoints, max_queued_exports]
      properties:
        account_id:
          type: string
          description: The account.
        enabled:
          type: boolean
          description: Whether the server enforces limits at all; false when its operator turned them off.
        policies:
          type: array
          description: Every rate-limit policy, in a fixed order.
          items: {$ref: '#/components/schemas/RateLimitPolicyLimits'}
        max_webhook_endpoints:
          type: integer
          description: Webhook endpoints the account may have; 0 means no limit.
        max_queued_exports:
          type: integer
          description: Exports of the account that may wait to be rendered at once; 0 means no limit.

"""#

    /// The same document as compact JSON, mapping keys in document order.
    public static let json: String = #"""
{"openapi":"3.1.0","info":{"title":"Locksmith API","version":"1.0.0","description":"Locksmith is a self-hostable licensing server. It holds the catalog (products, policies, features,\nversions), customers, commerce records, licenses and their devices; answers the runtime calls that\nlicensed applications make; and keeps the audit chain and activity ledger that reporting reads. Its\nwire\ncontract is compatible with the LicenseKit API.\n\nThree authentication surfaces, never mixed:\n\n- **Management**: `Authorization: Bearer lkm_…`. Each operation lists in `x-required-scopes` the\n  scope a\n  token needs; `admin` satisfies every operation. Success bodies are `{data, meta}`.\n- **Runtime**: `Authorization: License lsk_…` (the license key). Success bodies are\n  `{data, signature, meta}`, where `signature` is an Ed25519 signature over the exact bytes of\n`data`.\n- **System**: no credentials.\n\nErrors are `{error: {code, message, detail?}, meta}`. `code` is one of `ErrorCode`; each operation\nlists\nthe codes it can return in `x-error-codes`, and `ErrorCode.x-any-operation` lists the\ntransport-level\ncodes any operation may return.\n\n**Limits.** Unless the operator turned them off, every operation is rate limited, each limit on its own: per\nclient address before authentication (`anonymous` on system and contract routes, `runtime-address` on runtime\nroutes; an IPv6 client counts by its /64), per address for credential look-ups that find nothing\n(`failed-keys`: an address that spent them is refused before its next look-up), per credential (`runtime-key`,\n`management-key`) and per vendor account (`account-runtime`, `account-management`, the vendor's plan). A refusal\nis 429 `RATE_LIMITED` with `Retry-After` (seconds) and `detail` naming the policy that refused; nothing was done.\nEvery answer of an operation carries `RateLimit-Policy` and `RateLimit` as draft-ietf-httpapi-ratelimit-headers\ndefines them (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/), naming the policies the\nrequest met (`components/headers`). With several instances on one PostgreSQL database the limits hold for the\ndeployment, not per instance. `getAccountLimits` tells an account's administrators which figures apply to it.\n\nLists are paged with `limit` (1–200, default 50) and an opaque `cursor` taken from\n`page_info.next_cursor`; `null` marks the last page. Operations with an `Idempotency-Key` header can\nbe\nretried safely. Timestamps are RFC 3339 in UTC. Request bodies reject unknown fields; responses may\ngain new fields over time.\n\n**Rules across fields.** Where a rule relates several fields of a request body, the schema states it with\nJSON Schema's own keywords: `oneOf` or `anyOf` of `required` lists (exactly one, or at least one, of some\nfields), `not` with `required` (fields that exclude each other), `dependentRequired` (a field that needs\nanother) and `minProperties`. A request that breaks one is 422 `VALIDATION_FAILED` naming a field it\ninvolves. Rules JSON Schema cannot state (a date after another or after now, a value checked against\nstored records) are written in the operation's description.\n\n**Extension keywords.** `x-locksmith-extension: true` marks what LicenseKit's contract does not have.\n`x-locksmith-credential-field` names the request body member that carries the license key of a runtime\noperation that takes no `Authorization` header (`validateLicenseKey`). `x-locksmith-raw: true` on a\nresponse's media type means the server writes the bytes of a document as\nthey are (the contract itself, a JSON export), and the schema describes what a client parses from them.\n`x-locksmith-bare: true` on a response's media type means the schema is the whole JSON body, with no envelope:\ndocuments whose shape a standard fixes (a JWK Set, an RFC 7662 introspection answer). A request body that\nlists `application/x-www-form-urlencoded` beside `application/json` may be sent as a form (as RFC 7662 and\nRFC 7009 clients send theirs); its fields are strings, read as the JSON object of the form's fields, and a\nfield sent twice is 400 `INVALID_JSON`."},"servers":[{"url":"http://127.0.0.1:8080","description":"A local `locksmith serve` with default settings."}],"security":[{"bearerAuth":[]}],"tags":[{"name":"APIKeys","description":"Management tokens and their scopes."},{"name":"Catalog","description":"Products, policies, features, versions and custom field definitions."},{"name":"Customers","description":"Customers and their custom field values."},{"name":"Commerce","description":"Order and subscription records mirrored from external commerce systems."},{"name":"Licenses","description":"License issuance, lifecycle, feature entitlements, metered usage and custom field values."},{"name":"Devices","description":"Devices bound to licenses."},{"name":"Runtime","description":"Calls made by licensed applications with `Authorization: License lsk_…`. Successful answers are\n`{data, signature, meta}`: `signature.value` is the standard base64 of an Ed25519 signature (`alg`\n`Ed25519`) over the exact bytes of `data` in the body, made with the key `signature.kid` names in\n`listPublicKeys`. Verify it before acting on `data`. Signed `data` is compact JSON with sorted keys,\nintegers only, and strings of printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick, so that a\nclient that parses `data` and serialises it again (Python's `json.dumps(data, separators=(\",\", \":\"))`,\nJavaScript's `JSON.stringify`) reproduces the signed bytes exactly. Client strings that reach signed\ndata are checked for that at input (422 naming the field), and an `app_version`'s build metadata (`+…`)\nis left out of signed data (semantic versioning ignores it when comparing versions).\n\nEvery runtime request body may carry a `nonce` (1–64 such characters): it is echoed inside the signed\n`data`, so an application that sends a fresh nonce knows a recorded answer cannot be replayed at it.\n\nSigned `data` names what it licenses: `account_id` (the vendor), `product_id` and `product_code`. Each\nvendor account signs with keys of its own (`listPublicKeys` with `account_id`); accounts that existed\nbefore per-account keys keep signing with the server's key until an operator gives them their own\n(`locksmith keys rotate --account ID`). An application checks the signature with its vendor's keys and\nrefuses an answer whose `product_code` or `account_id` is not its own, so a license key bought for another\nproduct, or from another vendor on the same server, does not unlock it. A request may also name its\nproduct (`product_code`); the server then refuses a license of another product itself.\n\nA device takes one of two kinds of seat (`Device.seat`). Activation binds a **node-locked** device: it\ntakes one of the policy's `max_activations` slots and counts in `active_device_count` until it is\ndeactivated, reset or blacklisted. A checkout binds a **floating** device: it takes no activation slot,\nmay be validated, checked, consumed against and issued offline licenses only while it holds a live lease\n(an offline license for it ends when the lease does), and is deactivated by its check-in. Activating a\nfloating device turns it into a node-locked one, under the ordinary activation rules.\n\nEach call is decided in this order; the first rule that refuses answers:\n\n| step | rule | refusal |\n|---|---|---|\n| 1 | the license key is known | 401 `UNAUTHORIZED` |\n| 2 | the vendor account is enabled | 403 `ACCOUNT_DISABLED` |\n| 3 | the license is for the product the request names (`product_code`, when sent) | 403 `PRODUCT_MISMATCH` |\n| 4 | the license is not revoked, not suspended, not past its grace period, and has started | 403 `LICENSE_REVOKED`, `LICENSE_SUSPENDED`, `LICENSE_EXPIRED`, `LICENSE_NOT_STARTED` |\n| 5 | the policy allows the platform: a virtual machine (`allow_vm`), a container (`allow_container`) | 403 `PLATFORM_NOT_ALLOWED` |\n| 6 | the device is not blacklisted; it is activated (validate, check, consume, offline); a floating device holds a live lease (the same four); a device that becomes active (activation, checkout) stays within `max_container_instances`, activating it within `max_activations`, and a device that takes a seat within the policy's `max_activations_per_day` new seats of the license this UTC day; a checkout needs a policy that offers floating seats | 403 `DEVICE_BLACKLISTED`; 404 `NOT_ACTIVATED`; 404 `LEASE_EXPIRED`; 409 `DEVICE_LIMIT_REACHED` (`detail: max_container_instances` or `max_activations`); 422 `VALIDATION_FAILED` (`detail: max_floating_users`); 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight) |\n| 7 | the version is covered (activate, validate, check, consume, offline, checkout): once the product has a version catalog, `app_version` must be sent, be in it, and be released by the end of the license's window (the maintenance date for perpetual licenses, the expiry for the others); heartbeat, check-in and deactivation are never refused for it | 403 `VERSION_NOT_ENTITLED` (`detail: app_version`) |\n| 8 | the feature is assigned, enabled and not expired, the quota covers the amount, and no counter would pass 2^53 − 1 (consume) | 403 `FEATURE_NOT_ENTITLED`; 409 `QUOTA_EXCEEDED`; 422 `VALIDATION_FAILED` (`detail: amount`) |\n\nA request body that is malformed or fails validation is refused (400 or 422) after step 1 and before step 2.\nA license in its grace period is still honoured (`data.status` is `grace_period`). While the product's\nversion catalog is empty, versions are not checked, and a call without `app_version` gets `data` without\n`version_eligibility`. Once the catalog has an entry, a call of step 7 that sends no `app_version` is\nrefused like one with an unknown version.\n\nEvery decision, allowed or refused, appends a row to the activity ledger (`source: runtime`, the\noperation as `action`, its result class and reason code). Changes (activate, consume, deactivate,\ncheckout, checkin, offline issue) append it in the same transaction as the change. Validate, check and\nheartbeat rows are written by a batched writer within 250 ms: a server that is killed outright can lose\nup to that much of their history, never a change. A device's `last_seen_at` is written at most once a\nminute.\n\nA change to a license, its devices, features, policy or account (a revocation, suspension, reset,\nblacklisting, a consumption) holds from the next runtime call. A deployment of several instances on\nPostgreSQL may set a runtime cache staleness (`--runtime-cache-staleness`): then the instance that made\nthe change still holds it from the next call, and the others within that staleness."},{"name":"Events","description":"The raw, hash-chained audit event feed."},{"name":"Webhooks","description":"Endpoints that receive signed event deliveries, as Standard Webhooks describes them.\n\n**Payload.** A `POST` with `Content-Type: application/json` whose body is compact JSON\n`{\"data\": …, \"timestamp\": …, \"type\": …}`: `type` is the `WebhookEventType`, `timestamp` when the change\nhappened, and `data` the resource as the API returns it (the payload schemas are under the root\n`webhooks`). The body is fixed when the event is queued, in the same transaction as the change, so every\nattempt sends the same bytes, and no event is sent for a change that was rolled back.\n\n**Headers.** `webhook-id` identifies the delivery (one per event and endpoint) and stays the same across\nretries: receivers use it to drop duplicates, since delivery is at least once. `webhook-timestamp` is the\nattempt's time in Unix seconds. `webhook-signature` is a space-separated list of `v1,<signature>`\nentries, each the standard base64 of HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>`; during\nthe 24 hours after a secret changes, a second entry is made with the previous secret. Receivers accept\nthe delivery when any entry matches (compare in constant time) and the timestamp is within a few minutes\nof their clock.\n\n**Secrets.** A generated secret is `whsec_` + the standard base64 of 32 random bytes, and its HMAC key is\nthose 32 bytes, which is how Standard Webhooks libraries read a `whsec_` secret. A custom secret that is\nnot of that form keys the HMAC with its own bytes. Secrets are sealed at rest with the master key.\n\n**Answers and retries.** Any 2xx within 10 seconds is success; redirects are not followed. 410 Gone\ndisables the endpoint (`disabled_reason: gone`). Anything else (another status, a time-out, a refused\nconnection) is retried with growing gaps (about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, then every\n6 h, each with some jitter) until 24 hours after the first attempt; a `Retry-After` on 429 or 503 may\nlengthen a gap. A delivery still failing then is given up, and the endpoint is disabled\n(`disabled_reason: failing`, with an audit event) unless another delivery to it succeeded meanwhile.\n`getWebhookHealth` reports outcomes per endpoint."},{"name":"Activities","description":"The append-only activity ledger of licensing actions, management and runtime."},{"name":"Reports","description":"Usage reports and frozen exports built on the activity ledger."},{"name":"Ops","description":"Operator roll-ups of runtime traffic, errors and webhook delivery."},{"name":"System","description":"Unauthenticated health, readiness, metrics and public keys."}],"paths":{"/api/v1/api-keys":{"get":{"operationId":"listAPIKeys","tags":["APIKeys"],"summary":"List management API keys","description":"Returns the management API keys, oldest first (in creation order). Tokens are never shown again; `key_prefix` identifies them.","x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of API keys.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/APIKey"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createAPIKey","tags":["APIKeys"],"summary":"Create a management API key","description":"Creates a scoped management token. The full `lkm_…` token is returned in this response only; the server stores a keyed hash. Grant the narrowest scopes the job needs.","x-required-scopes":["admin"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/APIKeyCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new key and its token.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/APIKeyCreateResponse"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/api-keys/{id}":{"get":{"operationId":"getAPIKey","tags":["APIKeys"],"summary":"Get a management API key","description":"Returns one management API key of the caller's account; `is_active` is false once it has been revoked. The token is never shown again. A key of another account is 404, like one that does not exist.","x-locksmith-extension":true,"x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The API key.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/APIKey"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"delete":{"operationId":"revokeAPIKey","tags":["APIKeys"],"summary":"Revoke a management API key","description":"Revokes a management API key for good: from the next request on, on every server instance, the key is refused with 401 `UNAUTHORIZED` (authentication reads the key on every request; nothing caches it). A revoked key stays listed with `is_active: false` and cannot be made active again; create a new key instead. Revoking is idempotent: revoking a revoked key answers 204 again and records nothing more. The first revocation records `api_key.revoked` in the account's audit chain. A key may revoke itself; the request that does so still succeeds. An unknown id, or a key of another account, is 404.","x-locksmith-extension":true,"x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The key is revoked (now, or already before)."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products":{"get":{"operationId":"listProducts","tags":["Catalog"],"summary":"List products","description":"Returns products, oldest first (in creation order).","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of products.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Product"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createProduct","tags":["Catalog"],"summary":"Create a product","description":"Creates a product. A `code` already used by another product is rejected with 409.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProductCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new product.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Product"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}":{"get":{"operationId":"getProduct","tags":["Catalog"],"summary":"Get a product","description":"Returns one product.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The product.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Product"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateProduct","tags":["Catalog"],"summary":"Update a product","description":"Changes the fields present in the body and leaves the others as they are.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProductUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated product.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Product"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"delete":{"operationId":"deleteProduct","tags":["Catalog"],"summary":"Delete a product","description":"Deletes a product along with its policies, features, versions and custom-field definitions. A product that still has licenses, orders, subscriptions or stored custom-field values is kept and the request fails with 409 naming what refers to it.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The product was deleted."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/policies":{"get":{"operationId":"listPoliciesByProduct","tags":["Catalog"],"summary":"List a product's policies","description":"Returns the policies of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of policies.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Policy"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createPolicy","tags":["Catalog"],"summary":"Create a policy","description":"Creates a licensing policy for the product. Fields left out take the defaults documented on `PolicyCreateRequest`. `code` must be unique within the product.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PolicyCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new policy.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Policy"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/policies/{id}":{"get":{"operationId":"getPolicy","tags":["Catalog"],"summary":"Get a policy","description":"Returns one policy.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The policy.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Policy"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updatePolicy","tags":["Catalog"],"summary":"Update a policy","description":"Changes the fields present in the body. Licenses under the policy pick up new rules on their next runtime call.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PolicyUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated policy.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Policy"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"delete":{"operationId":"deletePolicy","tags":["Catalog"],"summary":"Delete a policy","description":"Deletes a policy no license uses; a policy still in use is kept and the request fails with 409.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The policy was deleted."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/features":{"get":{"operationId":"listFeaturesByProduct","tags":["Catalog"],"summary":"List a product's features","description":"Returns the features of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of features.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Feature"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createFeature","tags":["Catalog"],"summary":"Create a feature","description":"Creates a feature of the product. Its `code` is what entitlements and metered consumption refer to and must be unique within the product.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/FeatureCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new feature.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Feature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/features/{id}":{"get":{"operationId":"getFeature","tags":["Catalog"],"summary":"Get a feature","description":"Returns one feature.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The feature.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Feature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/versions":{"get":{"operationId":"listProductVersions","tags":["Catalog"],"summary":"List a product's versions","description":"Returns the version catalog of a product, newest release first. A product that does not exist, or was deleted, is 404.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of versions.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/ProductVersion"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createProductVersion","tags":["Catalog"],"summary":"Add a product version","description":"Adds a release to the product's version catalog. While the catalog is empty, runtime calls are not version-checked; once it has an entry, an unknown or missing `app_version` is refused with VERSION_NOT_ENTITLED.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProductVersionCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new version.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/ProductVersion"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/custom-fields":{"get":{"operationId":"listProductCustomFieldDefinitions","tags":["Catalog"],"summary":"List a product's custom field definitions","description":"Returns the custom field definitions of a product. A product that does not exist, or was deleted, is 404.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of definitions.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/CustomFieldDefinition"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createProductCustomFieldDefinition","tags":["Catalog"],"summary":"Define a custom field","description":"Defines a typed custom field for the product's licenses or customers. `code` is unique per product and resource type; the value type cannot change later.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomFieldDefinitionCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new definition.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/CustomFieldDefinition"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/custom-fields/{field_id}":{"get":{"operationId":"getProductCustomFieldDefinition","tags":["Catalog"],"summary":"Get a custom field definition","description":"Returns one custom field definition of the product.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/FieldID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The definition.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/CustomFieldDefinition"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateProductCustomFieldDefinition","tags":["Catalog"],"summary":"Update a custom field definition","description":"Changes the fields present in the body. Making a field required while records of its resource type lack a value (for customer fields: any customer), or dropping an enum option still in use, fails with 409. `value_type` and `resource_type` cannot be changed.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/FieldID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomFieldDefinitionUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated definition.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/CustomFieldDefinition"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"delete":{"operationId":"deleteProductCustomFieldDefinition","tags":["Catalog"],"summary":"Delete a custom field definition","description":"Deletes a definition that has no stored values; clear the values first, otherwise the request fails with 409.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/FieldID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The definition was deleted."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/customers":{"get":{"operationId":"listCustomers","tags":["Customers"],"summary":"List customers","description":"Returns customers, oldest first (in creation order).","x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of customers.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Customer"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createCustomer","tags":["Customers"],"summary":"Create a customer","description":"Creates a customer. A `code` already used by another customer is rejected with 409.","x-required-scopes":["admin"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomerCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new customer.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Customer"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/customers/{id}":{"get":{"operationId":"getCustomer","tags":["Customers"],"summary":"Get a customer","description":"Returns one customer.","x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The customer.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Customer"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateCustomer","tags":["Customers"],"summary":"Update a customer","description":"Changes the fields present in the body; `null` clears `email`.","x-required-scopes":["admin"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomerUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated customer.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Customer"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"delete":{"operationId":"deleteCustomer","tags":["Customers"],"summary":"Delete a customer","description":"Deletes a customer that no license, order or subscription refers to; otherwise the request fails with 409.","x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The customer was deleted."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/customers/{id}/custom-fields":{"get":{"operationId":"listCustomerCustomFieldValues","tags":["Customers"],"summary":"List a customer's custom field values","description":"Returns the custom field values stored on a customer, ordered by field definition id; fields without a stored value are not listed.","x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of values.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/CustomFieldValue"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/customers/{id}/custom-fields/{field_id}":{"put":{"operationId":"upsertCustomerCustomFieldValue","tags":["Customers"],"summary":"Set or clear a customer's custom field value","description":"Writes the customer's value for a customer custom field, replacing any previous value, and returns it with 200. Send exactly the one `*_value` field matching the field's `value_type`, or `clear: true` alone. With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409; a value of the wrong type, outside `enum_options`, or a field defined for licenses fails with 422.","x-required-scopes":["admin"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/FieldID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomFieldValueUpsertRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The stored value.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/CustomFieldValue"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The value was cleared (`clear: true`); no body."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/orders":{"get":{"operationId":"listProductOrders","tags":["Commerce"],"summary":"List a product's orders","description":"Returns the order records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of orders.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Order"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createOrder","tags":["Commerce"],"summary":"Record an order","description":"Records an order from an external commerce system so licenses and reports can refer to it. (`external_system`, `external_id`) must be unique within the product.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/OrderCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new order record.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Order"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/orders/{id}":{"get":{"operationId":"getOrder","tags":["Commerce"],"summary":"Get an order","description":"Returns one order record.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The order.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Order"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateOrder","tags":["Commerce"],"summary":"Update an order","description":"Changes the fields present in the body; `null` clears an optional link or period. Licenses keep the attribution they were issued with, and past activity rows are not rewritten.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/OrderUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated order.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Order"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/products/{id}/subscriptions":{"get":{"operationId":"listProductSubscriptions","tags":["Commerce"],"summary":"List a product's subscriptions","description":"Returns the subscription records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of subscriptions.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Subscription"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createSubscription","tags":["Commerce"],"summary":"Record a subscription","description":"Records a subscription from an external commerce system. (`external_system`, `external_id`) must be unique within the product.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/SubscriptionCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new subscription record.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Subscription"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/subscriptions/{id}":{"get":{"operationId":"getSubscription","tags":["Commerce"],"summary":"Get a subscription","description":"Returns one subscription record.","x-required-scopes":["product:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The subscription.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Subscription"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateSubscription","tags":["Commerce"],"summary":"Update a subscription","description":"Changes the fields present in the body; `null` clears `customer_id` or `canceled_at`. Past activity rows keep their attribution.\nSubscription licenses follow their subscription (extension behaviour): in the same transaction, every license linked to it whose policy issues `subscription` licenses, and that is not revoked, ends at the subscription's `current_period_end`, with its policy's grace period after that only while the subscription is expected to go on:\n| `status` | `cancel_at_period_end` false | `cancel_at_period_end` true | |---|---|---| | `trialing` | ends at the period end, then grace | ends at the period end, no grace | | `active` | ends at the period end, then grace | ends at the period end, no grace | | `past_due` | ends at the period end, then grace | ends at the period end, no grace | | `paused` | ends at the period end, no grace | ends at the period end, no grace | | `canceled` | ends at the period end, no grace | ends at the period end, no grace |\nSo a renewal (a later `current_period_end`) renews the licenses, a cancellation or a pause lets them run out with the period already paid for, and a failed payment (`past_due`) keeps them working through the grace period. A license whose end moves later is announced as `license.renewed` and recorded in the ledger as `license.renew` with `source: subscription`; any other change of its dates is `license.updated`. Each raises the license's `entitlement_version`; a license whose dates already match is not touched. Licenses of other types linked to the subscription keep their own dates.","x-required-scopes":["product:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/SubscriptionUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated subscription.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Subscription"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses":{"get":{"operationId":"listLicenses","tags":["Licenses"],"summary":"List licenses","description":"Returns licenses, oldest first (in creation order), optionally filtered. Filters combine with AND. `status` filters by the status `getLicense` would report at this moment, computed from the stored status and the dates (see `LicenseStatus`), so the two always agree. `expires_before` and `expires_after` compare with `expires_at`; licenses without an expiry match neither.","x-required-scopes":["license:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"},{"$ref":"#/components/parameters/ProductIDFilter"},{"name":"policy_id","in":"query","required":false,"description":"Only licenses under this policy.","schema":{"type":"string"}},{"$ref":"#/components/parameters/CustomerIDFilter"},{"name":"status","in":"query","required":false,"description":"Only licenses in this status.","schema":{"$ref":"#/components/schemas/LicenseStatus"}},{"$ref":"#/components/parameters/OrderIDFilter"},{"$ref":"#/components/parameters/SubscriptionIDFilter"},{"name":"expires_before","in":"query","required":false,"description":"Only licenses expiring before this time.","schema":{"type":"string","format":"date-time"}},{"name":"expires_after","in":"query","required":false,"description":"Only licenses expiring at or after this time.","schema":{"type":"string","format":"date-time"}},{"name":"customer_email","in":"query","required":false,"x-locksmith-extension":true,"description":"Only licenses issued to this e-mail address (`customer_email`), compared without regard to letter case. Served by an index.","schema":{"type":"string","minLength":3,"maxLength":254}},{"name":"license_key_last4","in":"query","required":false,"x-locksmith-extension":true,"description":"Only licenses whose key ends with these four characters, for a customer who can read out only the end of a key (`lookupLicense` takes the whole key). Served by an index.","schema":{"type":"string","minLength":4,"maxLength":4,"pattern":"^[A-Za-z0-9_-]{4}$"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of licenses.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/License"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createLicense","tags":["Licenses"],"summary":"Issue a license","description":"Issues a license under a policy of the product. The full `lsk_…` license key (256 random bits) is returned in this response only; the server keeps a keyed hash, and `license_key_prefix` and `license_key_last4` identify the key afterwards.\nAn unknown `product_id` or `policy_id` is 404 naming the field; a policy of another product is 422. `customer_id`, `order_id` and `subscription_id` must exist (422 naming the field), and the order and subscription must belong to the product (422). An order that belongs to a subscription links that subscription too when `subscription_id` is absent, and must agree with it when present.\nDates follow the policy's `license_type`: a `perpetual` license never expires (`expires_at` is refused) and alone takes `maintenance_expires_at`; `time_limited` and `trial` licenses need `expires_at`; a `subscription` license takes `expires_at` or, when absent, the linked subscription's `current_period_end`; a `consumption` license may expire or not. `expires_at` must be after `starts_at` (or after now). Times are stored to the millisecond. The license starts `active` with `entitlement_version` 1. A record it links to that is deleted while the license is being written makes the request fail with 409.\nThe license may carry its own limits (`max_activations`, `max_floating_users`, `max_container_instances`, `max_transfers`, extensions) in place of its policy's; `max_floating_users` only when the policy offers floating checkout and `max_container_instances` only when it allows containers (422 naming the field). `features` (extension) assigns features of the product in the same transaction: a feature named twice, by neither or both of `feature_id` and `feature_code`, or of another product is 422 naming the item (`features[2].feature_code`), and an unknown one is 404 naming it; nothing is issued then. Each assignment is recorded as `license.feature_assigned` after `license.created`.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new license and its key.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseCreateResponse"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/files":{"post":{"operationId":"issueLicenseFile","tags":["Licenses"],"summary":"Issue a signed license file","description":"Issues a license file: a snapshot of the license, signed with the account's runtime key, that an application verifies with the public key it already pins, with no network (an air-gapped or field installation). The file is valid for `ttl_days` (default 30, at most 3650) and never past the end of the license's own validity (its grace period included); its layout is Keygen's license file certificate (see `LicenseFile`), so a verifier written for one reads the other's envelope. With `license_key` (the full key, checked against its stored hash: 422 naming it when it is not this license's) the payload is encrypted for that key; without it the file is signed only, since the server keeps no license key it could encrypt with. Only an active license, or one in its grace period, gets a file (409 with its status's code otherwise).\nWith `fingerprint` the file is a machine file, bound to that machine and encrypted (with the key) for the key and the fingerprint together. A machine not active on the license is activated first, exactly as `activateLicense` would (the same seat, container, blacklist, version and daily limits, and the same refusals: 409 `DEVICE_LIMIT_REACHED`, 403 `DEVICE_BLACKLISTED`, …), recorded as `device.activated` and in the ledger as `license.activate`: an air-gapped activation, made from any networked machine. Recorded in the audit chain as `license.file_issued` and in the activity ledger as `license.file.issue`, never with the key.\nA request whose `Accept` prefers `application/x-pem-file` to `application/json` (higher `q`, or listed first at the same `q`) gets the certificate alone, the text of the `.lic` file, with `Content-Disposition: attachment; filename=\"<license_key_prefix>.lic\"` (`curl -OJ` saves it under that name); the file is issued and recorded the same way. Any other `Accept`, or none, gets the JSON answer.","x-locksmith-extension":true,"x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","LICENSE_REVOKED","LICENSE_EXPIRED","LICENSE_SUSPENDED","DEVICE_LIMIT_REACHED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseFileRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"},"Content-Disposition":{"description":"With the `application/x-pem-file` answer: `attachment; filename=\"<license_key_prefix>.lic\"`.","schema":{"type":"string"}}},"description":"The license file, as JSON, or as the `.lic` file's text.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseFile"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}},"application/x-pem-file":{"schema":{"type":"string","format":"binary","description":"The armored certificate (`LicenseFile.certificate`)."}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/files/verify":{"post":{"operationId":"verifyLicenseFile","tags":["Licenses"],"summary":"Verify a license file","description":"Verifies a license file as an application would, with the account's published keys (active and retired), and adds what only the server knows: whether the license was revoked since the file was issued. `valid` is true when `errors` is empty. `content` is the decoded payload whenever the signature verifies and the payload could be read (decrypted with `license_key` for an encrypted file), so a support desk can see what an expired file said. A file signed for another account does not verify (`unknown_key`), and nothing about that account is told. A certificate that is not a license file is `malformed`, not an error of the request.","x-locksmith-extension":true,"x-required-scopes":["license:read"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseFileVerifyRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"What the verification found.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseFileVerification"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/check-revocation":{"post":{"operationId":"checkLicenseRevocation","tags":["Licenses"],"summary":"Check many licenses' status at once","description":"Answers, for up to 100 licenses named by id (`license_ids`) and by full key (`license_keys`, in the body only, never logged), each one's status as `getLicense` reads it now, and when it was revoked: for a vendor's own service that holds many licenses and wants to know which it must stop honouring, in one call. `results` has one entry per item, `license_ids` first and then `license_keys`, each in the order sent. An id or key that names no license of the caller's account (another account's included) is `not_found` with `license_id: null`, so the answer tells nothing about other accounts. Send at least one list; more than 100 items in both together is 422 naming `license_ids`, and a value that is not a license key is 422 naming it (`license_keys[3]`).","x-locksmith-extension":true,"x-required-scopes":["license:read"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseRevocationCheckRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"One result per item, in order.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseRevocationCheck"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/introspect":{"post":{"operationId":"introspectLicenseToken","tags":["Licenses"],"summary":"Introspect a license token","description":"Token introspection as RFC 7662 defines it, for the vendor's services: the body is `token=…` (and an\noptional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` the way the RFC sends\nit, or as JSON; the answer is the RFC's bare JSON object, not an envelope. `active` is true only when\neverything below holds now; the other members are the token's claims, with `status` as the license is now.\n\n| check | when it fails |\n|---|---|\n| the token is a JWT this server signed with a token key of the caller's account, with `token_use` `locksmith_license_v1` | `{\"active\": false}` and nothing else: a token of another account, a forged or damaged one, and a string that is no token look the same |\n| its `exp` is in the future and its `nbf` is not | `active: false`, `reason: token_expired` (or `token_not_yet_valid`) |\n| its `jti` was not revoked (`revokeLicenseToken`) | `reason: token_revoked` |\n| the license is not suspended, revoked or past its grace period | `reason: license_suspended`, `license_revoked`, `license_expired` |\n| the device it names (`device_id`) is still active on the license | `reason: device_inactive` |\n\nAn inactive answer for a token of the caller's account carries its claims too, so that the caller can\ntell which license it was.","x-locksmith-extension":true,"x-required-scopes":["license:read"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/TokenIntrospectionRequest"}},"application/x-www-form-urlencoded":{"schema":{"$ref":"#/components/schemas/TokenIntrospectionRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The introspection answer (RFC 7662, section 2.2), bare.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/TokenIntrospection"},"x-locksmith-bare":true}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/revoke-token":{"post":{"operationId":"revokeLicenseToken","tags":["Licenses"],"summary":"Revoke a license token","description":"Token revocation as RFC 7009 defines it: the body is `token=…` (and an optional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` or as JSON. A token of the caller's account that has not expired is revoked by its `jti` until its `exp`: from then on `introspectLicenseToken` answers it `active: false` with `reason: token_revoked`, and the revocation is recorded in the audit chain as `license.token_revoked` (with the `jti`, never the token). Other tokens of the same license stay valid; suspend or revoke the license to end them all. As the RFC says, the answer is 200 with no body also for a token that is already revoked, expired, malformed or another account's, so the answer tells nothing about the token. Verifiers that check tokens offline, with the JWK Set alone, cannot see a revocation: keep `ttl_seconds` short where that matters.","x-locksmith-extension":true,"x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/TokenRevocationRequest"}},"application/x-www-form-urlencoded":{"schema":{"$ref":"#/components/schemas/TokenRevocationRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Revoked, or nothing to revoke; no body."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/validate-key":{"post":{"operationId":"validateLicenseKey","tags":["Runtime"],"summary":"Validate a license whose key is in the body","description":"The same decision, ledger row and signed answer as `validateLicense`, for a license key sent in the body as `key` instead of in `Authorization`: for applications, proxies and tools that cannot set that header. No other credential is taken. The answer is signed with the key of the license's account, as every runtime answer is, and verifies against the keys `listPublicKeys` publishes for it. The call is limited like every runtime call (`runtime-address` before the key is looked up, then `runtime-key` and the account's runtime share), and a wrong key counts against the address's `failed-keys`. A key that is missing, malformed, unknown or revoked from the key table is 401 `UNAUTHORIZED` with the same message, which says nothing about whether a license exists.","x-locksmith-extension":true,"x-locksmith-credential-field":"key","security":[],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","NOT_ACTIVATED","LEASE_EXPIRED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ValidateLicenseKeyRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed entitlement.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeEntitlementEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/lookup":{"post":{"operationId":"lookupLicense","tags":["Licenses"],"summary":"Find a license by its key","description":"Returns the license of the caller's account whose key is `license_key`, for a support desk handed a key by a customer. The key travels in the body, never in a URL, and is not logged; the server keeps only its keyed hash, which is what it looks up. A key of another account, or one nobody issued, is 404. A value that is not a license key (`lsk_` and the 43 base64url characters of 32 bytes) is 422 naming `license_key`.","x-locksmith-extension":true,"x-required-scopes":["license:read"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseLookupRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}":{"get":{"operationId":"getLicense","tags":["Licenses"],"summary":"Get a license","description":"Returns one license.","x-required-scopes":["license:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateLicense","tags":["Licenses"],"summary":"Change a license","description":"Changes the licensee's name and e-mail, the metadata, the license's own limits and its policy. Status and dates keep their own operations.\nA limit set on the license (`max_activations`, `max_floating_users`, `max_container_instances`, `max_transfers`) replaces its policy's for this license alone; `null` makes it follow the policy again. Runtime calls use the license's effective limits from the next call on. Lowering a limit below what is in use releases nothing: devices and leases already held stay, and new activations, checkouts or transfers are refused until the license is back under it. `max_floating_users` can be set only while the policy offers floating checkout, and `max_container_instances` only while it allows containers (422 naming the field).\n`policy_id` moves the license to another policy of the same product that issues the same `license_type` (an upgrade or a downgrade): 404 naming `policy_id` when there is no such policy, 422 when it belongs to another product or issues another type. The new policy's rules apply from the next runtime call, and the grace period follows its `grace_period_days`.\nA change of limits or policy raises `entitlement_version`; a change of the licensee or metadata does not. Every change is announced as `license.updated`, recorded in the audit chain (naming the fields that changed, never the licensee's name, e-mail or metadata) and in the activity ledger as `license.update`. An empty body is 422.","x-locksmith-extension":true,"x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The license as changed.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/suspend":{"post":{"operationId":"suspendLicense","tags":["Licenses"],"summary":"Suspend a license","description":"Suspends the license: runtime calls are refused with `LICENSE_SUSPENDED` until it is reinstated.\n| current status | suspend | reinstate | revoke | renew | transfer | |---|---|---|---|---|---| | `active` | suspended | 409 `CONFLICT` | revoked | yes | yes | | `grace_period` | suspended | 409 `CONFLICT` | revoked | yes | yes | | `suspended` | 409 `LICENSE_SUSPENDED` | active (or expired, by its dates) | revoked | yes | yes | | `expired` | 409 `LICENSE_EXPIRED` | 409 `LICENSE_EXPIRED` | revoked | yes | yes | | `revoked` | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` | no-op (200) | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` |\nA refused transition answers 409 with the license's own status code (or `CONFLICT` for an active license) and `detail: status`. Every change raises `entitlement_version` and is recorded in the audit chain and the activity ledger.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The suspended license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/reinstate":{"post":{"operationId":"reinstateLicense","tags":["Licenses"],"summary":"Reinstate a license","description":"Lifts a suspension; only a suspended license can be reinstated (see the table on `suspendLicense`). The license then reports the status its dates give it: `active`, `grace_period` or `expired`.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","LICENSE_EXPIRED","LICENSE_REVOKED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The reinstated license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/revoke":{"post":{"operationId":"revokeLicense","tags":["Licenses"],"summary":"Revoke a license","description":"Revokes the license permanently: its active devices are deactivated and its floating leases released in the same transaction. Revoking a revoked license changes nothing and answers 200.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The revoked license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/renew":{"post":{"operationId":"renewLicense","tags":["Licenses"],"summary":"Renew a license","description":"Moves the expiry of a renewable license (`time_limited`, `subscription` or `trial`) forward. A `perpetual` or `consumption` license is 409 `CONFLICT` (`detail: license_type`); a revoked one 409 `LICENSE_REVOKED`. Send exactly one of `expires_at` (later than both the current expiry and now) and `extend_by_days` (counted from the later of now and the current expiry), or 422. `order_id` and `subscription_id` must belong to the license's product (422); they are recorded on the renewal's audit event and ledger row, and the license's own origin links are not changed. Renewals of one license are serialised, so concurrent renewals never lose an extension. Requires an `Idempotency-Key`: a retried renewal extends only once and replays the first answer.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","LICENSE_REVOKED","IDEMPOTENCY_KEY_REUSED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseRenewRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The renewed license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/transfer":{"post":{"operationId":"transferLicense","tags":["Licenses"],"summary":"Transfer a license","description":"Reassigns the license to another customer or licensee, optionally releasing its devices. Each transfer counts in `times_transferred`, and the policy's `max_transfers` is the most allowed (0, the default, allows none): beyond it the transfer is 409 `CONFLICT` (`detail: max_transfers`). A revoked license is 409 `LICENSE_REVOKED`. `customer_id` must name a customer (422). With `reset_devices`, every active device is marked `reset` and every floating lease released in the same transaction, so the new licensee starts with free slots. Raises `entitlement_version`. Requires an `Idempotency-Key`.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","LICENSE_REVOKED","IDEMPOTENCY_KEY_REUSED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseTransferRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The transferred license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/License"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/features":{"get":{"operationId":"listLicenseFeatures","tags":["Licenses"],"summary":"List a license's features","description":"Returns the features assigned to a license with their usage counters.","x-required-scopes":["license:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of feature assignments.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/LicenseFeature"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"assignLicenseFeature","tags":["Licenses"],"summary":"Assign a feature","description":"Assigns a feature of the license's product to the license, with an optional quota (`max_consumptions`) and expiry. An unknown feature is 404 (`detail: feature_id`); a feature of another product is 422; a feature already assigned is 409 (remove it, or adjust its usage with `resetLicenseUsage`). Raises the license's `entitlement_version`.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseFeatureAssignRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The assignment.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseFeature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/features/{feature_id}":{"delete":{"operationId":"removeLicenseFeature","tags":["Licenses"],"summary":"Remove a feature","description":"Removes a feature assignment from the license (404 when it is not assigned). Its usage history stays in the activity ledger. Raises the license's `entitlement_version`.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/FeatureID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The assignment was removed."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/usage/reset":{"post":{"operationId":"resetLicenseUsage","tags":["Licenses"],"summary":"Adjust metered usage","description":"Tops up, resets or overrides the quota and consumed counter of one assigned feature. Select it with exactly one of `feature_id` and `feature_code` (422 otherwise; 404 when it is not assigned). Send at least one change; `add_credits` and `max_consumptions` both set the quota and cannot be combined, nor can `reset_consumed` and `total_consumptions` (422). `add_credits` on a feature without a quota is 409. The license's `total_consumptions` follows the change of the counter. The adjustment raises `entitlement_version` and is recorded in the audit chain and in the activity ledger (`license.usage.reset`, amount 0, the counters before and after in `metadata`).","x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseFeatureUsageResetRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The assignment with its new counters.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseFeature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/custom-fields":{"get":{"operationId":"listLicenseCustomFieldValues","tags":["Licenses"],"summary":"List a license's custom field values","description":"Returns the custom field values stored on a license.","x-required-scopes":["license:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of values.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/CustomFieldValue"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/custom-fields/{field_id}":{"put":{"operationId":"upsertLicenseCustomFieldValue","tags":["Licenses"],"summary":"Set or clear a license's custom field value","description":"Writes the license's value for a license custom field of its product, replacing any previous value, and returns it with 200. With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409; a value of the wrong type or outside `enum_options` fails with 422.","x-required-scopes":["license:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/FieldID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CustomFieldValueUpsertRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The stored value.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/CustomFieldValue"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The value was cleared (`clear: true`); no body."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/devices":{"get":{"operationId":"listLicenseDevices","tags":["Devices"],"summary":"List a license's devices","description":"Returns every device bound to the license, in any status, most recently seen first.","x-required-scopes":["license:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of devices.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Device"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/devices/{device_id}":{"get":{"operationId":"getLicenseDevice","tags":["Devices"],"summary":"Get a device","description":"Returns one device of the license.","x-required-scopes":["license:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/DeviceID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The device.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Device"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/devices/{device_id}/blacklist":{"post":{"operationId":"blacklistLicenseDevice","tags":["Devices"],"summary":"Blacklist a device","description":"Releases the device's slot and blocks its binding from this license until the blacklisting is lifted (`unblacklistLicenseDevice`): later runtime calls from it fail with DEVICE_BLACKLISTED. Blacklisting twice fails with 409.","x-required-scopes":["device:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/DeviceID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The blacklisted device.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Device"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/devices/{device_id}/unblacklist":{"post":{"operationId":"unblacklistLicenseDevice","tags":["Devices"],"summary":"Lift a device's blacklisting","description":"Lifts the blacklisting of a device: it becomes `deactivated`, holding no seat, and the machine may activate or check out again under the usual limits. Recorded in the audit chain as `device.unblacklisted` and in the activity ledger as `license.device.unblacklist`. A device that is not blacklisted fails with 409 (`detail: status`).","x-locksmith-extension":true,"x-required-scopes":["device:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/DeviceID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The device, deactivated.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Device"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/licenses/{id}/devices/{device_id}/reset":{"post":{"operationId":"resetLicenseDevice","tags":["Devices"],"summary":"Reset a device","description":"Releases the device's activation slot and any floating lease it holds; the machine can activate again later. A blacklisted device cannot be reset (409).","x-required-scopes":["device:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/DeviceID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The reset device.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/Device"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/activate":{"post":{"operationId":"activateLicense","tags":["Runtime"],"summary":"Activate the calling device","description":"Binds the calling machine or container to the license, taking an activation slot, and returns its signed entitlement. The device is identified by `fingerprint`, or for a container by its container, pod, namespace and cluster; activating a device that is already active returns the same device and takes no new slot. A new or previously deactivated device takes a slot while the license has fewer active devices than the policy's `max_activations` (0 allows none: floating seats only), and counts in `times_activated`; beyond it the call is 409 `DEVICE_LIMIT_REACHED`. Activations of one license are serialised, so concurrent activations never exceed the limit. A license takes at most its policy's `max_activations_per_day` new seats per UTC day: past that, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight), while activating a device that is already active, and deactivating, go on. Requires an `Idempotency-Key`. The decision order is in the Runtime tag's description. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","IDEMPOTENCY_KEY_REUSED","DEVICE_LIMIT_REACHED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/RuntimeBindingRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed entitlement for the activated device.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeEntitlementEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/machine-file":{"post":{"operationId":"issueMachineFile","tags":["Runtime"],"summary":"Get a machine file for a machine","description":"The application's own way to a machine file: activates the machine `fingerprint` names on the license (exactly as `activateLicense`, with its refusals), then answers a machine file bound to it, encrypted for the license key of the call and the fingerprint together, valid for `ttl_days` (default 30, at most 3650, never past the license's end). Someone who holds the key can so activate an air-gapped machine from any networked one and carry the file over. Only a machine, by `fingerprint`, gets a file (422 naming `fingerprint` otherwise). Requires an `Idempotency-Key`; recorded as `license.activate` (and `device.activated` when it took a seat) and `license.file_issued`. The answer is signed like every runtime answer; the file inside carries its own signature, made with the same key.","x-locksmith-extension":true,"security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","IDEMPOTENCY_KEY_REUSED","DEVICE_LIMIT_REACHED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/MachineFileRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The machine file, in a signed answer.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedLicenseFileEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/token":{"post":{"operationId":"issueLicenseToken","tags":["Runtime"],"summary":"Get a license token (JWT)","description":"Answers a JSON Web Token (RFC 7519) that asserts this license, for services of the vendor that accept a\nbearer token instead of calling the license server themselves: they verify it with the keys of\n`getWellKnownJWKS` (any JWT library with a JWKS client) and, for a live answer, ask `introspectLicenseToken`.\nWithout `fingerprint` the call is decided on the product and the license's status alone (steps 1 to 4 of\nthe Runtime tag's table); with it, like `validateLicense` on that device, which must be activated (a floating device must hold its\nlease), and the token names the device (`device_id`). Nothing is changed; the decision is recorded in the\nactivity ledger as `license.token`.\n\nThe token is a JWS in compact serialization (RFC 7515): `<header>.<claims>.<signature>`, each part base64url\nwithout padding. The header is `{\"alg\": …, \"kid\": …, \"typ\": \"JWT\"}`. `alg` `EdDSA` (RFC 8037) signs with\nthe account's Ed25519 token key, made on the account's first token request (RFC 9864 names the same\nalgorithm `Ed25519`; tokens keep `EdDSA`, the name every JOSE library reads); `RS256` (RFC 7518, RSASSA-PKCS1-v1_5\nwith SHA-256) signs with its RSA token key, which an operator makes with\n`locksmith keys rotate --account ID --purpose token --alg RS256` for clients whose JWT library lacks EdDSA\n(asking for `RS256` before that is 422 naming `alg`). Token keys sign nothing else, and are published only in\nthe JWK Set, not by `listPublicKeys`. The claims (`LicenseTokenClaims`):\n\n| claim | value |\n|---|---|\n| `iss` | the server's public URL (`--public-url`, `LOCKSMITH_PUBLIC_URL`; by default the address it listens on) |\n| `sub` | the license id |\n| `aud` | the product's code |\n| `iat`, `nbf` | when the token was issued, in seconds since 1970 (RFC 7519 NumericDate) |\n| `exp` | `iat` + `ttl_seconds`, never past the end of the license's validity (its grace period included) |\n| `jti` | a unique id, by which `revokeLicenseToken` revokes this token alone |\n| `token_use` | `locksmith_license_v1` |\n| `account_id`, `product_id` | the vendor account and product |\n| `status`, `license_type`, `entitlement_version` | the license's as they were at issue |\n| `features` | the codes of the features the license is entitled to at issue (enabled, not expired), sorted |\n| `device_id` | the device, when the token was asked for with `fingerprint` |\n\nA verifier checks the signature with the key the header's `kid` names, `alg` against that key's `alg`,\n`exp` and `nbf` against its clock, `aud` against its product code, and `token_use`. The answer itself is\nsigned like every runtime answer.","x-locksmith-extension":true,"security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","NOT_ACTIVATED","LEASE_EXPIRED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseTokenRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The token, in a signed answer.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedLicenseTokenEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/validate":{"post":{"operationId":"validateLicense","tags":["Runtime"],"summary":"Validate the license on this device","description":"Checks license status, the device's activation and version eligibility (in the order the Runtime tag's description gives), records the validation on the device (`last_validated_at`, at most once a minute) and returns the signed entitlement. Call it at start-up and at `next_check_at` (`issued_at` plus the policy's `validation_interval_minutes`). It changes nothing else, so it is cheap and may be called often. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","NOT_ACTIVATED","LEASE_EXPIRED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/RuntimeBindingRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed entitlement.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeEntitlementEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/check":{"post":{"operationId":"checkLicense","tags":["Runtime"],"summary":"Read current entitlements","description":"Returns the same signed entitlement as `validateLicense`, decided the same way, but does not record a validation on the device (`last_validated_at` is left as it is): use it to refresh entitlements between validations, for example before enabling a feature. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","NOT_ACTIVATED","LEASE_EXPIRED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/RuntimeBindingRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed entitlement.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeEntitlementEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/consume":{"post":{"operationId":"consumeLicense","tags":["Runtime"],"summary":"Record metered usage","description":"Consumes `amount` units (default 1) of an assigned, enabled feature from the calling, activated device and returns the updated signed entitlement. With a quota, a consumption that would exceed it is refused whole with 409 `QUOTA_EXCEEDED`; without one, usage is counted without limit. Consumptions of one license are serialised, so concurrent calls never overrun a quota. Repeating an `event_id` returns the original signed result without consuming again; the same `event_id` with another feature or amount is 409 `CONFLICT` (`detail: event_id`). The call also takes an `Idempotency-Key`. Every attempt is written to the activity ledger (`license.consume`, with the feature and amount). Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","FEATURE_NOT_ENTITLED","NOT_ACTIVATED","LEASE_EXPIRED","CONFLICT","IDEMPOTENCY_KEY_REUSED","QUOTA_EXCEEDED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ConsumeLicenseRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed entitlement with updated balances.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeEntitlementEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/deactivate":{"post":{"operationId":"deactivateLicense","tags":["Runtime"],"summary":"Deactivate the calling device","description":"Releases the calling device's activation slot (and any floating lease it holds) and returns a signed confirmation. Deactivating a device that is no longer active changes nothing and answers the same confirmation; a device the license has never seen is 404 `NOT_ACTIVATED`. Works whatever the license status, so an application can always give its slot back. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","NOT_ACTIVATED","IDEMPOTENCY_KEY_REUSED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/RuntimeBindingRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed deactivation confirmation.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeDeactivationEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/offline":{"post":{"operationId":"issueOfflineLicense","tags":["Runtime"],"summary":"Issue an offline license","description":"Returns a signed entitlement for the calling, activated device, sealed with a key derived from the license key, so that an application can check its license with no network (see `OfflineEnvelope` for how to open it). The sealed `data` (`OfflineLicenseData`) is valid from `offline_valid_from` to `offline_valid_until`: the policy's `offline_grace_days` from now, but never past the license's expiry. Refused with 422 (`detail: allow_offline_activation`) when the policy does not allow offline activation. The envelope itself is not signed; the sealed payload is.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","NOT_ACTIVATED","LEASE_EXPIRED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/RuntimeBindingRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The sealed offline license.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/OfflineEnvelope"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/floating/checkout":{"post":{"operationId":"checkoutFloatingLicense","tags":["Runtime"],"summary":"Check out a floating seat","description":"Leases one of the license's floating seats to the calling device and returns the lease token with the signed entitlement. A device the license has not seen, or one that is not active, is bound as a floating device (`seat: floating`): it takes no activation slot and may use the license only while it holds a live lease (see the Runtime tag). A node-locked device may check out too, and stays node-locked. When the policy requires heartbeats (`require_heartbeat`), the lease lasts `floating_timeout_minutes` unless a heartbeat extends it; otherwise it lasts until it is checked in, its device is reset or deactivated, or the license ends (`lease_expires_at` is then the end of the license's grace period or its expiry, or 9999-12-31T23:59:59Z for a license that does not expire). Seats in use are the leases neither checked in nor lapsed, so a lapsed lease frees its seat at once, with no background job. Fails with 409 `FLOATING_LIMIT_REACHED` when `max_floating_users` leases are live, and with 422 (`detail: max_floating_users`) when the policy offers no floating seats. A device that checks out again while holding a live lease gets a new token and the old one ends. Checkouts of one license are serialised. The token is shown only here; the server keeps its hash. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","IDEMPOTENCY_KEY_REUSED","DEVICE_LIMIT_REACHED","FLOATING_LIMIT_REACHED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":false,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/RuntimeBindingRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed entitlement with a new lease.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeFloatingCheckoutEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/floating/heartbeat":{"post":{"operationId":"heartbeatFloatingLicense","tags":["Runtime"],"summary":"Extend a floating lease","description":"Extends a live lease to now plus the policy's `floating_timeout_minutes` (when the policy requires heartbeats; otherwise the lease keeps the license's end) and returns its signed state. A lease that has lapsed or was checked in, or a token the server does not know, fails with 404 `LEASE_EXPIRED`; check out again. The license's status is checked as for validation. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","DEVICE_BLACKLISTED","LEASE_EXPIRED","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/FloatingLeaseRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed lease state.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeFloatingLeaseEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/license/floating/checkin":{"post":{"operationId":"checkinFloatingLicense","tags":["Runtime"],"summary":"Return a floating seat","description":"Ends a lease and frees its seat; `lease_expires_at` in the answer is the check-in time. A floating device is deactivated with it (a node-locked one stays active). Works whatever the license status, so an application can always give its seat back (only a disabled vendor account, 403 `ACCOUNT_DISABLED`, stops it). A lapsed, already returned or unknown lease is 404 `LEASE_EXPIRED`. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.","security":[{"licenseAuth":[]}],"x-error-codes":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","ACCOUNT_DISABLED","PRODUCT_MISMATCH","LEASE_EXPIRED","IDEMPOTENCY_KEY_REUSED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/IdempotencyKey"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/FloatingLeaseRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Signed confirmation of the returned lease.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/SignedRuntimeFloatingLeaseEnvelope"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/events":{"get":{"operationId":"listEvents","tags":["Events"],"summary":"Read the audit event feed","description":"Returns audit events newest first. Each event is a link of the hash-chained audit log, which `locksmith audit verify` checks. To page back, pass `page_info.next_cursor` as `cursor`.","x-required-scopes":["event:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/EventCursor"},{"$ref":"#/components/parameters/Limit"},{"name":"event_type","in":"query","required":false,"description":"Only events of this type, for example `license.created`.","schema":{"type":"string"}},{"name":"resource_type","in":"query","required":false,"description":"Only events about this kind of record, for example `license`.","schema":{"type":"string"}},{"name":"resource_id","in":"query","required":false,"description":"Only events about this record.","schema":{"type":"string"}},{"name":"actor_type","in":"query","required":false,"description":"Only events caused by this kind of actor.","schema":{"$ref":"#/components/schemas/AuditActorType"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of events.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Event"}},"page_info":{"$ref":"#/components/schemas/EventPageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/webhooks":{"get":{"operationId":"listWebhookEndpoints","tags":["Webhooks"],"summary":"List webhook endpoints","description":"Returns the webhook endpoints, oldest first (in creation order), including inactive ones. Secrets are never included; `secret_prefix` tells them apart.","x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of endpoints.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/WebhookEndpoint"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"post":{"operationId":"createWebhookEndpoint","tags":["Webhooks"],"summary":"Create a webhook endpoint","description":"Registers a URL for event deliveries. From now on every event whose type is in `event_types` (every type when the list is empty or absent) is queued for the endpoint in the same transaction as the change it announces, and delivered signed as Standard Webhooks describes (see the `webhooks` section of this document for the payloads, headers, retries and what a receiver should answer).\n`url` must be an absolute `https` URL with a host name or address and without user information; a URL whose host is, or resolves to, a loopback, private, link-local, unique-local, shared, multicast or otherwise reserved address is refused with 422 naming `url` (for a host name, the message says that it resolves to such an address, never which one; the server checks the address again at every delivery, and connects only to the address it checked). A server started with `--webhook-allow-private` also accepts `http` and such addresses, for local development and tests. The same `url` twice in an account is 409 naming `url`.\n`event_types` lists `WebhookEventType` values; an unknown value is 422 naming it (`event_types[i]`), and repeated values are kept once. Without `secret` the server generates one: `whsec_` followed by the standard base64 of 32 random bytes. A supplied `secret` is either of that form (`whsec_` + standard base64 of 24–64 bytes; the HMAC key is the decoded bytes) or any other 16–255 printable ASCII characters without spaces (the HMAC key is the secret's bytes as they are; give a Standard Webhooks library those bytes rather than the string); anything else is 422 naming `secret`. The secret is sealed at rest and returned in this response only.\nAn account has at most 20 endpoints (the operator's `--max-webhook-endpoints`, or the account's own figure; `getAccountLimits` says which applies): one more is 409 `CONFLICT` with `detail: max_webhook_endpoints`. Deliveries are shared fairly between accounts: each account with deliveries due gets its turn at the delivery slots, so one account's backlog delays another's next delivery by at most one slot's turn.","x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/WebhookEndpointCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The new endpoint and its secret.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/WebhookEndpointWithSecret"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/webhooks/{id}":{"get":{"operationId":"getWebhookEndpoint","tags":["Webhooks"],"summary":"Get a webhook endpoint","description":"Returns one webhook endpoint.","x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The endpoint.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/WebhookEndpoint"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"patch":{"operationId":"updateWebhookEndpoint","tags":["Webhooks"],"summary":"Update a webhook endpoint","description":"Changes the fields present in the body, with the same rules as `createWebhookEndpoint` for `url`, `event_types` and `secret`. A new `event_types` list applies to events from now on; queued deliveries keep going to the endpoint's current URL.\n`rotate_secret: true` generates a new secret and answers `{webhook, secret}` inside `data` (`WebhookEndpointWithSecret`), the only time that secret is shown; every other update answers the endpoint alone (`WebhookEndpoint`). `rotate_secret` together with `secret` is 422. For 24 hours after the secret changes (rotated or supplied), every delivery carries a second `v1,` signature made with the previous secret, so receivers can switch secrets without missing a delivery.\n`is_active: false` pauses deliveries: events are not queued for an inactive endpoint, and deliveries already queued wait. `is_active: true` resumes them, including for an endpoint the server disabled (after 410 Gone, or after 24 hours of failed deliveries), which also clears `disabled_reason`.","x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_JSON","INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/WebhookEndpointUpdateRequest"}}}},"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The updated endpoint, with its new secret after `rotate_secret`.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"oneOf":[{"$ref":"#/components/schemas/WebhookEndpoint"},{"$ref":"#/components/schemas/WebhookEndpointWithSecret"}]},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}},"delete":{"operationId":"deleteWebhookEndpoint","tags":["Webhooks"],"summary":"Delete a webhook endpoint","description":"Deletes the endpoint together with its queued deliveries and their attempt history. A delivery already on its way when the endpoint is deleted may still arrive.","x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"204":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The endpoint was deleted."},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/webhooks/{id}/deliveries":{"get":{"operationId":"listWebhookDeliveries","tags":["Webhooks"],"summary":"List an endpoint's deliveries","description":"Returns the endpoint's deliveries, newest first, each with every attempt made at it: when, whether the receiver answered 2xx, its status code, how long it took and the error, and when the next attempt is due while the delivery is pending. `status` and `event_type` narrow the list. An endpoint of another account, or none, is 404.","x-locksmith-extension":true,"x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/Cursor"},{"name":"status","in":"query","required":false,"description":"Only deliveries in this state.","schema":{"$ref":"#/components/schemas/WebhookDeliveryStatus"}},{"name":"event_type","in":"query","required":false,"description":"Only deliveries of this event type.","schema":{"$ref":"#/components/schemas/WebhookEventType"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of deliveries.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/WebhookDelivery"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver":{"post":{"operationId":"redeliverWebhookDelivery","tags":["Webhooks"],"summary":"Send a delivery again","description":"Queues a delivered or failed delivery to be sent again at once, with the same payload bytes and the same `webhook-id` (so a receiver that deduplicates by it sees the same message) and a fresh timestamp and signature; it then retries on the usual schedule. Recorded in the audit chain as `webhook_delivery.redelivered`. A delivery still pending is 409 (`detail: status`), and one of a disabled endpoint is 409 (`detail: is_active`): enable the endpoint first. A delivery of another endpoint or account is 404.","x-locksmith-extension":true,"x-required-scopes":["webhook:write"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","CONFLICT","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"},{"name":"delivery_id","in":"path","required":true,"description":"Identifier of the delivery.","schema":{"type":"string"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The delivery, pending again.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/WebhookDelivery"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"409":{"$ref":"#/components/responses/Conflict"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/activities":{"get":{"operationId":"listActivities","tags":["Activities"],"summary":"List activity rows","description":"Reads the normalised activity ledger, newest first: runtime calls, management changes and system actions, with the product, customer, order and subscription attribution recorded when they happened (a later transfer or relink does not rewrite a row). Every license mutation appends one row in the same transaction as the change: `license.create`, `license.suspend`, `license.reinstate`, `license.revoke`, `license.renew`, `license.transfer`, `license.update`, `license.feature.assign`, `license.feature.remove`, `license.usage.reset`, `license.custom_field.set` and `.clear`. The window is `from` (inclusive) to `to` (exclusive, default now); without `from` it starts 30 days before `to`, and `to` must be after `from` (400). Filters combine with AND. The cursor continues below the last row of the previous page and is only valid with the same window and filters.","x-required-scopes":["report:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/ActivityCursor"},{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/ProductIDFilter"},{"$ref":"#/components/parameters/CustomerIDFilter"},{"$ref":"#/components/parameters/LicenseIDFilter"},{"$ref":"#/components/parameters/OrderIDFilter"},{"$ref":"#/components/parameters/SubscriptionIDFilter"},{"$ref":"#/components/parameters/FeatureCodeFilter"},{"$ref":"#/components/parameters/SourceFilter"},{"$ref":"#/components/parameters/ResultClassFilter"},{"$ref":"#/components/parameters/ActionFilter"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of activity rows.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Activity"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/usage-summary":{"get":{"operationId":"getUsageSummary","tags":["Reports"],"summary":"Summarise usage","description":"Aggregates the activity rows of the window that match every filter into totals, grouped by the requested dimensions (`group_by`, comma-separated or repeated; `bucket=1h|1d` is the same as a leading `hour` or `day`). Without `from`, the window starts 30 days before `to`. Every row counts once in its result class; `amount` counts successful `license.consume` rows only. Refused with 400 INVALID_QUERY naming the parameter: `to` not after `from`, an unknown or repeated dimension, two time buckets, `bucket` with a time dimension, and more than 10,000 groups (create an export for those). A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.","x-required-scopes":["report:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/GroupBy"},{"$ref":"#/components/parameters/Bucket"},{"$ref":"#/components/parameters/ProductIDFilter"},{"$ref":"#/components/parameters/CustomerIDFilter"},{"$ref":"#/components/parameters/LicenseIDFilter"},{"$ref":"#/components/parameters/OrderIDFilter"},{"$ref":"#/components/parameters/SubscriptionIDFilter"},{"$ref":"#/components/parameters/FeatureCodeFilter"},{"$ref":"#/components/parameters/SourceFilter"},{"$ref":"#/components/parameters/ResultClassFilter"},{"$ref":"#/components/parameters/ActionFilter"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The usage summary.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/UsageSummary"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/usage-ledger":{"get":{"operationId":"listUsageLedger","tags":["Reports"],"summary":"List metered usage rows","description":"Returns the activity rows of the window that match every filter, oldest first, for evidence review, disputes and export to other systems; each row says what it adds to the usage totals (`counted_amount`). Denied attempts are included: filter with `action=license.consume` and `result_class=success` for billable rows. Without `from`, the window starts 30 days before `to`; `to` defaults to the time of the first page, and the cursor keeps that window for the whole walk (a cursor with another `from` or `to` is 400). The first page also counts every row of the walk.","x-required-scopes":["report:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/UsageLedgerCursor"},{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/ProductIDFilter"},{"$ref":"#/components/parameters/CustomerIDFilter"},{"$ref":"#/components/parameters/LicenseIDFilter"},{"$ref":"#/components/parameters/OrderIDFilter"},{"$ref":"#/components/parameters/SubscriptionIDFilter"},{"$ref":"#/components/parameters/FeatureCodeFilter"},{"$ref":"#/components/parameters/SourceFilter"},{"$ref":"#/components/parameters/ResultClassFilter"},{"$ref":"#/components/parameters/ActionFilter"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"A page of ledger rows.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/UsageLedgerEntry"}},"page_info":{"$ref":"#/components/schemas/UsageLedgerPageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/license-audit":{"get":{"operationId":"getLicenseAuditReport","tags":["Reports"],"summary":"Build a license audit packet","description":"Assembles one license with its usage totals, runtime summary, devices, activity rows, audit events (with their chain hashes) and linked order and subscription. Without `from` it covers the license's whole history. An unknown license is 404. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.","x-required-scopes":["report:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"name":"license_id","in":"query","required":true,"description":"License to report on.","schema":{"type":"string"}},{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The audit packet.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseAuditReport"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/customer-summary":{"get":{"operationId":"getCustomerSummary","tags":["Reports"],"summary":"Summarise a customer","description":"Assembles one customer with record counts, licenses, orders, subscriptions, runtime summary and usage in the window, grouped by `group_by` (default `product,feature`). Without `from`, the window starts 30 days before `to`. An unknown customer is 404. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.","x-required-scopes":["report:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"name":"customer_id","in":"query","required":true,"description":"Customer to report on.","schema":{"type":"string"}},{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/GroupBy"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The customer summary.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/CustomerSummaryReport"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/subscription-settlement":{"get":{"operationId":"getSubscriptionSettlement","tags":["Reports"],"summary":"Build settlement evidence","description":"Totals the metered consumption (`license.consume` rows) attributed to one subscription or one order at the time of use, grouped by `group_by` (default `license,feature`); `amount` counts successful rows. Send exactly one of `subscription_id` and `order_id` (400 naming `subscription_id` otherwise). The window defaults to the subscription's current period or the order's service period; for an order without a period, `from` and `to` are required. An unknown subject is 404. No prices: this is evidence. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.","x-required-scopes":["report:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","VALIDATION_FAILED","RATE_LIMITED"],"parameters":[{"name":"subscription_id","in":"query","required":false,"description":"Subscription to settle.","schema":{"type":"string"}},{"name":"order_id","in":"query","required":false,"description":"Order to settle.","schema":{"type":"string"}},{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/GroupBy"},{"$ref":"#/components/parameters/FeatureCodeFilter"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The settlement report.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/SubscriptionSettlementReport"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/exports":{"post":{"operationId":"createReportExport","tags":["Reports"],"summary":"Create a frozen report export","description":"Evaluates a report once with the given filters and freezes the result as a canonical JSON snapshot (`snapshot_digest`); a background job then renders the artifact in the requested format (default `json`) from that snapshot alone, on any instance, resuming after a restart. The export is returned as soon as it is recorded; poll `getReportExport` (`progress` counts rows rendered) until `status` is `ready` or `failed`. With `source_export_id`, the existing snapshot is rendered again instead: the same snapshot in the same format gives the same bytes. Refused with 422 naming the field: a filter the kind does not take, a value that is not an identifier, a bad window or grouping, a `report_kind` unlike the source's, `filters` with `source_export_id`, the `activities` kind (a feed: export `usage_ledger`), and more rows than an export holds (250,000 ledger rows, 200,000 groups). A report subject or source export that does not exist is 404. Nothing is stored when the request is refused. With a read replica (`--database-read-url`), the report is evaluated there only when the replica has replayed past the window's `to` (a window ending now is read from the primary), so the snapshot holds every ledger row of the window; `meta.replica_lag_ms` then says how far behind the replica was. A report whose totals pass 2^53 − 1 is refused with 422 `VALIDATION_FAILED` (`detail: filters.from`).\nAn account renders one export at a time, on all instances together, and accounts take turns, so one account's queue does not hold up another's. At most 10 exports of an account wait to be rendered (the operator's `--max-queued-exports`, or the account's own figure; `getAccountLimits` says which applies): one more is 429 `RATE_LIMITED` with `detail: max_queued_exports` and `Retry-After`.","x-required-scopes":["report:export"],"x-error-codes":["INVALID_JSON","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","VALIDATION_FAILED","RATE_LIMITED"],"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReportExportCreateRequest"}}}},"responses":{"201":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The export record.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/ReportExport"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"422":{"$ref":"#/components/responses/UnprocessableEntity"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/exports/{id}":{"get":{"operationId":"getReportExport","tags":["Reports"],"summary":"Get a report export","description":"Returns the metadata of one export, including its digests once ready.","x-required-scopes":["report:export"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The export record.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/ReportExport"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/reports/exports/{id}/download":{"get":{"operationId":"downloadReportExport","tags":["Reports"],"summary":"Download an export","description":"Returns the stored artifact byte for byte; the report is never re-run. Its SHA-256 matches `artifact_digest`, which `ETag` and `Repr-Digest` also carry. An export that is not `ready` has no artifact and answers 404.","x-required-scopes":["report:export"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","NOT_FOUND","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/PathID"}],"responses":{"200":{"description":"The artifact, with the media type recorded in `content_type`.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"},"Content-Disposition":{"description":"`attachment` with the export's `file_name`.","schema":{"type":"string"}},"ETag":{"description":"The quoted `artifact_digest`.","schema":{"type":"string"}},"Repr-Digest":{"description":"The artifact's SHA-256 as RFC 9530 says: `sha-256=:<base64>:`.","schema":{"type":"string"}}},"content":{"application/json":{"schema":{"type":"object","additionalProperties":true,"description":"A JSON export document."},"x-locksmith-raw":true},"text/csv":{"schema":{"type":"string","format":"binary"}},"application/pdf":{"schema":{"type":"string","format":"binary"}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"404":{"$ref":"#/components/responses/NotFound"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/ops/summary":{"get":{"operationId":"getOpsSummary","tags":["Ops"],"summary":"Summarise service health","description":"Rolls up, for the caller's account, the runtime decisions of the window by action and result class with their latency percentiles where the server measured them (`product_id`, `customer_id` and `license_id` narrow these), the licenses, devices and floating leases active now, webhook deliveries (delivered and given up within the window, queued now, and how long the oldest has waited), the age of the active signing key, and the length of the audit chain. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).","x-required-scopes":["ops:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/ProductIDFilter"},{"$ref":"#/components/parameters/CustomerIDFilter"},{"$ref":"#/components/parameters/LicenseIDFilter"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The ops summary.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/OpsSummary"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/ops/runtime-errors":{"get":{"operationId":"listRuntimeErrorGroups","tags":["Ops"],"summary":"List runtime error groups","description":"Groups the runtime decisions of the window that were denied or failed (activity-ledger rows from the runtime with result class `denied` or `error`) by action, result class and reason code, most frequent first (then most recently seen), with the first and last time each was seen and a sample request and license. Returns at most `limit` groups (default 50). Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).","x-required-scopes":["ops:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Limit"},{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"$ref":"#/components/parameters/ProductIDFilter"},{"$ref":"#/components/parameters/CustomerIDFilter"},{"$ref":"#/components/parameters/LicenseIDFilter"}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The error groups.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/RuntimeErrorGroup"}},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/ops/webhook-health":{"get":{"operationId":"getWebhookHealth","tags":["Ops"],"summary":"Report webhook delivery health","description":"Reports delivery health per webhook endpoint of the caller's account (`endpoint_id` narrows it to one): attempts in the window, their success rate and latency percentiles, deliveries delivered and given up within the window, the backlog queued now, consecutive failed attempts, the latest error and whether the endpoint is active or was disabled by the server. Endpoints with the most consecutive failures come first. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).","x-required-scopes":["ops:read"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/From"},{"$ref":"#/components/parameters/To"},{"name":"endpoint_id","in":"query","required":false,"description":"Only this webhook endpoint.","schema":{"type":"string"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Webhook delivery health.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/WebhookHealth"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/ops/limits":{"get":{"operationId":"getAccountLimits","tags":["Ops"],"summary":"Get the caller's account limits","description":"Returns the limits that apply to the caller's account: each rate-limit policy with its windows (empty when the policy is off) and whether the figures are the server's or the account's own (`locksmith accounts limits`), the most webhook endpoints and queued exports the account may have, and whether the server's limits are on at all (`enabled`; off, nothing here is enforced). Per-address policies are the server's for every account. Running servers apply an operator's change within 30 seconds.","x-locksmith-extension":true,"x-required-scopes":["admin"],"x-error-codes":["INVALID_QUERY","UNAUTHORIZED","TOKEN_SCOPE_DENIED","RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The account's limits.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/AccountLimits"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"401":{"$ref":"#/components/responses/Unauthorized"},"403":{"$ref":"#/components/responses/Forbidden"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/health":{"get":{"operationId":"health","tags":["System"],"summary":"Liveness probe","description":"Answers while the process is serving requests. Does not touch the database; use it for liveness checks.","security":[],"x-error-codes":["RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The process is alive.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/HealthData"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/healthz":{"get":{"operationId":"healthz","tags":["System"],"summary":"Liveness probe (alias)","description":"Same as `health`, under the conventional `/healthz` path.","security":[],"x-error-codes":["RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The process is alive.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/HealthData"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/readyz":{"get":{"operationId":"readyz","tags":["System"],"summary":"Readiness probe","description":"Reports whether the server can serve traffic: the database answers and its schema is current. The database check is shared by every caller: the answer comes from one probe that started less than a second ago (callers that arrive while a probe runs wait for it), so calling this route more often does not load the database, and a database that goes down or comes back shows within about a second.","security":[],"x-error-codes":["RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Ready.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/ReadyData"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"429":{"$ref":"#/components/responses/TooManyRequests"},"503":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Not ready; `status` is `not_ready` and `db` says why.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/ReadyData"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}}}}},"/metrics":{"get":{"operationId":"getMetrics","tags":["System"],"summary":"Prometheus metrics","description":"Returns process and request metrics in the Prometheus text exposition format. Open, like the other system routes, unless the server was started with `--metrics-token` (`LOCKSMITH_METRICS_TOKEN`): then it answers only `Authorization: Bearer <that token>` (compared in constant time), and anything else is 401 `UNAUTHORIZED`. The token is the operator's, not a management API key, so the operation declares no security scheme.","security":[],"x-error-codes":["UNAUTHORIZED","RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"Metrics in Prometheus text format.","content":{"text/plain":{"schema":{"type":"string"}}}},"401":{"$ref":"#/components/responses/Unauthorized"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/openapi.yaml":{"get":{"operationId":"getContractYAML","tags":["System"],"summary":"This contract as YAML","description":"Returns the OpenAPI document the running server implements, exactly as its source `openapi.yaml`, so a client or an agent can learn each operation's path, fields, error codes and `x-required-scopes` from the server it talks to.","x-locksmith-extension":true,"security":[],"x-error-codes":["RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The OpenAPI document.","content":{"application/yaml":{"schema":{"type":"object","additionalProperties":true,"description":"The OpenAPI 3.1 document","parsed from YAML.":null},"x-locksmith-raw":true}}},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/.well-known/jwks.json":{"get":{"operationId":"getWellKnownJWKS","tags":["System"],"summary":"The token keys as a JWK Set","description":"The public keys that sign license tokens (`issueLicenseToken`), as the bare JSON Web Key Set of RFC 7517, section 5, which JWKS clients (PyJWT's `PyJWKClient`, jose's `createRemoteJWKSet`, …) fetch as they are: every token key, active and retired, of every account, or of one with `account_id`. An Ed25519 key is `{\"kty\": \"OKP\", \"crv\": \"Ed25519\", \"x\": …}` (RFC 8037), an RSA key `{\"kty\": \"RSA\", \"n\": …, \"e\": …}` (RFC 7518, section 6.3), each with `kid`, `use: sig` and `alg`. A retired key stays, so that the tokens it signed verify until they expire. Answers carry `Cache-Control` with a `max-age` of five minutes: a client that meets a `kid` it does not know fetches the set again.","x-locksmith-extension":true,"security":[],"x-error-codes":["INVALID_QUERY","RATE_LIMITED"],"parameters":[{"name":"account_id","in":"query","required":false,"description":"Only the token keys of this vendor account. An account that does not exist, or has no token key yet, has none (an empty set, so the answer does not tell which accounts exist).","schema":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_]{1,64}$"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"},"Cache-Control":{"description":"`public, max-age=300`.","schema":{"type":"string"}}},"description":"The JWK Set, bare.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/JSONWebKeySet"},"x-locksmith-bare":true}}},"400":{"$ref":"#/components/responses/BadRequest"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/openapi.json":{"get":{"operationId":"getContractJSON","tags":["System"],"summary":"This contract as JSON","description":"Returns the same OpenAPI document as `GET /openapi.yaml`, as compact JSON with keys in document order.","x-locksmith-extension":true,"security":[],"x-error-codes":["RATE_LIMITED"],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The OpenAPI document.","content":{"application/json":{"schema":{"type":"object","additionalProperties":true,"description":"The OpenAPI 3.1 document."},"x-locksmith-raw":true}}},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/system/public-keys":{"get":{"operationId":"listPublicKeys","tags":["System"],"summary":"List signing public keys","description":"Returns the Ed25519 public keys that sign runtime responses and offline licenses, active and retired. Match `Signature.kid` to `kid`. Every key is on the first page: a cursor is past the end, so its page is empty. With `account_id`, only the keys that sign (or signed) that vendor's answers, each with its status for that vendor: an application pins these, and answers signed for another vendor do not verify against them.","security":[],"x-error-codes":["INVALID_QUERY","RATE_LIMITED"],"parameters":[{"$ref":"#/components/parameters/Cursor"},{"name":"account_id","in":"query","required":false,"description":"Only the keys of this vendor account. An account that does not exist has no keys (an empty list, so the list does not tell which accounts exist).","schema":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_]{1,64}$"},"x-locksmith-extension":true}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The public keys.","content":{"application/json":{"schema":{"type":"object","required":["data","page_info","meta"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/PublicKey"}},"page_info":{"$ref":"#/components/schemas/PageInfo"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}},"/api/v1/system/jwks":{"get":{"operationId":"getJWKS","tags":["System"],"summary":"The token keys, in an envelope","description":"The same JWK Set as `getWellKnownJWKS` (every token key, or one account's), in the usual `{data, meta}` envelope, for clients of this API that read every answer the same way.","x-locksmith-extension":true,"security":[],"x-error-codes":["INVALID_QUERY","RATE_LIMITED"],"parameters":[{"name":"account_id","in":"query","required":false,"description":"Only the token keys of this vendor account. An account that does not exist, or has no token key yet, has none (an empty set, so the answer does not tell which accounts exist).","schema":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9_]{1,64}$"}}],"responses":{"200":{"headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"description":"The JWK Set.","content":{"application/json":{"schema":{"type":"object","required":["data","meta"],"properties":{"data":{"$ref":"#/components/schemas/JSONWebKeySet"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}}}}},"400":{"$ref":"#/components/responses/BadRequest"},"429":{"$ref":"#/components/responses/TooManyRequests"}}}}},"webhooks":{"license.created":{"post":{"summary":"A license was issued","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"license.suspended":{"post":{"summary":"A license was suspended","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"license.reinstated":{"post":{"summary":"A suspended license was reinstated","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"license.revoked":{"post":{"summary":"A license was revoked","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"license.renewed":{"post":{"summary":"A license was renewed","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"license.transferred":{"post":{"summary":"A license was transferred to another licensee","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"license.updated":{"post":{"summary":"A license's licensee, metadata, limits or policy changed","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LicenseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"device.activated":{"post":{"summary":"A device was activated on a license","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/DeviceWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"device.deactivated":{"post":{"summary":"A device was deactivated","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/DeviceWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"device.reset":{"post":{"summary":"A device was reset by an operator","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/DeviceWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"device.blacklisted":{"post":{"summary":"A device was blacklisted","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/DeviceWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"usage.consumed":{"post":{"summary":"Metered usage was consumed","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"usage.quota_reached":{"post":{"summary":"A consumption used up a feature's quota","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/QuotaWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"lease.checked_out":{"post":{"summary":"A floating seat was checked out","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LeaseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"lease.expired":{"post":{"summary":"A floating lease ran out without being checked in","description":"Sent once per lease that reached its `expires_at` without a check-in, within about 30 seconds, with the lease as it was. The seat was free from `expires_at` on: this event records the lapse, it does not cause it.","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/LeaseWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"export.completed":{"post":{"summary":"A report export is ready or failed","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ExportWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"api_key.created":{"post":{"summary":"A management API key was created","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/APIKeyWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"api_key.revoked":{"post":{"summary":"A management API key was revoked","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/APIKeyWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}},"signing_key.rotated":{"post":{"summary":"A new signing key signs runtime responses","x-locksmith-extension":true,"requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/SigningKeyWebhookPayload"}}}},"responses":{"200":{"description":"Received. Any 2xx counts; 410 Gone disables the endpoint; anything else is retried."}}}}},"components":{"securitySchemes":{"bearerAuth":{"type":"http","scheme":"bearer","description":"Management API token: `Authorization: Bearer lkm_…`."},"licenseAuth":{"type":"apiKey","in":"header","name":"Authorization","description":"License key of the calling application: `Authorization: License lsk_…`."}},"parameters":{"PathID":{"name":"id","in":"path","required":true,"description":"Identifier of the record the path names.","schema":{"type":"string"}},"FieldID":{"name":"field_id","in":"path","required":true,"description":"Identifier of the custom field definition.","schema":{"type":"string"}},"DeviceID":{"name":"device_id","in":"path","required":true,"description":"Identifier of the device.","schema":{"type":"string"}},"FeatureID":{"name":"feature_id","in":"path","required":true,"description":"Identifier of the feature.","schema":{"type":"string"}},"Limit":{"name":"limit","in":"query","required":false,"description":"Maximum number of items to return (1–200); default 50.","schema":{"type":"integer","minimum":1,"maximum":200}},"Cursor":{"name":"cursor","in":"query","required":false,"description":"Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.","schema":{"type":"string","pattern":"^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$"}},"ActivityCursor":{"name":"cursor","in":"query","required":false,"description":"Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.","schema":{"type":"string","pattern":"^[0-9]{1,18}\\.[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$"}},"UsageLedgerCursor":{"name":"cursor","in":"query","required":false,"description":"Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. It carries the window of the first page, so every page of one walk covers the same rows. Anything else is 400 `INVALID_QUERY` naming `cursor`.","schema":{"type":"string","pattern":"^-?[0-9]{1,18}\\.-?[0-9]{1,18}\\.-?[0-9]{1,18}\\.[A-Za-z0-9_-]{1,80}$"}},"EventCursor":{"name":"cursor","in":"query","required":false,"description":"Sequence taken from `page_info.next_cursor`; returns events with a lower sequence. Omit to start from the newest event.","schema":{"type":"integer","format":"int64","minimum":1,"maximum":9007199254740991}},"IdempotencyKey":{"name":"Idempotency-Key","in":"header","required":true,"description":"Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.","schema":{"type":"string","minLength":1,"maxLength":255,"pattern":"^[!-~]+$"}},"From":{"name":"from","in":"query","required":false,"description":"Start of the time window, inclusive (RFC 3339). The default depends on the operation.","schema":{"type":"string","format":"date-time"}},"To":{"name":"to","in":"query","required":false,"description":"End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.","schema":{"type":"string","format":"date-time"}},"GroupBy":{"name":"group_by","in":"query","required":false,"description":"Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.","schema":{"type":"array","items":{"$ref":"#/components/schemas/UsageGroupBy"}},"style":"form","explode":false},"Bucket":{"name":"bucket","in":"query","required":false,"description":"A time bucket in LicenseKit's spelling; `1h` adds `hour` and `1d` adds `day` to `group_by`.","schema":{"$ref":"#/components/schemas/UsageBucket"}},"ProductIDFilter":{"name":"product_id","in":"query","required":false,"description":"Only results for this product.","schema":{"type":"string"}},"CustomerIDFilter":{"name":"customer_id","in":"query","required":false,"description":"Only results for this customer.","schema":{"type":"string"}},"LicenseIDFilter":{"name":"license_id","in":"query","required":false,"description":"Only results for this license.","schema":{"type":"string"}},"OrderIDFilter":{"name":"order_id","in":"query","required":false,"description":"Only results attributed to this order.","schema":{"type":"string"}},"SubscriptionIDFilter":{"name":"subscription_id","in":"query","required":false,"description":"Only results attributed to this subscription.","schema":{"type":"string"}},"FeatureCodeFilter":{"name":"feature_code","in":"query","required":false,"description":"Only results for this feature code.","schema":{"type":"string"}},"SourceFilter":{"name":"source","in":"query","required":false,"description":"Only activity from this source.","schema":{"$ref":"#/components/schemas/ActivitySource"}},"ResultClassFilter":{"name":"result_class","in":"query","required":false,"description":"Only activity with this outcome class.","schema":{"$ref":"#/components/schemas/ActivityResultClass"}},"ActionFilter":{"name":"action","in":"query","required":false,"description":"Only activity with this action name, for example `license.consume`.","schema":{"type":"string"}}},"headers":{"RateLimit-Policy":{"description":"The rate-limit policies this request was counted against, as draft-ietf-httpapi-ratelimit-headers (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/) defines the field: a structured-field list of quota policy items, each a policy name with `q` (the quota, in requests) and `w` (its window, in seconds), and `locksmith-burst` (the draft's vendor-prefixed extension parameter) when at most that many may be sent at once; absent, the whole quota may. Each window is a token bucket refilled evenly over `w`: `\"runtime-key\";q=600;w=60;locksmith-burst=20` is 600 a minute, 20 at once. A policy of several windows names each `<policy>-<w>s`. Sent on every answer of a rate-limited operation, success or error, while the server's limits are on. The policies are `anonymous`, `runtime-address`, `failed-keys`, `runtime-key`, `management-key`, `account-runtime` and `account-management` (the README's configuration table has their defaults); runtime answers name `account-runtime` only when it refuses.","schema":{"type":"string"}},"RateLimit":{"description":"The state of each policy in `RateLimit-Policy`, as draft-ietf-httpapi-ratelimit-headers defines the field: a structured-field list of service limit items, each the policy name with `r` (the requests that may be sent now) and `t` (the seconds until one more may be; 0 when the bucket is full), for example `\"runtime-key\";r=19;t=1`. With several server instances on PostgreSQL the values are this instance's best knowledge, which another instance's traffic may make optimistic.","schema":{"type":"string"}},"Retry-After":{"description":"Seconds to wait before sending the request again (RFC 9110, delay-seconds).","schema":{"type":"integer","minimum":1}}},"responses":{"BadRequest":{"description":"The request is malformed: invalid JSON (not UTF-8, a repeated key, nesting deeper than 64, an integer beyond 64 bits, a NUL character), an invalid query or path parameter (out of range, a cursor the list did not return, a NUL character), or a missing `Idempotency-Key`. `detail` names the field.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}},"Unauthorized":{"description":"Credentials are missing or not accepted.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}},"Forbidden":{"description":"The credential is valid but may not perform this request: a missing scope, or a license or device state that forbids it.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}},"NotFound":{"description":"The addressed record, device activation or lease does not exist.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}},"Conflict":{"description":"The request conflicts with current state, a limit, or an earlier use of its idempotency key.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}},"UnprocessableEntity":{"description":"The request is well-formed but breaks a validation rule.","headers":{"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}},"TooManyRequests":{"description":"A rate limit refused the request (`RATE_LIMITED`, `detail` naming the policy, such as `runtime-key`), or an account's queue of exports is full (`detail: max_queued_exports`), or a license took its `max_activations_per_day` seats today (`detail: max_activations_per_day`). Nothing was done; send the request again after `Retry-After` seconds. The SDKs' retries wait that long for `GET`s and operations with an `Idempotency-Key`.","headers":{"Retry-After":{"$ref":"#/components/headers/Retry-After"},"RateLimit-Policy":{"$ref":"#/components/headers/RateLimit-Policy"},"RateLimit":{"$ref":"#/components/headers/RateLimit"}},"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorEnvelope"}}}}},"schemas":{"ResponseMeta":{"type":"object","description":"Per-response metadata present in every JSON envelope.","required":["request_id","timestamp"],"properties":{"request_id":{"type":"string","description":"Identifier of this request, also recorded in the server log, audit events and activity rows."},"timestamp":{"type":"string","format":"date-time","description":"Server time at which the response was produced."},"replica_lag_ms":{"type":"integer","format":"int64","minimum":0,"x-locksmith-extension":true,"description":"Present only when the answer was read from a streaming replica (`--database-read-url`): how far behind the primary the replica's snapshot was, in milliseconds, when the read began. Only reports, the activities feed, the events feed and a report export's snapshot (`createReportExport`) may be read from a replica, and only while it is within `--replica-max-lag` (default 10 s); absent means the primary answered, with everything committed before the request. The runtime and every write read the primary. The figure is 0 when the replica had replayed all it had received with its WAL receiver running, and otherwise the time since the last transaction it replayed committed on the primary, which can overstate the lag after a quiet spell but never understates it."}}},"ErrorObject":{"type":"object","description":"Machine-readable error detail.","required":["code","message"],"properties":{"code":{"type":"string","description":"Stable upper-case error code; one of the values of `ErrorCode`. New codes may be added, so treat unknown codes by their HTTP status."},"message":{"type":"string","description":"Human-readable summary of the problem. Not stable; do not parse."},"detail":{"type":"string","description":"Extra context when available, such as the offending field or the limit that was hit."}}},"ErrorEnvelope":{"type":"object","description":"Body of every error response.","required":["error","meta"],"properties":{"error":{"$ref":"#/components/schemas/ErrorObject"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"ErrorCode":{"type":"string","description":"Every value `ErrorObject.code` can take, with its HTTP status in `x-error-statuses`. Each operation\nlists the codes it can return in `x-error-codes`; the transport-level codes in `x-any-operation` can\ncome from any operation and are not repeated there.\n\n- `INVALID_JSON` (400): The body is not valid JSON, has a wrong type, or contains an unknown field.\n- `INVALID_QUERY` (400): A query parameter is malformed, out of range, or contradicts another one.\n- `IDEMPOTENCY_KEY_REQUIRED` (400): The operation needs an `Idempotency-Key` header and none was\n  sent.\n- `UNAUTHORIZED` (401): Credentials are missing, malformed, unknown, expired, inactive, or used from\n  a network outside the key's allowed CIDRs.\n- `TOKEN_SCOPE_DENIED` (403): The management token holds none of the scopes in the operation's\n  `x-required-scopes` (and is not `admin`).\n- `ACCOUNT_DISABLED` (403): The license key belongs to a vendor account that the server's operator\n  has disabled; no runtime call of that account is answered until it is enabled again.\n- `LICENSE_SUSPENDED` (403): The license is suspended. A management transition refused because of it\n  (see `suspendLicense`) carries this code with status 409.\n- `LICENSE_EXPIRED` (403): The license has expired and its grace period, if any, is over (409 on a\n  refused management transition).\n- `LICENSE_REVOKED` (403): The license has been revoked (409 on a refused management transition).\n- `LICENSE_NOT_STARTED` (403): The license's `starts_at` is still in the future.\n- `PLATFORM_NOT_ALLOWED` (403): The license's policy does not allow the calling platform: a virtual\n  machine (`allow_vm` false) or a container (`allow_container` false); `detail` names `is_vm` or\n  `is_container`.\n- `DEVICE_BLACKLISTED` (403): The calling device is blacklisted for this license.\n- `VERSION_NOT_ENTITLED` (403): The product has a version catalog and the request sent no\n  `app_version`, or one unknown to the catalog, or one released after the license's eligibility window.\n- `FEATURE_NOT_ENTITLED` (403): The feature is not assigned to the license, is disabled, or has\n  expired.\n- `PRODUCT_MISMATCH` (403, extension): The runtime request names a `product_code` that is not the\n  product of the license.\n- `NOT_FOUND` (404): The addressed record does not exist (or is not visible to this credential).\n- `NOT_ACTIVATED` (404): The calling device has no active activation on this license.\n- `LEASE_EXPIRED` (404): The floating lease token is unknown, already checked in, or expired.\n- `METHOD_NOT_ALLOWED` (405): The path exists but does not accept this HTTP method.\n- `CONFLICT` (409): The request conflicts with current state: a duplicate unique value, a record\n  still in use, or a transition the current status does not allow.\n- `IDEMPOTENCY_KEY_REUSED` (409): The `Idempotency-Key` was already used with a different request.\n- `DEVICE_LIMIT_REACHED` (409): Activating another device would exceed the policy's activation\n  limit.\n- `FLOATING_LIMIT_REACHED` (409): Every floating seat of the license is currently leased.\n- `QUOTA_EXCEEDED` (409): The consumption would exceed the feature's remaining quota; nothing was\n  recorded.\n- `PAYLOAD_TOO_LARGE` (413): The request body exceeds the server's size limit.\n- `UNSUPPORTED_MEDIA_TYPE` (415): The request body is not sent as `application/json`.\n- `VALIDATION_FAILED` (422): The body is well-formed but breaks a business rule; `detail` names the\n  field.\n- `RATE_LIMITED` (429): Too many requests from this credential or address; retry later.\n- `INTERNAL` (500): An unexpected server error; the request id identifies it in the server log.\n- `NOT_IMPLEMENTED` (501): The operation is part of the contract but this server build does not\n  provide it.\n- `SERVICE_UNAVAILABLE` (503): A dependency such as the database is unavailable; retry later.","enum":["INVALID_JSON","INVALID_QUERY","IDEMPOTENCY_KEY_REQUIRED","UNAUTHORIZED","TOKEN_SCOPE_DENIED","ACCOUNT_DISABLED","LICENSE_SUSPENDED","LICENSE_EXPIRED","LICENSE_REVOKED","LICENSE_NOT_STARTED","PLATFORM_NOT_ALLOWED","DEVICE_BLACKLISTED","VERSION_NOT_ENTITLED","FEATURE_NOT_ENTITLED","PRODUCT_MISMATCH","NOT_FOUND","NOT_ACTIVATED","LEASE_EXPIRED","METHOD_NOT_ALLOWED","CONFLICT","IDEMPOTENCY_KEY_REUSED","DEVICE_LIMIT_REACHED","FLOATING_LIMIT_REACHED","QUOTA_EXCEEDED","PAYLOAD_TOO_LARGE","UNSUPPORTED_MEDIA_TYPE","VALIDATION_FAILED","RATE_LIMITED","INTERNAL","NOT_IMPLEMENTED","SERVICE_UNAVAILABLE"],"x-error-statuses":{"INVALID_JSON":400,"INVALID_QUERY":400,"IDEMPOTENCY_KEY_REQUIRED":400,"UNAUTHORIZED":401,"TOKEN_SCOPE_DENIED":403,"ACCOUNT_DISABLED":403,"LICENSE_SUSPENDED":403,"LICENSE_EXPIRED":403,"LICENSE_REVOKED":403,"LICENSE_NOT_STARTED":403,"PLATFORM_NOT_ALLOWED":403,"DEVICE_BLACKLISTED":403,"VERSION_NOT_ENTITLED":403,"FEATURE_NOT_ENTITLED":403,"PRODUCT_MISMATCH":403,"NOT_FOUND":404,"NOT_ACTIVATED":404,"LEASE_EXPIRED":404,"METHOD_NOT_ALLOWED":405,"CONFLICT":409,"IDEMPOTENCY_KEY_REUSED":409,"DEVICE_LIMIT_REACHED":409,"FLOATING_LIMIT_REACHED":409,"QUOTA_EXCEEDED":409,"PAYLOAD_TOO_LARGE":413,"UNSUPPORTED_MEDIA_TYPE":415,"VALIDATION_FAILED":422,"RATE_LIMITED":429,"INTERNAL":500,"NOT_IMPLEMENTED":501,"SERVICE_UNAVAILABLE":503},"x-any-operation":["INVALID_QUERY","METHOD_NOT_ALLOWED","PAYLOAD_TOO_LARGE","UNSUPPORTED_MEDIA_TYPE","RATE_LIMITED","INTERNAL","NOT_IMPLEMENTED","SERVICE_UNAVAILABLE"]},"PageInfo":{"type":"object","description":"Position of a page within a list.","required":["next_cursor"],"properties":{"next_cursor":{"type":["string","null"],"description":"Opaque cursor for the next page, to pass back as `cursor`; `null` on the last page."}}},"EventPageInfo":{"type":"object","description":"Position of a page within the event feed.","required":["next_cursor"],"properties":{"next_cursor":{"type":["integer","null"],"format":"int64","description":"Sequence to pass back as `cursor` to read the next (older) page; `null` when no older events exist."}}},"Signature":{"type":"object","description":"Detached signature over a runtime response or a ready export's metadata.","required":["alg","kid","value"],"properties":{"alg":{"type":"string","description":"Signature algorithm; always `Ed25519`."},"kid":{"type":"string","description":"Identifier of the signing key; match it against `PublicKey.kid`."},"value":{"type":"string","description":"Standard base64 encoding of the 64-byte Ed25519 signature over the exact bytes of `data` as sent in the response body."}}},"PublicKey":{"type":"object","description":"A public key that signs (or signed) runtime responses.","required":["kid","algorithm","public_key","status","created_at"],"properties":{"kid":{"type":"string","description":"Key identifier, referenced by `Signature.kid`."},"algorithm":{"type":"string","description":"Key algorithm; always `Ed25519`."},"public_key":{"type":"string","description":"Standard base64 encoding of the raw 32-byte Ed25519 public key."},"status":{"type":"string","description":"`active` keys sign new responses; `retired` keys no longer sign but stay published so earlier responses and offline licenses still verify.","enum":["active","retired"]},"created_at":{"type":"string","format":"date-time","description":"When the key was generated."},"account_id":{"type":"string","description":"The vendor account whose answers the key signs. Absent for the server's own key, which signs for the accounts that existed before each account had keys of its own, until they are given theirs.","x-locksmith-extension":true}}},"HealthData":{"type":"object","description":"Liveness result.","required":["status"],"properties":{"status":{"type":"string","description":"Always `ok` when the process answers.","enum":["ok"]}}},"ReadyData":{"type":"object","description":"Readiness result.","required":["status","db"],"properties":{"status":{"type":"string","description":"`ready` when the server can serve traffic, `not_ready` otherwise.","enum":["ready","not_ready"]},"db":{"type":"string","description":"Outcome of the database check: `ok`, or a short reason such as `unreachable` or `migrations pending`."}}},"ManagementScope":{"type":"string","description":"Permission carried by a management token. `admin` satisfies every management operation; the others grant one area each.","enum":["admin","product:read","product:write","license:read","license:write","device:write","event:read","ops:read","report:read","report:export","webhook:write"]},"APIKey":{"type":"object","description":"A management API key. The secret token itself is never returned after creation.","required":["id","name","key_prefix","scopes","allowed_cidrs","is_active","created_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"name":{"type":"string","description":"Label chosen by the creator."},"key_prefix":{"type":"string","description":"First characters of the token (`lkm_` plus a few more), enough to recognise it."},"scopes":{"type":"array","description":"Scopes the token carries.","items":{"$ref":"#/components/schemas/ManagementScope"}},"allowed_cidrs":{"type":"array","description":"IPv4/IPv6 networks in CIDR notation the token may be used from; empty means any address.","items":{"type":"string"}},"is_active":{"type":"boolean","description":"False once the key has been revoked (`revokeAPIKey`, or `locksmith api-keys revoke`); a revoked key is rejected with 401 and never becomes active again."},"expires_at":{"type":"string","format":"date-time","description":"When the key stops working; absent for keys that do not expire."},"last_used_at":{"type":"string","format":"date-time","description":"Time of the last authenticated request made with the key; absent if never used."},"created_at":{"type":"string","format":"date-time","description":"When the record was created."}}},"APIKeyCreateRequest":{"type":"object","description":"A new management API key.","required":["name"],"properties":{"name":{"type":"string","description":"Label for the key.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"scopes":{"type":"array","description":"Scopes to grant. When absent the key gets `[\"admin\"]`, so pass the narrowest set the job needs.","minItems":1,"items":{"$ref":"#/components/schemas/ManagementScope"}},"allowed_cidrs":{"type":"array","description":"Networks in CIDR notation (for example `10.0.0.0/8`) the key may be used from; absent or empty allows any address. At most 100.","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64}},"expires_at":{"type":"string","format":"date-time","description":"Optional expiry; must be in the future."}},"additionalProperties":false},"APIKeyCreateResponse":{"type":"object","description":"A freshly created key together with its secret token.","required":["api_key","token"],"properties":{"api_key":{"$ref":"#/components/schemas/APIKey"},"token":{"type":"string","description":"The full `lkm_…` bearer token. Shown only in this response; the server keeps only a keyed hash of it."}}},"Product":{"type":"object","description":"A product you license.","required":["id","name","code","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"name":{"type":"string","description":"Display name."},"code":{"type":"string","description":"Unique short code for the product."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"ProductCreateRequest":{"type":"object","description":"A new product.","required":["name","code"],"properties":{"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"Short code, unique across products.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"ProductUpdateRequest":{"type":"object","description":"Changes to a product. Absent fields are left unchanged.","properties":{"name":{"type":"string","description":"New display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"New code, unique across products.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"LicenseType":{"type":"string","description":"How a license's validity is determined: `perpetual` never expires (an optional maintenance date limits version eligibility), `time_limited` and `trial` end at `expires_at`, `subscription` follows renewals of a subscription (its linked subscription's `current_period_end`, kept in step by `updateSubscription`), and `consumption` is driven by metered feature quotas.","enum":["perpetual","time_limited","subscription","trial","consumption"]},"Policy":{"type":"object","description":"Licensing rules shared by every license issued under it.","required":["id","product_id","name","code","license_type","max_activations","floating_timeout_minutes","grace_period_days","validation_interval_minutes","require_heartbeat","allow_offline_activation","offline_grace_days","allow_vm","allow_container","max_transfers","max_activations_per_day","deactivate_inactive_after_days","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product the policy belongs to."},"name":{"type":"string","description":"Display name."},"code":{"type":"string","description":"Short code, unique within the product."},"license_type":{"$ref":"#/components/schemas/LicenseType"},"max_activations":{"type":"integer","description":"Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot)."},"max_floating_users":{"type":"integer","description":"Concurrent floating leases per license; absent when floating checkout is not offered."},"max_container_instances":{"type":"integer","description":"Container instances that may be active at once per license, counted apart from hardware devices; absent when containers count against `max_activations`."},"floating_timeout_minutes":{"type":"integer","description":"Lifetime of a floating lease without a heartbeat, when the policy requires heartbeats."},"grace_period_days":{"type":"integer","description":"Days after expiry during which the license keeps working in `grace_period` status."},"validation_interval_minutes":{"type":"integer","description":"How often applications are expected to re-validate; drives `next_check_at`."},"require_heartbeat":{"type":"boolean","description":"Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is checked in, its device is reset or deactivated, or the license ends."},"allow_offline_activation":{"type":"boolean","description":"Whether applications may request offline licenses."},"offline_grace_days":{"type":"integer","description":"Validity of an offline license, in days from issuance."},"allow_vm":{"type":"boolean","description":"Whether activations from virtual machines are accepted."},"allow_container":{"type":"boolean","description":"Whether activations from containers are accepted."},"max_transfers":{"type":"integer","description":"How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused."},"max_activations_per_day":{"type":"integer","x-locksmith-extension":true,"description":"New seats a license of this policy may take per UTC day (0: no limit). A crowd sharing one key, taking turns by deactivating and activating machines, stays within `max_activations` at any moment; this bounds how often the seats change hands. Past it, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight); activating an active device again and deactivating are never refused. Counted on the license, exactly, across instances."},"deactivate_inactive_after_days":{"type":"integer","x-locksmith-extension":true,"description":"Days a node-locked device may go unseen (no activation, validation, check or consumption) before the server deactivates it and frees its seat (0: never). Every instance sweeps every few minutes; each device is deactivated once, recorded as `device.deactivated` with `reason: inactive`. The machine may activate again later if a seat is free. Ephemeral containers that never deactivate stop holding seats this way."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"PolicyCreateRequest":{"type":"object","description":"A new policy. Fields left out take the documented defaults.","required":["name","code","license_type"],"properties":{"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"Short code, unique within the product.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"license_type":{"$ref":"#/components/schemas/LicenseType"},"max_activations":{"type":"integer","description":"Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).","minimum":0,"maximum":2147483647,"default":1},"max_floating_users":{"type":"integer","description":"Concurrent floating leases per license. Absent (or 0) means floating checkout is not offered.","minimum":0,"maximum":2147483647},"max_container_instances":{"type":"integer","description":"Container instances that may be active at once per license, counted apart from hardware devices. Absent: containers count against `max_activations`.","minimum":0,"maximum":2147483647},"floating_timeout_minutes":{"type":"integer","description":"Lifetime of a floating lease without a heartbeat, in minutes, when the policy requires heartbeats.","minimum":1,"maximum":525600,"default":30},"grace_period_days":{"type":"integer","description":"Days after expiry during which the license keeps working in `grace_period` status; 0 disables the grace period.","minimum":0,"maximum":36500,"default":0},"validation_interval_minutes":{"type":"integer","description":"Expected re-validation interval in minutes.","minimum":1,"maximum":525600,"default":1440},"require_heartbeat":{"type":"boolean","description":"Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is checked in, its device is reset or deactivated, or the license ends.","default":false},"allow_offline_activation":{"type":"boolean","description":"Whether applications may request offline licenses.","default":false},"offline_grace_days":{"type":"integer","description":"Validity of an offline license, in days from issuance.","minimum":1,"maximum":36500,"default":7},"allow_vm":{"type":"boolean","description":"Whether activations from virtual machines are accepted.","default":true},"allow_container":{"type":"boolean","description":"Whether activations from containers are accepted.","default":true},"max_transfers":{"type":"integer","description":"How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.","minimum":0,"maximum":2147483647,"default":0},"max_activations_per_day":{"type":"integer","x-locksmith-extension":true,"description":"New seats (default 50) a license of this policy may take per UTC day (0: no limit). A crowd sharing one key, taking turns by deactivating and activating machines, stays within `max_activations` at any moment; this bounds how often the seats change hands. Past it, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight); activating an active device again and deactivating are never refused. Counted on the license, exactly, across instances.","minimum":0,"maximum":2147483647,"default":50},"deactivate_inactive_after_days":{"type":"integer","x-locksmith-extension":true,"description":"Days a node-locked device may go unseen (no activation, validation, check or consumption) before the server deactivates it and frees its seat (0: never). Every instance sweeps every few minutes; each device is deactivated once, recorded as `device.deactivated` with `reason: inactive`. The machine may activate again later if a seat is free. Ephemeral containers that never deactivate stop holding seats this way.","minimum":0,"maximum":36500,"default":0},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"PolicyUpdateRequest":{"type":"object","description":"Changes to a policy. Absent fields are left unchanged; `null` clears an optional limit. New limits apply from the next runtime call; devices already active above a lowered limit stay active.","properties":{"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"Short code, unique within the product.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"license_type":{"$ref":"#/components/schemas/LicenseType"},"max_activations":{"type":"integer","description":"Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).","minimum":0,"maximum":2147483647},"max_floating_users":{"type":["integer","null"],"description":"Concurrent floating leases per license; `null` stops offering floating checkout.","minimum":0,"maximum":2147483647},"max_container_instances":{"type":["integer","null"],"description":"Separate container-instance limit; `null` makes containers count against `max_activations` again.","minimum":0,"maximum":2147483647},"floating_timeout_minutes":{"type":"integer","description":"Lifetime of a floating lease without a heartbeat, in minutes, when the policy requires heartbeats.","minimum":1,"maximum":525600},"grace_period_days":{"type":"integer","description":"Days after expiry during which the license keeps working in `grace_period` status; 0 disables the grace period.","minimum":0,"maximum":36500},"validation_interval_minutes":{"type":"integer","description":"Expected re-validation interval in minutes.","minimum":1,"maximum":525600},"require_heartbeat":{"type":"boolean","description":"Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is checked in, its device is reset or deactivated, or the license ends."},"allow_offline_activation":{"type":"boolean","description":"Whether applications may request offline licenses."},"offline_grace_days":{"type":"integer","description":"Validity of an offline license, in days from issuance.","minimum":1,"maximum":36500},"allow_vm":{"type":"boolean","description":"Whether activations from virtual machines are accepted."},"allow_container":{"type":"boolean","description":"Whether activations from containers are accepted."},"max_transfers":{"type":"integer","description":"How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.","minimum":0,"maximum":2147483647},"max_activations_per_day":{"type":"integer","x-locksmith-extension":true,"description":"New seats a license of this policy may take per UTC day; 0 means no limit.","minimum":0,"maximum":2147483647},"deactivate_inactive_after_days":{"type":"integer","x-locksmith-extension":true,"description":"Days a node-locked device may go unseen before it is deactivated; 0 means never.","minimum":0,"maximum":36500},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"Feature":{"type":"object","description":"A capability of a product that licenses can be entitled to, optionally metered.","required":["id","product_id","code","name","metadata","created_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product the feature belongs to."},"code":{"type":"string","description":"Short code, unique within the product; runtime calls and entitlements refer to it."},"name":{"type":"string","description":"Display name."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."}}},"FeatureCreateRequest":{"type":"object","description":"A new feature.","required":["name","code"],"properties":{"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"Short code, unique within the product: 1–64 lower-case ASCII letters, digits, `.`, `_` and `-`. It appears in signed runtime payloads, which are ASCII.","pattern":"^[a-z0-9._-]{1,64}$"},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"ProductVersion":{"type":"object","description":"A release in a product's version catalog.","required":["id","product_id","version","released_at","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product the version belongs to."},"version":{"type":"string","description":"Version string, unique within the product, as applications report it in `app_version`."},"released_at":{"type":"string","format":"date-time","description":"Release date; compared with a license's maintenance or expiry date to decide eligibility."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"ProductVersionCreateRequest":{"type":"object","description":"A new release.","required":["version"],"properties":{"version":{"type":"string","description":"Semantic version (semver 2.0.0: `MAJOR.MINOR.PATCH`, optionally `-prerelease` and `+build`, for example `2.1.0` or `3.0.0-rc.1+build.7`; at most 64 characters), unique within the product.","maxLength":64,"pattern":"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"},"released_at":{"type":"string","format":"date-time","description":"Release date; the current server time when absent."},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"CustomFieldResourceType":{"type":"string","description":"Kind of record a custom field attaches to.","enum":["license","customer"]},"CustomFieldValueType":{"type":"string","description":"Type of a custom field's value; selects which `*_value` field carries it.","enum":["string","integer","boolean","datetime","enum"]},"CustomFieldDefinition":{"type":"object","description":"A typed custom field defined on a product for its licenses or customers.","required":["id","product_id","resource_type","code","name","value_type","is_required","enum_options","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product that defines the field."},"resource_type":{"$ref":"#/components/schemas/CustomFieldResourceType"},"code":{"type":"string","description":"Short code, unique per product and resource type."},"name":{"type":"string","description":"Display name."},"value_type":{"$ref":"#/components/schemas/CustomFieldValueType"},"is_required":{"type":"boolean","description":"Whether every record of the resource type must carry a value; a required value cannot be cleared."},"enum_options":{"type":"array","description":"Allowed values when `value_type` is `enum`; empty otherwise.","items":{"type":"string"}},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"CustomFieldDefinitionCreateRequest":{"type":"object","description":"A new custom field definition.","required":["resource_type","code","name","value_type"],"properties":{"resource_type":{"$ref":"#/components/schemas/CustomFieldResourceType"},"code":{"type":"string","description":"Short code, unique per product and resource type.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"value_type":{"$ref":"#/components/schemas/CustomFieldValueType"},"is_required":{"type":"boolean","description":"Whether a value is mandatory.","default":false},"enum_options":{"type":"array","description":"Allowed values; required and non-empty when `value_type` is `enum` (at most 200 options, each 1–200 characters, not blank, without control characters, no repeats); for other value types only an empty list is accepted.","maxItems":200,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"}},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"CustomFieldDefinitionUpdateRequest":{"type":"object","description":"Changes to a custom field definition. Absent fields are left unchanged; the resource type and value type are fixed.","properties":{"code":{"type":"string","description":"New code, unique per product and resource type.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"name":{"type":"string","description":"New display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"is_required":{"type":"boolean","description":"Whether a value is mandatory."},"enum_options":{"type":"array","description":"Replacement list of allowed values (enum fields only; at most 200 options, each 1–200 characters, not blank, without control characters, no repeats). Dropping an option that stored values still use is rejected with 409.","maxItems":200,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"}},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"Customer":{"type":"object","description":"A customer that licenses, orders and subscriptions can belong to.","required":["id","name","code","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"name":{"type":"string","description":"Display name."},"code":{"type":"string","description":"Your unique reference for the customer."},"email":{"type":"string","description":"Contact address; absent when not set."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"CustomerCreateRequest":{"type":"object","description":"A new customer.","required":["name","code"],"properties":{"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"Your reference for the customer, unique across customers.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"email":{"type":"string","description":"Contact address.","maxLength":254,"pattern":"^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$"},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"CustomerUpdateRequest":{"type":"object","description":"Changes to a customer. Absent fields are left unchanged; `null` clears an optional field.","properties":{"name":{"type":"string","description":"New display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"code":{"type":"string","description":"New reference, unique across customers.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$"},"email":{"type":["string","null"],"description":"New contact address; `null` removes it.","maxLength":254,"pattern":"^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$"},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"CustomFieldValue":{"type":"object","description":"The value of one custom field on one license or customer, with its definition.","required":["definition_id","product_id","resource_type","resource_id","code","name","value_type","is_required","enum_options","metadata","updated_at"],"properties":{"definition_id":{"type":"string","description":"Custom field definition the value belongs to."},"product_id":{"type":"string","description":"Product that defines the field."},"resource_type":{"$ref":"#/components/schemas/CustomFieldResourceType"},"resource_id":{"type":"string","description":"License or customer the value is attached to."},"code":{"type":"string","description":"Code of the field."},"name":{"type":"string","description":"Display name of the field."},"value_type":{"$ref":"#/components/schemas/CustomFieldValueType"},"is_required":{"type":"boolean","description":"Whether the field is mandatory."},"enum_options":{"type":"array","description":"Allowed values for enum fields; empty otherwise.","items":{"type":"string"}},"metadata":{"type":"object","description":"Metadata of the definition.","additionalProperties":true},"string_value":{"type":"string","description":"Value of a `string` field."},"integer_value":{"type":"integer","format":"int64","description":"Value of an `integer` field."},"boolean_value":{"type":"boolean","description":"Value of a `boolean` field."},"datetime_value":{"type":"string","format":"date-time","description":"Value of a `datetime` field."},"enum_value":{"type":"string","description":"Value of an `enum` field; one of `enum_options`."},"updated_at":{"type":"string","format":"date-time","description":"When the value was last written."}}},"CustomFieldValueUpsertRequest":{"type":"object","description":"Sets or clears one custom field value. Send exactly one `*_value` field matching the definition's `value_type`, or `clear: true` alone.","properties":{"clear":{"type":"boolean","description":"Remove the stored value (answered with 204). Not allowed for required fields."},"string_value":{"type":"string","description":"Value for a `string` field, at most 4096 characters.","maxLength":4096},"integer_value":{"type":"integer","format":"int64","description":"Value for an `integer` field, within ±(2^53 − 1) so that every JavaScript client reads it exactly.","minimum":-9007199254740991,"maximum":9007199254740991},"boolean_value":{"type":"boolean","description":"Value for a `boolean` field."},"datetime_value":{"type":"string","format":"date-time","description":"Value for a `datetime` field."},"enum_value":{"type":"string","description":"Value for an `enum` field; must be one of the definition's `enum_options`."}},"additionalProperties":false},"SubscriptionStatus":{"type":"string","description":"Status of a subscription as reported by the external commerce system.","enum":["trialing","active","past_due","paused","canceled"]},"OrderStatus":{"type":"string","description":"Status of an order as reported by the external commerce system.","enum":["pending","paid","fulfilled","canceled","refunded"]},"Subscription":{"type":"object","description":"A subscription mirrored from an external commerce system. Locksmith stores it for attribution and reporting; it does not bill.","required":["id","product_id","external_system","external_id","status","current_period_start","current_period_end","cancel_at_period_end","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product the subscription is for."},"customer_id":{"type":"string","description":"Customer that holds the subscription; absent when not linked."},"external_system":{"type":"string","description":"Name of the commerce system the record comes from, for example `stripe` or `paddle`."},"external_id":{"type":"string","description":"Identifier of the record in that system; unique per product together with `external_system`."},"status":{"$ref":"#/components/schemas/SubscriptionStatus"},"current_period_start":{"type":"string","format":"date-time","description":"Start of the current billing period."},"current_period_end":{"type":"string","format":"date-time","description":"End of the current billing period."},"cancel_at_period_end":{"type":"boolean","description":"Whether the subscription ends when the current period does."},"canceled_at":{"type":"string","format":"date-time","description":"When the subscription was canceled; absent unless canceled."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"SubscriptionCreateRequest":{"type":"object","description":"A new subscription record.","required":["external_system","external_id","status","current_period_start","current_period_end"],"properties":{"customer_id":{"type":"string","description":"Customer that holds the subscription."},"external_system":{"type":"string","description":"Name of the commerce system the record comes from, for example `stripe` or `paddle`.","minLength":1,"maxLength":64,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"external_id":{"type":"string","description":"Identifier of the record in that system; unique per product together with `external_system`.","minLength":1,"maxLength":255,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"status":{"$ref":"#/components/schemas/SubscriptionStatus"},"current_period_start":{"type":"string","format":"date-time","description":"Start of the current billing period."},"current_period_end":{"type":"string","format":"date-time","description":"End of the current billing period; after `current_period_start`."},"cancel_at_period_end":{"type":"boolean","description":"Whether the subscription ends with the current period.","default":false},"canceled_at":{"type":"string","format":"date-time","description":"Cancellation time; only accepted when `status` is `canceled`."},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"SubscriptionUpdateRequest":{"type":"object","description":"Changes to a subscription record. Absent fields are left unchanged; `null` clears an optional field (an empty string also clears `customer_id`).","properties":{"customer_id":{"type":["string","null"],"description":"New customer link; `null` unlinks."},"external_system":{"type":"string","description":"Name of the commerce system the record comes from, for example `stripe` or `paddle`.","minLength":1,"maxLength":64,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"external_id":{"type":"string","description":"Identifier of the record in that system; unique per product together with `external_system`.","minLength":1,"maxLength":255,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"status":{"$ref":"#/components/schemas/SubscriptionStatus"},"current_period_start":{"type":"string","format":"date-time","description":"Start of the current billing period."},"current_period_end":{"type":"string","format":"date-time","description":"End of the current billing period."},"cancel_at_period_end":{"type":"boolean","description":"Whether the subscription ends with the current period."},"canceled_at":{"type":["string","null"],"format":"date-time","description":"Cancellation time; `null` clears it."},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"Order":{"type":"object","description":"An order mirrored from an external commerce system, kept for attribution and reporting.","required":["id","product_id","external_system","external_id","status","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product the order is for."},"customer_id":{"type":"string","description":"Customer that placed the order; absent when not linked."},"subscription_id":{"type":"string","description":"Subscription the order belongs to; absent when not linked."},"external_system":{"type":"string","description":"Name of the commerce system the record comes from, for example `stripe` or `paddle`."},"external_id":{"type":"string","description":"Identifier of the record in that system; unique per product together with `external_system`."},"status":{"$ref":"#/components/schemas/OrderStatus"},"period_start":{"type":"string","format":"date-time","description":"Start of the service period the order pays for; absent when not set."},"period_end":{"type":"string","format":"date-time","description":"End of the service period the order pays for; absent when not set."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"OrderCreateRequest":{"type":"object","description":"A new order record.","required":["external_system","external_id","status"],"properties":{"customer_id":{"type":"string","description":"Customer that placed the order."},"subscription_id":{"type":"string","description":"Subscription of the same product the order belongs to."},"external_system":{"type":"string","description":"Name of the commerce system the record comes from, for example `stripe` or `paddle`.","minLength":1,"maxLength":64,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"external_id":{"type":"string","description":"Identifier of the record in that system; unique per product together with `external_system`.","minLength":1,"maxLength":255,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"status":{"$ref":"#/components/schemas/OrderStatus"},"period_start":{"type":"string","format":"date-time","description":"Start of the service period; send together with `period_end`."},"period_end":{"type":"string","format":"date-time","description":"End of the service period; send together with `period_start`."},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"OrderUpdateRequest":{"type":"object","description":"Changes to an order record. Absent fields are left unchanged; `null` clears an optional field (an empty string also clears `customer_id` and `subscription_id`).","properties":{"customer_id":{"type":["string","null"],"description":"New customer link; `null` unlinks."},"subscription_id":{"type":["string","null"],"description":"New subscription link; `null` unlinks."},"external_system":{"type":"string","description":"Name of the commerce system the record comes from, for example `stripe` or `paddle`.","minLength":1,"maxLength":64,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"external_id":{"type":"string","description":"Identifier of the record in that system; unique per product together with `external_system`.","minLength":1,"maxLength":255,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"status":{"$ref":"#/components/schemas/OrderStatus"},"period_start":{"type":["string","null"],"format":"date-time","description":"Start of the service period; `null` clears it (clear both ends together)."},"period_end":{"type":["string","null"],"format":"date-time","description":"End of the service period; `null` clears it (clear both ends together)."},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"LicenseStatus":{"type":"string","description":"Lifecycle status of a license. `suspended` and `revoked` are set by an operator; otherwise the dates decide at the moment of reading: past `expires_at` a license is `grace_period` for the policy's `grace_period_days`, then `expired`. A suspended license reports `suspended` whatever its dates.","enum":["active","suspended","expired","revoked","grace_period"]},"License":{"type":"object","description":"A license issued to a customer under a policy. The license key itself is never returned after creation.","required":["id","product_id","policy_id","status","license_key_prefix","license_key_last4","active_device_count","times_activated","times_transferred","total_consumptions","entitlement_version","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"product_id":{"type":"string","description":"Product the license is for."},"policy_id":{"type":"string","description":"Policy whose rules apply."},"customer_id":{"type":"string","description":"Linked customer; absent when not linked."},"order_id":{"type":"string","description":"Order the license originated from; absent when not linked."},"subscription_id":{"type":"string","description":"Subscription the license originated from; absent when not linked."},"status":{"$ref":"#/components/schemas/LicenseStatus"},"license_key_prefix":{"type":"string","description":"First characters of the license key (`lsk_` plus a few more)."},"license_key_last4":{"type":"string","description":"Last four characters of the license key."},"customer_email":{"type":"string","description":"Licensee email recorded on the license; absent when not set."},"customer_name":{"type":"string","description":"Licensee name recorded on the license; absent when not set."},"active_device_count":{"type":"integer","description":"Devices currently active."},"times_activated":{"type":"integer","description":"Activations performed over the license's lifetime."},"times_transferred":{"type":"integer","description":"Transfers performed over the license's lifetime."},"total_consumptions":{"type":"integer","format":"int64","description":"Metered units consumed across all features; never more than 2^53 − 1."},"entitlement_version":{"type":"integer","format":"int64","description":"Counter raised by every change that affects runtime entitlements; runtime responses carry it so applications can spot stale caches."},"starts_at":{"type":"string","format":"date-time","description":"Start of validity; absent when valid from creation."},"expires_at":{"type":"string","format":"date-time","description":"End of validity; absent for licenses that do not expire."},"maintenance_expires_at":{"type":"string","format":"date-time","description":"For perpetual licenses: versions released after this date are not covered."},"revoked_at":{"type":"string","format":"date-time","x-locksmith-extension":true,"description":"When the license was revoked; absent unless it is."},"max_activations":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of node-locked devices active at once, in place of its policy's `max_activations`; absent when the license follows its policy.","minimum":0,"maximum":2147483647},"max_floating_users":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of concurrent floating leases, in place of its policy's; absent when the license follows its policy. A policy that stops offering floating checkout stops it for this license too.","minimum":0,"maximum":2147483647},"max_container_instances":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of active container instances, in place of its policy's; absent when the license follows its policy.","minimum":0,"maximum":2147483647},"max_transfers":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of transfers, in place of its policy's `max_transfers`; absent when the license follows its policy.","minimum":0,"maximum":2147483647},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"LicenseFileRequest":{"type":"object","x-locksmith-extension":true,"description":"How long the file is valid, and the key to encrypt it for.","additionalProperties":false,"properties":{"ttl_days":{"type":"integer","description":"Days the file is valid from its issue; it never outlasts the license itself.","minimum":1,"maximum":3650,"default":30},"license_key":{"type":"string","description":"The license's full key, to encrypt the payload for; only a holder of the key can then read it.","minLength":47,"maxLength":47,"pattern":"^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},"fingerprint":{"type":"string","description":"A machine's fingerprint: the file becomes a machine file for that machine, which is activated on the license first if it is not active (an air-gapped activation, under the ordinary seat rules).","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"}}},"LicenseFileAlgorithm":{"type":"string","x-locksmith-extension":true,"description":"How a license file's `enc` is made. `base64+ed25519`: the standard base64 of the payload, as in Keygen's signed license files. `aes-256-gcm-hkdf+ed25519`: the payload encrypted for the license key (Locksmith's own derivation, so its own name; `LicenseFile` gives every step).","enum":["base64+ed25519","aes-256-gcm-hkdf+ed25519"]},"LicenseFile":{"type":"object","x-locksmith-extension":true,"description":"A license file. `certificate` is the text to save as a `.lic` file:\n\n    -----BEGIN LICENSE FILE-----\n    <standard base64 of the certificate JSON, in lines of at most 60 characters>\n    -----END LICENSE FILE-----\n\nThe certificate JSON is `{\"enc\": …, \"sig\": …, \"alg\": …}` (Keygen's layout). To verify and read one,\nwith only the public keys and, for an encrypted file, the license key:\n\n1. Take the lines between the armor lines, join them without line breaks, decode the standard base64,\n   and parse the JSON.\n2. `sig` is the standard base64 of an Ed25519 signature over the ASCII bytes `license/` followed by\n   the ASCII bytes of `enc` exactly as they appear. Verify it with one of the account's public keys\n   (`listPublicKeys` with `account_id`; the payload's `kid` names the one that signed). The `license/`\n   prefix keeps a file's signature from passing for a runtime answer's, whose signed `data` starts\n   with `{`.\n3. With `alg` `base64+ed25519`, `enc` is the standard base64 of the payload. With\n   `aes-256-gcm-hkdf+ed25519`, `enc` is four standard base64 parts joined by `.`: ciphertext, nonce\n   (12 bytes), tag (16 bytes) and salt (16 bytes). Derive the key with HKDF-SHA256 (RFC 5869): input\n   keying material the UTF-8 bytes of the license key, salt the salt part, info the ASCII bytes\n   `locksmith license file v1`, 32 bytes out. Decrypt with AES-256-GCM: that key, the nonce, additional\n   authenticated data the ASCII bytes `license`, and the ciphertext with its tag.\n4. The payload is compact JSON (`LicenseFilePayload`). Honour it only while the device's clock is\n   between `issued` and `expiry`, and only when its `account_id` and `product_code` are the ones the\n   application expects.\n\nA machine file differs in four places: its armor lines say `MACHINE FILE`; its signature is over\n`machine/` followed by `enc`; an encrypted one derives its key from the UTF-8 bytes of the license key\nfollowed by those of the machine's fingerprint, with info `locksmith machine file v1` and additional\nauthenticated data `machine`; and its payload has `machine` (`id` and `fingerprint`), which must be the\nmachine the application runs on.","required":["certificate","kind","alg","issued_at","expires_at","kid"],"properties":{"certificate":{"type":"string","description":"The armored certificate, the whole content of the `.lic` file."},"kind":{"type":"string","description":"`license`, or `machine` for a file bound to one machine (requested with `fingerprint`).","enum":["license","machine"]},"alg":{"$ref":"#/components/schemas/LicenseFileAlgorithm"},"issued_at":{"type":"string","format":"date-time","description":"When the file was issued (the payload's `issued`)."},"expires_at":{"type":"string","format":"date-time","description":"When the file stops being valid (the payload's `expiry`)."},"kid":{"type":"string","description":"The key that signed the file."},"nonce":{"type":"string","description":"From `issueMachineFile`: the request's `nonce`, echoed in the signed answer."}}},"LicenseFilePayload":{"type":"object","x-locksmith-extension":true,"description":"What a license file says, as compact JSON: the license as it stood at issue, with its effective limits and entitlements.","required":["account_id","product_id","product_code","license","limits","entitlements","issued","expiry","ttl","kid"],"properties":{"account_id":{"type":"string","description":"The vendor account the license belongs to."},"product_id":{"type":"string","description":"The licensed product."},"product_code":{"type":"string","description":"The licensed product's code."},"license":{"type":"object","description":"`id`, `status` (`LicenseStatus`), `license_type`, `entitlement_version`, and `starts_at`, `expires_at`, `maintenance_expires_at` when set.","additionalProperties":true},"limits":{"type":"object","description":"The effective limits: `max_activations`, `max_transfers`, and `max_floating_users` and `max_container_instances` when they apply.","additionalProperties":true},"entitlements":{"type":"array","description":"The assigned features, by code, each with `enabled`, and `quota`, `consumed` and `expires_at` when set.","items":{"type":"object","additionalProperties":true}},"issued":{"type":"string","format":"date-time","description":"When the file was issued."},"expiry":{"type":"string","format":"date-time","description":"Issue plus `ttl`, or the end of the license's validity when that comes first."},"machine":{"type":"object","description":"Machine files only: the machine, `id` (its device id) and `fingerprint`.","additionalProperties":true},"ttl":{"type":"integer","description":"The time-to-live asked for, in seconds."},"kid":{"type":"string","description":"The key that signed the file."}}},"LicenseFileVerifyRequest":{"type":"object","x-locksmith-extension":true,"description":"A license file to verify, and the key to decrypt it with when it is encrypted.","required":["certificate"],"additionalProperties":false,"properties":{"certificate":{"type":"string","description":"The whole armored certificate.","minLength":1,"maxLength":65536},"license_key":{"type":"string","description":"The license's full key, for an encrypted file.","minLength":47,"maxLength":47,"pattern":"^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"},"fingerprint":{"type":"string","description":"For a machine file, the fingerprint of the machine it must be for (and, encrypted, to decrypt it).","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"}}},"LicenseFileError":{"type":"string","x-locksmith-extension":true,"description":"Why a license file does not hold: `malformed` (not an armored certificate of this layout), `unknown_key` (the payload names a key that is not the account's, or the account has none), `signature` (no key of the account makes the signature; a changed file says this), `decryption` (an encrypted file without the right `license_key`, or `fingerprint` for a machine file), `wrong_machine` (a machine file for another fingerprint than the one given), `expired` (past its `expiry`), `license_revoked` (the license was revoked since).","enum":["malformed","unknown_key","signature","decryption","wrong_machine","expired","license_revoked"]},"LicenseFileVerification":{"type":"object","x-locksmith-extension":true,"description":"What verifying a license file found.","required":["valid","errors"],"properties":{"valid":{"type":"boolean","description":"Whether the file holds now (`errors` is empty)."},"errors":{"type":"array","description":"Every reason it does not, in the order checked.","items":{"$ref":"#/components/schemas/LicenseFileError"}},"alg":{"$ref":"#/components/schemas/LicenseFileAlgorithm"},"kid":{"type":"string","description":"The key that made the signature, when one of the account's did."},"content":{"type":"object","description":"The decoded payload (`LicenseFilePayload`), when the signature verifies and it could be read.","additionalProperties":true}}},"LicenseRevocationCheckRequest":{"type":"object","x-locksmith-extension":true,"description":"The licenses to check, by id and by full key; at most 100 items in both lists together.","additionalProperties":false,"anyOf":[{"required":["license_ids"]},{"required":["license_keys"]}],"properties":{"license_ids":{"type":"array","description":"License ids.","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64}},"license_keys":{"type":"array","description":"Full license keys (`lsk_…`), as issued.","maxItems":100,"items":{"type":"string","minLength":47,"maxLength":47,"pattern":"^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}}}},"LicenseRevocationStatus":{"type":"string","x-locksmith-extension":true,"description":"A license's `LicenseStatus`, or `not_found` for an item that names no license of the account.","enum":["active","suspended","expired","revoked","grace_period","not_found"]},"LicenseRevocationResult":{"type":"object","x-locksmith-extension":true,"description":"What one item of the check found.","required":["license_id","status","revoked_at"],"properties":{"license_id":{"type":["string","null"],"description":"The license the item names; `null` when it names none."},"status":{"$ref":"#/components/schemas/LicenseRevocationStatus"},"revoked_at":{"type":["string","null"],"format":"date-time","description":"When the license was revoked; `null` unless it is."}}},"LicenseRevocationCheck":{"type":"object","x-locksmith-extension":true,"description":"The results of a revocation check.","required":["results","checked_at"],"properties":{"results":{"type":"array","description":"One result per item sent, `license_ids` first, then `license_keys`, each in order.","items":{"$ref":"#/components/schemas/LicenseRevocationResult"}},"checked_at":{"type":"string","format":"date-time","description":"The moment the statuses were read at."}}},"LicenseLookupRequest":{"type":"object","x-locksmith-extension":true,"description":"A license key to look up.","additionalProperties":false,"required":["license_key"],"properties":{"license_key":{"type":"string","description":"The full license key, as issued: `lsk_` and the unpadded base64url encoding of 32 bytes, whose last character therefore carries two zero bits.","minLength":47,"maxLength":47,"pattern":"^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"}}},"LicenseCreateRequest":{"type":"object","description":"A new license.","required":["product_id","policy_id"],"properties":{"product_id":{"type":"string","description":"Product to license.","minLength":1},"policy_id":{"type":"string","description":"Policy of that product whose rules apply.","minLength":1},"customer_id":{"type":"string","description":"Customer to link."},"order_id":{"type":"string","description":"Origin order (same product). When it links to a subscription and `subscription_id` is absent, that subscription is linked too."},"subscription_id":{"type":"string","description":"Origin subscription (same product)."},"customer_email":{"type":"string","description":"Licensee email to record on the license.","maxLength":254,"pattern":"^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$"},"customer_name":{"type":"string","description":"Licensee name to record on the license.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"starts_at":{"type":"string","format":"date-time","description":"Start of validity; creation time when absent."},"expires_at":{"type":"string","format":"date-time","description":"End of validity. Expected for `time_limited` and `trial` licenses; absent means no expiry."},"maintenance_expires_at":{"type":"string","format":"date-time","description":"Maintenance cut-off; only accepted for `perpetual` licenses."},"max_activations":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of node-locked devices active at once, in place of its policy's `max_activations`; absent to follow the policy.","minimum":0,"maximum":2147483647},"max_floating_users":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of concurrent floating leases, in place of its policy's; absent to follow the policy.","minimum":0,"maximum":2147483647},"max_container_instances":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of active container instances, in place of its policy's; absent to follow the policy.","minimum":0,"maximum":2147483647},"max_transfers":{"type":"integer","x-locksmith-extension":true,"description":"This license's own limit of transfers, in place of its policy's `max_transfers`; absent to follow the policy.","minimum":0,"maximum":2147483647},"features":{"type":"array","x-locksmith-extension":true,"description":"Features of the product to assign at issue, in the same transaction as the license (all or none). Each names its feature by exactly one of `feature_id` and `feature_code`, at most once in the list.","maxItems":100,"items":{"$ref":"#/components/schemas/LicenseFeatureGrant"}},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"LicenseFeatureGrant":{"type":"object","x-locksmith-extension":true,"description":"A feature assigned as the license is issued: exactly one of `feature_id` and `feature_code`, and an optional quota. It starts enabled, for the license's lifetime, with nothing consumed.","properties":{"feature_id":{"type":"string","description":"Feature of the license's product, by id.","minLength":1},"feature_code":{"type":"string","description":"Feature of the license's product, by code.","minLength":1,"maxLength":64},"max_consumptions":{"type":"integer","format":"int64","description":"Quota of metered units (at most 2^53 − 1); absent for unlimited use.","minimum":0,"maximum":9007199254740991}},"additionalProperties":false,"oneOf":[{"required":["feature_id"]},{"required":["feature_code"]}]},"LicenseUpdateRequest":{"type":"object","x-locksmith-extension":true,"description":"Changes to a license's licensee, metadata, limits and policy. Absent fields are left unchanged; `null` clears the licensee's name or e-mail, and makes a limit follow the policy again. Status and dates change through their own operations (suspend, reinstate, revoke, renew, transfer).","minProperties":1,"properties":{"customer_name":{"type":["string","null"],"description":"Licensee name recorded on the license.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"customer_email":{"type":["string","null"],"description":"Licensee email recorded on the license.","maxLength":254,"pattern":"^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$"},"policy_id":{"type":"string","description":"Another policy of the license's product, issuing the same `license_type`: an upgrade or a downgrade.","minLength":1},"max_activations":{"type":["integer","null"],"description":"The license's own `max_activations`; `null` follows the policy.","minimum":0,"maximum":2147483647},"max_floating_users":{"type":["integer","null"],"description":"The license's own `max_floating_users`; `null` follows the policy.","minimum":0,"maximum":2147483647},"max_container_instances":{"type":["integer","null"],"description":"The license's own `max_container_instances`; `null` follows the policy.","minimum":0,"maximum":2147483647},"max_transfers":{"type":["integer","null"],"description":"The license's own `max_transfers`; `null` follows the policy.","minimum":0,"maximum":2147483647},"metadata":{"type":"object","description":"Replaces the stored metadata object as a whole.","additionalProperties":true}},"additionalProperties":false},"LicenseCreateResponse":{"type":"object","description":"A freshly issued license together with its key.","required":["license","license_key"],"properties":{"license":{"$ref":"#/components/schemas/License"},"license_key":{"type":"string","description":"The full `lsk_…` license key. Shown only in this response; the server keeps only a keyed hash of it."}}},"LicenseRenewRequest":{"type":"object","description":"A renewal. Send exactly one of `expires_at` or `extend_by_days`. An extension counts from the current expiry while the license is still valid, otherwise from now.","properties":{"expires_at":{"type":"string","format":"date-time","description":"New expiry; must be later than the current one."},"extend_by_days":{"type":"integer","description":"Days to add, at most 36500 (a hundred years). The new expiry must not pass 9999-12-31T23:59:59Z, the last instant RFC 3339 can write (422 naming `extend_by_days`).","minimum":1,"maximum":36500},"order_id":{"type":"string","description":"Order that paid for the renewal (same product). Recorded in the audit trail; the license's origin links are not changed."},"subscription_id":{"type":"string","description":"Subscription behind the renewal (same product). Recorded in the audit trail; the license's origin links are not changed."}},"additionalProperties":false,"oneOf":[{"required":["expires_at"]},{"required":["extend_by_days"]}]},"LicenseTransferRequest":{"type":"object","description":"A change of licensee. Send at least one field; `reset_devices: false` alone changes nothing and is refused (422 naming `customer_id`).","properties":{"customer_id":{"type":"string","description":"New customer; an empty string unlinks the current one."},"customer_email":{"type":"string","description":"New licensee email.","maxLength":254,"pattern":"^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$"},"customer_name":{"type":"string","description":"New licensee name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"reset_devices":{"type":"boolean","description":"Also release every active device so the new licensee starts with free slots.","default":false}},"additionalProperties":false,"anyOf":[{"required":["customer_id"]},{"required":["customer_email"]},{"required":["customer_name"]},{"required":["reset_devices"]}]},"LicenseFeature":{"type":"object","description":"A feature assigned to a license, with its usage counters.","required":["license_id","feature_id","feature_code","feature_name","enabled","total_consumptions","metadata"],"properties":{"license_id":{"type":"string","description":"License holding the assignment."},"feature_id":{"type":"string","description":"Assigned feature."},"feature_code":{"type":"string","description":"Code of the feature."},"feature_name":{"type":"string","description":"Display name of the feature."},"enabled":{"type":"boolean","description":"Whether the entitlement is currently granted."},"max_consumptions":{"type":"integer","format":"int64","description":"Quota of metered units; absent when usage is not limited."},"total_consumptions":{"type":"integer","format":"int64","description":"Units consumed so far; never more than 2^53 − 1."},"remaining":{"type":"integer","format":"int64","description":"Units left before the quota is reached; absent when usage is not limited."},"expires_at":{"type":"string","format":"date-time","description":"When the entitlement ends; absent when it lasts as long as the license."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true}}},"LicenseFeatureAssignRequest":{"type":"object","description":"Assigns a feature to a license, or updates the existing assignment.","required":["feature_id"],"properties":{"feature_id":{"type":"string","description":"Feature of the license's product.","minLength":1},"enabled":{"type":"boolean","description":"Whether the entitlement is granted.","default":true},"max_consumptions":{"type":"integer","format":"int64","description":"Quota of metered units (at most 2^53 − 1); absent for unlimited use.","minimum":0,"maximum":9007199254740991},"expires_at":{"type":"string","format":"date-time","description":"When the entitlement ends; absent for the license's lifetime."},"metadata":{"type":"object","description":"Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).","additionalProperties":true}},"additionalProperties":false},"LicenseFeatureUsageResetRequest":{"type":"object","description":"Adjusts metered usage of one assigned feature. Select it with exactly one of `feature_id` or `feature_code`, then send at least one change.","properties":{"feature_id":{"type":"string","description":"Assigned feature, by id."},"feature_code":{"type":"string","description":"Assigned feature, by code."},"add_credits":{"type":"integer","format":"int64","description":"Units to add to the quota. The resulting quota must stay within 2^53 − 1 (422 naming `add_credits` otherwise).","minimum":1,"maximum":9007199254740991},"max_consumptions":{"type":"integer","format":"int64","description":"New quota.","minimum":0,"maximum":9007199254740991},"total_consumptions":{"type":"integer","format":"int64","description":"New consumed counter. The license's `total_consumptions` follows it and must stay within 2^53 − 1 (422 naming `total_consumptions` otherwise).","minimum":0,"maximum":9007199254740991},"reset_consumed":{"type":"boolean","description":"`true` sets the consumed counter back to zero. Not with `total_consumptions`, whatever its value; `false` alone changes nothing and is refused like an empty adjustment."}},"additionalProperties":false,"oneOf":[{"required":["feature_id"]},{"required":["feature_code"]}],"anyOf":[{"required":["add_credits"]},{"required":["max_consumptions"]},{"required":["total_consumptions"]},{"required":["reset_consumed"]}],"not":{"anyOf":[{"required":["add_credits","max_consumptions"]},{"required":["reset_consumed","total_consumptions"]}]}},"DeviceStatus":{"type":"string","description":"State of a device binding.","enum":["active","deactivated","blacklisted","reset","expired"]},"DeviceBindingKind":{"type":"string","description":"`hardware` devices are identified by a fingerprint; `container` devices by their container, pod, namespace or cluster identity.","enum":["hardware","container"]},"DeviceSeat":{"type":"string","description":"How a device holds the license: `node_locked` devices were activated and take one of the policy's `max_activations` slots; `floating` devices were bound by a floating checkout, take no slot, and may use the license only while they hold a live lease.","enum":["node_locked","floating"],"x-locksmith-extension":true},"Device":{"type":"object","description":"A machine or container instance bound to a license.","required":["id","license_id","binding_kind","binding_key","is_vm","is_container","status","first_seen_at","last_seen_at","metadata","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"license_id":{"type":"string","description":"License the device is bound to."},"binding_kind":{"$ref":"#/components/schemas/DeviceBindingKind"},"seat":{"$ref":"#/components/schemas/DeviceSeat"},"binding_key":{"type":"string","description":"Normalised identity the binding is matched on (derived from the fingerprint or the container fields)."},"fingerprint":{"type":"string","description":"Hardware fingerprint sent by the application."},"hostname":{"type":"string","description":"Host name reported by the application."},"os":{"type":"string","description":"Operating system reported by the application."},"ip_address":{"type":"string","description":"Address the last runtime call came from."},"is_vm":{"type":"boolean","description":"Whether the application reported running in a virtual machine."},"is_container":{"type":"boolean","description":"Whether the application reported running in a container."},"container_id":{"type":"string","description":"Container identifier."},"cluster_id":{"type":"string","description":"Cluster identifier."},"namespace":{"type":"string","description":"Namespace of the workload."},"pod_name":{"type":"string","description":"Pod name of the workload."},"status":{"$ref":"#/components/schemas/DeviceStatus"},"first_seen_at":{"type":"string","format":"date-time","description":"First runtime call from the device."},"last_seen_at":{"type":"string","format":"date-time","description":"Latest runtime call from the device."},"last_validated_at":{"type":"string","format":"date-time","description":"Latest successful validation; absent if never validated."},"metadata":{"type":"object","description":"Free-form JSON object supplied by the caller; an empty object when none was set.","additionalProperties":true},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"FeatureEntitlement":{"type":"object","description":"A feature entitlement as seen by the application.","required":["code","enabled"],"properties":{"code":{"type":"string","description":"Feature code."},"enabled":{"type":"boolean","description":"Whether the feature may be used now."},"quota":{"type":"integer","format":"int64","description":"Metered quota; absent when unlimited."},"consumed":{"type":"integer","format":"int64","description":"Units consumed so far; absent for unmetered features."},"remaining":{"type":"integer","format":"int64","description":"Units left; absent when unlimited."}}},"VersionEligibility":{"type":"object","description":"Whether the reported application version is covered by the license.","required":["app_version","is_entitled","enforced"],"properties":{"app_version":{"type":"string","description":"Version the application reported."},"is_entitled":{"type":"boolean","description":"Whether that version may run under the license."},"enforced":{"type":"boolean","description":"False while the product has no version catalog; versions are then not checked."},"released_at":{"type":"string","format":"date-time","description":"Release date of the version, when it is in the catalog."},"eligible_through":{"type":"string","format":"date-time","description":"Latest release date the license covers (maintenance or expiry date); absent when unbounded."}}},"RuntimeBindingRequest":{"type":"object","description":"Identity of the calling installation. A machine sends `fingerprint` and leaves `is_container` false; a container sets `is_container` and at least one of `container_id`, `pod_name`, `namespace` or `cluster_id` (together they identify the container). Operations that need a device answer 422 naming `fingerprint` when neither identity is present. Every string is printable ASCII (space to `~`).","properties":{"fingerprint":{"type":"string","description":"Stable hardware fingerprint of the machine.","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"},"hostname":{"type":"string","description":"Host name, for display.","maxLength":255,"pattern":"^[ -~]*$"},"os":{"type":"string","description":"Operating system, for display.","maxLength":255,"pattern":"^[ -~]*$"},"is_vm":{"type":"boolean","description":"Whether the application runs in a virtual machine."},"is_container":{"type":"boolean","description":"Whether the application runs in a container."},"container_id":{"type":"string","description":"Container identifier.","maxLength":255,"pattern":"^[ -~]*$"},"cluster_id":{"type":"string","description":"Cluster identifier.","maxLength":255,"pattern":"^[ -~]*$"},"namespace":{"type":"string","description":"Namespace of the workload.","maxLength":255,"pattern":"^[ -~]*$"},"pod_name":{"type":"string","description":"Pod name of the workload.","maxLength":255,"pattern":"^[ -~]*$"},"app_version":{"type":"string","description":"Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.","pattern":"^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"},"nonce":{"type":"string","description":"A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.","minLength":1,"maxLength":64,"pattern":"^[ -%(-*,-;=?-_a-~]{1,64}$","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$","x-locksmith-extension":true}},"additionalProperties":false},"ValidateLicenseKeyRequest":{"type":"object","x-locksmith-extension":true,"description":"A validation that carries its license key in the body: `key`, then the binding fields of `RuntimeBindingRequest` (the same definitions), in one closed object.","required":["key"],"properties":{"key":{"type":"string","description":"The full license key (`lsk_…`), as issued.","minLength":1,"maxLength":512},"fingerprint":{"type":"string","description":"Stable hardware fingerprint of the machine.","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"},"hostname":{"type":"string","description":"Host name, for display.","maxLength":255,"pattern":"^[ -~]*$"},"os":{"type":"string","description":"Operating system, for display.","maxLength":255,"pattern":"^[ -~]*$"},"is_vm":{"type":"boolean","description":"Whether the application runs in a virtual machine."},"is_container":{"type":"boolean","description":"Whether the application runs in a container."},"container_id":{"type":"string","description":"Container identifier.","maxLength":255,"pattern":"^[ -~]*$"},"cluster_id":{"type":"string","description":"Cluster identifier.","maxLength":255,"pattern":"^[ -~]*$"},"namespace":{"type":"string","description":"Namespace of the workload.","maxLength":255,"pattern":"^[ -~]*$"},"pod_name":{"type":"string","description":"Pod name of the workload.","maxLength":255,"pattern":"^[ -~]*$"},"app_version":{"type":"string","description":"Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.","pattern":"^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"},"nonce":{"type":"string","description":"A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.","minLength":1,"maxLength":64,"pattern":"^[ -%(-*,-;=?-_a-~]{1,64}$","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$","x-locksmith-extension":true}},"additionalProperties":false},"ConsumeLicenseRequest":{"type":"object","description":"A metered consumption from the calling device: the binding fields of `RuntimeBindingRequest` (the same definitions) plus the usage to record, in one closed object.","required":["feature_code","event_id"],"properties":{"fingerprint":{"type":"string","description":"Stable hardware fingerprint of the machine.","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"},"hostname":{"type":"string","description":"Host name, for display.","maxLength":255,"pattern":"^[ -~]*$"},"os":{"type":"string","description":"Operating system, for display.","maxLength":255,"pattern":"^[ -~]*$"},"is_vm":{"type":"boolean","description":"Whether the application runs in a virtual machine."},"is_container":{"type":"boolean","description":"Whether the application runs in a container."},"container_id":{"type":"string","description":"Container identifier.","maxLength":255,"pattern":"^[ -~]*$"},"cluster_id":{"type":"string","description":"Cluster identifier.","maxLength":255,"pattern":"^[ -~]*$"},"namespace":{"type":"string","description":"Namespace of the workload.","maxLength":255,"pattern":"^[ -~]*$"},"pod_name":{"type":"string","description":"Pod name of the workload.","maxLength":255,"pattern":"^[ -~]*$"},"app_version":{"type":"string","description":"Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.","pattern":"^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"},"nonce":{"type":"string","description":"A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.","minLength":1,"maxLength":64,"pattern":"^[ -%(-*,-;=?-_a-~]{1,64}$","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$","x-locksmith-extension":true},"feature_code":{"type":"string","description":"Code of an assigned, metered feature.","pattern":"^[a-z0-9._-]{1,64}$"},"amount":{"type":"integer","format":"int64","description":"Units to consume, at most 2^53 − 1 so that every JavaScript client reads counters exactly. A consumption that would take the feature's counter or the license's total past that bound is refused with 422 naming `amount`, and one past the quota with 409 `QUOTA_EXCEEDED`; either way nothing is recorded.","minimum":1,"maximum":9007199254740991,"default":1},"event_id":{"type":"string","description":"Your identifier for this usage event. Repeating an `event_id` returns the original result without consuming again.","minLength":1,"maxLength":255}},"additionalProperties":false},"FloatingLeaseRequest":{"type":"object","description":"Identifies a floating lease.","required":["lease_token"],"properties":{"lease_token":{"type":"string","description":"Token returned by `checkoutFloatingLicense`.","minLength":1,"maxLength":128},"nonce":{"type":"string","description":"A fresh value of the application's choosing, echoed in the signed `data` (see `RuntimeBindingRequest.nonce`).","minLength":1,"maxLength":64,"pattern":"^[ -%(-*,-;=?-_a-~]{1,64}$","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$","x-locksmith-extension":true}},"additionalProperties":false},"RuntimeEntitlementResponseData":{"type":"object","description":"Signed entitlement state of a license on the calling device.","required":["license_id","status","license_type","entitlement_version","issued_at","next_check_at","device_id","features"],"properties":{"account_id":{"type":"string","description":"The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.","x-locksmith-extension":true},"product_id":{"type":"string","description":"The product the license is for.","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.","x-locksmith-extension":true},"nonce":{"type":"string","description":"The request's `nonce`, when it sent one.","x-locksmith-extension":true},"license_id":{"type":"string","description":"License the response is about."},"status":{"type":"string","description":"License status at issue time; one of the `LicenseStatus` values."},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement counter at issue time."},"issued_at":{"type":"string","format":"date-time","description":"When the server produced this payload."},"next_check_at":{"type":"string","format":"date-time","description":"When the application should validate again."},"expires_at":{"type":"string","format":"date-time","description":"License expiry; absent when it does not expire."},"device_id":{"type":"string","description":"Device the entitlement is bound to."},"features":{"type":"array","description":"Entitlements of every feature assigned to the license.","items":{"$ref":"#/components/schemas/FeatureEntitlement"}},"version_eligibility":{"$ref":"#/components/schemas/VersionEligibility"}}},"DeactivationResponseData":{"type":"object","description":"Signed confirmation that a device was released.","required":["license_id","status","license_type","entitlement_version","issued_at","device_id"],"properties":{"account_id":{"type":"string","description":"The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.","x-locksmith-extension":true},"product_id":{"type":"string","description":"The product the license is for.","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.","x-locksmith-extension":true},"nonce":{"type":"string","description":"The request's `nonce`, when it sent one.","x-locksmith-extension":true},"license_id":{"type":"string","description":"License the response is about."},"status":{"type":"string","description":"License status at issue time; one of the `LicenseStatus` values."},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement counter at issue time."},"issued_at":{"type":"string","format":"date-time","description":"When the server produced this payload."},"device_id":{"type":"string","description":"Device that was deactivated."},"expires_at":{"type":"string","format":"date-time","description":"License expiry; absent when it does not expire."}}},"FloatingCheckoutResponseData":{"type":"object","description":"Signed entitlement plus a new floating lease.","required":["license_id","status","license_type","entitlement_version","issued_at","device_id","lease_token","lease_expires_at","features"],"properties":{"account_id":{"type":"string","description":"The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.","x-locksmith-extension":true},"product_id":{"type":"string","description":"The product the license is for.","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.","x-locksmith-extension":true},"nonce":{"type":"string","description":"The request's `nonce`, when it sent one.","x-locksmith-extension":true},"license_id":{"type":"string","description":"License the response is about."},"status":{"type":"string","description":"License status at issue time; one of the `LicenseStatus` values."},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement counter at issue time."},"issued_at":{"type":"string","format":"date-time","description":"When the server produced this payload."},"expires_at":{"type":"string","format":"date-time","description":"License expiry; absent when it does not expire."},"device_id":{"type":"string","description":"Device holding the lease."},"lease_token":{"type":"string","description":"Secret token of the lease; send it to heartbeat and check-in."},"lease_expires_at":{"type":"string","format":"date-time","description":"When the lease lapses unless a heartbeat renews it (a policy that needs no heartbeats gives the license's end)."},"features":{"type":"array","description":"Entitlements of every feature assigned to the license.","items":{"$ref":"#/components/schemas/FeatureEntitlement"}},"version_eligibility":{"$ref":"#/components/schemas/VersionEligibility"}}},"FloatingLeaseResponseData":{"type":"object","description":"Signed state of an existing floating lease.","required":["license_id","status","license_type","entitlement_version","issued_at","device_id","lease_expires_at"],"properties":{"account_id":{"type":"string","description":"The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.","x-locksmith-extension":true},"product_id":{"type":"string","description":"The product the license is for.","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.","x-locksmith-extension":true},"nonce":{"type":"string","description":"The request's `nonce`, when it sent one.","x-locksmith-extension":true},"license_id":{"type":"string","description":"License the response is about."},"status":{"type":"string","description":"License status at issue time; one of the `LicenseStatus` values."},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement counter at issue time."},"issued_at":{"type":"string","format":"date-time","description":"When the server produced this payload."},"expires_at":{"type":"string","format":"date-time","description":"License expiry; absent when it does not expire."},"device_id":{"type":"string","description":"Device holding the lease."},"lease_expires_at":{"type":"string","format":"date-time","description":"New lapse time after a heartbeat, or the check-in time after a check-in."},"features":{"type":"array","description":"Entitlements of every feature assigned to the license.","items":{"$ref":"#/components/schemas/FeatureEntitlement"}},"version_eligibility":{"$ref":"#/components/schemas/VersionEligibility"}}},"OfflineEnvelope":{"type":"object","description":"An offline license sealed for one license key. To open it, with only the license key and the public\nkeys:\n\n1. Derive the key: HKDF-SHA256 (RFC 5869) with input keying material the UTF-8 bytes of the license key\n   (`lsk_…`, as given to the customer), salt the bytes of `salt` (16 bytes), info the ASCII bytes\n   `locksmith offline license v1`, and output length 32 bytes.\n2. Decrypt with AES-256-GCM: key from step 1, nonce the 12 bytes of `nonce`, additional authenticated\n   data the ASCII bytes of `kid`, and `ciphertext`, whose last 16 bytes are the authentication tag.\n   A wrong license key or any change to the envelope fails authentication.\n3. The plaintext is the compact JSON `{\"data\":…,\"signature\":…}`: `data` is an `OfflineLicenseData` and\n   `signature` a `Signature` over the exact bytes of `data` as they appear in the plaintext, made with\n   the key `kid` (also `signature.kid`). Verify it as any runtime answer.\n4. Honour `data` only between `offline_valid_from` and `offline_valid_until`, by the device's clock.","required":["kid","salt","nonce","ciphertext"],"properties":{"kid":{"type":"string","description":"Identifier of the key that signed the inner payload; also the AES-GCM associated data."},"salt":{"type":"string","description":"Standard base64 of the 16-byte HKDF salt, random for each envelope."},"nonce":{"type":"string","description":"Standard base64 of the 12-byte AES-GCM nonce, random for each envelope."},"ciphertext":{"type":"string","description":"Standard base64 of the ciphertext followed by the 16-byte authentication tag."}}},"OfflineLicenseData":{"type":"object","description":"The signed entitlement sealed in an `OfflineEnvelope`: the fields of a runtime entitlement plus the window in which it may be used without the server.","required":["license_id","status","license_type","entitlement_version","issued_at","device_id","features","offline_valid_from","offline_valid_until"],"x-locksmith-extension":true,"properties":{"account_id":{"type":"string","description":"The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another."},"product_id":{"type":"string","description":"The product the license is for."},"product_code":{"type":"string","description":"Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it."},"nonce":{"type":"string","description":"The request's `nonce`, when it sent one."},"license_id":{"type":"string","description":"License the payload is about."},"status":{"type":"string","description":"License status at issue time; one of the `LicenseStatus` values."},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement counter at issue time."},"issued_at":{"type":"string","format":"date-time","description":"When the server produced this payload."},"expires_at":{"type":"string","format":"date-time","description":"License expiry; absent when it does not expire."},"device_id":{"type":"string","description":"Device the offline license is bound to."},"features":{"type":"array","description":"Entitlements of every feature assigned to the license.","items":{"$ref":"#/components/schemas/FeatureEntitlement"}},"version_eligibility":{"$ref":"#/components/schemas/VersionEligibility"},"offline_valid_from":{"type":"string","format":"date-time","description":"Start of the offline window (issue time)."},"offline_valid_until":{"type":"string","format":"date-time","description":"End of the offline window: issue time plus the policy's `offline_grace_days`, but never past `expires_at`."}}},"MachineFileRequest":{"type":"object","x-locksmith-extension":true,"description":"The machine to activate and bind a machine file to: the binding fields of `RuntimeBindingRequest` (the same definitions; `fingerprint` required), and the file's time-to-live.","required":["fingerprint"],"properties":{"fingerprint":{"type":"string","description":"Stable hardware fingerprint of the machine.","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"},"hostname":{"type":"string","description":"Host name, for display.","maxLength":255,"pattern":"^[ -~]*$"},"os":{"type":"string","description":"Operating system, for display.","maxLength":255,"pattern":"^[ -~]*$"},"is_vm":{"type":"boolean","description":"Whether the application runs in a virtual machine."},"app_version":{"type":"string","description":"Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.","pattern":"^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"},"nonce":{"type":"string","description":"A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.","minLength":1,"maxLength":64,"pattern":"^[ -%(-*,-;=?-_a-~]{1,64}$","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$","x-locksmith-extension":true},"ttl_days":{"type":"integer","description":"Days the file is valid from its issue; it never outlasts the license itself.","minimum":1,"maximum":3650,"default":30}},"additionalProperties":false},"SignedLicenseFileEnvelope":{"type":"object","x-locksmith-extension":true,"description":"Runtime success body with a license or machine file. `signature` covers the exact bytes of `data` as they appear in the body; the certificate inside is signed on its own as well.","required":["data","signature","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseFile"},"signature":{"$ref":"#/components/schemas/Signature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"LicenseTokenRequest":{"type":"object","x-locksmith-extension":true,"description":"What the token asserts and for how long. With `fingerprint`, the token is for that activated device (the same definitions as `RuntimeBindingRequest`).","properties":{"fingerprint":{"type":"string","description":"Stable hardware fingerprint of the machine.","minLength":1,"maxLength":512,"pattern":"^[ -~]*$"},"app_version":{"type":"string","description":"Version of the running application, checked against the product's version catalog, and required once the catalog has an entry (step 7 of the decision order). Build metadata (`+…`) is ignored when the catalog has no entry with it, and is left out of signed data.","pattern":"^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"},"nonce":{"type":"string","description":"A fresh value of the application's choosing, echoed in the signed `data`: an answer recorded for another request cannot carry it. Printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick.","minLength":1,"maxLength":64,"pattern":"^[ -%(-*,-;=?-_a-~]{1,64}$","x-locksmith-extension":true},"product_code":{"type":"string","description":"Code of the product the application is. When it is sent and the license is for another product, the call is refused with 403 `PRODUCT_MISMATCH` and changes nothing.","minLength":1,"maxLength":64,"pattern":"^[a-z0-9._-]{1,64}$","x-locksmith-extension":true},"ttl_seconds":{"type":"integer","description":"Seconds the token is valid from its issue; it never outlasts the license itself.","minimum":60,"maximum":86400,"default":3600},"alg":{"$ref":"#/components/schemas/LicenseTokenAlgorithm"}},"additionalProperties":false},"LicenseTokenAlgorithm":{"type":"string","x-locksmith-extension":true,"description":"The JWS algorithm of a license token: `EdDSA` (Ed25519, RFC 8037; the default) or `RS256` (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518), for which the account needs an RSA token key.","enum":["EdDSA","RS256"],"default":"EdDSA"},"LicenseToken":{"type":"object","x-locksmith-extension":true,"description":"A license token and how to verify it.","required":["token","token_type","alg","kid","issued_at","expires_at","jwks_uri"],"properties":{"token":{"type":"string","description":"The JWT (`issueLicenseToken` describes its header and claims)."},"token_type":{"type":"string","description":"`Bearer`: send it as `Authorization: Bearer <token>` to the vendor's services.","enum":["Bearer"]},"alg":{"$ref":"#/components/schemas/LicenseTokenAlgorithm"},"kid":{"type":"string","description":"The token key that signed it, as the JWK Set names it."},"issued_at":{"type":"string","format":"date-time","description":"The token's `iat`."},"expires_at":{"type":"string","format":"date-time","description":"The token's `exp`."},"jwks_uri":{"type":"string","description":"Where the keys that verify it are published (`getWellKnownJWKS`, for the account)."},"nonce":{"type":"string","description":"The request's `nonce`, echoed; absent when none was sent."}}},"LicenseTokenClaims":{"type":"object","x-locksmith-extension":true,"description":"The claims of a license token (the JWT's second part), as `issueLicenseToken` describes each.","required":["iss","sub","aud","iat","nbf","exp","jti","token_use","account_id","product_id","status","license_type","entitlement_version","features"],"properties":{"iss":{"type":"string","description":"The server's public URL."},"sub":{"type":"string","description":"The license id."},"aud":{"type":"string","description":"The product's code."},"iat":{"type":"integer","format":"int64","description":"When the token was issued, in seconds since 1970."},"nbf":{"type":"integer","format":"int64","description":"When the token becomes valid (its issue), in seconds since 1970."},"exp":{"type":"integer","format":"int64","description":"When the token expires, in seconds since 1970."},"jti":{"type":"string","description":"The token's unique id."},"token_use":{"type":"string","description":"`locksmith_license_v1`."},"account_id":{"type":"string","description":"The vendor account."},"product_id":{"type":"string","description":"The product."},"status":{"$ref":"#/components/schemas/LicenseStatus"},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement version at issue."},"features":{"type":"array","description":"The codes of the features the license was entitled to at issue, sorted.","items":{"type":"string"}},"device_id":{"type":"string","description":"The device, when the token was asked for with `fingerprint`."}}},"SignedLicenseTokenEnvelope":{"type":"object","x-locksmith-extension":true,"description":"Runtime success body with a license token. `signature` covers the exact bytes of `data` as they appear in the body; the token inside carries its own signature, made with a token key.","required":["data","signature","meta"],"properties":{"data":{"$ref":"#/components/schemas/LicenseToken"},"signature":{"$ref":"#/components/schemas/Signature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"JSONWebKey":{"type":"object","x-locksmith-extension":true,"description":"A public token key as a JSON Web Key (RFC 7517): an Ed25519 key as RFC 8037 writes it (`kty` `OKP`, `crv` `Ed25519`, `x` the base64url of its 32 bytes), or an RSA key as RFC 7518 writes it (`kty` `RSA`, `n` and `e` the base64url of the modulus and exponent, big-endian, without leading zeros).","required":["kty","kid","use","alg"],"properties":{"kty":{"type":"string","description":"The key type.","enum":["OKP","RSA"]},"crv":{"type":"string","description":"The curve of an `OKP` key.","enum":["Ed25519"]},"x":{"type":"string","description":"The public key of an `OKP` key, base64url without padding.","pattern":"^[A-Za-z0-9_-]{43}$"},"n":{"type":"string","description":"The modulus of an `RSA` key, base64url without padding.","pattern":"^[A-Za-z0-9_-]+$"},"e":{"type":"string","description":"The public exponent of an `RSA` key, base64url without padding.","pattern":"^[A-Za-z0-9_-]+$"},"kid":{"type":"string","description":"The key's id, which a token's header names."},"use":{"type":"string","description":"`sig`: the key verifies signatures.","enum":["sig"]},"alg":{"$ref":"#/components/schemas/LicenseTokenAlgorithm"}}},"JSONWebKeySet":{"type":"object","x-locksmith-extension":true,"description":"A JWK Set (RFC 7517, section 5).","required":["keys"],"properties":{"keys":{"type":"array","description":"Every token key asked for, newest first.","items":{"$ref":"#/components/schemas/JSONWebKey"}}}},"TokenIntrospectionRequest":{"type":"object","x-locksmith-extension":true,"description":"What RFC 7662, section 2.1, sends.","required":["token"],"properties":{"token":{"type":"string","description":"The token, as `issueLicenseToken` gave it.","minLength":1,"maxLength":8192},"token_type_hint":{"type":"string","description":"The RFC's hint of the token's type; every token here is a license token, so it is ignored.","maxLength":64}},"additionalProperties":false},"TokenRevocationRequest":{"type":"object","x-locksmith-extension":true,"description":"What RFC 7009, section 2.1, sends.","required":["token"],"properties":{"token":{"type":"string","description":"The token, as `issueLicenseToken` gave it.","minLength":1,"maxLength":8192},"token_type_hint":{"type":"string","description":"The RFC's hint of the token's type; every token here is a license token, so it is ignored.","maxLength":64}},"additionalProperties":false},"TokenIntrospectionReason":{"type":"string","x-locksmith-extension":true,"description":"Why a token of the caller's account is not active (`introspectLicenseToken` lists each check).","enum":["token_expired","token_not_yet_valid","token_revoked","license_suspended","license_revoked","license_expired","device_inactive"]},"TokenIntrospection":{"type":"object","x-locksmith-extension":true,"description":"The introspection answer of RFC 7662, section 2.2: `active`, and for a token of the caller's account its claims (`issueLicenseToken` describes them) and, when it is not active, the `reason`.","required":["active"],"properties":{"active":{"type":"boolean","description":"Whether the token may be honoured now."},"reason":{"$ref":"#/components/schemas/TokenIntrospectionReason"},"token_type":{"type":"string","description":"`Bearer`.","enum":["Bearer"]},"iss":{"type":"string","description":"The token's issuer."},"sub":{"type":"string","description":"The license id."},"aud":{"type":"string","description":"The product's code."},"iat":{"type":"integer","format":"int64","description":"When the token was issued, in seconds since 1970."},"nbf":{"type":"integer","format":"int64","description":"When the token became valid, in seconds since 1970."},"exp":{"type":"integer","format":"int64","description":"When the token expires, in seconds since 1970."},"jti":{"type":"string","description":"The token's id."},"token_use":{"type":"string","description":"`locksmith_license_v1`."},"account_id":{"type":"string","description":"The vendor account."},"product_id":{"type":"string","description":"The product."},"status":{"$ref":"#/components/schemas/LicenseStatus"},"license_type":{"$ref":"#/components/schemas/LicenseType"},"entitlement_version":{"type":"integer","format":"int64","description":"The license's entitlement version when the token was issued."},"features":{"type":"array","description":"The feature codes the token asserts.","items":{"type":"string"}},"device_id":{"type":"string","description":"The device the token names, when it names one."}}},"SignedRuntimeEntitlementEnvelope":{"type":"object","description":"Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.","required":["data","signature","meta"],"properties":{"data":{"$ref":"#/components/schemas/RuntimeEntitlementResponseData"},"signature":{"$ref":"#/components/schemas/Signature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"SignedRuntimeDeactivationEnvelope":{"type":"object","description":"Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.","required":["data","signature","meta"],"properties":{"data":{"$ref":"#/components/schemas/DeactivationResponseData"},"signature":{"$ref":"#/components/schemas/Signature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"SignedRuntimeFloatingCheckoutEnvelope":{"type":"object","description":"Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.","required":["data","signature","meta"],"properties":{"data":{"$ref":"#/components/schemas/FloatingCheckoutResponseData"},"signature":{"$ref":"#/components/schemas/Signature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"SignedRuntimeFloatingLeaseEnvelope":{"type":"object","description":"Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.","required":["data","signature","meta"],"properties":{"data":{"$ref":"#/components/schemas/FloatingLeaseResponseData"},"signature":{"$ref":"#/components/schemas/Signature"},"meta":{"$ref":"#/components/schemas/ResponseMeta"}}},"AuditActorType":{"type":"string","description":"Kind of principal behind an action: a management key, a license (runtime calls), an OIDC-authenticated operator, or the server itself.","enum":["api_key","license","oidc_subject","system"]},"Event":{"type":"object","description":"One entry of the tamper-evident audit chain.","required":["sequence","event_type","actor_type","actor_id","resource_type","metadata","created_at"],"properties":{"sequence":{"type":"integer","format":"int64","description":"Position in the chain; strictly increasing."},"event_type":{"type":"string","description":"Dotted event name, for example `license.created` or `device.blacklisted`."},"actor_type":{"$ref":"#/components/schemas/AuditActorType"},"actor_id":{"type":"string","description":"Identifier of the actor (API key id, license id, subject, or `system`)."},"resource_type":{"type":"string","description":"Kind of record affected, for example `license`."},"resource_id":{"type":"string","description":"Identifier of the record affected; absent for events without one."},"metadata":{"type":"object","description":"Event details. Secrets and raw runtime binding values are redacted.","additionalProperties":true},"ip_address":{"type":"string","description":"Client address of the request that caused the event, when there was one."},"created_at":{"type":"string","format":"date-time","description":"When the event was recorded."}}},"WebhookEndpoint":{"type":"object","description":"A URL that receives signed event deliveries.","required":["id","name","url","secret_prefix","event_types","is_active","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"name":{"type":"string","description":"Display name."},"url":{"type":"string","format":"uri","description":"Delivery URL."},"secret_prefix":{"type":"string","description":"First characters of the current signing secret (`whsec_` and four more, or the first four of a custom secret), to tell secrets apart. The full secret is returned only on create and rotation."},"event_types":{"type":"array","description":"Event types delivered; empty means every type.","items":{"$ref":"#/components/schemas/WebhookEventType"}},"is_active":{"type":"boolean","description":"Inactive endpoints receive no deliveries: events are not queued for them, and queued deliveries wait until the endpoint is active again."},"disabled_reason":{"$ref":"#/components/schemas/WebhookEndpointDisabledReason"},"last_delivery_at":{"type":"string","format":"date-time","description":"Time of the latest delivery attempt; absent if none yet."},"created_at":{"type":"string","format":"date-time","description":"When the record was created."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed."}}},"WebhookEndpointCreateRequest":{"type":"object","description":"A new webhook endpoint.","required":["name","url"],"properties":{"name":{"type":"string","description":"Display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"url":{"type":"string","format":"uri","description":"Delivery URL: `https` with a public address (`http` and private addresses only on a server started with `--webhook-allow-private`).","maxLength":2048},"event_types":{"type":"array","description":"Event types to deliver; absent or empty means every type.","items":{"$ref":"#/components/schemas/WebhookEventType"},"maxItems":100},"secret":{"type":"string","description":"Signing secret to use, `whsec_` + standard base64 of 24–64 bytes or 16–255 printable ASCII characters without spaces; generated when absent.","minLength":16,"maxLength":255,"pattern":"^[!-~]{16,255}$"},"is_active":{"type":"boolean","description":"Whether deliveries start right away.","default":true}},"additionalProperties":false},"WebhookEndpointUpdateRequest":{"type":"object","description":"Changes to a webhook endpoint. Absent fields are left unchanged.","properties":{"name":{"type":"string","description":"New display name.","minLength":1,"maxLength":200,"pattern":"^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$"},"url":{"type":"string","format":"uri","description":"New delivery URL, under the same rules as on create.","maxLength":2048},"event_types":{"type":"array","description":"Replacement list of event types; an empty list subscribes to every type.","items":{"$ref":"#/components/schemas/WebhookEventType"},"maxItems":100},"secret":{"type":"string","description":"Replaces the signing secret with this value. Cannot be combined with `rotate_secret`, whatever its value.","minLength":16,"maxLength":255,"pattern":"^[!-~]{16,255}$"},"rotate_secret":{"type":"boolean","description":"`true` generates a new signing secret and returns it, once, as `{webhook, secret}` inside `data`. Cannot be combined with `secret`."},"is_active":{"type":"boolean","description":"Pause (`false`) or resume (`true`) deliveries; `true` also re-enables an endpoint the server disabled."}},"additionalProperties":false,"not":{"required":["secret","rotate_secret"]}},"WebhookEndpointWithSecret":{"type":"object","description":"An endpoint together with its signing secret, on create and after a rotation.","required":["webhook","secret"],"properties":{"webhook":{"$ref":"#/components/schemas/WebhookEndpoint"},"secret":{"type":"string","description":"The signing secret. Shown only in this response."}}},"WebhookEndpointDisabledReason":{"type":"string","description":"Why the server turned a webhook endpoint off: `gone` (the receiver answered 410 Gone) or `failing` (deliveries failed for 24 hours). Absent while the endpoint is active or paused by a caller.","enum":["gone","failing"],"x-locksmith-extension":true},"WebhookDeliveryStatus":{"type":"string","x-locksmith-extension":true,"description":"`pending`: due or being retried; `delivered`: a receiver answered 2xx; `failed`: given up after the last retry (or when the endpoint was deleted).","enum":["pending","delivered","failed"]},"WebhookDelivery":{"type":"object","x-locksmith-extension":true,"description":"One event queued for one endpoint, and the attempts made at it.","required":["id","endpoint_id","event_type","status","attempt_count","attempts","created_at"],"properties":{"id":{"type":"string","description":"Identifier of the delivery, sent as the `webhook-id` header of every attempt."},"endpoint_id":{"type":"string","description":"The endpoint it is for."},"event_type":{"$ref":"#/components/schemas/WebhookEventType"},"status":{"$ref":"#/components/schemas/WebhookDeliveryStatus"},"attempt_count":{"type":"integer","description":"Attempts made since it was queued (or last redelivered).","minimum":0,"maximum":2147483647},"next_attempt_at":{"type":["string","null"],"format":"date-time","description":"When the next attempt is due, while the delivery is pending."},"completed_at":{"type":["string","null"],"format":"date-time","description":"When it was delivered or given up."},"created_at":{"type":"string","format":"date-time","description":"When the event was queued."},"attempts":{"type":"array","description":"Every attempt made at it, oldest first.","items":{"$ref":"#/components/schemas/WebhookDeliveryAttempt"}}}},"WebhookDeliveryAttempt":{"type":"object","x-locksmith-extension":true,"description":"One attempt at a delivery.","required":["attempted_at","succeeded","duration_ms"],"properties":{"attempted_at":{"type":"string","format":"date-time","description":"When the attempt started."},"succeeded":{"type":"boolean","description":"Whether the receiver answered 2xx."},"status_code":{"type":["integer","null"],"description":"The receiver's HTTP status; absent when it never answered.","minimum":100,"maximum":599},"duration_ms":{"type":"integer","description":"How long the attempt took, in milliseconds.","minimum":0,"maximum":2147483647},"error":{"type":["string","null"],"description":"Why it failed, when it did."}}},"WebhookEventType":{"type":"string","description":"The events a webhook endpoint can subscribe to. Each is also the `event_type` of the audit event the\nchange records, and the `type` of the delivery's payload, whose `data` is the resource as the API\nreturns it (see the root `webhooks`).\n\n- `license.created`, `license.suspended`, `license.reinstated`, `license.revoked`, `license.renewed`,\n  `license.transferred`: a license was issued or its lifecycle changed (`License`).\n- `license.updated`: a license's licensee, metadata, limits or policy changed (`License`).\n- `device.activated`, `device.deactivated`, `device.reset`, `device.blacklisted`: a device was bound to\n  a license, released, reset or blacklisted (`Device`).\n- `usage.consumed`: a runtime consumption was recorded (`Activity`, the ledger row with its amount).\n- `usage.quota_reached`: a consumption used up a feature's quota (`LicenseFeature`, after it); sent\n  once per time the quota fills, again only after a usage reset.\n- `lease.checked_out`: a floating seat was leased (`FloatingLease`).\n- `lease.expired`: a lease ran out without being checked in (`FloatingLease`); sent once per lease,\n  within about 30 seconds of its `expires_at`, by whichever server instance records it first.\n- `export.completed`: a report export became ready or failed (`ReportExport`).\n- `api_key.created`, `api_key.revoked`: a management API key was created or revoked (`APIKey`).\n- `signing_key.rotated`: a new signing key signs runtime responses (`PublicKey` of the new key).","enum":["license.created","license.suspended","license.reinstated","license.revoked","license.renewed","license.transferred","license.updated","device.activated","device.deactivated","device.reset","device.blacklisted","usage.consumed","usage.quota_reached","lease.checked_out","lease.expired","export.completed","api_key.created","api_key.revoked","signing_key.rotated"]},"WebhookPayloadHeader":{"type":"object","description":"What every delivery payload starts with.","required":["type","timestamp"],"properties":{"type":{"$ref":"#/components/schemas/WebhookEventType"},"timestamp":{"type":"string","format":"date-time","description":"When the change happened (the audit event's time)."}},"x-locksmith-extension":true},"LicenseWebhookPayload":{"description":"Payload of the `license.*` deliveries.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/License"}}}],"x-locksmith-extension":true},"DeviceWebhookPayload":{"description":"Payload of the `device.*` deliveries.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/Device"}}}],"x-locksmith-extension":true},"UsageWebhookPayload":{"description":"Payload of `usage.consumed`.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/Activity"}}}],"x-locksmith-extension":true},"QuotaWebhookPayload":{"description":"Payload of `usage.quota_reached`.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/LicenseFeature"}}}],"x-locksmith-extension":true},"LeaseWebhookPayload":{"description":"Payload of the `lease.*` deliveries.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/FloatingLease"}}}],"x-locksmith-extension":true},"ExportWebhookPayload":{"description":"Payload of `export.completed`.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/ReportExport"}}}],"x-locksmith-extension":true},"APIKeyWebhookPayload":{"description":"Payload of the `api_key.*` deliveries.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/APIKey"}}}],"x-locksmith-extension":true},"SigningKeyWebhookPayload":{"description":"Payload of `signing_key.rotated`.","allOf":[{"$ref":"#/components/schemas/WebhookPayloadHeader"},{"type":"object","required":["data"],"properties":{"data":{"$ref":"#/components/schemas/PublicKey"}}}],"x-locksmith-extension":true},"FloatingLease":{"type":"object","description":"A floating seat held by a device. The lease token itself is known only to the application that checked the seat out.","required":["id","license_id","device_id","checked_out_at","expires_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"license_id":{"type":"string","description":"License whose seat is leased."},"device_id":{"type":"string","description":"Device holding the lease."},"checked_out_at":{"type":"string","format":"date-time","description":"When the seat was checked out."},"expires_at":{"type":"string","format":"date-time","description":"When the lease runs out unless a heartbeat extends it (a policy that needs no heartbeats gives the license's end)."},"released_at":{"type":"string","format":"date-time","description":"When the lease was checked in or found expired; absent while it is held."}},"x-locksmith-extension":true},"ActivitySource":{"type":"string","description":"Surface an activity came from.","enum":["runtime","management","system"]},"ActivityResultClass":{"type":"string","description":"Outcome class of an activity: `success` (2xx), `denied` (the request was refused by licensing rules, authentication or validation: 4xx), or `error` (5xx).","enum":["success","denied","error"]},"UsageGroupBy":{"type":"string","description":"Dimension to group usage by. `hour`, `day`, `week` (ISO, starting Monday) and `month` are UTC time buckets, of which at most one may be used; the others group by the attribution recorded on each row.","enum":["hour","day","week","month","product","customer","license","order","subscription","feature","source","result_class"]},"ReportKind":{"type":"string","description":"Report a frozen export captures; each matches one reporting read operation.","enum":["activities","usage_summary","usage_ledger","license_audit","customer_summary","subscription_settlement"]},"ExportFormat":{"type":"string","description":"`json` is the frozen snapshot itself; `csv` and `pdf` are deterministic renderings of it.","enum":["json","csv","pdf"]},"ExportStatus":{"type":"string","description":"Progress of an export: `pending` while the artifact is produced, then `ready` or `failed`.","enum":["pending","ready","failed"]},"Activity":{"type":"object","description":"One row of the append-only activity ledger. Attribution (product, customer, order, subscription…) is copied at the time of the action, so later edits to those records do not change history.","required":["id","occurred_at","action","source","amount","status_code","result_class","metadata"],"properties":{"id":{"type":"string","description":"Identifier of the row."},"occurred_at":{"type":"string","format":"date-time","description":"When the action happened."},"action":{"type":"string","description":"Dotted action name, for example `license.activate`, `license.consume` or `license.renew`."},"source":{"$ref":"#/components/schemas/ActivitySource"},"product_id":{"type":"string","description":"Product involved, when any."},"customer_id":{"type":"string","description":"Customer the license or record belonged to at the time, when any."},"license_id":{"type":"string","description":"License involved, when any."},"order_id":{"type":"string","description":"Order attributed at the time, when any."},"subscription_id":{"type":"string","description":"Subscription attributed at the time, when any."},"feature_code":{"type":"string","description":"Feature involved, for metered and entitlement actions."},"amount":{"type":"integer","format":"int64","description":"Metered units the action carried; 0 for unmetered actions."},"status_code":{"type":"integer","description":"HTTP status the request was answered with; 200 for successful system actions, which have no request."},"result_class":{"$ref":"#/components/schemas/ActivityResultClass"},"reason_code":{"type":"string","description":"Error code when the action was not a success (one of `ErrorCode`)."},"device_id":{"type":"string","description":"Device involved, for runtime actions."},"app_version":{"type":"string","description":"Application version reported by a runtime call."},"request_id":{"type":"string","description":"Request that produced the row; matches `ResponseMeta.request_id`."},"duration_ms":{"type":"integer","description":"For a runtime call, how long the server took to decide it, in milliseconds.","minimum":0,"x-locksmith-extension":true},"metadata":{"type":"object","description":"Action-specific details; secrets are never recorded.","additionalProperties":true}}},"UsageBucket":{"type":"string","description":"Time bucket of a usage summary in LicenseKit's spelling: `1h` is the `hour` dimension of `group_by`, `1d` the `day` one.","enum":["1h","1d"]},"UsageTotals":{"type":"object","description":"Aggregate counts over a set of activity rows. Every row is one event and counts once in its result class; `amount` is the sum of `amount` over successful `license.consume` rows, the units actually consumed.","required":["events","amount","success_events","denied_events","error_events"],"properties":{"events":{"type":"integer","format":"int64","description":"Activity rows counted."},"amount":{"type":"integer","format":"int64","description":"Units consumed by successful `license.consume` rows."},"success_events":{"type":"integer","format":"int64","description":"Rows with result class `success`."},"denied_events":{"type":"integer","format":"int64","description":"Rows with result class `denied`."},"error_events":{"type":"integer","format":"int64","description":"Rows with result class `error`."},"first_occurred_at":{"type":"string","format":"date-time","description":"Earliest row counted; absent when no row matched."},"last_occurred_at":{"type":"string","format":"date-time","description":"Latest row counted; absent when no row matched."}}},"UsageSummaryGroup":{"type":"object","description":"Totals of one group of rows. Only the dimensions the report groups by are present; a dimension that a row does not carry (a management action has no feature) is absent in its group.","required":["events","amount","success_events","denied_events","error_events","first_occurred_at","last_occurred_at"],"properties":{"bucket_start":{"type":"string","format":"date-time","description":"Start of the UTC time bucket, when the report groups by one."},"product_id":{"type":"string","description":"Product of the group (dimension `product`)."},"customer_id":{"type":"string","description":"Customer of the group (dimension `customer`)."},"license_id":{"type":"string","description":"License of the group (dimension `license`)."},"order_id":{"type":"string","description":"Order of the group (dimension `order`)."},"subscription_id":{"type":"string","description":"Subscription of the group (dimension `subscription`)."},"feature_code":{"type":"string","description":"Feature of the group (dimension `feature`)."},"source":{"$ref":"#/components/schemas/ActivitySource"},"result_class":{"$ref":"#/components/schemas/ActivityResultClass"},"events":{"type":"integer","format":"int64","description":"Activity rows counted."},"amount":{"type":"integer","format":"int64","description":"Units consumed by successful `license.consume` rows."},"success_events":{"type":"integer","format":"int64","description":"Rows with result class `success`."},"denied_events":{"type":"integer","format":"int64","description":"Rows with result class `denied`."},"error_events":{"type":"integer","format":"int64","description":"Rows with result class `error`."},"first_occurred_at":{"type":"string","format":"date-time","description":"Earliest row of the group."},"last_occurred_at":{"type":"string","format":"date-time","description":"Latest row of the group."}}},"UsageSummaryRowCounts":{"type":"object","description":"How many rows a usage summary covers.","required":["ledger_rows","groups"],"properties":{"ledger_rows":{"type":"integer","format":"int64","description":"Activity rows counted."},"groups":{"type":"integer","description":"Groups listed."}}},"UsageSummary":{"type":"object","description":"Grouped usage totals over a time window, with the filters as applied.","required":["report_kind","from","to","filters","generated_at","row_counts","totals","groups"],"properties":{"report_kind":{"$ref":"#/components/schemas/ReportKind"},"from":{"type":"string","format":"date-time","description":"Start of the window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the window (exclusive)."},"filters":{"$ref":"#/components/schemas/ReportFilters"},"generated_at":{"type":"string","format":"date-time","description":"When the report was evaluated."},"row_counts":{"$ref":"#/components/schemas/UsageSummaryRowCounts"},"totals":{"$ref":"#/components/schemas/UsageTotals"},"groups":{"type":"array","description":"One entry per distinct combination of dimension values, ordered by bucket, then by each dimension in `filters.group_by` order (absent values first, then by code point). Without dimensions, a single group of every row, or none when no row matched.","items":{"$ref":"#/components/schemas/UsageSummaryGroup"}}}},"UsageLedgerEntry":{"type":"object","description":"One row of the activity ledger as evidence: the row as recorded, with what it adds to the usage totals.","required":["id","occurred_at","action","source","amount","status_code","result_class","metadata","counted_amount"],"properties":{"id":{"type":"string","description":"Identifier of the activity row."},"occurred_at":{"type":"string","format":"date-time","description":"When the action happened."},"action":{"type":"string","description":"Dotted action name, for example `license.consume`."},"source":{"$ref":"#/components/schemas/ActivitySource"},"product_id":{"type":"string","description":"Product involved, when any."},"customer_id":{"type":"string","description":"Customer attributed at the time, when any."},"license_id":{"type":"string","description":"License involved, when any."},"order_id":{"type":"string","description":"Order attributed at the time, when any."},"subscription_id":{"type":"string","description":"Subscription attributed at the time, when any."},"feature_code":{"type":"string","description":"Feature involved, for metered and entitlement actions."},"amount":{"type":"integer","format":"int64","description":"Units the action carried (requested, for a consumption)."},"status_code":{"type":"integer","description":"HTTP status the request was answered with."},"result_class":{"$ref":"#/components/schemas/ActivityResultClass"},"reason_code":{"type":"string","description":"Error code for rows that were not a success, for example `QUOTA_EXCEEDED`."},"device_id":{"type":"string","description":"Device involved, for runtime actions."},"app_version":{"type":"string","description":"Application version reported by a runtime call."},"request_id":{"type":"string","description":"Request that produced the row."},"metadata":{"type":"object","description":"Action-specific details, as recorded.","additionalProperties":true},"counted_amount":{"type":"integer","format":"int64","description":"Units this row adds to `UsageTotals.amount`: `amount` for a successful `license.consume`, else 0."}}},"UsageLedgerPageInfo":{"type":"object","description":"Position in a walk of the ledger. The first page fixes the window (`to` defaults to the time of the first request) and the cursor carries it, so every page of one walk covers the same rows.","required":["from","to","generated_at"],"properties":{"next_cursor":{"type":"string","description":"Cursor of the next page; absent on the last page."},"from":{"type":"string","format":"date-time","description":"Start of the walk's window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the walk's window (exclusive)."},"generated_at":{"type":"string","format":"date-time","description":"When this page was read."},"matched_rows":{"type":"integer","format":"int64","description":"Rows the walk covers in all; given on the first page only."}}},"UsageLedgerRowCounts":{"type":"object","description":"How many rows a usage ledger report holds.","required":["ledger_rows"],"properties":{"ledger_rows":{"type":"integer","format":"int64","description":"Ledger rows listed."}}},"UsageLedgerReport":{"type":"object","description":"Every ledger row of a window, oldest first: what a `usage_ledger` export freezes. The read operation `listUsageLedger` pages through the same rows.","required":["report_kind","from","to","filters","generated_at","row_counts","totals","rows"],"properties":{"report_kind":{"$ref":"#/components/schemas/ReportKind"},"from":{"type":"string","format":"date-time","description":"Start of the window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the window (exclusive)."},"filters":{"$ref":"#/components/schemas/ReportFilters"},"generated_at":{"type":"string","format":"date-time","description":"When the report was evaluated."},"row_counts":{"$ref":"#/components/schemas/UsageLedgerRowCounts"},"totals":{"$ref":"#/components/schemas/UsageTotals"},"rows":{"type":"array","description":"The rows, oldest first (by time, then id).","items":{"$ref":"#/components/schemas/UsageLedgerEntry"}}}},"RuntimeSummary":{"type":"object","description":"Runtime call counts for a license or customer.","required":["requests","success","denied","error","by_action"],"properties":{"requests":{"type":"integer","format":"int64","description":"Runtime calls counted."},"success":{"type":"integer","format":"int64","description":"Calls with result class `success`."},"denied":{"type":"integer","format":"int64","description":"Calls with result class `denied`."},"error":{"type":"integer","format":"int64","description":"Calls with result class `error`."},"by_action":{"type":"object","description":"Call count per action name (for example `license.validate`).","additionalProperties":{"type":"integer","format":"int64"}},"last_request_at":{"type":"string","format":"date-time","description":"Latest runtime call; absent when none."},"last_denied_at":{"type":"string","format":"date-time","description":"Latest denied call; absent when none."},"last_denied_reason":{"type":"string","description":"Error code of the latest denied call."}}},"AuditEventRecord":{"type":"object","description":"An audit event with the hashes that chain it: `hash` = SHA-256(`prev_hash` ‖ canonical JSON of the event), so a reader can check the event against the account's chain without the server.","required":["sequence","event_type","actor_type","actor_id","resource_type","metadata","created_at","hash"],"properties":{"sequence":{"type":"integer","format":"int64","description":"Position in the chain."},"event_type":{"type":"string","description":"Dotted event name, for example `license.created`."},"actor_type":{"$ref":"#/components/schemas/AuditActorType"},"actor_id":{"type":"string","description":"Identifier of the actor."},"resource_type":{"type":"string","description":"Kind of record affected."},"resource_id":{"type":"string","description":"Identifier of the record affected, when there is one."},"metadata":{"type":"object","description":"Event details, as recorded.","additionalProperties":true},"ip_address":{"type":"string","description":"Client address of the request that caused the event, when there was one."},"created_at":{"type":"string","format":"date-time","description":"When the event was recorded."},"hash":{"type":"string","description":"Lowercase hex SHA-256 of the chain at this event."},"prev_hash":{"type":"string","description":"Lowercase hex hash of the previous event; absent for the first."}}},"LicenseAuditRowCounts":{"type":"object","description":"What a license audit packet holds, and what it leaves out.","required":["activities","activities_included","events","events_included","devices"],"properties":{"activities":{"type":"integer","format":"int64","description":"Activity rows of the license in the window."},"activities_included":{"type":"integer","description":"Of those, rows listed (the newest 1000)."},"events":{"type":"integer","format":"int64","description":"Audit events about the license and its devices in the window."},"events_included":{"type":"integer","description":"Of those, events listed (the newest 1000)."},"devices":{"type":"integer","description":"Devices listed."}}},"LicenseAuditReport":{"type":"object","description":"Everything known about one license, in one packet.","required":["report_kind","license","from","to","filters","generated_at","row_counts","usage_totals","runtime_summary","devices","activities","events","truncated"],"properties":{"report_kind":{"$ref":"#/components/schemas/ReportKind"},"license":{"$ref":"#/components/schemas/License"},"from":{"type":"string","format":"date-time","description":"Start of the window the activity, usage and event sections cover; by default the license's creation."},"to":{"type":"string","format":"date-time","description":"End of that window (exclusive)."},"filters":{"$ref":"#/components/schemas/ReportFilters"},"generated_at":{"type":"string","format":"date-time","description":"When the report was evaluated."},"row_counts":{"$ref":"#/components/schemas/LicenseAuditRowCounts"},"usage_totals":{"$ref":"#/components/schemas/UsageTotals"},"runtime_summary":{"$ref":"#/components/schemas/RuntimeSummary"},"devices":{"type":"array","description":"Every device ever bound to the license, active or not, oldest first.","items":{"$ref":"#/components/schemas/Device"}},"activities":{"type":"array","description":"Activity rows of the license, newest first, at most 1000.","items":{"$ref":"#/components/schemas/Activity"}},"events":{"type":"array","description":"Audit events about the license and its devices, newest first, at most 1000, with their chain hashes.","items":{"$ref":"#/components/schemas/AuditEventRecord"}},"truncated":{"type":"boolean","description":"True when `activities` or `events` hit the 1000-row cap; page through `listActivities` and `listEvents` for the rest."},"order":{"$ref":"#/components/schemas/Order"},"subscription":{"$ref":"#/components/schemas/Subscription"}}},"CustomerSummaryCounts":{"type":"object","description":"Record counts for a customer, as they stand when the report is evaluated.","required":["licenses","active_licenses","active_devices","orders","subscriptions","active_subscriptions"],"properties":{"licenses":{"type":"integer","description":"Licenses linked to the customer."},"active_licenses":{"type":"integer","description":"Of those, licenses neither suspended nor revoked whose grace period has not ended."},"active_devices":{"type":"integer","description":"Active devices across those licenses."},"orders":{"type":"integer","description":"Orders linked to the customer."},"subscriptions":{"type":"integer","description":"Subscriptions linked to the customer."},"active_subscriptions":{"type":"integer","description":"Of those, subscriptions in status `trialing` or `active`."}}},"CustomerSummaryRowCounts":{"type":"object","description":"What a customer summary holds.","required":["ledger_rows","groups","licenses","orders","subscriptions"],"properties":{"ledger_rows":{"type":"integer","format":"int64","description":"Activity rows of the customer in the window."},"groups":{"type":"integer","description":"Groups in `grouped_usage`."},"licenses":{"type":"integer","description":"Licenses listed."},"orders":{"type":"integer","description":"Orders listed."},"subscriptions":{"type":"integer","description":"Subscriptions listed."}}},"CustomerSummaryReport":{"type":"object","description":"A customer-centric view across licenses, commerce records and usage.","required":["report_kind","customer","from","to","filters","generated_at","row_counts","usage_totals","runtime_summary","counts","grouped_usage","licenses","orders","subscriptions","truncated"],"properties":{"report_kind":{"$ref":"#/components/schemas/ReportKind"},"customer":{"$ref":"#/components/schemas/Customer"},"from":{"type":"string","format":"date-time","description":"Start of the window the usage sections cover."},"to":{"type":"string","format":"date-time","description":"End of that window (exclusive)."},"filters":{"$ref":"#/components/schemas/ReportFilters"},"generated_at":{"type":"string","format":"date-time","description":"When the report was evaluated."},"row_counts":{"$ref":"#/components/schemas/CustomerSummaryRowCounts"},"usage_totals":{"$ref":"#/components/schemas/UsageTotals"},"runtime_summary":{"$ref":"#/components/schemas/RuntimeSummary"},"counts":{"$ref":"#/components/schemas/CustomerSummaryCounts"},"grouped_usage":{"type":"array","description":"Usage of the customer grouped by `filters.group_by`, ordered as `UsageSummary.groups`.","items":{"$ref":"#/components/schemas/UsageSummaryGroup"}},"licenses":{"type":"array","description":"Licenses linked to the customer, newest first, at most 1000.","items":{"$ref":"#/components/schemas/License"}},"orders":{"type":"array","description":"Orders linked to the customer, newest first, at most 1000.","items":{"$ref":"#/components/schemas/Order"}},"subscriptions":{"type":"array","description":"Subscriptions linked to the customer, newest first, at most 1000.","items":{"$ref":"#/components/schemas/Subscription"}},"truncated":{"type":"boolean","description":"True when a list hit the 1000-record cap; `counts` are complete."}}},"SettlementRowCounts":{"type":"object","description":"What a settlement holds.","required":["consume_rows","lines","licenses"],"properties":{"consume_rows":{"type":"integer","format":"int64","description":"`license.consume` rows attributed to the subject in the window, whatever their result."},"lines":{"type":"integer","description":"Lines listed."},"licenses":{"type":"integer","description":"Distinct licenses among those rows."}}},"SubscriptionSettlementReport":{"type":"object","description":"Usage evidence for settling one subscription or order: the `license.consume` rows attributed to it at the time of use, totalled per group. Quantities only; pricing is left to your billing system.","required":["report_kind","from","to","filters","generated_at","row_counts","totals","lines","activity_by_action"],"properties":{"report_kind":{"$ref":"#/components/schemas/ReportKind"},"subscription":{"$ref":"#/components/schemas/Subscription"},"order":{"$ref":"#/components/schemas/Order"},"from":{"type":"string","format":"date-time","description":"Start of the settlement window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the settlement window (exclusive)."},"filters":{"$ref":"#/components/schemas/ReportFilters"},"generated_at":{"type":"string","format":"date-time","description":"When the report was evaluated."},"row_counts":{"$ref":"#/components/schemas/SettlementRowCounts"},"totals":{"$ref":"#/components/schemas/UsageTotals"},"lines":{"type":"array","description":"The consumption grouped by `filters.group_by` (default `license,feature`), ordered as `UsageSummary.groups`; `amount` counts successful rows only.","items":{"$ref":"#/components/schemas/UsageSummaryGroup"}},"activity_by_action":{"type":"object","description":"Every ledger row attributed to the subject in the window, counted per action name.","additionalProperties":{"type":"integer","format":"int64"}}}},"ReportFilters":{"type":"object","description":"Parameters of a report, as the matching read operation takes them. In an export request, fields the report kind does not take are refused with 422 naming `filters.<field>`, and identifiers must be 1–128 letters, digits, `.`, `_` or `-`. In a report, the filters as applied (window and grouping resolved).","properties":{"from":{"type":"string","format":"date-time","description":"Start of the window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the window (exclusive)."},"group_by":{"type":"array","description":"Grouping dimensions (`usage_summary`, `customer_summary`, `subscription_settlement`).","items":{"$ref":"#/components/schemas/UsageGroupBy"}},"bucket":{"$ref":"#/components/schemas/UsageBucket"},"product_id":{"type":"string","description":"Only rows of this product."},"customer_id":{"type":"string","description":"Only rows of this customer; the subject of a `customer_summary`."},"license_id":{"type":"string","description":"Only rows of this license; the subject of a `license_audit`."},"order_id":{"type":"string","description":"Only rows attributed to this order; a possible subject of a `subscription_settlement`."},"subscription_id":{"type":"string","description":"Only rows attributed to this subscription; a possible subject of a `subscription_settlement`."},"feature_code":{"type":"string","description":"Only rows of this feature."},"source":{"$ref":"#/components/schemas/ActivitySource"},"result_class":{"$ref":"#/components/schemas/ActivityResultClass"},"action":{"type":"string","description":"Only rows with this action name."}},"additionalProperties":false},"ReportExportCreateRequest":{"type":"object","description":"A frozen export to produce: a report evaluated now with `filters`, or, with `source_export_id`, another rendering of an existing export's snapshot (same kind; `filters` must then be absent).","required":["report_kind"],"not":{"required":["filters","source_export_id"]},"properties":{"report_kind":{"$ref":"#/components/schemas/ReportKind"},"format":{"$ref":"#/components/schemas/ExportFormat"},"filters":{"$ref":"#/components/schemas/ReportFilters"},"source_export_id":{"type":"string","description":"An export whose frozen snapshot to render again, in `format`."}},"additionalProperties":false},"ReportExportCreator":{"type":"object","description":"Who requested an export.","required":["actor_type","actor_id"],"properties":{"actor_type":{"$ref":"#/components/schemas/AuditActorType"},"actor_id":{"type":"string","description":"Identifier of the actor, for example the API key id."}}},"ExportProgress":{"type":"object","description":"Rows of the report's main table rendered so far, out of all of them.","required":["done","total"],"properties":{"done":{"type":"integer","format":"int64","description":"Rows rendered."},"total":{"type":"integer","format":"int64","description":"Rows to render."}}},"ReportExport":{"type":"object","description":"A frozen report export. The report is evaluated once into a JSON snapshot; the artifact is derived from that snapshot and never recomputed. Once ready, the metadata is signed (`signature`).","required":["id","report_kind","format","status","filters","snapshot_digest","content_type","file_name","progress","created_by","created_at","updated_at"],"properties":{"id":{"type":"string","description":"Server-assigned identifier."},"report_kind":{"$ref":"#/components/schemas/ReportKind"},"format":{"$ref":"#/components/schemas/ExportFormat"},"status":{"$ref":"#/components/schemas/ExportStatus"},"filters":{"$ref":"#/components/schemas/ReportFilters"},"source_export_id":{"type":"string","description":"The export whose snapshot this one renders again, when it was created from one."},"snapshot_digest":{"type":"string","description":"`sha256:` plus the lowercase hex SHA-256 of the canonical JSON snapshot (sorted keys, compact, non-ASCII escaped).","pattern":"^sha256:[0-9a-f]{64}$"},"artifact_digest":{"type":"string","description":"`sha256:` plus the lowercase hex SHA-256 of the stored artifact bytes; absent until ready. For `json` exports it equals `snapshot_digest`.","pattern":"^sha256:[0-9a-f]{64}$"},"content_type":{"type":"string","description":"Media type of the artifact: `application/json`, `text/csv; charset=utf-8; header=present` or `application/pdf`."},"file_name":{"type":"string","description":"File name the download suggests, `<report_kind>-<id>.<format>`."},"byte_size":{"type":"integer","format":"int64","description":"Size of the artifact in bytes; absent until ready.","minimum":0},"progress":{"$ref":"#/components/schemas/ExportProgress"},"created_by":{"$ref":"#/components/schemas/ReportExportCreator"},"created_at":{"type":"string","format":"date-time","description":"When the export was created, and its snapshot frozen."},"updated_at":{"type":"string","format":"date-time","description":"When the record last changed (progress, completion)."},"completed_at":{"type":"string","format":"date-time","description":"When the export became `ready` or `failed`."},"failure_reason":{"type":"string","description":"Why the export failed; absent otherwise."},"download_url":{"type":"string","description":"Server-relative path of `downloadReportExport` for this export; present once ready."},"signature":{"$ref":"#/components/schemas/Signature"}}},"OpsRuntimeOperation":{"type":"object","description":"Runtime decisions of one action.","required":["action","requests","success","denied","error"],"properties":{"action":{"type":"string","description":"The runtime action as the activity ledger records it, for example `license.validate`."},"requests":{"type":"integer","format":"int64","description":"Decisions made."},"success":{"type":"integer","format":"int64","description":"Decisions with result class `success`."},"denied":{"type":"integer","format":"int64","description":"Decisions with result class `denied`."},"error":{"type":"integer","format":"int64","description":"Decisions with result class `error`."},"latency_p50_ms":{"type":"integer","description":"Median time the server took to decide, in milliseconds; absent when none was measured."},"latency_p95_ms":{"type":"integer","description":"95th percentile of the time the server took to decide, in milliseconds; absent when none was measured."}}},"OpsRuntimeSummary":{"type":"object","description":"Runtime decisions in the window.","required":["requests","success","denied","error","denial_rate","error_rate","operations"],"properties":{"requests":{"type":"integer","format":"int64","description":"Runtime decisions made."},"success":{"type":"integer","format":"int64","description":"Decisions with result class `success`."},"denied":{"type":"integer","format":"int64","description":"Decisions with result class `denied`."},"error":{"type":"integer","format":"int64","description":"Decisions with result class `error`."},"denial_rate":{"type":"number","description":"`denied / requests`; 0 when there were none.","minimum":0,"maximum":1},"error_rate":{"type":"number","description":"`error / requests`; 0 when there were none.","minimum":0,"maximum":1},"latency_p50_ms":{"type":"integer","description":"Median decision time over every action, in milliseconds; absent when none was measured."},"latency_p95_ms":{"type":"integer","description":"95th percentile decision time over every action, in milliseconds; absent when none was measured."},"operations":{"type":"array","description":"Per-action breakdown, busiest first.","items":{"$ref":"#/components/schemas/OpsRuntimeOperation"}}}},"OpsActiveCounts":{"type":"object","description":"Current totals, independent of the window.","required":["licenses","devices","floating_leases"],"properties":{"licenses":{"type":"integer","format":"int64","description":"Licenses in status `active` or `grace_period`."},"devices":{"type":"integer","format":"int64","description":"Devices in status `active`."},"floating_leases":{"type":"integer","format":"int64","description":"Floating leases neither checked in nor expired."}}},"WebhookDeliveryCounts":{"type":"object","description":"Webhook delivery counts.","required":["delivered","failed","pending"],"properties":{"delivered":{"type":"integer","format":"int64","description":"Deliveries acknowledged with a 2xx answer within the window."},"failed":{"type":"integer","format":"int64","description":"Deliveries given up within the window (retries exhausted, or the receiver answered 410 Gone)."},"pending":{"type":"integer","format":"int64","description":"The backlog now, independent of the window; deliveries queued or waiting for a retry."},"oldest_pending_at":{"type":"string","format":"date-time","description":"When the oldest queued delivery was queued; absent when nothing is queued."},"oldest_pending_age_seconds":{"type":"integer","format":"int64","description":"How long the oldest queued delivery has waited, in seconds; absent when nothing is queued."}}},"OpsSigningKey":{"type":"object","description":"The active runtime signing key.","required":["kid","created_at","age_seconds"],"properties":{"kid":{"type":"string","description":"Key identifier."},"created_at":{"type":"string","format":"date-time","description":"When the key was generated."},"age_seconds":{"type":"integer","format":"int64","description":"Seconds since the key was generated."}}},"OpsAuditChain":{"type":"object","description":"The account's audit chain.","required":["length"],"properties":{"length":{"type":"integer","format":"int64","description":"Events in the chain (also the sequence of the newest, since sequences start at 1 without gaps)."},"last_event_at":{"type":"string","format":"date-time","description":"Time of the newest event; absent while the chain is empty."}}},"OpsSummary":{"type":"object","description":"Operator health roll-up over a time window.","required":["from","to","runtime","active","webhooks","audit_chain","generated_at"],"properties":{"from":{"type":"string","format":"date-time","description":"Start of the window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the window (exclusive)."},"runtime":{"$ref":"#/components/schemas/OpsRuntimeSummary"},"active":{"$ref":"#/components/schemas/OpsActiveCounts"},"webhooks":{"$ref":"#/components/schemas/WebhookDeliveryCounts"},"signing_key":{"$ref":"#/components/schemas/OpsSigningKey"},"audit_chain":{"$ref":"#/components/schemas/OpsAuditChain"},"generated_at":{"type":"string","format":"date-time","description":"When the summary was computed."}}},"RuntimeErrorGroup":{"type":"object","description":"Denied or failed runtime decisions sharing an action, result class and reason code within the window.","required":["action","result_class","reason_code","count","first_seen_at","last_seen_at"],"properties":{"action":{"type":"string","description":"The runtime action, for example `license.activate`."},"result_class":{"$ref":"#/components/schemas/ActivityResultClass"},"reason_code":{"type":["string","null"],"description":"Error code the decision returned (one of `ErrorCode`); `null` when none was recorded."},"count":{"type":"integer","format":"int64","description":"Occurrences in the window."},"first_seen_at":{"type":"string","format":"date-time","description":"Earliest occurrence in the window."},"last_seen_at":{"type":"string","format":"date-time","description":"Latest occurrence in the window."},"sample_request_id":{"type":"string","description":"The request id of one of the occurrences, for log lookup; absent when none recorded one."},"sample_license_id":{"type":"string","description":"The license of one of the occurrences; absent when none named one."}}},"WebhookEndpointHealth":{"type":"object","description":"Delivery health of one webhook endpoint.","required":["endpoint_id","name","url","is_active","attempts","delivered","failed","pending","consecutive_failures"],"properties":{"endpoint_id":{"type":"string","description":"Webhook endpoint."},"name":{"type":"string","description":"Display name of the endpoint."},"url":{"type":"string","format":"uri","description":"Delivery URL."},"is_active":{"type":"boolean","description":"Whether the endpoint currently receives deliveries."},"disabled_reason":{"$ref":"#/components/schemas/WebhookEndpointDisabledReason"},"attempts":{"type":"integer","format":"int64","description":"Delivery attempts within the window."},"success_rate":{"type":"number","description":"Share of the window's attempts answered with 2xx; absent when there were none.","minimum":0,"maximum":1},"latency_p50_ms":{"type":"integer","description":"Median time to the receiver's answer over the window's attempts, in milliseconds; absent when none."},"latency_p95_ms":{"type":"integer","description":"95th percentile time to the receiver's answer, in milliseconds; absent when none."},"delivered":{"type":"integer","format":"int64","description":"Deliveries acknowledged within the window."},"failed":{"type":"integer","format":"int64","description":"Deliveries given up within the window."},"pending":{"type":"integer","format":"int64","description":"The endpoint's backlog now; deliveries queued or waiting for a retry."},"oldest_pending_at":{"type":"string","format":"date-time","description":"When the endpoint's oldest queued delivery was queued; absent when none is."},"consecutive_failures":{"type":"integer","description":"Failed attempts since the last successful one."},"last_success_at":{"type":"string","format":"date-time","description":"Latest successful attempt; absent when none."},"last_failure_at":{"type":"string","format":"date-time","description":"Latest failed attempt; absent when none."},"last_error":{"type":"string","description":"What went wrong in the latest failed attempt, such as `HTTP 500`, `timed out after 10 s` or `refused: the URL points at a private or reserved address (hooks.example.com resolves to one)`, with the start of the answer's body when there was one. It never names the address a host name resolved to."}}},"WebhookHealth":{"type":"object","description":"Webhook delivery health over a time window.","required":["from","to","totals","endpoints"],"properties":{"from":{"type":"string","format":"date-time","description":"Start of the window (inclusive)."},"to":{"type":"string","format":"date-time","description":"End of the window (exclusive)."},"totals":{"$ref":"#/components/schemas/WebhookDeliveryCounts"},"endpoints":{"type":"array","description":"One entry per endpoint, including inactive ones, most consecutive failures first.","items":{"$ref":"#/components/schemas/WebhookEndpointHealth"}}}},"RateLimitWindow":{"type":"object","x-locksmith-extension":true,"description":"One window of a rate-limit policy: `quota` requests per `window_seconds`, at most `burst` of them at once (a token bucket of `burst` tokens refilled evenly over the window), as `RateLimit-Policy` says `q`, `w` and `locksmith-burst`.","required":["quota","window_seconds","burst"],"properties":{"quota":{"type":"integer","description":"Requests per window."},"window_seconds":{"type":"integer","description":"The window's length in seconds."},"burst":{"type":"integer","description":"Requests that may be sent at once."}}},"RateLimitPolicyLimits":{"type":"object","x-locksmith-extension":true,"description":"One rate-limit policy as it applies to the account.","required":["policy","subject","windows","source"],"properties":{"policy":{"type":"string","description":"The policy's name, as `RateLimit-Policy` and a 429's `detail` give it: `anonymous`, `runtime-address`, `failed-keys`, `runtime-key`, `management-key`, `account-runtime` or `account-management`."},"subject":{"type":"string","description":"What each bucket of the policy counts.","enum":["address","license_key","api_key","account"]},"windows":{"type":"array","description":"The policy's windows, shortest first; empty when the policy is off.","items":{"$ref":"#/components/schemas/RateLimitWindow"}},"source":{"type":"string","description":"Whether the figures are the server's or this account's own.","enum":["server","account"]}}},"AccountLimits":{"type":"object","x-locksmith-extension":true,"description":"The abuse limits and fair shares that apply to an account.","required":["account_id","enabled","policies","max_webhook_endpoints","max_queued_exports"],"properties":{"account_id":{"type":"string","description":"The account."},"enabled":{"type":"boolean","description":"Whether the server enforces limits at all; false when its operator turned them off."},"policies":{"type":"array","description":"Every rate-limit policy, in a fixed order.","items":{"$ref":"#/components/schemas/RateLimitPolicyLimits"}},"max_webhook_endpoints":{"type":"integer","description":"Webhook endpoints the account may have; 0 means no limit."},"max_queued_exports":{"type":"integer","description":"Exports of the account that may wait to be rendered at once; 0 means no limit."}}}}}}
"""#
}
