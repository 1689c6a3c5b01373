// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Dimension to group usage by. `hour`, `day`, `week` (ISO, starting Monday) and `month` are UTC time buckets, of which at most one may be used; the others group by the attribution recorded on each row.
///
/// - Remark: Generated from `#/components/schemas/UsageGroupBy`.
public enum UsageGroupBy: OpenEnum {
    case hour
    case day
    case week
    case month
    case product
    case customer
    case license
    case order
    case subscription
    case feature
    case source
    case resultClass
    /// A value this version of the contract does not define.
    case unrecognized(String)

    public static let knownCases: [UsageGroupBy] = [.hour, .day, .week, .month, .product, .customer, .license, .order, .subscription, .feature, .source, .resultClass]

    public init(rawValue: String) {
        switch rawValue {
        case "hour": self = .hour
        case "day": self = .day
        case "week": self = .week
        case "month": self = .month
        case "product": self = .product
        case "customer": self = .customer
        case "license": self = .license
        case "order": self = .order
        case "subscription": self = .subscription
        case "feature": self = .feature
        case "source": self = .source
        case "result_class": self = .resultClass
        default: self = .unrecognized(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .hour: "hour"
        case .day: "day"
        case .week: "week"
        case .month: "month"
        case .product: "product"
        case .customer: "customer"
        case .license: "license"
        case .order: "order"
        case .subscription: "subscription"
        case .feature: "feature"
        case .source: "source"
        case .resultClass: "result_class"
        case .unrecognized(let value): value
        }
    }
}

/// Report a frozen export captures; each matches one reporting read operation.
///
/// - Remark: Generated from `#/components/schemas/ReportKind`.
public enum ReportKind: OpenEnum {
    case activities
    case usageSummary
    case usageLedger
    case licenseAudit
    case customerSummary
    case subscriptionSettlement
    /// A value this version of the contract does not define.
    case unrecognized(String)

    public static let knownCases: [ReportKind] = [.activities, .usageSummary, .usageLedger, .licenseAudit, .customerSummary, .subscriptionSettlement]

    public init(rawValue: String) {
        switch rawValue {
        case "activities": self = .activities
        case "usage_summary": self = .usageSummary
        case "usage_ledger": self = .usageLedger
        case "license_audit": self = .licenseAudit
        case "customer_summary": self = .customerSummary
        case "subscription_settlement": self = .subscriptionSettlement
        default: self = .unrecognized(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .activities: "activities"
        case .usageSummary: "usage_summary"
        case .usageLedger: "usage_ledger"
        case .licenseAudit: "license_audit"
        case .customerSummary: "customer_summary"
        case .subscriptionSettlement: "subscription_settlement"
        case .unrecognized(let value): value
        }
    }
}

/// `json` is the frozen snapshot itself; `csv` and `pdf` are deterministic renderings of it.
///
/// - Remark: Generated from `#/components/schemas/ExportFormat`.
public enum ExportFormat: OpenEnum {
    case json
    case csv
    case pdf
    /// A value this version of the contract does not define.
    case unrecognized(String)

    public static let knownCases: [ExportFormat] = [.json, .csv, .pdf]

    public init(rawValue: String) {
        switch rawValue {
        case "json": self = .json
        case "csv": self = .csv
        case "pdf": self = .pdf
        default: self = .unrecognized(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .json: "json"
        case .csv: "csv"
        case .pdf: "pdf"
        case .unrecognized(let value): value
        }
    }
}

/// Progress of an export: `pending` while the artifact is produced, then `ready` or `failed`.
///
/// - Remark: Generated from `#/components/schemas/ExportStatus`.
public enum ExportStatus: OpenEnum {
    case pending
    case ready
    case failed
    /// A value this version of the contract does not define.
    case unrecognized(String)

    public static let knownCases: [ExportStatus] = [.pending, .ready, .failed]

    public init(rawValue: String) {
        switch rawValue {
        case "pending": self = .pending
        case "ready": self = .ready
        case "failed": self = .failed
        default: self = .unrecognized(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .pending: "pending"
        case .ready: "ready"
        case .failed: "failed"
        case .unrecognized(let value): value
        }
    }
}

/// Aggregate counts over a set of activity rows.
///
/// - Remark: Generated from `#/components/schemas/UsageTotals`.
public struct UsageTotals: Codable, Hashable, Sendable {
    /// Activity rows counted.
    public var events: Int64
    /// Metered units consumed by successful rows.
    public var amount: Int64
    /// Rows with result class `success`.
    public var successEvents: Int64
    /// Rows with result class `denied`.
    public var deniedEvents: Int64
    /// Rows with result class `error`.
    public var errorEvents: Int64

