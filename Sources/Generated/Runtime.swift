// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Validate a license whose key is in the body
    ///
    /// The same decision, ledger row and signed answer as `validateLicense`, for a license key sent in the body as `key` instead of in `Authorization`: for applications, proxies and tools that cannot set that header. No other credential is taken. The answer is signed with the key of the license's account, as every runtime answer is, and verifies against the keys `listPublicKeys` publishes for it. The call is limited like every runtime call (`runtime-address` before the key is looked up, then `runtime-key` and the account's runtime share), and a wrong key counts against the address's `failed-keys`. A key that is missing, malformed, unknown or revoked from the key table is 401 `UNAUTHORIZED` with the same message, which says nothing about whether a license exists.
    ///
    /// - Remark: `POST /api/v1/licenses/validate-key`.
    public enum ValidateLicenseKey {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .validateLicenseKey

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: ValidateLicenseKeyRequest

            /// An input with these values; optional ones default to absent.
            public init(body: ValidateLicenseKeyRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed entitlement.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Activate the calling device
    ///
    /// Binds the calling machine or container to the license, taking an activation slot, and returns its signed entitlement. The device is identified by `fingerprint`, or for a container by its container, pod, namespace and cluster; activating a device that is already active returns the same device and takes no new slot. A new or previously deactivated device takes a slot while the license has fewer active devices than the policy's `max_activations` (0 allows none: floating seats only), and counts in `times_activated`; beyond it the call is 409 `DEVICE_LIMIT_REACHED`. Activations of one license are serialised, so concurrent activations never exceed the limit. A license takes at most its policy's `max_activations_per_day` new seats per UTC day: past that, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight), while activating a device that is already active, and deactivating, go on. Requires an `Idempotency-Key`. The decision order is in the Runtime tag's description. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/activate`.
    public enum ActivateLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .activateLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: RuntimeBindingRequest?

            /// An input with these values; optional ones default to absent.
            public init(idempotencyKey: String, body: RuntimeBindingRequest? = nil) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed entitlement for the activated device.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Get a machine file for a machine
    ///
    /// The application's own way to a machine file: activates the machine `fingerprint` names on the license (exactly as `activateLicense`, with its refusals), then answers a machine file bound to it, encrypted for the license key of the call and the fingerprint together, valid for `ttl_days` (default 30, at most 3650, never past the license's end). Someone who holds the key can so activate an air-gapped machine from any networked one and carry the file over. Only a machine, by `fingerprint`, gets a file (422 naming `fingerprint` otherwise). Requires an `Idempotency-Key`; recorded as `license.activate` (and `device.activated` when it took a seat) and `license.file_issued`. The answer is signed like every runtime answer; the file inside carries its own signature, made with the same key.
    ///
    /// - Remark: `POST /api/v1/license/machine-file`.
    public enum IssueMachineFile {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .issueMachineFile

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: MachineFileRequest

            /// An input with these values; optional ones default to absent.
            public init(idempotencyKey: String, body: MachineFileRequest) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The machine file, in a signed answer.
            case ok(LicenseFile)
        }
    }

    /// Get a license token (JWT)
    ///
    /// Answers a JSON Web Token (RFC 7519) that asserts this license, for services of the vendor that accept a
    /// bearer token instead of calling the license server themselves: they verify it with the keys of
    /// `getWellKnownJWKS` (any JWT library with a JWKS client) and, for a live answer, ask `introspectLicenseToken`.
    /// Without `fingerprint` the call is decided on the product and the license's status alone (steps 1 to 4 of
    /// the Runtime tag's table); with it, like `validateLicense` on that device, which must be activated (a floating device must hold its
    /// lease), and the token names the device (`device_id`). Nothing is changed; the decision is recorded in the
    /// activity ledger as `license.token`.
    ///
    /// The token is a JWS in compact serialization (RFC 7515): `<header>.<claims>.<signature>`, each part base64url
    /// without padding. The header is `{"alg": …, "kid": …, "typ": "JWT"}`. `alg` `EdDSA` (RFC 8037) signs with
    /// the account's Ed25519 token key, made on the account's first token request (RFC 9864 names the same
    /// algorithm `Ed25519`; tokens keep `EdDSA`, the name every JOSE library reads); `RS256` (RFC 7518, RSASSA-PKCS1-v1_5
    /// with SHA-256) signs with its RSA token key, which an operator makes with
    /// `locksmith keys rotate --account ID --purpose token --alg RS256` for clients whose JWT library lacks EdDSA
    /// (asking for `RS256` before that is 422 naming `alg`). Token keys sign nothing else, and are published only in
    /// the JWK Set, not by `listPublicKeys`. The claims (`LicenseTokenClaims`):
    ///
    /// | claim | value |
    /// |---|---|
    /// | `iss` | the server's public URL (`--public-url`, `LOCKSMITH_PUBLIC_URL`; by default the address it listens on) |
    /// | `sub` | the license id |
    /// | `aud` | the product's code |
    /// | `iat`, `nbf` | when the token was issued, in seconds since 1970 (RFC 7519 NumericDate) |
    /// | `exp` | `iat` + `ttl_seconds`, never past the end of the license's validity (its grace period included) |
    /// | `jti` | a unique id, by which `revokeLicenseToken` revokes this token alone |
    /// | `token_use` | `locksmith_license_v1` |
    /// | `account_id`, `product_id` | the vendor account and product |
    /// | `status`, `license_type`, `entitlement_version` | the license's as they were at issue |
    /// | `features` | the codes of the features the license is entitled to at issue (enabled, not expired), sorted |
    /// | `device_id` | the device, when the token was asked for with `fingerprint` |
    ///
    /// A verifier checks the signature with the key the header's `kid` names, `alg` against that key's `alg`,
    /// `exp` and `nbf` against its clock, `aud` against its product code, and `token_use`. The answer itself is
    /// signed like every runtime answer.
    ///
    /// - Remark: `POST /api/v1/license/token`.
    public enum IssueLicenseToken {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .issueLicenseToken

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: LicenseTokenRequest?

            /// An input with these values; optional ones default to absent.
            public init(body: LicenseTokenRequest? = nil) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The token, in a signed answer.
            case ok(LicenseToken)
        }
    }

    /// Validate the license on this device
    ///
    /// Checks license status, the device's activation and version eligibility (in the order the Runtime tag's description gives), records the validation on the device (`last_validated_at`, at most once a minute) and returns the signed entitlement. Call it at start-up and at `next_check_at` (`issued_at` plus the policy's `validation_interval_minutes`). It changes nothing else, so it is cheap and may be called often. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/validate`.
    public enum ValidateLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .validateLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: RuntimeBindingRequest?

            /// An input with these values; optional ones default to absent.
            public init(body: RuntimeBindingRequest? = nil) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed entitlement.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Read current entitlements
    ///
    /// Returns the same signed entitlement as `validateLicense`, decided the same way, but does not record a validation on the device (`last_validated_at` is left as it is): use it to refresh entitlements between validations, for example before enabling a feature. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/check`.
    public enum CheckLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .checkLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: RuntimeBindingRequest?

            /// An input with these values; optional ones default to absent.
            public init(body: RuntimeBindingRequest? = nil) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed entitlement.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Record metered usage
    ///
    /// Consumes `amount` units (default 1) of an assigned, enabled feature from the calling, activated device and returns the updated signed entitlement. With a quota, a consumption that would exceed it is refused whole with 409 `QUOTA_EXCEEDED`; without one, usage is counted without limit. Consumptions of one license are serialised, so concurrent calls never overrun a quota. Repeating an `event_id` returns the original signed result without consuming again; the same `event_id` with another feature or amount is 409 `CONFLICT` (`detail: event_id`). The call also takes an `Idempotency-Key`. Every attempt is written to the activity ledger (`license.consume`, with the feature and amount). Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/consume`.
    public enum ConsumeLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .consumeLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: ConsumeLicenseRequest

            /// An input with these values; optional ones default to absent.
            public init(idempotencyKey: String, body: ConsumeLicenseRequest) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed entitlement with updated balances.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Deactivate the calling device
    ///
    /// Releases the calling device's activation slot (and any floating lease it holds) and returns a signed confirmation. Deactivating a device that is no longer active changes nothing and answers the same confirmation; a device the license has never seen is 404 `NOT_ACTIVATED`. Works whatever the license status, so an application can always give its slot back. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/deactivate`.
    public enum DeactivateLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .deactivateLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: RuntimeBindingRequest?

            /// An input with these values; optional ones default to absent.
            public init(idempotencyKey: String, body: RuntimeBindingRequest? = nil) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed deactivation confirmation.
            case ok(DeactivationResponseData)
        }
    }

    /// Issue an offline license
    ///
    /// Returns a signed entitlement for the calling, activated device, sealed with a key derived from the license key, so that an application can check its license with no network (see `OfflineEnvelope` for how to open it). The sealed `data` (`OfflineLicenseData`) is valid from `offline_valid_from` to `offline_valid_until`: the policy's `offline_grace_days` from now, but never past the license's expiry. Refused with 422 (`detail: allow_offline_activation`) when the policy does not allow offline activation. The envelope itself is not signed; the sealed payload is.
    ///
    /// - Remark: `POST /api/v1/license/offline`.
    public enum IssueOfflineLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .issueOfflineLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: RuntimeBindingRequest?

            /// An input with these values; optional ones default to absent.
            public init(body: RuntimeBindingRequest? = nil) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The sealed offline license.
            case ok(OfflineEnvelope)
        }
    }

    /// Check out a floating seat
    ///
    /// Leases one of the license's floating seats to the calling device and returns the lease token with the signed entitlement. A device the license has not seen, or one that is not active, is bound as a floating device (`seat: floating`): it takes no activation slot and may use the license only while it holds a live lease (see the Runtime tag). A node-locked device may check out too, and stays node-locked. When the policy requires heartbeats (`require_heartbeat`), the lease lasts `floating_timeout_minutes` unless a heartbeat extends it; otherwise it lasts until it is checked in, its device is reset or deactivated, or the license ends (`lease_expires_at` is then the end of the license's grace period or its expiry, or 9999-12-31T23:59:59Z for a license that does not expire). Seats in use are the leases neither checked in nor lapsed, so a lapsed lease frees its seat at once, with no background job. Fails with 409 `FLOATING_LIMIT_REACHED` when `max_floating_users` leases are live, and with 422 (`detail: max_floating_users`) when the policy offers no floating seats. A device that checks out again while holding a live lease gets a new token and the old one ends. Checkouts of one license are serialised. The token is shown only here; the server keeps its hash. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/checkout`.
    public enum CheckoutFloatingLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .checkoutFloatingLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: RuntimeBindingRequest?

            /// An input with these values; optional ones default to absent.
            public init(idempotencyKey: String, body: RuntimeBindingRequest? = nil) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed entitlement with a new lease.
            case ok(FloatingCheckoutResponseData)
        }
    }

    /// Extend a floating lease
    ///
    /// Extends a live lease to now plus the policy's `floating_timeout_minutes` (when the policy requires heartbeats; otherwise the lease keeps the license's end) and returns its signed state. A lease that has lapsed or was checked in, or a token the server does not know, fails with 404 `LEASE_EXPIRED`; check out again. The license's status is checked as for validation. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/heartbeat`.
    public enum HeartbeatFloatingLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .heartbeatFloatingLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: FloatingLeaseRequest

            /// An input with these values; optional ones default to absent.
            public init(body: FloatingLeaseRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed lease state.
            case ok(FloatingLeaseResponseData)
        }
    }

    /// Return a floating seat
    ///
    /// Ends a lease and frees its seat; `lease_expires_at` in the answer is the check-in time. A floating device is deactivated with it (a node-locked one stays active). Works whatever the license status, so an application can always give its seat back (only a disabled vendor account, 403 `ACCOUNT_DISABLED`, stops it). A lapsed, already returned or unknown lease is 404 `LEASE_EXPIRED`. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/checkin`.
    public enum CheckinFloatingLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .checkinFloatingLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: FloatingLeaseRequest

            /// An input with these values; optional ones default to absent.
            public init(idempotencyKey: String, body: FloatingLeaseRequest) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Signed confirmation of the returned lease.
            case ok(FloatingLeaseResponseData)
        }
    }
}

