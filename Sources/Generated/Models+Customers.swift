// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// A new customer.
///
/// - Remark: Generated from `#/components/schemas/CustomerCreateRequest`.
public struct CustomerCreateRequest: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String
    /// Your reference for the customer, unique across customers.
    public var code: String
    /// Contact address.
    public var email: String?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String, code: String, email: String? = nil, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.email = email
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case email
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.code = try container.decode(String.self, forKey: .code)
        self.email = try container.decodeIfPresentRejectingNull(String.self, forKey: .email)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.code, forKey: .code)
        try container.encodeIfPresent(self.email, forKey: .email)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension CustomerCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        if let value = self.email { writer.field("email", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        writer.field("name", self.name)
        writer.endObject()
    }
}

extension CustomerCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
        try Validation.check(email, maxLength: 254, pattern: "^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$", field: path + "email")
    }
}

/// Changes to a customer. Absent fields are left unchanged; `null` clears an optional field.
///
/// - Remark: Generated from `#/components/schemas/CustomerUpdateRequest`.
public struct CustomerUpdateRequest: Codable, Hashable, Sendable {
    /// New display name.
    public var name: String?
    /// New reference, unique across customers.
    public var code: String?
    /// New contact address; `null` removes it.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var email: Nullable<String>?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String? = nil, code: String? = nil, email: Nullable<String>? = nil, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.email = email
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case email
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresentRejectingNull(String.self, forKey: .name)
        self.code = try container.decodeIfPresentRejectingNull(String.self, forKey: .code)
        self.email = try container.decodeNullable(String.self, forKey: .email)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeIfPresent(self.code, forKey: .code)
        try container.encodeNullable(self.email, forKey: .email)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension CustomerUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.code { writer.field("code", value) }
        switch self.email {
        case .null?: writer.nullField("email")
        case .value(let value)?: writer.field("email", value)
        case nil: break
        }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.name { writer.field("name", value) }
        writer.endObject()
    }
}

extension CustomerUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
        try Validation.check(email?.wrapped, maxLength: 254, pattern: "^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$", field: path + "email")
    }
}
