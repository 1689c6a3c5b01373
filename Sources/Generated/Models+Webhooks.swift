// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// A URL that receives signed event deliveries.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpoint`.
public struct WebhookEndpoint: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Delivery URL.
    public var url: String
    /// First characters of the current signing secret (`whsec_` and four more, or the first four of a custom secret), to tell secrets apart. The full secret is returned only on create and rotation.
    public var secretPrefix: String
    /// Event types delivered; empty means every type.
    public var eventTypes: [WebhookEventType]
    /// Inactive endpoints receive no deliveries: events are not queued for them, and queued deliveries wait until the endpoint is active again.
    public var isActive: Bool
    /// The `disabled_reason` member, absent when not given.
    public var disabledReason: WebhookEndpointDisabledReason?
    /// Time of the latest delivery attempt; absent if none yet.
    public var lastDeliveryAt: Date?
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, name: String, url: String, secretPrefix: String, eventTypes: [WebhookEventType], isActive: Bool, disabledReason: WebhookEndpointDisabledReason? = nil, lastDeliveryAt: Date? = nil, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.url = url
        self.secretPrefix = secretPrefix
        self.eventTypes = eventTypes
        self.isActive = isActive
        self.disabledReason = disabledReason
        self.lastDeliveryAt = lastDeliveryAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case url
        case secretPrefix = "secret_prefix"
        case eventTypes = "event_types"
        case isActive = "is_active"
        case disabledReason = "disabled_reason"
        case lastDeliveryAt = "last_delivery_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decode(String.self, forKey: .name)
        self.url = try container.decode(String.self, forKey: .url)
        self.secretPrefix = try container.decode(String.self, forKey: .secretPrefix)
        self.eventTypes = try container.decode([WebhookEventType].self, forKey: .eventTypes)
        self.isActive = try container.decode(Bool.self, forKey: .isActive)
        self.disabledReason = try container.decodeIfPresent(WebhookEndpointDisabledReason.self, forKey: .disabledReason)
        self.lastDeliveryAt = try container.decodeIfPresent(Date.self, forKey: .lastDeliveryAt)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.url, forKey: .url)
        try container.encode(self.secretPrefix, forKey: .secretPrefix)
        try container.encode(self.eventTypes, forKey: .eventTypes)
        try container.encode(self.isActive, forKey: .isActive)
        try container.encodeIfPresent(self.disabledReason, forKey: .disabledReason)
        try container.encodeIfPresent(self.lastDeliveryAt, forKey: .lastDeliveryAt)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension WebhookEndpoint: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("created_at", self.createdAt)
        if let value = self.disabledReason { writer.field("disabled_reason", value) }
        writer.field("event_types", self.eventTypes)
        writer.field("id", self.id)
        writer.field("is_active", self.isActive)
        if let value = self.lastDeliveryAt { writer.field("last_delivery_at", value) }
        writer.field("name", self.name)
        writer.field("secret_prefix", self.secretPrefix)
        writer.field("updated_at", self.updatedAt)
        writer.field("url", self.url)
        writer.endObject()
    }
}

/// A new webhook endpoint.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointCreateRequest`.
public struct WebhookEndpointCreateRequest: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String
    /// Delivery URL: `https` with a public address (`http` and private addresses only on a server started with `--webhook-allow-private`).
    public var url: String
    /// Event types to deliver; absent or empty means every type.
    public var eventTypes: [WebhookEventType]?
    /// Signing secret to use, `whsec_` + standard base64 of 24–64 bytes or 16–255 printable ASCII characters without spaces; generated when absent.
    public var secret: String?
    /// Whether deliveries start right away.
    ///
    /// Default: `true`.
    public var isActive: Bool?

    /// A value with these members; optional ones default to absent.
    public init(name: String, url: String, eventTypes: [WebhookEventType]? = nil, secret: String? = nil, isActive: Bool? = nil) {
        self.name = name
        self.url = url
        self.eventTypes = eventTypes
        self.secret = secret
        self.isActive = isActive
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case url
        case eventTypes = "event_types"
        case secret
        case isActive = "is_active"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.url = try container.decode(String.self, forKey: .url)
        self.eventTypes = try container.decodeIfPresentRejectingNull([WebhookEventType].self, forKey: .eventTypes)
        self.secret = try container.decodeIfPresentRejectingNull(String.self, forKey: .secret)
        self.isActive = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isActive)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.url, forKey: .url)
        try container.encodeIfPresent(self.eventTypes, forKey: .eventTypes)
        try container.encodeIfPresent(self.secret, forKey: .secret)
        try container.encodeIfPresent(self.isActive, forKey: .isActive)
    }
}

