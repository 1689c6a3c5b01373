// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List management API keys
    ///
    /// Returns the management API keys, oldest first (in creation order). Tokens are never shown again; `key_prefix` identifies them.
    ///
    /// - Remark: `GET /api/v1/api-keys`, scopes: admin.
    public enum ListAPIKeys {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listAPIKeys

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?

            /// An input with these values; optional ones default to absent.
            public init(limit: Int? = nil, cursor: String? = nil) {
                self.limit = limit
                self.cursor = cursor
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of API keys.
            case ok(data: [APIKey], pageInfo: PageInfo)
        }
    }

    /// Create a management API key
    ///
    /// Creates a scoped management token. The full `lkm_…` token is returned in this response only; the server stores a keyed hash. Grant the narrowest scopes the job needs.
    ///
    /// - Remark: `POST /api/v1/api-keys`, scopes: admin.
    public enum CreateAPIKey {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createAPIKey

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: APIKeyCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(body: APIKeyCreateRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new key and its token.
            case created(APIKeyCreateResponse)
        }
    }

    /// Get a management API key
    ///
    /// Returns one management API key of the caller's account; `is_active` is false once it has been revoked. The token is never shown again. A key of another account is 404, like one that does not exist.
    ///
    /// - Remark: `GET /api/v1/api-keys/{id}`, scopes: admin.
    public enum GetAPIKey {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getAPIKey

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
            /// The API key.
            case ok(APIKey)
        }
    }

    /// Revoke a management API key
    ///
    /// Revokes a management API key for good: from the next request on, on every server instance, the key is refused with 401 `UNAUTHORIZED` (authentication reads the key on every request; nothing caches it). A revoked key stays listed with `is_active: false` and cannot be made active again; create a new key instead. Revoking is idempotent: revoking a revoked key answers 204 again and records nothing more. The first revocation records `api_key.revoked` in the account's audit chain. A key may revoke itself; the request that does so still succeeds. An unknown id, or a key of another account, is 404.
    ///
    /// - Remark: `DELETE /api/v1/api-keys/{id}`, scopes: admin.
    public enum RevokeAPIKey {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .revokeAPIKey

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
            /// The key is revoked (now, or already before).
            case noContent
        }
    }
}

extension Operations.ListAPIKeys.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListAPIKeys.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateAPIKey.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(APIKeyCreateRequest.self)
    }
}

extension Operations.CreateAPIKey.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetAPIKey.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetAPIKey.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.RevokeAPIKey.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.RevokeAPIKey.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

// MARK: - Handlers

/// Management tokens and their scopes.
///
/// Implemented by the server's handlers for the APIKeys operations.
public protocol APIKeysAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List management API keys
    func listAPIKeys(_ input: Operations.ListAPIKeys.Input, context: Context) async throws -> Operations.ListAPIKeys.Output

    /// Create a management API key
    func createAPIKey(_ input: Operations.CreateAPIKey.Input, context: Context) async throws -> Operations.CreateAPIKey.Output

    /// Get a management API key
    func getAPIKey(_ input: Operations.GetAPIKey.Input, context: Context) async throws -> Operations.GetAPIKey.Output

    /// Revoke a management API key
    func revokeAPIKey(_ input: Operations.RevokeAPIKey.Input, context: Context) async throws -> Operations.RevokeAPIKey.Output
}

// MARK: - Client

extension ManagementClient {
    /// List management API keys
    ///
    /// Returns the management API keys, oldest first (in creation order). Tokens are never shown again; `key_prefix` identifies them.
    ///
    /// - Remark: `GET /api/v1/api-keys`, scopes: admin.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listAPIKeys(limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<APIKey, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listAPIKeys, path: "/api/v1/api-keys", query: query)
        switch response.status {
        case 200: return try core.list(APIKey.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listAPIKeys`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List management API keys
    ///
    /// Returns the management API keys, oldest first (in creation order). Tokens are never shown again; `key_prefix` identifies them.
    ///
    /// - Remark: `GET /api/v1/api-keys`, scopes: admin.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listAPIKeys`` throws.
    public func apiKeys(limit: Int? = nil) -> Pages<APIKey, String> {
        Pages { cursor in
            let page = try await self.listAPIKeys(limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Create a management API key
    ///
    /// Creates a scoped management token. The full `lkm_…` token is returned in this response only; the server stores a keyed hash. Grant the narrowest scopes the job needs.
    ///
    /// - Remark: `POST /api/v1/api-keys`, scopes: admin.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createAPIKey(_ body: APIKeyCreateRequest) async throws -> Response<APIKeyCreateResponse> {
        let response = try await core.send(.createAPIKey, path: "/api/v1/api-keys", body: body)
        switch response.status {
        case 201: return try core.envelope(APIKeyCreateResponse.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a management API key
    ///
    /// Returns one management API key of the caller's account; `is_active` is false once it has been revoked. The token is never shown again. A key of another account is 404, like one that does not exist.
    ///
    /// - Remark: `GET /api/v1/api-keys/{id}`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getAPIKey(id: String) async throws -> Response<APIKey> {
        let response = try await core.send(.getAPIKey, path: "/api/v1/api-keys/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(APIKey.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Revoke a management API key
    ///
    /// Revokes a management API key for good: from the next request on, on every server instance, the key is refused with 401 `UNAUTHORIZED` (authentication reads the key on every request; nothing caches it). A revoked key stays listed with `is_active: false` and cannot be made active again; create a new key instead. Revoking is idempotent: revoking a revoked key answers 204 again and records nothing more. The first revocation records `api_key.revoked` in the account's audit chain. A key may revoke itself; the request that does so still succeeds. An unknown id, or a key of another account, is 404.
    ///
    /// - Remark: `DELETE /api/v1/api-keys/{id}`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func revokeAPIKey(id: String) async throws {
        let response = try await core.send(.revokeAPIKey, path: "/api/v1/api-keys/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }
}
