// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Detached signature over a runtime response or a ready export's metadata.
///
/// - Remark: Generated from `#/components/schemas/Signature`.
public struct Signature: Codable, Hashable, Sendable {
    /// Signature algorithm; always `Ed25519`.
    public var alg: String
    /// Identifier of the signing key; match it against `PublicKey.kid`.
    public var kid: String
    /// Standard base64 encoding of the 64-byte Ed25519 signature over the exact bytes of `data` as sent in the response body.
    public var value: String

    /// A value with these members; optional ones default to absent.
    public init(alg: String, kid: String, value: String) {
        self.alg = alg
        self.kid = kid
        self.value = value
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case alg
        case kid
        case value
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.alg = try container.decode(String.self, forKey: .alg)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.value = try container.decode(String.self, forKey: .value)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.alg, forKey: .alg)
        try container.encode(self.kid, forKey: .kid)
        try container.encode(self.value, forKey: .value)
    }
}

extension Signature: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("alg", self.alg)
        writer.field("kid", self.kid)
        writer.field("value", self.value)
        writer.endObject()
    }
}

/// Dimension to group usage by. `hour`, `day`, `week` (ISO, starting Monday) and `month` are UTC time buckets, of which at most one may be used; the others group by the attribution recorded on each row.
///
/// - Remark: Generated from `#/components/schemas/UsageGroupBy`.
public enum UsageGroupBy: OpenEnum {
    /// `hour`.
    case hour
    /// `day`.
    case day
    /// `week`.
    case week
    /// `month`.
    case month
    /// `product`.
    case product
    /// `customer`.
    case customer
    /// `license`.
    case license
    /// `order`.
    case order
    /// `subscription`.
    case subscription
    /// `feature`.
    case feature
    /// `source`.
    case source
    /// `result_class`.
    case resultClass
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [UsageGroupBy] = [.hour, .day, .week, .month, .product, .customer, .license, .order, .subscription, .feature, .source, .resultClass]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
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

    /// The value as the wire carries it.
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
    /// `activities`.
    case activities
    /// `usage_summary`.
    case usageSummary
    /// `usage_ledger`.
    case usageLedger
    /// `license_audit`.
    case licenseAudit
    /// `customer_summary`.
    case customerSummary
    /// `subscription_settlement`.
    case subscriptionSettlement
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ReportKind] = [.activities, .usageSummary, .usageLedger, .licenseAudit, .customerSummary, .subscriptionSettlement]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
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

    /// The value as the wire carries it.
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
    /// `json`.
    case json
    /// `csv`.
    case csv
    /// `pdf`.
    case pdf
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ExportFormat] = [.json, .csv, .pdf]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "json": self = .json
        case "csv": self = .csv
        case "pdf": self = .pdf
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
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
    /// `pending`.
    case pending
    /// `ready`.
    case ready
    /// `failed`.
    case failed
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ExportStatus] = [.pending, .ready, .failed]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "pending": self = .pending
        case "ready": self = .ready
        case "failed": self = .failed
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .pending: "pending"
        case .ready: "ready"
        case .failed: "failed"
        case .unrecognized(let value): value
        }
    }
}

/// Time bucket of a usage summary in LicenseKit's spelling: `1h` is the `hour` dimension of `group_by`, `1d` the `day` one.
///
/// - Remark: Generated from `#/components/schemas/UsageBucket`.
public enum UsageBucket: OpenEnum {
    /// `1h`.
    case _1h
    /// `1d`.
    case _1d
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [UsageBucket] = [._1h, ._1d]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "1h": self = ._1h
        case "1d": self = ._1d
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case ._1h: "1h"
        case ._1d: "1d"
        case .unrecognized(let value): value
        }
    }
}

/// Aggregate counts over a set of activity rows. Every row is one event and counts once in its result class; `amount` is the sum of `amount` over successful `license.consume` rows, the units actually consumed.
///
/// - Remark: Generated from `#/components/schemas/UsageTotals`.
public struct UsageTotals: Codable, Hashable, Sendable {
    /// Activity rows counted.
    public var events: Int64
    /// Units consumed by successful `license.consume` rows.
    public var amount: Int64
    /// Rows with result class `success`.
    public var successEvents: Int64
    /// Rows with result class `denied`.
    public var deniedEvents: Int64
    /// Rows with result class `error`.
    public var errorEvents: Int64
    /// Earliest row counted; absent when no row matched.
    public var firstOccurredAt: Date?
    /// Latest row counted; absent when no row matched.
    public var lastOccurredAt: Date?

    /// A value with these members; optional ones default to absent.
    public init(events: Int64, amount: Int64, successEvents: Int64, deniedEvents: Int64, errorEvents: Int64, firstOccurredAt: Date? = nil, lastOccurredAt: Date? = nil) {
        self.events = events
        self.amount = amount
        self.successEvents = successEvents
        self.deniedEvents = deniedEvents
        self.errorEvents = errorEvents
        self.firstOccurredAt = firstOccurredAt
        self.lastOccurredAt = lastOccurredAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case events
        case amount
        case successEvents = "success_events"
        case deniedEvents = "denied_events"
        case errorEvents = "error_events"
        case firstOccurredAt = "first_occurred_at"
        case lastOccurredAt = "last_occurred_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.successEvents = try container.decode(Int64.self, forKey: .successEvents)
        self.deniedEvents = try container.decode(Int64.self, forKey: .deniedEvents)
        self.errorEvents = try container.decode(Int64.self, forKey: .errorEvents)
        self.firstOccurredAt = try container.decodeIfPresent(Date.self, forKey: .firstOccurredAt)
        self.lastOccurredAt = try container.decodeIfPresent(Date.self, forKey: .lastOccurredAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.successEvents, forKey: .successEvents)
        try container.encode(self.deniedEvents, forKey: .deniedEvents)
        try container.encode(self.errorEvents, forKey: .errorEvents)
        try container.encodeIfPresent(self.firstOccurredAt, forKey: .firstOccurredAt)
        try container.encodeIfPresent(self.lastOccurredAt, forKey: .lastOccurredAt)
    }
}

extension UsageTotals: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        writer.field("denied_events", self.deniedEvents)
        writer.field("error_events", self.errorEvents)
        writer.field("events", self.events)
        if let value = self.firstOccurredAt { writer.field("first_occurred_at", value) }
        if let value = self.lastOccurredAt { writer.field("last_occurred_at", value) }
        writer.field("success_events", self.successEvents)
        writer.endObject()
    }
}