extension WebhookEndpointCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.eventTypes { writer.field("event_types", value) }
        if let value = self.isActive { writer.field("is_active", value) }
        writer.field("name", self.name)
        if let value = self.secret { writer.field("secret", value) }
        writer.field("url", self.url)
        writer.endObject()
    }
}

extension WebhookEndpointCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(url, maxLength: 2048, field: path + "url")
        try Validation.check(count: eventTypes, maxItems: 100, field: path + "event_types")
        try Validation.checkKnown(each: eventTypes, field: path + "event_types")
        try Validation.check(secret, minLength: 16, maxLength: 255, pattern: "^[!-~]{16,255}$", field: path + "secret")
    }
}

/// Changes to a webhook endpoint. Absent fields are left unchanged.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointUpdateRequest`.
public struct WebhookEndpointUpdateRequest: Codable, Hashable, Sendable {
    /// New display name.
    public var name: String?
    /// New delivery URL, under the same rules as on create.
    public var url: String?
    /// Replacement list of event types; an empty list subscribes to every type.
    public var eventTypes: [WebhookEventType]?
    /// Replaces the signing secret with this value. Cannot be combined with `rotate_secret`, whatever its value.
    public var secret: String?
    /// `true` generates a new signing secret and returns it, once, as `{webhook, secret}` inside `data`. Cannot be combined with `secret`.
    public var rotateSecret: Bool?
    /// Pause (`false`) or resume (`true`) deliveries; `true` also re-enables an endpoint the server disabled.
    public var isActive: Bool?

    /// A value with these members; optional ones default to absent.
    public init(name: String? = nil, url: String? = nil, eventTypes: [WebhookEventType]? = nil, secret: String? = nil, rotateSecret: Bool? = nil, isActive: Bool? = nil) {
        self.name = name
        self.url = url
        self.eventTypes = eventTypes
        self.secret = secret
        self.rotateSecret = rotateSecret
        self.isActive = isActive
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case url
        case eventTypes = "event_types"
        case secret
        case rotateSecret = "rotate_secret"
        case isActive = "is_active"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresentRejectingNull(String.self, forKey: .name)
        self.url = try container.decodeIfPresentRejectingNull(String.self, forKey: .url)
        self.eventTypes = try container.decodeIfPresentRejectingNull([WebhookEventType].self, forKey: .eventTypes)
        self.secret = try container.decodeIfPresentRejectingNull(String.self, forKey: .secret)
        self.rotateSecret = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .rotateSecret)
        self.isActive = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isActive)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeIfPresent(self.url, forKey: .url)
        try container.encodeIfPresent(self.eventTypes, forKey: .eventTypes)
        try container.encodeIfPresent(self.secret, forKey: .secret)
        try container.encodeIfPresent(self.rotateSecret, forKey: .rotateSecret)
        try container.encodeIfPresent(self.isActive, forKey: .isActive)
    }
}

extension WebhookEndpointUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.eventTypes { writer.field("event_types", value) }
        if let value = self.isActive { writer.field("is_active", value) }
        if let value = self.name { writer.field("name", value) }
        if let value = self.rotateSecret { writer.field("rotate_secret", value) }
        if let value = self.secret { writer.field("secret", value) }
        if let value = self.url { writer.field("url", value) }
        writer.endObject()
    }
}

extension WebhookEndpointUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(url, maxLength: 2048, field: path + "url")
        try Validation.check(count: eventTypes, maxItems: 100, field: path + "event_types")
        try Validation.checkKnown(each: eventTypes, field: path + "event_types")
        try Validation.check(secret, minLength: 16, maxLength: 255, pattern: "^[!-~]{16,255}$", field: path + "secret")
    }
}

/// An endpoint together with its signing secret, on create and after a rotation.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointWithSecret`.
public struct WebhookEndpointWithSecret: Codable, Hashable, Sendable {
    /// The `webhook` member.
    public var webhook: WebhookEndpoint
    /// The signing secret. Shown only in this response.
    public var secret: String

    /// A value with these members; optional ones default to absent.
    public init(webhook: WebhookEndpoint, secret: String) {
        self.webhook = webhook
        self.secret = secret
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case webhook
        case secret
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.webhook = try container.decode(WebhookEndpoint.self, forKey: .webhook)
        self.secret = try container.decode(String.self, forKey: .secret)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.webhook, forKey: .webhook)
        try container.encode(self.secret, forKey: .secret)
    }
}

