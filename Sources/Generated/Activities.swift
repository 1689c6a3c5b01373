// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List activity rows
    ///
    /// Reads the normalised activity ledger, newest first: runtime calls, management changes and system actions, with the product, customer, order and subscription attribution recorded when they happened (a later transfer or relink does not rewrite a row). Every license mutation appends one row in the same transaction as the change: `license.create`, `license.suspend`, `license.reinstate`, `license.revoke`, `license.renew`, `license.transfer`, `license.update`, `license.feature.assign`, `license.feature.remove`, `license.usage.reset`, `license.custom_field.set` and `.clear`. The window is `from` (inclusive) to `to` (exclusive, default now); without `from` it starts 30 days before `to`, and `to` must be after `from` (400). Filters combine with AND. The cursor continues below the last row of the previous page and is only valid with the same window and filters.
    ///
    /// - Remark: `GET /api/v1/activities`, scopes: report:read.
    public enum ListActivities {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listActivities

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
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
            /// A page of activity rows.
            case ok(data: [Activity], pageInfo: PageInfo)
        }
    }
}

extension Operations.ListActivities.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[0-9]{1,18}\\.[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
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

extension Operations.ListActivities.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

// MARK: - Handlers

/// The append-only activity ledger of licensing actions, management and runtime.
///
/// Implemented by the server's handlers for the Activities operations.
public protocol ActivitiesAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List activity rows
    func listActivities(_ input: Operations.ListActivities.Input, context: Context) async throws -> Operations.ListActivities.Output
}

// MARK: - Client

extension ManagementClient {
    /// List activity rows
    ///
    /// Reads the normalised activity ledger, newest first: runtime calls, management changes and system actions, with the product, customer, order and subscription attribution recorded when they happened (a later transfer or relink does not rewrite a row). Every license mutation appends one row in the same transaction as the change: `license.create`, `license.suspend`, `license.reinstate`, `license.revoke`, `license.renew`, `license.transfer`, `license.update`, `license.feature.assign`, `license.feature.remove`, `license.usage.reset`, `license.custom_field.set` and `.clear`. The window is `from` (inclusive) to `to` (exclusive, default now); without `from` it starts 30 days before `to`, and `to` must be after `from` (400). Filters combine with AND. The cursor continues below the last row of the previous page and is only valid with the same window and filters.
    ///
    /// - Remark: `GET /api/v1/activities`, scopes: report:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
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
    public func listActivities(limit: Int? = nil, cursor: String? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) async throws -> ListResponse<Activity, PageInfo> {
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
        let response = try await core.send(.listActivities, path: "/api/v1/activities", query: query)
        switch response.status {
        case 200: return try core.list(Activity.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listActivities`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List activity rows
    ///
    /// Reads the normalised activity ledger, newest first: runtime calls, management changes and system actions, with the product, customer, order and subscription attribution recorded when they happened (a later transfer or relink does not rewrite a row). Every license mutation appends one row in the same transaction as the change: `license.create`, `license.suspend`, `license.reinstate`, `license.revoke`, `license.renew`, `license.transfer`, `license.update`, `license.feature.assign`, `license.feature.remove`, `license.usage.reset`, `license.custom_field.set` and `.clear`. The window is `from` (inclusive) to `to` (exclusive, default now); without `from` it starts 30 days before `to`, and `to` must be after `from` (400). Filters combine with AND. The cursor continues below the last row of the previous page and is only valid with the same window and filters.
    ///
    /// - Remark: `GET /api/v1/activities`, scopes: report:read.
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
    /// - Note: iterating throws what ``listActivities`` throws.
    public func activities(limit: Int? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, featureCode: String? = nil, source: ActivitySource? = nil, resultClass: ActivityResultClass? = nil, action: String? = nil) -> Pages<Activity, String> {
        Pages { cursor in
            let page = try await self.listActivities(limit: limit, cursor: cursor, from: from, to: to, productID: productID, customerID: customerID, licenseID: licenseID, orderID: orderID, subscriptionID: subscriptionID, featureCode: featureCode, source: source, resultClass: resultClass, action: action)
            return (page.data, page.pageInfo.nextCursor)
        }
    }
}
