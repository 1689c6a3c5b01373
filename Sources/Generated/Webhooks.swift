// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List webhook endpoints
    ///
    /// Returns the webhook endpoints, oldest first (in creation order). Secrets are not included.
    ///
    /// - Remark: `GET /api/v1/webhooks`, scopes: webhook:write.
    public enum ListWebhookEndpoints {
        public static let id: OperationID = .listWebhookEndpoints

        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters.
            public var cursor: String?

            public init(limit: Int? = nil, cursor: String? = nil) {
                self.limit = limit
                self.cursor = cursor
            }
        }

        public enum Output: Sendable {
            /// A page of endpoints.
            case ok(data: [WebhookEndpoint], pageInfo: PageInfo)
        }
    }

    /// Create a webhook endpoint
    ///
    /// Registers a URL for event deliveries. Each delivery carries an HMAC-SHA256 signature made with the endpoint's secret, which is returned in this response only.
    ///
    /// - Remark: `POST /api/v1/webhooks`, scopes: webhook:write.
    public enum CreateWebhookEndpoint {
        public static let id: OperationID = .createWebhookEndpoint

        public struct Input: Sendable {
            public var body: WebhookEndpointCreateRequest

            public init(body: WebhookEndpointCreateRequest) {
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// The new endpoint and its secret.
            case created(WebhookEndpointWithSecret)
        }
    }

    /// Get a webhook endpoint
    ///
    /// Returns one webhook endpoint.
    ///
    /// - Remark: `GET /api/v1/webhooks/{id}`, scopes: webhook:write.
    public enum GetWebhookEndpoint {
        public static let id: OperationID = .getWebhookEndpoint

        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            public init(id: String) {
                self.id = id
            }
        }

        public enum Output: Sendable {
            /// The endpoint.
            case ok(WebhookEndpoint)
        }
    }

    /// Update a webhook endpoint
    ///
    /// Changes the fields present in the body. A new secret must be supplied in `secret`; the response never contains it.
    ///
    /// - Remark: `PATCH /api/v1/webhooks/{id}`, scopes: webhook:write.
    public enum UpdateWebhookEndpoint {
        public static let id: OperationID = .updateWebhookEndpoint

        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            public var body: WebhookEndpointUpdateRequest

            public init(id: String, body: WebhookEndpointUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        public enum Output: Sendable {
            /// The updated endpoint.
            case ok(WebhookEndpoint)
        }
    }

    /// Delete a webhook endpoint
    ///
    /// Deletes the endpoint and drops its pending deliveries.
    ///
    /// - Remark: `DELETE /api/v1/webhooks/{id}`, scopes: webhook:write.
    public enum DeleteWebhookEndpoint {
        public static let id: OperationID = .deleteWebhookEndpoint

        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String

            public init(id: String) {
                self.id = id
            }
        }

        public enum Output: Sendable {
            /// The endpoint was deleted.
            case noContent
        }
    }
}

extension Operations.ListWebhookEndpoints.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
    }
}

extension Operations.ListWebhookEndpoints.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateWebhookEndpoint.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(WebhookEndpointCreateRequest.self)
    }
}

extension Operations.CreateWebhookEndpoint.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetWebhookEndpoint.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetWebhookEndpoint.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateWebhookEndpoint.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(WebhookEndpointUpdateRequest.self)
    }
}

extension Operations.UpdateWebhookEndpoint.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DeleteWebhookEndpoint.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.DeleteWebhookEndpoint.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

// MARK: - Handlers

/// Endpoints that receive signed event deliveries.
///
/// Implemented by the server's handlers for the Webhooks operations.
public protocol WebhooksAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List webhook endpoints
    func listWebhookEndpoints(_ input: Operations.ListWebhookEndpoints.Input, context: Context) async throws -> Operations.ListWebhookEndpoints.Output

    /// Create a webhook endpoint
    func createWebhookEndpoint(_ input: Operations.CreateWebhookEndpoint.Input, context: Context) async throws -> Operations.CreateWebhookEndpoint.Output

    /// Get a webhook endpoint
    func getWebhookEndpoint(_ input: Operations.GetWebhookEndpoint.Input, context: Context) async throws -> Operations.GetWebhookEndpoint.Output

    /// Update a webhook endpoint
    func updateWebhookEndpoint(_ input: Operations.UpdateWebhookEndpoint.Input, context: Context) async throws -> Operations.UpdateWebhookEndpoint.Output

    /// Delete a webhook endpoint
    func deleteWebhookEndpoint(_ input: Operations.DeleteWebhookEndpoint.Input, context: Context) async throws -> Operations.DeleteWebhookEndpoint.Output
}

// MARK: - Client

extension ManagementClient {
    /// List webhook endpoints
    ///
    /// Requires the scope webhook:write (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listWebhookEndpoints(limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<WebhookEndpoint, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listWebhookEndpoints, path: "/api/v1/webhooks", query: query)
        switch response.status {
        case 200: return try core.list(WebhookEndpoint.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Create a webhook endpoint
    ///
    /// Requires the scope webhook:write (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createWebhookEndpoint(_ body: WebhookEndpointCreateRequest) async throws -> Response<WebhookEndpointWithSecret> {
        let response = try await core.send(.createWebhookEndpoint, path: "/api/v1/webhooks", body: body)
        switch response.status {
        case 201: return try core.envelope(WebhookEndpointWithSecret.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a webhook endpoint
    ///
    /// Requires the scope webhook:write (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getWebhookEndpoint(id: String) async throws -> Response<WebhookEndpoint> {
        let response = try await core.send(.getWebhookEndpoint, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(WebhookEndpoint.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update a webhook endpoint
    ///
    /// Requires the scope webhook:write (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateWebhookEndpoint(id: String, _ body: WebhookEndpointUpdateRequest) async throws -> Response<WebhookEndpoint> {
        let response = try await core.send(.updateWebhookEndpoint, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(WebhookEndpoint.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Delete a webhook endpoint
    ///
    /// Requires the scope webhook:write (or admin).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deleteWebhookEndpoint(id: String) async throws {
        let response = try await core.send(.deleteWebhookEndpoint, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }
}
