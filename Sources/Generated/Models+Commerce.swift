// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// A new subscription record.
///
/// - Remark: Generated from `#/components/schemas/SubscriptionCreateRequest`.
public struct SubscriptionCreateRequest: Codable, Hashable, Sendable {
    /// Customer that holds the subscription.
    public var customerID: String?
    /// Name of the commerce system the record comes from, for example `stripe` or `paddle`.
    public var externalSystem: String
    /// Identifier of the record in that system; unique per product together with `external_system`.
    public var externalID: String
    /// The `status` member.
    public var status: SubscriptionStatus
    /// Start of the current billing period.
    public var currentPeriodStart: Date
    /// End of the current billing period; after `current_period_start`.
    public var currentPeriodEnd: Date
    /// Whether the subscription ends with the current period.
    ///
    /// Default: `false`.
    public var cancelAtPeriodEnd: Bool?
    /// Cancellation time; only accepted when `status` is `canceled`.
    public var canceledAt: Date?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(customerID: String? = nil, externalSystem: String, externalID: String, status: SubscriptionStatus, currentPeriodStart: Date, currentPeriodEnd: Date, cancelAtPeriodEnd: Bool? = nil, canceledAt: Date? = nil, metadata: [String: JSONValue]? = nil) {
        self.customerID = customerID
        self.externalSystem = externalSystem
        self.externalID = externalID
        self.status = status
        self.currentPeriodStart = currentPeriodStart
        self.currentPeriodEnd = currentPeriodEnd
        self.cancelAtPeriodEnd = cancelAtPeriodEnd
        self.canceledAt = canceledAt
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customerID = "customer_id"
        case externalSystem = "external_system"
        case externalID = "external_id"
        case status
        case currentPeriodStart = "current_period_start"
        case currentPeriodEnd = "current_period_end"
        case cancelAtPeriodEnd = "cancel_at_period_end"
        case canceledAt = "canceled_at"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerID)
        self.externalSystem = try container.decode(String.self, forKey: .externalSystem)
        self.externalID = try container.decode(String.self, forKey: .externalID)
        self.status = try container.decode(SubscriptionStatus.self, forKey: .status)
        self.currentPeriodStart = try container.decode(Date.self, forKey: .currentPeriodStart)
        self.currentPeriodEnd = try container.decode(Date.self, forKey: .currentPeriodEnd)
        self.cancelAtPeriodEnd = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .cancelAtPeriodEnd)
        self.canceledAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .canceledAt)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encode(self.externalSystem, forKey: .externalSystem)
        try container.encode(self.externalID, forKey: .externalID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.currentPeriodStart, forKey: .currentPeriodStart)
        try container.encode(self.currentPeriodEnd, forKey: .currentPeriodEnd)
        try container.encodeIfPresent(self.cancelAtPeriodEnd, forKey: .cancelAtPeriodEnd)
        try container.encodeIfPresent(self.canceledAt, forKey: .canceledAt)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension SubscriptionCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.cancelAtPeriodEnd { writer.field("cancel_at_period_end", value) }
        if let value = self.canceledAt { writer.field("canceled_at", value) }
        writer.field("current_period_end", self.currentPeriodEnd)
        writer.field("current_period_start", self.currentPeriodStart)
        if let value = self.customerID { writer.field("customer_id", value) }
        writer.field("external_id", self.externalID)
        writer.field("external_system", self.externalSystem)
        if let value = self.metadata { writer.field("metadata", value) }
        writer.field("status", self.status)
        writer.endObject()
    }
}

extension SubscriptionCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(externalSystem, minLength: 1, maxLength: 64, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_system")
        try Validation.check(externalID, minLength: 1, maxLength: 255, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_id")
        try Validation.checkKnown(status, field: path + "status")
    }
}