    public init(events: Int64, amount: Int64, successEvents: Int64, deniedEvents: Int64, errorEvents: Int64) {
        self.events = events
        self.amount = amount
        self.successEvents = successEvents
        self.deniedEvents = deniedEvents
        self.errorEvents = errorEvents
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case events
        case amount
        case successEvents = "success_events"
        case deniedEvents = "denied_events"
        case errorEvents = "error_events"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.successEvents = try container.decode(Int64.self, forKey: .successEvents)
        self.deniedEvents = try container.decode(Int64.self, forKey: .deniedEvents)
        self.errorEvents = try container.decode(Int64.self, forKey: .errorEvents)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.successEvents, forKey: .successEvents)
        try container.encode(self.deniedEvents, forKey: .deniedEvents)
        try container.encode(self.errorEvents, forKey: .errorEvents)
    }
}

extension UsageTotals: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        writer.field("denied_events", self.deniedEvents)
        writer.field("error_events", self.errorEvents)
        writer.field("events", self.events)
        writer.field("success_events", self.successEvents)
        writer.endObject()
    }
}

/// Totals of one group of a usage summary.
///
/// - Remark: Generated from `#/components/schemas/UsageSummaryGroup`.
public struct UsageSummaryGroup: Codable, Hashable, Sendable {
    /// Value of each non-time grouping dimension for this group, keyed by dimension name (`product` → product id, `feature` → feature code, …); empty without such dimensions. A row lacking a dimension is grouped under an empty string.
    public var key: [String: String]
    /// Start of the time bucket, when a time dimension is requested.
    public var bucketStart: Date?
    /// Activity rows counted.
    public var events: Int64
    /// Metered units consumed by successful rows.
    public var amount: Int64
    /// Rows with result class `success`.
    public var successEvents: Int64
    /// Rows with result class `denied`.
    public var deniedEvents: Int64
    /// Rows with result class `error`.
    public var errorEvents: Int64

    public init(key: [String: String], bucketStart: Date? = nil, events: Int64, amount: Int64, successEvents: Int64, deniedEvents: Int64, errorEvents: Int64) {
        self.key = key
        self.bucketStart = bucketStart
        self.events = events
        self.amount = amount
        self.successEvents = successEvents
        self.deniedEvents = deniedEvents
        self.errorEvents = errorEvents
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case key
        case bucketStart = "bucket_start"
        case events
        case amount
        case successEvents = "success_events"
        case deniedEvents = "denied_events"
        case errorEvents = "error_events"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode([String: String].self, forKey: .key)
        self.bucketStart = try container.decodeIfPresent(Date.self, forKey: .bucketStart)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.successEvents = try container.decode(Int64.self, forKey: .successEvents)
        self.deniedEvents = try container.decode(Int64.self, forKey: .deniedEvents)
        self.errorEvents = try container.decode(Int64.self, forKey: .errorEvents)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.key, forKey: .key)
        try container.encodeIfPresent(self.bucketStart, forKey: .bucketStart)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.successEvents, forKey: .successEvents)
        try container.encode(self.deniedEvents, forKey: .deniedEvents)
        try container.encode(self.errorEvents, forKey: .errorEvents)
    }
}

extension UsageSummaryGroup: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        if let value = self.bucketStart { writer.field("bucket_start", value) }
        writer.field("denied_events", self.deniedEvents)
        writer.field("error_events", self.errorEvents)
        writer.field("events", self.events)
        writer.field("key", self.key)
        writer.field("success_events", self.successEvents)
        writer.endObject()
    }
}

/// Grouped usage totals over a time window.
///
/// - Remark: Generated from `#/components/schemas/UsageSummary`.
public struct UsageSummary: Codable, Hashable, Sendable {
    /// Start of the window (inclusive).
    public var from: Date
    /// End of the window (exclusive).
    public var to: Date
    /// Dimensions applied, in request order.
    public var groupBy: [UsageGroupBy]
    /// One entry per distinct combination of dimension values, ordered by bucket then key. Without `group_by`, a single group with an empty key.
    public var groups: [UsageSummaryGroup]
    public var totals: UsageTotals

    public init(from: Date, to: Date, groupBy: [UsageGroupBy], groups: [UsageSummaryGroup], totals: UsageTotals) {
        self.from = from
        self.to = to
        self.groupBy = groupBy
        self.groups = groups
        self.totals = totals
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case groupBy = "group_by"
        case groups
        case totals
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.groupBy = try container.decode([UsageGroupBy].self, forKey: .groupBy)
        self.groups = try container.decode([UsageSummaryGroup].self, forKey: .groups)
        self.totals = try container.decode(UsageTotals.self, forKey: .totals)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.groupBy, forKey: .groupBy)
        try container.encode(self.groups, forKey: .groups)
        try container.encode(self.totals, forKey: .totals)
    }
}

extension UsageSummary: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("from", self.from)
        writer.field("group_by", self.groupBy)
        writer.field("groups", self.groups)
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}

/// One metered consumption row, as recorded at the time.
///
/// - Remark: Generated from `#/components/schemas/UsageLedgerEntry`.
public struct UsageLedgerEntry: Codable, Hashable, Sendable {
    /// Identifier of the underlying activity row.
    public var id: String
    /// When the consumption was recorded.
    public var occurredAt: Date
    /// Product of the license.
    public var productID: String
    /// Customer attributed at the time, when any.
    public var customerID: String?
    /// License that consumed.
    public var licenseID: String
    /// Order attributed at the time, when any.
    public var orderID: String?
    /// Subscription attributed at the time, when any.
    public var subscriptionID: String?
    /// Feature consumed.
    public var featureCode: String
    /// The caller's `event_id` for the consumption.
    public var eventID: String?
    /// Units requested.
    public var amount: Int64
    public var resultClass: ActivityResultClass
    /// Error code for rows that were not a success, for example `QUOTA_EXCEEDED`.
    public var reasonCode: String?
    /// Units left on the feature right after this row; absent when unlimited.
    public var remainingAfter: Int64?
    /// Device that consumed.
    public var deviceID: String?
    /// Application version reported by the call.
    public var appVersion: String?
    /// Request that produced the row.
    public var requestID: String

