// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Permission carried by a management token. `admin` satisfies every management operation; the others grant one area each.
///
/// - Remark: Generated from `#/components/schemas/ManagementScope`.
public enum ManagementScope: OpenEnum {
    /// `admin`.
    case admin
    /// `product:read`.
    case productRead
    /// `product:write`.
    case productWrite
    /// `license:read`.
    case licenseRead
    /// `license:write`.
    case licenseWrite
    /// `device:write`.
    case deviceWrite
    /// `event:read`.
    case eventRead
    /// `ops:read`.
    case opsRead
    /// `report:read`.
    case reportRead
    /// `report:export`.
    case reportExport
    /// `webhook:write`.
    case webhookWrite
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ManagementScope] = [.admin, .productRead, .productWrite, .licenseRead, .licenseWrite, .deviceWrite, .eventRead, .opsRead, .reportRead, .reportExport, .webhookWrite]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "admin": self = .admin
        case "product:read": self = .productRead
        case "product:write": self = .productWrite
        case "license:read": self = .licenseRead
        case "license:write": self = .licenseWrite
        case "device:write": self = .deviceWrite
        case "event:read": self = .eventRead
        case "ops:read": self = .opsRead
        case "report:read": self = .reportRead
        case "report:export": self = .reportExport
        case "webhook:write": self = .webhookWrite
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .admin: "admin"
        case .productRead: "product:read"
        case .productWrite: "product:write"
        case .licenseRead: "license:read"
        case .licenseWrite: "license:write"
        case .deviceWrite: "device:write"
        case .eventRead: "event:read"
        case .opsRead: "ops:read"
        case .reportRead: "report:read"
        case .reportExport: "report:export"
        case .webhookWrite: "webhook:write"
        case .unrecognized(let value): value
        }
    }
}

extension ManagementScope: APIScope {}

/// A management API key. The secret token itself is never returned after creation.
///
/// - Remark: Generated from `#/components/schemas/APIKey`.
public struct APIKey: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Label chosen by the creator.
    public var name: String
    /// First characters of the token (`lkm_` plus a few more), enough to recognise it.
    public var keyPrefix: String
    /// Scopes the token carries.
    public var scopes: [ManagementScope]
    /// IPv4/IPv6 networks in CIDR notation the token may be used from; empty means any address.
    public var allowedCIDRs: [String]
    /// False once the key has been revoked (`revokeAPIKey`, or `locksmith api-keys revoke`); a revoked key is rejected with 401 and never becomes active again.
    public var isActive: Bool
    /// When the key stops working; absent for keys that do not expire.
    public var expiresAt: Date?
    /// Time of the last authenticated request made with the key; absent if never used.
    public var lastUsedAt: Date?
    /// When the record was created.
    public var createdAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, name: String, keyPrefix: String, scopes: [ManagementScope], allowedCIDRs: [String], isActive: Bool, expiresAt: Date? = nil, lastUsedAt: Date? = nil, createdAt: Date) {
        self.id = id
        self.name = name
        self.keyPrefix = keyPrefix
        self.scopes = scopes
        self.allowedCIDRs = allowedCIDRs
        self.isActive = isActive
        self.expiresAt = expiresAt
        self.lastUsedAt = lastUsedAt
        self.createdAt = createdAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case keyPrefix = "key_prefix"
        case scopes
        case allowedCIDRs = "allowed_cidrs"
        case isActive = "is_active"
        case expiresAt = "expires_at"
        case lastUsedAt = "last_used_at"
        case createdAt = "created_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decode(String.self, forKey: .name)
        self.keyPrefix = try container.decode(String.self, forKey: .keyPrefix)
        self.scopes = try container.decode([ManagementScope].self, forKey: .scopes)
        self.allowedCIDRs = try container.decode([String].self, forKey: .allowedCIDRs)
        self.isActive = try container.decode(Bool.self, forKey: .isActive)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.lastUsedAt = try container.decodeIfPresent(Date.self, forKey: .lastUsedAt)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.keyPrefix, forKey: .keyPrefix)
        try container.encode(self.scopes, forKey: .scopes)
        try container.encode(self.allowedCIDRs, forKey: .allowedCIDRs)
        try container.encode(self.isActive, forKey: .isActive)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.lastUsedAt, forKey: .lastUsedAt)
        try container.encode(self.createdAt, forKey: .createdAt)
    }
}