extension WebhookEndpointWithSecret: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("secret", self.secret)
        writer.field("webhook", self.webhook)
        writer.endObject()
    }
}

/// `pending`: due or being retried; `delivered`: a receiver answered 2xx; `failed`: given up after the last retry (or when the endpoint was deleted).
///
/// - Remark: Generated from `#/components/schemas/WebhookDeliveryStatus`.
public enum WebhookDeliveryStatus: OpenEnum {
    /// `pending`.
    case pending
    /// `delivered`.
    case delivered
    /// `failed`.
    case failed
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [WebhookDeliveryStatus] = [.pending, .delivered, .failed]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "pending": self = .pending
        case "delivered": self = .delivered
        case "failed": self = .failed
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .pending: "pending"
        case .delivered: "delivered"
        case .failed: "failed"
        case .unrecognized(let value): value
        }
    }
}

/// One event queued for one endpoint, and the attempts made at it.
///
/// - Remark: Generated from `#/components/schemas/WebhookDelivery`.
public struct WebhookDelivery: Codable, Hashable, Sendable {
    /// Identifier of the delivery, sent as the `webhook-id` header of every attempt.
    public var id: String
    /// The endpoint it is for.
    public var endpointID: String
    /// The `event_type` member.
    public var eventType: WebhookEventType
    /// The `status` member.
    public var status: WebhookDeliveryStatus
    /// Attempts made since it was queued (or last redelivered).
    public var attemptCount: Int
    /// When the next attempt is due, while the delivery is pending.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var nextAttemptAt: Nullable<Date>?
    /// When it was delivered or given up.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var completedAt: Nullable<Date>?
    /// When the event was queued.
    public var createdAt: Date
    /// Every attempt made at it, oldest first.
    public var attempts: [WebhookDeliveryAttempt]

    /// A value with these members; optional ones default to absent.
    public init(id: String, endpointID: String, eventType: WebhookEventType, status: WebhookDeliveryStatus, attemptCount: Int, nextAttemptAt: Nullable<Date>? = nil, completedAt: Nullable<Date>? = nil, createdAt: Date, attempts: [WebhookDeliveryAttempt]) {
        self.id = id
        self.endpointID = endpointID
        self.eventType = eventType
        self.status = status
        self.attemptCount = attemptCount
        self.nextAttemptAt = nextAttemptAt
        self.completedAt = completedAt
        self.createdAt = createdAt
        self.attempts = attempts
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case endpointID = "endpoint_id"
        case eventType = "event_type"
        case status
        case attemptCount = "attempt_count"
        case nextAttemptAt = "next_attempt_at"
        case completedAt = "completed_at"
        case createdAt = "created_at"
        case attempts
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.endpointID = try container.decode(String.self, forKey: .endpointID)
        self.eventType = try container.decode(WebhookEventType.self, forKey: .eventType)
        self.status = try container.decode(WebhookDeliveryStatus.self, forKey: .status)
        self.attemptCount = try container.decode(Int.self, forKey: .attemptCount)
        self.nextAttemptAt = try container.decodeNullable(Date.self, forKey: .nextAttemptAt)
        self.completedAt = try container.decodeNullable(Date.self, forKey: .completedAt)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.attempts = try container.decode([WebhookDeliveryAttempt].self, forKey: .attempts)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.endpointID, forKey: .endpointID)
        try container.encode(self.eventType, forKey: .eventType)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.attemptCount, forKey: .attemptCount)
        try container.encodeNullable(self.nextAttemptAt, forKey: .nextAttemptAt)
        try container.encodeNullable(self.completedAt, forKey: .completedAt)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.attempts, forKey: .attempts)
    }
}

extension WebhookDelivery: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("attempt_count", self.attemptCount)
        writer.field("attempts", self.attempts)
        switch self.completedAt {
        case .null?: writer.nullField("completed_at")
        case .value(let value)?: writer.field("completed_at", value)
        case nil: break
        }
        writer.field("created_at", self.createdAt)
        writer.field("endpoint_id", self.endpointID)
        writer.field("event_type", self.eventType)
        writer.field("id", self.id)
        switch self.nextAttemptAt {
        case .null?: writer.nullField("next_attempt_at")
        case .value(let value)?: writer.field("next_attempt_at", value)
        case nil: break
        }
        writer.field("status", self.status)
        writer.endObject()
    }
}