    public init(id: String, occurredAt: Date, productID: String, customerID: String? = nil, licenseID: String, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String, eventID: String? = nil, amount: Int64, resultClass: ActivityResultClass, reasonCode: String? = nil, remainingAfter: Int64? = nil, deviceID: String? = nil, appVersion: String? = nil, requestID: String) {
        self.id = id
        self.occurredAt = occurredAt
        self.productID = productID
        self.customerID = customerID
        self.licenseID = licenseID
        self.orderID = orderID
        self.subscriptionID = subscriptionID
        self.featureCode = featureCode
        self.eventID = eventID
        self.amount = amount
        self.resultClass = resultClass
        self.reasonCode = reasonCode
        self.remainingAfter = remainingAfter
        self.deviceID = deviceID
        self.appVersion = appVersion
        self.requestID = requestID
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case occurredAt = "occurred_at"
        case productID = "product_id"
        case customerID = "customer_id"
        case licenseID = "license_id"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
        case featureCode = "feature_code"
        case eventID = "event_id"
        case amount
        case resultClass = "result_class"
        case reasonCode = "reason_code"
        case remainingAfter = "remaining_after"
        case deviceID = "device_id"
        case appVersion = "app_version"
        case requestID = "request_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.occurredAt = try container.decode(Date.self, forKey: .occurredAt)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.orderID = try container.decodeIfPresent(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresent(String.self, forKey: .subscriptionID)
        self.featureCode = try container.decode(String.self, forKey: .featureCode)
        self.eventID = try container.decodeIfPresent(String.self, forKey: .eventID)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.resultClass = try container.decode(ActivityResultClass.self, forKey: .resultClass)
        self.reasonCode = try container.decodeIfPresent(String.self, forKey: .reasonCode)
        self.remainingAfter = try container.decodeIfPresent(Int64.self, forKey: .remainingAfter)
        self.deviceID = try container.decodeIfPresent(String.self, forKey: .deviceID)
        self.appVersion = try container.decodeIfPresent(String.self, forKey: .appVersion)
        self.requestID = try container.decode(String.self, forKey: .requestID)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.occurredAt, forKey: .occurredAt)
        try container.encode(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encode(self.featureCode, forKey: .featureCode)
        try container.encodeIfPresent(self.eventID, forKey: .eventID)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.resultClass, forKey: .resultClass)
        try container.encodeIfPresent(self.reasonCode, forKey: .reasonCode)
        try container.encodeIfPresent(self.remainingAfter, forKey: .remainingAfter)
        try container.encodeIfPresent(self.deviceID, forKey: .deviceID)
        try container.encodeIfPresent(self.appVersion, forKey: .appVersion)
        try container.encode(self.requestID, forKey: .requestID)
    }
}

extension UsageLedgerEntry: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        if let value = self.appVersion { writer.field("app_version", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.deviceID { writer.field("device_id", value) }
        if let value = self.eventID { writer.field("event_id", value) }
        writer.field("feature_code", self.featureCode)
        writer.field("id", self.id)
        writer.field("license_id", self.licenseID)
        writer.field("occurred_at", self.occurredAt)
        if let value = self.orderID { writer.field("order_id", value) }
        writer.field("product_id", self.productID)
        if let value = self.reasonCode { writer.field("reason_code", value) }
        if let value = self.remainingAfter { writer.field("remaining_after", value) }
        writer.field("request_id", self.requestID)
        writer.field("result_class", self.resultClass)
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.endObject()
    }
}

/// Runtime call counts for a license or customer.
///
/// - Remark: Generated from `#/components/schemas/RuntimeSummary`.
public struct RuntimeSummary: Codable, Hashable, Sendable {
    /// Runtime calls counted.
    public var requests: Int64
    /// Calls with result class `success`.
    public var success: Int64
    /// Calls with result class `denied`.
    public var denied: Int64
    /// Calls with result class `error`.
    public var error: Int64
    /// Call count per action name (for example `license.validate`).
    public var byAction: [String: Int64]
    /// Latest runtime call; absent when none.
    public var lastRequestAt: Date?
    /// Latest denied call; absent when none.
    public var lastDeniedAt: Date?
    /// Error code of the latest denied call.
    public var lastDeniedReason: String?

    public init(requests: Int64, success: Int64, denied: Int64, error: Int64, byAction: [String: Int64], lastRequestAt: Date? = nil, lastDeniedAt: Date? = nil, lastDeniedReason: String? = nil) {
        self.requests = requests
        self.success = success
        self.denied = denied
        self.error = error
        self.byAction = byAction
        self.lastRequestAt = lastRequestAt
        self.lastDeniedAt = lastDeniedAt
        self.lastDeniedReason = lastDeniedReason
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case requests
        case success
        case denied
        case error
        case byAction = "by_action"
        case lastRequestAt = "last_request_at"
        case lastDeniedAt = "last_denied_at"
        case lastDeniedReason = "last_denied_reason"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requests = try container.decode(Int64.self, forKey: .requests)
        self.success = try container.decode(Int64.self, forKey: .success)
        self.denied = try container.decode(Int64.self, forKey: .denied)
        self.error = try container.decode(Int64.self, forKey: .error)
        self.byAction = try container.decode([String: Int64].self, forKey: .byAction)
        self.lastRequestAt = try container.decodeIfPresent(Date.self, forKey: .lastRequestAt)
        self.lastDeniedAt = try container.decodeIfPresent(Date.self, forKey: .lastDeniedAt)
        self.lastDeniedReason = try container.decodeIfPresent(String.self, forKey: .lastDeniedReason)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.requests, forKey: .requests)
        try container.encode(self.success, forKey: .success)
        try container.encode(self.denied, forKey: .denied)
        try container.encode(self.error, forKey: .error)
        try container.encode(self.byAction, forKey: .byAction)
        try container.encodeIfPresent(self.lastRequestAt, forKey: .lastRequestAt)
        try container.encodeIfPresent(self.lastDeniedAt, forKey: .lastDeniedAt)
        try container.encodeIfPresent(self.lastDeniedReason, forKey: .lastDeniedReason)
    }
}

