// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Activate the calling device
    ///
    /// Binds the calling machine or container to the license, taking an activation slot, and returns its signed entitlement. Activating a device that is already active takes no new slot. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/activate`.
    public enum ActivateLicense {
        public static let id: OperationID = .activateLicense

        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the credential and the operation. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            public var body: RuntimeBindingRequest?

            public init(idempotencyKey: String, body: RuntimeBindingRequest? = nil) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed entitlement for the activated device.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Validate the license on this device
    ///
    /// Checks license status, the device's activation and version eligibility, records the validation on the device (`last_validated_at`) and returns the signed entitlement. Use at start-up and every `next_check_at`. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/validate`.
    public enum ValidateLicense {
        public static let id: OperationID = .validateLicense

        public struct Input: Sendable {
            public var body: RuntimeBindingRequest?

            public init(body: RuntimeBindingRequest? = nil) {
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed entitlement.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Read current entitlements
    ///
    /// Returns the same signed entitlement as `validateLicense` without recording a validation on the device; suited to frequent, read-only polling. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/check`.
    public enum CheckLicense {
        public static let id: OperationID = .checkLicense

        public struct Input: Sendable {
            public var body: RuntimeBindingRequest?

            public init(body: RuntimeBindingRequest? = nil) {
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed entitlement.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Record metered usage
    ///
    /// Consumes `amount` units of a metered feature from the calling, activated device and returns the updated signed entitlement. A consumption that would exceed the quota is refused whole with QUOTA_EXCEEDED. Repeating an `event_id` (or an `Idempotency-Key`) returns the first result without consuming again. Every attempt is written to the activity ledger. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/consume`.
    public enum ConsumeLicense {
        public static let id: OperationID = .consumeLicense

        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the credential and the operation. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            public var body: ConsumeLicenseRequest

            public init(idempotencyKey: String, body: ConsumeLicenseRequest) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed entitlement with updated balances.
            case ok(RuntimeEntitlementResponseData)
        }
    }

    /// Deactivate the calling device
    ///
    /// Releases the calling device's activation slot (and any floating lease it holds) and returns a signed confirmation. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/deactivate`.
    public enum DeactivateLicense {
        public static let id: OperationID = .deactivateLicense

        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the credential and the operation. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            public var body: RuntimeBindingRequest?

            public init(idempotencyKey: String, body: RuntimeBindingRequest? = nil) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed deactivation confirmation.
            case ok(DeactivationResponseData)
        }
    }

    /// Issue an offline license
    ///
    /// Returns a signed entitlement for the calling, activated device, sealed with a key derived from the license key (see `OfflineEnvelope`). It stays valid for the policy's `offline_grace_days`. Refused with 422 when the policy does not allow offline activation. The envelope itself is not signed; the sealed payload is.
    ///
    /// - Remark: `POST /api/v1/license/offline`.
    public enum IssueOfflineLicense {
        public static let id: OperationID = .issueOfflineLicense

        public struct Input: Sendable {
            public var body: RuntimeBindingRequest?

            public init(body: RuntimeBindingRequest? = nil) {
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// The sealed offline license.
            case ok(OfflineEnvelope)
        }
    }

    /// Check out a floating seat
    ///
    /// Leases one of the license's floating seats to the calling device and returns the lease token with the signed entitlement. Fails with FLOATING_LIMIT_REACHED when every seat is taken, and with 422 when the policy offers no floating seats. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/checkout`.
    public enum CheckoutFloatingLicense {
        public static let id: OperationID = .checkoutFloatingLicense

        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the credential and the operation. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            public var body: RuntimeBindingRequest?

            public init(idempotencyKey: String, body: RuntimeBindingRequest? = nil) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed entitlement with a new lease.
            case ok(FloatingCheckoutResponseData)
        }
    }

    /// Extend a floating lease
    ///
    /// Extends a live lease by the policy's `floating_timeout_minutes` and returns its signed state. A lease that has lapsed or was checked in fails with LEASE_EXPIRED; check out again. Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/heartbeat`.
    public enum HeartbeatFloatingLicense {
        public static let id: OperationID = .heartbeatFloatingLicense

        public struct Input: Sendable {
            public var body: FloatingLeaseRequest

            public init(body: FloatingLeaseRequest) {
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed lease state.
            case ok(FloatingLeaseResponseData)
        }
    }

    /// Return a floating seat
    ///
    /// Ends a lease and frees its seat. Works whatever the license status, so an application can always give its seat back (only a disabled vendor account, 403 `ACCOUNT_DISABLED`, stops it). Verify `signature` with the keys from `listPublicKeys` before acting on `data`.
    ///
    /// - Remark: `POST /api/v1/license/floating/checkin`.
    public enum CheckinFloatingLicense {
        public static let id: OperationID = .checkinFloatingLicense

        public struct Input: Sendable {
            /// Client-chosen key that makes the request safe to retry. A repeat with the same key and body returns the stored result without acting again; the same key with a different body is rejected with 409 IDEMPOTENCY_KEY_REUSED. Keys are scoped to the credential and the operation. A key is 1–255 printable ASCII characters without spaces; a missing or malformed key is 400 IDEMPOTENCY_KEY_REQUIRED.
            public var idempotencyKey: String
            public var body: FloatingLeaseRequest

            public init(idempotencyKey: String, body: FloatingLeaseRequest) {
                self.idempotencyKey = idempotencyKey
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// Signed confirmation of the returned lease.
            case ok(FloatingLeaseResponseData)
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

/// Calls made by licensed applications with `Authorization: License lsk_…`; answers are signed.
///
/// Implemented by the server's handlers for the Runtime operations.
public protocol RuntimeAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// Activate the calling device
    func activateLicense(_ input: Operations.ActivateLicense.Input, context: Context) async throws -> Operations.ActivateLicense.Output

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
    /// Activate the calling device
    /// - Throws: `APIError` for any error response.
    public func activateLicense(idempotencyKey: String, _ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.activateLicense, path: "/api/v1/license/activate", headers: ["Idempotency-Key": idempotencyKey], body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Validate the license on this device
    /// - Throws: `APIError` for any error response.
    public func validateLicense(_ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.validateLicense, path: "/api/v1/license/validate", body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Read current entitlements
    /// - Throws: `APIError` for any error response.
    public func checkLicense(_ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.checkLicense, path: "/api/v1/license/check", body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Record metered usage
    /// - Throws: `APIError` for any error response.
    public func consumeLicense(idempotencyKey: String, _ body: ConsumeLicenseRequest) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
        let response = try await core.send(.consumeLicense, path: "/api/v1/license/consume", headers: ["Idempotency-Key": idempotencyKey], body: body)
        switch response.status {
        case 200: return try core.signed(RuntimeEntitlementResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Deactivate the calling device
    /// - Throws: `APIError` for any error response.
    public func deactivateLicense(idempotencyKey: String, _ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<DeactivationResponseData> {
        let response = try await core.send(.deactivateLicense, path: "/api/v1/license/deactivate", headers: ["Idempotency-Key": idempotencyKey], body: body)
        switch response.status {
        case 200: return try core.signed(DeactivationResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Issue an offline license
    /// - Throws: `APIError` for any error response.
    public func issueOfflineLicense(_ body: RuntimeBindingRequest? = nil) async throws -> Response<OfflineEnvelope> {
        let response = try await core.send(.issueOfflineLicense, path: "/api/v1/license/offline", body: body)
        switch response.status {
        case 200: return try core.envelope(OfflineEnvelope.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Check out a floating seat
    /// - Throws: `APIError` for any error response.
    public func checkoutFloatingLicense(idempotencyKey: String, _ body: RuntimeBindingRequest? = nil) async throws -> SignedResponse<FloatingCheckoutResponseData> {
        let response = try await core.send(.checkoutFloatingLicense, path: "/api/v1/license/floating/checkout", headers: ["Idempotency-Key": idempotencyKey], body: body)
        switch response.status {
        case 200: return try core.signed(FloatingCheckoutResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Extend a floating lease
    /// - Throws: `APIError` for any error response.
    public func heartbeatFloatingLicense(_ body: FloatingLeaseRequest) async throws -> SignedResponse<FloatingLeaseResponseData> {
        let response = try await core.send(.heartbeatFloatingLicense, path: "/api/v1/license/floating/heartbeat", body: body)
        switch response.status {
        case 200: return try core.signed(FloatingLeaseResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Return a floating seat
    /// - Throws: `APIError` for any error response.
    public func checkinFloatingLicense(idempotencyKey: String, _ body: FloatingLeaseRequest) async throws -> SignedResponse<FloatingLeaseResponseData> {
        let response = try await core.send(.checkinFloatingLicense, path: "/api/v1/license/floating/checkin", headers: ["Idempotency-Key": idempotencyKey], body: body)
        switch response.status {
        case 200: return try core.signed(FloatingLeaseResponseData.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
