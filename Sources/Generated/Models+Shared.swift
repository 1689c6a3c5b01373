// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Per-response metadata present in every JSON envelope.
///
/// - Remark: Generated from `#/components/schemas/ResponseMeta`.
public struct ResponseMeta: Codable, Hashable, Sendable {
    /// Identifier of this request, also recorded in the server log, audit events and activity rows.
    public var requestID: String
    /// Server time at which the response was produced.
    public var timestamp: Date
    /// Present only when the answer was read from a streaming replica (`--database-read-url`): how far behind the primary the replica's snapshot was, in milliseconds, when the read began. Only reports, the activities feed, the events feed and a report export's snapshot (`createReportExport`) may be read from a replica, and only while it is within `--replica-max-lag` (default 10 s); absent means the primary answered, with everything committed before the request. The runtime and every write read the primary. The figure is 0 when the replica had replayed all it had received with its WAL receiver running, and otherwise the time since the last transaction it replayed committed on the primary, which can overstate the lag after a quiet spell but never understates it.
    public var replicaLagMs: Int64?

    /// A value with these members; optional ones default to absent.
    public init(requestID: String, timestamp: Date, replicaLagMs: Int64? = nil) {
        self.requestID = requestID
        self.timestamp = timestamp
        self.replicaLagMs = replicaLagMs
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case requestID = "request_id"
        case timestamp
        case replicaLagMs = "replica_lag_ms"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requestID = try container.decode(String.self, forKey: .requestID)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.replicaLagMs = try container.decodeIfPresent(Int64.self, forKey: .replicaLagMs)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.requestID, forKey: .requestID)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encodeIfPresent(self.replicaLagMs, forKey: .replicaLagMs)
    }
}

extension ResponseMeta: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.replicaLagMs { writer.field("replica_lag_ms", value) }
        writer.field("request_id", self.requestID)
        writer.field("timestamp", self.timestamp)
        writer.endObject()
    }
}

extension ResponseMeta: EnvelopeMeta {}

/// Machine-readable error detail.
///
/// - Remark: Generated from `#/components/schemas/ErrorObject`.
public struct ErrorObject: Codable, Hashable, Sendable {
    /// Stable upper-case error code; one of the values of `ErrorCode`. New codes may be added, so treat unknown codes by their HTTP status.
    public var code: String
    /// Human-readable summary of the problem. Not stable; do not parse.
    public var message: String
    /// Extra context when available, such as the offending field or the limit that was hit.
    public var detail: String?

    /// A value with these members; optional ones default to absent.
    public init(code: String, message: String, detail: String? = nil) {
        self.code = code
        self.message = message
        self.detail = detail
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case code
        case message
        case detail
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.message = try container.decode(String.self, forKey: .message)
        self.detail = try container.decodeIfPresent(String.self, forKey: .detail)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.message, forKey: .message)
        try container.encodeIfPresent(self.detail, forKey: .detail)
    }
}

extension ErrorObject: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        if let value = self.detail { writer.field("detail", value) }
        writer.field("message", self.message)
        writer.endObject()
    }
}

/// Body of every error response.
///
/// - Remark: Generated from `#/components/schemas/ErrorEnvelope`.
public struct ErrorEnvelope: Codable, Hashable, Sendable {
    /// The `error` member.
    public var error: ErrorObject
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(error: ErrorObject, meta: ResponseMeta) {
        self.error = error
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case error
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.error = try container.decode(ErrorObject.self, forKey: .error)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.error, forKey: .error)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension ErrorEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("error", self.error)
        writer.field("meta", self.meta)
        writer.endObject()
    }
}

/// Every value `ErrorObject.code` can take, with its HTTP status in `x-error-statuses`. Each operation
/// lists the codes it can return in `x-error-codes`; the transport-level codes in `x-any-operation` can
/// come from any operation and are not repeated there.
///
/// - `INVALID_JSON` (400): The body is not valid JSON, has a wrong type, or contains an unknown field.
/// - `INVALID_QUERY` (400): A query parameter is malformed, out of range, or contradicts another one.
/// - `IDEMPOTENCY_KEY_REQUIRED` (400): The operation needs an `Idempotency-Key` header and none was
///   sent.
/// - `UNAUTHORIZED` (401): Credentials are missing, malformed, unknown, expired, inactive, or used from
///   a network outside the key's allowed CIDRs.
/// - `TOKEN_SCOPE_DENIED` (403): The management token holds none of the scopes in the operation's
///   `x-required-scopes` (and is not `admin`).
/// - `ACCOUNT_DISABLED` (403): The license key belongs to a vendor account that the server's operator
///   has disabled; no runtime call of that account is answered until it is enabled again.
/// - `LICENSE_SUSPENDED` (403): The license is suspended. A management transition refused because of it
///   (see `suspendLicense`) carries this code with status 409.
/// - `LICENSE_EXPIRED` (403): The license has expired and its grace period, if any, is over (409 on a
///   refused management transition).
/// - `LICENSE_REVOKED` (403): The license has been revoked (409 on a refused management transition).
/// - `LICENSE_NOT_STARTED` (403): The license's `starts_at` is still in the future.
/// - `PLATFORM_NOT_ALLOWED` (403): The license's policy does not allow the calling platform: a virtual
///   machine (`allow_vm` false) or a container (`allow_container` false); `detail` names `is_vm` or
///   `is_container`.
/// - `DEVICE_BLACKLISTED` (403): The calling device is blacklisted for this license.
/// - `VERSION_NOT_ENTITLED` (403): The product has a version catalog and the request sent no
///   `app_version`, or one unknown to the catalog, or one released after the license's eligibility window.
/// - `FEATURE_NOT_ENTITLED` (403): The feature is not assigned to the license, is disabled, or has
///   expired.
/// - `PRODUCT_MISMATCH` (403, extension): The runtime request names a `product_code` that is not the
///   product of the license.
/// - `NOT_FOUND` (404): The addressed record does not exist (or is not visible to this credential).
/// - `NOT_ACTIVATED` (404): The calling device has no active activation on this license.
/// - `LEASE_EXPIRED` (404): The floating lease token is unknown, already checked in, or expired.
/// - `METHOD_NOT_ALLOWED` (405): The path exists but does not accept this HTTP method.
/// - `CONFLICT` (409): The request conflicts with current state: a duplicate unique value, a record
///   still in use, or a transition the current status does not allow.
/// - `IDEMPOTENCY_KEY_REUSED` (409): The `Idempotency-Key` was already used with a different request.
/// - `DEVICE_LIMIT_REACHED` (409): Activating another device would exceed the policy's activation
///   limit.
/// - `FLOATING_LIMIT_REACHED` (409): Every floating seat of the license is currently leased.
/// - `QUOTA_EXCEEDED` (409): The consumption would exceed the feature's remaining quota; nothing was
///   recorded.
/// - `PAYLOAD_TOO_LARGE` (413): The request body exceeds the server's size limit.
/// - `UNSUPPORTED_MEDIA_TYPE` (415): The request body is not sent as `application/json`.
/// - `VALIDATION_FAILED` (422): The body is well-formed but breaks a business rule; `detail` names the
///   field.
/// - `RATE_LIMITED` (429): Too many requests from this credential or address; retry later.
/// - `INTERNAL` (500): An unexpected server error; the request id identifies it in the server log.
/// - `NOT_IMPLEMENTED` (501): The operation is part of the contract but this server build does not
///   provide it.
/// - `SERVICE_UNAVAILABLE` (503): A dependency such as the database is unavailable; retry later.
///
/// - Remark: Generated from `#/components/schemas/ErrorCode`.
public enum ErrorCode: OpenEnum {
    /// `INVALID_JSON`.
    case invalidJSON
    /// `INVALID_QUERY`.
    case invalidQuery
    /// `IDEMPOTENCY_KEY_REQUIRED`.
    case idempotencyKeyRequired
    /// `UNAUTHORIZED`.
    case unauthorized
    /// `TOKEN_SCOPE_DENIED`.
    case tokenScopeDenied
    /// `ACCOUNT_DISABLED`.
    case accountDisabled
    /// `LICENSE_SUSPENDED`.
    case licenseSuspended
    /// `LICENSE_EXPIRED`.
    case licenseExpired
    /// `LICENSE_REVOKED`.
    case licenseRevoked
    /// `LICENSE_NOT_STARTED`.
    case licenseNotStarted
    /// `PLATFORM_NOT_ALLOWED`.
    case platformNotAllowed
    /// `DEVICE_BLACKLISTED`.
    case deviceBlacklisted
    /// `VERSION_NOT_ENTITLED`.
    case versionNotEntitled
    /// `FEATURE_NOT_ENTITLED`.
    case featureNotEntitled
    /// `PRODUCT_MISMATCH`.
    case productMismatch
    /// `NOT_FOUND`.
    case notFound
    /// `NOT_ACTIVATED`.
    case notActivated
    /// `LEASE_EXPIRED`.
    case leaseExpired
    /// `METHOD_NOT_ALLOWED`.
    case methodNotAllowed
    /// `CONFLICT`.
    case conflict
    /// `IDEMPOTENCY_KEY_REUSED`.
    case idempotencyKeyReused
    /// `DEVICE_LIMIT_REACHED`.
    case deviceLimitReached
    /// `FLOATING_LIMIT_REACHED`.
    case floatingLimitReached
    /// `QUOTA_EXCEEDED`.
    case quotaExceeded
    /// `PAYLOAD_TOO_LARGE`.
    case payloadTooLarge
    /// `UNSUPPORTED_MEDIA_TYPE`.
    case unsupportedMediaType
    /// `VALIDATION_FAILED`.
    case validationFailed
    /// `RATE_LIMITED`.
    case rateLimited
    /// `INTERNAL`.
    case `internal`
    /// `NOT_IMPLEMENTED`.
    case notImplemented
    /// `SERVICE_UNAVAILABLE`.
    case serviceUnavailable
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ErrorCode] = [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .tokenScopeDenied, .accountDisabled, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .featureNotEntitled, .productMismatch, .notFound, .notActivated, .leaseExpired, .methodNotAllowed, .conflict, .idempotencyKeyReused, .deviceLimitReached, .floatingLimitReached, .quotaExceeded, .payloadTooLarge, .unsupportedMediaType, .validationFailed, .rateLimited, .internal, .notImplemented, .serviceUnavailable]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "INVALID_JSON": self = .invalidJSON
        case "INVALID_QUERY": self = .invalidQuery
        case "IDEMPOTENCY_KEY_REQUIRED": self = .idempotencyKeyRequired
        case "UNAUTHORIZED": self = .unauthorized
        case "TOKEN_SCOPE_DENIED": self = .tokenScopeDenied
        case "ACCOUNT_DISABLED": self = .accountDisabled
        case "LICENSE_SUSPENDED": self = .licenseSuspended
        case "LICENSE_EXPIRED": self = .licenseExpired
        case "LICENSE_REVOKED": self = .licenseRevoked
        case "LICENSE_NOT_STARTED": self = .licenseNotStarted
        case "PLATFORM_NOT_ALLOWED": self = .platformNotAllowed
        case "DEVICE_BLACKLISTED": self = .deviceBlacklisted
        case "VERSION_NOT_ENTITLED": self = .versionNotEntitled
        case "FEATURE_NOT_ENTITLED": self = .featureNotEntitled
        case "PRODUCT_MISMATCH": self = .productMismatch
        case "NOT_FOUND": self = .notFound
        case "NOT_ACTIVATED": self = .notActivated
        case "LEASE_EXPIRED": self = .leaseExpired
        case "METHOD_NOT_ALLOWED": self = .methodNotAllowed
        case "CONFLICT": self = .conflict
        case "IDEMPOTENCY_KEY_REUSED": self = .idempotencyKeyReused
        case "DEVICE_LIMIT_REACHED": self = .deviceLimitReached
        case "FLOATING_LIMIT_REACHED": self = .floatingLimitReached
        case "QUOTA_EXCEEDED": self = .quotaExceeded
        case "PAYLOAD_TOO_LARGE": self = .payloadTooLarge
        case "UNSUPPORTED_MEDIA_TYPE": self = .unsupportedMediaType
        case "VALIDATION_FAILED": self = .validationFailed
        case "RATE_LIMITED": self = .rateLimited
        case "INTERNAL": self = .internal
        case "NOT_IMPLEMENTED": self = .notImplemented
        case "SERVICE_UNAVAILABLE": self = .serviceUnavailable
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .invalidJSON: "INVALID_JSON"
        case .invalidQuery: "INVALID_QUERY"
        case .idempotencyKeyRequired: "IDEMPOTENCY_KEY_REQUIRED"
        case .unauthorized: "UNAUTHORIZED"
        case .tokenScopeDenied: "TOKEN_SCOPE_DENIED"
        case .accountDisabled: "ACCOUNT_DISABLED"
        case .licenseSuspended: "LICENSE_SUSPENDED"
        case .licenseExpired: "LICENSE_EXPIRED"
        case .licenseRevoked: "LICENSE_REVOKED"
        case .licenseNotStarted: "LICENSE_NOT_STARTED"
        case .platformNotAllowed: "PLATFORM_NOT_ALLOWED"
        case .deviceBlacklisted: "DEVICE_BLACKLISTED"
        case .versionNotEntitled: "VERSION_NOT_ENTITLED"
        case .featureNotEntitled: "FEATURE_NOT_ENTITLED"
        case .productMismatch: "PRODUCT_MISMATCH"
        case .notFound: "NOT_FOUND"
        case .notActivated: "NOT_ACTIVATED"
        case .leaseExpired: "LEASE_EXPIRED"
        case .methodNotAllowed: "METHOD_NOT_ALLOWED"
        case .conflict: "CONFLICT"
        case .idempotencyKeyReused: "IDEMPOTENCY_KEY_REUSED"
        case .deviceLimitReached: "DEVICE_LIMIT_REACHED"
        case .floatingLimitReached: "FLOATING_LIMIT_REACHED"
        case .quotaExceeded: "QUOTA_EXCEEDED"
        case .payloadTooLarge: "PAYLOAD_TOO_LARGE"
        case .unsupportedMediaType: "UNSUPPORTED_MEDIA_TYPE"
        case .validationFailed: "VALIDATION_FAILED"
        case .rateLimited: "RATE_LIMITED"
        case .internal: "INTERNAL"
        case .notImplemented: "NOT_IMPLEMENTED"
        case .serviceUnavailable: "SERVICE_UNAVAILABLE"
        case .unrecognized(let value): value
        }
    }
}