extension RuntimeSummary: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("by_action", self.byAction)
        writer.field("denied", self.denied)
        writer.field("error", self.error)
        if let value = self.lastDeniedAt { writer.field("last_denied_at", value) }
        if let value = self.lastDeniedReason { writer.field("last_denied_reason", value) }
        if let value = self.lastRequestAt { writer.field("last_request_at", value) }
        writer.field("requests", self.requests)
        writer.field("success", self.success)
        writer.endObject()
    }
}

/// Everything known about one license, in one packet.
///
/// - Remark: Generated from `#/components/schemas/LicenseAuditReport`.
public struct LicenseAuditReport: Codable, Hashable, Sendable {
    public var license: License
    /// Start of the window the activity, usage and event sections cover; absent for the whole history.
    public var from: Date?
    /// End of that window; absent for the whole history.
    public var to: Date?
    public var usageTotals: UsageTotals
    public var runtimeSummary: RuntimeSummary
    /// Every device ever bound to the license, active or not.
    public var devices: [Device]
    /// Activity rows of the license, newest first, at most 1000.
    public var activities: [Activity]
    /// Audit events about the license and its devices, newest first, at most 1000.
    public var events: [Event]
    /// True when `activities` or `events` hit the 1000-row cap; page through `listActivities` and `listEvents` for the rest.
    public var truncated: Bool
    public var order: Order?
    public var subscription: Subscription?
    /// When the report was assembled.
    public var generatedAt: Date

    public init(license: License, from: Date? = nil, to: Date? = nil, usageTotals: UsageTotals, runtimeSummary: RuntimeSummary, devices: [Device], activities: [Activity], events: [Event], truncated: Bool, order: Order? = nil, subscription: Subscription? = nil, generatedAt: Date) {
        self.license = license
        self.from = from
        self.to = to
        self.usageTotals = usageTotals
        self.runtimeSummary = runtimeSummary
        self.devices = devices
        self.activities = activities
        self.events = events
        self.truncated = truncated
        self.order = order
        self.subscription = subscription
        self.generatedAt = generatedAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case license
        case from
        case to
        case usageTotals = "usage_totals"
        case runtimeSummary = "runtime_summary"
        case devices
        case activities
        case events
        case truncated
        case order
        case subscription
        case generatedAt = "generated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.license = try container.decode(License.self, forKey: .license)
        self.from = try container.decodeIfPresent(Date.self, forKey: .from)
        self.to = try container.decodeIfPresent(Date.self, forKey: .to)
        self.usageTotals = try container.decode(UsageTotals.self, forKey: .usageTotals)
        self.runtimeSummary = try container.decode(RuntimeSummary.self, forKey: .runtimeSummary)
        self.devices = try container.decode([Device].self, forKey: .devices)
        self.activities = try container.decode([Activity].self, forKey: .activities)
        self.events = try container.decode([Event].self, forKey: .events)
        self.truncated = try container.decode(Bool.self, forKey: .truncated)
        self.order = try container.decodeIfPresent(Order.self, forKey: .order)
        self.subscription = try container.decodeIfPresent(Subscription.self, forKey: .subscription)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.license, forKey: .license)
        try container.encodeIfPresent(self.from, forKey: .from)
        try container.encodeIfPresent(self.to, forKey: .to)
        try container.encode(self.usageTotals, forKey: .usageTotals)
        try container.encode(self.runtimeSummary, forKey: .runtimeSummary)
        try container.encode(self.devices, forKey: .devices)
        try container.encode(self.activities, forKey: .activities)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.truncated, forKey: .truncated)
        try container.encodeIfPresent(self.order, forKey: .order)
        try container.encodeIfPresent(self.subscription, forKey: .subscription)
        try container.encode(self.generatedAt, forKey: .generatedAt)
    }
}

extension LicenseAuditReport: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("activities", self.activities)
        writer.field("devices", self.devices)
        writer.field("events", self.events)
        if let value = self.from { writer.field("from", value) }
        writer.field("generated_at", self.generatedAt)
        writer.field("license", self.license)
        if let value = self.order { writer.field("order", value) }
        writer.field("runtime_summary", self.runtimeSummary)
        if let value = self.subscription { writer.field("subscription", value) }
        if let value = self.to { writer.field("to", value) }
        writer.field("truncated", self.truncated)
        writer.field("usage_totals", self.usageTotals)
        writer.endObject()
    }
}

