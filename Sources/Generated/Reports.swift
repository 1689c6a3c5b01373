// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Summarise usage
    ///
    /// Aggregates the activity rows of the window that match every filter into totals, grouped by the requested dimensions (`group_by`, comma-separated or repeated; `bucket=1h|1d` is the same as a leading `hour` or `day`). Without `from`, the window starts 30 days before `to`. Every row counts once in its result class; `amount` counts successful `license.consume` rows only. Refused with 400 INVALID_QUERY naming the parameter: `to` not after `from`, an unknown or repeated dimension, two time buckets, `bucket` with a time dimension, and more than 10,000 groups (create an export for those). A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/usage-summary`, scopes: report:read.
    public enum GetUsageSummary {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getUsageSummary

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?
            /// Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.
            public var groupBy: [UsageGroupBy]?
            /// A time bucket in LicenseKit's spelling; `1h` adds `hour` and `1d` adds `day` to `group_by`.
            public var bucket: UsageBucket?
            /// Only results for this product.
            public var productID: String?
            /// Only results for this customer.
            public var customerID: String?
            /// Only results for this license.
            public var licenseID: String?
            /// Only results attributed to this order.
            public var orderID: String?
            /// Only results attributed to this subscription.
            public var subscriptionID: String?
            /// Only results for this feature code.
            public var featureCode: String?
            /// Only activity from this source.
            public var source: ActivitySource?
            /// Only activity with this outcome class.
            public var resultClass: ActivityResultClass?
            /// Only activity with this action name, for example `license.consume`.
            public var action: String?

            /// An input with these values; optional ones default to absent.
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
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The usage summary.
            case ok(UsageSummary)
        }
    }

    /// List metered usage rows
    ///
    /// Returns the activity rows of the window that match every filter, oldest first, for evidence review, disputes and export to other systems; each row says what it adds to the usage totals (`counted_amount`). Denied attempts are included: filter with `action=license.consume` and `result_class=success` for billable rows. Without `from`, the window starts 30 days before `to`; `to` defaults to the time of the first page, and the cursor keeps that window for the whole walk (a cursor with another `from` or `to` is 400). The first page also counts every row of the walk.
    ///
    /// - Remark: `GET /api/v1/reports/usage-ledger`, scopes: report:read.
    public enum ListUsageLedger {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listUsageLedger

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. It carries the window of the first page, so every page of one walk covers the same rows. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?
            /// Only results for this product.
            public var productID: String?
            /// Only results for this customer.
            public var customerID: String?
            /// Only results for this license.
            public var licenseID: String?
            /// Only results attributed to this order.
            public var orderID: String?
            /// Only results attributed to this subscription.
            public var subscriptionID: String?
            /// Only results for this feature code.
            public var featureCode: String?
            /// Only activity from this source.
            public var source: ActivitySource?
            /// Only activity with this outcome class.
            public var resultClass: ActivityResultClass?
            /// Only activity with this action name, for example `license.consume`.
            public var action: String?

            /// An input with these values; optional ones default to absent.
            public init(limit: Int? = nil, cursor: String? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) {
                self.limit = limit
                self.cursor = cursor
                self.from = from
                self.to = to
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
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of ledger rows.
            case ok(data: [UsageLedgerEntry], pageInfo: UsageLedgerPageInfo)
        }
    }

    /// Build a license audit packet
    ///
    /// Assembles one license with its usage totals, runtime summary, devices, activity rows, audit events (with their chain hashes) and linked order and subscription. Without `from` it covers the license's whole history. An unknown license is 404. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/license-audit`, scopes: report:read.
    public enum GetLicenseAuditReport {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getLicenseAuditReport

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// License to report on.
            public var licenseID: String
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?

            /// An input with these values; optional ones default to absent.
            public init(licenseID: String, from: Date? = nil, to: Date? = nil) {
                self.licenseID = licenseID
                self.from = from
                self.to = to
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The audit packet.
            case ok(LicenseAuditReport)
        }
    }

    /// Summarise a customer
    ///
    /// Assembles one customer with record counts, licenses, orders, subscriptions, runtime summary and usage in the window, grouped by `group_by` (default `product,feature`). Without `from`, the window starts 30 days before `to`. An unknown customer is 404. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/customer-summary`, scopes: report:read.
    public enum GetCustomerSummary {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getCustomerSummary

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Customer to report on.
            public var customerID: String
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?
            /// Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.
            public var groupBy: [UsageGroupBy]?

            /// An input with these values; optional ones default to absent.
            public init(customerID: String, from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil) {
                self.customerID = customerID
                self.from = from
                self.to = to
                self.groupBy = groupBy
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The customer summary.
            case ok(CustomerSummaryReport)
        }
    }

    /// Build settlement evidence
    ///
    /// Totals the metered consumption (`license.consume` rows) attributed to one subscription or one order at the time of use, grouped by `group_by` (default `license,feature`); `amount` counts successful rows. Send exactly one of `subscription_id` and `order_id` (400 naming `subscription_id` otherwise). The window defaults to the subscription's current period or the order's service period; for an order without a period, `from` and `to` are required. An unknown subject is 404. No prices: this is evidence. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/subscription-settlement`, scopes: report:read.
    public enum GetSubscriptionSettlement {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getSubscriptionSettlement

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Subscription to settle.
            public var subscriptionID: String?
            /// Order to settle.
            public var orderID: String?
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?
            /// Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.
            public var groupBy: [UsageGroupBy]?
            /// Only results for this feature code.
            public var featureCode: String?

            /// An input with these values; optional ones default to absent.
            public init(subscriptionID: String? = nil, orderID: String? = nil, from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil, featureCode: String? = nil) {
                self.subscriptionID = subscriptionID
                self.orderID = orderID
                self.from = from
                self.to = to
                self.groupBy = groupBy
                self.featureCode = featureCode
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The settlement report.
            case ok(SubscriptionSettlementReport)
        }
    }

    /// Create a frozen report export
    ///
    /// Evaluates a report once with the given filters and freezes the result as a canonical JSON snapshot (`snapshot_digest`); a background job then renders the artifact in the requested format (default `json`) from that snapshot alone, on any instance, resuming after a restart. The export is returned as soon as it is recorded; poll `getReportExport` (`progress` counts rows rendered) until `status` is `ready` or `failed`. With `source_export_id`, the existing snapshot is rendered again instead: the same snapshot in the same format gives the same bytes. Refused with 422 naming the field: a filter the kind does not take, a value that is not an identifier, a bad window or grouping, a `report_kind` unlike the source's, `filters` with `source_export_id`, the `activities` kind (a feed: export `usage_ledger`), and more rows than an export holds (250,000 ledger rows, 200,000 groups). A report subject or source export that does not exist is 404. Nothing is stored when the request is refused. With a read replica (`--database-read-url`), the report is evaluated there only when the replica has replayed past the window's `to` (a window ending now is read from the primary), so the snapshot holds every ledger row of the window; `meta.replica_lag_ms` then says how far behind the replica was. A report whose totals pass 2^53 − 1 is refused with 422 `VALIDATION_FAILED` (`detail: filters.from`).
    /// An account renders one export at a time, on all instances together, and accounts take turns, so one account's queue does not hold up another's. At most 10 exports of an account wait to be rendered (the operator's `--max-queued-exports`, or the account's own figure; `getAccountLimits` says which applies): one more is 429 `RATE_LIMITED` with `detail: max_queued_exports` and `Retry-After`.
    ///
    /// - Remark: `POST /api/v1/reports/exports`, scopes: report:export.
    public enum CreateReportExport {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createReportExport

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: ReportExportCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(body: ReportExportCreateRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The export record.
            case created(ReportExport)
        }
    }

    /// Get a report export
    ///
    /// Returns the metadata of one export, including its digests once ready.
    ///
    /// - Remark: `GET /api/v1/reports/exports/{id}`, scopes: report:export.
    public enum GetReportExport {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getReportExport

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            /// An input with these values; optional ones default to absent.
            public init(id: String) {
                self.id = id
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The export record.
            case ok(ReportExport)
        }
    }

    /// Download an export
    ///
    /// Returns the stored artifact byte for byte; the report is never re-run. Its SHA-256 matches `artifact_digest`, which `ETag` and `Repr-Digest` also carry. An export that is not `ready` has no artifact and answers 404.
    ///
    /// - Remark: `GET /api/v1/reports/exports/{id}/download`, scopes: report:export.
    public enum DownloadReportExport {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .downloadReportExport

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            /// An input with these values; optional ones default to absent.
            public init(id: String) {
                self.id = id
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The artifact, with the media type recorded in `content_type`.
            case ok(BinaryBody)
        }
    }
}