/// Totals of one group of rows. Only the dimensions the report groups by are present; a dimension that a row does not carry (a management action has no feature) is absent in its group.
///
/// - Remark: Generated from `#/components/schemas/UsageSummaryGroup`.
public struct UsageSummaryGroup: Codable, Hashable, Sendable {
    /// Start of the UTC time bucket, when the report groups by one.
    public var bucketStart: Date?
    /// Product of the group (dimension `product`).
    public var productID: String?
    /// Customer of the group (dimension `customer`).
    public var customerID: String?
    /// License of the group (dimension `license`).
    public var licenseID: String?
    /// Order of the group (dimension `order`).
    public var orderID: String?
    /// Subscription of the group (dimension `subscription`).
    public var subscriptionID: String?
    /// Feature of the group (dimension `feature`).
    public var featureCode: String?
    /// The `source` member, absent when not given.
    public var source: ActivitySource?
    /// The `result_class` member, absent when not given.
    public var resultClass: ActivityResultClass?
    /// Activity rows counted.
    public var events: Int64
    /// Units consumed by successful `license.consume` rows.
    public var amount: Int64
    /// Rows with result class `success`.
    public var successEvents: Int64
    /// Rows with result class `denied`.
    public var deniedEvents: Int64
    /// Rows with result class `error`.
    public var errorEvents: Int64
    /// Earliest row of the group.
    public var firstOccurredAt: Date
    /// Latest row of the group.
    public var lastOccurredAt: Date

    /// A value with these members; optional ones default to absent.
    public init(bucketStart: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, events: Int64, amount: Int64, successEvents: Int64, deniedEvents: Int64, errorEvents: Int64, firstOccurredAt: Date, lastOccurredAt: Date) {
        self.bucketStart = bucketStart
        self.productID = productID
        self.customerID = customerID
        self.licenseID = licenseID
        self.orderID = orderID
        self.subscriptionID = subscriptionID
        self.featureCode = featureCode
        self.source = source
        self.resultClass = resultClass
        self.events = events
        self.amount = amount
        self.successEvents = successEvents
        self.deniedEvents = deniedEvents
        self.errorEvents = errorEvents
        self.firstOccurredAt = firstOccurredAt
        self.lastOccurredAt = lastOccurredAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case bucketStart = "bucket_start"
        case productID = "product_id"
        case customerID = "customer_id"
        case licenseID = "license_id"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
        case featureCode = "feature_code"
        case source
        case resultClass = "result_class"
        case events
        case amount
        case successEvents = "success_events"
        case deniedEvents = "denied_events"
        case errorEvents = "error_events"
        case firstOccurredAt = "first_occurred_at"
        case lastOccurredAt = "last_occurred_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.bucketStart = try container.decodeIfPresent(Date.self, forKey: .bucketStart)
        self.productID = try container.decodeIfPresent(String.self, forKey: .productID)
        self.customerID = try container.decodeIfPresent(String.self, forKey: .customerID)
        self.licenseID = try container.decodeIfPresent(String.self, forKey: .licenseID)
        self.orderID = try container.decodeIfPresent(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresent(String.self, forKey: .subscriptionID)
        self.featureCode = try container.decodeIfPresent(String.self, forKey: .featureCode)
        self.source = try container.decodeIfPresent(ActivitySource.self, forKey: .source)
        self.resultClass = try container.decodeIfPresent(ActivityResultClass.self, forKey: .resultClass)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.amount = try container.decode(Int64.self, forKey: .amount)
        self.successEvents = try container.decode(Int64.self, forKey: .successEvents)
        self.deniedEvents = try container.decode(Int64.self, forKey: .deniedEvents)
        self.errorEvents = try container.decode(Int64.self, forKey: .errorEvents)
        self.firstOccurredAt = try container.decode(Date.self, forKey: .firstOccurredAt)
        self.lastOccurredAt = try container.decode(Date.self, forKey: .lastOccurredAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.bucketStart, forKey: .bucketStart)
        try container.encodeIfPresent(self.productID, forKey: .productID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.licenseID, forKey: .licenseID)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encodeIfPresent(self.featureCode, forKey: .featureCode)
        try container.encodeIfPresent(self.source, forKey: .source)
        try container.encodeIfPresent(self.resultClass, forKey: .resultClass)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.amount, forKey: .amount)
        try container.encode(self.successEvents, forKey: .successEvents)
        try container.encode(self.deniedEvents, forKey: .deniedEvents)
        try container.encode(self.errorEvents, forKey: .errorEvents)
        try container.encode(self.firstOccurredAt, forKey: .firstOccurredAt)
        try container.encode(self.lastOccurredAt, forKey: .lastOccurredAt)
    }
}

extension UsageSummaryGroup: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.amount)
        if let value = self.bucketStart { writer.field("bucket_start", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        writer.field("denied_events", self.deniedEvents)
        writer.field("error_events", self.errorEvents)
        writer.field("events", self.events)
        if let value = self.featureCode { writer.field("feature_code", value) }
        writer.field("first_occurred_at", self.firstOccurredAt)
        writer.field("last_occurred_at", self.lastOccurredAt)
        if let value = self.licenseID { writer.field("license_id", value) }
        if let value = self.orderID { writer.field("order_id", value) }
        if let value = self.productID { writer.field("product_id", value) }
        if let value = self.resultClass { writer.field("result_class", value) }
        if let value = self.source { writer.field("source", value) }
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.field("success_events", self.successEvents)
        writer.endObject()
    }
}

/// How many rows a usage summary covers.
///
/// - Remark: Generated from `#/components/schemas/UsageSummaryRowCounts`.
public struct UsageSummaryRowCounts: Codable, Hashable, Sendable {
    /// Activity rows counted.
    public var ledgerRows: Int64
    /// Groups listed.
    public var groups: Int

    /// A value with these members; optional ones default to absent.
    public init(ledgerRows: Int64, groups: Int) {
        self.ledgerRows = ledgerRows
        self.groups = groups
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case ledgerRows = "ledger_rows"
        case groups
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ledgerRows = try container.decode(Int64.self, forKey: .ledgerRows)
        self.groups = try container.decode(Int.self, forKey: .groups)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.ledgerRows, forKey: .ledgerRows)
        try container.encode(self.groups, forKey: .groups)
    }
}

extension UsageSummaryRowCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("groups", self.groups)
        writer.field("ledger_rows", self.ledgerRows)
        writer.endObject()
    }
}

/// Grouped usage totals over a time window, with the filters as applied.
///
/// - Remark: Generated from `#/components/schemas/UsageSummary`.
public struct UsageSummary: Codable, Hashable, Sendable {
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
    public var rowCounts: UsageSummaryRowCounts
    /// The `totals` member.
    public var totals: UsageTotals
    /// One entry per distinct combination of dimension values, ordered by bucket, then by each dimension in `filters.group_by` order (absent values first, then by code point). Without dimensions, a single group of every row, or none when no row matched.
    public var groups: [UsageSummaryGroup]

