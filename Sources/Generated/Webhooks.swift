// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List webhook endpoints
    ///
    /// Returns the webhook endpoints, oldest first (in creation order), including inactive ones. Secrets are never included; `secret_prefix` tells them apart.
    ///
    /// - Remark: `GET /api/v1/webhooks`, scopes: webhook:write.
    public enum ListWebhookEndpoints {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listWebhookEndpoints

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
            /// A page of endpoints.
            case ok(data: [WebhookEndpoint], pageInfo: PageInfo)
        }
    }

    /// Create a webhook endpoint
    ///
    /// Registers a URL for event deliveries. From now on every event whose type is in `event_types` (every type when the list is empty or absent) is queued for the endpoint in the same transaction as the change it announces, and delivered signed as Standard Webhooks describes (see the `webhooks` section of this document for the payloads, headers, retries and what a receiver should answer).
    /// `url` must be an absolute `https` URL with a host name or address and without user information; a URL whose host is, or resolves to, a loopback, private, link-local, unique-local, shared, multicast or otherwise reserved address is refused with 422 naming `url` (for a host name, the message says that it resolves to such an address, never which one; the server checks the address again at every delivery, and connects only to the address it checked). A server started with `--webhook-allow-private` also accepts `http` and such addresses, for local development and tests. The same `url` twice in an account is 409 naming `url`.
    /// `event_types` lists `WebhookEventType` values; an unknown value is 422 naming it (`event_types[i]`), and repeated values are kept once. Without `secret` the server generates one: `whsec_` followed by the standard base64 of 32 random bytes. A supplied `secret` is either of that form (`whsec_` + standard base64 of 24–64 bytes; the HMAC key is the decoded bytes) or any other 16–255 printable ASCII characters without spaces (the HMAC key is the secret's bytes as they are; give a Standard Webhooks library those bytes rather than the string); anything else is 422 naming `secret`. The secret is sealed at rest and returned in this response only.
    /// An account has at most 20 endpoints (the operator's `--max-webhook-endpoints`, or the account's own figure; `getAccountLimits` says which applies): one more is 409 `CONFLICT` with `detail: max_webhook_endpoints`. Deliveries are shared fairly between accounts: each account with deliveries due gets its turn at the delivery slots, so one account's backlog delays another's next delivery by at most one slot's turn.
    ///
    /// - Remark: `POST /api/v1/webhooks`, scopes: webhook:write.
    public enum CreateWebhookEndpoint {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createWebhookEndpoint

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: WebhookEndpointCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(body: WebhookEndpointCreateRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
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
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getWebhookEndpoint

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
            /// The endpoint.
            case ok(WebhookEndpoint)
        }
    }

    /// Update a webhook endpoint
    ///
    /// Changes the fields present in the body, with the same rules as `createWebhookEndpoint` for `url`, `event_types` and `secret`. A new `event_types` list applies to events from now on; queued deliveries keep going to the endpoint's current URL.
    /// `rotate_secret: true` generates a new secret and answers `{webhook, secret}` inside `data` (`WebhookEndpointWithSecret`), the only time that secret is shown; every other update answers the endpoint alone (`WebhookEndpoint`). `rotate_secret` together with `secret` is 422. For 24 hours after the secret changes (rotated or supplied), every delivery carries a second `v1,` signature made with the previous secret, so receivers can switch secrets without missing a delivery.
    /// `is_active: false` pauses deliveries: events are not queued for an inactive endpoint, and deliveries already queued wait. `is_active: true` resumes them, including for an endpoint the server disabled (after 410 Gone, or after 24 hours of failed deliveries), which also clears `disabled_reason`.
    ///
    /// - Remark: `PATCH /api/v1/webhooks/{id}`, scopes: webhook:write.
    public enum UpdateWebhookEndpoint {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateWebhookEndpoint

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: WebhookEndpointUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: WebhookEndpointUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated endpoint, with its new secret after `rotate_secret`.
            case ok(UpdateWebhookEndpointData)
        }
    }

    /// Delete a webhook endpoint
    ///
    /// Deletes the endpoint together with its queued deliveries and their attempt history. A delivery already on its way when the endpoint is deleted may still arrive.
    ///
    /// - Remark: `DELETE /api/v1/webhooks/{id}`, scopes: webhook:write.
    public enum DeleteWebhookEndpoint {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .deleteWebhookEndpoint

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
            /// The endpoint was deleted.
            case noContent
        }
    }

    /// List an endpoint's deliveries
    ///
    /// Returns the endpoint's deliveries, newest first, each with every attempt made at it: when, whether the receiver answered 2xx, its status code, how long it took and the error, and when the next attempt is due while the delivery is pending. `status` and `event_type` narrow the list. An endpoint of another account, or none, is 404.
    ///
    /// - Remark: `GET /api/v1/webhooks/{id}/deliveries`, scopes: webhook:write.
    public enum ListWebhookDeliveries {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listWebhookDeliveries

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?
            /// Only deliveries in this state.
            public var status: WebhookDeliveryStatus?
            /// Only deliveries of this event type.
            public var eventType: WebhookEventType?

            /// An input with these values; optional ones default to absent.
            public init(id: String, limit: Int? = nil, cursor: String? = nil, status: WebhookDeliveryStatus? = nil, eventType: WebhookEventType? = nil) {
                self.id = id
                self.limit = limit
                self.cursor = cursor
                self.status = status
                self.eventType = eventType
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of deliveries.
            case ok(data: [WebhookDelivery], pageInfo: PageInfo)
        }
    }

    /// Send a delivery again
    ///
    /// Queues a delivered or failed delivery to be sent again at once, with the same payload bytes and the same `webhook-id` (so a receiver that deduplicates by it sees the same message) and a fresh timestamp and signature; it then retries on the usual schedule. Recorded in the audit chain as `webhook_delivery.redelivered`. A delivery still pending is 409 (`detail: status`), and one of a disabled endpoint is 409 (`detail: is_active`): enable the endpoint first. A delivery of another endpoint or account is 404.
    ///
    /// - Remark: `POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver`, scopes: webhook:write.
    public enum RedeliverWebhookDelivery {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .redeliverWebhookDelivery

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the delivery.
            public var deliveryID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, deliveryID: String) {
                self.id = id
                self.deliveryID = deliveryID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The delivery, pending again.
            case ok(WebhookDelivery)
        }
    }
}

