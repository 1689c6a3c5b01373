// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// A product you license.
///
/// - Remark: Generated from `#/components/schemas/Product`.
public struct Product: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Unique short code for the product.
    public var code: String
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, name: String, code: String, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.code = code
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
        case code
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
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension Product: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        writer.field("created_at", self.createdAt)
        writer.field("id", self.id)
        writer.field("metadata", self.metadata)
        writer.field("name", self.name)
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}

/// A new product.
///
/// - Remark: Generated from `#/components/schemas/ProductCreateRequest`.
public struct ProductCreateRequest: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String
    /// Short code, unique across products.
    public var code: String
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String, code: String, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.code = try container.decode(String.self, forKey: .code)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.code, forKey: .code)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension ProductCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        if let value = self.metadata { writer.field("metadata", value) }
        writer.field("name", self.name)
        writer.endObject()
    }
}

extension ProductCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
    }
}

/// Changes to a product. Absent fields are left unchanged.
///
/// - Remark: Generated from `#/components/schemas/ProductUpdateRequest`.
public struct ProductUpdateRequest: Codable, Hashable, Sendable {
    /// New display name.
    public var name: String?
    /// New code, unique across products.
    public var code: String?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String? = nil, code: String? = nil, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresentRejectingNull(String.self, forKey: .name)
        self.code = try container.decodeIfPresentRejectingNull(String.self, forKey: .code)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeIfPresent(self.code, forKey: .code)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension ProductUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.code { writer.field("code", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.name { writer.field("name", value) }
        writer.endObject()
    }
}

extension ProductUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
    }
}