    /// A value with these members; optional ones default to absent.
    public init(reportKind: ReportKind, from: Date, to: Date, filters: ReportFilters, generatedAt: Date, rowCounts: UsageSummaryRowCounts, totals: UsageTotals, groups: [UsageSummaryGroup]) {
        self.reportKind = reportKind
        self.from = from
        self.to = to
        self.filters = filters
        self.generatedAt = generatedAt
        self.rowCounts = rowCounts
        self.totals = totals
        self.groups = groups
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
        case groups
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        self.rowCounts = try container.decode(UsageSummaryRowCounts.self, forKey: .rowCounts)
        self.totals = try container.decode(UsageTotals.self, forKey: .totals)
        self.groups = try container.decode([UsageSummaryGroup].self, forKey: .groups)
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
        try container.encode(self.groups, forKey: .groups)
    }
}

extension UsageSummary: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("filters", self.filters)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("groups", self.groups)
        writer.field("report_kind", self.reportKind)
        writer.field("row_counts", self.rowCounts)
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}

/// One row of the activity ledger as evidence: the row as recorded, with what it adds to the usage totals.
///
/// - Remark: Generated from `#/components/schemas/UsageLedgerEntry`.
public struct UsageLedgerEntry: Codable, Hashable, Sendable {
    /// Identifier of the activity row.
    public var id: String
    /// When the action happened.
    public var occurredAt: Date
    /// Dotted action name, for example `license.consume`.
    public var action: String
    /// The `source` member.
    public var source: ActivitySource
    /// Product involved, when any.
    public var productID: String?
    /// Customer attributed at the time, when any.
    public var customerID: String?
    /// License involved, when any.
    public var licenseID: String?
    /// Order attributed at the time, when any.
    public var orderID: String?
    /// Subscription attributed at the time, when any.
    public var subscriptionID: String?
    /// Feature involved, for metered and entitlement actions.
    public var featureCode: String?
    /// Units the action carried (requested, for a consumption).
    public var amount: Int64
    /// HTTP status the request was answered with.
    public var statusCode: Int
    /// The `result_class` member.
    public var resultClass: ActivityResultClass
    /// Error code for rows that were not a success, for example `QUOTA_EXCEEDED`.
    public var reasonCode: String?
    /// Device involved, for runtime actions.
    public var deviceID: String?
    /// Application version reported by a runtime call.
    public var appVersion: String?
    /// Request that produced the row.
    public var requestID: String?
    /// Action-specific details, as recorded.
    public var metadata: [String: JSONValue]
    /// Units this row adds to `UsageTotals.amount`: `amount` for a successful `license.consume`, else 0.
    public var countedAmount: Int64

    /// A value with these members; optional ones default to absent.
    public init(id: String, occurredAt: Date, action: String, source: ActivitySource, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, amount: Int64, statusCode: Int, resultClass: ActivityResultClass, reasonCode: String? = nil, deviceID: String? = nil, appVersion: String? = nil, requestID: String? = nil, metadata: [String: JSONValue], countedAmount: Int64) {
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
        self.metadata = metadata
        self.countedAmount = countedAmount
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
        case metadata
        case countedAmount = "counted_amount"
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
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.countedAmount = try container.decode(Int64.self, forKey: .countedAmount)
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
        try container.encode(self.metadata, forKey: .metadata)
        try container.encode(self.countedAmount, forKey: .countedAmount)
    }
}

extension UsageLedgerEntry: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("action", self.action)
        writer.field("amount", self.amount)
        if let value = self.appVersion { writer.field("app_version", value) }
        writer.field("counted_amount", self.countedAmount)
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.deviceID { writer.field("device_id", value) }
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

/// Position in a walk of the ledger. The first page fixes the window (`to` defaults to the time of the first request) and the cursor carries it, so every page of one walk covers the same rows.
///
/// - Remark: Generated from `#/components/schemas/UsageLedgerPageInfo`.
public struct UsageLedgerPageInfo: Codable, Hashable, Sendable {
    /// Cursor of the next page; absent on the last page.
    public var nextCursor: String?
    /// Start of the walk's window (inclusive).
    public var from: Date
    /// End of the walk's window (exclusive).
    public var to: Date
    /// When this page was read.
    public var generatedAt: Date
    /// Rows the walk covers in all; given on the first page only.
    public var matchedRows: Int64?

    /// A value with these members; optional ones default to absent.
    public init(nextCursor: String? = nil, from: Date, to: Date, generatedAt: Date, matchedRows: Int64? = nil) {
        self.nextCursor = nextCursor
        self.from = from
        self.to = to
        self.generatedAt = generatedAt
        self.matchedRows = matchedRows
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case nextCursor = "next_cursor"
        case from
        case to
        case generatedAt = "generated_at"
        case matchedRows = "matched_rows"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.nextCursor = try container.decodeIfPresent(String.self, forKey: .nextCursor)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        self.matchedRows = try container.decodeIfPresent(Int64.self, forKey: .matchedRows)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.nextCursor, forKey: .nextCursor)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.generatedAt, forKey: .generatedAt)
        try container.encodeIfPresent(self.matchedRows, forKey: .matchedRows)
    }
}

extension UsageLedgerPageInfo: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        if let value = self.matchedRows { writer.field("matched_rows", value) }
        if let value = self.nextCursor { writer.field("next_cursor", value) }
        writer.field("to", self.to)
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

    /// A value with these members; optional ones default to absent.
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

    /// The JSON member names, in the contract's order.
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

    /// Reads the JSON form, refusing what the contract does not allow.
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

    /// Writes the JSON form.
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
    /// Writes the JSON form straight into `writer`, as responses are written.
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

/// An audit event with the hashes that chain it: `hash` = SHA-256(`prev_hash` ‖ canonical JSON of the event), so a reader can check the event against the account's chain without the server.
///
/// - Remark: Generated from `#/components/schemas/AuditEventRecord`.
public struct AuditEventRecord: Codable, Hashable, Sendable {
    /// Position in the chain.
    public var sequence: Int64
    /// Dotted event name, for example `license.created`.
    public var eventType: String
    /// The `actor_type` member.
    public var actorType: AuditActorType
    /// Identifier of the actor.
    public var actorID: String
    /// Kind of record affected.
    public var resourceType: String
    /// Identifier of the record affected, when there is one.
    public var resourceID: String?
    /// Event details, as recorded.
    public var metadata: [String: JSONValue]
    /// Client address of the request that caused the event, when there was one.
    public var ipAddress: String?
    /// When the event was recorded.
    public var createdAt: Date
    /// Lowercase hex SHA-256 of the chain at this event.
    public var hash: String
    /// Lowercase hex hash of the previous event; absent for the first.
    public var prevHash: String?

