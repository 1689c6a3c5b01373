// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List licenses
    ///
    /// Returns licenses, oldest first (in creation order), optionally filtered. Filters combine with AND. `status` filters by the status `getLicense` would report at this moment, computed from the stored status and the dates (see `LicenseStatus`), so the two always agree. `expires_before` and `expires_after` compare with `expires_at`; licenses without an expiry match neither.
    ///
    /// - Remark: `GET /api/v1/licenses`, scopes: license:read.
    public enum ListLicenses {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listLicenses

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?
            /// Only results for this product.
            public var productID: String?
            /// Only licenses under this policy.
            public var policyID: String?
            /// Only results for this customer.
            public var customerID: String?
            /// Only licenses in this status.
            public var status: LicenseStatus?
            /// Only results attributed to this order.
            public var orderID: String?
            /// Only results attributed to this subscription.
            public var subscriptionID: String?
            /// Only licenses expiring before this time.
            public var expiresBefore: Date?
            /// Only licenses expiring at or after this time.
            public var expiresAfter: Date?
            /// Only licenses issued to this e-mail address (`customer_email`), compared without regard to letter case. Served by an index.
            public var customerEmail: String?
            /// Only licenses whose key ends with these four characters, for a customer who can read out only the end of a key (`lookupLicense` takes the whole key). Served by an index.
            public var licenseKeyLast4: String?

            /// An input with these values; optional ones default to absent.
            public init(limit: Int? = nil, cursor: String? = nil, productID: String? = nil, policyID: String? = nil, customerID: String? = nil, status: LicenseStatus? = nil, orderID: String? = nil, subscriptionID: String? = nil, expiresBefore: Date? = nil, expiresAfter: Date? = nil, customerEmail: String? = nil, licenseKeyLast4: String? = nil) {
                self.limit = limit
                self.cursor = cursor
                self.productID = productID
                self.policyID = policyID
                self.customerID = customerID
                self.status = status
                self.orderID = orderID
                self.subscriptionID = subscriptionID
                self.expiresBefore = expiresBefore
                self.expiresAfter = expiresAfter
                self.customerEmail = customerEmail
                self.licenseKeyLast4 = licenseKeyLast4
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of licenses.
            case ok(data: [License], pageInfo: PageInfo)
        }
    }

    /// Issue a license
    ///
    /// Issues a license under a policy of the product. The full `lsk_…` license key (256 random bits) is returned in this response only; the server keeps a keyed hash, and `license_key_prefix` and `license_key_last4` identify the key afterwards.
    /// An unknown `product_id` or `policy_id` is 404 naming the field; a policy of another product is 422. `customer_id`, `order_id` and `subscription_id` must exist (422 naming the field), and the order and subscription must belong to the product (422). An order that belongs to a subscription links that subscription too when `subscription_id` is absent, and must agree with it when present.
    /// Dates follow the policy's `license_type`: a `perpetual` license never expires (`expires_at` is refused) and alone takes `maintenance_expires_at`; `time_limited` and `trial` licenses need `expires_at`; a `subscription` license takes `expires_at` or, when absent, the linked subscription's `current_period_end`; a `consumption` license may expire or not. `expires_at` must be after `starts_at` (or after now). Times are stored to the millisecond. The license starts `active` with `entitlement_version` 1. A record it links to that is deleted while the license is being written makes the request fail with 409.
    /// The license may carry its own limits (`max_activations`, `max_floating_users`, `max_container_instances`, `max_transfers`, extensions) in place of its policy's; `max_floating_users` only when the policy offers floating checkout and `max_container_instances` only when it allows containers (422 naming the field). `features` (extension) assigns features of the product in the same transaction: a feature named twice, by neither or both of `feature_id` and `feature_code`, or of another product is 422 naming the item (`features[2].feature_code`), and an unknown one is 404 naming it; nothing is issued then. Each assignment is recorded as `license.feature_assigned` after `license.created`.
    ///
    /// - Remark: `POST /api/v1/licenses`, scopes: license:write.
    public enum CreateLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: LicenseCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(body: LicenseCreateRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new license and its key.
            case created(LicenseCreateResponse)
        }
    }

    /// Issue a signed license file
    ///
    /// Issues a license file: a snapshot of the license, signed with the account's runtime key, that an application verifies with the public key it already pins, with no network (an air-gapped or field installation). The file is valid for `ttl_days` (default 30, at most 3650) and never past the end of the license's own validity (its grace period included); its layout is Keygen's license file certificate (see `LicenseFile`), so a verifier written for one reads the other's envelope. With `license_key` (the full key, checked against its stored hash: 422 naming it when it is not this license's) the payload is encrypted for that key; without it the file is signed only, since the server keeps no license key it could encrypt with. Only an active license, or one in its grace period, gets a file (409 with its status's code otherwise).
    /// With `fingerprint` the file is a machine file, bound to that machine and encrypted (with the key) for the key and the fingerprint together. A machine not active on the license is activated first, exactly as `activateLicense` would (the same seat, container, blacklist, version and daily limits, and the same refusals: 409 `DEVICE_LIMIT_REACHED`, 403 `DEVICE_BLACKLISTED`, …), recorded as `device.activated` and in the ledger as `license.activate`: an air-gapped activation, made from any networked machine. Recorded in the audit chain as `license.file_issued` and in the activity ledger as `license.file.issue`, never with the key.
    /// A request whose `Accept` prefers `application/x-pem-file` to `application/json` (higher `q`, or listed first at the same `q`) gets the certificate alone, the text of the `.lic` file, with `Content-Disposition: attachment; filename="<license_key_prefix>.lic"` (`curl -OJ` saves it under that name); the file is issued and recorded the same way. Any other `Accept`, or none, gets the JSON answer.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/files`, scopes: license:write.
    public enum IssueLicenseFile {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .issueLicenseFile

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: LicenseFileRequest?

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: LicenseFileRequest? = nil) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The license file, as JSON, or as the `.lic` file's text.
            case created(LicenseFile)
            /// The same answer as a file (`application/x-pem-file`), for a client whose `Accept` asks for it.
            case createdBinary(BinaryBody)
        }
    }

    /// Verify a license file
    ///
    /// Verifies a license file as an application would, with the account's published keys (active and retired), and adds what only the server knows: whether the license was revoked since the file was issued. `valid` is true when `errors` is empty. `content` is the decoded payload whenever the signature verifies and the payload could be read (decrypted with `license_key` for an encrypted file), so a support desk can see what an expired file said. A file signed for another account does not verify (`unknown_key`), and nothing about that account is told. A certificate that is not a license file is `malformed`, not an error of the request.
    ///
    /// - Remark: `POST /api/v1/licenses/files/verify`, scopes: license:read.
    public enum VerifyLicenseFile {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .verifyLicenseFile

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: LicenseFileVerifyRequest

            /// An input with these values; optional ones default to absent.
            public init(body: LicenseFileVerifyRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// What the verification found.
            case ok(LicenseFileVerification)
        }
    }

    /// Check many licenses' status at once
    ///
    /// Answers, for up to 100 licenses named by id (`license_ids`) and by full key (`license_keys`, in the body only, never logged), each one's status as `getLicense` reads it now, and when it was revoked: for a vendor's own service that holds many licenses and wants to know which it must stop honouring, in one call. `results` has one entry per item, `license_ids` first and then `license_keys`, each in the order sent. An id or key that names no license of the caller's account (another account's included) is `not_found` with `license_id: null`, so the answer tells nothing about other accounts. Send at least one list; more than 100 items in both together is 422 naming `license_ids`, and a value that is not a license key is 422 naming it (`license_keys[3]`).
    ///
    /// - Remark: `POST /api/v1/licenses/check-revocation`, scopes: license:read.
    public enum CheckLicenseRevocation {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .checkLicenseRevocation

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: LicenseRevocationCheckRequest

            /// An input with these values; optional ones default to absent.
            public init(body: LicenseRevocationCheckRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// One result per item, in order.
            case ok(LicenseRevocationCheck)
        }
    }

    /// Introspect a license token
    ///
    /// Token introspection as RFC 7662 defines it, for the vendor's services: the body is `token=…` (and an
    /// optional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` the way the RFC sends
    /// it, or as JSON; the answer is the RFC's bare JSON object, not an envelope. `active` is true only when
    /// everything below holds now; the other members are the token's claims, with `status` as the license is now.
    ///
    /// | check | when it fails |
    /// |---|---|
    /// | the token is a JWT this server signed with a token key of the caller's account, with `token_use` `locksmith_license_v1` | `{"active": false}` and nothing else: a token of another account, a forged or damaged one, and a string that is no token look the same |
    /// | its `exp` is in the future and its `nbf` is not | `active: false`, `reason: token_expired` (or `token_not_yet_valid`) |
    /// | its `jti` was not revoked (`revokeLicenseToken`) | `reason: token_revoked` |
    /// | the license is not suspended, revoked or past its grace period | `reason: license_suspended`, `license_revoked`, `license_expired` |
    /// | the device it names (`device_id`) is still active on the license | `reason: device_inactive` |
    ///
    /// An inactive answer for a token of the caller's account carries its claims too, so that the caller can
    /// tell which license it was.
    ///
    /// - Remark: `POST /api/v1/licenses/introspect`, scopes: license:read.
    public enum IntrospectLicenseToken {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .introspectLicenseToken

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: TokenIntrospectionRequest

            /// An input with these values; optional ones default to absent.
            public init(body: TokenIntrospectionRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The introspection answer (RFC 7662, section 2.2), bare.
            case ok(Document<TokenIntrospection>)
        }
    }

    /// Revoke a license token
    ///
    /// Token revocation as RFC 7009 defines it: the body is `token=…` (and an optional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` or as JSON. A token of the caller's account that has not expired is revoked by its `jti` until its `exp`: from then on `introspectLicenseToken` answers it `active: false` with `reason: token_revoked`, and the revocation is recorded in the audit chain as `license.token_revoked` (with the `jti`, never the token). Other tokens of the same license stay valid; suspend or revoke the license to end them all. As the RFC says, the answer is 200 with no body also for a token that is already revoked, expired, malformed or another account's, so the answer tells nothing about the token. Verifiers that check tokens offline, with the JWK Set alone, cannot see a revocation: keep `ttl_seconds` short where that matters.
    ///
    /// - Remark: `POST /api/v1/licenses/revoke-token`, scopes: license:write.
    public enum RevokeLicenseToken {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .revokeLicenseToken

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: TokenRevocationRequest

            /// An input with these values; optional ones default to absent.
            public init(body: TokenRevocationRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Revoked, or nothing to revoke; no body.
            case ok
        }
    }

    /// Find a license by its key
    ///
    /// Returns the license of the caller's account whose key is `license_key`, for a support desk handed a key by a customer. The key travels in the body, never in a URL, and is not logged; the server keeps only its keyed hash, which is what it looks up. A key of another account, or one nobody issued, is 404. A value that is not a license key (`lsk_` and the 43 base64url characters of 32 bytes) is 422 naming `license_key`.
    ///
    /// - Remark: `POST /api/v1/licenses/lookup`, scopes: license:read.
    public enum LookupLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .lookupLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: LicenseLookupRequest

            /// An input with these values; optional ones default to absent.
            public init(body: LicenseLookupRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The license.
            case ok(License)
        }
    }

    /// Get a license
    ///
    /// Returns one license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}`, scopes: license:read.
    public enum GetLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            /// An input with these values; optional ones default to absent.
            public init(id: String) {
                self.id = id
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The license.
            case ok(License)
        }
    }

    /// Change a license
    ///
    /// Changes the licensee's name and e-mail, the metadata, the license's own limits and its policy. Status and dates keep their own operations.
    /// A limit set on the license (`max_activations`, `max_floating_users`, `max_container_instances`, `max_transfers`) replaces its policy's for this license alone; `null` makes it follow the policy again. Runtime calls use the license's effective limits from the next call on. Lowering a limit below what is in use releases nothing: devices and leases already held stay, and new activations, checkouts or transfers are refused until the license is back under it. `max_floating_users` can be set only while the policy offers floating checkout, and `max_container_instances` only while it allows containers (422 naming the field).
    /// `policy_id` moves the license to another policy of the same product that issues the same `license_type` (an upgrade or a downgrade): 404 naming `policy_id` when there is no such policy, 422 when it belongs to another product or issues another type. The new policy's rules apply from the next runtime call, and the grace period follows its `grace_period_days`.
    /// A change of limits or policy raises `entitlement_version`; a change of the licensee or metadata does not. Every change is announced as `license.updated`, recorded in the audit chain (naming the fields that changed, never the licensee's name, e-mail or metadata) and in the activity ledger as `license.update`. An empty body is 422.
    ///
    /// - Remark: `PATCH /api/v1/licenses/{id}`, scopes: license:write.
    public enum UpdateLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: LicenseUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: LicenseUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The license as changed.
            case ok(License)
        }
    }

    /// Suspend a license
    ///
    /// Suspends the license: runtime calls are refused with `LICENSE_SUSPENDED` until it is reinstated.
    /// | current status | suspend | reinstate | revoke | renew | transfer | |---|---|---|---|---|---| | `active` | suspended | 409 `CONFLICT` | revoked | yes | yes | | `grace_period` | suspended | 409 `CONFLICT` | revoked | yes | yes | | `suspended` | 409 `LICENSE_SUSPENDED` | active (or expired, by its dates) | revoked | yes | yes | | `expired` | 409 `LICENSE_EXPIRED` | 409 `LICENSE_EXPIRED` | revoked | yes | yes | | `revoked` | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` | no-op (200) | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` |
    /// A refused transition answers 409 with the license's own status code (or `CONFLICT` for an active license) and `detail: status`. Every change raises `entitlement_version` and is recorded in the audit chain and the activity ledger.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/suspend`, scopes: license:write.
    public enum SuspendLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .suspendLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            /// An input with these values; optional ones default to absent.
            public init(id: String) {
                self.id = id
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The suspended license.
            case ok(License)
        }
    }

    /// Reinstate a license
    ///
    /// Lifts a suspension; only a suspended license can be reinstated (see the table on `suspendLicense`). The license then reports the status its dates give it: `active`, `grace_period` or `expired`.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/reinstate`, scopes: license:write.
    public enum ReinstateLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .reinstateLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            /// An input with these values; optional ones default to absent.
            public init(id: String) {
                self.id = id
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The reinstated license.
            case ok(License)
        }
    }

    /// Revoke a license
    ///
    /// Revokes the license permanently: its active devices are deactivated and its floating leases released in the same transaction. Revoking a revoked license changes nothing and answers 200.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/revoke`, scopes: license:write.
    public enum RevokeLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .revokeLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            /// An input with these values; optional ones default to absent.
            public init(id: String) {
                self.id = id
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The revoked license.
            case ok(License)
        }
    }

    /// Renew a license
    ///
    /// Moves the expiry of a renewable license (`time_limited`, `subscription` or `trial`) forward. A `perpetual` or `consumption` license is 409 `CONFLICT` (`detail: license_type`); a revoked one 409 `LICENSE_REVOKED`. Send exactly one of `expires_at` (later than both the current expiry and now) and `extend_by_days` (counted from the later of now and the current expiry), or 422. `order_id` and `subscription_id` must belong to the license's product (422); they are recorded on the renewal's audit event and ledger row, and the license's own origin links are not changed. Renewals of one license are serialised, so concurrent renewals never lose an extension. Requires an `Idempotency-Key`: a retried renewal extends only once and replays the first answer.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/renew`, scopes: license:write.
    public enum RenewLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .renewLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: LicenseRenewRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, idempotencyKey: String, body: LicenseRenewRequest) {
                self.id = id
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The renewed license.
            case ok(License)
        }
    }

    /// Transfer a license
    ///
    /// Reassigns the license to another customer or licensee, optionally releasing its devices. Each transfer counts in `times_transferred`, and the policy's `max_transfers` is the most allowed (0, the default, allows none): beyond it the transfer is 409 `CONFLICT` (`detail: max_transfers`). A revoked license is 409 `LICENSE_REVOKED`. `customer_id` must name a customer (422). With `reset_devices`, every active device is marked `reset` and every floating lease released in the same transaction, so the new licensee starts with free slots. Raises `entitlement_version`. Requires an `Idempotency-Key`.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/transfer`, scopes: license:write.
    public enum TransferLicense {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .transferLicense

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            /// The request body.
            public var body: LicenseTransferRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, idempotencyKey: String, body: LicenseTransferRequest) {
                self.id = id
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The transferred license.
            case ok(License)
        }
    }

    /// List a license's features
    ///
    /// Returns the features assigned to a license with their usage counters.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/features`, scopes: license:read.
    public enum ListLicenseFeatures {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listLicenseFeatures

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?

            /// An input with these values; optional ones default to absent.
            public init(id: String, limit: Int? = nil, cursor: String? = nil) {
                self.id = id
                self.limit = limit
                self.cursor = cursor
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of feature assignments.
            case ok(data: [LicenseFeature], pageInfo: PageInfo)
        }
    }

    /// Assign a feature
    ///
    /// Assigns a feature of the license's product to the license, with an optional quota (`max_consumptions`) and expiry. An unknown feature is 404 (`detail: feature_id`); a feature of another product is 422; a feature already assigned is 409 (remove it, or adjust its usage with `resetLicenseUsage`). Raises the license's `entitlement_version`.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/features`, scopes: license:write.
    public enum AssignLicenseFeature {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .assignLicenseFeature

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: LicenseFeatureAssignRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: LicenseFeatureAssignRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The assignment.
            case ok(LicenseFeature)
        }
    }

    /// Remove a feature
    ///
    /// Removes a feature assignment from the license (404 when it is not assigned). Its usage history stays in the activity ledger. Raises the license's `entitlement_version`.
    ///
    /// - Remark: `DELETE /api/v1/licenses/{id}/features/{feature_id}`, scopes: license:write.
    public enum RemoveLicenseFeature {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .removeLicenseFeature

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the feature.
            public var featureID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, featureID: String) {
                self.id = id
                self.featureID = featureID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The assignment was removed.
            case noContent
        }
    }

    /// Adjust metered usage
    ///
    /// Tops up, resets or overrides the quota and consumed counter of one assigned feature. Select it with exactly one of `feature_id` and `feature_code` (422 otherwise; 404 when it is not assigned). Send at least one change; `add_credits` and `max_consumptions` both set the quota and cannot be combined, nor can `reset_consumed` and `total_consumptions` (422). `add_credits` on a feature without a quota is 409. The license's `total_consumptions` follows the change of the counter. The adjustment raises `entitlement_version` and is recorded in the audit chain and in the activity ledger (`license.usage.reset`, amount 0, the counters before and after in `metadata`).
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/usage/reset`, scopes: license:write.
    public enum ResetLicenseUsage {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .resetLicenseUsage

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: LicenseFeatureUsageResetRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: LicenseFeatureUsageResetRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The assignment with its new counters.
            case ok(LicenseFeature)
        }
    }

    /// List a license's custom field values
    ///
    /// Returns the custom field values stored on a license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/custom-fields`, scopes: license:read.
    public enum ListLicenseCustomFieldValues {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listLicenseCustomFieldValues

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?

            /// An input with these values; optional ones default to absent.
            public init(id: String, limit: Int? = nil, cursor: String? = nil) {
                self.id = id
                self.limit = limit
                self.cursor = cursor
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of values.
            case ok(data: [CustomFieldValue], pageInfo: PageInfo)
        }
    }

    /// Set or clear a license's custom field value
    ///
    /// Writes the license's value for a license custom field of its product, replacing any previous value, and returns it with 200. With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409; a value of the wrong type or outside `enum_options` fails with 422.
    ///
    /// - Remark: `PUT /api/v1/licenses/{id}/custom-fields/{field_id}`, scopes: license:write.
    public enum UpsertLicenseCustomFieldValue {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .upsertLicenseCustomFieldValue

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the custom field definition.
            public var fieldID: String
            /// The request body.
            public var body: CustomFieldValueUpsertRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, fieldID: String, body: CustomFieldValueUpsertRequest) {
                self.id = id
                self.fieldID = fieldID
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The stored value.
            case ok(CustomFieldValue)
            /// The value was cleared (`clear: true`); no body.
            case noContent
        }
    }
}