extension Operations.GetUsageSummary.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.groupBy = try request.queryList("group_by", as: UsageGroupBy.self)
        self.bucket = try request.query("bucket", as: UsageBucket.self)
        self.productID = try request.query("product_id", as: String.self)
        self.customerID = try request.query("customer_id", as: String.self)
        self.licenseID = try request.query("license_id", as: String.self)
        self.orderID = try request.query("order_id", as: String.self)
        self.subscriptionID = try request.query("subscription_id", as: String.self)
        self.featureCode = try request.query("feature_code", as: String.self)
        self.source = try request.query("source", as: ActivitySource.self)
        self.resultClass = try request.query("result_class", as: ActivityResultClass.self)
        self.action = try request.query("action", as: String.self)
    }
}

extension Operations.GetUsageSummary.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ListUsageLedger.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^-?[0-9]{1,18}\\.-?[0-9]{1,18}\\.-?[0-9]{1,18}\\.[A-Za-z0-9_-]{1,80}$", field: "cursor", code: .invalidQuery)
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.productID = try request.query("product_id", as: String.self)
        self.customerID = try request.query("customer_id", as: String.self)
        self.licenseID = try request.query("license_id", as: String.self)
        self.orderID = try request.query("order_id", as: String.self)
        self.subscriptionID = try request.query("subscription_id", as: String.self)
        self.featureCode = try request.query("feature_code", as: String.self)
        self.source = try request.query("source", as: ActivitySource.self)
        self.resultClass = try request.query("result_class", as: ActivityResultClass.self)
        self.action = try request.query("action", as: String.self)
    }
}

