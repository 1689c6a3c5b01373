// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List a product's orders
    ///
    /// Returns the order records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/orders`, scopes: product:read.
    public enum ListProductOrders {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listProductOrders

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?

            /// An input with these values; optional ones default to absent.
            public init(id: String, limit: Int? = nil, cursor: String? = nil) {
                self.id = id
                self.limit = limit
                self.cursor = cursor
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of orders.
            case ok(data: [Order], pageInfo: PageInfo)
        }
    }

    /// Record an order
    ///
    /// Records an order from an external commerce system so licenses and reports can refer to it. (`external_system`, `external_id`) must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/orders`, scopes: product:write.
    public enum CreateOrder {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createOrder

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: OrderCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: OrderCreateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new order record.
            case created(Order)
        }
    }

    /// Get an order
    ///
    /// Returns one order record.
    ///
    /// - Remark: `GET /api/v1/orders/{id}`, scopes: product:read.
    public enum GetOrder {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getOrder

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
            /// The order.
            case ok(Order)
        }
    }

    /// Update an order
    ///
    /// Changes the fields present in the body; `null` clears an optional link or period. Licenses keep the attribution they were issued with, and past activity rows are not rewritten.
    ///
    /// - Remark: `PATCH /api/v1/orders/{id}`, scopes: product:write.
    public enum UpdateOrder {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateOrder

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: OrderUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: OrderUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated order.
            case ok(Order)
        }
    }

    /// List a product's subscriptions
    ///
    /// Returns the subscription records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/subscriptions`, scopes: product:read.
    public enum ListProductSubscriptions {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listProductSubscriptions

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
            public var cursor: String?

            /// An input with these values; optional ones default to absent.
            public init(id: String, limit: Int? = nil, cursor: String? = nil) {
                self.id = id
                self.limit = limit
                self.cursor = cursor
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of subscriptions.
            case ok(data: [Subscription], pageInfo: PageInfo)
        }
    }

    /// Record a subscription
    ///
    /// Records a subscription from an external commerce system. (`external_system`, `external_id`) must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/subscriptions`, scopes: product:write.
    public enum CreateSubscription {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createSubscription

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: SubscriptionCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: SubscriptionCreateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new subscription record.
            case created(Subscription)
        }
    }

    /// Get a subscription
    ///
    /// Returns one subscription record.
    ///
    /// - Remark: `GET /api/v1/subscriptions/{id}`, scopes: product:read.
    public enum GetSubscription {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getSubscription

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
            /// The subscription.
            case ok(Subscription)
        }
    }

    /// Update a subscription
    ///
    /// Changes the fields present in the body; `null` clears `customer_id` or `canceled_at`. Past activity rows keep their attribution.
    /// Subscription licenses follow their subscription (extension behaviour): in the same transaction, every license linked to it whose policy issues `subscription` licenses, and that is not revoked, ends at the subscription's `current_period_end`, with its policy's grace period after that only while the subscription is expected to go on:
    /// | `status` | `cancel_at_period_end` false | `cancel_at_period_end` true | |---|---|---| | `trialing` | ends at the period end, then grace | ends at the period end, no grace | | `active` | ends at the period end, then grace | ends at the period end, no grace | | `past_due` | ends at the period end, then grace | ends at the period end, no grace | | `paused` | ends at the period end, no grace | ends at the period end, no grace | | `canceled` | ends at the period end, no grace | ends at the period end, no grace |
    /// So a renewal (a later `current_period_end`) renews the licenses, a cancellation or a pause lets them run out with the period already paid for, and a failed payment (`past_due`) keeps them working through the grace period. A license whose end moves later is announced as `license.renewed` and recorded in the ledger as `license.renew` with `source: subscription`; any other change of its dates is `license.updated`. Each raises the license's `entitlement_version`; a license whose dates already match is not touched. Licenses of other types linked to the subscription keep their own dates.
    ///
    /// - Remark: `PATCH /api/v1/subscriptions/{id}`, scopes: product:write.
    public enum UpdateSubscription {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateSubscription

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: SubscriptionUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: SubscriptionUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated subscription.
            case ok(Subscription)
        }
    }
}

extension Operations.ListProductOrders.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListProductOrders.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateOrder.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(OrderCreateRequest.self)
    }
}

extension Operations.CreateOrder.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetOrder.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetOrder.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateOrder.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(OrderUpdateRequest.self)
    }
}

extension Operations.UpdateOrder.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ListProductSubscriptions.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListProductSubscriptions.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateSubscription.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(SubscriptionCreateRequest.self)
    }
}

extension Operations.CreateSubscription.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetSubscription.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetSubscription.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateSubscription.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(SubscriptionUpdateRequest.self)
    }
}

extension Operations.UpdateSubscription.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

// MARK: - Handlers

