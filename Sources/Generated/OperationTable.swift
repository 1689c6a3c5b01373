// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Every operation of the contract, by its `operationId`.
public enum OperationID: String, Sendable, Hashable, CaseIterable, Codable {
    case listAPIKeys
    case createAPIKey
    case getAPIKey
    case revokeAPIKey
    case listProducts
    case createProduct
    case getProduct
    case updateProduct
    case deleteProduct
    case listPoliciesByProduct
    case createPolicy
    case getPolicy
    case updatePolicy
    case deletePolicy
    case listFeaturesByProduct
    case createFeature
    case getFeature
    case listProductVersions
    case createProductVersion
    case listProductCustomFieldDefinitions
    case createProductCustomFieldDefinition
    case getProductCustomFieldDefinition
    case updateProductCustomFieldDefinition
    case deleteProductCustomFieldDefinition
    case listCustomers
    case createCustomer
    case getCustomer
    case updateCustomer
    case deleteCustomer
    case listCustomerCustomFieldValues
    case upsertCustomerCustomFieldValue
    case listProductOrders
    case createOrder
    case getOrder
    case updateOrder
    case listProductSubscriptions
    case createSubscription
    case getSubscription
    case updateSubscription
    case listLicenses
    case createLicense
    case getLicense
    case suspendLicense
    case reinstateLicense
    case revokeLicense
    case renewLicense
    case transferLicense
    case listLicenseFeatures
    case assignLicenseFeature
    case removeLicenseFeature
    case resetLicenseUsage
    case listLicenseCustomFieldValues
    case upsertLicenseCustomFieldValue
    case listLicenseDevices
    case getLicenseDevice
    case blacklistLicenseDevice
    case resetLicenseDevice
    case activateLicense
    case validateLicense
    case checkLicense
    case consumeLicense
    case deactivateLicense
    case issueOfflineLicense
    case checkoutFloatingLicense
    case heartbeatFloatingLicense
    case checkinFloatingLicense
    case listEvents
    case listWebhookEndpoints
    case createWebhookEndpoint
    case getWebhookEndpoint
    case updateWebhookEndpoint
    case deleteWebhookEndpoint
    case listActivities
    case getUsageSummary
    case listUsageLedger
    case getLicenseAuditReport
    case getCustomerSummary
    case getSubscriptionSettlement
    case createReportExport
    case getReportExport
    case downloadReportExport
    case getOpsSummary
    case listRuntimeErrorGroups
    case getWebhookHealth
    case health
    case healthz
    case readyz
    case getMetrics
    case getContractYAML
    case getContractJSON
    case listPublicKeys

    /// Method, path, auth surface, scopes and statuses of this operation.
    public var spec: OperationSpec { OperationTable.index[self] }
}

/// Namespaces of the operations' inputs and outputs, one enum per operation.
public enum Operations {}

/// The operations as data: the server mounts its routes from this table. As the contract the runtime's
/// contract-bound types are specialized for, it names this contract's own types for them.
public enum OperationTable: APIContract {
    /// This contract's `OperationID`, as the runtime's `Operation`.
    public typealias Operation = OperationID
    /// This contract's `ManagementScope`, as the runtime's `Scope`.
    public typealias Scope = ManagementScope
    /// This contract's `ErrorCode`, as the runtime's `Code`.
    public typealias Code = ErrorCode
    /// This contract's `ResponseMeta`, as the runtime's `Meta`.
    public typealias Meta = ResponseMeta
    /// This contract's `Signature`, as the runtime's `ResponseSignature`.
    public typealias ResponseSignature = Signature

    /// Title of the contract the code was generated from.
    public static let contractTitle = "Locksmith API"
    /// Version of the contract the code was generated from.
    public static let contractVersion = "1.0.0"