    /// A value with these members; optional ones default to absent.
    public init(sequence: Int64, eventType: String, actorType: AuditActorType, actorID: String, resourceType: String, resourceID: String? = nil, metadata: [String: JSONValue], ipAddress: String? = nil, createdAt: Date, hash: String, prevHash: String? = nil) {
        self.sequence = sequence
        self.eventType = eventType
        self.actorType = actorType
        self.actorID = actorID
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.metadata = metadata
        self.ipAddress = ipAddress
        self.createdAt = createdAt
        self.hash = hash
        self.prevHash = prevHash
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case sequence
        case eventType = "event_type"
        case actorType = "actor_type"
        case actorID = "actor_id"
        case resourceType = "resource_type"
        case resourceID = "resource_id"
        case metadata
        case ipAddress = "ip_address"
        case createdAt = "created_at"
        case hash
        case prevHash = "prev_hash"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sequence = try container.decode(Int64.self, forKey: .sequence)
        self.eventType = try container.decode(String.self, forKey: .eventType)
        self.actorType = try container.decode(AuditActorType.self, forKey: .actorType)
        self.actorID = try container.decode(String.self, forKey: .actorID)
        self.resourceType = try container.decode(String.self, forKey: .resourceType)
        self.resourceID = try container.decodeIfPresent(String.self, forKey: .resourceID)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.ipAddress = try container.decodeIfPresent(String.self, forKey: .ipAddress)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.hash = try container.decode(String.self, forKey: .hash)
        self.prevHash = try container.decodeIfPresent(String.self, forKey: .prevHash)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.sequence, forKey: .sequence)
        try container.encode(self.eventType, forKey: .eventType)
        try container.encode(self.actorType, forKey: .actorType)
        try container.encode(self.actorID, forKey: .actorID)
        try container.encode(self.resourceType, forKey: .resourceType)
        try container.encodeIfPresent(self.resourceID, forKey: .resourceID)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encodeIfPresent(self.ipAddress, forKey: .ipAddress)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.hash, forKey: .hash)
        try container.encodeIfPresent(self.prevHash, forKey: .prevHash)
    }
}

extension AuditEventRecord: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor_id", self.actorID)
        writer.field("actor_type", self.actorType)
        writer.field("created_at", self.createdAt)
        writer.field("event_type", self.eventType)
        writer.field("hash", self.hash)
        if let value = self.ipAddress { writer.field("ip_address", value) }
        writer.field("metadata", self.metadata)
        if let value = self.prevHash { writer.field("prev_hash", value) }
        if let value = self.resourceID { writer.field("resource_id", value) }
        writer.field("resource_type", self.resourceType)
        writer.field("sequence", self.sequence)
        writer.endObject()
    }
}

/// What a license audit packet holds, and what it leaves out.
///
/// - Remark: Generated from `#/components/schemas/LicenseAuditRowCounts`.
public struct LicenseAuditRowCounts: Codable, Hashable, Sendable {
    /// Activity rows of the license in the window.
    public var activities: Int64
    /// Of those, rows listed (the newest 1000).
    public var activitiesIncluded: Int
    /// Audit events about the license and its devices in the window.
    public var events: Int64
    /// Of those, events listed (the newest 1000).
    public var eventsIncluded: Int
    /// Devices listed.
    public var devices: Int

    /// A value with these members; optional ones default to absent.
    public init(activities: Int64, activitiesIncluded: Int, events: Int64, eventsIncluded: Int, devices: Int) {
        self.activities = activities
        self.activitiesIncluded = activitiesIncluded
        self.events = events
        self.eventsIncluded = eventsIncluded
        self.devices = devices
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case activities
        case activitiesIncluded = "activities_included"
        case events
        case eventsIncluded = "events_included"
        case devices
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.activities = try container.decode(Int64.self, forKey: .activities)
        self.activitiesIncluded = try container.decode(Int.self, forKey: .activitiesIncluded)
        self.events = try container.decode(Int64.self, forKey: .events)
        self.eventsIncluded = try container.decode(Int.self, forKey: .eventsIncluded)
        self.devices = try container.decode(Int.self, forKey: .devices)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.activities, forKey: .activities)
        try container.encode(self.activitiesIncluded, forKey: .activitiesIncluded)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.eventsIncluded, forKey: .eventsIncluded)
        try container.encode(self.devices, forKey: .devices)
    }
}

extension LicenseAuditRowCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("activities", self.activities)
        writer.field("activities_included", self.activitiesIncluded)
        writer.field("devices", self.devices)
        writer.field("events", self.events)
        writer.field("events_included", self.eventsIncluded)
        writer.endObject()
    }
}

/// Everything known about one license, in one packet.
///
/// - Remark: Generated from `#/components/schemas/LicenseAuditReport`.
public struct LicenseAuditReport: Codable, Hashable, Sendable {
    /// The `report_kind` member.
    public var reportKind: ReportKind
    /// The `license` member.
    public var license: License
    /// Start of the window the activity, usage and event sections cover; by default the license's creation.
    public var from: Date
    /// End of that window (exclusive).
    public var to: Date
    /// The `filters` member.
    public var filters: ReportFilters
    /// When the report was evaluated.
    public var generatedAt: Date
    /// The `row_counts` member.
    public var rowCounts: LicenseAuditRowCounts
    /// The `usage_totals` member.
    public var usageTotals: UsageTotals
    /// The `runtime_summary` member.
    public var runtimeSummary: RuntimeSummary
    /// Every device ever bound to the license, active or not, oldest first.
    public var devices: [Device]
    /// Activity rows of the license, newest first, at most 1000.
    public var activities: [Activity]
    /// Audit events about the license and its devices, newest first, at most 1000, with their chain hashes.
    public var events: [AuditEventRecord]
    /// True when `activities` or `events` hit the 1000-row cap; page through `listActivities` and `listEvents` for the rest.
    public var truncated: Bool
    /// The `order` member, absent when not given.
    public var order: Order?
    /// The `subscription` member, absent when not given.
    public var subscription: Subscription?