/// One attempt at a delivery.
///
/// - Remark: Generated from `#/components/schemas/WebhookDeliveryAttempt`.
public struct WebhookDeliveryAttempt: Codable, Hashable, Sendable {
    /// When the attempt started.
    public var attemptedAt: Date
    /// Whether the receiver answered 2xx.
    public var succeeded: Bool
    /// The receiver's HTTP status; absent when it never answered.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var statusCode: Nullable<Int>?
    /// How long the attempt took, in milliseconds.
    public var durationMs: Int
    /// Why it failed, when it did.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var error: Nullable<String>?

    /// A value with these members; optional ones default to absent.
    public init(attemptedAt: Date, succeeded: Bool, statusCode: Nullable<Int>? = nil, durationMs: Int, error: Nullable<String>? = nil) {
        self.attemptedAt = attemptedAt
        self.succeeded = succeeded
        self.statusCode = statusCode
        self.durationMs = durationMs
        self.error = error
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case attemptedAt = "attempted_at"
        case succeeded
        case statusCode = "status_code"
        case durationMs = "duration_ms"
        case error
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.attemptedAt = try container.decode(Date.self, forKey: .attemptedAt)
        self.succeeded = try container.decode(Bool.self, forKey: .succeeded)
        self.statusCode = try container.decodeNullable(Int.self, forKey: .statusCode)
        self.durationMs = try container.decode(Int.self, forKey: .durationMs)
        self.error = try container.decodeNullable(String.self, forKey: .error)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.attemptedAt, forKey: .attemptedAt)
        try container.encode(self.succeeded, forKey: .succeeded)
        try container.encodeNullable(self.statusCode, forKey: .statusCode)
        try container.encode(self.durationMs, forKey: .durationMs)
        try container.encodeNullable(self.error, forKey: .error)
    }
}

extension WebhookDeliveryAttempt: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("attempted_at", self.attemptedAt)
        writer.field("duration_ms", self.durationMs)
        switch self.error {
        case .null?: writer.nullField("error")
        case .value(let value)?: writer.field("error", value)
        case nil: break
        }
        switch self.statusCode {
        case .null?: writer.nullField("status_code")
        case .value(let value)?: writer.field("status_code", value)
        case nil: break
        }
        writer.field("succeeded", self.succeeded)
        writer.endObject()
    }
}