/// Licensing rules shared by every license issued under it.
///
/// - Remark: Generated from `#/components/schemas/Policy`.
public struct Policy: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product the policy belongs to.
    public var productID: String
    /// Display name.
    public var name: String
    /// Short code, unique within the product.
    public var code: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).
    public var maxActivations: Int
    /// Concurrent floating leases per license; absent when floating checkout is not offered.
    public var maxFloatingUsers: Int?
    /// Container instances that may be active at once per license, counted apart from hardware devices; absent when containers count against `max_activations`.
    public var maxContainerInstances: Int?
    /// Lifetime of a floating lease without a heartbeat, when the policy requires heartbeats.
    public var floatingTimeoutMinutes: Int
    /// Days after expiry during which the license keeps working in `grace_period` status.
    public var gracePeriodDays: Int
    /// How often applications are expected to re-validate; drives `next_check_at`.
    public var validationIntervalMinutes: Int
    /// Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is checked in, its device is reset or deactivated, or the license ends.
    public var requireHeartbeat: Bool
    /// Whether applications may request offline licenses.
    public var allowOfflineActivation: Bool
    /// Validity of an offline license, in days from issuance.
    public var offlineGraceDays: Int
    /// Whether activations from virtual machines are accepted.
    public var allowVM: Bool
    /// Whether activations from containers are accepted.
    public var allowContainer: Bool
    /// How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.
    public var maxTransfers: Int
    /// New seats a license of this policy may take per UTC day (0: no limit). A crowd sharing one key, taking turns by deactivating and activating machines, stays within `max_activations` at any moment; this bounds how often the seats change hands. Past it, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight); activating an active device again and deactivating are never refused. Counted on the license, exactly, across instances.
    public var maxActivationsPerDay: Int
    /// Days a node-locked device may go unseen (no activation, validation, check or consumption) before the server deactivates it and frees its seat (0: never). Every instance sweeps every few minutes; each device is deactivated once, recorded as `device.deactivated` with `reason: inactive`. The machine may activate again later if a seat is free. Ephemeral containers that never deactivate stop holding seats this way.
    public var deactivateInactiveAfterDays: Int
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, name: String, code: String, licenseType: LicenseType, maxActivations: Int, maxFloatingUsers: Int? = nil, maxContainerInstances: Int? = nil, floatingTimeoutMinutes: Int, gracePeriodDays: Int, validationIntervalMinutes: Int, requireHeartbeat: Bool, allowOfflineActivation: Bool, offlineGraceDays: Int, allowVM: Bool, allowContainer: Bool, maxTransfers: Int, maxActivationsPerDay: Int, deactivateInactiveAfterDays: Int, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.productID = productID
        self.name = name
        self.code = code
        self.licenseType = licenseType
        self.maxActivations = maxActivations
        self.maxFloatingUsers = maxFloatingUsers
        self.maxContainerInstances = maxContainerInstances
        self.floatingTimeoutMinutes = floatingTimeoutMinutes
        self.gracePeriodDays = gracePeriodDays
        self.validationIntervalMinutes = validationIntervalMinutes
        self.requireHeartbeat = requireHeartbeat
        self.allowOfflineActivation = allowOfflineActivation
        self.offlineGraceDays = offlineGraceDays
        self.allowVM = allowVM
        self.allowContainer = allowContainer
        self.maxTransfers = maxTransfers
        self.maxActivationsPerDay = maxActivationsPerDay
        self.deactivateInactiveAfterDays = deactivateInactiveAfterDays
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case name
        case code
        case licenseType = "license_type"
        case maxActivations = "max_activations"
        case maxFloatingUsers = "max_floating_users"
        case maxContainerInstances = "max_container_instances"
        case floatingTimeoutMinutes = "floating_timeout_minutes"
        case gracePeriodDays = "grace_period_days"
        case validationIntervalMinutes = "validation_interval_minutes"
        case requireHeartbeat = "require_heartbeat"
        case allowOfflineActivation = "allow_offline_activation"
        case offlineGraceDays = "offline_grace_days"
        case allowVM = "allow_vm"
        case allowContainer = "allow_container"
        case maxTransfers = "max_transfers"
        case maxActivationsPerDay = "max_activations_per_day"
        case deactivateInactiveAfterDays = "deactivate_inactive_after_days"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.name = try container.decode(String.self, forKey: .name)
        self.code = try container.decode(String.self, forKey: .code)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.maxActivations = try container.decode(Int.self, forKey: .maxActivations)
        self.maxFloatingUsers = try container.decodeIfPresent(Int.self, forKey: .maxFloatingUsers)
        self.maxContainerInstances = try container.decodeIfPresent(Int.self, forKey: .maxContainerInstances)
        self.floatingTimeoutMinutes = try container.decode(Int.self, forKey: .floatingTimeoutMinutes)
        self.gracePeriodDays = try container.decode(Int.self, forKey: .gracePeriodDays)
        self.validationIntervalMinutes = try container.decode(Int.self, forKey: .validationIntervalMinutes)
        self.requireHeartbeat = try container.decode(Bool.self, forKey: .requireHeartbeat)
        self.allowOfflineActivation = try container.decode(Bool.self, forKey: .allowOfflineActivation)
        self.offlineGraceDays = try container.decode(Int.self, forKey: .offlineGraceDays)
        self.allowVM = try container.decode(Bool.self, forKey: .allowVM)
        self.allowContainer = try container.decode(Bool.self, forKey: .allowContainer)
        self.maxTransfers = try container.decode(Int.self, forKey: .maxTransfers)
        self.maxActivationsPerDay = try container.decode(Int.self, forKey: .maxActivationsPerDay)
        self.deactivateInactiveAfterDays = try container.decode(Int.self, forKey: .deactivateInactiveAfterDays)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encode(self.maxActivations, forKey: .maxActivations)
        try container.encodeIfPresent(self.maxFloatingUsers, forKey: .maxFloatingUsers)
        try container.encodeIfPresent(self.maxContainerInstances, forKey: .maxContainerInstances)
        try container.encode(self.floatingTimeoutMinutes, forKey: .floatingTimeoutMinutes)
        try container.encode(self.gracePeriodDays, forKey: .gracePeriodDays)
        try container.encode(self.validationIntervalMinutes, forKey: .validationIntervalMinutes)
        try container.encode(self.requireHeartbeat, forKey: .requireHeartbeat)
        try container.encode(self.allowOfflineActivation, forKey: .allowOfflineActivation)
        try container.encode(self.offlineGraceDays, forKey: .offlineGraceDays)
        try container.encode(self.allowVM, forKey: .allowVM)
        try container.encode(self.allowContainer, forKey: .allowContainer)
        try container.encode(self.maxTransfers, forKey: .maxTransfers)
        try container.encode(self.maxActivationsPerDay, forKey: .maxActivationsPerDay)
        try container.encode(self.deactivateInactiveAfterDays, forKey: .deactivateInactiveAfterDays)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension Policy: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("allow_container", self.allowContainer)
        writer.field("allow_offline_activation", self.allowOfflineActivation)
        writer.field("allow_vm", self.allowVM)
        writer.field("code", self.code)
        writer.field("created_at", self.createdAt)
        writer.field("deactivate_inactive_after_days", self.deactivateInactiveAfterDays)
        writer.field("floating_timeout_minutes", self.floatingTimeoutMinutes)
        writer.field("grace_period_days", self.gracePeriodDays)
        writer.field("id", self.id)
        writer.field("license_type", self.licenseType)
        writer.field("max_activations", self.maxActivations)
        writer.field("max_activations_per_day", self.maxActivationsPerDay)
        if let value = self.maxContainerInstances { writer.field("max_container_instances", value) }
        if let value = self.maxFloatingUsers { writer.field("max_floating_users", value) }
        writer.field("max_transfers", self.maxTransfers)
        writer.field("metadata", self.metadata)
        writer.field("name", self.name)
        writer.field("offline_grace_days", self.offlineGraceDays)
        writer.field("product_id", self.productID)
        writer.field("require_heartbeat", self.requireHeartbeat)
        writer.field("updated_at", self.updatedAt)
        writer.field("validation_interval_minutes", self.validationIntervalMinutes)
        writer.endObject()
    }
}