extension ErrorCode: APIErrorCode {
    /// The HTTP status this code travels with; nil for a code this version does not know.
    public var httpStatus: Int? {
        switch self {
        case .invalidJSON: 400
        case .invalidQuery: 400
        case .idempotencyKeyRequired: 400
        case .unauthorized: 401
        case .tokenScopeDenied: 403
        case .accountDisabled: 403
        case .licenseSuspended: 403
        case .licenseExpired: 403
        case .licenseRevoked: 403
        case .licenseNotStarted: 403
        case .platformNotAllowed: 403
        case .deviceBlacklisted: 403
        case .versionNotEntitled: 403
        case .featureNotEntitled: 403
        case .productMismatch: 403
        case .notFound: 404
        case .notActivated: 404
        case .leaseExpired: 404
        case .methodNotAllowed: 405
        case .conflict: 409
        case .idempotencyKeyReused: 409
        case .deviceLimitReached: 409
        case .floatingLimitReached: 409
        case .quotaExceeded: 409
        case .payloadTooLarge: 413
        case .unsupportedMediaType: 415
        case .validationFailed: 422
        case .rateLimited: 429
        case .internal: 500
        case .notImplemented: 501
        case .serviceUnavailable: 503
        case .unrecognized: nil
        }
    }

    /// Transport-level codes that any operation may return (not listed per operation).
    public static let anyOperation: Set<ErrorCode> = [.invalidQuery, .methodNotAllowed, .payloadTooLarge, .unsupportedMediaType, .rateLimited, .internal, .notImplemented, .serviceUnavailable]
}

/// Position of a page within a list.
///
/// - Remark: Generated from `#/components/schemas/PageInfo`.
public struct PageInfo: Codable, Hashable, Sendable {
    /// Opaque cursor for the next page, to pass back as `cursor`; `null` on the last page.
    public var nextCursor: String?

    /// A value with these members; optional ones default to absent.
    public init(nextCursor: String? = nil) {
        self.nextCursor = nextCursor
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case nextCursor = "next_cursor"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.nextCursor = try container.decode(String?.self, forKey: .nextCursor)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.nextCursor, forKey: .nextCursor)
    }
}

extension PageInfo: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("next_cursor", self.nextCursor)
        writer.endObject()
    }
}

/// How a license's validity is determined: `perpetual` never expires (an optional maintenance date limits version eligibility), `time_limited` and `trial` end at `expires_at`, `subscription` follows renewals of a subscription (its linked subscription's `current_period_end`, kept in step by `updateSubscription`), and `consumption` is driven by metered feature quotas.
///
/// - Remark: Generated from `#/components/schemas/LicenseType`.
public enum LicenseType: OpenEnum {
    /// `perpetual`.
    case perpetual
    /// `time_limited`.
    case timeLimited
    /// `subscription`.
    case subscription
    /// `trial`.
    case trial
    /// `consumption`.
    case consumption
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseType] = [.perpetual, .timeLimited, .subscription, .trial, .consumption]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "perpetual": self = .perpetual
        case "time_limited": self = .timeLimited
        case "subscription": self = .subscription
        case "trial": self = .trial
        case "consumption": self = .consumption
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .perpetual: "perpetual"
        case .timeLimited: "time_limited"
        case .subscription: "subscription"
        case .trial: "trial"
        case .consumption: "consumption"
        case .unrecognized(let value): value
        }
    }
}

/// Kind of record a custom field attaches to.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldResourceType`.
public enum CustomFieldResourceType: OpenEnum {
    /// `license`.
    case license
    /// `customer`.
    case customer
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [CustomFieldResourceType] = [.license, .customer]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "license": self = .license
        case "customer": self = .customer
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .license: "license"
        case .customer: "customer"
        case .unrecognized(let value): value
        }
    }
}

/// Type of a custom field's value; selects which `*_value` field carries it.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldValueType`.
public enum CustomFieldValueType: OpenEnum {
    /// `string`.
    case string
    /// `integer`.
    case integer
    /// `boolean`.
    case boolean
    /// `datetime`.
    case datetime
    /// `enum`.
    case `enum`
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [CustomFieldValueType] = [.string, .integer, .boolean, .datetime, .enum]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "string": self = .string
        case "integer": self = .integer
        case "boolean": self = .boolean
        case "datetime": self = .datetime
        case "enum": self = .enum
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .boolean: "boolean"
        case .datetime: "datetime"
        case .enum: "enum"
        case .unrecognized(let value): value
        }
    }
}

/// A customer that licenses, orders and subscriptions can belong to.
///
/// - Remark: Generated from `#/components/schemas/Customer`.
public struct Customer: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Your unique reference for the customer.
    public var code: String
    /// Contact address; absent when not set.
    public var email: String?
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, name: String, code: String, email: String? = nil, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.code = code
        self.email = email
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case code
        case email
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decode(String.self, forKey: .name)
        self.code = try container.decode(String.self, forKey: .code)
        self.email = try container.decodeIfPresent(String.self, forKey: .email)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.code, forKey: .code)
        try container.encodeIfPresent(self.email, forKey: .email)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension Customer: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        writer.field("created_at", self.createdAt)
        if let value = self.email { writer.field("email", value) }
        writer.field("id", self.id)
        writer.field("metadata", self.metadata)
        writer.field("name", self.name)
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}

/// The value of one custom field on one license or customer, with its definition.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldValue`.
public struct CustomFieldValue: Codable, Hashable, Sendable {
    /// Custom field definition the value belongs to.
    public var definitionID: String
    /// Product that defines the field.
    public var productID: String
    /// The `resource_type` member.
    public var resourceType: CustomFieldResourceType
    /// License or customer the value is attached to.
    public var resourceID: String
    /// Code of the field.
    public var code: String
    /// Display name of the field.
    public var name: String
    /// The `value_type` member.
    public var valueType: CustomFieldValueType
    /// Whether the field is mandatory.
    public var isRequired: Bool
    /// Allowed values for enum fields; empty otherwise.
    public var enumOptions: [String]
    /// Metadata of the definition.
    public var metadata: [String: JSONValue]
    /// Value of a `string` field.
    public var stringValue: String?
    /// Value of an `integer` field.
    public var integerValue: Int64?
    /// Value of a `boolean` field.
    public var booleanValue: Bool?
    /// Value of a `datetime` field.
    public var datetimeValue: Date?
    /// Value of an `enum` field; one of `enum_options`.
    public var enumValue: String?
    /// When the value was last written.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(definitionID: String, productID: String, resourceType: CustomFieldResourceType, resourceID: String, code: String, name: String, valueType: CustomFieldValueType, isRequired: Bool, enumOptions: [String], metadata: [String: JSONValue], stringValue: String? = nil, integerValue: Int64? = nil, booleanValue: Bool? = nil, datetimeValue: Date? = nil, enumValue: String? = nil, updatedAt: Date) {
        self.definitionID = definitionID
        self.productID = productID
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.code = code
        self.name = name
        self.valueType = valueType
        self.isRequired = isRequired
        self.enumOptions = enumOptions
        self.metadata = metadata
        self.stringValue = stringValue
        self.integerValue = integerValue
        self.booleanValue = booleanValue
        self.datetimeValue = datetimeValue
        self.enumValue = enumValue
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case definitionID = "definition_id"
        case productID = "product_id"
        case resourceType = "resource_type"
        case resourceID = "resource_id"
        case code
        case name
        case valueType = "value_type"
        case isRequired = "is_required"
        case enumOptions = "enum_options"
        case metadata
        case stringValue = "string_value"
        case integerValue = "integer_value"
        case booleanValue = "boolean_value"
        case datetimeValue = "datetime_value"
        case enumValue = "enum_value"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.definitionID = try container.decode(String.self, forKey: .definitionID)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.resourceType = try container.decode(CustomFieldResourceType.self, forKey: .resourceType)
        self.resourceID = try container.decode(String.self, forKey: .resourceID)
        self.code = try container.decode(String.self, forKey: .code)
        self.name = try container.decode(String.self, forKey: .name)
        self.valueType = try container.decode(CustomFieldValueType.self, forKey: .valueType)
        self.isRequired = try container.decode(Bool.self, forKey: .isRequired)
        self.enumOptions = try container.decode([String].self, forKey: .enumOptions)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.stringValue = try container.decodeIfPresent(String.self, forKey: .stringValue)
        self.integerValue = try container.decodeIfPresent(Int64.self, forKey: .integerValue)
        self.booleanValue = try container.decodeIfPresent(Bool.self, forKey: .booleanValue)
        self.datetimeValue = try container.decodeIfPresent(Date.self, forKey: .datetimeValue)
        self.enumValue = try container.decodeIfPresent(String.self, forKey: .enumValue)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.definitionID, forKey: .definitionID)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.resourceType, forKey: .resourceType)
        try container.encode(self.resourceID, forKey: .resourceID)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.valueType, forKey: .valueType)
        try container.encode(self.isRequired, forKey: .isRequired)
        try container.encode(self.enumOptions, forKey: .enumOptions)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encodeIfPresent(self.stringValue, forKey: .stringValue)
        try container.encodeIfPresent(self.integerValue, forKey: .integerValue)
        try container.encodeIfPresent(self.booleanValue, forKey: .booleanValue)
        try container.encodeIfPresent(self.datetimeValue, forKey: .datetimeValue)
        try container.encodeIfPresent(self.enumValue, forKey: .enumValue)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension CustomFieldValue: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.booleanValue { writer.field("boolean_value", value) }
        writer.field("code", self.code)
        if let value = self.datetimeValue { writer.field("datetime_value", value) }
        writer.field("definition_id", self.definitionID)
        writer.field("enum_options", self.enumOptions)
        if let value = self.enumValue { writer.field("enum_value", value) }
        if let value = self.integerValue { writer.field("integer_value", value) }
        writer.field("is_required", self.isRequired)
        writer.field("metadata", self.metadata)
        writer.field("name", self.name)
        writer.field("product_id", self.productID)
        writer.field("resource_id", self.resourceID)
        writer.field("resource_type", self.resourceType)
        if let value = self.stringValue { writer.field("string_value", value) }
        writer.field("updated_at", self.updatedAt)
        writer.field("value_type", self.valueType)
        writer.endObject()
    }
}

/// Sets or clears one custom field value. Send exactly one `*_value` field matching the definition's `value_type`, or `clear: true` alone.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldValueUpsertRequest`.
public struct CustomFieldValueUpsertRequest: Codable, Hashable, Sendable {
    /// Remove the stored value (answered with 204). Not allowed for required fields.
    public var clear: Bool?
    /// Value for a `string` field, at most 4096 characters.
    public var stringValue: String?
    /// Value for an `integer` field, within ±(2^53 − 1) so that every JavaScript client reads it exactly.
    public var integerValue: Int64?
    /// Value for a `boolean` field.
    public var booleanValue: Bool?
    /// Value for a `datetime` field.
    public var datetimeValue: Date?
    /// Value for an `enum` field; must be one of the definition's `enum_options`.
    public var enumValue: String?

