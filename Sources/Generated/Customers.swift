// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List customers
    ///
    /// Returns customers, oldest first (in creation order).
    ///
    /// - Remark: `GET /api/v1/customers`, scopes: admin.
    public enum ListCustomers {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listCustomers

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
            /// A page of customers.
            case ok(data: [Customer], pageInfo: PageInfo)
        }
    }

    /// Create a customer
    ///
    /// Creates a customer. A `code` already used by another customer is rejected with 409.
    ///
    /// - Remark: `POST /api/v1/customers`, scopes: admin.
    public enum CreateCustomer {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createCustomer

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: CustomerCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(body: CustomerCreateRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new customer.
            case created(Customer)
        }
    }

    /// Get a customer
    ///
    /// Returns one customer.
    ///
    /// - Remark: `GET /api/v1/customers/{id}`, scopes: admin.
    public enum GetCustomer {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getCustomer

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
            /// The customer.
            case ok(Customer)
        }
    }

    /// Update a customer
    ///
    /// Changes the fields present in the body; `null` clears `email`.
    ///
    /// - Remark: `PATCH /api/v1/customers/{id}`, scopes: admin.
    public enum UpdateCustomer {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateCustomer

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: CustomerUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: CustomerUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated customer.
            case ok(Customer)
        }
    }

    /// Delete a customer
    ///
    /// Deletes a customer that no license, order or subscription refers to; otherwise the request fails with 409.
    ///
    /// - Remark: `DELETE /api/v1/customers/{id}`, scopes: admin.
    public enum DeleteCustomer {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .deleteCustomer

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
            /// The customer was deleted.
            case noContent
        }
    }

    /// List a customer's custom field values
    ///
    /// Returns the custom field values stored on a customer, ordered by field definition id; fields without a stored value are not listed.
    ///
    /// - Remark: `GET /api/v1/customers/{id}/custom-fields`, scopes: admin.
    public enum ListCustomerCustomFieldValues {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listCustomerCustomFieldValues

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
            /// A page of values.
            case ok(data: [CustomFieldValue], pageInfo: PageInfo)
        }
    }

    /// Set or clear a customer's custom field value
    ///
    /// Writes the customer's value for a customer custom field, replacing any previous value, and returns it with 200. Send exactly the one `*_value` field matching the field's `value_type`, or `clear: true` alone. With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409; a value of the wrong type, outside `enum_options`, or a field defined for licenses fails with 422.
    ///
    /// - Remark: `PUT /api/v1/customers/{id}/custom-fields/{field_id}`, scopes: admin.
    public enum UpsertCustomerCustomFieldValue {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .upsertCustomerCustomFieldValue

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the custom field definition.
            public var fieldID: String
            /// The request body.
            public var body: CustomFieldValueUpsertRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, fieldID: String, body: CustomFieldValueUpsertRequest) {
                self.id = id
                self.fieldID = fieldID
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The stored value.
            case ok(CustomFieldValue)
            /// The value was cleared (`clear: true`); no body.
            case noContent
        }
    }
}

extension Operations.ListCustomers.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListCustomers.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateCustomer.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(CustomerCreateRequest.self)
    }
}

extension Operations.CreateCustomer.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetCustomer.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetCustomer.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateCustomer.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(CustomerUpdateRequest.self)
    }
}

extension Operations.UpdateCustomer.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DeleteCustomer.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.DeleteCustomer.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

extension Operations.ListCustomerCustomFieldValues.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListCustomerCustomFieldValues.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.UpsertCustomerCustomFieldValue.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.fieldID = try request.pathParameter("field_id")
        self.body = try request.decodeBody(CustomFieldValueUpsertRequest.self)
    }
}

extension Operations.UpsertCustomerCustomFieldValue.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

// MARK: - Handlers

/// Customers and their custom field values.
///
/// Implemented by the server's handlers for the Customers operations.
public protocol CustomersAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List customers
    func listCustomers(_ input: Operations.ListCustomers.Input, context: Context) async throws -> Operations.ListCustomers.Output

    /// Create a customer
    func createCustomer(_ input: Operations.CreateCustomer.Input, context: Context) async throws -> Operations.CreateCustomer.Output

    /// Get a customer
    func getCustomer(_ input: Operations.GetCustomer.Input, context: Context) async throws -> Operations.GetCustomer.Output

    /// Update a customer
    func updateCustomer(_ input: Operations.UpdateCustomer.Input, context: Context) async throws -> Operations.UpdateCustomer.Output

    /// Delete a customer
    func deleteCustomer(_ input: Operations.DeleteCustomer.Input, context: Context) async throws -> Operations.DeleteCustomer.Output

    /// List a customer's custom field values
    func listCustomerCustomFieldValues(_ input: Operations.ListCustomerCustomFieldValues.Input, context: Context) async throws -> Operations.ListCustomerCustomFieldValues.Output

    /// Set or clear a customer's custom field value
    func upsertCustomerCustomFieldValue(_ input: Operations.UpsertCustomerCustomFieldValue.Input, context: Context) async throws -> Operations.UpsertCustomerCustomFieldValue.Output
}