/// Record counts for a customer.
///
/// - Remark: Generated from `#/components/schemas/CustomerSummaryCounts`.
public struct CustomerSummaryCounts: Codable, Hashable, Sendable {
    /// Licenses linked to the customer.
    public var licenses: Int
    /// Of those, licenses in status `active` or `grace_period`.
    public var activeLicenses: Int
    /// Active devices across those licenses.
    public var activeDevices: Int
    /// Orders linked to the customer.
    public var orders: Int
    /// Subscriptions linked to the customer.
    public var subscriptions: Int
    /// Of those, subscriptions in status `trialing` or `active`.
    public var activeSubscriptions: Int

    public init(licenses: Int, activeLicenses: Int, activeDevices: Int, orders: Int, subscriptions: Int, activeSubscriptions: Int) {
        self.licenses = licenses
        self.activeLicenses = activeLicenses
        self.activeDevices = activeDevices
        self.orders = orders
        self.subscriptions = subscriptions
        self.activeSubscriptions = activeSubscriptions
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenses
        case activeLicenses = "active_licenses"
        case activeDevices = "active_devices"
        case orders
        case subscriptions
        case activeSubscriptions = "active_subscriptions"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenses = try container.decode(Int.self, forKey: .licenses)
        self.activeLicenses = try container.decode(Int.self, forKey: .activeLicenses)
        self.activeDevices = try container.decode(Int.self, forKey: .activeDevices)
        self.orders = try container.decode(Int.self, forKey: .orders)
        self.subscriptions = try container.decode(Int.self, forKey: .subscriptions)
        self.activeSubscriptions = try container.decode(Int.self, forKey: .activeSubscriptions)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.activeLicenses, forKey: .activeLicenses)
        try container.encode(self.activeDevices, forKey: .activeDevices)
        try container.encode(self.orders, forKey: .orders)
        try container.encode(self.subscriptions, forKey: .subscriptions)
        try container.encode(self.activeSubscriptions, forKey: .activeSubscriptions)
    }
}

extension CustomerSummaryCounts: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("active_devices", self.activeDevices)
        writer.field("active_licenses", self.activeLicenses)
        writer.field("active_subscriptions", self.activeSubscriptions)
        writer.field("licenses", self.licenses)
        writer.field("orders", self.orders)
        writer.field("subscriptions", self.subscriptions)
        writer.endObject()
    }
}

/// A customer-centric view across licenses, commerce records and usage.
///
/// - Remark: Generated from `#/components/schemas/CustomerSummaryReport`.
public struct CustomerSummaryReport: Codable, Hashable, Sendable {
    public var customer: Customer
    /// Start of the window the usage sections cover.
    public var from: Date
    /// End of that window.
    public var to: Date
    public var usageTotals: UsageTotals
    public var runtimeSummary: RuntimeSummary
    public var counts: CustomerSummaryCounts
    /// Usage of the customer grouped by the requested dimensions.
    public var groupedUsage: [UsageSummaryGroup]
    /// Licenses linked to the customer, newest first.
    public var licenses: [License]
    /// Orders linked to the customer, newest first.
    public var orders: [Order]
    /// Subscriptions linked to the customer, newest first.
    public var subscriptions: [Subscription]
    /// When the report was assembled.
    public var generatedAt: Date

    public init(customer: Customer, from: Date, to: Date, usageTotals: UsageTotals, runtimeSummary: RuntimeSummary, counts: CustomerSummaryCounts, groupedUsage: [UsageSummaryGroup], licenses: [License], orders: [Order], subscriptions: [Subscription], generatedAt: Date) {
        self.customer = customer
        self.from = from
        self.to = to
        self.usageTotals = usageTotals
        self.runtimeSummary = runtimeSummary
        self.counts = counts
        self.groupedUsage = groupedUsage
        self.licenses = licenses
        self.orders = orders
        self.subscriptions = subscriptions
        self.generatedAt = generatedAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customer
        case from
        case to
        case usageTotals = "usage_totals"
        case runtimeSummary = "runtime_summary"
        case counts
        case groupedUsage = "grouped_usage"
        case licenses
        case orders
        case subscriptions
        case generatedAt = "generated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customer = try container.decode(Customer.self, forKey: .customer)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.usageTotals = try container.decode(UsageTotals.self, forKey: .usageTotals)
        self.runtimeSummary = try container.decode(RuntimeSummary.self, forKey: .runtimeSummary)
        self.counts = try container.decode(CustomerSummaryCounts.self, forKey: .counts)
        self.groupedUsage = try container.decode([UsageSummaryGroup].self, forKey: .groupedUsage)
        self.licenses = try container.decode([License].self, forKey: .licenses)
        self.orders = try container.decode([Order].self, forKey: .orders)
        self.subscriptions = try container.decode([Subscription].self, forKey: .subscriptions)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.customer, forKey: .customer)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.usageTotals, forKey: .usageTotals)
        try container.encode(self.runtimeSummary, forKey: .runtimeSummary)
        try container.encode(self.counts, forKey: .counts)
        try container.encode(self.groupedUsage, forKey: .groupedUsage)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.orders, forKey: .orders)
        try container.encode(self.subscriptions, forKey: .subscriptions)
        try container.encode(self.generatedAt, forKey: .generatedAt)
    }
}