    /// A value with these members; optional ones default to absent.
    public init(clear: Bool? = nil, stringValue: String? = nil, integerValue: Int64? = nil, booleanValue: Bool? = nil, datetimeValue: Date? = nil, enumValue: String? = nil) {
        self.clear = clear
        self.stringValue = stringValue
        self.integerValue = integerValue
        self.booleanValue = booleanValue
        self.datetimeValue = datetimeValue
        self.enumValue = enumValue
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case clear
        case stringValue = "string_value"
        case integerValue = "integer_value"
        case booleanValue = "boolean_value"
        case datetimeValue = "datetime_value"
        case enumValue = "enum_value"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.clear = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .clear)
        self.stringValue = try container.decodeIfPresentRejectingNull(String.self, forKey: .stringValue)
        self.integerValue = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .integerValue)
        self.booleanValue = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .booleanValue)
        self.datetimeValue = try container.decodeIfPresentRejectingNull(Date.self, forKey: .datetimeValue)
        self.enumValue = try container.decodeIfPresentRejectingNull(String.self, forKey: .enumValue)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.clear, forKey: .clear)
        try container.encodeIfPresent(self.stringValue, forKey: .stringValue)
        try container.encodeIfPresent(self.integerValue, forKey: .integerValue)
        try container.encodeIfPresent(self.booleanValue, forKey: .booleanValue)
        try container.encodeIfPresent(self.datetimeValue, forKey: .datetimeValue)
        try container.encodeIfPresent(self.enumValue, forKey: .enumValue)
    }
}

extension CustomFieldValueUpsertRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.booleanValue { writer.field("boolean_value", value) }
        if let value = self.clear { writer.field("clear", value) }
        if let value = self.datetimeValue { writer.field("datetime_value", value) }
        if let value = self.enumValue { writer.field("enum_value", value) }
        if let value = self.integerValue { writer.field("integer_value", value) }
        if let value = self.stringValue { writer.field("string_value", value) }
        writer.endObject()
    }
}

extension CustomFieldValueUpsertRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(stringValue, maxLength: 4096, field: path + "string_value")
        try Validation.check(integerValue, minimum: -9007199254740991, maximum: 9007199254740991, field: path + "integer_value")
    }
}

/// Status of a subscription as reported by the external commerce system.
///
/// - Remark: Generated from `#/components/schemas/SubscriptionStatus`.
public enum SubscriptionStatus: OpenEnum {
    /// `trialing`.
    case trialing
    /// `active`.
    case active
    /// `past_due`.
    case pastDue
    /// `paused`.
    case paused
    /// `canceled`.
    case canceled
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [SubscriptionStatus] = [.trialing, .active, .pastDue, .paused, .canceled]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "trialing": self = .trialing
        case "active": self = .active
        case "past_due": self = .pastDue
        case "paused": self = .paused
        case "canceled": self = .canceled
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .trialing: "trialing"
        case .active: "active"
        case .pastDue: "past_due"
        case .paused: "paused"
        case .canceled: "canceled"
        case .unrecognized(let value): value
        }
    }
}

/// Status of an order as reported by the external commerce system.
///
/// - Remark: Generated from `#/components/schemas/OrderStatus`.
public enum OrderStatus: OpenEnum {
    /// `pending`.
    case pending
    /// `paid`.
    case paid
    /// `fulfilled`.
    case fulfilled
    /// `canceled`.
    case canceled
    /// `refunded`.
    case refunded
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [OrderStatus] = [.pending, .paid, .fulfilled, .canceled, .refunded]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "pending": self = .pending
        case "paid": self = .paid
        case "fulfilled": self = .fulfilled
        case "canceled": self = .canceled
        case "refunded": self = .refunded
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .pending: "pending"
        case .paid: "paid"
        case .fulfilled: "fulfilled"
        case .canceled: "canceled"
        case .refunded: "refunded"
        case .unrecognized(let value): value
        }
    }
}

/// A subscription mirrored from an external commerce system. Locksmith stores it for attribution and reporting; it does not bill.
///
/// - Remark: Generated from `#/components/schemas/Subscription`.
public struct Subscription: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product the subscription is for.
    public var productID: String
    /// Customer that holds the subscription; absent when not linked.
    public var customerID: String?
    /// Name of the commerce system the record comes from, for example `stripe` or `paddle`.
    public var externalSystem: String
    /// Identifier of the record in that system; unique per product together with `external_system`.
    public var externalID: String
    /// The `status` member.
    public var status: SubscriptionStatus
    /// Start of the current billing period.
    public var currentPeriodStart: Date
    /// End of the current billing period.
    public var currentPeriodEnd: Date
    /// Whether the subscription ends when the current period does.
    public var cancelAtPeriodEnd: Bool
    /// When the subscription was canceled; absent unless canceled.
    public var canceledAt: Date?
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, customerID: String? = nil, externalSystem: String, externalID: String, status: SubscriptionStatus, currentPeriodStart: Date, currentPeriodEnd: Date, cancelAtPeriodEnd: Bool, canceledAt: Date? = nil, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.productID = productID
        self.customerID = customerID
        self.externalSystem = externalSystem
        self.externalID = externalID
        self.status = status
        self.currentPeriodStart = currentPeriodStart
        self.currentPeriodEnd = currentPeriodEnd
        self.cancelAtPeriodEnd = cancelAtPeriodEnd
        self.canceledAt = canceledAt
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case customerID = "customer_id"
        case externalSystem = "external_system"
        case externalID = "external_id"
        case status
        case currentPeriodStart = "current_period_start"
        case currentPeriodEnd = "current_period_end"
        case cancelAtPeriodEnd = "cancel_at_period_end"
        case canceledAt = "canceled_at"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        self.externalSystem = try container.decode(String.self, forKey: .externalSystem)
        self.externalID = try container.decode(String.self, forKey: .externalID)
        self.status = try container.decode(SubscriptionStatus.self, forKey: .status)
        self.currentPeriodStart = try container.decode(Date.self, forKey: .currentPeriodStart)
        self.currentPeriodEnd = try container.decode(Date.self, forKey: .currentPeriodEnd)
        self.cancelAtPeriodEnd = try container.decode(Bool.self, forKey: .cancelAtPeriodEnd)
        self.canceledAt = try container.decodeIfPresent(Date.self, forKey: .canceledAt)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encode(self.externalSystem, forKey: .externalSystem)
        try container.encode(self.externalID, forKey: .externalID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.currentPeriodStart, forKey: .currentPeriodStart)
        try container.encode(self.currentPeriodEnd, forKey: .currentPeriodEnd)
        try container.encode(self.cancelAtPeriodEnd, forKey: .cancelAtPeriodEnd)
        try container.encodeIfPresent(self.canceledAt, forKey: .canceledAt)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension Subscription: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("cancel_at_period_end", self.cancelAtPeriodEnd)
        if let value = self.canceledAt { writer.field("canceled_at", value) }
        writer.field("created_at", self.createdAt)
        writer.field("current_period_end", self.currentPeriodEnd)
        writer.field("current_period_start", self.currentPeriodStart)
        if let value = self.customerID { writer.field("customer_id", value) }
        writer.field("external_id", self.externalID)
        writer.field("external_system", self.externalSystem)
        writer.field("id", self.id)
        writer.field("metadata", self.metadata)
        writer.field("product_id", self.productID)
        writer.field("status", self.status)
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}

/// An order mirrored from an external commerce system, kept for attribution and reporting.
///
/// - Remark: Generated from `#/components/schemas/Order`.
public struct Order: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product the order is for.
    public var productID: String
    /// Customer that placed the order; absent when not linked.
    public var customerID: String?
    /// Subscription the order belongs to; absent when not linked.
    public var subscriptionID: String?
    /// Name of the commerce system the record comes from, for example `stripe` or `paddle`.
    public var externalSystem: String
    /// Identifier of the record in that system; unique per product together with `external_system`.
    public var externalID: String
    /// The `status` member.
    public var status: OrderStatus
    /// Start of the service period the order pays for; absent when not set.
    public var periodStart: Date?
    /// End of the service period the order pays for; absent when not set.
    public var periodEnd: Date?
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, customerID: String? = nil, subscriptionID: String? = nil, externalSystem: String, externalID: String, status: OrderStatus, periodStart: Date? = nil, periodEnd: Date? = nil, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.productID = productID
        self.customerID = customerID
        self.subscriptionID = subscriptionID
        self.externalSystem = externalSystem
        self.externalID = externalID
        self.status = status
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case customerID = "customer_id"
        case subscriptionID = "subscription_id"
        case externalSystem = "external_system"
        case externalID = "external_id"
        case status
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        self.subscriptionID = try container.decodeIfPresent(String.self, forKey: .subscriptionID)
        self.externalSystem = try container.decode(String.self, forKey: .externalSystem)
        self.externalID = try container.decode(String.self, forKey: .externalID)
        self.status = try container.decode(OrderStatus.self, forKey: .status)
        self.periodStart = try container.decodeIfPresent(Date.self, forKey: .periodStart)
        self.periodEnd = try container.decodeIfPresent(Date.self, forKey: .periodEnd)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encode(self.externalSystem, forKey: .externalSystem)
        try container.encode(self.externalID, forKey: .externalID)
        try container.encode(self.status, forKey: .status)
        try container.encodeIfPresent(self.periodStart, forKey: .periodStart)
        try container.encodeIfPresent(self.periodEnd, forKey: .periodEnd)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension Order: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("created_at", self.createdAt)
        if let value = self.customerID { writer.field("customer_id", value) }
        writer.field("external_id", self.externalID)
        writer.field("external_system", self.externalSystem)
        writer.field("id", self.id)
        writer.field("metadata", self.metadata)
        if let value = self.periodEnd { writer.field("period_end", value) }
        if let value = self.periodStart { writer.field("period_start", value) }
        writer.field("product_id", self.productID)
        writer.field("status", self.status)
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}

/// Lifecycle status of a license. `suspended` and `revoked` are set by an operator; otherwise the dates decide at the moment of reading: past `expires_at` a license is `grace_period` for the policy's `grace_period_days`, then `expired`. A suspended license reports `suspended` whatever its dates.
///
/// - Remark: Generated from `#/components/schemas/LicenseStatus`.
public enum LicenseStatus: OpenEnum {
    /// `active`.
    case active
    /// `suspended`.
    case suspended
    /// `expired`.
    case expired
    /// `revoked`.
    case revoked
    /// `grace_period`.
    case gracePeriod
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseStatus] = [.active, .suspended, .expired, .revoked, .gracePeriod]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "suspended": self = .suspended
        case "expired": self = .expired
        case "revoked": self = .revoked
        case "grace_period": self = .gracePeriod
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .active: "active"
        case .suspended: "suspended"
        case .expired: "expired"
        case .revoked: "revoked"
        case .gracePeriod: "grace_period"
        case .unrecognized(let value): value
        }
    }
}

