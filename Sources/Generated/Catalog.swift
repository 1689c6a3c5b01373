// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// List products
    ///
    /// Returns products, oldest first (in creation order).
    ///
    /// - Remark: `GET /api/v1/products`, scopes: product:read.
    public enum ListProducts {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listProducts

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
            /// A page of products.
            case ok(data: [Product], pageInfo: PageInfo)
        }
    }

    /// Create a product
    ///
    /// Creates a product. A `code` already used by another product is rejected with 409.
    ///
    /// - Remark: `POST /api/v1/products`, scopes: product:write.
    public enum CreateProduct {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createProduct

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// The request body.
            public var body: ProductCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(body: ProductCreateRequest) {
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new product.
            case created(Product)
        }
    }

    /// Get a product
    ///
    /// Returns one product.
    ///
    /// - Remark: `GET /api/v1/products/{id}`, scopes: product:read.
    public enum GetProduct {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getProduct

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
            /// The product.
            case ok(Product)
        }
    }

    /// Update a product
    ///
    /// Changes the fields present in the body and leaves the others as they are.
    ///
    /// - Remark: `PATCH /api/v1/products/{id}`, scopes: product:write.
    public enum UpdateProduct {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateProduct

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: ProductUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: ProductUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated product.
            case ok(Product)
        }
    }

    /// Delete a product
    ///
    /// Deletes a product along with its policies, features, versions and custom-field definitions. A product that still has licenses, orders, subscriptions or stored custom-field values is kept and the request fails with 409 naming what refers to it.
    ///
    /// - Remark: `DELETE /api/v1/products/{id}`, scopes: product:write.
    public enum DeleteProduct {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .deleteProduct

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
            /// The product was deleted.
            case noContent
        }
    }

    /// List a product's policies
    ///
    /// Returns the policies of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/policies`, scopes: product:read.
    public enum ListPoliciesByProduct {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listPoliciesByProduct

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
            /// A page of policies.
            case ok(data: [Policy], pageInfo: PageInfo)
        }
    }

    /// Create a policy
    ///
    /// Creates a licensing policy for the product. Fields left out take the defaults documented on `PolicyCreateRequest`. `code` must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/policies`, scopes: product:write.
    public enum CreatePolicy {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createPolicy

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: PolicyCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: PolicyCreateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new policy.
            case created(Policy)
        }
    }

    /// Get a policy
    ///
    /// Returns one policy.
    ///
    /// - Remark: `GET /api/v1/policies/{id}`, scopes: product:read.
    public enum GetPolicy {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getPolicy

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
            /// The policy.
            case ok(Policy)
        }
    }

    /// Update a policy
    ///
    /// Changes the fields present in the body. Licenses under the policy pick up new rules on their next runtime call.
    ///
    /// - Remark: `PATCH /api/v1/policies/{id}`, scopes: product:write.
    public enum UpdatePolicy {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updatePolicy

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: PolicyUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: PolicyUpdateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated policy.
            case ok(Policy)
        }
    }

    /// Delete a policy
    ///
    /// Deletes a policy no license uses; a policy still in use is kept and the request fails with 409.
    ///
    /// - Remark: `DELETE /api/v1/policies/{id}`, scopes: product:write.
    public enum DeletePolicy {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .deletePolicy

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
            /// The policy was deleted.
            case noContent
        }
    }

    /// List a product's features
    ///
    /// Returns the features of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/features`, scopes: product:read.
    public enum ListFeaturesByProduct {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listFeaturesByProduct

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
            /// A page of features.
            case ok(data: [Feature], pageInfo: PageInfo)
        }
    }

    /// Create a feature
    ///
    /// Creates a feature of the product. Its `code` is what entitlements and metered consumption refer to and must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/features`, scopes: product:write.
    public enum CreateFeature {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createFeature

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: FeatureCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: FeatureCreateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new feature.
            case created(Feature)
        }
    }

    /// Get a feature
    ///
    /// Returns one feature.
    ///
    /// - Remark: `GET /api/v1/features/{id}`, scopes: product:read.
    public enum GetFeature {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getFeature

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
            /// The feature.
            case ok(Feature)
        }
    }

    /// List a product's versions
    ///
    /// Returns the version catalog of a product, newest release first. A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/versions`, scopes: product:read.
    public enum ListProductVersions {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listProductVersions

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
            /// A page of versions.
            case ok(data: [ProductVersion], pageInfo: PageInfo)
        }
    }

    /// Add a product version
    ///
    /// Adds a release to the product's version catalog. While the catalog is empty, runtime calls are not version-checked; once it has an entry, an unknown or missing `app_version` is refused with VERSION_NOT_ENTITLED.
    ///
    /// - Remark: `POST /api/v1/products/{id}/versions`, scopes: product:write.
    public enum CreateProductVersion {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createProductVersion

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: ProductVersionCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: ProductVersionCreateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new version.
            case created(ProductVersion)
        }
    }

    /// List a product's custom field definitions
    ///
    /// Returns the custom field definitions of a product. A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/custom-fields`, scopes: product:read.
    public enum ListProductCustomFieldDefinitions {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listProductCustomFieldDefinitions

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
            /// A page of definitions.
            case ok(data: [CustomFieldDefinition], pageInfo: PageInfo)
        }
    }

    /// Define a custom field
    ///
    /// Defines a typed custom field for the product's licenses or customers. `code` is unique per product and resource type; the value type cannot change later.
    ///
    /// - Remark: `POST /api/v1/products/{id}/custom-fields`, scopes: product:write.
    public enum CreateProductCustomFieldDefinition {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .createProductCustomFieldDefinition

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// The request body.
            public var body: CustomFieldDefinitionCreateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, body: CustomFieldDefinitionCreateRequest) {
                self.id = id
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The new definition.
            case created(CustomFieldDefinition)
        }
    }

    /// Get a custom field definition
    ///
    /// Returns one custom field definition of the product.
    ///
    /// - Remark: `GET /api/v1/products/{id}/custom-fields/{field_id}`, scopes: product:read.
    public enum GetProductCustomFieldDefinition {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .getProductCustomFieldDefinition

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the custom field definition.
            public var fieldID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, fieldID: String) {
                self.id = id
                self.fieldID = fieldID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The definition.
            case ok(CustomFieldDefinition)
        }
    }

    /// Update a custom field definition
    ///
    /// Changes the fields present in the body. Making a field required while records of its resource type lack a value (for customer fields: any customer), or dropping an enum option still in use, fails with 409. `value_type` and `resource_type` cannot be changed.
    ///
    /// - Remark: `PATCH /api/v1/products/{id}/custom-fields/{field_id}`, scopes: product:write.
    public enum UpdateProductCustomFieldDefinition {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .updateProductCustomFieldDefinition

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the custom field definition.
            public var fieldID: String
            /// The request body.
            public var body: CustomFieldDefinitionUpdateRequest

            /// An input with these values; optional ones default to absent.
            public init(id: String, fieldID: String, body: CustomFieldDefinitionUpdateRequest) {
                self.id = id
                self.fieldID = fieldID
                self.body = body
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The updated definition.
            case ok(CustomFieldDefinition)
        }
    }

    /// Delete a custom field definition
    ///
    /// Deletes a definition that has no stored values; clear the values first, otherwise the request fails with 409.
    ///
    /// - Remark: `DELETE /api/v1/products/{id}/custom-fields/{field_id}`, scopes: product:write.
    public enum DeleteProductCustomFieldDefinition {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .deleteProductCustomFieldDefinition

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Identifier of the record the path names.
            public var id: String
            /// Identifier of the custom field definition.
            public var fieldID: String

            /// An input with these values; optional ones default to absent.
            public init(id: String, fieldID: String) {
                self.id = id
                self.fieldID = fieldID
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// The definition was deleted.
            case noContent
        }
    }
}