extension CustomerSummaryReport: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("counts", self.counts)
        writer.field("customer", self.customer)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("grouped_usage", self.groupedUsage)
        writer.field("licenses", self.licenses)
        writer.field("orders", self.orders)
        writer.field("runtime_summary", self.runtimeSummary)
        writer.field("subscriptions", self.subscriptions)
        writer.field("to", self.to)
        writer.field("usage_totals", self.usageTotals)
        writer.endObject()
    }
}

/// Consumed units of one feature on one license within the settlement window.
///
/// - Remark: Generated from `#/components/schemas/SettlementLine`.
public struct SettlementLine: Codable, Hashable, Sendable {
    /// Product of the license.
    public var productID: String
    /// License that consumed.
    public var licenseID: String
    /// Feature consumed.
    public var featureCode: String
    /// Successful consumption rows.
    public var events: Int64
    /// Units consumed.
    public var amount: Int64
    /// Earliest counted row.
    public var firstOccurredAt: Date
    /// Latest counted row.
    public var lastOccurredAt: Date

    public init(productID: String, licenseID: String, featureCode: String, events: Int64, amount: Int64, firstOccurredAt: Date, lastOccurredAt: Date) {
        self.productID = productID
        self.licenseID = licenseID
        self.featureCode = featureCode
        self.events = events
        self.amount = amount
        self.firstOccurredAt = firstOccurredAt
        self.lastOccurredAt = lastOccurredAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case productID = "product_id"
        case licenseID = "license_id"
        case featureCode = "feature_code"
        case events
        case amount
        case firstOccurredAt = "first_occurred_at"
        case lastOccurredAt = "last_occurred_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.featureCode = try container.decode(String.self, forKey: .featureCode)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.firstOccurredAt = try container.decode(Date.self, forKey: .firstOccurredAt)
        self.lastOccurredAt = try container.decode(Date.self, forKey: .lastOccurredAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.featureCode, forKey: .featureCode)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.firstOccurredAt, forKey: .firstOccurredAt)
        try container.encode(self.lastOccurredAt, forKey: .lastOccurredAt)
    }
}

extension SettlementLine: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        writer.field("events", self.events)
        writer.field("feature_code", self.featureCode)
        writer.field("first_occurred_at", self.firstOccurredAt)
        writer.field("last_occurred_at", self.lastOccurredAt)
        writer.field("license_id", self.licenseID)
        writer.field("product_id", self.productID)
        writer.endObject()
    }
}

/// Sums over all settlement lines.
///
/// - Remark: Generated from `#/components/schemas/SettlementTotals`.
public struct SettlementTotals: Codable, Hashable, Sendable {
    /// Number of lines.
    public var lines: Int
    /// Distinct licenses among the lines.
    public var licenses: Int
    /// Successful consumption rows.
    public var events: Int64
    /// Units consumed.
    public var amount: Int64

    public init(lines: Int, licenses: Int, events: Int64, amount: Int64) {
        self.lines = lines
        self.licenses = licenses
        self.events = events
        self.amount = amount
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case lines
        case licenses
        case events
        case amount
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.lines = try container.decode(Int.self, forKey: .lines)
        self.licenses = try container.decode(Int.self, forKey: .licenses)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.amount = try container.decode(Int64.self, forKey: .amount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.lines, forKey: .lines)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.amount, forKey: .amount)
    }
}

extension SettlementTotals: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        writer.field("events", self.events)
        writer.field("licenses", self.licenses)
        writer.field("lines", self.lines)
        writer.endObject()
    }
}

/// Usage evidence for settling one subscription or order: successful metered consumption attributed to it at the time of use. Quantities only; pricing is left to your billing system.
///
/// - Remark: Generated from `#/components/schemas/SubscriptionSettlementReport`.
public struct SubscriptionSettlementReport: Codable, Hashable, Sendable {
    public var subscription: Subscription?
    public var order: Order?
    /// Start of the settlement window (inclusive).
    public var from: Date
    /// End of the settlement window (exclusive).
    public var to: Date
    /// One line per license and feature, ordered by license then feature.
    public var lines: [SettlementLine]
    public var totals: SettlementTotals
    /// When the report was assembled.
    public var generatedAt: Date

    public init(subscription: Subscription? = nil, order: Order? = nil, from: Date, to: Date, lines: [SettlementLine], totals: SettlementTotals, generatedAt: Date) {
        self.subscription = subscription
        self.order = order
        self.from = from
        self.to = to
        self.lines = lines
        self.totals = totals
        self.generatedAt = generatedAt
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case subscription
        case order
        case from
        case to
        case lines
        case totals
        case generatedAt = "generated_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.subscription = try container.decodeIfPresent(Subscription.self, forKey: .subscription)
        self.order = try container.decodeIfPresent(Order.self, forKey: .order)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.lines = try container.decode([SettlementLine].self, forKey: .lines)
        self.totals = try container.decode(SettlementTotals.self, forKey: .totals)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.subscription, forKey: .subscription)
        try container.encodeIfPresent(self.order, forKey: .order)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.lines, forKey: .lines)
        try container.encode(self.totals, forKey: .totals)
        try container.encode(self.generatedAt, forKey: .generatedAt)
    }
}

extension SubscriptionSettlementReport: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("lines", self.lines)
        if let value = self.order { writer.field("order", value) }
        if let value = self.subscription { writer.field("subscription", value) }
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}