extension Operations.ListLicenses.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
        self.productID = try request.query("product_id", as: String.self)
        self.policyID = try request.query("policy_id", as: String.self)
        self.customerID = try request.query("customer_id", as: String.self)
        self.status = try request.query("status", as: LicenseStatus.self)
        self.orderID = try request.query("order_id", as: String.self)
        self.subscriptionID = try request.query("subscription_id", as: String.self)
        self.expiresBefore = try request.query("expires_before", as: Date.self)
        self.expiresAfter = try request.query("expires_after", as: Date.self)
        self.customerEmail = try request.query("customer_email", as: String.self)
        try Validation.check(self.customerEmail, minLength: 3, maxLength: 254, field: "customer_email", code: .invalidQuery)
        self.licenseKeyLast4 = try request.query("license_key_last4", as: String.self)
        try Validation.check(self.licenseKeyLast4, minLength: 4, maxLength: 4, pattern: "^[A-Za-z0-9_-]{4}$", field: "license_key_last4", code: .invalidQuery)
    }
}

extension Operations.ListLicenses.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(LicenseCreateRequest.self)
    }
}

extension Operations.CreateLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.IssueLicenseFile.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeOptionalBody(LicenseFileRequest.self)
    }
}

extension Operations.IssueLicenseFile.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        case .createdBinary(let body): DispatchResult(status: 201, body: .binary(body.data, contentType: body.contentType, headers: body.headers))
        }
    }
}