    /// A value with these members; optional ones default to absent.
    public init(reportKind: ReportKind, license: License, from: Date, to: Date, filters: ReportFilters, generatedAt: Date, rowCounts: LicenseAuditRowCounts, usageTotals: UsageTotals, runtimeSummary: RuntimeSummary, devices: [Device], activities: [Activity], events: [AuditEventRecord], truncated: Bool, order: Order? = nil, subscription: Subscription? = nil) {
        self.reportKind = reportKind
        self.license = license
        self.from = from
        self.to = to
        self.filters = filters
        self.generatedAt = generatedAt
        self.rowCounts = rowCounts
        self.usageTotals = usageTotals
        self.runtimeSummary = runtimeSummary
        self.devices = devices
        self.activities = activities
        self.events = events
        self.truncated = truncated
        self.order = order
        self.subscription = subscription
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case reportKind = "report_kind"
        case license
        case from
        case to
        case filters
        case generatedAt = "generated_at"
        case rowCounts = "row_counts"
        case usageTotals = "usage_totals"
        case runtimeSummary = "runtime_summary"
        case devices
        case activities
        case events
        case truncated
        case order
        case subscription
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.license = try container.decode(License.self, forKey: .license)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        self.rowCounts = try container.decode(LicenseAuditRowCounts.self, forKey: .rowCounts)
        self.usageTotals = try container.decode(UsageTotals.self, forKey: .usageTotals)
        self.runtimeSummary = try container.decode(RuntimeSummary.self, forKey: .runtimeSummary)
        self.devices = try container.decode([Device].self, forKey: .devices)
        self.activities = try container.decode([Activity].self, forKey: .activities)
        self.events = try container.decode([AuditEventRecord].self, forKey: .events)
        self.truncated = try container.decode(Bool.self, forKey: .truncated)
        self.order = try container.decodeIfPresent(Order.self, forKey: .order)
        self.subscription = try container.decodeIfPresent(Subscription.self, forKey: .subscription)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encode(self.license, forKey: .license)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.filters, forKey: .filters)
        try container.encode(self.generatedAt, forKey: .generatedAt)
        try container.encode(self.rowCounts, forKey: .rowCounts)
        try container.encode(self.usageTotals, forKey: .usageTotals)
        try container.encode(self.runtimeSummary, forKey: .runtimeSummary)
        try container.encode(self.devices, forKey: .devices)
        try container.encode(self.activities, forKey: .activities)
        try container.encode(self.events, forKey: .events)
        try container.encode(self.truncated, forKey: .truncated)
        try container.encodeIfPresent(self.order, forKey: .order)
        try container.encodeIfPresent(self.subscription, forKey: .subscription)
    }
}

extension LicenseAuditReport: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("activities", self.activities)
        writer.field("devices", self.devices)
        writer.field("events", self.events)
        writer.field("filters", self.filters)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("license", self.license)
        if let value = self.order { writer.field("order", value) }
        writer.field("report_kind", self.reportKind)
        writer.field("row_counts", self.rowCounts)
        writer.field("runtime_summary", self.runtimeSummary)
        if let value = self.subscription { writer.field("subscription", value) }
        writer.field("to", self.to)
        writer.field("truncated", self.truncated)
        writer.field("usage_totals", self.usageTotals)
        writer.endObject()
    }
}

/// Record counts for a customer, as they stand when the report is evaluated.
///
/// - Remark: Generated from `#/components/schemas/CustomerSummaryCounts`.
public struct CustomerSummaryCounts: Codable, Hashable, Sendable {
    /// Licenses linked to the customer.
    public var licenses: Int
    /// Of those, licenses neither suspended nor revoked whose grace period has not ended.
    public var activeLicenses: Int
    /// Active devices across those licenses.
    public var activeDevices: Int
    /// Orders linked to the customer.
    public var orders: Int
    /// Subscriptions linked to the customer.
    public var subscriptions: Int
    /// Of those, subscriptions in status `trialing` or `active`.
    public var activeSubscriptions: Int

    /// A value with these members; optional ones default to absent.
    public init(licenses: Int, activeLicenses: Int, activeDevices: Int, orders: Int, subscriptions: Int, activeSubscriptions: Int) {
        self.licenses = licenses
        self.activeLicenses = activeLicenses
        self.activeDevices = activeDevices
        self.orders = orders
        self.subscriptions = subscriptions
        self.activeSubscriptions = activeSubscriptions
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenses
        case activeLicenses = "active_licenses"
        case activeDevices = "active_devices"
        case orders
        case subscriptions
        case activeSubscriptions = "active_subscriptions"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenses = try container.decode(Int.self, forKey: .licenses)
        self.activeLicenses = try container.decode(Int.self, forKey: .activeLicenses)
        self.activeDevices = try container.decode(Int.self, forKey: .activeDevices)
        self.orders = try container.decode(Int.self, forKey: .orders)
        self.subscriptions = try container.decode(Int.self, forKey: .subscriptions)
        self.activeSubscriptions = try container.decode(Int.self, forKey: .activeSubscriptions)
    }

    /// Writes the JSON form.
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
    /// Writes the JSON form straight into `writer`, as responses are written.
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

/// What a customer summary holds.
///
/// - Remark: Generated from `#/components/schemas/CustomerSummaryRowCounts`.
public struct CustomerSummaryRowCounts: Codable, Hashable, Sendable {
    /// Activity rows of the customer in the window.
    public var ledgerRows: Int64
    /// Groups in `grouped_usage`.
    public var groups: Int
    /// Licenses listed.
    public var licenses: Int
    /// Orders listed.
    public var orders: Int
    /// Subscriptions listed.
    public var subscriptions: Int

    /// A value with these members; optional ones default to absent.
    public init(ledgerRows: Int64, groups: Int, licenses: Int, orders: Int, subscriptions: Int) {
        self.ledgerRows = ledgerRows
        self.groups = groups
        self.licenses = licenses
        self.orders = orders
        self.subscriptions = subscriptions
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case ledgerRows = "ledger_rows"
        case groups
        case licenses
        case orders
        case subscriptions
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ledgerRows = try container.decode(Int64.self, forKey: .ledgerRows)
        self.groups = try container.decode(Int.self, forKey: .groups)
        self.licenses = try container.decode(Int.self, forKey: .licenses)
        self.orders = try container.decode(Int.self, forKey: .orders)
        self.subscriptions = try container.decode(Int.self, forKey: .subscriptions)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.ledgerRows, forKey: .ledgerRows)
        try container.encode(self.groups, forKey: .groups)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.orders, forKey: .orders)
        try container.encode(self.subscriptions, forKey: .subscriptions)
    }
}