/// A license issued to a customer under a policy. The license key itself is never returned after creation.
///
/// - Remark: Generated from `#/components/schemas/License`.
public struct License: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product the license is for.
    public var productID: String
    /// Policy whose rules apply.
    public var policyID: String
    /// Linked customer; absent when not linked.
    public var customerID: String?
    /// Order the license originated from; absent when not linked.
    public var orderID: String?
    /// Subscription the license originated from; absent when not linked.
    public var subscriptionID: String?
    /// The `status` member.
    public var status: LicenseStatus
    /// First characters of the license key (`lsk_` plus a few more).
    public var licenseKeyPrefix: String
    /// Last four characters of the license key.
    public var licenseKeyLast4: String
    /// Licensee email recorded on the license; absent when not set.
    public var customerEmail: String?
    /// Licensee name recorded on the license; absent when not set.
    public var customerName: String?
    /// Devices currently active.
    public var activeDeviceCount: Int
    /// Activations performed over the license's lifetime.
    public var timesActivated: Int
    /// Transfers performed over the license's lifetime.
    public var timesTransferred: Int
    /// Metered units consumed across all features; never more than 2^53 − 1.
    public var totalConsumptions: Int64
    /// Counter raised by every change that affects runtime entitlements; runtime responses carry it so applications can spot stale caches.
    public var entitlementVersion: Int64
    /// Start of validity; absent when valid from creation.
    public var startsAt: Date?
    /// End of validity; absent for licenses that do not expire.
    public var expiresAt: Date?
    /// For perpetual licenses: versions released after this date are not covered.
    public var maintenanceExpiresAt: Date?
    /// When the license was revoked; absent unless it is.
    public var revokedAt: Date?
    /// This license's own limit of node-locked devices active at once, in place of its policy's `max_activations`; absent when the license follows its policy.
    public var maxActivations: Int?
    /// This license's own limit of concurrent floating leases, in place of its policy's; absent when the license follows its policy. A policy that stops offering floating checkout stops it for this license too.
    public var maxFloatingUsers: Int?
    /// This license's own limit of active container instances, in place of its policy's; absent when the license follows its policy.
    public var maxContainerInstances: Int?
    /// This license's own limit of transfers, in place of its policy's `max_transfers`; absent when the license follows its policy.
    public var maxTransfers: Int?
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, policyID: String, customerID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, status: LicenseStatus, licenseKeyPrefix: String, licenseKeyLast4: String, customerEmail: String? = nil, customerName: String? = nil, activeDeviceCount: Int, timesActivated: Int, timesTransferred: Int, totalConsumptions: Int64, entitlementVersion: Int64, startsAt: Date? = nil, expiresAt: Date? = nil, maintenanceExpiresAt: Date? = nil, revokedAt: Date? = nil, maxActivations: Int? = nil, maxFloatingUsers: Int? = nil, maxContainerInstances: Int? = nil, maxTransfers: Int? = nil, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.productID = productID
        self.policyID = policyID
        self.customerID = customerID
        self.orderID = orderID
        self.subscriptionID = subscriptionID
        self.status = status
        self.licenseKeyPrefix = licenseKeyPrefix
        self.licenseKeyLast4 = licenseKeyLast4
        self.customerEmail = customerEmail
        self.customerName = customerName
        self.activeDeviceCount = activeDeviceCount
        self.timesActivated = timesActivated
        self.timesTransferred = timesTransferred
        self.totalConsumptions = totalConsumptions
        self.entitlementVersion = entitlementVersion
        self.startsAt = startsAt
        self.expiresAt = expiresAt
        self.maintenanceExpiresAt = maintenanceExpiresAt
        self.revokedAt = revokedAt
        self.maxActivations = maxActivations
        self.maxFloatingUsers = maxFloatingUsers
        self.maxContainerInstances = maxContainerInstances
        self.maxTransfers = maxTransfers
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case policyID = "policy_id"
        case customerID = "customer_id"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
        case status
        case licenseKeyPrefix = "license_key_prefix"
        case licenseKeyLast4 = "license_key_last4"
        case customerEmail = "customer_email"
        case customerName = "customer_name"
        case activeDeviceCount = "active_device_count"
        case timesActivated = "times_activated"
        case timesTransferred = "times_transferred"
        case totalConsumptions = "total_consumptions"
        case entitlementVersion = "entitlement_version"
        case startsAt = "starts_at"
        case expiresAt = "expires_at"
        case maintenanceExpiresAt = "maintenance_expires_at"
        case revokedAt = "revoked_at"
        case maxActivations = "max_activations"
        case maxFloatingUsers = "max_floating_users"
        case maxContainerInstances = "max_container_instances"
        case maxTransfers = "max_transfers"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.policyID = try container.decode(String.self, forKey: .policyID)
        self.customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        self.orderID = try container.decodeIfPresent(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresent(String.self, forKey: .subscriptionID)
        self.status = try container.decode(LicenseStatus.self, forKey: .status)
        self.licenseKeyPrefix = try container.decode(String.self, forKey: .licenseKeyPrefix)
        self.licenseKeyLast4 = try container.decode(String.self, forKey: .licenseKeyLast4)
        self.customerEmail = try container.decodeIfPresent(String.self, forKey: .customerEmail)
        self.customerName = try container.decodeIfPresent(String.self, forKey: .customerName)
        self.activeDeviceCount = try container.decode(Int.self, forKey: .activeDeviceCount)
        self.timesActivated = try container.decode(Int.self, forKey: .timesActivated)
        self.timesTransferred = try container.decode(Int.self, forKey: .timesTransferred)
        self.totalConsumptions = try container.decode(Int64.self, forKey: .totalConsumptions)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.startsAt = try container.decodeIfPresent(Date.self, forKey: .startsAt)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.maintenanceExpiresAt = try container.decodeIfPresent(Date.self, forKey: .maintenanceExpiresAt)
        self.revokedAt = try container.decodeIfPresent(Date.self, forKey: .revokedAt)
        self.maxActivations = try container.decodeIfPresent(Int.self, forKey: .maxActivations)
        self.maxFloatingUsers = try container.decodeIfPresent(Int.self, forKey: .maxFloatingUsers)
        self.maxContainerInstances = try container.decodeIfPresent(Int.self, forKey: .maxContainerInstances)
        self.maxTransfers = try container.decodeIfPresent(Int.self, forKey: .maxTransfers)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.policyID, forKey: .policyID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseKeyPrefix, forKey: .licenseKeyPrefix)
        try container.encode(self.licenseKeyLast4, forKey: .licenseKeyLast4)
        try container.encodeIfPresent(self.customerEmail, forKey: .customerEmail)
        try container.encodeIfPresent(self.customerName, forKey: .customerName)
        try container.encode(self.activeDeviceCount, forKey: .activeDeviceCount)
        try container.encode(self.timesActivated, forKey: .timesActivated)
        try container.encode(self.timesTransferred, forKey: .timesTransferred)
        try container.encode(self.totalConsumptions, forKey: .totalConsumptions)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encodeIfPresent(self.startsAt, forKey: .startsAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.maintenanceExpiresAt, forKey: .maintenanceExpiresAt)
        try container.encodeIfPresent(self.revokedAt, forKey: .revokedAt)
        try container.encodeIfPresent(self.maxActivations, forKey: .maxActivations)
        try container.encodeIfPresent(self.maxFloatingUsers, forKey: .maxFloatingUsers)
        try container.encodeIfPresent(self.maxContainerInstances, forKey: .maxContainerInstances)
        try container.encodeIfPresent(self.maxTransfers, forKey: .maxTransfers)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension License: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("active_device_count", self.activeDeviceCount)
        writer.field("created_at", self.createdAt)
        if let value = self.customerEmail { writer.field("customer_email", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.customerName { writer.field("customer_name", value) }
        writer.field("entitlement_version", self.entitlementVersion)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("id", self.id)
        writer.field("license_key_last4", self.licenseKeyLast4)
        writer.field("license_key_prefix", self.licenseKeyPrefix)
        if let value = self.maintenanceExpiresAt { writer.field("maintenance_expires_at", value) }
        if let value = self.maxActivations { writer.field("max_activations", value) }
        if let value = self.maxContainerInstances { writer.field("max_container_instances", value) }
        if let value = self.maxFloatingUsers { writer.field("max_floating_users", value) }
        if let value = self.maxTransfers { writer.field("max_transfers", value) }
        writer.field("metadata", self.metadata)
        if let value = self.orderID { writer.field("order_id", value) }
        writer.field("policy_id", self.policyID)
        writer.field("product_id", self.productID)
        if let value = self.revokedAt { writer.field("revoked_at", value) }
        if let value = self.startsAt { writer.field("starts_at", value) }
        writer.field("status", self.status)
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.field("times_activated", self.timesActivated)
        writer.field("times_transferred", self.timesTransferred)
        writer.field("total_consumptions", self.totalConsumptions)
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}

/// How a license file's `enc` is made. `base64+ed25519`: the standard base64 of the payload, as in Keygen's signed license files. `aes-256-gcm-hkdf+ed25519`: the payload encrypted for the license key (Locksmith's own derivation, so its own name; `LicenseFile` gives every step).
///
/// - Remark: Generated from `#/components/schemas/LicenseFileAlgorithm`.
public enum LicenseFileAlgorithm: OpenEnum {
    /// `base64+ed25519`.
    case base64Ed25519
    /// `aes-256-gcm-hkdf+ed25519`.
    case aes256GcmHkdfEd25519
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseFileAlgorithm] = [.base64Ed25519, .aes256GcmHkdfEd25519]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "base64+ed25519": self = .base64Ed25519
        case "aes-256-gcm-hkdf+ed25519": self = .aes256GcmHkdfEd25519
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .base64Ed25519: "base64+ed25519"
        case .aes256GcmHkdfEd25519: "aes-256-gcm-hkdf+ed25519"
        case .unrecognized(let value): value
        }
    }
}

/// `license`, or `machine` for a file bound to one machine (requested with `fingerprint`).
///
/// - Remark: Generated from `#/components/schemas/LicenseFile/properties/kind`.
public enum LicenseFileKind: OpenEnum {
    /// `license`.
    case license
    /// `machine`.
    case machine
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseFileKind] = [.license, .machine]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "license": self = .license
        case "machine": self = .machine
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .license: "license"
        case .machine: "machine"
        case .unrecognized(let value): value
        }
    }
}

/// A license file. `certificate` is the text to save as a `.lic` file:
///
///     -----BEGIN LICENSE FILE-----
///     <standard base64 of the certificate JSON, in lines of at most 60 characters>
///     -----END LICENSE FILE-----
///
/// The certificate JSON is `{"enc": …, "sig": …, "alg": …}` (Keygen's layout). To verify and read one,
/// with only the public keys and, for an encrypted file, the license key:
///
/// 1. Take the lines between the armor lines, join them without line breaks, decode the standard base64,
///    and parse the JSON.
/// 2. `sig` is the standard base64 of an Ed25519 signature over the ASCII bytes `license/` followed by
///    the ASCII bytes of `enc` exactly as they appear. Verify it with one of the account's public keys
///    (`listPublicKeys` with `account_id`; the payload's `kid` names the one that signed). The `license/`
///    prefix keeps a file's signature from passing for a runtime answer's, whose signed `data` starts
///    with `{`.
/// 3. With `alg` `base64+ed25519`, `enc` is the standard base64 of the payload. With
///    `aes-256-gcm-hkdf+ed25519`, `enc` is four standard base64 parts joined by `.`: ciphertext, nonce
///    (12 bytes), tag (16 bytes) and salt (16 bytes). Derive the key with HKDF-SHA256 (RFC 5869): input
///    keying material the UTF-8 bytes of the license key, salt the salt part, info the ASCII bytes
///    `locksmith license file v1`, 32 bytes out. Decrypt with AES-256-GCM: that key, the nonce, additional
///    authenticated data the ASCII bytes `license`, and the ciphertext with its tag.
/// 4. The payload is compact JSON (`LicenseFilePayload`). Honour it only while the device's clock is
///    between `issued` and `expiry`, and only when its `account_id` and `product_code` are the ones the
///    application expects.
///
/// A machine file differs in four places: its armor lines say `MACHINE FILE`; its signature is over
/// `machine/` followed by `enc`; an encrypted one derives its key from the UTF-8 bytes of the license key
/// followed by those of the machine's fingerprint, with info `locksmith machine file v1` and additional
/// authenticated data `machine`; and its payload has `machine` (`id` and `fingerprint`), which must be the
/// machine the application runs on.
///
/// - Remark: Generated from `#/components/schemas/LicenseFile`.
public struct LicenseFile: Codable, Hashable, Sendable {
    /// The armored certificate, the whole content of the `.lic` file.
    public var certificate: String
    /// `license`, or `machine` for a file bound to one machine (requested with `fingerprint`).
    public var kind: LicenseFileKind
    /// The `alg` member.
    public var alg: LicenseFileAlgorithm
    /// When the file was issued (the payload's `issued`).
    public var issuedAt: Date
    /// When the file stops being valid (the payload's `expiry`).
    public var expiresAt: Date
    /// The key that signed the file.
    public var kid: String
    /// From `issueMachineFile`: the request's `nonce`, echoed in the signed answer.
    public var nonce: String?

    /// A value with these members; optional ones default to absent.
    public init(certificate: String, kind: LicenseFileKind, alg: LicenseFileAlgorithm, issuedAt: Date, expiresAt: Date, kid: String, nonce: String? = nil) {
        self.certificate = certificate
        self.kind = kind
        self.alg = alg
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.kid = kid
        self.nonce = nonce
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case certificate
        case kind
        case alg
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case kid
        case nonce
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.certificate = try container.decode(String.self, forKey: .certificate)
        self.kind = try container.decode(LicenseFileKind.self, forKey: .kind)
        self.alg = try container.decode(LicenseFileAlgorithm.self, forKey: .alg)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.expiresAt = try container.decode(Date.self, forKey: .expiresAt)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.certificate, forKey: .certificate)
        try container.encode(self.kind, forKey: .kind)
        try container.encode(self.alg, forKey: .alg)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encode(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.kid, forKey: .kid)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
    }
}

extension LicenseFile: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("alg", self.alg)
        writer.field("certificate", self.certificate)
        writer.field("expires_at", self.expiresAt)
        writer.field("issued_at", self.issuedAt)
        writer.field("kid", self.kid)
        writer.field("kind", self.kind)
        if let value = self.nonce { writer.field("nonce", value) }
        writer.endObject()
    }
}