/// Order and subscription records mirrored from external commerce systems.
///
/// Implemented by the server's handlers for the Commerce operations.
public protocol CommerceAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List a product's orders
    func listProductOrders(_ input: Operations.ListProductOrders.Input, context: Context) async throws -> Operations.ListProductOrders.Output

    /// Record an order
    func createOrder(_ input: Operations.CreateOrder.Input, context: Context) async throws -> Operations.CreateOrder.Output

    /// Get an order
    func getOrder(_ input: Operations.GetOrder.Input, context: Context) async throws -> Operations.GetOrder.Output

    /// Update an order
    func updateOrder(_ input: Operations.UpdateOrder.Input, context: Context) async throws -> Operations.UpdateOrder.Output

    /// List a product's subscriptions
    func listProductSubscriptions(_ input: Operations.ListProductSubscriptions.Input, context: Context) async throws -> Operations.ListProductSubscriptions.Output

    /// Record a subscription
    func createSubscription(_ input: Operations.CreateSubscription.Input, context: Context) async throws -> Operations.CreateSubscription.Output

    /// Get a subscription
    func getSubscription(_ input: Operations.GetSubscription.Input, context: Context) async throws -> Operations.GetSubscription.Output

    /// Update a subscription
    func updateSubscription(_ input: Operations.UpdateSubscription.Input, context: Context) async throws -> Operations.UpdateSubscription.Output
}

// MARK: - Client

extension ManagementClient {
    /// List a product's orders
    ///
    /// Returns the order records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/orders`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listProductOrders(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Order, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listProductOrders, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/orders", query: query)
        switch response.status {
        case 200: return try core.list(Order.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listProductOrders`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a product's orders
    ///
    /// Returns the order records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/orders`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listProductOrders`` throws.
    public func productOrders(id: String, limit: Int? = nil) -> Pages<Order, String> {
        Pages { cursor in
            let page = try await self.listProductOrders(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Record an order
    ///
    /// Records an order from an external commerce system so licenses and reports can refer to it. (`external_system`, `external_id`) must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/orders`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createOrder(id: String, _ body: OrderCreateRequest) async throws -> Response<Order> {
        let response = try await core.send(.createOrder, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/orders", body: body)
        switch response.status {
        case 201: return try core.envelope(Order.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get an order
    ///
    /// Returns one order record.
    ///
    /// - Remark: `GET /api/v1/orders/{id}`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getOrder(id: String) async throws -> Response<Order> {
        let response = try await core.send(.getOrder, path: "/api/v1/orders/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(Order.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update an order
    ///
    /// Changes the fields present in the body; `null` clears an optional link or period. Licenses keep the attribution they were issued with, and past activity rows are not rewritten.
    ///
    /// - Remark: `PATCH /api/v1/orders/{id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateOrder(id: String, _ body: OrderUpdateRequest) async throws -> Response<Order> {
        let response = try await core.send(.updateOrder, path: "/api/v1/orders/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(Order.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List a product's subscriptions
    ///
    /// Returns the subscription records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/subscriptions`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listProductSubscriptions(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Subscription, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listProductSubscriptions, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/subscriptions", query: query)
        switch response.status {
        case 200: return try core.list(Subscription.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listProductSubscriptions`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a product's subscriptions
    ///
    /// Returns the subscription records of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/subscriptions`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listProductSubscriptions`` throws.
    public func productSubscriptions(id: String, limit: Int? = nil) -> Pages<Subscription, String> {
        Pages { cursor in
            let page = try await self.listProductSubscriptions(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Record a subscription
    ///
    /// Records a subscription from an external commerce system. (`external_system`, `external_id`) must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/subscriptions`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createSubscription(id: String, _ body: SubscriptionCreateRequest) async throws -> Response<Subscription> {
        let response = try await core.send(.createSubscription, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/subscriptions", body: body)
        switch response.status {
        case 201: return try core.envelope(Subscription.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a subscription
    ///
    /// Returns one subscription record.
    ///
    /// - Remark: `GET /api/v1/subscriptions/{id}`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getSubscription(id: String) async throws -> Response<Subscription> {
        let response = try await core.send(.getSubscription, path: "/api/v1/subscriptions/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(Subscription.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update a subscription
    ///
    /// Changes the fields present in the body; `null` clears `customer_id` or `canceled_at`. Past activity rows keep their attribution.
    /// Subscription licenses follow their subscription (extension behaviour): in the same transaction, every license linked to it whose policy issues `subscription` licenses, and that is not revoked, ends at the subscription's `current_period_end`, with its policy's grace period after that only while the subscription is expected to go on:
    /// | `status` | `cancel_at_period_end` false | `cancel_at_period_end` true | |---|---|---| | `trialing` | ends at the period end, then grace | ends at the period end, no grace | | `active` | ends at the period end, then grace | ends at the period end, no grace | | `past_due` | ends at the period end, then grace | ends at the period end, no grace | | `paused` | ends at the period end, no grace | ends at the period end, no grace | | `canceled` | ends at the period end, no grace | ends at the period end, no grace |
    /// So a renewal (a later `current_period_end`) renews the licenses, a cancellation or a pause lets them run out with the period already paid for, and a failed payment (`past_due`) keeps them working through the grace period. A license whose end moves later is announced as `license.renewed` and recorded in the ledger as `license.renew` with `source: subscription`; any other change of its dates is `license.updated`. Each raises the license's `entitlement_version`; a license whose dates already match is not touched. Licenses of other types linked to the subscription keep their own dates.
    ///
    /// - Remark: `PATCH /api/v1/subscriptions/{id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateSubscription(id: String, _ body: SubscriptionUpdateRequest) async throws -> Response<Subscription> {
        let response = try await core.send(.updateSubscription, path: "/api/v1/subscriptions/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(Subscription.self, from: response)
        default: throw core.error(from: response)
        }
    }
}