extension Operations.ListProducts.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListProducts.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateProduct.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.body = try request.decodeBody(ProductCreateRequest.self)
    }
}

extension Operations.CreateProduct.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetProduct.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetProduct.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateProduct.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(ProductUpdateRequest.self)
    }
}

extension Operations.UpdateProduct.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DeleteProduct.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.DeleteProduct.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

extension Operations.ListPoliciesByProduct.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListPoliciesByProduct.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreatePolicy.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(PolicyCreateRequest.self)
    }
}

extension Operations.CreatePolicy.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetPolicy.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetPolicy.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdatePolicy.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(PolicyUpdateRequest.self)
    }
}

extension Operations.UpdatePolicy.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DeletePolicy.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.DeletePolicy.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

extension Operations.ListFeaturesByProduct.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListFeaturesByProduct.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateFeature.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(FeatureCreateRequest.self)
    }
}

extension Operations.CreateFeature.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetFeature.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
    }
}

extension Operations.GetFeature.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.ListProductVersions.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListProductVersions.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateProductVersion.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(ProductVersionCreateRequest.self)
    }
}

extension Operations.CreateProductVersion.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.ListProductCustomFieldDefinitions.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.cursor = try request.query("cursor", as: String.self)
        try Validation.check(self.cursor, pattern: "^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$", field: "cursor", code: .invalidQuery)
    }
}