/// Parameters of a report, as the matching read operation takes them. Fields that the chosen report kind does not use are rejected with 422.
///
/// - Remark: Generated from `#/components/schemas/ReportFilters`.
public struct ReportFilters: Codable, Hashable, Sendable {
    /// Start of the window (inclusive).
    public var from: Date?
    /// End of the window (exclusive).
    public var to: Date?
    /// Grouping dimensions (`usage_summary`, `customer_summary`).
    public var groupBy: [UsageGroupBy]?
    /// Only rows of this product.
    public var productID: String?
    /// Only rows of this customer; the subject of a `customer_summary`.
    public var customerID: String?
    /// Only rows of this license; the subject of a `license_audit`.
    public var licenseID: String?
    /// Only rows attributed to this order; a possible subject of a `subscription_settlement`.
    public var orderID: String?
    /// Only rows attributed to this subscription; a possible subject of a `subscription_settlement`.
    public var subscriptionID: String?
    /// Only rows of this feature.
    public var featureCode: String?
    public var source: ActivitySource?
    public var resultClass: ActivityResultClass?
    /// Only rows with this action name.
    public var action: String?

    public init(from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) {
        self.from = from
        self.to = to
        self.groupBy = groupBy
        self.productID = productID
        self.customerID = customerID
        self.licenseID = licenseID
        self.orderID = orderID
        self.subscriptionID = subscriptionID
        self.featureCode = featureCode
        self.source = source
        self.resultClass = resultClass
        self.action = action
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case groupBy = "group_by"
        case productID = "product_id"
        case customerID = "customer_id"
        case licenseID = "license_id"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
        case featureCode = "feature_code"
        case source
        case resultClass = "result_class"
        case action
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decodeIfPresentRejectingNull(Date.self, forKey: .from)
        self.to = try container.decodeIfPresentRejectingNull(Date.self, forKey: .to)
        self.groupBy = try container.decodeIfPresentRejectingNull([UsageGroupBy].self, forKey: .groupBy)
        self.productID = try container.decodeIfPresentRejectingNull(String.self, forKey: .productID)
        self.customerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerID)
        self.licenseID = try container.decodeIfPresentRejectingNull(String.self, forKey: .licenseID)
        self.orderID = try container.decodeIfPresentRejectingNull(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresentRejectingNull(String.self, forKey: .subscriptionID)
        self.featureCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .featureCode)
        self.source = try container.decodeIfPresentRejectingNull(ActivitySource.self, forKey: .source)
        self.resultClass = try container.decodeIfPresentRejectingNull(ActivityResultClass.self, forKey: .resultClass)
        self.action = try container.decodeIfPresentRejectingNull(String.self, forKey: .action)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.from, forKey: .from)
        try container.encodeIfPresent(self.to, forKey: .to)
        try container.encodeIfPresent(self.groupBy, forKey: .groupBy)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.licenseID, forKey: .licenseID)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encodeIfPresent(self.featureCode, forKey: .featureCode)
        try container.encodeIfPresent(self.source, forKey: .source)
        try container.encodeIfPresent(self.resultClass, forKey: .resultClass)
        try container.encodeIfPresent(self.action, forKey: .action)
    }
}

extension ReportFilters: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.action { writer.field("action", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.featureCode { writer.field("feature_code", value) }
        if let value = self.from { writer.field("from", value) }
        if let value = self.groupBy { writer.field("group_by", value) }
        if let value = self.licenseID { writer.field("license_id", value) }
        if let value = self.orderID { writer.field("order_id", value) }
        if let value = self.productID { writer.field("product_id", value) }
        if let value = self.resultClass { writer.field("result_class", value) }
        if let value = self.source { writer.field("source", value) }
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        if let value = self.to { writer.field("to", value) }
        writer.endObject()
    }
}

extension ReportFilters: Validatable {
    public func validate(at path: String) throws {
        try Validation.checkKnown(each: groupBy, field: path + "group_by")
        try Validation.checkKnown(source, field: path + "source")
        try Validation.checkKnown(resultClass, field: path + "result_class")
    }
}

/// A frozen export to produce.
///
/// - Remark: Generated from `#/components/schemas/ReportExportCreateRequest`.
public struct ReportExportCreateRequest: Codable, Hashable, Sendable {
    public var reportKind: ReportKind
    public var format: ExportFormat
    public var filters: ReportFilters?

    public init(reportKind: ReportKind, format: ExportFormat, filters: ReportFilters? = nil) {
        self.reportKind = reportKind
        self.format = format
        self.filters = filters
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case reportKind = "report_kind"
        case format
        case filters
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.format = try container.decode(ExportFormat.self, forKey: .format)
        self.filters = try container.decodeIfPresentRejectingNull(ReportFilters.self, forKey: .filters)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encode(self.format, forKey: .format)
        try container.encodeIfPresent(self.filters, forKey: .filters)
    }
}

extension ReportExportCreateRequest: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.filters { writer.field("filters", value) }
        writer.field("format", self.format)
        writer.field("report_kind", self.reportKind)
        writer.endObject()
    }
}

extension ReportExportCreateRequest: Validatable {
    public func validate(at path: String) throws {
        try Validation.checkKnown(reportKind, field: path + "report_kind")
        try Validation.checkKnown(format, field: path + "format")
        try filters?.validate(at: path + "filters" + ".")
    }
}

/// Who requested an export.
///
/// - Remark: Generated from `#/components/schemas/ReportExportCreator`.
public struct ReportExportCreator: Codable, Hashable, Sendable {
    public var actorType: AuditActorType
    /// Identifier of the actor, for example the API key id.
    public var actorID: String