// MARK: - Client

extension ManagementClient {
    /// List customers
    ///
    /// Returns customers, oldest first (in creation order).
    ///
    /// - Remark: `GET /api/v1/customers`, scopes: admin.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listCustomers(limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Customer, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listCustomers, path: "/api/v1/customers", query: query)
        switch response.status {
        case 200: return try core.list(Customer.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listCustomers`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List customers
    ///
    /// Returns customers, oldest first (in creation order).
    ///
    /// - Remark: `GET /api/v1/customers`, scopes: admin.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listCustomers`` throws.
    public func customers(limit: Int? = nil) -> Pages<Customer, String> {
        Pages { cursor in
            let page = try await self.listCustomers(limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Create a customer
    ///
    /// Creates a customer. A `code` already used by another customer is rejected with 409.
    ///
    /// - Remark: `POST /api/v1/customers`, scopes: admin.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createCustomer(_ body: CustomerCreateRequest) async throws -> Response<Customer> {
        let response = try await core.send(.createCustomer, path: "/api/v1/customers", body: body)
        switch response.status {
        case 201: return try core.envelope(Customer.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a customer
    ///
    /// Returns one customer.
    ///
    /// - Remark: `GET /api/v1/customers/{id}`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getCustomer(id: String) async throws -> Response<Customer> {
        let response = try await core.send(.getCustomer, path: "/api/v1/customers/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(Customer.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update a customer
    ///
    /// Changes the fields present in the body; `null` clears `email`.
    ///
    /// - Remark: `PATCH /api/v1/customers/{id}`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateCustomer(id: String, _ body: CustomerUpdateRequest) async throws -> Response<Customer> {
        let response = try await core.send(.updateCustomer, path: "/api/v1/customers/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(Customer.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Delete a customer
    ///
    /// Deletes a customer that no license, order or subscription refers to; otherwise the request fails with 409.
    ///
    /// - Remark: `DELETE /api/v1/customers/{id}`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deleteCustomer(id: String) async throws {
        let response = try await core.send(.deleteCustomer, path: "/api/v1/customers/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }

    /// List a customer's custom field values
    ///
    /// Returns the custom field values stored on a customer, ordered by field definition id; fields without a stored value are not listed.
    ///
    /// - Remark: `GET /api/v1/customers/{id}/custom-fields`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listCustomerCustomFieldValues(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<CustomFieldValue, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listCustomerCustomFieldValues, path: "/api/v1/customers/\(OperationTable.escapePathSegment(id))/custom-fields", query: query)
        switch response.status {
        case 200: return try core.list(CustomFieldValue.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listCustomerCustomFieldValues`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a customer's custom field values
    ///
    /// Returns the custom field values stored on a customer, ordered by field definition id; fields without a stored value are not listed.
    ///
    /// - Remark: `GET /api/v1/customers/{id}/custom-fields`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listCustomerCustomFieldValues`` throws.
    public func customerCustomFieldValues(id: String, limit: Int? = nil) -> Pages<CustomFieldValue, String> {
        Pages { cursor in
            let page = try await self.listCustomerCustomFieldValues(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Set or clear a customer's custom field value
    ///
    /// Writes the customer's value for a customer custom field, replacing any previous value, and returns it with 200. Send exactly the one `*_value` field matching the field's `value_type`, or `clear: true` alone. With `clear: true` the value is removed and the answer is 204. Clearing a required field fails with 409; a value of the wrong type, outside `enum_options`, or a field defined for licenses fails with 422.
    ///
    /// - Remark: `PUT /api/v1/customers/{id}/custom-fields/{field_id}`, scopes: admin.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - fieldID: Identifier of the custom field definition.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func upsertCustomerCustomFieldValue(id: String, fieldID: String, _ body: CustomFieldValueUpsertRequest) async throws -> Response<CustomFieldValue>? {
        let response = try await core.send(.upsertCustomerCustomFieldValue, path: "/api/v1/customers/\(OperationTable.escapePathSegment(id))/custom-fields/\(OperationTable.escapePathSegment(fieldID))", body: body)
        switch response.status {
        case 200: return try core.envelope(CustomFieldValue.self, from: response)
        case 204: return nil
        default: throw core.error(from: response)
        }
    }
}