extension Operations.ListWebhookEndpoints.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
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

extension Operations.ListWebhookDeliveries.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
        self.status = try request.query("status", as: WebhookDeliveryStatus.self)
        self.eventType = try request.query("event_type", as: WebhookEventType.self)
    }
}

extension Operations.ListWebhookDeliveries.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.RedeliverWebhookDelivery.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.deliveryID = try request.pathParameter("delivery_id")
    }
}

extension Operations.RedeliverWebhookDelivery.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

// MARK: - Handlers

/// Endpoints that receive signed event deliveries, as Standard Webhooks describes them.
///
/// **Payload.** A `POST` with `Content-Type: application/json` whose body is compact JSON
/// `{"data": …, "timestamp": …, "type": …}`: `type` is the `WebhookEventType`, `timestamp` when the change
/// happened, and `data` the resource as the API returns it (the payload schemas are under the root
/// `webhooks`). The body is fixed when the event is queued, in the same transaction as the change, so every
/// attempt sends the same bytes, and no event is sent for a change that was rolled back.
///
/// **Headers.** `webhook-id` identifies the delivery (one per event and endpoint) and stays the same across
/// retries: receivers use it to drop duplicates, since delivery is at least once. `webhook-timestamp` is the
/// attempt's time in Unix seconds. `webhook-signature` is a space-separated list of `v1,<signature>`
/// entries, each the standard base64 of HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>`; during
/// the 24 hours after a secret changes, a second entry is made with the previous secret. Receivers accept
/// the delivery when any entry matches (compare in constant time) and the timestamp is within a few minutes
/// of their clock.
///
/// **Secrets.** A generated secret is `whsec_` + the standard base64 of 32 random bytes, and its HMAC key is
/// those 32 bytes, which is how Standard Webhooks libraries read a `whsec_` secret. A custom secret that is
/// not of that form keys the HMAC with its own bytes. Secrets are sealed at rest with the master key.
///
/// **Answers and retries.** Any 2xx within 10 seconds is success; redirects are not followed. 410 Gone
/// disables the endpoint (`disabled_reason: gone`). Anything else (another status, a time-out, a refused
/// connection) is retried with growing gaps (about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, then every
/// 6 h, each with some jitter) until 24 hours after the first attempt; a `Retry-After` on 429 or 503 may
/// lengthen a gap. A delivery still failing then is given up, and the endpoint is disabled
/// (`disabled_reason: failing`, with an audit event) unless another delivery to it succeeded meanwhile.
/// `getWebhookHealth` reports outcomes per endpoint.
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

    /// List an endpoint's deliveries
    func listWebhookDeliveries(_ input: Operations.ListWebhookDeliveries.Input, context: Context) async throws -> Operations.ListWebhookDeliveries.Output

    /// Send a delivery again
    func redeliverWebhookDelivery(_ input: Operations.RedeliverWebhookDelivery.Input, context: Context) async throws -> Operations.RedeliverWebhookDelivery.Output
}