/// A new policy. Fields left out take the documented defaults.
///
/// - Remark: Generated from `#/components/schemas/PolicyCreateRequest`.
public struct PolicyCreateRequest: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String
    /// Short code, unique within the product.
    public var code: String
    /// The `license_type` member.
    public var licenseType: LicenseType
    /// Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).
    ///
    /// Default: `1`.
    public var maxActivations: Int?
    /// Concurrent floating leases per license. Absent (or 0) means floating checkout is not offered.
    public var maxFloatingUsers: Int?
    /// Container instances that may be active at once per license, counted apart from hardware devices. Absent: containers count against `max_activations`.
    public var maxContainerInstances: Int?
    /// Lifetime of a floating lease without a heartbeat, in minutes, when the policy requires heartbeats.
    ///
    /// Default: `30`.
    public var floatingTimeoutMinutes: Int?
    /// Days after expiry during which the license keeps working in `grace_period` status; 0 disables the grace period.
    ///
    /// Default: `0`.
    public var gracePeriodDays: Int?
    /// Expected re-validation interval in minutes.
    ///
    /// Default: `1440`.
    public var validationIntervalMinutes: Int?
    /// Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is checked in, its device is reset or deactivated, or the license ends.
    ///
    /// Default: `false`.
    public var requireHeartbeat: Bool?
    /// Whether applications may request offline licenses.
    ///
    /// Default: `false`.
    public var allowOfflineActivation: Bool?
    /// Validity of an offline license, in days from issuance.
    ///
    /// Default: `7`.
    public var offlineGraceDays: Int?
    /// Whether activations from virtual machines are accepted.
    ///
    /// Default: `true`.
    public var allowVM: Bool?
    /// Whether activations from containers are accepted.
    ///
    /// Default: `true`.
    public var allowContainer: Bool?
    /// How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.
    ///
    /// Default: `0`.
    public var maxTransfers: Int?
    /// New seats (default 50) a license of this policy may take per UTC day (0: no limit). A crowd sharing one key, taking turns by deactivating and activating machines, stays within `max_activations` at any moment; this bounds how often the seats change hands. Past it, an activation that would take a seat is 429 `RATE_LIMITED` (`detail: max_activations_per_day`, `Retry-After` until the next UTC midnight); activating an active device again and deactivating are never refused. Counted on the license, exactly, across instances.
    ///
    /// Default: `50`.
    public var maxActivationsPerDay: Int?
    /// Days a node-locked device may go unseen (no activation, validation, check or consumption) before the server deactivates it and frees its seat (0: never). Every instance sweeps every few minutes; each device is deactivated once, recorded as `device.deactivated` with `reason: inactive`. The machine may activate again later if a seat is free. Ephemeral containers that never deactivate stop holding seats this way.
    ///
    /// Default: `0`.
    public var deactivateInactiveAfterDays: Int?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String, code: String, licenseType: LicenseType, maxActivations: Int? = nil, maxFloatingUsers: Int? = nil, maxContainerInstances: Int? = nil, floatingTimeoutMinutes: Int? = nil, gracePeriodDays: Int? = nil, validationIntervalMinutes: Int? = nil, requireHeartbeat: Bool? = nil, allowOfflineActivation: Bool? = nil, offlineGraceDays: Int? = nil, allowVM: Bool? = nil, allowContainer: Bool? = nil, maxTransfers: Int? = nil, maxActivationsPerDay: Int? = nil, deactivateInactiveAfterDays: Int? = nil, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.licenseType = licenseType
        self.maxActivations = maxActivations
        self.maxFloatingUsers = maxFloatingUsers
        self.maxContainerInstances = maxContainerInstances
        self.floatingTimeoutMinutes = floatingTimeoutMinutes
        self.gracePeriodDays = gracePeriodDays
        self.validationIntervalMinutes = validationIntervalMinutes
        self.requireHeartbeat = requireHeartbeat
        self.allowOfflineActivation = allowOfflineActivation
        self.offlineGraceDays = offlineGraceDays
        self.allowVM = allowVM
        self.allowContainer = allowContainer
        self.maxTransfers = maxTransfers
        self.maxActivationsPerDay = maxActivationsPerDay
        self.deactivateInactiveAfterDays = deactivateInactiveAfterDays
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case licenseType = "license_type"
        case maxActivations = "max_activations"
        case maxFloatingUsers = "max_floating_users"
        case maxContainerInstances = "max_container_instances"
        case floatingTimeoutMinutes = "floating_timeout_minutes"
        case gracePeriodDays = "grace_period_days"
        case validationIntervalMinutes = "validation_interval_minutes"
        case requireHeartbeat = "require_heartbeat"
        case allowOfflineActivation = "allow_offline_activation"
        case offlineGraceDays = "offline_grace_days"
        case allowVM = "allow_vm"
        case allowContainer = "allow_container"
        case maxTransfers = "max_transfers"
        case maxActivationsPerDay = "max_activations_per_day"
        case deactivateInactiveAfterDays = "deactivate_inactive_after_days"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.code = try container.decode(String.self, forKey: .code)
        self.licenseType = try container.decode(LicenseType.self, forKey: .licenseType)
        self.maxActivations = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxActivations)
        self.maxFloatingUsers = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxFloatingUsers)
        self.maxContainerInstances = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxContainerInstances)
        self.floatingTimeoutMinutes = try container.decodeIfPresentRejectingNull(Int.self, forKey: .floatingTimeoutMinutes)
        self.gracePeriodDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .gracePeriodDays)
        self.validationIntervalMinutes = try container.decodeIfPresentRejectingNull(Int.self, forKey: .validationIntervalMinutes)
        self.requireHeartbeat = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .requireHeartbeat)
        self.allowOfflineActivation = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .allowOfflineActivation)
        self.offlineGraceDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .offlineGraceDays)
        self.allowVM = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .allowVM)
        self.allowContainer = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .allowContainer)
        self.maxTransfers = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxTransfers)
        self.maxActivationsPerDay = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxActivationsPerDay)
        self.deactivateInactiveAfterDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .deactivateInactiveAfterDays)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.licenseType, forKey: .licenseType)
        try container.encodeIfPresent(self.maxActivations, forKey: .maxActivations)
        try container.encodeIfPresent(self.maxFloatingUsers, forKey: .maxFloatingUsers)
        try container.encodeIfPresent(self.maxContainerInstances, forKey: .maxContainerInstances)
        try container.encodeIfPresent(self.floatingTimeoutMinutes, forKey: .floatingTimeoutMinutes)
        try container.encodeIfPresent(self.gracePeriodDays, forKey: .gracePeriodDays)
        try container.encodeIfPresent(self.validationIntervalMinutes, forKey: .validationIntervalMinutes)
        try container.encodeIfPresent(self.requireHeartbeat, forKey: .requireHeartbeat)
        try container.encodeIfPresent(self.allowOfflineActivation, forKey: .allowOfflineActivation)
        try container.encodeIfPresent(self.offlineGraceDays, forKey: .offlineGraceDays)
        try container.encodeIfPresent(self.allowVM, forKey: .allowVM)
        try container.encodeIfPresent(self.allowContainer, forKey: .allowContainer)
        try container.encodeIfPresent(self.maxTransfers, forKey: .maxTransfers)
        try container.encodeIfPresent(self.maxActivationsPerDay, forKey: .maxActivationsPerDay)
        try container.encodeIfPresent(self.deactivateInactiveAfterDays, forKey: .deactivateInactiveAfterDays)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension PolicyCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.allowContainer { writer.field("allow_container", value) }
        if let value = self.allowOfflineActivation { writer.field("allow_offline_activation", value) }
        if let value = self.allowVM { writer.field("allow_vm", value) }
        writer.field("code", self.code)
        if let value = self.deactivateInactiveAfterDays { writer.field("deactivate_inactive_after_days", value) }
        if let value = self.floatingTimeoutMinutes { writer.field("floating_timeout_minutes", value) }
        if let value = self.gracePeriodDays { writer.field("grace_period_days", value) }
        writer.field("license_type", self.licenseType)
        if let value = self.maxActivations { writer.field("max_activations", value) }
        if let value = self.maxActivationsPerDay { writer.field("max_activations_per_day", value) }
        if let value = self.maxContainerInstances { writer.field("max_container_instances", value) }
        if let value = self.maxFloatingUsers { writer.field("max_floating_users", value) }
        if let value = self.maxTransfers { writer.field("max_transfers", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        writer.field("name", self.name)
        if let value = self.offlineGraceDays { writer.field("offline_grace_days", value) }
        if let value = self.requireHeartbeat { writer.field("require_heartbeat", value) }
        if let value = self.validationIntervalMinutes { writer.field("validation_interval_minutes", value) }
        writer.endObject()
    }
}