extension Operations.VerifyLicenseFile.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(LicenseFileVerifyRequest.self)
    }
}

extension Operations.VerifyLicenseFile.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.CheckLicenseRevocation.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(LicenseRevocationCheckRequest.self)
    }
}

extension Operations.CheckLicenseRevocation.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.IntrospectLicenseToken.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(TokenIntrospectionRequest.self)
    }
}

extension Operations.IntrospectLicenseToken.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let document): try .document(200, document)
        }
    }
}

extension Operations.RevokeLicenseToken.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(TokenRevocationRequest.self)
    }
}

extension Operations.RevokeLicenseToken.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok: DispatchResult(status: 200, body: .empty)
        }
    }
}

extension Operations.LookupLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(LicenseLookupRequest.self)
    }
}

extension Operations.LookupLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.GetLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(LicenseUpdateRequest.self)
    }
}

extension Operations.UpdateLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.SuspendLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.SuspendLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ReinstateLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.ReinstateLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.RevokeLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.RevokeLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.RenewLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeBody(LicenseRenewRequest.self)
    }
}

extension Operations.RenewLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.TransferLicense.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.idempotencyKey = try request.requiredHeader("Idempotency-Key")
        try Validation.check(self.idempotencyKey, minLength: 1, maxLength: 255, pattern: "^[!-~]+$", field: "Idempotency-Key")
        self.body = try request.decodeBody(LicenseTransferRequest.self)
    }
}