extension CustomerSummaryRowCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("groups", self.groups)
        writer.field("ledger_rows", self.ledgerRows)
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
    /// The `report_kind` member.
    public var reportKind: ReportKind
    /// The `customer` member.
    public var customer: Customer
    /// Start of the window the usage sections cover.
    public var from: Date
    /// End of that window (exclusive).
    public var to: Date
    /// The `filters` member.
    public var filters: ReportFilters
    /// When the report was evaluated.
    public var generatedAt: Date
    /// The `row_counts` member.
    public var rowCounts: CustomerSummaryRowCounts
    /// The `usage_totals` member.
    public var usageTotals: UsageTotals
    /// The `runtime_summary` member.
    public var runtimeSummary: RuntimeSummary
    /// The `counts` member.
    public var counts: CustomerSummaryCounts
    /// Usage of the customer grouped by `filters.group_by`, ordered as `UsageSummary.groups`.
    public var groupedUsage: [UsageSummaryGroup]
    /// Licenses linked to the customer, newest first, at most 1000.
    public var licenses: [License]
    /// Orders linked to the customer, newest first, at most 1000.
    public var orders: [Order]
    /// Subscriptions linked to the customer, newest first, at most 1000.
    public var subscriptions: [Subscription]
    /// True when a list hit the 1000-record cap; `counts` are complete.
    public var truncated: Bool

    /// A value with these members; optional ones default to absent.
    public init(reportKind: ReportKind, customer: Customer, from: Date, to: Date, filters: ReportFilters, generatedAt: Date, rowCounts: CustomerSummaryRowCounts, usageTotals: UsageTotals, runtimeSummary: RuntimeSummary, counts: CustomerSummaryCounts, groupedUsage: [UsageSummaryGroup], licenses: [License], orders: [Order], subscriptions: [Subscription], truncated: Bool) {
        self.reportKind = reportKind
        self.customer = customer
        self.from = from
        self.to = to
        self.filters = filters
        self.generatedAt = generatedAt
        self.rowCounts = rowCounts
        self.usageTotals = usageTotals
        self.runtimeSummary = runtimeSummary
        self.counts = counts
        self.groupedUsage = groupedUsage
        self.licenses = licenses
        self.orders = orders
        self.subscriptions = subscriptions
        self.truncated = truncated
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case reportKind = "report_kind"
        case customer
        case from
        case to
        case filters
        case generatedAt = "generated_at"
        case rowCounts = "row_counts"
        case usageTotals = "usage_totals"
        case runtimeSummary = "runtime_summary"
        case counts
        case groupedUsage = "grouped_usage"
        case licenses
        case orders
        case subscriptions
        case truncated
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.customer = try container.decode(Customer.self, forKey: .customer)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        self.rowCounts = try container.decode(CustomerSummaryRowCounts.self, forKey: .rowCounts)
        self.usageTotals = try container.decode(UsageTotals.self, forKey: .usageTotals)
        self.runtimeSummary = try container.decode(RuntimeSummary.self, forKey: .runtimeSummary)
        self.counts = try container.decode(CustomerSummaryCounts.self, forKey: .counts)
        self.groupedUsage = try container.decode([UsageSummaryGroup].self, forKey: .groupedUsage)
        self.licenses = try container.decode([License].self, forKey: .licenses)
        self.orders = try container.decode([Order].self, forKey: .orders)
        self.subscriptions = try container.decode([Subscription].self, forKey: .subscriptions)
        self.truncated = try container.decode(Bool.self, forKey: .truncated)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encode(self.customer, forKey: .customer)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.filters, forKey: .filters)
        try container.encode(self.generatedAt, forKey: .generatedAt)
        try container.encode(self.rowCounts, forKey: .rowCounts)
        try container.encode(self.usageTotals, forKey: .usageTotals)
        try container.encode(self.runtimeSummary, forKey: .runtimeSummary)
        try container.encode(self.counts, forKey: .counts)
        try container.encode(self.groupedUsage, forKey: .groupedUsage)
        try container.encode(self.licenses, forKey: .licenses)
        try container.encode(self.orders, forKey: .orders)
        try container.encode(self.subscriptions, forKey: .subscriptions)
        try container.encode(self.truncated, forKey: .truncated)
    }
}

extension CustomerSummaryReport: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("counts", self.counts)
        writer.field("customer", self.customer)
        writer.field("filters", self.filters)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("grouped_usage", self.groupedUsage)
        writer.field("licenses", self.licenses)
        writer.field("orders", self.orders)
        writer.field("report_kind", self.reportKind)
        writer.field("row_counts", self.rowCounts)
        writer.field("runtime_summary", self.runtimeSummary)
        writer.field("subscriptions", self.subscriptions)
        writer.field("to", self.to)
        writer.field("truncated", self.truncated)
        writer.field("usage_totals", self.usageTotals)
        writer.endObject()
    }
}

/// What a settlement holds.
///
/// - Remark: Generated from `#/components/schemas/SettlementRowCounts`.
public struct SettlementRowCounts: Codable, Hashable, Sendable {
    /// `license.consume` rows attributed to the subject in the window, whatever their result.
    public var consumeRows: Int64
    /// Lines listed.
    public var lines: Int
    /// Distinct licenses among those rows.
    public var licenses: Int

    /// A value with these members; optional ones default to absent.
    public init(consumeRows: Int64, lines: Int, licenses: Int) {
        self.consumeRows = consumeRows
        self.lines = lines
        self.licenses = licenses
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case consumeRows = "consume_rows"
        case lines
        case licenses
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.consumeRows = try container.decode(Int64.self, forKey: .consumeRows)
        self.lines = try container.decode(Int.self, forKey: .lines)
        self.licenses = try container.decode(Int.self, forKey: .licenses)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.consumeRows, forKey: .consumeRows)
        try container.encode(self.lines, forKey: .lines)
        try container.encode(self.licenses, forKey: .licenses)
    }
}

extension SettlementRowCounts: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("consume_rows", self.consumeRows)
        writer.field("licenses", self.licenses)
        writer.field("lines", self.lines)
        writer.endObject()
    }
}

/// Usage evidence for settling one subscription or order: the `license.consume` rows attributed to it at the time of use, totalled per group. Quantities only; pricing is left to your billing system.
///
/// - Remark: Generated from `#/components/schemas/SubscriptionSettlementReport`.
public struct SubscriptionSettlementReport: Codable, Hashable, Sendable {
    /// The `report_kind` member.
    public var reportKind: ReportKind
    /// The `subscription` member, absent when not given.
    public var subscription: Subscription?
    /// The `order` member, absent when not given.
    public var order: Order?
    /// Start of the settlement window (inclusive).
    public var from: Date
    /// End of the settlement window (exclusive).
    public var to: Date
    /// The `filters` member.
    public var filters: ReportFilters
    /// When the report was evaluated.
    public var generatedAt: Date
    /// The `row_counts` member.
    public var rowCounts: SettlementRowCounts
    /// The `totals` member.
    public var totals: UsageTotals
    /// The consumption grouped by `filters.group_by` (default `license,feature`), ordered as `UsageSummary.groups`; `amount` counts successful rows only.
    public var lines: [UsageSummaryGroup]
    /// Every ledger row attributed to the subject in the window, counted per action name.
    public var activityByAction: [String: Int64]

