// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Liveness probe
    ///
    /// Answers while the process is serving requests. Does not touch the database; use it for liveness checks.
    ///
    /// - Remark: `GET /health`.
    public enum Health {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .health

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The process is alive.
            case ok(HealthData)
        }
    }

    /// Liveness probe (alias)
    ///
    /// Same as `health`, under the conventional `/healthz` path.
    ///
    /// - Remark: `GET /healthz`.
    public enum Healthz {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .healthz

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The process is alive.
            case ok(HealthData)
        }
    }

    /// Readiness probe
    ///
    /// Reports whether the server can serve traffic: the database answers and its schema is current. The database check is shared by every caller: the answer comes from one probe that started less than a second ago (callers that arrive while a probe runs wait for it), so calling this route more often does not load the database, and a database that goes down or comes back shows within about a second.
    ///
    /// - Remark: `GET /readyz`.
    public enum Readyz {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .readyz

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Ready.
            case ok(ReadyData)
            /// Not ready; `status` is `not_ready` and `db` says why.
            case serviceUnavailable(ReadyData)
        }
    }

    /// Prometheus metrics
    ///
    /// Returns process and request metrics in the Prometheus text exposition format. Open, like the other system routes, unless the server was started with `--metrics-token` (`LOCKSMITH_METRICS_TOKEN`): then it answers only `Authorization: Bearer <that token>` (compared in constant time), and anything else is 401 `UNAUTHORIZED`. The token is the operator's, not a management API key, so the operation declares no security scheme.
    ///
    /// - Remark: `GET /metrics`.
    public enum GetMetrics {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getMetrics

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// Metrics in Prometheus text format.
            case ok(String)
        }
    }

    /// This contract as YAML
    ///
    /// Returns the OpenAPI document the running server implements, exactly as its source `openapi.yaml`, so a client or an agent can learn each operation's path, fields, error codes and `x-required-scopes` from the server it talks to.
    ///
    /// - Remark: `GET /openapi.yaml`.
    public enum GetContractYAML {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getContractYAML

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The OpenAPI document.
            case ok(BinaryBody)
        }
    }

    /// The token keys as a JWK Set
    ///
    /// The public keys that sign license tokens (`issueLicenseToken`), as the bare JSON Web Key Set of RFC 7517, section 5, which JWKS clients (PyJWT's `PyJWKClient`, jose's `createRemoteJWKSet`, …) fetch as they are: every token key, active and retired, of every account, or of one with `account_id`. An Ed25519 key is `{"kty": "OKP", "crv": "Ed25519", "x": …}` (RFC 8037), an RSA key `{"kty": "RSA", "n": …, "e": …}` (RFC 7518, section 6.3), each with `kid`, `use: sig` and `alg`. A retired key stays, so that the tokens it signed verify until they expire. Answers carry `Cache-Control` with a `max-age` of five minutes: a client that meets a `kid` it does not know fetches the set again.
    ///
    /// - Remark: `GET /.well-known/jwks.json`.
    public enum GetWellKnownJWKS {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getWellKnownJWKS

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Only the token keys of this vendor account. An account that does not exist, or has no token key yet, has none (an empty set, so the answer does not tell which accounts exist).
            public var accountID: String?

            /// An input with these values; optional ones default to absent.
            public init(accountID: String? = nil) {
                self.accountID = accountID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The JWK Set, bare.
            case ok(Document<JSONWebKeySet>)
        }
    }

    /// This contract as JSON
    ///
    /// Returns the same OpenAPI document as `GET /openapi.yaml`, as compact JSON with keys in document order.
    ///
    /// - Remark: `GET /openapi.json`.
    public enum GetContractJSON {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getContractJSON

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// An input with these values; optional ones default to absent.
            public init() {
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The OpenAPI document.
            case ok(BinaryBody)
        }
    }

    /// List signing public keys
    ///
    /// Returns the Ed25519 public keys that sign runtime responses and offline licenses, active and retired. Match `Signature.kid` to `kid`. Every key is on the first page: a cursor is past the end, so its page is empty. With `account_id`, only the keys that sign (or signed) that vendor's answers, each with its status for that vendor: an application pins these, and answers signed for another vendor do not verify against them.
    ///
    /// - Remark: `GET /api/v1/system/public-keys`.
    public enum ListPublicKeys {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listPublicKeys

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?
            /// Only the keys of this vendor account. An account that does not exist has no keys (an empty list, so the list does not tell which accounts exist).
            public var accountID: String?

            /// An input with these values; optional ones default to absent.
            public init(cursor: String? = nil, accountID: String? = nil) {
                self.cursor = cursor
                self.accountID = accountID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The public keys.
            case ok(data: [PublicKey], pageInfo: PageInfo)
        }
    }

    /// The token keys, in an envelope
    ///
    /// The same JWK Set as `getWellKnownJWKS` (every token key, or one account's), in the usual `{data, meta}` envelope, for clients of this API that read every answer the same way.
    ///
    /// - Remark: `GET /api/v1/system/jwks`.
    public enum GetJWKS {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getJWKS

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Only the token keys of this vendor account. An account that does not exist, or has no token key yet, has none (an empty set, so the answer does not tell which accounts exist).
            public var accountID: String?

            /// An input with these values; optional ones default to absent.
            public init(accountID: String? = nil) {
                self.accountID = accountID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The JWK Set.
            case ok(JSONWebKeySet)
        }
    }
}