extension Operations.ListUsageLedger.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.GetLicenseAuditReport.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.licenseID = try request.query("license_id", as: String.self, required: true)!
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
    }
}

extension Operations.GetLicenseAuditReport.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.GetCustomerSummary.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.customerID = try request.query("customer_id", as: String.self, required: true)!
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.groupBy = try request.queryList("group_by", as: UsageGroupBy.self)
    }
}

extension Operations.GetCustomerSummary.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.GetSubscriptionSettlement.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.subscriptionID = try request.query("subscription_id", as: String.self)
        self.orderID = try request.query("order_id", as: String.self)
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.groupBy = try request.queryList("group_by", as: UsageGroupBy.self)
        self.featureCode = try request.query("feature_code", as: String.self)
    }
}

extension Operations.GetSubscriptionSettlement.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.CreateReportExport.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(ReportExportCreateRequest.self)
    }
}

extension Operations.CreateReportExport.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetReportExport.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetReportExport.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DownloadReportExport.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.DownloadReportExport.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let body): DispatchResult(status: 200, body: .binary(body.data, contentType: body.contentType, headers: body.headers))
        }
    }
}

// MARK: - Handlers

/// Usage reports and frozen exports built on the activity ledger.
///
/// Implemented by the server's handlers for the Reports operations.
public protocol ReportsAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// Summarise usage
    func getUsageSummary(_ input: Operations.GetUsageSummary.Input, context: Context) async throws -> Operations.GetUsageSummary.Output

    /// List metered usage rows
    func listUsageLedger(_ input: Operations.ListUsageLedger.Input, context: Context) async throws -> Operations.ListUsageLedger.Output

    /// Build a license audit packet
    func getLicenseAuditReport(_ input: Operations.GetLicenseAuditReport.Input, context: Context) async throws -> Operations.GetLicenseAuditReport.Output

    /// Summarise a customer
    func getCustomerSummary(_ input: Operations.GetCustomerSummary.Input, context: Context) async throws -> Operations.GetCustomerSummary.Output

    /// Build settlement evidence
    func getSubscriptionSettlement(_ input: Operations.GetSubscriptionSettlement.Input, context: Context) async throws -> Operations.GetSubscriptionSettlement.Output

    /// Create a frozen report export
    func createReportExport(_ input: Operations.CreateReportExport.Input, context: Context) async throws -> Operations.CreateReportExport.Output

    /// Get a report export
    func getReportExport(_ input: Operations.GetReportExport.Input, context: Context) async throws -> Operations.GetReportExport.Output

    /// Download an export
    func downloadReportExport(_ input: Operations.DownloadReportExport.Input, context: Context) async throws -> Operations.DownloadReportExport.Output
}