/// Changes to a subscription record. Absent fields are left unchanged; `null` clears an optional field (an empty string also clears `customer_id`).
///
/// - Remark: Generated from `#/components/schemas/SubscriptionUpdateRequest`.
public struct SubscriptionUpdateRequest: Codable, Hashable, Sendable {
    /// New customer link; `null` unlinks.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var customerID: Nullable<String>?
    /// Name of the commerce system the record comes from, for example `stripe` or `paddle`.
    public var externalSystem: String?
    /// Identifier of the record in that system; unique per product together with `external_system`.
    public var externalID: String?
    /// The `status` member, absent when not given.
    public var status: SubscriptionStatus?
    /// Start of the current billing period.
    public var currentPeriodStart: Date?
    /// End of the current billing period.
    public var currentPeriodEnd: Date?
    /// Whether the subscription ends with the current period.
    public var cancelAtPeriodEnd: Bool?
    /// Cancellation time; `null` clears it.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var canceledAt: Nullable<Date>?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(customerID: Nullable<String>? = nil, externalSystem: String? = nil, externalID: String? = nil, status: SubscriptionStatus? = nil, currentPeriodStart: Date? = nil, currentPeriodEnd: Date? = nil, cancelAtPeriodEnd: Bool? = nil, canceledAt: Nullable<Date>? = nil, metadata: [String: JSONValue]? = nil) {
        self.customerID = customerID
        self.externalSystem = externalSystem
        self.externalID = externalID
        self.status = status
        self.currentPeriodStart = currentPeriodStart
        self.currentPeriodEnd = currentPeriodEnd
        self.cancelAtPeriodEnd = cancelAtPeriodEnd
        self.canceledAt = canceledAt
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customerID = "customer_id"
        case externalSystem = "external_system"
        case externalID = "external_id"
        case status
        case currentPeriodStart = "current_period_start"
        case currentPeriodEnd = "current_period_end"
        case cancelAtPeriodEnd = "cancel_at_period_end"
        case canceledAt = "canceled_at"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customerID = try container.decodeNullable(String.self, forKey: .customerID)
        self.externalSystem = try container.decodeIfPresentRejectingNull(String.self, forKey: .externalSystem)
        self.externalID = try container.decodeIfPresentRejectingNull(String.self, forKey: .externalID)
        self.status = try container.decodeIfPresentRejectingNull(SubscriptionStatus.self, forKey: .status)
        self.currentPeriodStart = try container.decodeIfPresentRejectingNull(Date.self, forKey: .currentPeriodStart)
        self.currentPeriodEnd = try container.decodeIfPresentRejectingNull(Date.self, forKey: .currentPeriodEnd)
        self.cancelAtPeriodEnd = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .cancelAtPeriodEnd)
        self.canceledAt = try container.decodeNullable(Date.self, forKey: .canceledAt)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeNullable(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.externalSystem, forKey: .externalSystem)
        try container.encodeIfPresent(self.externalID, forKey: .externalID)
        try container.encodeIfPresent(self.status, forKey: .status)
        try container.encodeIfPresent(self.currentPeriodStart, forKey: .currentPeriodStart)
        try container.encodeIfPresent(self.currentPeriodEnd, forKey: .currentPeriodEnd)
        try container.encodeIfPresent(self.cancelAtPeriodEnd, forKey: .cancelAtPeriodEnd)
        try container.encodeNullable(self.canceledAt, forKey: .canceledAt)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension SubscriptionUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.cancelAtPeriodEnd { writer.field("cancel_at_period_end", value) }
        switch self.canceledAt {
        case .null?: writer.nullField("canceled_at")
        case .value(let value)?: writer.field("canceled_at", value)
        case nil: break
        }
        if let value = self.currentPeriodEnd { writer.field("current_period_end", value) }
        if let value = self.currentPeriodStart { writer.field("current_period_start", value) }
        switch self.customerID {
        case .null?: writer.nullField("customer_id")
        case .value(let value)?: writer.field("customer_id", value)
        case nil: break
        }
        if let value = self.externalID { writer.field("external_id", value) }
        if let value = self.externalSystem { writer.field("external_system", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.status { writer.field("status", value) }
        writer.endObject()
    }
}

extension SubscriptionUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(externalSystem, minLength: 1, maxLength: 64, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_system")
        try Validation.check(externalID, minLength: 1, maxLength: 255, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_id")
        try Validation.checkKnown(status, field: path + "status")
    }
}

/// A new order record.
///
/// - Remark: Generated from `#/components/schemas/OrderCreateRequest`.
public struct OrderCreateRequest: Codable, Hashable, Sendable {
    /// Customer that placed the order.
    public var customerID: String?
    /// Subscription of the same product the order belongs to.
    public var subscriptionID: String?
    /// Name of the commerce system the record comes from, for example `stripe` or `paddle`.
    public var externalSystem: String
    /// Identifier of the record in that system; unique per product together with `external_system`.
    public var externalID: String
    /// The `status` member.
    public var status: OrderStatus
    /// Start of the service period; send together with `period_end`.
    public var periodStart: Date?
    /// End of the service period; send together with `period_start`.
    public var periodEnd: Date?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(customerID: String? = nil, subscriptionID: String? = nil, externalSystem: String, externalID: String, status: OrderStatus, periodStart: Date? = nil, periodEnd: Date? = nil, metadata: [String: JSONValue]? = nil) {
        self.customerID = customerID
        self.subscriptionID = subscriptionID
        self.externalSystem = externalSystem
        self.externalID = externalID
        self.status = status
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customerID = "customer_id"
        case subscriptionID = "subscription_id"
        case externalSystem = "external_system"
        case externalID = "external_id"
        case status
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerID)
        self.subscriptionID = try container.decodeIfPresentRejectingNull(String.self, forKey: .subscriptionID)
        self.externalSystem = try container.decode(String.self, forKey: .externalSystem)
        self.externalID = try container.decode(String.self, forKey: .externalID)
        self.status = try container.decode(OrderStatus.self, forKey: .status)
        self.periodStart = try container.decodeIfPresentRejectingNull(Date.self, forKey: .periodStart)
        self.periodEnd = try container.decodeIfPresentRejectingNull(Date.self, forKey: .periodEnd)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encode(self.externalSystem, forKey: .externalSystem)
        try container.encode(self.externalID, forKey: .externalID)
        try container.encode(self.status, forKey: .status)
        try container.encodeIfPresent(self.periodStart, forKey: .periodStart)
        try container.encodeIfPresent(self.periodEnd, forKey: .periodEnd)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension OrderCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.customerID { writer.field("customer_id", value) }
        writer.field("external_id", self.externalID)
        writer.field("external_system", self.externalSystem)
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.periodEnd { writer.field("period_end", value) }
        if let value = self.periodStart { writer.field("period_start", value) }
        writer.field("status", self.status)
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.endObject()
    }
}