/// What a license file says, as compact JSON: the license as it stood at issue, with its effective limits and entitlements.
///
/// - Remark: Generated from `#/components/schemas/LicenseFilePayload`.
public struct LicenseFilePayload: Codable, Hashable, Sendable {
    /// The vendor account the license belongs to.
    public var accountID: String
    /// The licensed product.
    public var productID: String
    /// The licensed product's code.
    public var productCode: String
    /// `id`, `status` (`LicenseStatus`), `license_type`, `entitlement_version`, and `starts_at`, `expires_at`, `maintenance_expires_at` when set.
    public var license: [String: JSONValue]
    /// The effective limits: `max_activations`, `max_transfers`, and `max_floating_users` and `max_container_instances` when they apply.
    public var limits: [String: JSONValue]
    /// The assigned features, by code, each with `enabled`, and `quota`, `consumed` and `expires_at` when set.
    public var entitlements: [[String: JSONValue]]
    /// When the file was issued.
    public var issued: Date
    /// Issue plus `ttl`, or the end of the license's validity when that comes first.
    public var expiry: Date
    /// Machine files only: the machine, `id` (its device id) and `fingerprint`.
    public var machine: [String: JSONValue]?
    /// The time-to-live asked for, in seconds.
    public var ttl: Int
    /// The key that signed the file.
    public var kid: String

    /// A value with these members; optional ones default to absent.
    public init(accountID: String, productID: String, productCode: String, license: [String: JSONValue], limits: [String: JSONValue], entitlements: [[String: JSONValue]], issued: Date, expiry: Date, machine: [String: JSONValue]? = nil, ttl: Int, kid: String) {
        self.accountID = accountID
        self.productID = productID
        self.productCode = productCode
        self.license = license
        self.limits = limits
        self.entitlements = entitlements
        self.issued = issued
        self.expiry = expiry
        self.machine = machine
        self.ttl = ttl
        self.kid = kid
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case productID = "product_id"
        case productCode = "product_code"
        case license
        case limits
        case entitlements
        case issued
        case expiry
        case machine
        case ttl
        case kid
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decode(String.self, forKey: .accountID)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.productCode = try container.decode(String.self, forKey: .productCode)
        self.license = try container.decode([String: JSONValue].self, forKey: .license)
        self.limits = try container.decode([String: JSONValue].self, forKey: .limits)
        self.entitlements = try container.decode([[String: JSONValue]].self, forKey: .entitlements)
        self.issued = try container.decode(Date.self, forKey: .issued)
        self.expiry = try container.decode(Date.self, forKey: .expiry)
        self.machine = try container.decodeIfPresent([String: JSONValue].self, forKey: .machine)
        self.ttl = try container.decode(Int.self, forKey: .ttl)
        self.kid = try container.decode(String.self, forKey: .kid)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.accountID, forKey: .accountID)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.productCode, forKey: .productCode)
        try container.encode(self.license, forKey: .license)
        try container.encode(self.limits, forKey: .limits)
        try container.encode(self.entitlements, forKey: .entitlements)
        try container.encode(self.issued, forKey: .issued)
        try container.encode(self.expiry, forKey: .expiry)
        try container.encodeIfPresent(self.machine, forKey: .machine)
        try container.encode(self.ttl, forKey: .ttl)
        try container.encode(self.kid, forKey: .kid)
    }
}

extension LicenseFilePayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("account_id", self.accountID)
        writer.field("entitlements", self.entitlements)
        writer.field("expiry", self.expiry)
        writer.field("issued", self.issued)
        writer.field("kid", self.kid)
        writer.field("license", self.license)
        writer.field("limits", self.limits)
        if let value = self.machine { writer.field("machine", value) }
        writer.field("product_code", self.productCode)
        writer.field("product_id", self.productID)
        writer.field("ttl", self.ttl)
        writer.endObject()
    }
}

/// State of a device binding.
///
/// - Remark: Generated from `#/components/schemas/DeviceStatus`.
public enum DeviceStatus: OpenEnum {
    /// `active`.
    case active
    /// `deactivated`.
    case deactivated
    /// `blacklisted`.
    case blacklisted
    /// `reset`.
    case reset
    /// `expired`.
    case expired
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [DeviceStatus] = [.active, .deactivated, .blacklisted, .reset, .expired]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "deactivated": self = .deactivated
        case "blacklisted": self = .blacklisted
        case "reset": self = .reset
        case "expired": self = .expired
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .active: "active"
        case .deactivated: "deactivated"
        case .blacklisted: "blacklisted"
        case .reset: "reset"
        case .expired: "expired"
        case .unrecognized(let value): value
        }
    }
}

/// `hardware` devices are identified by a fingerprint; `container` devices by their container, pod, namespace or cluster identity.
///
/// - Remark: Generated from `#/components/schemas/DeviceBindingKind`.
public enum DeviceBindingKind: OpenEnum {
    /// `hardware`.
    case hardware
    /// `container`.
    case container
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [DeviceBindingKind] = [.hardware, .container]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "hardware": self = .hardware
        case "container": self = .container
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .hardware: "hardware"
        case .container: "container"
        case .unrecognized(let value): value
        }
    }
}

/// How a device holds the license: `node_locked` devices were activated and take one of the policy's `max_activations` slots; `floating` devices were bound by a floating checkout, take no slot, and may use the license only while they hold a live lease.
///
/// - Remark: Generated from `#/components/schemas/DeviceSeat`.
public enum DeviceSeat: OpenEnum {
    /// `node_locked`.
    case nodeLocked
    /// `floating`.
    case floating
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [DeviceSeat] = [.nodeLocked, .floating]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "node_locked": self = .nodeLocked
        case "floating": self = .floating
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .nodeLocked: "node_locked"
        case .floating: "floating"
        case .unrecognized(let value): value
        }
    }
}

/// A machine or container instance bound to a license.
///
/// - Remark: Generated from `#/components/schemas/Device`.
public struct Device: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// License the device is bound to.
    public var licenseID: String
    /// The `binding_kind` member.
    public var bindingKind: DeviceBindingKind
    /// The `seat` member, absent when not given.
    public var seat: DeviceSeat?
    /// Normalised identity the binding is matched on (derived from the fingerprint or the container fields).
    public var bindingKey: String
    /// Hardware fingerprint sent by the application.
    public var fingerprint: String?
    /// Host name reported by the application.
    public var hostname: String?
    /// Operating system reported by the application.
    public var os: String?
    /// Address the last runtime call came from.
    public var ipAddress: String?
    /// Whether the application reported running in a virtual machine.
    public var isVM: Bool
    /// Whether the application reported running in a container.
    public var isContainer: Bool
    /// Container identifier.
    public var containerID: String?
    /// Cluster identifier.
    public var clusterID: String?
    /// Namespace of the workload.
    public var namespace: String?
    /// Pod name of the workload.
    public var podName: String?
    /// The `status` member.
    public var status: DeviceStatus
    /// First runtime call from the device.
    public var firstSeenAt: Date
    /// Latest runtime call from the device.
    public var lastSeenAt: Date
    /// Latest successful validation; absent if never validated.
    public var lastValidatedAt: Date?
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, licenseID: String, bindingKind: DeviceBindingKind, seat: DeviceSeat? = nil, bindingKey: String, fingerprint: String? = nil, hostname: String? = nil, os: String? = nil, ipAddress: String? = nil, isVM: Bool, isContainer: Bool, containerID: String? = nil, clusterID: String? = nil, namespace: String? = nil, podName: String? = nil, status: DeviceStatus, firstSeenAt: Date, lastSeenAt: Date, lastValidatedAt: Date? = nil, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.licenseID = licenseID
        self.bindingKind = bindingKind
        self.seat = seat
        self.bindingKey = bindingKey
        self.fingerprint = fingerprint
        self.hostname = hostname
        self.os = os
        self.ipAddress = ipAddress
        self.isVM = isVM
        self.isContainer = isContainer
        self.containerID = containerID
        self.clusterID = clusterID
        self.namespace = namespace
        self.podName = podName
        self.status = status
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
        self.lastValidatedAt = lastValidatedAt
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case licenseID = "license_id"
        case bindingKind = "binding_kind"
        case seat
        case bindingKey = "binding_key"
        case fingerprint
        case hostname
        case os
        case ipAddress = "ip_address"
        case isVM = "is_vm"
        case isContainer = "is_container"
        case containerID = "container_id"
        case clusterID = "cluster_id"
        case namespace
        case podName = "pod_name"
        case status
        case firstSeenAt = "first_seen_at"
        case lastSeenAt = "last_seen_at"
        case lastValidatedAt = "last_validated_at"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.bindingKind = try container.decode(DeviceBindingKind.self, forKey: .bindingKind)
        self.seat = try container.decodeIfPresent(DeviceSeat.self, forKey: .seat)
        self.bindingKey = try container.decode(String.self, forKey: .bindingKey)
        self.fingerprint = try container.decodeIfPresent(String.self, forKey: .fingerprint)
        self.hostname = try container.decodeIfPresent(String.self, forKey: .hostname)
        self.os = try container.decodeIfPresent(String.self, forKey: .os)
        self.ipAddress = try container.decodeIfPresent(String.self, forKey: .ipAddress)
        self.isVM = try container.decode(Bool.self, forKey: .isVM)
        self.isContainer = try container.decode(Bool.self, forKey: .isContainer)
        self.containerID = try container.decodeIfPresent(String.self, forKey: .containerID)
        self.clusterID = try container.decodeIfPresent(String.self, forKey: .clusterID)
        self.namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
        self.podName = try container.decodeIfPresent(String.self, forKey: .podName)
        self.status = try container.decode(DeviceStatus.self, forKey: .status)
        self.firstSeenAt = try container.decode(Date.self, forKey: .firstSeenAt)
        self.lastSeenAt = try container.decode(Date.self, forKey: .lastSeenAt)
        self.lastValidatedAt = try container.decodeIfPresent(Date.self, forKey: .lastValidatedAt)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.bindingKind, forKey: .bindingKind)
        try container.encodeIfPresent(self.seat, forKey: .seat)
        try container.encode(self.bindingKey, forKey: .bindingKey)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
        try container.encodeIfPresent(self.hostname, forKey: .hostname)
        try container.encodeIfPresent(self.os, forKey: .os)
        try container.encodeIfPresent(self.ipAddress, forKey: .ipAddress)
        try container.encode(self.isVM, forKey: .isVM)
        try container.encode(self.isContainer, forKey: .isContainer)
        try container.encodeIfPresent(self.containerID, forKey: .containerID)
        try container.encodeIfPresent(self.clusterID, forKey: .clusterID)
        try container.encodeIfPresent(self.namespace, forKey: .namespace)
        try container.encodeIfPresent(self.podName, forKey: .podName)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.firstSeenAt, forKey: .firstSeenAt)
        try container.encode(self.lastSeenAt, forKey: .lastSeenAt)
        try container.encodeIfPresent(self.lastValidatedAt, forKey: .lastValidatedAt)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension Device: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("binding_key", self.bindingKey)
        writer.field("binding_kind", self.bindingKind)
        if let value = self.clusterID { writer.field("cluster_id", value) }
        if let value = self.containerID { writer.field("container_id", value) }
        writer.field("created_at", self.createdAt)
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        writer.field("first_seen_at", self.firstSeenAt)
        if let value = self.hostname { writer.field("hostname", value) }
        writer.field("id", self.id)
        if let value = self.ipAddress { writer.field("ip_address", value) }
        writer.field("is_container", self.isContainer)
        writer.field("is_vm", self.isVM)
        writer.field("last_seen_at", self.lastSeenAt)
        if let value = self.lastValidatedAt { writer.field("last_validated_at", value) }
        writer.field("license_id", self.licenseID)
        writer.field("metadata", self.metadata)
        if let value = self.namespace { writer.field("namespace", value) }
        if let value = self.os { writer.field("os", value) }
        if let value = self.podName { writer.field("pod_name", value) }
        if let value = self.seat { writer.field("seat", value) }
        writer.field("status", self.status)
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}