extension Operations.Health.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.Health.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.Healthz.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.Healthz.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.Readyz.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.Readyz.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        case .serviceUnavailable(let data): try .json(503, data)
        }
    }
}

extension Operations.GetMetrics.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.GetMetrics.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let text): DispatchResult(status: 200, body: .text(text, contentType: "text/plain"))
        }
    }
}

extension Operations.GetContractYAML.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.GetContractYAML.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let body): DispatchResult(status: 200, body: .binary(body.data, contentType: body.contentType, headers: body.headers))
        }
    }
}

extension Operations.GetWellKnownJWKS.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.accountID = try request.query("account_id", as: String.self)
        try Validation.check(self.accountID, minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_]{1,64}$", field: "account_id", code: .invalidQuery)
    }
}

extension Operations.GetWellKnownJWKS.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let document): try .document(200, document)
        }
    }
}

extension Operations.GetContractJSON.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        _ = request
    }
}

extension Operations.GetContractJSON.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let body): DispatchResult(status: 200, body: .binary(body.data, contentType: body.contentType, headers: body.headers))
        }
    }
}

extension Operations.ListPublicKeys.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
        self.accountID = try request.query("account_id", as: String.self)
        try Validation.check(self.accountID, minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_]{1,64}$", field: "account_id", code: .invalidQuery)
    }
}

extension Operations.ListPublicKeys.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.GetJWKS.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.accountID = try request.query("account_id", as: String.self)
        try Validation.check(self.accountID, minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_]{1,64}$", field: "account_id", code: .invalidQuery)
    }
}

extension Operations.GetJWKS.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

// MARK: - Handlers

/// Unauthenticated health, readiness, metrics and public keys.
///
/// Implemented by the server's handlers for the System operations.
public protocol SystemAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// Liveness probe
    func health(_ input: Operations.Health.Input, context: Context) async throws -> Operations.Health.Output

    /// Liveness probe (alias)
    func healthz(_ input: Operations.Healthz.Input, context: Context) async throws -> Operations.Healthz.Output

    /// Readiness probe
    func readyz(_ input: Operations.Readyz.Input, context: Context) async throws -> Operations.Readyz.Output

    /// Prometheus metrics
    func getMetrics(_ input: Operations.GetMetrics.Input, context: Context) async throws -> Operations.GetMetrics.Output

    /// This contract as YAML
    func getContractYAML(_ input: Operations.GetContractYAML.Input, context: Context) async throws -> Operations.GetContractYAML.Output

    /// The token keys as a JWK Set
    func getWellKnownJWKS(_ input: Operations.GetWellKnownJWKS.Input, context: Context) async throws -> Operations.GetWellKnownJWKS.Output

    /// This contract as JSON
    func getContractJSON(_ input: Operations.GetContractJSON.Input, context: Context) async throws -> Operations.GetContractJSON.Output

    /// List signing public keys
    func listPublicKeys(_ input: Operations.ListPublicKeys.Input, context: Context) async throws -> Operations.ListPublicKeys.Output

    /// The token keys, in an envelope
    func getJWKS(_ input: Operations.GetJWKS.Input, context: Context) async throws -> Operations.GetJWKS.Output
}

