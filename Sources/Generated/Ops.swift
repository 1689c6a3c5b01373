// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Summarise service health
    ///
    /// Rolls up runtime traffic by operation and outcome, current active licenses, devices and leases, webhook delivery counts and the audit chain head. Without `from`, the window is the 24 hours before `to`.
    ///
    /// - Remark: `GET /api/v1/ops/summary`, scopes: ops:read.
    public enum GetOpsSummary {
        public static let id: OperationID = .getOpsSummary

        public struct Input: Sendable {
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?

            public init(from: Date? = nil, to: Date? = nil) {
                self.from = from
                self.to = to
            }
        }

        public enum Output: Sendable {
            /// The ops summary.
            case ok(OpsSummary)
        }
    }

    /// List runtime error groups
    ///
    /// Groups failed runtime calls by error code and operation, most frequent first, with a sample license and request for each group. Without `from`, the window is the 24 hours before `to`.
    ///
    /// - Remark: `GET /api/v1/ops/runtime-errors`, scopes: ops:read.
    public enum ListRuntimeErrorGroups {
        public static let id: OperationID = .listRuntimeErrorGroups

        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters.
            public var cursor: String?
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?

            public init(limit: Int? = nil, cursor: String? = nil, from: Date? = nil, to: Date? = nil) {
                self.limit = limit
                self.cursor = cursor
                self.from = from
                self.to = to
            }
        }

        public enum Output: Sendable {
            /// A page of error groups.
            case ok(data: [RuntimeErrorGroup], pageInfo: PageInfo)
        }
    }

    /// Report webhook delivery health
    ///
    /// Reports delivery outcomes per webhook endpoint, including consecutive failures and the latest error. Without `from`, the window is the 24 hours before `to`.
    ///
    /// - Remark: `GET /api/v1/ops/webhook-health`, scopes: ops:read.
    public enum GetWebhookHealth {
        public static let id: OperationID = .getWebhookHealth

        public struct Input: Sendable {
            /// Start of the time window, inclusive (RFC 3339). The default depends on the operation.
            public var from: Date?
            /// End of the time window, exclusive (RFC 3339); defaults to now. Must be after `from`.
            public var to: Date?

            public init(from: Date? = nil, to: Date? = nil) {
                self.from = from
                self.to = to
            }
        }

        public enum Output: Sendable {
            /// Webhook delivery health.
            case ok(WebhookHealth)
        }
    }
}

extension Operations.GetOpsSummary.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
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
        self.cursor = try request.query("cursor", as: String.self)
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
    }
}

extension Operations.ListRuntimeErrorGroups.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.GetWebhookHealth.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.from = try request.query("from", as: Date.self)
        self.to = try request.query("to", as: Date.self)
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
}

// MARK: - Client

extension ManagementClient {
    /// Summarise service health
    ///
    /// Requires the scope ops:read (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getOpsSummary(from: Date? = nil, to: Date? = nil) async throws -> Response<OpsSummary> {
        var query: [QueryItem] = []
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        let response = try await core.send(.getOpsSummary, path: "/api/v1/ops/summary", query: query)
        switch response.status {
        case 200: return try core.envelope(OpsSummary.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List runtime error groups
    ///
    /// Requires the scope ops:read (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listRuntimeErrorGroups(limit: Int? = nil, cursor: String? = nil, from: Date? = nil, to: Date? = nil) async throws -> ListResponse<RuntimeErrorGroup, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        let response = try await core.send(.listRuntimeErrorGroups, path: "/api/v1/ops/runtime-errors", query: query)
        switch response.status {
        case 200: return try core.list(RuntimeErrorGroup.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Report webhook delivery health
    ///
    /// Requires the scope ops:read (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getWebhookHealth(from: Date? = nil, to: Date? = nil) async throws -> Response<WebhookHealth> {
        var query: [QueryItem] = []
        if let value = from { query.append(QueryItem(name: "from", value: value.queryValue)) }
        if let value = to { query.append(QueryItem(name: "to", value: value.queryValue)) }
        let response = try await core.send(.getWebhookHealth, path: "/api/v1/ops/webhook-health", query: query)
        switch response.status {
        case 200: return try core.envelope(WebhookHealth.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