/// The signed entitlement sealed in an `OfflineEnvelope`: the fields of a runtime entitlement plus the window in which it may be used without the server.
///
/// - Remark: Generated from `#/components/schemas/OfflineLicenseData`.
public struct OfflineLicenseData: Codable, Hashable, Sendable {
    /// The vendor account the license belongs to. An application that knows its vendor's account refuses an answer naming another.
    public var accountID: String?
    /// The product the license is for.
    public var productID: String?
    /// Code of the product the license is for. An application refuses an answer whose `product_code` is not its own: a license of another product, however validly signed, does not unlock it.
    public var productCode: String?
    /// The request's `nonce`, when it sent one.
    public var nonce: String?
    /// License the payload is about.
    public var licenseID: String
    /// License status at issue time; one of the `LicenseStatus` values.
    public var status: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// The license's entitlement counter at issue time.
    public var entitlementVersion: Int64
    /// When the server produced this payload.
    public var issuedAt: Date
    /// License expiry; absent when it does not expire.
    public var expiresAt: Date?
    /// Device the offline license is bound to.
    public var deviceID: String
    /// Entitlements of every feature assigned to the license.
    public var features: [FeatureEntitlement]
    /// The `version_eligibility` member, absent when not given.
    public var versionEligibility: VersionEligibility?
    /// Start of the offline window (issue time).
    public var offlineValidFrom: Date
    /// End of the offline window: issue time plus the policy's `offline_grace_days`, but never past `expires_at`.
    public var offlineValidUntil: Date

    /// A value with these members; optional ones default to absent.
    public init(accountID: String? = nil, productID: String? = nil, productCode: String? = nil, nonce: String? = nil, licenseID: String, status: String, licenseType: LicenseType, entitlementVersion: Int64, issuedAt: Date, expiresAt: Date? = nil, deviceID: String, features: [FeatureEntitlement], versionEligibility: VersionEligibility? = nil, offlineValidFrom: Date, offlineValidUntil: Date) {
        self.accountID = accountID
        self.productID = productID
        self.productCode = productCode
        self.nonce = nonce
        self.licenseID = licenseID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.deviceID = deviceID
        self.features = features
        self.versionEligibility = versionEligibility
        self.offlineValidFrom = offlineValidFrom
        self.offlineValidUntil = offlineValidUntil
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case accountID = "account_id"
        case productID = "product_id"
        case productCode = "product_code"
        case nonce
        case licenseID = "license_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case issuedAt = "issued_at"
        case expiresAt = "expires_at"
        case deviceID = "device_id"
        case features
        case versionEligibility = "version_eligibility"
        case offlineValidFrom = "offline_valid_from"
        case offlineValidUntil = "offline_valid_until"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.productCode = try container.decodeIfPresent(String.self, forKey: .productCode)
        self.nonce = try container.decodeIfPresent(String.self, forKey: .nonce)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.status = try container.decode(String.self, forKey: .status)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.issuedAt = try container.decode(Date.self, forKey: .issuedAt)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.deviceID = try container.decode(String.self, forKey: .deviceID)
        self.features = try container.decode([FeatureEntitlement].self, forKey: .features)
        self.versionEligibility = try container.decodeIfPresent(VersionEligibility.self, forKey: .versionEligibility)
        self.offlineValidFrom = try container.decode(Date.self, forKey: .offlineValidFrom)
        self.offlineValidUntil = try container.decode(Date.self, forKey: .offlineValidUntil)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.productCode, forKey: .productCode)
        try container.encodeIfPresent(self.nonce, forKey: .nonce)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encode(self.issuedAt, forKey: .issuedAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.deviceID, forKey: .deviceID)
        try container.encode(self.features, forKey: .features)
        try container.encodeIfPresent(self.versionEligibility, forKey: .versionEligibility)
        try container.encode(self.offlineValidFrom, forKey: .offlineValidFrom)
        try container.encode(self.offlineValidUntil, forKey: .offlineValidUntil)
    }
}

extension OfflineLicenseData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("device_id", self.deviceID)
        writer.field("entitlement_version", self.entitlementVersion)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("features", self.features)
        writer.field("issued_at", self.issuedAt)
        writer.field("license_id", self.licenseID)
        writer.field("license_type", self.licenseType)
        if let value = self.nonce { writer.field("nonce", value) }
        writer.field("offline_valid_from", self.offlineValidFrom)
        writer.field("offline_valid_until", self.offlineValidUntil)
        if let value = self.productCode { writer.field("product_code", value) }
        if let value = self.productID { writer.field("product_id", value) }
        writer.field("status", self.status)
        if let value = self.versionEligibility { writer.field("version_eligibility", value) }
        writer.endObject()
    }
}

/// Runtime success body with a license or machine file. `signature` covers the exact bytes of `data` as they appear in the body; the certificate inside is signed on its own as well.
///
/// - Remark: Generated from `#/components/schemas/SignedLicenseFileEnvelope`.
public struct SignedLicenseFileEnvelope: Codable, Hashable, Sendable {
    /// The `data` member.
    public var data: LicenseFile
    /// The `signature` member.
    public var signature: Signature
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(data: LicenseFile, signature: Signature, meta: ResponseMeta) {
        self.data = data
        self.signature = signature
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case signature
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode(LicenseFile.self, forKey: .data)
        self.signature = try container.decode(Signature.self, forKey: .signature)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.data, forKey: .data)
        try container.encode(self.signature, forKey: .signature)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension SignedLicenseFileEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("meta", self.meta)
        writer.field("signature", self.signature)
        writer.endObject()
    }
}

/// The JWS algorithm of a license token: `EdDSA` (Ed25519, RFC 8037; the default) or `RS256` (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518), for which the account needs an RSA token key.
///
/// - Remark: Generated from `#/components/schemas/LicenseTokenAlgorithm`.
public enum LicenseTokenAlgorithm: OpenEnum {
    /// `EdDSA`.
    case edDSA
    /// `RS256`.
    case rs256
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseTokenAlgorithm] = [.edDSA, .rs256]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "EdDSA": self = .edDSA
        case "RS256": self = .rs256
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .edDSA: "EdDSA"
        case .rs256: "RS256"
        case .unrecognized(let value): value
        }
    }
}

/// The claims of a license token (the JWT's second part), as `issueLicenseToken` describes each.
///
/// - Remark: Generated from `#/components/schemas/LicenseTokenClaims`.
public struct LicenseTokenClaims: Codable, Hashable, Sendable {
    /// The server's public URL.
    public var iss: String
    /// The license id.
    public var sub: String
    /// The product's code.
    public var aud: String
    /// When the token was issued, in seconds since 1970.
    public var iat: Int64
    /// When the token becomes valid (its issue), in seconds since 1970.
    public var nbf: Int64
    /// When the token expires, in seconds since 1970.
    public var exp: Int64
    /// The token's unique id.
    public var jti: String
    /// `locksmith_license_v1`.
    public var tokenUse: String
    /// The vendor account.
    public var accountID: String
    /// The product.
    public var productID: String
    /// The `status` member.
    public var status: LicenseStatus
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// The license's entitlement version at issue.
    public var entitlementVersion: Int64
    /// The codes of the features the license was entitled to at issue, sorted.
    public var features: [String]
    /// The device, when the token was asked for with `fingerprint`.
    public var deviceID: String?

    /// A value with these members; optional ones default to absent.
    public init(iss: String, sub: String, aud: String, iat: Int64, nbf: Int64, exp: Int64, jti: String, tokenUse: String, accountID: String, productID: String, status: LicenseStatus, licenseType: LicenseType, entitlementVersion: Int64, features: [String], deviceID: String? = nil) {
        self.iss = iss
        self.sub = sub
        self.aud = aud
        self.iat = iat
        self.nbf = nbf
        self.exp = exp
        self.jti = jti
        self.tokenUse = tokenUse
        self.accountID = accountID
        self.productID = productID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.features = features
        self.deviceID = deviceID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case iss
        case sub
        case aud
        case iat
        case nbf
        case exp
        case jti
        case tokenUse = "token_use"
        case accountID = "account_id"
        case productID = "product_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case features
        case deviceID = "device_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.iss = try container.decode(String.self, forKey: .iss)
        self.sub = try container.decode(String.self, forKey: .sub)
        self.aud = try container.decode(String.self, forKey: .aud)
        self.iat = try container.decode(Int64.self, forKey: .iat)
        self.nbf = try container.decode(Int64.self, forKey: .nbf)
        self.exp = try container.decode(Int64.self, forKey: .exp)
        self.jti = try container.decode(String.self, forKey: .jti)
        self.tokenUse = try container.decode(String.self, forKey: .tokenUse)
        self.accountID = try container.decode(String.self, forKey: .accountID)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.status = try container.decode(LicenseStatus.self, forKey: .status)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decode(Int64.self, forKey: .entitlementVersion)
        self.features = try container.decode([String].self, forKey: .features)
        self.deviceID = try container.decodeIfPresent(String.self, forKey: .deviceID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.iss, forKey: .iss)
        try container.encode(self.sub, forKey: .sub)
        try container.encode(self.aud, forKey: .aud)
        try container.encode(self.iat, forKey: .iat)
        try container.encode(self.nbf, forKey: .nbf)
        try container.encode(self.exp, forKey: .exp)
        try container.encode(self.jti, forKey: .jti)
        try container.encode(self.tokenUse, forKey: .tokenUse)
        try container.encode(self.accountID, forKey: .accountID)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encode(self.features, forKey: .features)
        try container.encodeIfPresent(self.deviceID, forKey: .deviceID)
    }
}

extension LicenseTokenClaims: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("account_id", self.accountID)
        writer.field("aud", self.aud)
        if let value = self.deviceID { writer.field("device_id", value) }
        writer.field("entitlement_version", self.entitlementVersion)
        writer.field("exp", self.exp)
        writer.field("features", self.features)
        writer.field("iat", self.iat)
        writer.field("iss", self.iss)
        writer.field("jti", self.jti)
        writer.field("license_type", self.licenseType)
        writer.field("nbf", self.nbf)
        writer.field("product_id", self.productID)
        writer.field("status", self.status)
        writer.field("sub", self.sub)
        writer.field("token_use", self.tokenUse)
        writer.endObject()
    }
}

/// Runtime success body with a license token. `signature` covers the exact bytes of `data` as they appear in the body; the token inside carries its own signature, made with a token key.
///
/// - Remark: Generated from `#/components/schemas/SignedLicenseTokenEnvelope`.
public struct SignedLicenseTokenEnvelope: Codable, Hashable, Sendable {
    /// The `data` member.
    public var data: LicenseToken
    /// The `signature` member.
    public var signature: Signature
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(data: LicenseToken, signature: Signature, meta: ResponseMeta) {
        self.data = data
        self.signature = signature
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case signature
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode(LicenseToken.self, forKey: .data)
        self.signature = try container.decode(Signature.self, forKey: .signature)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.data, forKey: .data)
        try container.encode(self.signature, forKey: .signature)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension SignedLicenseTokenEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("meta", self.meta)
        writer.field("signature", self.signature)
        writer.endObject()
    }
}

/// Why a token of the caller's account is not active (`introspectLicenseToken` lists each check).
///
/// - Remark: Generated from `#/components/schemas/TokenIntrospectionReason`.
public enum TokenIntrospectionReason: OpenEnum {
    /// `token_expired`.
    case tokenExpired
    /// `token_not_yet_valid`.
    case tokenNotYetValid
    /// `token_revoked`.
    case tokenRevoked
    /// `license_suspended`.
    case licenseSuspended
    /// `license_revoked`.
    case licenseRevoked
    /// `license_expired`.
    case licenseExpired
    /// `device_inactive`.
    case deviceInactive
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [TokenIntrospectionReason] = [.tokenExpired, .tokenNotYetValid, .tokenRevoked, .licenseSuspended, .licenseRevoked, .licenseExpired, .deviceInactive]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "token_expired": self = .tokenExpired
        case "token_not_yet_valid": self = .tokenNotYetValid
        case "token_revoked": self = .tokenRevoked
        case "license_suspended": self = .licenseSuspended
        case "license_revoked": self = .licenseRevoked
        case "license_expired": self = .licenseExpired
        case "device_inactive": self = .deviceInactive
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .tokenExpired: "token_expired"
        case .tokenNotYetValid: "token_not_yet_valid"
        case .tokenRevoked: "token_revoked"
        case .licenseSuspended: "license_suspended"
        case .licenseRevoked: "license_revoked"
        case .licenseExpired: "license_expired"
        case .deviceInactive: "device_inactive"
        case .unrecognized(let value): value
        }
    }
}

/// `Bearer`.
///
/// - Remark: Generated from `#/components/schemas/TokenIntrospection/properties/token_type`.
public enum TokenIntrospectionTokenType: OpenEnum {
    /// `Bearer`.
    case bearer
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [TokenIntrospectionTokenType] = [.bearer]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "Bearer": self = .bearer
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .bearer: "Bearer"
        case .unrecognized(let value): value
        }
    }
}