// MARK: - Client

extension SystemClient {
    /// Liveness probe
    ///
    /// Answers while the process is serving requests. Does not touch the database; use it for liveness checks.
    ///
    /// - Remark: `GET /health`.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func health() async throws -> Response<HealthData> {
        let response = try await core.send(.health, path: "/health")
        switch response.status {
        case 200: return try core.envelope(HealthData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Liveness probe (alias)
    ///
    /// Same as `health`, under the conventional `/healthz` path.
    ///
    /// - Remark: `GET /healthz`.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func healthz() async throws -> Response<HealthData> {
        let response = try await core.send(.healthz, path: "/healthz")
        switch response.status {
        case 200: return try core.envelope(HealthData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Readiness probe
    ///
    /// Reports whether the server can serve traffic: the database answers and its schema is current. The database check is shared by every caller: the answer comes from one probe that started less than a second ago (callers that arrive while a probe runs wait for it), so calling this route more often does not load the database, and a database that goes down or comes back shows within about a second.
    ///
    /// - Remark: `GET /readyz`.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func readyz() async throws -> Response<ReadyData> {
        let response = try await core.send(.readyz, path: "/readyz")
        switch response.status {
        case 200, 503: return try core.envelope(ReadyData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Prometheus metrics
    ///
    /// Returns process and request metrics in the Prometheus text exposition format. Open, like the other system routes, unless the server was started with `--metrics-token` (`LOCKSMITH_METRICS_TOKEN`): then it answers only `Authorization: Bearer <that token>` (compared in constant time), and anything else is 401 `UNAUTHORIZED`. The token is the operator's, not a management API key, so the operation declares no security scheme.
    ///
    /// - Remark: `GET /metrics`.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getMetrics() async throws -> String {
        let response = try await core.send(.getMetrics, path: "/metrics")
        switch response.status {
        case 200: return core.text(from: response)
        default: throw core.error(from: response)
        }
    }

    /// This contract as YAML
    ///
    /// Returns the OpenAPI document the running server implements, exactly as its source `openapi.yaml`, so a client or an agent can learn each operation's path, fields, error codes and `x-required-scopes` from the server it talks to.
    ///
    /// - Remark: `GET /openapi.yaml`.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getContractYAML() async throws -> BinaryBody {
        let response = try await core.send(.getContractYAML, path: "/openapi.yaml")
        switch response.status {
        case 200: return core.binary(from: response)
        default: throw core.error(from: response)
        }
    }

    /// The token keys as a JWK Set
    ///
    /// The public keys that sign license tokens (`issueLicenseToken`), as the bare JSON Web Key Set of RFC 7517, section 5, which JWKS clients (PyJWT's `PyJWKClient`, jose's `createRemoteJWKSet`, …) fetch as they are: every token key, active and retired, of every account, or of one with `account_id`. An Ed25519 key is `{"kty": "OKP", "crv": "Ed25519", "x": …}` (RFC 8037), an RSA key `{"kty": "RSA", "n": …, "e": …}` (RFC 7518, section 6.3), each with `kid`, `use: sig` and `alg`. A retired key stays, so that the tokens it signed verify until they expire. Answers carry `Cache-Control` with a `max-age` of five minutes: a client that meets a `kid` it does not know fetches the set again.
    ///
    /// - Remark: `GET /.well-known/jwks.json`.
    ///
    /// - Parameters:
    ///   - accountID: Only the token keys of this vendor account. An account that does not exist, or has no token key yet, has none (an empty set, so the answer does not tell which accounts exist).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getWellKnownJWKS(accountID: String? = nil) async throws -> JSONWebKeySet {
        var query: [QueryItem] = []
        if let value = accountID { query.append(QueryItem(name: "account_id", value: value.queryValue)) }
        let response = try await core.send(.getWellKnownJWKS, path: "/.well-known/jwks.json", query: query)
        switch response.status {
        case 200: return try core.document(JSONWebKeySet.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// This contract as JSON
    ///
    /// Returns the same OpenAPI document as `GET /openapi.yaml`, as compact JSON with keys in document order.
    ///
    /// - Remark: `GET /openapi.json`.
    ///
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getContractJSON() async throws -> BinaryBody {
        let response = try await core.send(.getContractJSON, path: "/openapi.json")
        switch response.status {
        case 200: return core.binary(from: response)
        default: throw core.error(from: response)
        }
    }

    /// List signing public keys
    ///
    /// Returns the Ed25519 public keys that sign runtime responses and offline licenses, active and retired. Match `Signature.kid` to `kid`. Every key is on the first page: a cursor is past the end, so its page is empty. With `account_id`, only the keys that sign (or signed) that vendor's answers, each with its status for that vendor: an application pins these, and answers signed for another vendor do not verify against them.
    ///
    /// - Remark: `GET /api/v1/system/public-keys`.
    ///
    /// - Parameters:
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    ///   - accountID: Only the keys of this vendor account. An account that does not exist has no keys (an empty list, so the list does not tell which accounts exist).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listPublicKeys(cursor: String? = nil, accountID: String? = nil) async throws -> ListResponse<PublicKey, PageInfo> {
        var query: [QueryItem] = []
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        if let value = accountID { query.append(QueryItem(name: "account_id", value: value.queryValue)) }
        let response = try await core.send(.listPublicKeys, path: "/api/v1/system/public-keys", query: query)
        switch response.status {
        case 200: return try core.list(PublicKey.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listPublicKeys`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List signing public keys
    ///
    /// Returns the Ed25519 public keys that sign runtime responses and offline licenses, active and retired. Match `Signature.kid` to `kid`. Every key is on the first page: a cursor is past the end, so its page is empty. With `account_id`, only the keys that sign (or signed) that vendor's answers, each with its status for that vendor: an application pins these, and answers signed for another vendor do not verify against them.
    ///
    /// - Remark: `GET /api/v1/system/public-keys`.
    ///
    /// - Parameters:
    ///   - accountID: Only the keys of this vendor account. An account that does not exist has no keys (an empty list, so the list does not tell which accounts exist).
    /// - Note: iterating throws what ``listPublicKeys`` throws.
    public func publicKeys(accountID: String? = nil) -> Pages<PublicKey, String> {
        Pages { cursor in
            let page = try await self.listPublicKeys(cursor: cursor, accountID: accountID)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// The token keys, in an envelope
    ///
    /// The same JWK Set as `getWellKnownJWKS` (every token key, or one account's), in the usual `{data, meta}` envelope, for clients of this API that read every answer the same way.
    ///
    /// - Remark: `GET /api/v1/system/jwks`.
    ///
    /// - Parameters:
    ///   - accountID: Only the token keys of this vendor account. An account that does not exist, or has no token key yet, has none (an empty set, so the answer does not tell which accounts exist).
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getJWKS(accountID: String? = nil) async throws -> Response<JSONWebKeySet> {
        var query: [QueryItem] = []
        if let value = accountID { query.append(QueryItem(name: "account_id", value: value.queryValue)) }
        let response = try await core.send(.getJWKS, path: "/api/v1/system/jwks", query: query)
        switch response.status {
        case 200: return try core.envelope(JSONWebKeySet.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