extension APIKey: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("allowed_cidrs", self.allowedCIDRs)
        writer.field("created_at", self.createdAt)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("id", self.id)
        writer.field("is_active", self.isActive)
        writer.field("key_prefix", self.keyPrefix)
        if let value = self.lastUsedAt { writer.field("last_used_at", value) }
        writer.field("name", self.name)
        writer.field("scopes", self.scopes)
        writer.endObject()
    }
}

/// A new management API key.
///
/// - Remark: Generated from `#/components/schemas/APIKeyCreateRequest`.
public struct APIKeyCreateRequest: Codable, Hashable, Sendable {
    /// Label for the key.
    public var name: String
    /// Scopes to grant. When absent the key gets `["admin"]`, so pass the narrowest set the job needs.
    public var scopes: [ManagementScope]?
    /// Networks in CIDR notation (for example `10.0.0.0/8`) the key may be used from; absent or empty allows any address. At most 100.
    public var allowedCIDRs: [String]?
    /// Optional expiry; must be in the future.
    public var expiresAt: Date?

    /// A value with these members; optional ones default to absent.
    public init(name: String, scopes: [ManagementScope]? = nil, allowedCIDRs: [String]? = nil, expiresAt: Date? = nil) {
        self.name = name
        self.scopes = scopes
        self.allowedCIDRs = allowedCIDRs
        self.expiresAt = expiresAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case scopes
        case allowedCIDRs = "allowed_cidrs"
        case expiresAt = "expires_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.scopes = try container.decodeIfPresentRejectingNull([ManagementScope].self, forKey: .scopes)
        self.allowedCIDRs = try container.decodeIfPresentRejectingNull([String].self, forKey: .allowedCIDRs)
        self.expiresAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .expiresAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encodeIfPresent(self.scopes, forKey: .scopes)
        try container.encodeIfPresent(self.allowedCIDRs, forKey: .allowedCIDRs)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
    }
}

extension APIKeyCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.allowedCIDRs { writer.field("allowed_cidrs", value) }
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("name", self.name)
        if let value = self.scopes { writer.field("scopes", value) }
        writer.endObject()
    }
}

extension APIKeyCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(count: scopes, minItems: 1, field: path + "scopes")
        try Validation.checkKnown(each: scopes, field: path + "scopes")
        try Validation.check(count: allowedCIDRs, maxItems: 100, field: path + "allowed_cidrs")
        for (index, item) in (allowedCIDRs ?? []).enumerated() {
            try Validation.check(item, minLength: 1, maxLength: 64, field: path + "allowed_cidrs" + "[\(index)]")
        }
    }
}

/// A freshly created key together with its secret token.
///
/// - Remark: Generated from `#/components/schemas/APIKeyCreateResponse`.
public struct APIKeyCreateResponse: Codable, Hashable, Sendable {
    /// The `api_key` member.
    public var apiKey: APIKey
    /// The full `lkm_…` bearer token. Shown only in this response; the server keeps only a keyed hash of it.
    public var token: String

    /// A value with these members; optional ones default to absent.
    public init(apiKey: APIKey, token: String) {
        self.apiKey = apiKey
        self.token = token
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case apiKey = "api_key"
        case token
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.apiKey = try container.decode(APIKey.self, forKey: .apiKey)
        self.token = try container.decode(String.self, forKey: .token)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.apiKey, forKey: .apiKey)
        try container.encode(self.token, forKey: .token)
    }
}

extension APIKeyCreateResponse: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("api_key", self.apiKey)
        writer.field("token", self.token)
        writer.endObject()
    }
}