    public init(actorType: AuditActorType, actorID: String) {
        self.actorType = actorType
        self.actorID = actorID
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case actorType = "actor_type"
        case actorID = "actor_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.actorType = try container.decode(AuditActorType.self, forKey: .actorType)
        self.actorID = try container.decode(String.self, forKey: .actorID)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.actorType, forKey: .actorType)
        try container.encode(self.actorID, forKey: .actorID)
    }
}

extension ReportExportCreator: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor_id", self.actorID)
        writer.field("actor_type", self.actorType)
        writer.endObject()
    }
}

/// A frozen report export. The report is evaluated once into a JSON snapshot; the artifact is derived from that snapshot and never recomputed.
///
/// - Remark: Generated from `#/components/schemas/ReportExport`.
public struct ReportExport: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    public var reportKind: ReportKind
    public var format: ExportFormat
    public var status: ExportStatus
    public var filters: ReportFilters
    /// `sha256:` plus the lowercase hex SHA-256 of the canonical JSON snapshot (sorted keys, compact); absent until the snapshot exists.
    public var snapshotDigest: String?
    /// `sha256:` plus the lowercase hex SHA-256 of the stored artifact bytes; absent until ready. For `json` exports it equals `snapshot_digest`.
    public var artifactDigest: String?
    /// Media type of the artifact: `application/json`, `text/csv` or `application/pdf`.
    public var contentType: String
    /// Size of the artifact in bytes; absent until ready.
    public var byteSize: Int64?
    public var createdBy: ReportExportCreator
    /// When the record was created.
    public var createdAt: Date
    /// When the export became `ready` or `failed`.
    public var completedAt: Date?
    /// Why the export failed; absent otherwise.
    public var failureReason: String?
    /// Server-relative path of `downloadReportExport` for this export; present once ready.
    public var downloadURL: String?

    public init(id: String, reportKind: ReportKind, format: ExportFormat, status: ExportStatus, filters: ReportFilters, snapshotDigest: String? = nil, artifactDigest: String? = nil, contentType: String, byteSize: Int64? = nil, createdBy: ReportExportCreator, createdAt: Date, completedAt: Date? = nil, failureReason: String? = nil, downloadURL: String? = nil) {
        self.id = id
        self.reportKind = reportKind
        self.format = format
        self.status = status
        self.filters = filters
        self.snapshotDigest = snapshotDigest
        self.artifactDigest = artifactDigest
        self.contentType = contentType
        self.byteSize = byteSize
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.completedAt = completedAt
        self.failureReason = failureReason
        self.downloadURL = downloadURL
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case reportKind = "report_kind"
        case format
        case status
        case filters
        case snapshotDigest = "snapshot_digest"
        case artifactDigest = "artifact_digest"
        case contentType = "content_type"
        case byteSize = "byte_size"
        case createdBy = "created_by"
        case createdAt = "created_at"
        case completedAt = "completed_at"
        case failureReason = "failure_reason"
        case downloadURL = "download_url"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.format = try container.decode(ExportFormat.self, forKey: .format)
        self.status = try container.decode(ExportStatus.self, forKey: .status)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.snapshotDigest = try container.decodeIfPresent(String.self, forKey: .snapshotDigest)
        self.artifactDigest = try container.decodeIfPresent(String.self, forKey: .artifactDigest)
        self.contentType = try container.decode(String.self, forKey: .contentType)
        self.byteSize = try container.decodeIfPresent(Int64.self, forKey: .byteSize)
        self.createdBy = try container.decode(ReportExportCreator.self, forKey: .createdBy)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.completedAt = try container.decodeIfPresent(Date.self, forKey: .completedAt)
        self.failureReason = try container.decodeIfPresent(String.self, forKey: .failureReason)
        self.downloadURL = try container.decodeIfPresent(String.self, forKey: .downloadURL)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encode(self.format, forKey: .format)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.filters, forKey: .filters)
        try container.encodeIfPresent(self.snapshotDigest, forKey: .snapshotDigest)
        try container.encodeIfPresent(self.artifactDigest, forKey: .artifactDigest)
        try container.encode(self.contentType, forKey: .contentType)
        try container.encodeIfPresent(self.byteSize, forKey: .byteSize)
        try container.encode(self.createdBy, forKey: .createdBy)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encodeIfPresent(self.completedAt, forKey: .completedAt)
        try container.encodeIfPresent(self.failureReason, forKey: .failureReason)
        try container.encodeIfPresent(self.downloadURL, forKey: .downloadURL)
    }
}

extension ReportExport: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.artifactDigest { writer.field("artifact_digest", value) }
        if let value = self.byteSize { writer.field("byte_size", value) }
        if let value = self.completedAt { writer.field("completed_at", value) }
        writer.field("content_type", self.contentType)
        writer.field("created_at", self.createdAt)
        writer.field("created_by", self.createdBy)
        if let value = self.downloadURL { writer.field("download_url", value) }
        if let value = self.failureReason { writer.field("failure_reason", value) }
        writer.field("filters", self.filters)
        writer.field("format", self.format)
        writer.field("id", self.id)
        writer.field("report_kind", self.reportKind)
        if let value = self.snapshotDigest { writer.field("snapshot_digest", value) }
        writer.field("status", self.status)
        writer.endObject()
    }
}