// MARK: - Client

extension ManagementClient {
    /// Summarise usage
    ///
    /// Aggregates the activity rows of the window that match every filter into totals, grouped by the requested dimensions (`group_by`, comma-separated or repeated; `bucket=1h|1d` is the same as a leading `hour` or `day`). Without `from`, the window starts 30 days before `to`. Every row counts once in its result class; `amount` counts successful `license.consume` rows only. Refused with 400 INVALID_QUERY naming the parameter: `to` not after `from`, an unknown or repeated dimension, two time buckets, `bucket` with a time dimension, and more than 10,000 groups (create an export for those). A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/usage-summary`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - groupBy: Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.
    ///   - bucket: A time bucket in LicenseKit's spelling; `1h` adds `hour` and `1d` adds `day` to `group_by`.
    ///   - productID: Only results for this product.
    ///   - customerID: Only results for this customer.
    ///   - licenseID: Only results for this license.
    ///   - orderID: Only results attributed to this order.
    ///   - subscriptionID: Only results attributed to this subscription.
    ///   - featureCode: Only results for this feature code.
    ///   - source: Only activity from this source.
    ///   - resultClass: Only activity with this outcome class.
    ///   - action: Only activity with this action name, for example `license.consume`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getUsageSummary(from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil, bucket: UsageBucket? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) async throws -> Response<UsageSummary> {
        var query: [QueryItem] = []
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = groupBy { query.append(QueryItem(name: "group_by", value: value.map(\.queryValue).joined(separator: ","))) }
        if let value = bucket { query.append(QueryItem(name: "bucket", value: value.queryValue)) }
        if let value = productID { query.append(QueryItem(name: "product_id", value: value.queryValue)) }
        if let value = customerID { query.append(QueryItem(name: "customer_id", value: value.queryValue)) }
        if let value = licenseID { query.append(QueryItem(name: "license_id", value: value.queryValue)) }
        if let value = orderID { query.append(QueryItem(name: "order_id", value: value.queryValue)) }
        if let value = subscriptionID { query.append(QueryItem(name: "subscription_id", value: value.queryValue)) }
        if let value = featureCode { query.append(QueryItem(name: "feature_code", value: value.queryValue)) }
        if let value = source { query.append(QueryItem(name: "source", value: value.queryValue)) }
        if let value = resultClass { query.append(QueryItem(name: "result_class", value: value.queryValue)) }
        if let value = action { query.append(QueryItem(name: "action", value: value.queryValue)) }
        let response = try await core.send(.getUsageSummary, path: "/api/v1/reports/usage-summary", query: query)
        switch response.status {
        case 200: return try core.envelope(UsageSummary.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List metered usage rows
    ///
    /// Returns the activity rows of the window that match every filter, oldest first, for evidence review, disputes and export to other systems; each row says what it adds to the usage totals (`counted_amount`). Denied attempts are included: filter with `action=license.consume` and `result_class=success` for billable rows. Without `from`, the window starts 30 days before `to`; `to` defaults to the time of the first page, and the cursor keeps that window for the whole walk (a cursor with another `from` or `to` is 400). The first page also counts every row of the walk.
    ///
    /// - Remark: `GET /api/v1/reports/usage-ledger`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. It carries the window of the first page, so every page of one walk covers the same rows. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - productID: Only results for this product.
    ///   - customerID: Only results for this customer.
    ///   - licenseID: Only results for this license.
    ///   - orderID: Only results attributed to this order.
    ///   - subscriptionID: Only results attributed to this subscription.
    ///   - featureCode: Only results for this feature code.
    ///   - source: Only activity from this source.
    ///   - resultClass: Only activity with this outcome class.
    ///   - action: Only activity with this action name, for example `license.consume`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listUsageLedger(limit: Int? = nil, cursor: String? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) async throws -> ListResponse<UsageLedgerEntry, UsageLedgerPageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = productID { query.append(QueryItem(name: "product_id", value: value.queryValue)) }
        if let value = customerID { query.append(QueryItem(name: "customer_id", value: value.queryValue)) }
        if let value = licenseID { query.append(QueryItem(name: "license_id", value: value.queryValue)) }
        if let value = orderID { query.append(QueryItem(name: "order_id", value: value.queryValue)) }
        if let value = subscriptionID { query.append(QueryItem(name: "subscription_id", value: value.queryValue)) }
        if let value = featureCode { query.append(QueryItem(name: "feature_code", value: value.queryValue)) }
        if let value = source { query.append(QueryItem(name: "source", value: value.queryValue)) }
        if let value = resultClass { query.append(QueryItem(name: "result_class", value: value.queryValue)) }
        if let value = action { query.append(QueryItem(name: "action", value: value.queryValue)) }
        let response = try await core.send(.listUsageLedger, path: "/api/v1/reports/usage-ledger", query: query)
        switch response.status {
        case 200: return try core.list(UsageLedgerEntry.self, pageInfo: UsageLedgerPageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listUsageLedger`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List metered usage rows
    ///
    /// Returns the activity rows of the window that match every filter, oldest first, for evidence review, disputes and export to other systems; each row says what it adds to the usage totals (`counted_amount`). Denied attempts are included: filter with `action=license.consume` and `result_class=success` for billable rows. Without `from`, the window starts 30 days before `to`; `to` defaults to the time of the first page, and the cursor keeps that window for the whole walk (a cursor with another `from` or `to` is 400). The first page also counts every row of the walk.
    ///
    /// - Remark: `GET /api/v1/reports/usage-ledger`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - productID: Only results for this product.
    ///   - customerID: Only results for this customer.
    ///   - licenseID: Only results for this license.
    ///   - orderID: Only results attributed to this order.
    ///   - subscriptionID: Only results attributed to this subscription.
    ///   - featureCode: Only results for this feature code.
    ///   - source: Only activity from this source.
    ///   - resultClass: Only activity with this outcome class.
    ///   - action: Only activity with this action name, for example `license.consume`.
    /// - Note: iterating throws what ``listUsageLedger`` throws.
    public func usageLedger(limit: Int? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) -> Pages<UsageLedgerEntry, String> {
        Pages { cursor in
            let page = try await self.listUsageLedger(limit: limit, cursor: cursor, from: from, to: to, productID: productID, customerID: customerID, licenseID: licenseID, orderID: orderID, subscriptionID: subscriptionID, featureCode: featureCode, source: source, resultClass: resultClass, action: action)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Build a license audit packet
    ///
    /// Assembles one license with its usage totals, runtime summary, devices, activity rows, audit events (with their chain hashes) and linked order and subscription. Without `from` it covers the license's whole history. An unknown license is 404. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/license-audit`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - licenseID: License to report on.
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getLicenseAuditReport(licenseID: String, from: Date? = nil, to: Date? = nil) async throws -> Response<LicenseAuditReport> {
        var query: [QueryItem] = []
        query.append(QueryItem(name: "license_id", value: licenseID.queryValue))
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        let response = try await core.send(.getLicenseAuditReport, path: "/api/v1/reports/license-audit", query: query)
        switch response.status {
        case 200: return try core.envelope(LicenseAuditReport.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Summarise a customer
    ///
    /// Assembles one customer with record counts, licenses, orders, subscriptions, runtime summary and usage in the window, grouped by `group_by` (default `product,feature`). Without `from`, the window starts 30 days before `to`. An unknown customer is 404. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/customer-summary`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - customerID: Customer to report on.
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - groupBy: Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getCustomerSummary(customerID: String, from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil) async throws -> Response<CustomerSummaryReport> {
        var query: [QueryItem] = []
        query.append(QueryItem(name: "customer_id", value: customerID.queryValue))
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = groupBy { query.append(QueryItem(name: "group_by", value: value.map(\.queryValue).joined(separator: ","))) }
        let response = try await core.send(.getCustomerSummary, path: "/api/v1/reports/customer-summary", query: query)
        switch response.status {
        case 200: return try core.envelope(CustomerSummaryReport.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Build settlement evidence
    ///
    /// Totals the metered consumption (`license.consume` rows) attributed to one subscription or one order at the time of use, grouped by `group_by` (default `license,feature`); `amount` counts successful rows. Send exactly one of `subscription_id` and `order_id` (400 naming `subscription_id` otherwise). The window defaults to the subscription's current period or the order's service period; for an order without a period, `from` and `to` are required. An unknown subject is 404. No prices: this is evidence. A total, a group's or the report's, past 2^53 − 1 (9007199254740991) is refused with 422 `VALIDATION_FAILED` (`detail: from`): narrow the window or the filters.
    ///
    /// - Remark: `GET /api/v1/reports/subscription-settlement`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - subscriptionID: Subscription to settle.
    ///   - orderID: Order to settle.
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - groupBy: Grouping dimensions, comma-separated (`day,feature`), repeated (`group_by=day&group_by=feature`), or both; at most one time bucket, each dimension once.
    ///   - featureCode: Only results for this feature code.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getSubscriptionSettlement(subscriptionID: String? = nil, orderID: String? = nil, from: Date? = nil, to: Date? = nil, groupBy: [UsageGroupBy]? = nil, featureCode: String? = nil) async throws -> Response<SubscriptionSettlementReport> {
        var query: [QueryItem] = []
        if let value = subscriptionID { query.append(QueryItem(name: "subscription_id", value: value.queryValue)) }
        if let value = orderID { query.append(QueryItem(name: "order_id", value: value.queryValue)) }
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = groupBy { query.append(QueryItem(name: "group_by", value: value.map(\.queryValue).joined(separator: ","))) }
        if let value = featureCode { query.append(QueryItem(name: "feature_code", value: value.queryValue)) }
        let response = try await core.send(.getSubscriptionSettlement, path: "/api/v1/reports/subscription-settlement", query: query)
        switch response.status {
        case 200: return try core.envelope(SubscriptionSettlementReport.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Create a frozen report export
    ///
    /// Evaluates a report once with the given filters and freezes the result as a canonical JSON snapshot (`snapshot_digest`); a background job then renders the artifact in the requested format (default `json`) from that snapshot alone, on any instance, resuming after a restart. The export is returned as soon as it is recorded; poll `getReportExport` (`progress` counts rows rendered) until `status` is `ready` or `failed`. With `source_export_id`, the existing snapshot is rendered again instead: the same snapshot in the same format gives the same bytes. Refused with 422 naming the field: a filter the kind does not take, a value that is not an identifier, a bad window or grouping, a `report_kind` unlike the source's, `filters` with `source_export_id`, the `activities` kind (a feed: export `usage_ledger`), and more rows than an export holds (250,000 ledger rows, 200,000 groups). A report subject or source export that does not exist is 404. Nothing is stored when the request is refused. With a read replica (`--database-read-url`), the report is evaluated there only when the replica has replayed past the window's `to` (a window ending now is read from the primary), so the snapshot holds every ledger row of the window; `meta.replica_lag_ms` then says how far behind the replica was. A report whose totals pass 2^53 − 1 is refused with 422 `VALIDATION_FAILED` (`detail: filters.from`).
    /// An account renders one export at a time, on all instances together, and accounts take turns, so one account's queue does not hold up another's. At most 10 exports of an account wait to be rendered (the operator's `--max-queued-exports`, or the account's own figure; `getAccountLimits` says which applies): one more is 429 `RATE_LIMITED` with `detail: max_queued_exports` and `Retry-After`.
    ///
    /// - Remark: `POST /api/v1/reports/exports`, scopes: report:export.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createReportExport(_ body: ReportExportCreateRequest) async throws -> Response<ReportExport> {
        let response = try await core.send(.createReportExport, path: "/api/v1/reports/exports", body: body)
        switch response.status {
        case 201: return try core.envelope(ReportExport.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a report export
    ///
    /// Returns the metadata of one export, including its digests once ready.
    ///
    /// - Remark: `GET /api/v1/reports/exports/{id}`, scopes: report:export.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getReportExport(id: String) async throws -> Response<ReportExport> {
        let response = try await core.send(.getReportExport, path: "/api/v1/reports/exports/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(ReportExport.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Download an export
    ///
    /// Returns the stored artifact byte for byte; the report is never re-run. Its SHA-256 matches `artifact_digest`, which `ETag` and `Repr-Digest` also carry. An export that is not `ready` has no artifact and answers 404.
    ///
    /// - Remark: `GET /api/v1/reports/exports/{id}/download`, scopes: report:export.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func downloadReportExport(id: String) async throws -> BinaryBody {
        let response = try await core.send(.downloadReportExport, path: "/api/v1/reports/exports/\(OperationTable.escapePathSegment(id))/download")
        switch response.status {
        case 200: return core.binary(from: response, headers: ["Content-Disposition", "ETag", "Repr-Digest"])
        default: throw core.error(from: response)
        }
    }
}