extension PolicyCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
        try Validation.checkKnown(licenseType, field: path + "license_type")
        try Validation.check(maxActivations, minimum: 0, maximum: 2147483647, field: path + "max_activations")
        try Validation.check(maxFloatingUsers, minimum: 0, maximum: 2147483647, field: path + "max_floating_users")
        try Validation.check(maxContainerInstances, minimum: 0, maximum: 2147483647, field: path + "max_container_instances")
        try Validation.check(floatingTimeoutMinutes, minimum: 1, maximum: 525600, field: path + "floating_timeout_minutes")
        try Validation.check(gracePeriodDays, minimum: 0, maximum: 36500, field: path + "grace_period_days")
        try Validation.check(validationIntervalMinutes, minimum: 1, maximum: 525600, field: path + "validation_interval_minutes")
        try Validation.check(offlineGraceDays, minimum: 1, maximum: 36500, field: path + "offline_grace_days")
        try Validation.check(maxTransfers, minimum: 0, maximum: 2147483647, field: path + "max_transfers")
        try Validation.check(maxActivationsPerDay, minimum: 0, maximum: 2147483647, field: path + "max_activations_per_day")
        try Validation.check(deactivateInactiveAfterDays, minimum: 0, maximum: 36500, field: path + "deactivate_inactive_after_days")
    }
}

