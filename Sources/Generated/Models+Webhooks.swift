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
    /// First characters of the signing secret, to tell secrets apart.
    public var secretPrefix: String
    /// Event types delivered; empty means every type.
    public var eventTypes: [String]
    /// Inactive endpoints receive no deliveries.
    public var isActive: Bool
    /// Time of the latest delivery attempt; absent if none yet.
    public var lastDeliveryAt: Date?
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    public init(id: String, name: String, url: String, secretPrefix: String, eventTypes: [String], isActive: Bool, lastDeliveryAt: Date? = nil, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.url = url
        self.secretPrefix = secretPrefix
        self.eventTypes = eventTypes
        self.isActive = isActive
        self.lastDeliveryAt = lastDeliveryAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case url
        case secretPrefix = "secret_prefix"
        case eventTypes = "event_types"
        case isActive = "is_active"
        case lastDeliveryAt = "last_delivery_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decode(String.self, forKey: .name)
        self.url = try container.decode(String.self, forKey: .url)
        self.secretPrefix = try container.decode(String.self, forKey: .secretPrefix)
        self.eventTypes = try container.decode([String].self, forKey: .eventTypes)
        self.isActive = try container.decode(Bool.self, forKey: .isActive)
        self.lastDeliveryAt = try container.decodeIfPresent(Date.self, forKey: .lastDeliveryAt)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.url, forKey: .url)
        try container.encode(self.secretPrefix, forKey: .secretPrefix)
        try container.encode(self.eventTypes, forKey: .eventTypes)
        try container.encode(self.isActive, forKey: .isActive)
        try container.encodeIfPresent(self.lastDeliveryAt, forKey: .lastDeliveryAt)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension WebhookEndpoint: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("created_at", self.createdAt)
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
    /// Delivery URL (`https`, or `http` for local development).
    public var url: String
    /// Event types to deliver; absent or empty means every type.
    public var eventTypes: [String]?
    /// Signing secret to use; generated when absent.
    public var secret: String?
    /// Whether deliveries start right away.
    ///
    /// Default: `true`.
    public var isActive: Bool?

    public init(name: String, url: String, eventTypes: [String]? = nil, secret: String? = nil, isActive: Bool? = nil) {
        self.name = name
        self.url = url
        self.eventTypes = eventTypes
        self.secret = secret
        self.isActive = isActive
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case url
        case eventTypes = "event_types"
        case secret
        case isActive = "is_active"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.url = try container.decode(String.self, forKey: .url)
        self.eventTypes = try container.decodeIfPresentRejectingNull([String].self, forKey: .eventTypes)
        self.secret = try container.decodeIfPresentRejectingNull(String.self, forKey: .secret)
        self.isActive = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isActive)
    }

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
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        for (index, item) in (eventTypes ?? []).enumerated() {
            try Validation.check(item, minLength: 1, field: path + "event_types" + "[\(index)]")
        }
        try Validation.check(secret, minLength: 16, maxLength: 255, field: path + "secret")
    }
}

/// Changes to a webhook endpoint. Absent fields are left unchanged.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointUpdateRequest`.
public struct WebhookEndpointUpdateRequest: Codable, Hashable, Sendable {
    /// New display name.
    public var name: String?
    /// New delivery URL.
    public var url: String?
    /// Replacement list of event types; empty means every type.
    public var eventTypes: [String]?
    /// New signing secret, effective for the next delivery.
    public var secret: String?
    /// Record the change as a secret rotation. Requires `secret`: this operation does not return secrets, so a server-generated secret could never be read.
    public var rotateSecret: Bool?
    /// Pause (`false`) or resume (`true`) deliveries.
    public var isActive: Bool?

    public init(name: String? = nil, url: String? = nil, eventTypes: [String]? = nil, secret: String? = nil, rotateSecret: Bool? = nil, isActive: Bool? = nil) {
        self.name = name
        self.url = url
        self.eventTypes = eventTypes
        self.secret = secret
        self.rotateSecret = rotateSecret
        self.isActive = isActive
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case url
        case eventTypes = "event_types"
        case secret
        case rotateSecret = "rotate_secret"
        case isActive = "is_active"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresentRejectingNull(String.self, forKey: .name)
        self.url = try container.decodeIfPresentRejectingNull(String.self, forKey: .url)
        self.eventTypes = try container.decodeIfPresentRejectingNull([String].self, forKey: .eventTypes)
        self.secret = try container.decodeIfPresentRejectingNull(String.self, forKey: .secret)
        self.rotateSecret = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .rotateSecret)
        self.isActive = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isActive)
    }

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
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        for (index, item) in (eventTypes ?? []).enumerated() {
            try Validation.check(item, minLength: 1, field: path + "event_types" + "[\(index)]")
        }
        try Validation.check(secret, minLength: 16, maxLength: 255, field: path + "secret")
    }
}

/// A freshly created endpoint together with its signing secret.
///
/// - Remark: Generated from `#/components/schemas/WebhookEndpointWithSecret`.
public struct WebhookEndpointWithSecret: Codable, Hashable, Sendable {
    public var webhook: WebhookEndpoint
    /// The signing secret. Shown only in this response.
    public var secret: String

    public init(webhook: WebhookEndpoint, secret: String) {
        self.webhook = webhook
        self.secret = secret
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case webhook
        case secret
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.webhook = try container.decode(WebhookEndpoint.self, forKey: .webhook)
        self.secret = try container.decode(String.self, forKey: .secret)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.webhook, forKey: .webhook)
        try container.encode(self.secret, forKey: .secret)
    }
}

extension WebhookEndpointWithSecret: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("secret", self.secret)
        writer.field("webhook", self.webhook)
        writer.endObject()
    }
}