extension Operations.ListProductCustomFieldDefinitions.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

extension Operations.CreateProductCustomFieldDefinition.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.body = try request.decodeBody(CustomFieldDefinitionCreateRequest.self)
    }
}

extension Operations.CreateProductCustomFieldDefinition.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .created(let data): try .json(201, data)
        }
    }
}

extension Operations.GetProductCustomFieldDefinition.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.fieldID = try request.pathParameter("field_id")
    }
}

extension Operations.GetProductCustomFieldDefinition.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.UpdateProductCustomFieldDefinition.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.fieldID = try request.pathParameter("field_id")
        self.body = try request.decodeBody(CustomFieldDefinitionUpdateRequest.self)
    }
}

extension Operations.UpdateProductCustomFieldDefinition.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data): try .json(200, data)
        }
    }
}

extension Operations.DeleteProductCustomFieldDefinition.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.id = try request.pathParameter("id")
        self.fieldID = try request.pathParameter("field_id")
    }
}

extension Operations.DeleteProductCustomFieldDefinition.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .noContent: DispatchResult(status: 204, body: .empty)
        }
    }
}

// MARK: - Handlers

/// Products, policies, features, versions and custom field definitions.
///
/// Implemented by the server's handlers for the Catalog operations.
public protocol CatalogAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// List products
    func listProducts(_ input: Operations.ListProducts.Input, context: Context) async throws -> Operations.ListProducts.Output

    /// Create a product
    func createProduct(_ input: Operations.CreateProduct.Input, context: Context) async throws -> Operations.CreateProduct.Output

    /// Get a product
    func getProduct(_ input: Operations.GetProduct.Input, context: Context) async throws -> Operations.GetProduct.Output

    /// Update a product
    func updateProduct(_ input: Operations.UpdateProduct.Input, context: Context) async throws -> Operations.UpdateProduct.Output

    /// Delete a product
    func deleteProduct(_ input: Operations.DeleteProduct.Input, context: Context) async throws -> Operations.DeleteProduct.Output

    /// List a product's policies
    func listPoliciesByProduct(_ input: Operations.ListPoliciesByProduct.Input, context: Context) async throws -> Operations.ListPoliciesByProduct.Output

    /// Create a policy
    func createPolicy(_ input: Operations.CreatePolicy.Input, context: Context) async throws -> Operations.CreatePolicy.Output

    /// Get a policy
    func getPolicy(_ input: Operations.GetPolicy.Input, context: Context) async throws -> Operations.GetPolicy.Output

    /// Update a policy
    func updatePolicy(_ input: Operations.UpdatePolicy.Input, context: Context) async throws -> Operations.UpdatePolicy.Output

    /// Delete a policy
    func deletePolicy(_ input: Operations.DeletePolicy.Input, context: Context) async throws -> Operations.DeletePolicy.Output

    /// List a product's features
    func listFeaturesByProduct(_ input: Operations.ListFeaturesByProduct.Input, context: Context) async throws -> Operations.ListFeaturesByProduct.Output

    /// Create a feature
    func createFeature(_ input: Operations.CreateFeature.Input, context: Context) async throws -> Operations.CreateFeature.Output

    /// Get a feature
    func getFeature(_ input: Operations.GetFeature.Input, context: Context) async throws -> Operations.GetFeature.Output

    /// List a product's versions
    func listProductVersions(_ input: Operations.ListProductVersions.Input, context: Context) async throws -> Operations.ListProductVersions.Output

    /// Add a product version
    func createProductVersion(_ input: Operations.CreateProductVersion.Input, context: Context) async throws -> Operations.CreateProductVersion.Output

    /// List a product's custom field definitions
    func listProductCustomFieldDefinitions(_ input: Operations.ListProductCustomFieldDefinitions.Input, context: Context) async throws -> Operations.ListProductCustomFieldDefinitions.Output

    /// Define a custom field
    func createProductCustomFieldDefinition(_ input: Operations.CreateProductCustomFieldDefinition.Input, context: Context) async throws -> Operations.CreateProductCustomFieldDefinition.Output

    /// Get a custom field definition
    func getProductCustomFieldDefinition(_ input: Operations.GetProductCustomFieldDefinition.Input, context: Context) async throws -> Operations.GetProductCustomFieldDefinition.Output

    /// Update a custom field definition
    func updateProductCustomFieldDefinition(_ input: Operations.UpdateProductCustomFieldDefinition.Input, context: Context) async throws -> Operations.UpdateProductCustomFieldDefinition.Output

    /// Delete a custom field definition
    func deleteProductCustomFieldDefinition(_ input: Operations.DeleteProductCustomFieldDefinition.Input, context: Context) async throws -> Operations.DeleteProductCustomFieldDefinition.Output
}