/// The events a webhook endpoint can subscribe to. Each is also the `event_type` of the audit event the
/// change records, and the `type` of the delivery's payload, whose `data` is the resource as the API
/// returns it (see the root `webhooks`).
///
/// - `license.created`, `license.suspended`, `license.reinstated`, `license.revoked`, `license.renewed`,
///   `license.transferred`: a license was issued or its lifecycle changed (`License`).
/// - `license.updated`: a license's licensee, metadata, limits or policy changed (`License`).
/// - `device.activated`, `device.deactivated`, `device.reset`, `device.blacklisted`: a device was bound to
///   a license, released, reset or blacklisted (`Device`).
/// - `usage.consumed`: a runtime consumption was recorded (`Activity`, the ledger row with its amount).
/// - `usage.quota_reached`: a consumption used up a feature's quota (`LicenseFeature`, after it); sent
///   once per time the quota fills, again only after a usage reset.
/// - `lease.checked_out`: a floating seat was leased (`FloatingLease`).
/// - `lease.expired`: a lease ran out without being checked in (`FloatingLease`); sent once per lease,
///   within about 30 seconds of its `expires_at`, by whichever server instance records it first.
/// - `export.completed`: a report export became ready or failed (`ReportExport`).
/// - `api_key.created`, `api_key.revoked`: a management API key was created or revoked (`APIKey`).
/// - `signing_key.rotated`: a new signing key signs runtime responses (`PublicKey` of the new key).
///
/// - Remark: Generated from `#/components/schemas/WebhookEventType`.
public enum WebhookEventType: OpenEnum {
    /// `license.created`.
    case licenseCreated
    /// `license.suspended`.
    case licenseSuspended
    /// `license.reinstated`.
    case licenseReinstated
    /// `license.revoked`.
    case licenseRevoked
    /// `license.renewed`.
    case licenseRenewed
    /// `license.transferred`.
    case licenseTransferred
    /// `license.updated`.
    case licenseUpdated
    /// `device.activated`.
    case deviceActivated
    /// `device.deactivated`.
    case deviceDeactivated
    /// `device.reset`.
    case deviceReset
    /// `device.blacklisted`.
    case deviceBlacklisted
    /// `usage.consumed`.
    case usageConsumed
    /// `usage.quota_reached`.
    case usageQuotaReached
    /// `lease.checked_out`.
    case leaseCheckedOut
    /// `lease.expired`.
    case leaseExpired
    /// `export.completed`.
    case exportCompleted
    /// `api_key.created`.
    case apiKeyCreated
    /// `api_key.revoked`.
    case apiKeyRevoked
    /// `signing_key.rotated`.
    case signingKeyRotated
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [WebhookEventType] = [.licenseCreated, .licenseSuspended, .licenseReinstated, .licenseRevoked, .licenseRenewed, .licenseTransferred, .licenseUpdated, .deviceActivated, .deviceDeactivated, .deviceReset, .deviceBlacklisted, .usageConsumed, .usageQuotaReached, .leaseCheckedOut, .leaseExpired, .exportCompleted, .apiKeyCreated, .apiKeyRevoked, .signingKeyRotated]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "license.created": self = .licenseCreated
        case "license.suspended": self = .licenseSuspended
        case "license.reinstated": self = .licenseReinstated
        case "license.revoked": self = .licenseRevoked
        case "license.renewed": self = .licenseRenewed
        case "license.transferred": self = .licenseTransferred
        case "license.updated": self = .licenseUpdated
        case "device.activated": self = .deviceActivated
        case "device.deactivated": self = .deviceDeactivated
        case "device.reset": self = .deviceReset
        case "device.blacklisted": self = .deviceBlacklisted
        case "usage.consumed": self = .usageConsumed
        case "usage.quota_reached": self = .usageQuotaReached
        case "lease.checked_out": self = .leaseCheckedOut
        case "lease.expired": self = .leaseExpired
        case "export.completed": self = .exportCompleted
        case "api_key.created": self = .apiKeyCreated
        case "api_key.revoked": self = .apiKeyRevoked
        case "signing_key.rotated": self = .signingKeyRotated
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .licenseCreated: "license.created"
        case .licenseSuspended: "license.suspended"
        case .licenseReinstated: "license.reinstated"
        case .licenseRevoked: "license.revoked"
        case .licenseRenewed: "license.renewed"
        case .licenseTransferred: "license.transferred"
        case .licenseUpdated: "license.updated"
        case .deviceActivated: "device.activated"
        case .deviceDeactivated: "device.deactivated"
        case .deviceReset: "device.reset"
        case .deviceBlacklisted: "device.blacklisted"
        case .usageConsumed: "usage.consumed"
        case .usageQuotaReached: "usage.quota_reached"
        case .leaseCheckedOut: "lease.checked_out"
        case .leaseExpired: "lease.expired"
        case .exportCompleted: "export.completed"
        case .apiKeyCreated: "api_key.created"
        case .apiKeyRevoked: "api_key.revoked"
        case .signingKeyRotated: "signing_key.rotated"
        case .unrecognized(let value): value
        }
    }
}

/// - Remark: Generated from `#/paths/~1api~1v1~1webhooks~1{id}/patch/responses/200/content/application~1json/schema/properties/data`.
public enum UpdateWebhookEndpointData: Codable, Hashable, Sendable {
    /// The ``WebhookEndpoint`` alternative.
    case webhookEndpoint(WebhookEndpoint)
    /// The ``WebhookEndpointWithSecret`` alternative.
    case webhookEndpointWithSecret(WebhookEndpointWithSecret)

    /// Reads the first alternative, in the contract's order, that the JSON decodes as.
    public init(from decoder: any Decoder) throws {
        if let value = try? WebhookEndpoint(from: decoder) {
            self = .webhookEndpoint(value)
            return
        }
        if let value = try? WebhookEndpointWithSecret(from: decoder) {
            self = .webhookEndpointWithSecret(value)
            return
        }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "matches none of WebhookEndpoint, WebhookEndpointWithSecret"))
    }

    /// Writes the JSON form of the case's value.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .webhookEndpoint(let value): try value.encode(to: encoder)
        case .webhookEndpointWithSecret(let value): try value.encode(to: encoder)
        }
    }
}

extension UpdateWebhookEndpointData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        switch self {
        case .webhookEndpoint(let value): value.writeJSON(to: &writer)
        case .webhookEndpointWithSecret(let value): value.writeJSON(to: &writer)
        }
    }
}