extension Operations.TransferLicense.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ListLicenseFeatures.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListLicenseFeatures.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.AssignLicenseFeature.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(LicenseFeatureAssignRequest.self)
    }
}

extension Operations.AssignLicenseFeature.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.RemoveLicenseFeature.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.featureID = try request.pathParameter("feature_id")
    }
}

extension Operations.RemoveLicenseFeature.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

extension Operations.ResetLicenseUsage.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(LicenseFeatureUsageResetRequest.self)
    }
}

extension Operations.ResetLicenseUsage.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ListLicenseCustomFieldValues.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListLicenseCustomFieldValues.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.UpsertLicenseCustomFieldValue.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.fieldID = try request.pathParameter("field_id")
        self.body = try request.decodeBody(CustomFieldValueUpsertRequest.self)
    }
}

extension Operations.UpsertLicenseCustomFieldValue.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

// MARK: - Handlers

/// License issuance, lifecycle, feature entitlements, metered usage and custom field values.
///
/// Implemented by the server's handlers for the Licenses operations.
public protocol LicensesAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List licenses
    func listLicenses(_ input: Operations.ListLicenses.Input, context: Context) async throws -> Operations.ListLicenses.Output

    /// Issue a license
    func createLicense(_ input: Operations.CreateLicense.Input, context: Context) async throws -> Operations.CreateLicense.Output

    /// Issue a signed license file
    func issueLicenseFile(_ input: Operations.IssueLicenseFile.Input, context: Context) async throws -> Operations.IssueLicenseFile.Output

    /// Verify a license file
    func verifyLicenseFile(_ input: Operations.VerifyLicenseFile.Input, context: Context) async throws -> Operations.VerifyLicenseFile.Output

    /// Check many licenses' status at once
    func checkLicenseRevocation(_ input: Operations.CheckLicenseRevocation.Input, context: Context) async throws -> Operations.CheckLicenseRevocation.Output

    /// Introspect a license token
    func introspectLicenseToken(_ input: Operations.IntrospectLicenseToken.Input, context: Context) async throws -> Operations.IntrospectLicenseToken.Output

    /// Revoke a license token
    func revokeLicenseToken(_ input: Operations.RevokeLicenseToken.Input, context: Context) async throws -> Operations.RevokeLicenseToken.Output

    /// Find a license by its key
    func lookupLicense(_ input: Operations.LookupLicense.Input, context: Context) async throws -> Operations.LookupLicense.Output

    /// Get a license
    func getLicense(_ input: Operations.GetLicense.Input, context: Context) async throws -> Operations.GetLicense.Output

    /// Change a license
    func updateLicense(_ input: Operations.UpdateLicense.Input, context: Context) async throws -> Operations.UpdateLicense.Output

    /// Suspend a license
    func suspendLicense(_ input: Operations.SuspendLicense.Input, context: Context) async throws -> Operations.SuspendLicense.Output

    /// Reinstate a license
    func reinstateLicense(_ input: Operations.ReinstateLicense.Input, context: Context) async throws -> Operations.ReinstateLicense.Output

    /// Revoke a license
    func revokeLicense(_ input: Operations.RevokeLicense.Input, context: Context) async throws -> Operations.RevokeLicense.Output

    /// Renew a license
    func renewLicense(_ input: Operations.RenewLicense.Input, context: Context) async throws -> Operations.RenewLicense.Output

    /// Transfer a license
    func transferLicense(_ input: Operations.TransferLicense.Input, context: Context) async throws -> Operations.TransferLicense.Output

    /// List a license's features
    func listLicenseFeatures(_ input: Operations.ListLicenseFeatures.Input, context: Context) async throws -> Operations.ListLicenseFeatures.Output

    /// Assign a feature
    func assignLicenseFeature(_ input: Operations.AssignLicenseFeature.Input, context: Context) async throws -> Operations.AssignLicenseFeature.Output

    /// Remove a feature
    func removeLicenseFeature(_ input: Operations.RemoveLicenseFeature.Input, context: Context) async throws -> Operations.RemoveLicenseFeature.Output

    /// Adjust metered usage
    func resetLicenseUsage(_ input: Operations.ResetLicenseUsage.Input, context: Context) async throws -> Operations.ResetLicenseUsage.Output

    /// List a license's custom field values
    func listLicenseCustomFieldValues(_ input: Operations.ListLicenseCustomFieldValues.Input, context: Context) async throws -> Operations.ListLicenseCustomFieldValues.Output

    /// Set or clear a license's custom field value
    func upsertLicenseCustomFieldValue(_ input: Operations.UpsertLicenseCustomFieldValue.Input, context: Context) async throws -> Operations.UpsertLicenseCustomFieldValue.Output
}

