// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Summarise service health
    ///
    /// Rolls up, for the caller's account, the runtime decisions of the window by action and result class with their latency percentiles where the server measured them (`product_id`, `customer_id` and `license_id` narrow these), the licenses, devices and floating leases active now, webhook deliveries (delivered and given up within the window, queued now, and how long the oldest has waited), the age of the active signing key, and the length of the audit chain. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).
    ///
    /// - Remark: `GET /api/v1/ops/summary`, scopes: ops:read.
    public enum GetOpsSummary {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getOpsSummary

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
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

            /// An input with these values; optional ones default to absent.
            public init(from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil) {
                self.from = from
                self.to = to
                self.productID = productID
                self.customerID = customerID
                self.licenseID = licenseID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The ops summary.
            case ok(OpsSummary)
        }
    }

    /// List runtime error groups
    ///
    /// Groups the runtime decisions of the window that were denied or failed (activity-ledger rows from the runtime with result class `denied` or `error`) by action, result class and reason code, most frequent first (then most recently seen), with the first and last time each was seen and a sample request and license. Returns at most `limit` groups (default 50). Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).
    ///
    /// - Remark: `GET /api/v1/ops/runtime-errors`, scopes: ops:read.
    public enum ListRuntimeErrorGroups {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listRuntimeErrorGroups

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
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

            /// An input with these values; optional ones default to absent.
            public init(limit: Int? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil) {
                self.limit = limit
                self.from = from
                self.to = to
                self.productID = productID
                self.customerID = customerID
                self.licenseID = licenseID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The error groups.
            case ok([RuntimeErrorGroup])
        }
    }

    /// Report webhook delivery health
    ///
    /// Reports delivery health per webhook endpoint of the caller's account (`endpoint_id` narrows it to one): attempts in the window, their success rate and latency percentiles, deliveries delivered and given up within the window, the backlog queued now, consecutive failed attempts, the latest error and whether the endpoint is active or was disabled by the server. Endpoints with the most consecutive failures come first. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).
    ///
    /// - Remark: `GET /api/v1/ops/webhook-health`, scopes: ops:read.
    public enum GetWebhookHealth {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getWebhookHealth

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?
            /// Only this webhook endpoint.
            public var endpointID: String?

            /// An input with these values; optional ones default to absent.
            public init(from: Date? = nil, to: Date? = nil, endpointID: String? = nil) {
                self.from = from
                self.to = to
                self.endpointID = endpointID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Webhook delivery health.
            case ok(WebhookHealth)
        }
    }

    /// Get the caller's account limits
    ///
    /// Returns the limits that apply to the caller's account: each rate-limit policy with its windows (empty when the policy is off) and whether the figures are the server's or the account's own (`locksmith accounts limits`), the most webhook endpoints and queued exports the account may have, and whether the server's limits are on at all (`enabled`; off, nothing here is enforced). Per-address policies are the server's for every account. Running servers apply an operator's change within 30 seconds.
    ///
    /// - Remark: `GET /api/v1/ops/limits`, scopes: admin.
    public enum GetAccountLimits {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getAccountLimits

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The account's limits.
            case ok(AccountLimits)
        }
    }
}

extension Operations.GetOpsSummary.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.productID = try request.query("product_id", as: String.self)
        self.customerID = try request.query("customer_id", as: String.self)
        self.licenseID = try request.query("license_id", as: String.self)
    }
}

extension Operations.GetOpsSummary.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ListRuntimeErrorGroups.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.productID = try request.query("product_id", as: String.self)
        self.customerID = try request.query("customer_id", as: String.self)
        self.licenseID = try request.query("license_id", as: String.self)
    }
}

extension Operations.ListRuntimeErrorGroups.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.GetWebhookHealth.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
        self.endpointID = try request.query("endpoint_id", as: String.self)
    }
}

extension Operations.GetWebhookHealth.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.GetAccountLimits.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.GetAccountLimits.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

// MARK: - Handlers

/// Operator roll-ups of runtime traffic, errors and webhook delivery.
///
/// Implemented by the server's handlers for the Ops operations.
public protocol OpsAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// Summarise service health
    func getOpsSummary(_ input: Operations.GetOpsSummary.Input, context: Context) async throws -> Operations.GetOpsSummary.Output

    /// List runtime error groups
    func listRuntimeErrorGroups(_ input: Operations.ListRuntimeErrorGroups.Input, context: Context) async throws -> Operations.ListRuntimeErrorGroups.Output

    /// Report webhook delivery health
    func getWebhookHealth(_ input: Operations.GetWebhookHealth.Input, context: Context) async throws -> Operations.GetWebhookHealth.Output

    /// Get the caller's account limits
    func getAccountLimits(_ input: Operations.GetAccountLimits.Input, context: Context) async throws -> Operations.GetAccountLimits.Output
}