extension Operations.ValidateLicenseKey.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(ValidateLicenseKeyRequest.self)
    }
}

extension Operations.ValidateLicenseKey.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ActivateLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeOptionalBody(RuntimeBindingRequest.self)
    }
}

extension Operations.ActivateLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.IssueMachineFile.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeBody(MachineFileRequest.self)
    }
}

extension Operations.IssueMachineFile.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.IssueLicenseToken.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeOptionalBody(LicenseTokenRequest.self)
    }
}

extension Operations.IssueLicenseToken.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ValidateLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeOptionalBody(RuntimeBindingRequest.self)
    }
}

extension Operations.ValidateLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.CheckLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeOptionalBody(RuntimeBindingRequest.self)
    }
}

extension Operations.CheckLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ConsumeLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeBody(ConsumeLicenseRequest.self)
    }
}

extension Operations.ConsumeLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DeactivateLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeOptionalBody(RuntimeBindingRequest.self)
    }
}

extension Operations.DeactivateLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.IssueOfflineLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeOptionalBody(RuntimeBindingRequest.self)
    }
}

extension Operations.IssueOfflineLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.CheckoutFloatingLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeOptionalBody(RuntimeBindingRequest.self)
    }
}

extension Operations.CheckoutFloatingLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.HeartbeatFloatingLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(FloatingLeaseRequest.self)
    }
}