/// The introspection answer of RFC 7662, section 2.2: `active`, and for a token of the caller's account its claims (`issueLicenseToken` describes them) and, when it is not active, the `reason`.
///
/// - Remark: Generated from `#/components/schemas/TokenIntrospection`.
public struct TokenIntrospection: Codable, Hashable, Sendable {
    /// Whether the token may be honoured now.
    public var active: Bool
    /// The `reason` member, absent when not given.
    public var reason: TokenIntrospectionReason?
    /// `Bearer`.
    public var tokenType: TokenIntrospectionTokenType?
    /// The token's issuer.
    public var iss: String?
    /// The license id.
    public var sub: String?
    /// The product's code.
    public var aud: String?
    /// When the token was issued, in seconds since 1970.
    public var iat: Int64?
    /// When the token became valid, in seconds since 1970.
    public var nbf: Int64?
    /// When the token expires, in seconds since 1970.
    public var exp: Int64?
    /// The token's id.
    public var jti: String?
    /// `locksmith_license_v1`.
    public var tokenUse: String?
    /// The vendor account.
    public var accountID: String?
    /// The product.
    public var productID: String?
    /// The `status` member, absent when not given.
    public var status: LicenseStatus?
    /// The `license_type` member, absent when not given.
    public var licenseType: LicenseType?
    /// The license's entitlement version when the token was issued.
    public var entitlementVersion: Int64?
    /// The feature codes the token asserts.
    public var features: [String]?
    /// The device the token names, when it names one.
    public var deviceID: String?

    /// A value with these members; optional ones default to absent.
    public init(active: Bool, reason: TokenIntrospectionReason? = nil, tokenType: TokenIntrospectionTokenType? = nil, iss: String? = nil, sub: String? = nil, aud: String? = nil, iat: Int64? = nil, nbf: Int64? = nil, exp: Int64? = nil, jti: String? = nil, tokenUse: String? = nil, accountID: String? = nil, productID: String? = nil, status: LicenseStatus? = nil, licenseType: LicenseType? = nil, entitlementVersion: Int64? = nil, features: [String]? = nil, deviceID: String? = nil) {
        self.active = active
        self.reason = reason
        self.tokenType = tokenType
        self.iss = iss
        self.sub = sub
        self.aud = aud
        self.iat = iat
        self.nbf = nbf
        self.exp = exp
        self.jti = jti
        self.tokenUse = tokenUse
        self.accountID = accountID
        self.productID = productID
        self.status = status
        self.licenseType = licenseType
        self.entitlementVersion = entitlementVersion
        self.features = features
        self.deviceID = deviceID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case active
        case reason
        case tokenType = "token_type"
        case iss
        case sub
        case aud
        case iat
        case nbf
        case exp
        case jti
        case tokenUse = "token_use"
        case accountID = "account_id"
        case productID = "product_id"
        case status
        case licenseType = "license_type"
        case entitlementVersion = "entitlement_version"
        case features
        case deviceID = "device_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.active = try container.decode(Bool.self, forKey: .active)
        self.reason = try container.decodeIfPresent(TokenIntrospectionReason.self, forKey: .reason)
        self.tokenType = try container.decodeIfPresent(TokenIntrospectionTokenType.self, forKey: .tokenType)
        self.iss = try container.decodeIfPresent(String.self, forKey: .iss)
        self.sub = try container.decodeIfPresent(String.self, forKey: .sub)
        self.aud = try container.decodeIfPresent(String.self, forKey: .aud)
        self.iat = try container.decodeIfPresent(Int64.self, forKey: .iat)
        self.nbf = try container.decodeIfPresent(Int64.self, forKey: .nbf)
        self.exp = try container.decodeIfPresent(Int64.self, forKey: .exp)
        self.jti = try container.decodeIfPresent(String.self, forKey: .jti)
        self.tokenUse = try container.decodeIfPresent(String.self, forKey: .tokenUse)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.status = try container.decodeIfPresent(LicenseStatus.self, forKey: .status)
        self.licenseType = try container.decodeIfPresent(LicenseType.self, forKey: .licenseType)
        self.entitlementVersion = try container.decodeIfPresent(Int64.self, forKey: .entitlementVersion)
        self.features = try container.decodeIfPresent([String].self, forKey: .features)
        self.deviceID = try container.decodeIfPresent(String.self, forKey: .deviceID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.active, forKey: .active)
        try container.encodeIfPresent(self.reason, forKey: .reason)
        try container.encodeIfPresent(self.tokenType, forKey: .tokenType)
        try container.encodeIfPresent(self.iss, forKey: .iss)
        try container.encodeIfPresent(self.sub, forKey: .sub)
        try container.encodeIfPresent(self.aud, forKey: .aud)
        try container.encodeIfPresent(self.iat, forKey: .iat)
        try container.encodeIfPresent(self.nbf, forKey: .nbf)
        try container.encodeIfPresent(self.exp, forKey: .exp)
        try container.encodeIfPresent(self.jti, forKey: .jti)
        try container.encodeIfPresent(self.tokenUse, forKey: .tokenUse)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.status, forKey: .status)
        try container.encodeIfPresent(self.licenseType, forKey: .licenseType)
        try container.encodeIfPresent(self.entitlementVersion, forKey: .entitlementVersion)
        try container.encodeIfPresent(self.features, forKey: .features)
        try container.encodeIfPresent(self.deviceID, forKey: .deviceID)
    }
}

extension TokenIntrospection: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("active", self.active)
        if let value = self.aud { writer.field("aud", value) }
        if let value = self.deviceID { writer.field("device_id", value) }
        if let value = self.entitlementVersion { writer.field("entitlement_version", value) }
        if let value = self.exp { writer.field("exp", value) }
        if let value = self.features { writer.field("features", value) }
        if let value = self.iat { writer.field("iat", value) }
        if let value = self.iss { writer.field("iss", value) }
        if let value = self.jti { writer.field("jti", value) }
        if let value = self.licenseType { writer.field("license_type", value) }
        if let value = self.nbf { writer.field("nbf", value) }
        if let value = self.productID { writer.field("product_id", value) }
        if let value = self.reason { writer.field("reason", value) }
        if let value = self.status { writer.field("status", value) }
        if let value = self.sub { writer.field("sub", value) }
        if let value = self.tokenType { writer.field("token_type", value) }
        if let value = self.tokenUse { writer.field("token_use", value) }
        writer.endObject()
    }
}

/// Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.
///
/// - Remark: Generated from `#/components/schemas/SignedRuntimeEntitlementEnvelope`.
public struct SignedRuntimeEntitlementEnvelope: Codable, Hashable, Sendable {
    /// The `data` member.
    public var data: RuntimeEntitlementResponseData
    /// The `signature` member.
    public var signature: Signature
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(data: RuntimeEntitlementResponseData, signature: Signature, meta: ResponseMeta) {
        self.data = data
        self.signature = signature
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case signature
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode(RuntimeEntitlementResponseData.self, forKey: .data)
        self.signature = try container.decode(Signature.self, forKey: .signature)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.data, forKey: .data)
        try container.encode(self.signature, forKey: .signature)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension SignedRuntimeEntitlementEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("meta", self.meta)
        writer.field("signature", self.signature)
        writer.endObject()
    }
}

/// Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.
///
/// - Remark: Generated from `#/components/schemas/SignedRuntimeDeactivationEnvelope`.
public struct SignedRuntimeDeactivationEnvelope: Codable, Hashable, Sendable {
    /// The `data` member.
    public var data: DeactivationResponseData
    /// The `signature` member.
    public var signature: Signature
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(data: DeactivationResponseData, signature: Signature, meta: ResponseMeta) {
        self.data = data
        self.signature = signature
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case signature
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode(DeactivationResponseData.self, forKey: .data)
        self.signature = try container.decode(Signature.self, forKey: .signature)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.data, forKey: .data)
        try container.encode(self.signature, forKey: .signature)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension SignedRuntimeDeactivationEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("meta", self.meta)
        writer.field("signature", self.signature)
        writer.endObject()
    }
}

/// Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.
///
/// - Remark: Generated from `#/components/schemas/SignedRuntimeFloatingCheckoutEnvelope`.
public struct SignedRuntimeFloatingCheckoutEnvelope: Codable, Hashable, Sendable {
    /// The `data` member.
    public var data: FloatingCheckoutResponseData
    /// The `signature` member.
    public var signature: Signature
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(data: FloatingCheckoutResponseData, signature: Signature, meta: ResponseMeta) {
        self.data = data
        self.signature = signature
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case signature
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode(FloatingCheckoutResponseData.self, forKey: .data)
        self.signature = try container.decode(Signature.self, forKey: .signature)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.data, forKey: .data)
        try container.encode(self.signature, forKey: .signature)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension SignedRuntimeFloatingCheckoutEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("meta", self.meta)
        writer.field("signature", self.signature)
        writer.endObject()
    }
}

/// Runtime success body. `signature` covers the exact bytes of `data` as they appear in the body (compact, ASCII-only JSON); verify it before trusting `data`.
///
/// - Remark: Generated from `#/components/schemas/SignedRuntimeFloatingLeaseEnvelope`.
public struct SignedRuntimeFloatingLeaseEnvelope: Codable, Hashable, Sendable {
    /// The `data` member.
    public var data: FloatingLeaseResponseData
    /// The `signature` member.
    public var signature: Signature
    /// The `meta` member.
    public var meta: ResponseMeta

    /// A value with these members; optional ones default to absent.
    public init(data: FloatingLeaseResponseData, signature: Signature, meta: ResponseMeta) {
        self.data = data
        self.signature = signature
        self.meta = meta
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case data
        case signature
        case meta
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.data = try container.decode(FloatingLeaseResponseData.self, forKey: .data)
        self.signature = try container.decode(Signature.self, forKey: .signature)
        self.meta = try container.decode(ResponseMeta.self, forKey: .meta)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.data, forKey: .data)
        try container.encode(self.signature, forKey: .signature)
        try container.encode(self.meta, forKey: .meta)
    }
}

extension SignedRuntimeFloatingLeaseEnvelope: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("meta", self.meta)
        writer.field("signature", self.signature)
        writer.endObject()
    }
}

/// Kind of principal behind an action: a management key, a license (runtime calls), an OIDC-authenticated operator, or the server itself.
///
/// - Remark: Generated from `#/components/schemas/AuditActorType`.
public enum AuditActorType: OpenEnum {
    /// `api_key`.
    case apiKey
    /// `license`.
    case license
    /// `oidc_subject`.
    case oidcSubject
    /// `system`.
    case system
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [AuditActorType] = [.apiKey, .license, .oidcSubject, .system]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "api_key": self = .apiKey
        case "license": self = .license
        case "oidc_subject": self = .oidcSubject
        case "system": self = .system
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .apiKey: "api_key"
        case .license: "license"
        case .oidcSubject: "oidc_subject"
        case .system: "system"
        case .unrecognized(let value): value
        }
    }
}

/// Why the server turned a webhook endpoint off: `gone` (the receiver answered 410 Gone) or `failing` (deliveries failed for 24 hours). Absent while the endpoint is active or paused by a caller.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointDisabledReason`.
public enum WebhookEndpointDisabledReason: OpenEnum {
    /// `gone`.
    case gone
    /// `failing`.
    case failing
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [WebhookEndpointDisabledReason] = [.gone, .failing]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "gone": self = .gone
        case "failing": self = .failing
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .gone: "gone"
        case .failing: "failing"
        case .unrecognized(let value): value
        }
    }
}

/// What every delivery payload starts with.
///
/// - Remark: Generated from `#/components/schemas/WebhookPayloadHeader`.
public struct WebhookPayloadHeader: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date) {
        self.type = type
        self.timestamp = timestamp
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
    }
}

extension WebhookPayloadHeader: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of the `license.*` deliveries.
///
/// - Remark: Generated from `#/components/schemas/LicenseWebhookPayload`.
public struct LicenseWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: License

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: License) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(License.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension LicenseWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of the `device.*` deliveries.
///
/// - Remark: Generated from `#/components/schemas/DeviceWebhookPayload`.
public struct DeviceWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: Device

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: Device) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(Device.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension DeviceWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of `usage.consumed`.
///
/// - Remark: Generated from `#/components/schemas/UsageWebhookPayload`.
public struct UsageWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: Activity

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: Activity) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(Activity.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension UsageWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of `usage.quota_reached`.
///
/// - Remark: Generated from `#/components/schemas/QuotaWebhookPayload`.
public struct QuotaWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: LicenseFeature

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: LicenseFeature) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(LicenseFeature.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension QuotaWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of the `lease.*` deliveries.
///
/// - Remark: Generated from `#/components/schemas/LeaseWebhookPayload`.
public struct LeaseWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: FloatingLease

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: FloatingLease) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(FloatingLease.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension LeaseWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of `export.completed`.
///
/// - Remark: Generated from `#/components/schemas/ExportWebhookPayload`.
public struct ExportWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: ReportExport

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: ReportExport) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(ReportExport.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension ExportWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of the `api_key.*` deliveries.
///
/// - Remark: Generated from `#/components/schemas/APIKeyWebhookPayload`.
public struct APIKeyWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: APIKey

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: APIKey) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(APIKey.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension APIKeyWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// Payload of `signing_key.rotated`.
///
/// - Remark: Generated from `#/components/schemas/SigningKeyWebhookPayload`.
public struct SigningKeyWebhookPayload: Codable, Hashable, Sendable {
    /// The `type` member.
    public var type: WebhookEventType
    /// When the change happened (the audit event's time).
    public var timestamp: Date
    /// The `data` member.
    public var data: PublicKey

    /// A value with these members; optional ones default to absent.
    public init(type: WebhookEventType, timestamp: Date, data: PublicKey) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type
        case timestamp
        case data
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(WebhookEventType.self, forKey: .type)
        self.timestamp = try container.decode(Date.self, forKey: .timestamp)
        self.data = try container.decode(PublicKey.self, forKey: .data)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encode(self.timestamp, forKey: .timestamp)
        try container.encode(self.data, forKey: .data)
    }
}