    /// Every operation, in the contract's order.
    public static let all: [OperationSpec] = [
        OperationSpec(id: .listAPIKeys, method: "GET", path: "/api/v1/api-keys", auth: .management, requiredScopes: [.admin], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "APIKeys", summary: "List management API keys"),
        OperationSpec(id: .createAPIKey, method: "POST", path: "/api/v1/api-keys", auth: .management, requiredScopes: [.admin], successStatuses: [201], errorStatuses: [400, 401, 403, 422], errorCodes: [.invalidJSON, .unauthorized, .tokenScopeDenied, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "APIKeys", summary: "Create a management API key"),
        OperationSpec(id: .getAPIKey, method: "GET", path: "/api/v1/api-keys/{id}", auth: .management, requiredScopes: [.admin], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "APIKeys", summary: "Get a management API key", isExtension: true),
        OperationSpec(id: .revokeAPIKey, method: "DELETE", path: "/api/v1/api-keys/{id}", auth: .management, requiredScopes: [.admin], successStatuses: [204], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "APIKeys", summary: "Revoke a management API key", isExtension: true),
        OperationSpec(id: .listProducts, method: "GET", path: "/api/v1/products", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "List products"),
        OperationSpec(id: .createProduct, method: "POST", path: "/api/v1/products", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 409, 422], errorCodes: [.invalidJSON, .unauthorized, .tokenScopeDenied, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Create a product"),
        OperationSpec(id: .getProduct, method: "GET", path: "/api/v1/products/{id}", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Get a product"),
        OperationSpec(id: .updateProduct, method: "PATCH", path: "/api/v1/products/{id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Update a product"),
        OperationSpec(id: .deleteProduct, method: "DELETE", path: "/api/v1/products/{id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [204], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Delete a product"),
        OperationSpec(id: .listPoliciesByProduct, method: "GET", path: "/api/v1/products/{id}/policies", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "List a product's policies"),
        OperationSpec(id: .createPolicy, method: "POST", path: "/api/v1/products/{id}/policies", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Create a policy"),
        OperationSpec(id: .getPolicy, method: "GET", path: "/api/v1/policies/{id}", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Get a policy"),
        OperationSpec(id: .updatePolicy, method: "PATCH", path: "/api/v1/policies/{id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Update a policy"),
        OperationSpec(id: .deletePolicy, method: "DELETE", path: "/api/v1/policies/{id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [204], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Delete a policy"),
        OperationSpec(id: .listFeaturesByProduct, method: "GET", path: "/api/v1/products/{id}/features", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "List a product's features"),
        OperationSpec(id: .createFeature, method: "POST", path: "/api/v1/products/{id}/features", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Create a feature"),
        OperationSpec(id: .getFeature, method: "GET", path: "/api/v1/features/{id}", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Get a feature"),
        OperationSpec(id: .listProductVersions, method: "GET", path: "/api/v1/products/{id}/versions", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "List a product's versions"),
        OperationSpec(id: .createProductVersion, method: "POST", path: "/api/v1/products/{id}/versions", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Add a product version"),
        OperationSpec(id: .listProductCustomFieldDefinitions, method: "GET", path: "/api/v1/products/{id}/custom-fields", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "List a product's custom field definitions"),
        OperationSpec(id: .createProductCustomFieldDefinition, method: "POST", path: "/api/v1/products/{id}/custom-fields", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Define a custom field"),
        OperationSpec(id: .getProductCustomFieldDefinition, method: "GET", path: "/api/v1/products/{id}/custom-fields/{field_id}", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Get a custom field definition"),
        OperationSpec(id: .updateProductCustomFieldDefinition, method: "PATCH", path: "/api/v1/products/{id}/custom-fields/{field_id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Catalog", summary: "Update a custom field definition"),
        OperationSpec(id: .deleteProductCustomFieldDefinition, method: "DELETE", path: "/api/v1/products/{id}/custom-fields/{field_id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [204], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "Delete a custom field definition"),
        OperationSpec(id: .listCustomers, method: "GET", path: "/api/v1/customers", auth: .management, requiredScopes: [.admin], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Customers", summary: "List customers"),
        OperationSpec(id: .createCustomer, method: "POST", path: "/api/v1/customers", auth: .management, requiredScopes: [.admin], successStatuses: [201], errorStatuses: [400, 401, 403, 409, 422], errorCodes: [.invalidJSON, .unauthorized, .tokenScopeDenied, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Customers", summary: "Create a customer"),
        OperationSpec(id: .getCustomer, method: "GET", path: "/api/v1/customers/{id}", auth: .management, requiredScopes: [.admin], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Customers", summary: "Get a customer"),
        OperationSpec(id: .updateCustomer, method: "PATCH", path: "/api/v1/customers/{id}", auth: .management, requiredScopes: [.admin], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Customers", summary: "Update a customer"),
        OperationSpec(id: .deleteCustomer, method: "DELETE", path: "/api/v1/customers/{id}", auth: .management, requiredScopes: [.admin], successStatuses: [204], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Customers", summary: "Delete a customer"),
        OperationSpec(id: .listCustomerCustomFieldValues, method: "GET", path: "/api/v1/customers/{id}/custom-fields", auth: .management, requiredScopes: [.admin], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Customers", summary: "List a customer's custom field values"),
        OperationSpec(id: .upsertCustomerCustomFieldValue, method: "PUT", path: "/api/v1/customers/{id}/custom-fields/{field_id}", auth: .management, requiredScopes: [.admin], successStatuses: [200, 204], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Customers", summary: "Set or clear a customer's custom field value"),
        OperationSpec(id: .listProductOrders, method: "GET", path: "/api/v1/products/{id}/orders", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Commerce", summary: "List a product's orders"),
        OperationSpec(id: .createOrder, method: "POST", path: "/api/v1/products/{id}/orders", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Commerce", summary: "Record an order"),
        OperationSpec(id: .getOrder, method: "GET", path: "/api/v1/orders/{id}", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Commerce", summary: "Get an order"),
        OperationSpec(id: .updateOrder, method: "PATCH", path: "/api/v1/orders/{id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Commerce", summary: "Update an order"),
        OperationSpec(id: .listProductSubscriptions, method: "GET", path: "/api/v1/products/{id}/subscriptions", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Commerce", summary: "List a product's subscriptions"),
        OperationSpec(id: .createSubscription, method: "POST", path: "/api/v1/products/{id}/subscriptions", auth: .management, requiredScopes: [.productWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Commerce", summary: "Record a subscription"),
        OperationSpec(id: .getSubscription, method: "GET", path: "/api/v1/subscriptions/{id}", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Commerce", summary: "Get a subscription"),
        OperationSpec(id: .updateSubscription, method: "PATCH", path: "/api/v1/subscriptions/{id}", auth: .management, requiredScopes: [.productWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Commerce", summary: "Update a subscription"),
        OperationSpec(id: .listLicenses, method: "GET", path: "/api/v1/licenses", auth: .management, requiredScopes: [.licenseRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "List licenses"),
        OperationSpec(id: .createLicense, method: "POST", path: "/api/v1/licenses", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Licenses", summary: "Issue a license"),
        OperationSpec(id: .getLicense, method: "GET", path: "/api/v1/licenses/{id}", auth: .management, requiredScopes: [.licenseRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "Get a license"),
        OperationSpec(id: .suspendLicense, method: "POST", path: "/api/v1/licenses/{id}/suspend", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .licenseSuspended, .licenseExpired, .licenseRevoked], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "Suspend a license"),
        OperationSpec(id: .reinstateLicense, method: "POST", path: "/api/v1/licenses/{id}/reinstate", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .licenseExpired, .licenseRevoked], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "Reinstate a license"),
        OperationSpec(id: .revokeLicense, method: "POST", path: "/api/v1/licenses/{id}/revoke", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "Revoke a license"),
        OperationSpec(id: .renewLicense, method: "POST", path: "/api/v1/licenses/{id}/renew", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .licenseRevoked, .idempotencyKeyReused, .validationFailed], requiresIdempotencyKey: true, signsResponse: false, requestBody: .required, headerParameters: ["Idempotency-Key"], tag: "Licenses", summary: "Renew a license"),
        OperationSpec(id: .transferLicense, method: "POST", path: "/api/v1/licenses/{id}/transfer", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .licenseRevoked, .idempotencyKeyReused, .validationFailed], requiresIdempotencyKey: true, signsResponse: false, requestBody: .required, headerParameters: ["Idempotency-Key"], tag: "Licenses", summary: "Transfer a license"),
        OperationSpec(id: .listLicenseFeatures, method: "GET", path: "/api/v1/licenses/{id}/features", auth: .management, requiredScopes: [.licenseRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "List a license's features"),
        OperationSpec(id: .assignLicenseFeature, method: "POST", path: "/api/v1/licenses/{id}/features", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Licenses", summary: "Assign a feature"),
        OperationSpec(id: .removeLicenseFeature, method: "DELETE", path: "/api/v1/licenses/{id}/features/{feature_id}", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [204], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "Remove a feature"),
        OperationSpec(id: .resetLicenseUsage, method: "POST", path: "/api/v1/licenses/{id}/usage/reset", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Licenses", summary: "Adjust metered usage"),
        OperationSpec(id: .listLicenseCustomFieldValues, method: "GET", path: "/api/v1/licenses/{id}/custom-fields", auth: .management, requiredScopes: [.licenseRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Licenses", summary: "List a license's custom field values"),
        OperationSpec(id: .upsertLicenseCustomFieldValue, method: "PUT", path: "/api/v1/licenses/{id}/custom-fields/{field_id}", auth: .management, requiredScopes: [.licenseWrite], successStatuses: [200, 204], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Licenses", summary: "Set or clear a license's custom field value"),
        OperationSpec(id: .listLicenseDevices, method: "GET", path: "/api/v1/licenses/{id}/devices", auth: .management, requiredScopes: [.licenseRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Devices", summary: "List a license's devices"),
        OperationSpec(id: .getLicenseDevice, method: "GET", path: "/api/v1/licenses/{id}/devices/{device_id}", auth: .management, requiredScopes: [.licenseRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Devices", summary: "Get a device"),
        OperationSpec(id: .blacklistLicenseDevice, method: "POST", path: "/api/v1/licenses/{id}/devices/{device_id}/blacklist", auth: .management, requiredScopes: [.deviceWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Devices", summary: "Blacklist a device"),
        OperationSpec(id: .resetLicenseDevice, method: "POST", path: "/api/v1/licenses/{id}/devices/{device_id}/reset", auth: .management, requiredScopes: [.deviceWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Devices", summary: "Reset a device"),
        OperationSpec(id: .activateLicense, method: "POST", path: "/api/v1/license/activate", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .idempotencyKeyReused, .deviceLimitReached, .validationFailed], requiresIdempotencyKey: true, signsResponse: true, requestBody: .optional, headerParameters: ["Idempotency-Key"], tag: "Runtime", summary: "Activate the calling device"),
        OperationSpec(id: .validateLicense, method: "POST", path: "/api/v1/license/validate", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidJSON, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .notActivated, .leaseExpired, .validationFailed], requiresIdempotencyKey: false, signsResponse: true, requestBody: .optional, headerParameters: [], tag: "Runtime", summary: "Validate the license on this device"),
        OperationSpec(id: .checkLicense, method: "POST", path: "/api/v1/license/check", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidJSON, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .notActivated, .leaseExpired, .validationFailed], requiresIdempotencyKey: false, signsResponse: true, requestBody: .optional, headerParameters: [], tag: "Runtime", summary: "Read current entitlements"),
        OperationSpec(id: .consumeLicense, method: "POST", path: "/api/v1/license/consume", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .featureNotEntitled, .notActivated, .leaseExpired, .conflict, .idempotencyKeyReused, .quotaExceeded, .validationFailed], requiresIdempotencyKey: true, signsResponse: true, requestBody: .required, headerParameters: ["Idempotency-Key"], tag: "Runtime", summary: "Record metered usage"),
        OperationSpec(id: .deactivateLicense, method: "POST", path: "/api/v1/license/deactivate", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .accountDisabled, .productMismatch, .notActivated, .idempotencyKeyReused, .validationFailed], requiresIdempotencyKey: true, signsResponse: true, requestBody: .optional, headerParameters: ["Idempotency-Key"], tag: "Runtime", summary: "Deactivate the calling device"),
        OperationSpec(id: .issueOfflineLicense, method: "POST", path: "/api/v1/license/offline", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidJSON, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .notActivated, .leaseExpired, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .optional, headerParameters: [], tag: "Runtime", summary: "Issue an offline license"),
        OperationSpec(id: .checkoutFloatingLicense, method: "POST", path: "/api/v1/license/floating/checkout", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .platformNotAllowed, .deviceBlacklisted, .versionNotEntitled, .idempotencyKeyReused, .deviceLimitReached, .floatingLimitReached, .validationFailed], requiresIdempotencyKey: true, signsResponse: true, requestBody: .optional, headerParameters: ["Idempotency-Key"], tag: "Runtime", summary: "Check out a floating seat"),
        OperationSpec(id: .heartbeatFloatingLicense, method: "POST", path: "/api/v1/license/floating/heartbeat", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidJSON, .unauthorized, .accountDisabled, .productMismatch, .licenseSuspended, .licenseExpired, .licenseRevoked, .licenseNotStarted, .deviceBlacklisted, .leaseExpired, .validationFailed], requiresIdempotencyKey: false, signsResponse: true, requestBody: .required, headerParameters: [], tag: "Runtime", summary: "Extend a floating lease"),
        OperationSpec(id: .checkinFloatingLicense, method: "POST", path: "/api/v1/license/floating/checkin", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .idempotencyKeyRequired, .unauthorized, .accountDisabled, .productMismatch, .leaseExpired, .idempotencyKeyReused, .validationFailed], requiresIdempotencyKey: true, signsResponse: true, requestBody: .required, headerParameters: ["Idempotency-Key"], tag: "Runtime", summary: "Return a floating seat"),
        OperationSpec(id: .listEvents, method: "GET", path: "/api/v1/events", auth: .management, requiredScopes: [.eventRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Events", summary: "Read the audit event feed"),
        OperationSpec(id: .listWebhookEndpoints, method: "GET", path: "/api/v1/webhooks", auth: .management, requiredScopes: [.webhookWrite], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Webhooks", summary: "List webhook endpoints"),
        OperationSpec(id: .createWebhookEndpoint, method: "POST", path: "/api/v1/webhooks", auth: .management, requiredScopes: [.webhookWrite], successStatuses: [201], errorStatuses: [400, 401, 403, 409, 422], errorCodes: [.invalidJSON, .unauthorized, .tokenScopeDenied, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Webhooks", summary: "Create a webhook endpoint"),
        OperationSpec(id: .getWebhookEndpoint, method: "GET", path: "/api/v1/webhooks/{id}", auth: .management, requiredScopes: [.webhookWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Webhooks", summary: "Get a webhook endpoint"),
        OperationSpec(id: .updateWebhookEndpoint, method: "PATCH", path: "/api/v1/webhooks/{id}", auth: .management, requiredScopes: [.webhookWrite], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 409, 422], errorCodes: [.invalidJSON, .invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .conflict, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Webhooks", summary: "Update a webhook endpoint"),
        OperationSpec(id: .deleteWebhookEndpoint, method: "DELETE", path: "/api/v1/webhooks/{id}", auth: .management, requiredScopes: [.webhookWrite], successStatuses: [204], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Webhooks", summary: "Delete a webhook endpoint"),
        OperationSpec(id: .listActivities, method: "GET", path: "/api/v1/activities", auth: .management, requiredScopes: [.reportRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Activities", summary: "List activity rows"),
        OperationSpec(id: .getUsageSummary, method: "GET", path: "/api/v1/reports/usage-summary", auth: .management, requiredScopes: [.reportRead], successStatuses: [200], errorStatuses: [400, 401, 403, 422], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "Summarise usage"),
        OperationSpec(id: .listUsageLedger, method: "GET", path: "/api/v1/reports/usage-ledger", auth: .management, requiredScopes: [.reportRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "List metered usage rows"),
        OperationSpec(id: .getLicenseAuditReport, method: "GET", path: "/api/v1/reports/license-audit", auth: .management, requiredScopes: [.reportRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "Build a license audit packet"),
        OperationSpec(id: .getCustomerSummary, method: "GET", path: "/api/v1/reports/customer-summary", auth: .management, requiredScopes: [.reportRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "Summarise a customer"),
        OperationSpec(id: .getSubscriptionSettlement, method: "GET", path: "/api/v1/reports/subscription-settlement", auth: .management, requiredScopes: [.reportRead], successStatuses: [200], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "Build settlement evidence"),
        OperationSpec(id: .createReportExport, method: "POST", path: "/api/v1/reports/exports", auth: .management, requiredScopes: [.reportExport], successStatuses: [201], errorStatuses: [400, 401, 403, 404, 422], errorCodes: [.invalidJSON, .unauthorized, .tokenScopeDenied, .notFound, .validationFailed], requiresIdempotencyKey: false, signsResponse: false, requestBody: .required, headerParameters: [], tag: "Reports", summary: "Create a frozen report export"),
        OperationSpec(id: .getReportExport, method: "GET", path: "/api/v1/reports/exports/{id}", auth: .management, requiredScopes: [.reportExport], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "Get a report export"),
        OperationSpec(id: .downloadReportExport, method: "GET", path: "/api/v1/reports/exports/{id}/download", auth: .management, requiredScopes: [.reportExport], successStatuses: [200], errorStatuses: [400, 401, 403, 404], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied, .notFound], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Reports", summary: "Download an export"),
        OperationSpec(id: .getOpsSummary, method: "GET", path: "/api/v1/ops/summary", auth: .management, requiredScopes: [.opsRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Ops", summary: "Summarise service health"),
        OperationSpec(id: .listRuntimeErrorGroups, method: "GET", path: "/api/v1/ops/runtime-errors", auth: .management, requiredScopes: [.opsRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Ops", summary: "List runtime error groups"),
        OperationSpec(id: .getWebhookHealth, method: "GET", path: "/api/v1/ops/webhook-health", auth: .management, requiredScopes: [.opsRead], successStatuses: [200], errorStatuses: [400, 401, 403], errorCodes: [.invalidQuery, .unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Ops", summary: "Report webhook delivery health"),
        OperationSpec(id: .health, method: "GET", path: "/health", auth: .none, requiredScopes: [], successStatuses: [200], errorStatuses: [], errorCodes: [], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "Liveness probe"),
        OperationSpec(id: .healthz, method: "GET", path: "/healthz", auth: .none, requiredScopes: [], successStatuses: [200], errorStatuses: [], errorCodes: [], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "Liveness probe (alias)"),
        OperationSpec(id: .readyz, method: "GET", path: "/readyz", auth: .none, requiredScopes: [], successStatuses: [200, 503], errorStatuses: [], errorCodes: [], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "Readiness probe"),
        OperationSpec(id: .getMetrics, method: "GET", path: "/metrics", auth: .none, requiredScopes: [], successStatuses: [200], errorStatuses: [401], errorCodes: [.unauthorized], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "Prometheus metrics"),
        OperationSpec(id: .getContractYAML, method: "GET", path: "/openapi.yaml", auth: .none, requiredScopes: [], successStatuses: [200], errorStatuses: [], errorCodes: [], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "This contract as YAML", isExtension: true),
        OperationSpec(id: .getContractJSON, method: "GET", path: "/openapi.json", auth: .none, requiredScopes: [], successStatuses: [200], errorStatuses: [], errorCodes: [], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "This contract as JSON", isExtension: true),
        OperationSpec(id: .listPublicKeys, method: "GET", path: "/api/v1/system/public-keys", auth: .none, requiredScopes: [], successStatuses: [200], errorStatuses: [400], errorCodes: [.invalidQuery], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "System", summary: "List signing public keys"),
    ]

    /// The operations by id and by method and path, built once.
    public static let index = APIRuntime<OperationTable>.OperationIndex(all)
}

/// The scopes a management token needs for `operation`; empty for runtime and system operations.
public func requiredScopes(for operation: OperationID) -> [ManagementScope] {
    operation.spec.requiredScopes
}

/// Whether a token holding `granted` may call `operation`; `admin` satisfies every operation.
public func hasRequiredScopes(_ operation: OperationID, granted: some Sequence<ManagementScope>) -> Bool {
    operation.spec.allows(granted)
}