extension Operations.HeartbeatFloatingLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.CheckinFloatingLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeBody(FloatingLeaseRequest.self)
    }
}

extension Operations.CheckinFloatingLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

// MARK: - Handlers

/// Calls made by licensed applications with `Authorization: License lsk_…`. Successful answers are
/// `{data, signature, meta}`: `signature.value` is the standard base64 of an Ed25519 signature (`alg`
/// `Ed25519`) over the exact bytes of `data` in the body, made with the key `signature.kid` names in
/// `listPublicKeys`. Verify it before acting on `data`. Signed `data` is compact JSON with sorted keys,
/// integers only, and strings of printable ASCII without `<`, `>`, `&`, `'`, `+` or backtick, so that a
/// client that parses `data` and serialises it again (Python's `json.dumps(data, separators=(",", ":"))`,
/// JavaScript's `JSON.stringify`) reproduces the signed bytes exactly. Client strings that reach signed
/// data are checked for that at input (422 naming the field), and an `app_version`'s build metadata (`+…`)
/// is left out of signed data (semantic versioning ignores it when comparing versions).
///
/// Every runtime request body may carry a `nonce` (1–64 such characters): it is echoed inside the signed
/// `data`, so an application that sends a fresh nonce knows a recorded answer cannot be replayed at it.
///
/// Signed `data` names what it licenses: `account_id` (the vendor), `product_id` and `product_code`. Each
/// vendor account signs with keys of its own (`listPublicKeys` with `account_id`); accounts that existed
/// before per-account keys keep signing with the server's key until an operator gives them their own
/// (`locksmith keys rotate --account ID`). An application checks the signature with its vendor's keys and
/// refuses an answer whose `product_code` or `account_id` is not its own, so a license key bought for another
/// product, or from another vendor on the same server, does not unlock it. A request may also name its
/// product (`product_code`); the server then refuses a license of another product itself.
///
/// A device takes one of two kinds of seat (`Device.seat`). Activation binds a **node-locked** device: it
/// takes one of the policy's `max_activations` slots and counts in `active_device_count` until it is
/// deactivated, reset or blacklisted. A checkout binds a **floating** device: it takes no activation slot,
/// may be validated, checked, consumed against and issued offline licenses only while it holds a live lease
/// (an offline license for it ends when the lease does), and is deactivated by its check-in. Activating a
/// floating device turns it into a node-locked one, under the ordinary activation rules.
///
/// Each call is decided in this order; the first rule that refuses answers:
///
/// | step | rule | refusal |
/// |---|---|---|
/// | 1 | the license key is known | 401 `UNAUTHORIZED` |
/// | 2 | the vendor account is enabled | 403 `ACCOUNT_DISABLED` |
/// | 3 | the license is for the product the request names (`product_code`, when sent) | 403 `PRODUCT_MISMATCH` |
/// | 4 | the license is not revoked, not suspended, not past its grace period, and has started | 403 `LICENSE_REVOKED`, `LICENSE_SUSPENDED`, `LICENSE_EXPIRED`, `LICENSE_NOT_STARTED` |
/// | 5 | the policy allows the platform: a virtual machine (`allow_vm`), a container (`allow_container`) | 403 `PLATFORM_NOT_ALLOWED` |
/// | 6 | the device is not blacklisted; it is activated (validate, check, consume, offline); a floating device holds a live lease (the same four); a device that becomes active (activation, checkout) stays within `max_container_instances`, activating it within `max_activations`, and a device that takes a seat within the policy's `max_activations_per_day` new seats of the license this UTC day; a checkout needs a policy that offers floating seats | 403 `DEVICE_BLACKLISTED`; 404 `NOT_ACTIVATED`; 404 `LEASE_EXPIRED`; 409 `DEVICE_LIMIT_REACHED` (`detail: max_container_instances` or `max_activations`); 422 `VALIDATION_FAILED` (`detail: max_floating_users`); 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight) |
/// | 7 | the version is covered (activate, validate, check, consume, offline, checkout): once the product has a version catalog, `app_version` must be sent, be in it, and be released by the end of the license's window (the maintenance date for perpetual licenses, the expiry for the others); heartbeat, check-in and deactivation are never refused for it | 403 `VERSION_NOT_ENTITLED` (`detail: app_version`) |
/// | 8 | the feature is assigned, enabled and not expired, the quota covers the amount, and no counter would pass 2^53 − 1 (consume) | 403 `FEATURE_NOT_ENTITLED`; 409 `QUOTA_EXCEEDED`; 422 `VALIDATION_FAILED` (`detail: amount`) |
///
/// A request body that is malformed or fails validation is refused (400 or 422) after step 1 and before step 2.
/// A license in its grace period is still honoured (`data.status` is `grace_period`). While the product's
/// version catalog is empty, versions are not checked, and a call without `app_version` gets `data` without
/// `version_eligibility`. Once the catalog has an entry, a call of step 7 that sends no `app_version` is
/// refused like one with an unknown version.
///
/// Every decision, allowed or refused, appends a row to the activity ledger (`source: runtime`, the
/// operation as `action`, its result class and reason code). Changes (activate, consume, deactivate,
/// checkout, checkin, offline issue) append it in the same transaction as the change. Validate, check and
/// heartbeat rows are written by a batched writer within 250 ms: a server that is killed outright can lose
/// up to that much of their history, never a change. A device's `last_seen_at` is written at most once a
/// minute.
///
/// A change to a license, its devices, features, policy or account (a revocation, suspension, reset,
/// blacklisting, a consumption) holds from the next runtime call. A deployment of several instances on
/// PostgreSQL may set a runtime cache staleness (`--runtime-cache-staleness`): then the instance that made
/// the change still holds it from the next call, and the others within that staleness.
///
/// Implemented by the server's handlers for the Runtime operations.
public protocol RuntimeAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// Validate a license whose key is in the body
    func validateLicenseKey(_ input: Operations.ValidateLicenseKey.Input, context: Context) async throws -> Operations.ValidateLicenseKey.Output

    /// Activate the calling device
    func activateLicense(_ input: Operations.ActivateLicense.Input, context: Context) async throws -> Operations.ActivateLicense.Output

    /// Get a machine file for a machine
    func issueMachineFile(_ input: Operations.IssueMachineFile.Input, context: Context) async throws -> Operations.IssueMachineFile.Output

    /// Get a license token (JWT)
    func issueLicenseToken(_ input: Operations.IssueLicenseToken.Input, context: Context) async throws -> Operations.IssueLicenseToken.Output

    /// Validate the license on this device
    func validateLicense(_ input: Operations.ValidateLicense.Input, context: Context) async throws -> Operations.ValidateLicense.Output

    /// Read current entitlements
    func checkLicense(_ input: Operations.CheckLicense.Input, context: Context) async throws -> Operations.CheckLicense.Output

    /// Record metered usage
    func consumeLicense(_ input: Operations.ConsumeLicense.Input, context: Context) async throws -> Operations.ConsumeLicense.Output

    /// Deactivate the calling device
    func deactivateLicense(_ input: Operations.DeactivateLicense.Input, context: Context) async throws -> Operations.DeactivateLicense.Output

    /// Issue an offline license
    func issueOfflineLicense(_ input: Operations.IssueOfflineLicense.Input, context: Context) async throws -> Operations.IssueOfflineLicense.Output

    /// Check out a floating seat
    func checkoutFloatingLicense(_ input: Operations.CheckoutFloatingLicense.Input, context: Context) async throws -> Operations.CheckoutFloatingLicense.Output

    /// Extend a floating lease
    func heartbeatFloatingLicense(_ input: Operations.HeartbeatFloatingLicense.Input, context: Context) async throws -> Operations.HeartbeatFloatingLicense.Output

    /// Return a floating seat
    func checkinFloatingLicense(_ input: Operations.CheckinFloatingLicense.Input, context: Context) async throws -> Operations.CheckinFloatingLicense.Output
}