extension OrderCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(externalSystem, minLength: 1, maxLength: 64, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_system")
        try Validation.check(externalID, minLength: 1, maxLength: 255, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_id")
        try Validation.checkKnown(status, field: path + "status")
    }
}

/// Changes to an order record. Absent fields are left unchanged; `null` clears an optional field (an empty string also clears `customer_id` and `subscription_id`).
///
/// - Remark: Generated from `#/components/schemas/OrderUpdateRequest`.
public struct OrderUpdateRequest: Codable, Hashable, Sendable {
    /// New customer link; `null` unlinks.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var customerID: Nullable<String>?
    /// New subscription link; `null` unlinks.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var subscriptionID: Nullable<String>?
    /// Name of the commerce system the record comes from, for example `stripe` or `paddle`.
    public var externalSystem: String?
    /// Identifier of the record in that system; unique per product together with `external_system`.
    public var externalID: String?
    /// The `status` member, absent when not given.
    public var status: OrderStatus?
    /// Start of the service period; `null` clears it (clear both ends together).
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var periodStart: Nullable<Date>?
    /// End of the service period; `null` clears it (clear both ends together).
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var periodEnd: Nullable<Date>?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(customerID: Nullable<String>? = nil, subscriptionID: Nullable<String>? = nil, externalSystem: String? = nil, externalID: String? = nil, status: OrderStatus? = nil, periodStart: Nullable<Date>? = nil, periodEnd: Nullable<Date>? = nil, metadata: [String: JSONValue]? = nil) {
        self.customerID = customerID
        self.subscriptionID = subscriptionID
        self.externalSystem = externalSystem
        self.externalID = externalID
        self.status = status
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customerID = "customer_id"
        case subscriptionID = "subscription_id"
        case externalSystem = "external_system"
        case externalID = "external_id"
        case status
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customerID = try container.decodeNullable(String.self, forKey: .customerID)
        self.subscriptionID = try container.decodeNullable(String.self, forKey: .subscriptionID)
        self.externalSystem = try container.decodeIfPresentRejectingNull(String.self, forKey: .externalSystem)
        self.externalID = try container.decodeIfPresentRejectingNull(String.self, forKey: .externalID)
        self.status = try container.decodeIfPresentRejectingNull(OrderStatus.self, forKey: .status)
        self.periodStart = try container.decodeNullable(Date.self, forKey: .periodStart)
        self.periodEnd = try container.decodeNullable(Date.self, forKey: .periodEnd)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeNullable(self.customerID, forKey: .customerID)
        try container.encodeNullable(self.subscriptionID, forKey: .subscriptionID)
        try container.encodeIfPresent(self.externalSystem, forKey: .externalSystem)
        try container.encodeIfPresent(self.externalID, forKey: .externalID)
        try container.encodeIfPresent(self.status, forKey: .status)
        try container.encodeNullable(self.periodStart, forKey: .periodStart)
        try container.encodeNullable(self.periodEnd, forKey: .periodEnd)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension OrderUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        switch self.customerID {
        case .null?: writer.nullField("customer_id")
        case .value(let value)?: writer.field("customer_id", value)
        case nil: break
        }
        if let value = self.externalID { writer.field("external_id", value) }
        if let value = self.externalSystem { writer.field("external_system", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        switch self.periodEnd {
        case .null?: writer.nullField("period_end")
        case .value(let value)?: writer.field("period_end", value)
        case nil: break
        }
        switch self.periodStart {
        case .null?: writer.nullField("period_start")
        case .value(let value)?: writer.field("period_start", value)
        case nil: break
        }
        if let value = self.status { writer.field("status", value) }
        switch self.subscriptionID {
        case .null?: writer.nullField("subscription_id")
        case .value(let value)?: writer.field("subscription_id", value)
        case nil: break
        }
        writer.endObject()
    }
}

extension OrderUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(externalSystem, minLength: 1, maxLength: 64, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_system")
        try Validation.check(externalID, minLength: 1, maxLength: 255, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "external_id")
        try Validation.checkKnown(status, field: path + "status")
    }
}