extension SigningKeyWebhookPayload: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.data)
        writer.field("timestamp", self.timestamp)
        writer.field("type", self.type)
        writer.endObject()
    }
}

/// A floating seat held by a device. The lease token itself is known only to the application that checked the seat out.
///
/// - Remark: Generated from `#/components/schemas/FloatingLease`.
public struct FloatingLease: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// License whose seat is leased.
    public var licenseID: String
    /// Device holding the lease.
    public var deviceID: String
    /// When the seat was checked out.
    public var checkedOutAt: Date
    /// When the lease runs out unless a heartbeat extends it (a policy that needs no heartbeats gives the license's end).
    public var expiresAt: Date
    /// When the lease was checked in or found expired; absent while it is held.
    public var releasedAt: Date?

    /// A value with these members; optional ones default to absent.
    public init(id: String, licenseID: String, deviceID: String, checkedOutAt: Date, expiresAt: Date, releasedAt: Date? = nil) {
        self.id = id
        self.licenseID = licenseID
        self.deviceID = deviceID
        self.checkedOutAt = checkedOutAt
        self.expiresAt = expiresAt
        self.releasedAt = releasedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case licenseID = "license_id"
        case deviceID = "device_id"
        case checkedOutAt = "checked_out_at"
        case expiresAt = "expires_at"
        case releasedAt = "released_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.deviceID = try container.decode(String.self, forKey: .deviceID)
        self.checkedOutAt = try container.decode(Date.self, forKey: .checkedOutAt)
        self.expiresAt = try container.decode(Date.self, forKey: .expiresAt)
        self.releasedAt = try container.decodeIfPresent(Date.self, forKey: .releasedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.deviceID, forKey: .deviceID)
        try container.encode(self.checkedOutAt, forKey: .checkedOutAt)
        try container.encode(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.releasedAt, forKey: .releasedAt)
    }
}

extension FloatingLease: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("checked_out_at", self.checkedOutAt)
        writer.field("device_id", self.deviceID)
        writer.field("expires_at", self.expiresAt)
        writer.field("id", self.id)
        writer.field("license_id", self.licenseID)
        if let value = self.releasedAt { writer.field("released_at", value) }
        writer.endObject()
    }
}

/// Surface an activity came from.
///
/// - Remark: Generated from `#/components/schemas/ActivitySource`.
public enum ActivitySource: OpenEnum {
    /// `runtime`.
    case runtime
    /// `management`.
    case management
    /// `system`.
    case system
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ActivitySource] = [.runtime, .management, .system]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "runtime": self = .runtime
        case "management": self = .management
        case "system": self = .system
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .runtime: "runtime"
        case .management: "management"
        case .system: "system"
        case .unrecognized(let value): value
        }
    }
}

/// Outcome class of an activity: `success` (2xx), `denied` (the request was refused by licensing rules, authentication or validation: 4xx), or `error` (5xx).
///
/// - Remark: Generated from `#/components/schemas/ActivityResultClass`.
public enum ActivityResultClass: OpenEnum {
    /// `success`.
    case success
    /// `denied`.
    case denied
    /// `error`.
    case error
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ActivityResultClass] = [.success, .denied, .error]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "success": self = .success
        case "denied": self = .denied
        case "error": self = .error
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .success: "success"
        case .denied: "denied"
        case .error: "error"
        case .unrecognized(let value): value
        }
    }
}

/// One row of the append-only activity ledger. Attribution (product, customer, order, subscription…) is copied at the time of the action, so later edits to those records do not change history.
///
/// - Remark: Generated from `#/components/schemas/Activity`.
public struct Activity: Codable, Hashable, Sendable {
    /// Identifier of the row.
    public var id: String
    /// When the action happened.
    public var occurredAt: Date
    /// Dotted action name, for example `license.activate`, `license.consume` or `license.renew`.
    public var action: String
    /// The `source` member.
    public var source: ActivitySource
    /// Product involved, when any.
    public var productID: String?
    /// Customer the license or record belonged to at the time, when any.
    public var customerID: String?
    /// License involved, when any.
    public var licenseID: String?
    /// Order attributed at the time, when any.
    public var orderID: String?
    /// Subscription attributed at the time, when any.
    public var subscriptionID: String?
    /// Feature involved, for metered and entitlement actions.
    public var featureCode: String?
    /// Metered units the action carried; 0 for unmetered actions.
    public var amount: Int64
    /// HTTP status the request was answered with; 200 for successful system actions, which have no request.
    public var statusCode: Int
    /// The `result_class` member.
    public var resultClass: ActivityResultClass
    /// Error code when the action was not a success (one of `ErrorCode`).
    public var reasonCode: String?
    /// Device involved, for runtime actions.
    public var deviceID: String?
    /// Application version reported by a runtime call.
    public var appVersion: String?
    /// Request that produced the row; matches `ResponseMeta.request_id`.
    public var requestID: String?
    /// For a runtime call, how long the server took to decide it, in milliseconds.
    public var durationMs: Int?
    /// Action-specific details; secrets are never recorded.
    public var metadata: [String: JSONValue]

    /// A value with these members; optional ones default to absent.
    public init(id: String, occurredAt: Date, action: String, source: ActivitySource, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, amount: Int64, statusCode: Int, resultClass: ActivityResultClass, reasonCode: String? = nil, deviceID: String? = nil, appVersion: String? = nil, requestID: String? = nil, durationMs: Int? = nil, metadata: [String: JSONValue]) {
        self.id = id
        self.occurredAt = occurredAt
        self.action = action
        self.source = source
        self.productID = productID
        self.customerID = customerID
        self.licenseID = licenseID
        self.orderID = orderID
        self.subscriptionID = subscriptionID
        self.featureCode = featureCode
        self.amount = amount
        self.statusCode = statusCode
        self.resultClass = resultClass
        self.reasonCode = reasonCode
        self.deviceID = deviceID
        self.appVersion = appVersion
        self.requestID = requestID
        self.durationMs = durationMs
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case occurredAt = "occurred_at"
        case action
        case source
        case productID = "product_id"
        case customerID = "customer_id"
        case licenseID = "license_id"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
        case featureCode = "feature_code"
        case amount
        case statusCode = "status_code"
        case resultClass = "result_class"
        case reasonCode = "reason_code"
        case deviceID = "device_id"
        case appVersion = "app_version"
        case requestID = "request_id"
        case durationMs = "duration_ms"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.occurredAt = try container.decode(Date.self, forKey: .occurredAt)
        self.action = try container.decode(String.self, forKey: .action)
        self.source = try container.decode(ActivitySource.self, forKey: .source)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        self.licenseID = try container.decodeIfPresent(String.self, forKey: .licenseID)
        self.orderID = try container.decodeIfPresent(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresent(String.self, forKey: .subscriptionID)
        self.featureCode = try container.decodeIfPresent(String.self, forKey: .featureCode)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.statusCode = try container.decode(Int.self, forKey: .statusCode)
        self.resultClass = try container.decode(ActivityResultClass.self, forKey: .resultClass)
        self.reasonCode = try container.decodeIfPresent(String.self, forKey: .reasonCode)
        self.deviceID = try container.decodeIfPresent(String.self, forKey: .deviceID)
        self.appVersion = try container.decodeIfPresent(String.self, forKey: .appVersion)
        self.requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
        self.durationMs = try container.decodeIfPresent(Int.self, forKey: .durationMs)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.occurredAt, forKey: .occurredAt)
        try container.encode(self.action, forKey: .action)
        try container.encode(self.source, forKey: .source)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.licenseID, forKey: .licenseID)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encodeIfPresent(self.featureCode, forKey: .featureCode)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.statusCode, forKey: .statusCode)
        try container.encode(self.resultClass, forKey: .resultClass)
        try container.encodeIfPresent(self.reasonCode, forKey: .reasonCode)
        try container.encodeIfPresent(self.deviceID, forKey: .deviceID)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encodeIfPresent(self.requestID, forKey: .requestID)
        try container.encodeIfPresent(self.durationMs, forKey: .durationMs)
        try container.encode(self.metadata, forKey: .metadata)
    }
}

extension Activity: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("action", self.action)
        writer.field("amount", self.amount)
        if let value = self.appVersion { writer.field("app_version", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.deviceID { writer.field("device_id", value) }
        if let value = self.durationMs { writer.field("duration_ms", value) }
        if let value = self.featureCode { writer.field("feature_code", value) }
        writer.field("id", self.id)
        if let value = self.licenseID { writer.field("license_id", value) }
        writer.field("metadata", self.metadata)
        writer.field("occurred_at", self.occurredAt)
        if let value = self.orderID { writer.field("order_id", value) }
        if let value = self.productID { writer.field("product_id", value) }
        if let value = self.reasonCode { writer.field("reason_code", value) }
        if let value = self.requestID { writer.field("request_id", value) }
        writer.field("result_class", self.resultClass)
        writer.field("source", self.source)
        writer.field("status_code", self.statusCode)
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.endObject()
    }
}

/// How many rows a usage ledger report holds.
///
/// - Remark: Generated from `#/components/schemas/UsageLedgerRowCounts`.
public struct UsageLedgerRowCounts: Codable, Hashable, Sendable {
    /// Ledger rows listed.
    public var ledgerRows: Int64

    /// A value with these members; optional ones default to absent.
    public init(ledgerRows: Int64) {
        self.ledgerRows = ledgerRows
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case ledgerRows = "ledger_rows"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ledgerRows = try container.decode(Int64.self, forKey: .ledgerRows)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.ledgerRows, forKey: .ledgerRows)
    }
}

extension UsageLedgerRowCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("ledger_rows", self.ledgerRows)
        writer.endObject()
    }
}

/// Every ledger row of a window, oldest first: what a `usage_ledger` export freezes. The read operation `listUsageLedger` pages through the same rows.
///
/// - Remark: Generated from `#/components/schemas/UsageLedgerReport`.
public struct UsageLedgerReport: Codable, Hashable, Sendable {
    /// The `report_kind` member.
    public var reportKind: ReportKind
    /// Start of the window (inclusive).
    public var from: Date
    /// End of the window (exclusive).
    public var to: Date
    /// The `filters` member.
    public var filters: ReportFilters
    /// When the report was evaluated.
    public var generatedAt: Date
    /// The `row_counts` member.
    public var rowCounts: UsageLedgerRowCounts
    /// The `totals` member.
    public var totals: UsageTotals
    /// The rows, oldest first (by time, then id).
    public var rows: [UsageLedgerEntry]

    /// A value with these members; optional ones default to absent.
    public init(reportKind: ReportKind, from: Date, to: Date, filters: ReportFilters, generatedAt: Date, rowCounts: UsageLedgerRowCounts, totals: UsageTotals, rows: [UsageLedgerEntry]) {
        self.reportKind = reportKind
        self.from = from
        self.to = to
        self.filters = filters
        self.generatedAt = generatedAt
        self.rowCounts = rowCounts
        self.totals = totals
        self.rows = rows
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case reportKind = "report_kind"
        case from
        case to
        case filters
        case generatedAt = "generated_at"
        case rowCounts = "row_counts"
        case totals
        case rows
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        self.rowCounts = try container.decode(UsageLedgerRowCounts.self, forKey: .rowCounts)
        self.totals = try container.decode(UsageTotals.self, forKey: .totals)
        self.rows = try container.decode([UsageLedgerEntry].self, forKey: .rows)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.filters, forKey: .filters)
        try container.encode(self.generatedAt, forKey: .generatedAt)
        try container.encode(self.rowCounts, forKey: .rowCounts)
        try container.encode(self.totals, forKey: .totals)
        try container.encode(self.rows, forKey: .rows)
    }
}

extension UsageLedgerReport: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("filters", self.filters)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("report_kind", self.reportKind)
        writer.field("row_counts", self.rowCounts)
        writer.field("rows", self.rows)
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}