// MARK: - Client

extension RuntimeClient {
    /// Validate a license whose key is in the body
    ///
    /// The same decision, ledger row and signed answer as `validateLicense`, for a license key sent in the body as `key` instead of in `Authorization`: for applications, proxies and tools that cannot set that header. No other credential is taken. The answer is signed with the key of the license's account, as every runtime answer is, and verifies against the keys `listPublicKeys` publishes for it. The call is limited like every runtime call (`runtime-address` before the key is looked up, then `runtime-key` and the account's runtime share), and a wrong key counts against the address's `failed-keys`. A key that is missing, malformed, unknown or revoked from the key table is 401 `UNAUTHORIZED` with the same message, which says nothing about whether a license exists.
    ///
    /// - Remark: `POST /api/v1/licenses/validate-key`.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func validateLicenseKey(_ body: ValidateLicenseKeyRequest) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.validateLicenseKey, path: "/api/v1/licenses/validate-key", body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Activate the calling device
    ///
    /// Binds the calling machine or container to the license, taking an activation slot, and returns its signed entitlement. The device is identified by `fingerprint`, or for a container by its container, pod, namespace and cluster; activating a device that is already active returns the same device and takes no new slot. A new or previously deactivated device takes a slot while the license has fewer active devices than the policy's `max_activations` (0 allows none: floating seats only), and counts in `times_activated`; beyond it the call is 409 `DEVICE_LIMIT_REACHED`. Activations of one license are serialised, so concurrent activations never exceed the limit. A license takes at most its policy's `max_activations_per_day` new seats per UTC day: past that, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight), while activating a device that is already active, and deactivating, go on. Requires an `Idempotency-Key`. The decision order is in the Runtime tag's description. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/activate`.
    ///
    /// - Parameters:
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func activateLicense(idempotencyKey: String? = nil, _ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.activateLicense, path: "/api/v1/license/activate", headers: headers, body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a machine file for a machine
    ///
    /// The application's own way to a machine file: activates the machine `fingerprint` names on the license (exactly as `activateLicense`, with its refusals), then answers a machine file bound to it, encrypted for the license key of the call and the fingerprint together, valid for `ttl_days` (default 30, at most 3650, never past the license's end). Someone who holds the key can so activate an air-gapped machine from any networked one and carry the file over. Only a machine, by `fingerprint`, gets a file (422 naming `fingerprint` otherwise). Requires an `Idempotency-Key`; recorded as `license.activate` (and `device.activated` when it took a seat) and `license.file_issued`. The answer is signed like every runtime answer; the file inside carries its own signature, made with the same key.
    ///
    /// - Remark: `POST /api/v1/license/machine-file`.
    ///
    /// - Parameters:
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func issueMachineFile(idempotencyKey: String? = nil, _ body: MachineFileRequest) async throws -> SignedResponse<LicenseFile> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.issueMachineFile, path: "/api/v1/license/machine-file", headers: headers, body: body)
        switch response.status {
        case 200: return try core.signed(LicenseFile.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a license token (JWT)
    ///
    /// Answers a JSON Web Token (RFC 7519) that asserts this license, for services of the vendor that accept a
    /// bearer token instead of calling the license server themselves: they verify it with the keys of
    /// `getWellKnownJWKS` (any JWT library with a JWKS client) and, for a live answer, ask `introspectLicenseToken`.
    /// Without `fingerprint` the call is decided on the product and the license's status alone (steps 1 to 4 of
    /// the Runtime tag's table); with it, like `validateLicense` on that device, which must be activated (a floating device must hold its
    /// lease), and the token names the device (`device_id`). Nothing is changed; the decision is recorded in the
    /// activity ledger as `license.token`.
    ///
    /// The token is a JWS in compact serialization (RFC 7515): `<header>.<claims>.<signature>`, each part base64url
    /// without padding. The header is `{"alg": …, "kid": …, "typ": "JWT"}`. `alg` `EdDSA` (RFC 8037) signs with
    /// the account's Ed25519 token key, made on the account's first token request (RFC 9864 names the same
    /// algorithm `Ed25519`; tokens keep `EdDSA`, the name every JOSE library reads); `RS256` (RFC 7518, RSASSA-PKCS1-v1_5
    /// with SHA-256) signs with its RSA token key, which an operator makes with
    /// `locksmith keys rotate --account ID --purpose token --alg RS256` for clients whose JWT library lacks EdDSA
    /// (asking for `RS256` before that is 422 naming `alg`). Token keys sign nothing else, and are published only in
    /// the JWK Set, not by `listPublicKeys`. The claims (`LicenseTokenClaims`):
    ///
    /// | claim | value |
    /// |---|---|
    /// | `iss` | the server's public URL (`--public-url`, `LOCKSMITH_PUBLIC_URL`; by default the address it listens on) |
    /// | `sub` | the license id |
    /// | `aud` | the product's code |
    /// | `iat`, `nbf` | when the token was issued, in seconds since 1970 (RFC 7519 NumericDate) |
    /// | `exp` | `iat` + `ttl_seconds`, never past the end of the license's validity (its grace period included) |
    /// | `jti` | a unique id, by which `revokeLicenseToken` revokes this token alone |
    /// | `token_use` | `locksmith_license_v1` |
    /// | `account_id`, `product_id` | the vendor account and product |
    /// | `status`, `license_type`, `entitlement_version` | the license's as they were at issue |
    /// | `features` | the codes of the features the license is entitled to at issue (enabled, not expired), sorted |
    /// | `device_id` | the device, when the token was asked for with `fingerprint` |
    ///
    /// A verifier checks the signature with the key the header's `kid` names, `alg` against that key's `alg`,
    /// `exp` and `nbf` against its clock, `aud` against its product code, and `token_use`. The answer itself is
    /// signed like every runtime answer.
    ///
    /// - Remark: `POST /api/v1/license/token`.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func issueLicenseToken(_ body: LicenseTokenRequest? = nil) async throws -> SignedResponse<LicenseToken> {
        let response = try await core.send(.issueLicenseToken, path: "/api/v1/license/token", body: body)
        switch response.status {
        case 200: return try core.signed(LicenseToken.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Validate the license on this device
    ///
    /// Checks license status, the device's activation and version eligibility (in the order the Runtime tag's description gives), records the validation on the device (`last_validated_at`, at most once a minute) and returns the signed entitlement. Call it at start-up and at `next_check_at` (`issued_at` plus the policy's `validation_interval_minutes`). It changes nothing else, so it is cheap and may be called often. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/validate`.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func validateLicense(_ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.validateLicense, path: "/api/v1/license/validate", body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Read current entitlements
    ///
    /// Returns the same signed entitlement as `validateLicense`, decided the same way, but does not record a validation on the device (`last_validated_at` is left as it is): use it to refresh entitlements between validations, for example before enabling a feature. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/check`.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func checkLicense(_ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.checkLicense, path: "/api/v1/license/check", body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Record metered usage
    ///
    /// Consumes `amount` units (default 1) of an assigned, enabled feature from the calling, activated device and returns the updated signed entitlement. With a quota, a consumption that would exceed it is refused whole with 409 `QUOTA_EXCEEDED`; without one, usage is counted without limit. Consumptions of one license are serialised, so concurrent calls never overrun a quota. Repeating an `event_id` returns the original signed result without consuming again; the same `event_id` with another feature or amount is 409 `CONFLICT` (`detail: event_id`). The call also takes an `Idempotency-Key`. Every attempt is written to the activity ledger (`license.consume`, with the feature and amount). Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/consume`.
    ///
    /// - Parameters:
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func consumeLicense(idempotencyKey: String? = nil, _ body: ConsumeLicenseRequest) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.consumeLicense, path: "/api/v1/license/consume", headers: headers, body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Deactivate the calling device
    ///
    /// Releases the calling device's activation slot (and any floating lease it holds) and returns a signed confirmation. Deactivating a device that is no longer active changes nothing and answers the same confirmation; a device the license has never seen is 404 `NOT_ACTIVATED`. Works whatever the license status, so an application can always give its slot back. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/deactivate`.
    ///
    /// - Parameters:
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deactivateLicense(idempotencyKey: String? = nil, _ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<DeactivationResponseData> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.deactivateLicense, path: "/api/v1/license/deactivate", headers: headers, body: body)
        switch response.status {
        case 200: return try core.signed(DeactivationResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Issue an offline license
    ///
    /// Returns a signed entitlement for the calling, activated device, sealed with a key derived from the license key, so that an application can check its license with no network (see `OfflineEnvelope` for how to open it). The sealed `data` (`OfflineLicenseData`) is valid from `offline_valid_from` to `offline_valid_until`: the policy's `offline_grace_days` from now, but never past the license's expiry. Refused with 422 (`detail: allow_offline_activation`) when the policy does not allow offline activation. The envelope itself is not signed; the sealed payload is.
    ///
    /// - Remark: `POST /api/v1/license/offline`.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func issueOfflineLicense(_ body: RuntimeBindingRequest? = nil) async throws -> Response<OfflineEnvelope> {
        let response = try await core.send(.issueOfflineLicense, path: "/api/v1/license/offline", body: body)
        switch response.status {
        case 200: return try core.envelope(OfflineEnvelope.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Check out a floating seat
    ///
    /// Leases one of the license's floating seats to the calling device and returns the lease token with the signed entitlement. A device the license has not seen, or one that is not active, is bound as a floating device (`seat: floating`): it takes no activation slot and may use the license only while it holds a live lease (see the Runtime tag). A node-locked device may check out too, and stays node-locked. When the policy requires heartbeats (`require_heartbeat`), the lease lasts `floating_timeout_minutes` unless a heartbeat extends it; otherwise it lasts until it is checked in, its device is reset or deactivated, or the license ends (`lease_expires_at` is then the end of the license's grace period or its expiry, or 9999-12-31T23:59:59Z for a license that does not expire). Seats in use are the leases neither checked in nor lapsed, so a lapsed lease frees its seat at once, with no background job. Fails with 409 `FLOATING_LIMIT_REACHED` when `max_floating_users` leases are live, and with 422 (`detail: max_floating_users`) when the policy offers no floating seats. A device that checks out again while holding a live lease gets a new token and the old one ends. Checkouts of one license are serialised. The token is shown only here; the server keeps its hash. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/checkout`.
    ///
    /// - Parameters:
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func checkoutFloatingLicense(idempotencyKey: String? = nil, _ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<FloatingCheckoutResponseData> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.checkoutFloatingLicense, path: "/api/v1/license/floating/checkout", headers: headers, body: body)
        switch response.status {
        case 200: return try core.signed(FloatingCheckoutResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Extend a floating lease
    ///
    /// Extends a live lease to now plus the policy's `floating_timeout_minutes` (when the policy requires heartbeats; otherwise the lease keeps the license's end) and returns its signed state. A lease that has lapsed or was checked in, or a token the server does not know, fails with 404 `LEASE_EXPIRED`; check out again. The license's status is checked as for validation. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/heartbeat`.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func heartbeatFloatingLicense(_ body: FloatingLeaseRequest) async throws -> SignedResponse<FloatingLeaseResponseData> {
        let response = try await core.send(.heartbeatFloatingLicense, path: "/api/v1/license/floating/heartbeat", body: body)
        switch response.status {
        case 200: return try core.signed(FloatingLeaseResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Return a floating seat
    ///
    /// Ends a lease and frees its seat; `lease_expires_at` in the answer is the check-in time. A floating device is deactivated with it (a node-locked one stays active). Works whatever the license status, so an application can always give its seat back (only a disabled vendor account, 403 `ACCOUNT_DISABLED`, stops it). A lapsed, already returned or unknown lease is 404 `LEASE_EXPIRED`. Requires an `Idempotency-Key`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/checkin`.
    ///
    /// - Parameters:
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func checkinFloatingLicense(idempotencyKey: String? = nil, _ body: FloatingLeaseRequest) async throws -> SignedResponse<FloatingLeaseResponseData> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.checkinFloatingLicense, path: "/api/v1/license/floating/checkin", headers: headers, body: body)
        switch response.status {
        case 200: return try core.signed(FloatingLeaseResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