// MARK: - Client

extension ManagementClient {
    /// List webhook endpoints
    ///
    /// Returns the webhook endpoints, oldest first (in creation order), including inactive ones. Secrets are never included; `secret_prefix` tells them apart.
    ///
    /// - Remark: `GET /api/v1/webhooks`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
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

    /// Every item of ``listWebhookEndpoints`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List webhook endpoints
    ///
    /// Returns the webhook endpoints, oldest first (in creation order), including inactive ones. Secrets are never included; `secret_prefix` tells them apart.
    ///
    /// - Remark: `GET /api/v1/webhooks`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listWebhookEndpoints`` throws.
    public func webhookEndpoints(limit: Int? = nil) -> Pages<WebhookEndpoint, String> {
        Pages { cursor in
            let page = try await self.listWebhookEndpoints(limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Create a webhook endpoint
    ///
    /// Registers a URL for event deliveries. From now on every event whose type is in `event_types` (every type when the list is empty or absent) is queued for the endpoint in the same transaction as the change it announces, and delivered signed as Standard Webhooks describes (see the `webhooks` section of this document for the payloads, headers, retries and what a receiver should answer).
    /// `url` must be an absolute `https` URL with a host name or address and without user information; a URL whose host is, or resolves to, a loopback, private, link-local, unique-local, shared, multicast or otherwise reserved address is refused with 422 naming `url` (for a host name, the message says that it resolves to such an address, never which one; the server checks the address again at every delivery, and connects only to the address it checked). A server started with `--webhook-allow-private` also accepts `http` and such addresses, for local development and tests. The same `url` twice in an account is 409 naming `url`.
    /// `event_types` lists `WebhookEventType` values; an unknown value is 422 naming it (`event_types[i]`), and repeated values are kept once. Without `secret` the server generates one: `whsec_` followed by the standard base64 of 32 random bytes. A supplied `secret` is either of that form (`whsec_` + standard base64 of 24–64 bytes; the HMAC key is the decoded bytes) or any other 16–255 printable ASCII characters without spaces (the HMAC key is the secret's bytes as they are; give a Standard Webhooks library those bytes rather than the string); anything else is 422 naming `secret`. The secret is sealed at rest and returned in this response only.
    /// An account has at most 20 endpoints (the operator's `--max-webhook-endpoints`, or the account's own figure; `getAccountLimits` says which applies): one more is 409 `CONFLICT` with `detail: max_webhook_endpoints`. Deliveries are shared fairly between accounts: each account with deliveries due gets its turn at the delivery slots, so one account's backlog delays another's next delivery by at most one slot's turn.
    ///
    /// - Remark: `POST /api/v1/webhooks`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - body: the request body.
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
    /// Returns one webhook endpoint.
    ///
    /// - Remark: `GET /api/v1/webhooks/{id}`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
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
    /// Changes the fields present in the body, with the same rules as `createWebhookEndpoint` for `url`, `event_types` and `secret`. A new `event_types` list applies to events from now on; queued deliveries keep going to the endpoint's current URL.
    /// `rotate_secret: true` generates a new secret and answers `{webhook, secret}` inside `data` (`WebhookEndpointWithSecret`), the only time that secret is shown; every other update answers the endpoint alone (`WebhookEndpoint`). `rotate_secret` together with `secret` is 422. For 24 hours after the secret changes (rotated or supplied), every delivery carries a second `v1,` signature made with the previous secret, so receivers can switch secrets without missing a delivery.
    /// `is_active: false` pauses deliveries: events are not queued for an inactive endpoint, and deliveries already queued wait. `is_active: true` resumes them, including for an endpoint the server disabled (after 410 Gone, or after 24 hours of failed deliveries), which also clears `disabled_reason`.
    ///
    /// - Remark: `PATCH /api/v1/webhooks/{id}`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateWebhookEndpoint(id: String, _ body: WebhookEndpointUpdateRequest) async throws -> Response<UpdateWebhookEndpointData> {
        let response = try await core.send(.updateWebhookEndpoint, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(UpdateWebhookEndpointData.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Delete a webhook endpoint
    ///
    /// Deletes the endpoint together with its queued deliveries and their attempt history. A delivery already on its way when the endpoint is deleted may still arrive.
    ///
    /// - Remark: `DELETE /api/v1/webhooks/{id}`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deleteWebhookEndpoint(id: String) async throws {
        let response = try await core.send(.deleteWebhookEndpoint, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }

    /// List an endpoint's deliveries
    ///
    /// Returns the endpoint's deliveries, newest first, each with every attempt made at it: when, whether the receiver answered 2xx, its status code, how long it took and the error, and when the next attempt is due while the delivery is pending. `status` and `event_type` narrow the list. An endpoint of another account, or none, is 404.
    ///
    /// - Remark: `GET /api/v1/webhooks/{id}/deliveries`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    ///   - status: Only deliveries in this state.
    ///   - eventType: Only deliveries of this event type.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listWebhookDeliveries(id: String, limit: Int? = nil, cursor: String? = nil, status: WebhookDeliveryStatus? = nil, eventType: WebhookEventType? = nil) async throws -> ListResponse<WebhookDelivery, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        if let value = status { query.append(QueryItem(name: "status", value: value.queryValue)) }
        if let value = eventType { query.append(QueryItem(name: "event_type", value: value.queryValue)) }
        let response = try await core.send(.listWebhookDeliveries, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))/deliveries", query: query)
        switch response.status {
        case 200: return try core.list(WebhookDelivery.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listWebhookDeliveries`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List an endpoint's deliveries
    ///
    /// Returns the endpoint's deliveries, newest first, each with every attempt made at it: when, whether the receiver answered 2xx, its status code, how long it took and the error, and when the next attempt is due while the delivery is pending. `status` and `event_type` narrow the list. An endpoint of another account, or none, is 404.
    ///
    /// - Remark: `GET /api/v1/webhooks/{id}/deliveries`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - status: Only deliveries in this state.
    ///   - eventType: Only deliveries of this event type.
    /// - Note: iterating throws what ``listWebhookDeliveries`` throws.
    public func webhookDeliveries(id: String, limit: Int? = nil, status: WebhookDeliveryStatus? = nil, eventType: WebhookEventType? = nil) -> Pages<WebhookDelivery, String> {
        Pages { cursor in
            let page = try await self.listWebhookDeliveries(id: id, limit: limit, cursor: cursor, status: status, eventType: eventType)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Send a delivery again
    ///
    /// Queues a delivered or failed delivery to be sent again at once, with the same payload bytes and the same `webhook-id` (so a receiver that deduplicates by it sees the same message) and a fresh timestamp and signature; it then retries on the usual schedule. Recorded in the audit chain as `webhook_delivery.redelivered`. A delivery still pending is 409 (`detail: status`), and one of a disabled endpoint is 409 (`detail: is_active`): enable the endpoint first. A delivery of another endpoint or account is 404.
    ///
    /// - Remark: `POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver`, scopes: webhook:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - deliveryID: Identifier of the delivery.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func redeliverWebhookDelivery(id: String, deliveryID: String) async throws -> Response<WebhookDelivery> {
        let response = try await core.send(.redeliverWebhookDelivery, path: "/api/v1/webhooks/\(OperationTable.escapePathSegment(id))/deliveries/\(OperationTable.escapePathSegment(deliveryID))/redeliver")
        switch response.status {
        case 200: return try core.envelope(WebhookDelivery.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