// MARK: - Client

extension ManagementClient {
    /// List products
    ///
    /// Returns products, oldest first (in creation order).
    ///
    /// - Remark: `GET /api/v1/products`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listProducts(limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Product, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listProducts, path: "/api/v1/products", query: query)
        switch response.status {
        case 200: return try core.list(Product.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listProducts`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List products
    ///
    /// Returns products, oldest first (in creation order).
    ///
    /// - Remark: `GET /api/v1/products`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listProducts`` throws.
    public func products(limit: Int? = nil) -> Pages<Product, String> {
        Pages { cursor in
            let page = try await self.listProducts(limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Create a product
    ///
    /// Creates a product. A `code` already used by another product is rejected with 409.
    ///
    /// - Remark: `POST /api/v1/products`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createProduct(_ body: ProductCreateRequest) async throws -> Response<Product> {
        let response = try await core.send(.createProduct, path: "/api/v1/products", body: body)
        switch response.status {
        case 201: return try core.envelope(Product.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a product
    ///
    /// Returns one product.
    ///
    /// - Remark: `GET /api/v1/products/{id}`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getProduct(id: String) async throws -> Response<Product> {
        let response = try await core.send(.getProduct, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(Product.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update a product
    ///
    /// Changes the fields present in the body and leaves the others as they are.
    ///
    /// - Remark: `PATCH /api/v1/products/{id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateProduct(id: String, _ body: ProductUpdateRequest) async throws -> Response<Product> {
        let response = try await core.send(.updateProduct, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(Product.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Delete a product
    ///
    /// Deletes a product along with its policies, features, versions and custom-field definitions. A product that still has licenses, orders, subscriptions or stored custom-field values is kept and the request fails with 409 naming what refers to it.
    ///
    /// - Remark: `DELETE /api/v1/products/{id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deleteProduct(id: String) async throws {
        let response = try await core.send(.deleteProduct, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }

    /// List a product's policies
    ///
    /// Returns the policies of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/policies`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listPoliciesByProduct(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Policy, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listPoliciesByProduct, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/policies", query: query)
        switch response.status {
        case 200: return try core.list(Policy.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listPoliciesByProduct`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a product's policies
    ///
    /// Returns the policies of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/policies`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listPoliciesByProduct`` throws.
    public func policiesByProduct(id: String, limit: Int? = nil) -> Pages<Policy, String> {
        Pages { cursor in
            let page = try await self.listPoliciesByProduct(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Create a policy
    ///
    /// Creates a licensing policy for the product. Fields left out take the defaults documented on `PolicyCreateRequest`. `code` must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/policies`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createPolicy(id: String, _ body: PolicyCreateRequest) async throws -> Response<Policy> {
        let response = try await core.send(.createPolicy, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/policies", body: body)
        switch response.status {
        case 201: return try core.envelope(Policy.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a policy
    ///
    /// Returns one policy.
    ///
    /// - Remark: `GET /api/v1/policies/{id}`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getPolicy(id: String) async throws -> Response<Policy> {
        let response = try await core.send(.getPolicy, path: "/api/v1/policies/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(Policy.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update a policy
    ///
    /// Changes the fields present in the body. Licenses under the policy pick up new rules on their next runtime call.
    ///
    /// - Remark: `PATCH /api/v1/policies/{id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updatePolicy(id: String, _ body: PolicyUpdateRequest) async throws -> Response<Policy> {
        let response = try await core.send(.updatePolicy, path: "/api/v1/policies/\(OperationTable.escapePathSegment(id))", body: body)
        switch response.status {
        case 200: return try core.envelope(Policy.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Delete a policy
    ///
    /// Deletes a policy no license uses; a policy still in use is kept and the request fails with 409.
    ///
    /// - Remark: `DELETE /api/v1/policies/{id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deletePolicy(id: String) async throws {
        let response = try await core.send(.deletePolicy, path: "/api/v1/policies/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }

    /// List a product's features
    ///
    /// Returns the features of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/features`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listFeaturesByProduct(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<Feature, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listFeaturesByProduct, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/features", query: query)
        switch response.status {
        case 200: return try core.list(Feature.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listFeaturesByProduct`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a product's features
    ///
    /// Returns the features of a product, oldest first (in creation order). A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/features`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listFeaturesByProduct`` throws.
    public func featuresByProduct(id: String, limit: Int? = nil) -> Pages<Feature, String> {
        Pages { cursor in
            let page = try await self.listFeaturesByProduct(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Create a feature
    ///
    /// Creates a feature of the product. Its `code` is what entitlements and metered consumption refer to and must be unique within the product.
    ///
    /// - Remark: `POST /api/v1/products/{id}/features`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createFeature(id: String, _ body: FeatureCreateRequest) async throws -> Response<Feature> {
        let response = try await core.send(.createFeature, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/features", body: body)
        switch response.status {
        case 201: return try core.envelope(Feature.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a feature
    ///
    /// Returns one feature.
    ///
    /// - Remark: `GET /api/v1/features/{id}`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getFeature(id: String) async throws -> Response<Feature> {
        let response = try await core.send(.getFeature, path: "/api/v1/features/\(OperationTable.escapePathSegment(id))")
        switch response.status {
        case 200: return try core.envelope(Feature.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List a product's versions
    ///
    /// Returns the version catalog of a product, newest release first. A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/versions`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listProductVersions(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<ProductVersion, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listProductVersions, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/versions", query: query)
        switch response.status {
        case 200: return try core.list(ProductVersion.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listProductVersions`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a product's versions
    ///
    /// Returns the version catalog of a product, newest release first. A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/versions`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listProductVersions`` throws.
    public func productVersions(id: String, limit: Int? = nil) -> Pages<ProductVersion, String> {
        Pages { cursor in
            let page = try await self.listProductVersions(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Add a product version
    ///
    /// Adds a release to the product's version catalog. While the catalog is empty, runtime calls are not version-checked; once it has an entry, an unknown or missing `app_version` is refused with VERSION_NOT_ENTITLED.
    ///
    /// - Remark: `POST /api/v1/products/{id}/versions`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createProductVersion(id: String, _ body: ProductVersionCreateRequest) async throws -> Response<ProductVersion> {
        let response = try await core.send(.createProductVersion, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/versions", body: body)
        switch response.status {
        case 201: return try core.envelope(ProductVersion.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// List a product's custom field definitions
    ///
    /// Returns the custom field definitions of a product. A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/custom-fields`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - cursor: Opaque cursor from `page_info.next_cursor` of the previous page; omit for the first page. A cursor is only valid with the same filters. Anything else is 400 `INVALID_QUERY` naming `cursor`.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listProductCustomFieldDefinitions(id: String, limit: Int? = nil, cursor: String? = nil) async throws -> ListResponse<CustomFieldDefinition, PageInfo> {
        var query: [QueryItem] = []
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        let response = try await core.send(.listProductCustomFieldDefinitions, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/custom-fields", query: query)
        switch response.status {
        case 200: return try core.list(CustomFieldDefinition.self, pageInfo: PageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listProductCustomFieldDefinitions`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// List a product's custom field definitions
    ///
    /// Returns the custom field definitions of a product. A product that does not exist, or was deleted, is 404.
    ///
    /// - Remark: `GET /api/v1/products/{id}/custom-fields`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    /// - Note: iterating throws what ``listProductCustomFieldDefinitions`` throws.
    public func productCustomFieldDefinitions(id: String, limit: Int? = nil) -> Pages<CustomFieldDefinition, String> {
        Pages { cursor in
            let page = try await self.listProductCustomFieldDefinitions(id: id, limit: limit, cursor: cursor)
            return (page.data, page.pageInfo.nextCursor)
        }
    }

    /// Define a custom field
    ///
    /// Defines a typed custom field for the product's licenses or customers. `code` is unique per product and resource type; the value type cannot change later.
    ///
    /// - Remark: `POST /api/v1/products/{id}/custom-fields`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func createProductCustomFieldDefinition(id: String, _ body: CustomFieldDefinitionCreateRequest) async throws -> Response<CustomFieldDefinition> {
        let response = try await core.send(.createProductCustomFieldDefinition, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/custom-fields", body: body)
        switch response.status {
        case 201: return try core.envelope(CustomFieldDefinition.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Get a custom field definition
    ///
    /// Returns one custom field definition of the product.
    ///
    /// - Remark: `GET /api/v1/products/{id}/custom-fields/{field_id}`, scopes: product:read.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - fieldID: Identifier of the custom field definition.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func getProductCustomFieldDefinition(id: String, fieldID: String) async throws -> Response<CustomFieldDefinition> {
        let response = try await core.send(.getProductCustomFieldDefinition, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/custom-fields/\(OperationTable.escapePathSegment(fieldID))")
        switch response.status {
        case 200: return try core.envelope(CustomFieldDefinition.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Update a custom field definition
    ///
    /// Changes the fields present in the body. Making a field required while records of its resource type lack a value (for customer fields: any customer), or dropping an enum option still in use, fails with 409. `value_type` and `resource_type` cannot be changed.
    ///
    /// - Remark: `PATCH /api/v1/products/{id}/custom-fields/{field_id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - fieldID: Identifier of the custom field definition.
    ///   - body: the request body.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func updateProductCustomFieldDefinition(id: String, fieldID: String, _ body: CustomFieldDefinitionUpdateRequest) async throws -> Response<CustomFieldDefinition> {
        let response = try await core.send(.updateProductCustomFieldDefinition, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/custom-fields/\(OperationTable.escapePathSegment(fieldID))", body: body)
        switch response.status {
        case 200: return try core.envelope(CustomFieldDefinition.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Delete a custom field definition
    ///
    /// Deletes a definition that has no stored values; clear the values first, otherwise the request fails with 409.
    ///
    /// - Remark: `DELETE /api/v1/products/{id}/custom-fields/{field_id}`, scopes: product:write.
    ///
    /// - Parameters:
    ///   - id: Identifier of the record the path names.
    ///   - fieldID: Identifier of the custom field definition.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func deleteProductCustomFieldDefinition(id: String, fieldID: String) async throws {
        let response = try await core.send(.deleteProductCustomFieldDefinition, path: "/api/v1/products/\(OperationTable.escapePathSegment(id))/custom-fields/\(OperationTable.escapePathSegment(fieldID))")
        switch response.status {
        case 204: return
        default: throw core.error(from: response)
        }
    }
}