/// Changes to a policy. Absent fields are left unchanged; `null` clears an optional limit. New limits apply from the next runtime call; devices already active above a lowered limit stay active.
///
/// - Remark: Generated from `#/components/schemas/PolicyUpdateRequest`.
public struct PolicyUpdateRequest: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String?
    /// Short code, unique within the product.
    public var code: String?
    /// The `license_type` member, absent when not given.
    public var licenseType: LicenseType?
    /// Node-locked devices that may be active at once per license. 0 means none, not unlimited, so no device can activate (floating checkouts take no activation slot).
    public var maxActivations: Int?
    /// Concurrent floating leases per license; `null` stops offering floating checkout.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var maxFloatingUsers: Nullable<Int>?
    /// Separate container-instance limit; `null` makes containers count against `max_activations` again.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var maxContainerInstances: Nullable<Int>?
    /// Lifetime of a floating lease without a heartbeat, in minutes, when the policy requires heartbeats.
    public var floatingTimeoutMinutes: Int?
    /// Days after expiry during which the license keeps working in `grace_period` status; 0 disables the grace period.
    public var gracePeriodDays: Int?
    /// Expected re-validation interval in minutes.
    public var validationIntervalMinutes: Int?
    /// Whether floating leases must be kept alive with heartbeats. With `true`, a lease lapses `floating_timeout_minutes` after its checkout or last heartbeat; with `false`, it lasts until it is checked in, its device is reset or deactivated, or the license ends.
    public var requireHeartbeat: Bool?
    /// Whether applications may request offline licenses.
    public var allowOfflineActivation: Bool?
    /// Validity of an offline license, in days from issuance.
    public var offlineGraceDays: Int?
    /// Whether activations from virtual machines are accepted.
    public var allowVM: Bool?
    /// Whether activations from containers are accepted.
    public var allowContainer: Bool?
    /// How many times a license may be transferred. 0 means none, not unlimited, so every transfer is refused.
    public var maxTransfers: Int?
    /// New seats a license of this policy may take per UTC day; 0 means no limit.
    public var maxActivationsPerDay: Int?
    /// Days a node-locked device may go unseen before it is deactivated; 0 means never.
    public var deactivateInactiveAfterDays: Int?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String? = nil, code: String? = nil, licenseType: LicenseType? = nil, maxActivations: Int? = nil, maxFloatingUsers: Nullable<Int>? = nil, maxContainerInstances: Nullable<Int>? = nil, floatingTimeoutMinutes: Int? = nil, gracePeriodDays: Int? = nil, validationIntervalMinutes: Int? = nil, requireHeartbeat: Bool? = nil, allowOfflineActivation: Bool? = nil, offlineGraceDays: Int? = nil, allowVM: Bool? = nil, allowContainer: Bool? = nil, maxTransfers: Int? = nil, maxActivationsPerDay: Int? = nil, deactivateInactiveAfterDays: Int? = nil, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.licenseType = licenseType
        self.maxActivations = maxActivations
        self.maxFloatingUsers = maxFloatingUsers
        self.maxContainerInstances = maxContainerInstances
        self.floatingTimeoutMinutes = floatingTimeoutMinutes
        self.gracePeriodDays = gracePeriodDays
        self.validationIntervalMinutes = validationIntervalMinutes
        self.requireHeartbeat = requireHeartbeat
        self.allowOfflineActivation = allowOfflineActivation
        self.offlineGraceDays = offlineGraceDays
        self.allowVM = allowVM
        self.allowContainer = allowContainer
        self.maxTransfers = maxTransfers
        self.maxActivationsPerDay = maxActivationsPerDay
        self.deactivateInactiveAfterDays = deactivateInactiveAfterDays
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case licenseType = "license_type"
        case maxActivations = "max_activations"
        case maxFloatingUsers = "max_floating_users"
        case maxContainerInstances = "max_container_instances"
        case floatingTimeoutMinutes = "floating_timeout_minutes"
        case gracePeriodDays = "grace_period_days"
        case validationIntervalMinutes = "validation_interval_minutes"
        case requireHeartbeat = "require_heartbeat"
        case allowOfflineActivation = "allow_offline_activation"
        case offlineGraceDays = "offline_grace_days"
        case allowVM = "allow_vm"
        case allowContainer = "allow_container"
        case maxTransfers = "max_transfers"
        case maxActivationsPerDay = "max_activations_per_day"
        case deactivateInactiveAfterDays = "deactivate_inactive_after_days"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresentRejectingNull(String.self, forKey: .name)
        self.code = try container.decodeIfPresentRejectingNull(String.self, forKey: .code)
        self.licenseType = try container.decodeIfPresentRejectingNull(LicenseType.self, forKey: .licenseType)
        self.maxActivations = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxActivations)
        self.maxFloatingUsers = try container.decodeNullable(Int.self, forKey: .maxFloatingUsers)
        self.maxContainerInstances = try container.decodeNullable(Int.self, forKey: .maxContainerInstances)
        self.floatingTimeoutMinutes = try container.decodeIfPresentRejectingNull(Int.self, forKey: .floatingTimeoutMinutes)
        self.gracePeriodDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .gracePeriodDays)
        self.validationIntervalMinutes = try container.decodeIfPresentRejectingNull(Int.self, forKey: .validationIntervalMinutes)
        self.requireHeartbeat = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .requireHeartbeat)
        self.allowOfflineActivation = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .allowOfflineActivation)
        self.offlineGraceDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .offlineGraceDays)
        self.allowVM = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .allowVM)
        self.allowContainer = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .allowContainer)
        self.maxTransfers = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxTransfers)
        self.maxActivationsPerDay = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxActivationsPerDay)
        self.deactivateInactiveAfterDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .deactivateInactiveAfterDays)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeIfPresent(self.code, forKey: .code)
        try container.encodeIfPresent(self.licenseType, forKey: .licenseType)
        try container.encodeIfPresent(self.maxActivations, forKey: .maxActivations)
        try container.encodeNullable(self.maxFloatingUsers, forKey: .maxFloatingUsers)
        try container.encodeNullable(self.maxContainerInstances, forKey: .maxContainerInstances)
        try container.encodeIfPresent(self.floatingTimeoutMinutes, forKey: .floatingTimeoutMinutes)
        try container.encodeIfPresent(self.gracePeriodDays, forKey: .gracePeriodDays)
        try container.encodeIfPresent(self.validationIntervalMinutes, forKey: .validationIntervalMinutes)
        try container.encodeIfPresent(self.requireHeartbeat, forKey: .requireHeartbeat)
        try container.encodeIfPresent(self.allowOfflineActivation, forKey: .allowOfflineActivation)
        try container.encodeIfPresent(self.offlineGraceDays, forKey: .offlineGraceDays)
        try container.encodeIfPresent(self.allowVM, forKey: .allowVM)
        try container.encodeIfPresent(self.allowContainer, forKey: .allowContainer)
        try container.encodeIfPresent(self.maxTransfers, forKey: .maxTransfers)
        try container.encodeIfPresent(self.maxActivationsPerDay, forKey: .maxActivationsPerDay)
        try container.encodeIfPresent(self.deactivateInactiveAfterDays, forKey: .deactivateInactiveAfterDays)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension PolicyUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.allowContainer { writer.field("allow_container", value) }
        if let value = self.allowOfflineActivation { writer.field("allow_offline_activation", value) }
        if let value = self.allowVM { writer.field("allow_vm", value) }
        if let value = self.code { writer.field("code", value) }
        if let value = self.deactivateInactiveAfterDays { writer.field("deactivate_inactive_after_days", value) }
        if let value = self.floatingTimeoutMinutes { writer.field("floating_timeout_minutes", value) }
        if let value = self.gracePeriodDays { writer.field("grace_period_days", value) }
        if let value = self.licenseType { writer.field("license_type", value) }
        if let value = self.maxActivations { writer.field("max_activations", value) }
        if let value = self.maxActivationsPerDay { writer.field("max_activations_per_day", value) }
        switch self.maxContainerInstances {
        case .null?: writer.nullField("max_container_instances")
        case .value(let value)?: writer.field("max_container_instances", value)
        case nil: break
        }
        switch self.maxFloatingUsers {
        case .null?: writer.nullField("max_floating_users")
        case .value(let value)?: writer.field("max_floating_users", value)
        case nil: break
        }
        if let value = self.maxTransfers { writer.field("max_transfers", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.name { writer.field("name", value) }
        if let value = self.offlineGraceDays { writer.field("offline_grace_days", value) }
        if let value = self.requireHeartbeat { writer.field("require_heartbeat", value) }
        if let value = self.validationIntervalMinutes { writer.field("validation_interval_minutes", value) }
        writer.endObject()
    }
}