// MARK: - Client

extension ManagementClient {
    /// Summarise service health
    ///
    /// Rolls up, for the caller's account, the runtime decisions of the window by action and result class with their latency percentiles where the server measured them (`product_id`, `customer_id` and `license_id` narrow these), the licenses, devices and floating leases active now, webhook deliveries (delivered and given up within the window, queued now, and how long the oldest has waited), the age of the active signing key, and the length of the audit chain. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).
    ///
    /// - Remark: `GET /api/v1/ops/summary`, scopes: ops:read.
    ///
    /// - Parameters:
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - productID: Only results for this product.
    ///   - customerID: Only results for this customer.
    ///   - licenseID: Only results for this license.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getOpsSummary(from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil) async throws -> Response<OpsSummary> {
        var query: [QueryItem] = []
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = productID { query.append(QueryItem(name: "product_id", value: value.queryValue)) }
        if let value = customerID { query.append(QueryItem(name: "customer_id", value: value.queryValue)) }
        if let value = licenseID { query.append(QueryItem(name: "license_id", value: value.queryValue)) }
        let response = try await core.send(.getOpsSummary, path: "/api/v1/ops/summary", query: query)
        switch response.status {
        case 200: return try core.envelope(OpsSummary.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List runtime error groups
    ///
    /// Groups the runtime decisions of the window that were denied or failed (activity-ledger rows from the runtime with result class `denied` or `error`) by action, result class and reason code, most frequent first (then most recently seen), with the first and last time each was seen and a sample request and license. Returns at most `limit` groups (default 50). Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).
    ///
    /// - Remark: `GET /api/v1/ops/runtime-errors`, scopes: ops:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - productID: Only results for this product.
    ///   - customerID: Only results for this customer.
    ///   - licenseID: Only results for this license.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listRuntimeErrorGroups(limit: Int? = nil, from: Date? = nil, to: Date? = nil, productID: String? = nil, customerID: String? = nil, licenseID: String? = nil) async throws -> Response<[RuntimeErrorGroup]> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = productID { query.append(QueryItem(name: "product_id", value: value.queryValue)) }
        if let value = customerID { query.append(QueryItem(name: "customer_id", value: value.queryValue)) }
        if let value = licenseID { query.append(QueryItem(name: "license_id", value: value.queryValue)) }
        let response = try await core.send(.listRuntimeErrorGroups, path: "/api/v1/ops/runtime-errors", query: query)
        switch response.status {
        case 200: return try core.envelope([RuntimeErrorGroup].self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Report webhook delivery health
    ///
    /// Reports delivery health per webhook endpoint of the caller's account (`endpoint_id` narrows it to one): attempts in the window, their success rate and latency percentiles, deliveries delivered and given up within the window, the backlog queued now, consecutive failed attempts, the latest error and whether the endpoint is active or was disabled by the server. Endpoints with the most consecutive failures come first. Without `from`, the window is the 24 hours before `to`; `to` must be after `from` (400 INVALID_QUERY).
    ///
    /// - Remark: `GET /api/v1/ops/webhook-health`, scopes: ops:read.
    ///
    /// - Parameters:
    ///   - from: Start of the time window, inclusive (RFC 3339). The default depends on the operation.
    ///   - to: End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
    ///   - endpointID: Only this webhook endpoint.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getWebhookHealth(from: Date? = nil, to: Date? = nil, endpointID: String? = nil) async throws -> Response<WebhookHealth> {
        var query: [QueryItem] = []
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        if let value = endpointID { query.append(QueryItem(name: "endpoint_id", value: value.queryValue)) }
        let response = try await core.send(.getWebhookHealth, path: "/api/v1/ops/webhook-health", query: query)
        switch response.status {
        case 200: return try core.envelope(WebhookHealth.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get the caller's account limits
    ///
    /// Returns the limits that apply to the caller's account: each rate-limit policy with its windows (empty when the policy is off) and whether the figures are the server's or the account's own (`locksmith accounts limits`), the most webhook endpoints and queued exports the account may have, and whether the server's limits are on at all (`enabled`; off, nothing here is enforced). Per-address policies are the server's for every account. Running servers apply an operator's change within 30 seconds.
    ///
    /// - Remark: `GET /api/v1/ops/limits`, scopes: admin.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getAccountLimits() async throws -> Response<AccountLimits> {
        let response = try await core.send(.getAccountLimits, path: "/api/v1/ops/limits")
        switch response.status {
        case 200: return try core.envelope(AccountLimits.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