    /// A value with these members; optional ones default to absent.
    public init(reportKind: ReportKind, subscription: Subscription? = nil, order: Order? = nil, from: Date, to: Date, filters: ReportFilters, generatedAt: Date, rowCounts: SettlementRowCounts, totals: UsageTotals, lines: [UsageSummaryGroup], activityByAction: [String: Int64]) {
        self.reportKind = reportKind
        self.subscription = subscription
        self.order = order
        self.from = from
        self.to = to
        self.filters = filters
        self.generatedAt = generatedAt
        self.rowCounts = rowCounts
        self.totals = totals
        self.lines = lines
        self.activityByAction = activityByAction
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case reportKind = "report_kind"
        case subscription
        case order
        case from
        case to
        case filters
        case generatedAt = "generated_at"
        case rowCounts = "row_counts"
        case totals
        case lines
        case activityByAction = "activity_by_action"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.subscription = try container.decodeIfPresent(Subscription.self, forKey: .subscription)
        self.order = try container.decodeIfPresent(Order.self, forKey: .order)
        self.from = try container.decode(Date.self, forKey: .from)
        self.to = try container.decode(Date.self, forKey: .to)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.generatedAt = try container.decode(Date.self, forKey: .generatedAt)
        self.rowCounts = try container.decode(SettlementRowCounts.self, forKey: .rowCounts)
        self.totals = try container.decode(UsageTotals.self, forKey: .totals)
        self.lines = try container.decode([UsageSummaryGroup].self, forKey: .lines)
        self.activityByAction = try container.decode([String: Int64].self, forKey: .activityByAction)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encodeIfPresent(self.subscription, forKey: .subscription)
        try container.encodeIfPresent(self.order, forKey: .order)
        try container.encode(self.from, forKey: .from)
        try container.encode(self.to, forKey: .to)
        try container.encode(self.filters, forKey: .filters)
        try container.encode(self.generatedAt, forKey: .generatedAt)
        try container.encode(self.rowCounts, forKey: .rowCounts)
        try container.encode(self.totals, forKey: .totals)
        try container.encode(self.lines, forKey: .lines)
        try container.encode(self.activityByAction, forKey: .activityByAction)
    }
}

extension SubscriptionSettlementReport: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("activity_by_action", self.activityByAction)
        writer.field("filters", self.filters)
        writer.field("from", self.from)
        writer.field("generated_at", self.generatedAt)
        writer.field("lines", self.lines)
        if let value = self.order { writer.field("order", value) }
        writer.field("report_kind", self.reportKind)
        writer.field("row_counts", self.rowCounts)
        if let value = self.subscription { writer.field("subscription", value) }
        writer.field("to", self.to)
        writer.field("totals", self.totals)
        writer.endObject()
    }
}

/// Parameters of a report, as the matching read operation takes them. In an export request, fields the report kind does not take are refused with 422 naming `filters.<field>`, and identifiers must be 1–128 letters, digits, `.`, `_` or `-`. In a report, the filters as applied (window and grouping resolved).
///
/// - Remark: Generated from `#/components/schemas/ReportFilters`.
public struct ReportFilters: Codable, Hashable, Sendable {
    /// Start of the window (inclusive).
    public var from: Date?
    /// End of the window (exclusive).
    public var to: Date?
    /// Grouping dimensions (`usage_summary`, `customer_summary`, `subscription_settlement`).
    public var groupBy: [UsageGroupBy]?
    /// The `bucket` member, absent when not given.
    public var bucket: UsageBucket?
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
    /// The `source` member, absent when not given.
    public var source: ActivitySource?
    /// The `result_class` member, absent when not given.
    public var resultClass: ActivityResultClass?
    /// Only rows with this action name.
    public var action: String?

    /// A value with these members; optional ones default to absent.
    public init(from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil, bucket: UsageBucket? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) {
        self.from = from
        self.to = to
        self.groupBy = groupBy
        self.bucket = bucket
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

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case from
        case to
        case groupBy = "group_by"
        case bucket
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

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.from = try container.decodeIfPresentRejectingNull(Date.self, forKey: .from)
        self.to = try container.decodeIfPresentRejectingNull(Date.self, forKey: .to)
        self.groupBy = try container.decodeIfPresentRejectingNull([UsageGroupBy].self, forKey: .groupBy)
        self.bucket = try container.decodeIfPresentRejectingNull(UsageBucket.self, forKey: .bucket)
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

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.from, forKey: .from)
        try container.encodeIfPresent(self.to, forKey: .to)
        try container.encodeIfPresent(self.groupBy, forKey: .groupBy)
        try container.encodeIfPresent(self.bucket, forKey: .bucket)
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
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.action { writer.field("action", value) }
        if let value = self.bucket { writer.field("bucket", value) }
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
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.checkKnown(each: groupBy, field: path + "group_by")
        try Validation.checkKnown(bucket, field: path + "bucket")
        try Validation.checkKnown(source, field: path + "source")
        try Validation.checkKnown(resultClass, field: path + "result_class")
    }
}

/// A frozen export to produce: a report evaluated now with `filters`, or, with `source_export_id`, another rendering of an existing export's snapshot (same kind; `filters` must then be absent).
///
/// - Remark: Generated from `#/components/schemas/ReportExportCreateRequest`.
public struct ReportExportCreateRequest: Codable, Hashable, Sendable {
    /// The `report_kind` member.
    public var reportKind: ReportKind
    /// The `format` member, absent when not given.
    public var format: ExportFormat?
    /// The `filters` member, absent when not given.
    public var filters: ReportFilters?
    /// An export whose frozen snapshot to render again, in `format`.
    public var sourceExportID: String?

    /// A value with these members; optional ones default to absent.
    public init(reportKind: ReportKind, format: ExportFormat? = nil, filters: ReportFilters? = nil, sourceExportID: String? = nil) {
        self.reportKind = reportKind
        self.format = format
        self.filters = filters
        self.sourceExportID = sourceExportID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case reportKind = "report_kind"
        case format
        case filters
        case sourceExportID = "source_export_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.format = try container.decodeIfPresentRejectingNull(ExportFormat.self, forKey: .format)
        self.filters = try container.decodeIfPresentRejectingNull(ReportFilters.self, forKey: .filters)
        self.sourceExportID = try container.decodeIfPresentRejectingNull(String.self, forKey: .sourceExportID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encodeIfPresent(self.format, forKey: .format)
        try container.encodeIfPresent(self.filters, forKey: .filters)
        try container.encodeIfPresent(self.sourceExportID, forKey: .sourceExportID)
    }
}

extension ReportExportCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.filters { writer.field("filters", value) }
        if let value = self.format { writer.field("format", value) }
        writer.field("report_kind", self.reportKind)
        if let value = self.sourceExportID { writer.field("source_export_id", value) }
        writer.endObject()
    }
}

extension ReportExportCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
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
    /// The `actor_type` member.
    public var actorType: AuditActorType
    /// Identifier of the actor, for example the API key id.
    public var actorID: String

    /// A value with these members; optional ones default to absent.
    public init(actorType: AuditActorType, actorID: String) {
        self.actorType = actorType
        self.actorID = actorID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case actorType = "actor_type"
        case actorID = "actor_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.actorType = try container.decode(AuditActorType.self, forKey: .actorType)
        self.actorID = try container.decode(String.self, forKey: .actorID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.actorType, forKey: .actorType)
        try container.encode(self.actorID, forKey: .actorID)
    }
}

extension ReportExportCreator: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor_id", self.actorID)
        writer.field("actor_type", self.actorType)
        writer.endObject()
    }
}

/// Rows of the report's main table rendered so far, out of all of them.
///
/// - Remark: Generated from `#/components/schemas/ExportProgress`.
public struct ExportProgress: Codable, Hashable, Sendable {
    /// Rows rendered.
    public var done: Int64
    /// Rows to render.
    public var total: Int64