extension PolicyUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
        try Validation.checkKnown(licenseType, field: path + "license_type")
        try Validation.check(maxActivations, minimum: 0, maximum: 2147483647, field: path + "max_activations")
        try Validation.check(maxFloatingUsers?.wrapped, minimum: 0, maximum: 2147483647, field: path + "max_floating_users")
        try Validation.check(maxContainerInstances?.wrapped, minimum: 0, maximum: 2147483647, field: path + "max_container_instances")
        try Validation.check(floatingTimeoutMinutes, minimum: 1, maximum: 525600, field: path + "floating_timeout_minutes")
        try Validation.check(gracePeriodDays, minimum: 0, maximum: 36500, field: path + "grace_period_days")
        try Validation.check(validationIntervalMinutes, minimum: 1, maximum: 525600, field: path + "validation_interval_minutes")
        try Validation.check(offlineGraceDays, minimum: 1, maximum: 36500, field: path + "offline_grace_days")
        try Validation.check(maxTransfers, minimum: 0, maximum: 2147483647, field: path + "max_transfers")
        try Validation.check(maxActivationsPerDay, minimum: 0, maximum: 2147483647, field: path + "max_activations_per_day")
        try Validation.check(deactivateInactiveAfterDays, minimum: 0, maximum: 36500, field: path + "deactivate_inactive_after_days")
    }
}

/// A capability of a product that licenses can be entitled to, optionally metered.
///
/// - Remark: Generated from `#/components/schemas/Feature`.
public struct Feature: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product the feature belongs to.
    public var productID: String
    /// Short code, unique within the product; runtime calls and entitlements refer to it.
    public var code: String
    /// Display name.
    public var name: String
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, code: String, name: String, metadata: [String: JSONValue], createdAt: Date) {
        self.id = id
        self.productID = productID
        self.code = code
        self.name = name
        self.metadata = metadata
        self.createdAt = createdAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case code
        case name
        case metadata
        case createdAt = "created_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.code = try container.decode(String.self, forKey: .code)
        self.name = try container.decode(String.self, forKey: .name)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
    }
}

extension Feature: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        writer.field("created_at", self.createdAt)
        writer.field("id", self.id)
        writer.field("metadata", self.metadata)
        writer.field("name", self.name)
        writer.field("product_id", self.productID)
        writer.endObject()
    }
}