// MARK: - Client

extension ManagementClient {
    /// List licenses
    ///
    /// Returns licenses, oldest first (in creation order), optionally filtered. Filters combine with AND. `status` filters by the status `getLicense` would report at this moment, computed from the stored status and the dates (see `LicenseStatus`), so the two always agree. `expires_before` and `expires_after` compare with `expires_at`; licenses without an expiry match neither.
    ///
    /// - Remark: `GET /api/v1/licenses`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    ///   - productID: Only results for this product.
    ///   - policyID: Only licenses under this policy.
    ///   - customerID: Only results for this customer.
    ///   - status: Only licenses in this status.
    ///   - orderID: Only results attributed to this order.
    ///   - subscriptionID: Only results attributed to this subscription.
    ///   - expiresBefore: Only licenses expiring before this time.
    ///   - expiresAfter: Only licenses expiring at or after this time.
    ///   - customerEmail: Only licenses issued to this e-mail address (`customer_email`), compared without regard to letter case. Served by an index.
    ///   - licenseKeyLast4: Only licenses whose key ends with these four characters, for a customer who can read out only the end of a key (`lookupLicense` takes the whole key). Served by an index.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listLicenses(limit: Int? = nil, cursor: String? = nil, productID: String? = nil, policyID: String? = nil, customerID: String? = nil, status: LicenseStatus? = nil, orderID: String? = nil, subscriptionID: String? = nil, expiresBefore: Date? = nil, expiresAfter: Date? = nil, customerEmail: String? = nil, licenseKeyLast4: String? = nil) async throws -> ListResponse<License, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        if let value = productID { query.append(QueryItem(name: "product_id", value: value.queryValue)) }
        if let value = policyID { query.append(QueryItem(name: "policy_id", value: value.queryValue)) }
        if let value = customerID { query.append(QueryItem(name: "customer_id", value: value.queryValue)) }
        if let value = status { query.append(QueryItem(name: "status", value: value.queryValue)) }
        if let value = orderID { query.append(QueryItem(name: "order_id", value: value.queryValue)) }
        if let value = subscriptionID { query.append(QueryItem(name: "subscription_id", value: value.queryValue)) }
        if let value = expiresBefore { query.append(QueryItem(name: "expires_before", value: value.queryValue)) }
        if let value = expiresAfter { query.append(QueryItem(name: "expires_after", value: value.queryValue)) }
        if let value = customerEmail { query.append(QueryItem(name: "customer_email", value: value.queryValue)) }
        if let value = licenseKeyLast4 { query.append(QueryItem(name: "license_key_last4", value: value.queryValue)) }
        let response = try await core.send(.listLicenses, path: "/api/v1/licenses", query: query)
        switch response.status {
        case 200: return try core.list(License.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listLicenses`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List licenses
    ///
    /// Returns licenses, oldest first (in creation order), optionally filtered. Filters combine with AND. `status` filters by the status `getLicense` would report at this moment, computed from the stored status and the dates (see `LicenseStatus`), so the two always agree. `expires_before` and `expires_after` compare with `expires_at`; licenses without an expiry match neither.
    ///
    /// - Remark: `GET /api/v1/licenses`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - productID: Only results for this product.
    ///   - policyID: Only licenses under this policy.
    ///   - customerID: Only results for this customer.
    ///   - status: Only licenses in this status.
    ///   - orderID: Only results attributed to this order.
    ///   - subscriptionID: Only results attributed to this subscription.
    ///   - expiresBefore: Only licenses expiring before this time.
    ///   - expiresAfter: Only licenses expiring at or after this time.
    ///   - customerEmail: Only licenses issued to this e-mail address (`customer_email`), compared without regard to letter case. Served by an index.
    ///   - licenseKeyLast4: Only licenses whose key ends with these four characters, for a customer who can read out only the end of a key (`lookupLicense` takes the whole key). Served by an index.
    /// - Note: iterating throws what ``listLicenses`` throws.
    public func licenses(limit: Int? = nil, productID: String? = nil, policyID: String? = nil, customerID: String? = nil, status: LicenseStatus? = nil, orderID: String? = nil, subscriptionID: String? = nil, expiresBefore: Date? = nil, expiresAfter: Date? = nil, customerEmail: String? = nil, licenseKeyLast4: String? = nil) -> Pages<License, String> {
        Pages { cursor in
            let page = try await self.listLicenses(limit: limit, cursor: cursor, productID: productID, policyID: policyID, customerID: customerID, status: status, orderID: orderID, subscriptionID: subscriptionID, expiresBefore: expiresBefore, expiresAfter: expiresAfter, customerEmail: customerEmail, licenseKeyLast4: licenseKeyLast4)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Issue a license
    ///
    /// Issues a license under a policy of the product. The full `lsk_…` license key (256 random bits) is returned in this response only; the server keeps a keyed hash, and `license_key_prefix` and `license_key_last4` identify the key afterwards.
    /// An unknown `product_id` or `policy_id` is 404 naming the field; a policy of another product is 422. `customer_id`, `order_id` and `subscription_id` must exist (422 naming the field), and the order and subscription must belong to the product (422). An order that belongs to a subscription links that subscription too when `subscription_id` is absent, and must agree with it when present.
    /// Dates follow the policy's `license_type`: a `perpetual` license never expires (`expires_at` is refused) and alone takes `maintenance_expires_at`; `time_limited` and `trial` licenses need `expires_at`; a `subscription` license takes `expires_at` or, when absent, the linked subscription's `current_period_end`; a `consumption` license may expire or not. `expires_at` must be after `starts_at` (or after now). Times are stored to the millisecond. The license starts `active` with `entitlement_version` 1. A record it links to that is deleted while the license is being written makes the request fail with 409.
    /// The license may carry its own limits (`max_activations`, `max_floating_users`, `max_container_instances`, `max_transfers`, extensions) in place of its policy's; `max_floating_users` only when the policy offers floating checkout and `max_container_instances` only when it allows containers (422 naming the field). `features` (extension) assigns features of the product in the same transaction: a feature named twice, by neither or both of `feature_id` and `feature_code`, or of another product is 422 naming the item (`features[2].feature_code`), and an unknown one is 404 naming it; nothing is issued then. Each assignment is recorded as `license.feature_assigned` after `license.created`.
    ///
    /// - Remark: `POST /api/v1/licenses`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createLicense(_ body: LicenseCreateRequest) async throws -> Response<LicenseCreateResponse> {
        let response = try await core.send(.createLicense, path: "/api/v1/licenses", body: body)
        switch response.status {
        case 201: return try core.envelope(LicenseCreateResponse.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Issue a signed license file
    ///
    /// Issues a license file: a snapshot of the license, signed with the account's runtime key, that an application verifies with the public key it already pins, with no network (an air-gapped or field installation). The file is valid for `ttl_days` (default 30, at most 3650) and never past the end of the license's own validity (its grace period included); its layout is Keygen's license file certificate (see `LicenseFile`), so a verifier written for one reads the other's envelope. With `license_key` (the full key, checked against its stored hash: 422 naming it when it is not this license's) the payload is encrypted for that key; without it the file is signed only, since the server keeps no license key it could encrypt with. Only an active license, or one in its grace period, gets a file (409 with its status's code otherwise).
    /// With `fingerprint` the file is a machine file, bound to that machine and encrypted (with the key) for the key and the fingerprint together. A machine not active on the license is activated first, exactly as `activateLicense` would (the same seat, container, blacklist, version and daily limits, and the same refusals: 409 `DEVICE_LIMIT_REACHED`, 403 `DEVICE_BLACKLISTED`, …), recorded as `device.activated` and in the ledger as `license.activate`: an air-gapped activation, made from any networked machine. Recorded in the audit chain as `license.file_issued` and in the activity ledger as `license.file.issue`, never with the key.
    /// A request whose `Accept` prefers `application/x-pem-file` to `application/json` (higher `q`, or listed first at the same `q`) gets the certificate alone, the text of the `.lic` file, with `Content-Disposition: attachment; filename="<license_key_prefix>.lic"` (`curl -OJ` saves it under that name); the file is issued and recorded the same way. Any other `Accept`, or none, gets the JSON answer.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/files`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func issueLicenseFile(id: String, _ body: LicenseFileRequest? = nil) async throws -> Response<LicenseFile> {
        let response = try await core.send(.issueLicenseFile, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/files", body: body)
        switch response.status {
        case 201: return try core.envelope(LicenseFile.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Verify a license file
    ///
    /// Verifies a license file as an application would, with the account's published keys (active and retired), and adds what only the server knows: whether the license was revoked since the file was issued. `valid` is true when `errors` is empty. `content` is the decoded payload whenever the signature verifies and the payload could be read (decrypted with `license_key` for an encrypted file), so a support desk can see what an expired file said. A file signed for another account does not verify (`unknown_key`), and nothing about that account is told. A certificate that is not a license file is `malformed`, not an error of the request.
    ///
    /// - Remark: `POST /api/v1/licenses/files/verify`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func verifyLicenseFile(_ body: LicenseFileVerifyRequest) async throws -> Response<LicenseFileVerification> {
        let response = try await core.send(.verifyLicenseFile, path: "/api/v1/licenses/files/verify", body: body)
        switch response.status {
        case 200: return try core.envelope(LicenseFileVerification.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Check many licenses' status at once
    ///
    /// Answers, for up to 100 licenses named by id (`license_ids`) and by full key (`license_keys`, in the body only, never logged), each one's status as `getLicense` reads it now, and when it was revoked: for a vendor's own service that holds many licenses and wants to know which it must stop honouring, in one call. `results` has one entry per item, `license_ids` first and then `license_keys`, each in the order sent. An id or key that names no license of the caller's account (another account's included) is `not_found` with `license_id: null`, so the answer tells nothing about other accounts. Send at least one list; more than 100 items in both together is 422 naming `license_ids`, and a value that is not a license key is 422 naming it (`license_keys[3]`).
    ///
    /// - Remark: `POST /api/v1/licenses/check-revocation`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func checkLicenseRevocation(_ body: LicenseRevocationCheckRequest) async throws -> Response<LicenseRevocationCheck> {
        let response = try await core.send(.checkLicenseRevocation, path: "/api/v1/licenses/check-revocation", body: body)
        switch response.status {
        case 200: return try core.envelope(LicenseRevocationCheck.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Introspect a license token
    ///
    /// Token introspection as RFC 7662 defines it, for the vendor's services: the body is `token=…` (and an
    /// optional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` the way the RFC sends
    /// it, or as JSON; the answer is the RFC's bare JSON object, not an envelope. `active` is true only when
    /// everything below holds now; the other members are the token's claims, with `status` as the license is now.
    ///
    /// | check | when it fails |
    /// |---|---|
    /// | the token is a JWT this server signed with a token key of the caller's account, with `token_use` `locksmith_license_v1` | `{"active": false}` and nothing else: a token of another account, a forged or damaged one, and a string that is no token look the same |
    /// | its `exp` is in the future and its `nbf` is not | `active: false`, `reason: token_expired` (or `token_not_yet_valid`) |
    /// | its `jti` was not revoked (`revokeLicenseToken`) | `reason: token_revoked` |
    /// | the license is not suspended, revoked or past its grace period | `reason: license_suspended`, `license_revoked`, `license_expired` |
    /// | the device it names (`device_id`) is still active on the license | `reason: device_inactive` |
    ///
    /// An inactive answer for a token of the caller's account carries its claims too, so that the caller can
    /// tell which license it was.
    ///
    /// - Remark: `POST /api/v1/licenses/introspect`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func introspectLicenseToken(_ body: TokenIntrospectionRequest) async throws -> TokenIntrospection {
        let response = try await core.send(.introspectLicenseToken, path: "/api/v1/licenses/introspect", body: body)
        switch response.status {
        case 200: return try core.document(TokenIntrospection.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Revoke a license token
    ///
    /// Token revocation as RFC 7009 defines it: the body is `token=…` (and an optional `token_type_hint`, which is ignored), as `application/x-www-form-urlencoded` or as JSON. A token of the caller's account that has not expired is revoked by its `jti` until its `exp`: from then on `introspectLicenseToken` answers it `active: false` with `reason: token_revoked`, and the revocation is recorded in the audit chain as `license.token_revoked` (with the `jti`, never the token). Other tokens of the same license stay valid; suspend or revoke the license to end them all. As the RFC says, the answer is 200 with no body also for a token that is already revoked, expired, malformed or another account's, so the answer tells nothing about the token. Verifiers that check tokens offline, with the JWK Set alone, cannot see a revocation: keep `ttl_seconds` short where that matters.
    ///
    /// - Remark: `POST /api/v1/licenses/revoke-token`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func revokeLicenseToken(_ body: TokenRevocationRequest) async throws {
        let response = try await core.send(.revokeLicenseToken, path: "/api/v1/licenses/revoke-token", body: body)
        switch response.status {
        case 200: return
        default: throw core.error(from: response)
        }
    }

    /// Find a license by its key
    ///
    /// Returns the license of the caller's account whose key is `license_key`, for a support desk handed a key by a customer. The key travels in the body, never in a URL, and is not logged; the server keeps only its keyed hash, which is what it looks up. A key of another account, or one nobody issued, is 404. A value that is not a license key (`lsk_` and the 43 base64url characters of 32 bytes) is 422 naming `license_key`.
    ///
    /// - Remark: `POST /api/v1/licenses/lookup`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func lookupLicense(_ body: LicenseLookupRequest) async throws -> Response<License> {
        let response = try await core.send(.lookupLicense, path: "/api/v1/licenses/lookup", body: body)
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a license
    ///
    /// Returns one license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getLicense(id: String) async throws -> Response<License> {
        let response = try await core.send(.getLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Change a license
    ///
    /// Changes the licensee's name and e-mail, the metadata, the license's own limits and its policy. Status and dates keep their own operations.
    /// A limit set on the license (`max_activations`, `max_floating_users`, `max_container_instances`, `max_transfers`) replaces its policy's for this license alone; `null` makes it follow the policy again. Runtime calls use the license's effective limits from the next call on. Lowering a limit below what is in use releases nothing: devices and leases already held stay, and new activations, checkouts or transfers are refused until the license is back under it. `max_floating_users` can be set only while the policy offers floating checkout, and `max_container_instances` only while it allows containers (422 naming the field).
    /// `policy_id` moves the license to another policy of the same product that issues the same `license_type` (an upgrade or a downgrade): 404 naming `policy_id` when there is no such policy, 422 when it belongs to another product or issues another type. The new policy's rules apply from the next runtime call, and the grace period follows its `grace_period_days`.
    /// A change of limits or policy raises `entitlement_version`; a change of the licensee or metadata does not. Every change is announced as `license.updated`, recorded in the audit chain (naming the fields that changed, never the licensee's name, e-mail or metadata) and in the activity ledger as `license.update`. An empty body is 422.
    ///
    /// - Remark: `PATCH /api/v1/licenses/{id}`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateLicense(id: String, _ body: LicenseUpdateRequest) async throws -> Response<License> {
        let response = try await core.send(.updateLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Suspend a license
    ///
    /// Suspends the license: runtime calls are refused with `LICENSE_SUSPENDED` until it is reinstated.
    /// | current status | suspend | reinstate | revoke | renew | transfer | |---|---|---|---|---|---| | `active` | suspended | 409 `CONFLICT` | revoked | yes | yes | | `grace_period` | suspended | 409 `CONFLICT` | revoked | yes | yes | | `suspended` | 409 `LICENSE_SUSPENDED` | active (or expired, by its dates) | revoked | yes | yes | | `expired` | 409 `LICENSE_EXPIRED` | 409 `LICENSE_EXPIRED` | revoked | yes | yes | | `revoked` | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` | no-op (200) | 409 `LICENSE_REVOKED` | 409 `LICENSE_REVOKED` |
    /// A refused transition answers 409 with the license's own status code (or `CONFLICT` for an active license) and `detail: status`. Every change raises `entitlement_version` and is recorded in the audit chain and the activity ledger.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/suspend`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func suspendLicense(id: String) async throws -> Response<License> {
        let response = try await core.send(.suspendLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/suspend")
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Reinstate a license
    ///
    /// Lifts a suspension; only a suspended license can be reinstated (see the table on `suspendLicense`). The license then reports the status its dates give it: `active`, `grace_period` or `expired`.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/reinstate`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func reinstateLicense(id: String) async throws -> Response<License> {
        let response = try await core.send(.reinstateLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/reinstate")
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Revoke a license
    ///
    /// Revokes the license permanently: its active devices are deactivated and its floating leases released in the same transaction. Revoking a revoked license changes nothing and answers 200.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/revoke`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func revokeLicense(id: String) async throws -> Response<License> {
        let response = try await core.send(.revokeLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/revoke")
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Renew a license
    ///
    /// Moves the expiry of a renewable license (`time_limited`, `subscription` or `trial`) forward. A `perpetual` or `consumption` license is 409 `CONFLICT` (`detail: license_type`); a revoked one 409 `LICENSE_REVOKED`. Send exactly one of `expires_at` (later than both the current expiry and now) and `extend_by_days` (counted from the later of now and the current expiry), or 422. `order_id` and `subscription_id` must belong to the license's product (422); they are recorded on the renewal's audit event and ledger row, and the license's own origin links are not changed. Renewals of one license are serialised, so concurrent renewals never lose an extension. Requires an `Idempotency-Key`: a retried renewal extends only once and replays the first answer.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/renew`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func renewLicense(id: String, idempotencyKey: String? = nil, _ body: LicenseRenewRequest) async throws -> Response<License> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.renewLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/renew", headers: headers, body: body)
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Transfer a license
    ///
    /// Reassigns the license to another customer or licensee, optionally releasing its devices. Each transfer counts in `times_transferred`, and the policy's `max_transfers` is the most allowed (0, the default, allows none): beyond it the transfer is 409 `CONFLICT` (`detail: max_transfers`). A revoked license is 409 `LICENSE_REVOKED`. `customer_id` must name a customer (422). With `reset_devices`, every active device is marked `reset` and every floating lease released in the same transaction, so the new licensee starts with free slots. Raises `entitlement_version`. Requires an `Idempotency-Key`.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/transfer`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - idempotencyKey: Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the operation and, for management calls, to the account (every API key of an account shares them, so a retry through another key replays), for runtime calls to the license. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func transferLicense(id: String, idempotencyKey: String? = nil, _ body: LicenseTransferRequest) async throws -> Response<License> {
        var headers: [String: String] = [:]
        headers["Idempotency-Key"] = idempotencyKey
        let response = try await core.send(.transferLicense, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/transfer", headers: headers, body: body)
        switch response.status {
        case 200: return try core.envelope(License.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List a license's features
    ///
    /// Returns the features assigned to a license with their usage counters.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/features`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listLicenseFeatures(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<LicenseFeature, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listLicenseFeatures, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/features", query: query)
        switch response.status {
        case 200: return try core.list(LicenseFeature.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listLicenseFeatures`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a license's features
    ///
    /// Returns the features assigned to a license with their usage counters.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/features`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listLicenseFeatures`` throws.
    public func licenseFeatures(id: String, limit: Int? = nil) -> Pages<LicenseFeature, String> {
        Pages { cursor in
            let page = try await self.listLicenseFeatures(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Assign a feature
    ///
    /// Assigns a feature of the license's product to the license, with an optional quota (`max_consumptions`) and expiry. An unknown feature is 404 (`detail: feature_id`); a feature of another product is 422; a feature already assigned is 409 (remove it, or adjust its usage with `resetLicenseUsage`). Raises the license's `entitlement_version`.
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/features`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func assignLicenseFeature(id: String, _ body: LicenseFeatureAssignRequest) async throws -> Response<LicenseFeature> {
        let response = try await core.send(.assignLicenseFeature, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/features", body: body)
        switch response.status {
        case 200: return try core.envelope(LicenseFeature.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Remove a feature
    ///
    /// Removes a feature assignment from the license (404 when it is not assigned). Its usage history stays in the activity ledger. Raises the license's `entitlement_version`.
    ///
    /// - Remark: `DELETE /api/v1/licenses/{id}/features/{feature_id}`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - featureID: Identifier of the feature.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func removeLicenseFeature(id: String, featureID: String) async throws {
        let response = try await core.send(.removeLicenseFeature, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/features/\(OperationTable.escapePathSegment(featureID))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }

    /// Adjust metered usage
    ///
    /// Tops up, resets or overrides the quota and consumed counter of one assigned feature. Select it with exactly one of `feature_id` and `feature_code` (422 otherwise; 404 when it is not assigned). Send at least one change; `add_credits` and `max_consumptions` both set the quota and cannot be combined, nor can `reset_consumed` and `total_consumptions` (422). `add_credits` on a feature without a quota is 409. The license's `total_consumptions` follows the change of the counter. The adjustment raises `entitlement_version` and is recorded in the audit chain and in the activity ledger (`license.usage.reset`, amount 0, the counters before and after in `metadata`).
    ///
    /// - Remark: `POST /api/v1/licenses/{id}/usage/reset`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func resetLicenseUsage(id: String, _ body: LicenseFeatureUsageResetRequest) async throws -> Response<LicenseFeature> {
        let response = try await core.send(.resetLicenseUsage, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/usage/reset", body: body)
        switch response.status {
        case 200: return try core.envelope(LicenseFeature.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List a license's custom field values
    ///
    /// Returns the custom field values stored on a license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/custom-fields`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listLicenseCustomFieldValues(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<CustomFieldValue, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listLicenseCustomFieldValues, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/custom-fields", query: query)
        switch response.status {
        case 200: return try core.list(CustomFieldValue.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listLicenseCustomFieldValues`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a license's custom field values
    ///
    /// Returns the custom field values stored on a license.
    ///
    /// - Remark: `GET /api/v1/licenses/{id}/custom-fields`, scopes: license:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listLicenseCustomFieldValues`` throws.
    public func licenseCustomFieldValues(id: String, limit: Int? = nil) -> Pages<CustomFieldValue, String> {
        Pages { cursor in
            let page = try await self.listLicenseCustomFieldValues(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Set or clear a license's custom field value
    ///
    /// Writes the license's value for a license custom field of its product, replacing any previous value, and returns it with 200. With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409; a value of the wrong type or outside `enum_options` fails with 422.
    ///
    /// - Remark: `PUT /api/v1/licenses/{id}/custom-fields/{field_id}`, scopes: license:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - fieldID: Identifier of the custom field definition.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func upsertLicenseCustomFieldValue(id: String, fieldID: String, _ body: CustomFieldValueUpsertRequest) async throws -> Response<CustomFieldValue>? {
        let response = try await core.send(.upsertLicenseCustomFieldValue, path: "/api/v1/licenses/\(OperationTable.escapePathSegment(id))/custom-fields/\(OperationTable.escapePathSegment(fieldID))", body: body)
        switch response.status {
        case 200: return try core.envelope(CustomFieldValue.self, from: response)
        case 204: return nil
        default: throw core.error(from: response)
        }
    }
}