    /// A value with these members; optional ones default to absent.
    public init(done: Int64, total: Int64) {
        self.done = done
        self.total = total
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case done
        case total
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.done = try container.decode(Int64.self, forKey: .done)
        self.total = try container.decode(Int64.self, forKey: .total)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.done, forKey: .done)
        try container.encode(self.total, forKey: .total)
    }
}

extension ExportProgress: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("done", self.done)
        writer.field("total", self.total)
        writer.endObject()
    }
}

/// A frozen report export. The report is evaluated once into a JSON snapshot; the artifact is derived from that snapshot and never recomputed. Once ready, the metadata is signed (`signature`).
///
/// - Remark: Generated from `#/components/schemas/ReportExport`.
public struct ReportExport: Codable, Hashable, Sendable {
    /// Server-assigned identifier.
    public var id: String
    /// The `report_kind` member.
    public var reportKind: ReportKind
    /// The `format` member.
    public var format: ExportFormat
    /// The `status` member.
    public var status: ExportStatus
    /// The `filters` member.
    public var filters: ReportFilters
    /// The export whose snapshot this one renders again, when it was created from one.
    public var sourceExportID: String?
    /// `sha256:` plus the lowercase hex SHA-256 of the canonical JSON snapshot (sorted keys, compact, non-ASCII escaped).
    public var snapshotDigest: String
    /// `sha256:` plus the lowercase hex SHA-256 of the stored artifact bytes; absent until ready. For `json` exports it equals `snapshot_digest`.
    public var artifactDigest: String?
    /// Media type of the artifact: `application/json`, `text/csv; charset=utf-8; header=present` or `application/pdf`.
    public var contentType: String
    /// File name the download suggests, `<report_kind>-<id>.<format>`.
    public var fileName: String
    /// Size of the artifact in bytes; absent until ready.
    public var byteSize: Int64?
    /// The `progress` member.
    public var progress: ExportProgress
    /// The `created_by` member.
    public var createdBy: ReportExportCreator
    /// When the export was created, and its snapshot frozen.
    public var createdAt: Date
    /// When the record last changed (progress, completion).
    public var updatedAt: Date
    /// When the export became `ready` or `failed`.
    public var completedAt: Date?
    /// Why the export failed; absent otherwise.
    public var failureReason: String?
    /// Server-relative path of `downloadReportExport` for this export; present once ready.
    public var downloadURL: String?
    /// The `signature` member, absent when not given.
    public var signature: Signature?

    /// A value with these members; optional ones default to absent.
    public init(id: String, reportKind: ReportKind, format: ExportFormat, status: ExportStatus, filters: ReportFilters, sourceExportID: String? = nil, snapshotDigest: String, artifactDigest: String? = nil, contentType: String, fileName: String, byteSize: Int64? = nil, progress: ExportProgress, createdBy: ReportExportCreator, createdAt: Date, updatedAt: Date, completedAt: Date? = nil, failureReason: String? = nil, downloadURL: String? = nil, signature: Signature? = nil) {
        self.id = id
        self.reportKind = reportKind
        self.format = format
        self.status = status
        self.filters = filters
        self.sourceExportID = sourceExportID
        self.snapshotDigest = snapshotDigest
        self.artifactDigest = artifactDigest
        self.contentType = contentType
        self.fileName = fileName
        self.byteSize = byteSize
        self.progress = progress
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.completedAt = completedAt
        self.failureReason = failureReason
        self.downloadURL = downloadURL
        self.signature = signature
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case reportKind = "report_kind"
        case format
        case status
        case filters
        case sourceExportID = "source_export_id"
        case snapshotDigest = "snapshot_digest"
        case artifactDigest = "artifact_digest"
        case contentType = "content_type"
        case fileName = "file_name"
        case byteSize = "byte_size"
        case progress
        case createdBy = "created_by"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case completedAt = "completed_at"
        case failureReason = "failure_reason"
        case downloadURL = "download_url"
        case signature
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.reportKind = try container.decode(ReportKind.self, forKey: .reportKind)
        self.format = try container.decode(ExportFormat.self, forKey: .format)
        self.status = try container.decode(ExportStatus.self, forKey: .status)
        self.filters = try container.decode(ReportFilters.self, forKey: .filters)
        self.sourceExportID = try container.decodeIfPresent(String.self, forKey: .sourceExportID)
        self.snapshotDigest = try container.decode(String.self, forKey: .snapshotDigest)
        self.artifactDigest = try container.decodeIfPresent(String.self, forKey: .artifactDigest)
        self.contentType = try container.decode(String.self, forKey: .contentType)
        self.fileName = try container.decode(String.self, forKey: .fileName)
        self.byteSize = try container.decodeIfPresent(Int64.self, forKey: .byteSize)
        self.progress = try container.decode(ExportProgress.self, forKey: .progress)
        self.createdBy = try container.decode(ReportExportCreator.self, forKey: .createdBy)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        self.completedAt = try container.decodeIfPresent(Date.self, forKey: .completedAt)
        self.failureReason = try container.decodeIfPresent(String.self, forKey: .failureReason)
        self.downloadURL = try container.decodeIfPresent(String.self, forKey: .downloadURL)
        self.signature = try container.decodeIfPresent(Signature.self, forKey: .signature)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.id, forKey: .id)
        try container.encode(self.reportKind, forKey: .reportKind)
        try container.encode(self.format, forKey: .format)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.filters, forKey: .filters)
        try container.encodeIfPresent(self.sourceExportID, forKey: .sourceExportID)
        try container.encode(self.snapshotDigest, forKey: .snapshotDigest)
        try container.encodeIfPresent(self.artifactDigest, forKey: .artifactDigest)
        try container.encode(self.contentType, forKey: .contentType)
        try container.encode(self.fileName, forKey: .fileName)
        try container.encodeIfPresent(self.byteSize, forKey: .byteSize)
        try container.encode(self.progress, forKey: .progress)
        try container.encode(self.createdBy, forKey: .createdBy)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encode(self.updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(self.completedAt, forKey: .completedAt)
        try container.encodeIfPresent(self.failureReason, forKey: .failureReason)
        try container.encodeIfPresent(self.downloadURL, forKey: .downloadURL)
        try container.encodeIfPresent(self.signature, forKey: .signature)
    }
}

extension ReportExport: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
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
        writer.field("file_name", self.fileName)
        writer.field("filters", self.filters)
        writer.field("format", self.format)
        writer.field("id", self.id)
        writer.field("progress", self.progress)
        writer.field("report_kind", self.reportKind)
        if let value = self.signature { writer.field("signature", value) }
        writer.field("snapshot_digest", self.snapshotDigest)
        if let value = self.sourceExportID { writer.field("source_export_id", value) }
        writer.field("status", self.status)
        writer.field("updated_at", self.updatedAt)
        writer.endObject()
    }
}