/// A new feature.
///
/// - Remark: Generated from `#/components/schemas/FeatureCreateRequest`.
public struct FeatureCreateRequest: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String
    /// Short code, unique within the product: 1–64 lower-case ASCII letters, digits, `.`, `_` and `-`. It appears in signed runtime payloads, which are ASCII.
    public var code: String
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(name: String, code: String, metadata: [String: JSONValue]? = nil) {
        self.name = name
        self.code = code
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case code
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.code = try container.decode(String.self, forKey: .code)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.code, forKey: .code)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension FeatureCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        if let value = self.metadata { writer.field("metadata", value) }
        writer.field("name", self.name)
        writer.endObject()
    }
}

extension FeatureCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(code, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
    }
}

/// A release in a product's version catalog.
///
/// - Remark: Generated from `#/components/schemas/ProductVersion`.
public struct ProductVersion: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product the version belongs to.
    public var productID: String
    /// Version string, unique within the product, as applications report it in `app_version`.
    public var version: String
    /// Release date; compared with a license's maintenance or expiry date to decide eligibility.
    public var releasedAt: Date
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, version: String, releasedAt: Date, metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.productID = productID
        self.version = version
        self.releasedAt = releasedAt
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case version
        case releasedAt = "released_at"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.version = try container.decode(String.self, forKey: .version)
        self.releasedAt = try container.decode(Date.self, forKey: .releasedAt)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.version, forKey: .version)
        try container.encode(self.releasedAt, forKey: .releasedAt)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension ProductVersion: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("created_at", self.createdAt)
        writer.field("id", self.id)
        writer.field("metadata", self.metadata)
        writer.field("product_id", self.productID)
        writer.field("released_at", self.releasedAt)
        writer.field("updated_at", self.updatedAt)
        writer.field("version", self.version)
        writer.endObject()
    }
}

/// A new release.
///
/// - Remark: Generated from `#/components/schemas/ProductVersionCreateRequest`.
public struct ProductVersionCreateRequest: Codable, Hashable, Sendable {
    /// Semantic version (semver 2.0.0: `MAJOR.MINOR.PATCH`, optionally `-prerelease` and `+build`, for example `2.1.0` or `3.0.0-rc.1+build.7`; at most 64 characters), unique within the product.
    public var version: String
    /// Release date; the current server time when absent.
    public var releasedAt: Date?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(version: String, releasedAt: Date? = nil, metadata: [String: JSONValue]? = nil) {
        self.version = version
        self.releasedAt = releasedAt
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case version
        case releasedAt = "released_at"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.version = try container.decode(String.self, forKey: .version)
        self.releasedAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .releasedAt)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.version, forKey: .version)
        try container.encodeIfPresent(self.releasedAt, forKey: .releasedAt)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension ProductVersionCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.releasedAt { writer.field("released_at", value) }
        writer.field("version", self.version)
        writer.endObject()
    }
}

extension ProductVersionCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(version, maxLength: 64, pattern: "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", field: path + "version")
    }
}

/// A typed custom field defined on a product for its licenses or customers.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldDefinition`.
public struct CustomFieldDefinition: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// Product that defines the field.
    public var productID: String
    /// The `resource_type` member.
    public var resourceType: CustomFieldResourceType
    /// Short code, unique per product and resource type.
    public var code: String
    /// Display name.
    public var name: String
    /// The `value_type` member.
    public var valueType: CustomFieldValueType
    /// Whether every record of the resource type must carry a value; a required value cannot be cleared.
    public var isRequired: Bool
    /// Allowed values when `value_type` is `enum`; empty otherwise.
    public var enumOptions: [String]
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]
    /// When the record was created.
    public var createdAt: Date
    /// When the record last changed.
    public var updatedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(id: String, productID: String, resourceType: CustomFieldResourceType, code: String, name: String, valueType: CustomFieldValueType, isRequired: Bool, enumOptions: [String], metadata: [String: JSONValue], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.productID = productID
        self.resourceType = resourceType
        self.code = code
        self.name = name
        self.valueType = valueType
        self.isRequired = isRequired
        self.enumOptions = enumOptions
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case productID = "product_id"
        case resourceType = "resource_type"
        case code
        case name
        case valueType = "value_type"
        case isRequired = "is_required"
        case enumOptions = "enum_options"
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.resourceType = try container.decode(CustomFieldResourceType.self, forKey: .resourceType)
        self.code = try container.decode(String.self, forKey: .code)
        self.name = try container.decode(String.self, forKey: .name)
        self.valueType = try container.decode(CustomFieldValueType.self, forKey: .valueType)
        self.isRequired = try container.decode(Bool.self, forKey: .isRequired)
        self.enumOptions = try container.decode([String].self, forKey: .enumOptions)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.resourceType, forKey: .resourceType)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.valueType, forKey: .valueType)
        try container.encode(self.isRequired, forKey: .isRequired)
        try container.encode(self.enumOptions, forKey: .enumOptions)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
    }
}

extension CustomFieldDefinition: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        writer.field("created_at", self.createdAt)
        writer.field("enum_options", self.enumOptions)
        writer.field("id", self.id)
        writer.field("is_required", self.isRequired)
        writer.field("metadata", self.metadata)
        writer.field("name", self.name)
        writer.field("product_id", self.productID)
        writer.field("resource_type", self.resourceType)
        writer.field("updated_at", self.updatedAt)
        writer.field("value_type", self.valueType)
        writer.endObject()
    }
}

/// A new custom field definition.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldDefinitionCreateRequest`.
public struct CustomFieldDefinitionCreateRequest: Codable, Hashable, Sendable {
    /// The `resource_type` member.
    public var resourceType: CustomFieldResourceType
    /// Short code, unique per product and resource type.
    public var code: String
    /// Display name.
    public var name: String
    /// The `value_type` member.
    public var valueType: CustomFieldValueType
    /// Whether a value is mandatory.
    ///
    /// Default: `false`.
    public var isRequired: Bool?
    /// Allowed values; required and non-empty when `value_type` is `enum` (at most 200 options, each 1–200 characters, not blank, without control characters, no repeats); for other value types only an empty list is accepted.
    public var enumOptions: [String]?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(resourceType: CustomFieldResourceType, code: String, name: String, valueType: CustomFieldValueType, isRequired: Bool? = nil, enumOptions: [String]? = nil, metadata: [String: JSONValue]? = nil) {
        self.resourceType = resourceType
        self.code = code
        self.name = name
        self.valueType = valueType
        self.isRequired = isRequired
        self.enumOptions = enumOptions
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case resourceType = "resource_type"
        case code
        case name
        case valueType = "value_type"
        case isRequired = "is_required"
        case enumOptions = "enum_options"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.resourceType = try container.decode(CustomFieldResourceType.self, forKey: .resourceType)
        self.code = try container.decode(String.self, forKey: .code)
        self.name = try container.decode(String.self, forKey: .name)
        self.valueType = try container.decode(CustomFieldValueType.self, forKey: .valueType)
        self.isRequired = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isRequired)
        self.enumOptions = try container.decodeIfPresentRejectingNull([String].self, forKey: .enumOptions)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.resourceType, forKey: .resourceType)
        try container.encode(self.code, forKey: .code)
        try container.encode(self.name, forKey: .name)
        try container.encode(self.valueType, forKey: .valueType)
        try container.encodeIfPresent(self.isRequired, forKey: .isRequired)
        try container.encodeIfPresent(self.enumOptions, forKey: .enumOptions)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension CustomFieldDefinitionCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("code", self.code)
        if let value = self.enumOptions { writer.field("enum_options", value) }
        if let value = self.isRequired { writer.field("is_required", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        writer.field("name", self.name)
        writer.field("resource_type", self.resourceType)
        writer.field("value_type", self.valueType)
        writer.endObject()
    }
}

extension CustomFieldDefinitionCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.checkKnown(resourceType, field: path + "resource_type")
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.checkKnown(valueType, field: path + "value_type")
        try Validation.check(count: enumOptions, maxItems: 200, field: path + "enum_options")
        try Validation.checkUnique(enumOptions, field: path + "enum_options")
        for (index, item) in (enumOptions ?? []).enumerated() {
            try Validation.check(item, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "enum_options" + "[\(index)]")
        }
    }
}

/// Changes to a custom field definition. Absent fields are left unchanged; the resource type and value type are fixed.
///
/// - Remark: Generated from `#/components/schemas/CustomFieldDefinitionUpdateRequest`.
public struct CustomFieldDefinitionUpdateRequest: Codable, Hashable, Sendable {
    /// New code, unique per product and resource type.
    public var code: String?
    /// New display name.
    public var name: String?
    /// Whether a value is mandatory.
    public var isRequired: Bool?
    /// Replacement list of allowed values (enum fields only; at most 200 options, each 1–200 characters, not blank, without control characters, no repeats). Dropping an option that stored values still use is rejected with 409.
    public var enumOptions: [String]?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(code: String? = nil, name: String? = nil, isRequired: Bool? = nil, enumOptions: [String]? = nil, metadata: [String: JSONValue]? = nil) {
        self.code = code
        self.name = name
        self.isRequired = isRequired
        self.enumOptions = enumOptions
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case code
        case name
        case isRequired = "is_required"
        case enumOptions = "enum_options"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decodeIfPresentRejectingNull(String.self, forKey: .code)
        self.name = try container.decodeIfPresentRejectingNull(String.self, forKey: .name)
        self.isRequired = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .isRequired)
        self.enumOptions = try container.decodeIfPresentRejectingNull([String].self, forKey: .enumOptions)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.code, forKey: .code)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeIfPresent(self.isRequired, forKey: .isRequired)
        try container.encodeIfPresent(self.enumOptions, forKey: .enumOptions)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension CustomFieldDefinitionUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.code { writer.field("code", value) }
        if let value = self.enumOptions { writer.field("enum_options", value) }
        if let value = self.isRequired { writer.field("is_required", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.name { writer.field("name", value) }
        writer.endObject()
    }
}

extension CustomFieldDefinitionUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(code, minLength: 1, maxLength: 64, pattern: "^[a-z0-9._-]{1,64}$", field: path + "code")
        try Validation.check(name, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "name")
        try Validation.check(count: enumOptions, maxItems: 200, field: path + "enum_options")
        try Validation.checkUnique(enumOptions, field: path + "enum_options")
        for (index, item) in (enumOptions ?? []).enumerated() {
            try Validation.check(item, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "enum_options" + "[\(index)]")
        }
    }
}
