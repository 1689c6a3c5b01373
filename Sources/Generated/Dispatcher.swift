// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// The handlers a server provides, one per API area; an absent area answers NOT_IMPLEMENTED.
public struct Handlers<Context: Sendable>: Sendable {
    /// The APIKeys operations' handler; nil answers them NOT_IMPLEMENTED.
    public var apiKeys: (any APIKeysAPI<Context>)?
    /// The Catalog operations' handler; nil answers them NOT_IMPLEMENTED.
    public var catalog: (any CatalogAPI<Context>)?
    /// The Customers operations' handler; nil answers them NOT_IMPLEMENTED.
    public var customers: (any CustomersAPI<Context>)?
    /// The Commerce operations' handler; nil answers them NOT_IMPLEMENTED.
    public var commerce: (any CommerceAPI<Context>)?
    /// The Licenses operations' handler; nil answers them NOT_IMPLEMENTED.
    public var licenses: (any LicensesAPI<Context>)?
    /// The Devices operations' handler; nil answers them NOT_IMPLEMENTED.
    public var devices: (any DevicesAPI<Context>)?
    /// The Runtime operations' handler; nil answers them NOT_IMPLEMENTED.
    public var runtime: (any RuntimeAPI<Context>)?
    /// The Events operations' handler; nil answers them NOT_IMPLEMENTED.
    public var events: (any EventsAPI<Context>)?
    /// The Webhooks operations' handler; nil answers them NOT_IMPLEMENTED.
    public var webhooks: (any WebhooksAPI<Context>)?
    /// The Activities operations' handler; nil answers them NOT_IMPLEMENTED.
    public var activities: (any ActivitiesAPI<Context>)?
    /// The Reports operations' handler; nil answers them NOT_IMPLEMENTED.
    public var reports: (any ReportsAPI<Context>)?
    /// The Ops operations' handler; nil answers them NOT_IMPLEMENTED.
    public var ops: (any OpsAPI<Context>)?
    /// The System operations' handler; nil answers them NOT_IMPLEMENTED.
    public var system: (any SystemAPI<Context>)?

    /// The handlers given; an area left out answers NOT_IMPLEMENTED.
    public init(
        apiKeys: (any APIKeysAPI<Context>)? = nil,
        catalog: (any CatalogAPI<Context>)? = nil,
        customers: (any CustomersAPI<Context>)? = nil,
        commerce: (any CommerceAPI<Context>)? = nil,
        licenses: (any LicensesAPI<Context>)? = nil,
        devices: (any DevicesAPI<Context>)? = nil,
        runtime: (any RuntimeAPI<Context>)? = nil,
        events: (any EventsAPI<Context>)? = nil,
        webhooks: (any WebhooksAPI<Context>)? = nil,
        activities: (any ActivitiesAPI<Context>)? = nil,
        reports: (any ReportsAPI<Context>)? = nil,
        ops: (any OpsAPI<Context>)? = nil,
        system: (any SystemAPI<Context>)? = nil
    ) {
        self.apiKeys = apiKeys
        self.catalog = catalog
        self.customers = customers
        self.commerce = commerce
        self.licenses = licenses
        self.devices = devices
        self.runtime = runtime
        self.events = events
        self.webhooks = webhooks
        self.activities = activities
        self.reports = reports
        self.ops = ops
        self.system = system
    }
}

/// Turns a raw request for a known operation into a typed call of its handler, and the result into bytes.
///
/// Input errors are thrown as `APIError` (INVALID_JSON, INVALID_QUERY, VALIDATION_FAILED,
/// IDEMPOTENCY_KEY_REQUIRED) naming the field, before any handler runs.
public struct Dispatcher<Context: Sendable>: Sendable {
    /// The handlers calls are dispatched to.
    public var handlers: Handlers<Context>

    /// A dispatcher to `handlers`.
    public init(handlers: Handlers<Context>) {
        self.handlers = handlers
    }

    /// Whether a handler for the operation's area is installed.
    public func isImplemented(_ operation: OperationID) -> Bool {
        switch operation {
        case .listAPIKeys, .createAPIKey, .getAPIKey, .revokeAPIKey: handlers.apiKeys != nil
        case .listProducts, .createProduct, .getProduct, .updateProduct, .deleteProduct, .listPoliciesByProduct, .createPolicy, .getPolicy, .updatePolicy, .deletePolicy, .listFeaturesByProduct, .createFeature, .getFeature, .listProductVersions, .createProductVersion, .listProductCustomFieldDefinitions, .createProductCustomFieldDefinition, .getProductCustomFieldDefinition, .updateProductCustomFieldDefinition, .deleteProductCustomFieldDefinition: handlers.catalog != nil
        case .listCustomers, .createCustomer, .getCustomer, .updateCustomer, .deleteCustomer, .listCustomerCustomFieldValues, .upsertCustomerCustomFieldValue: handlers.customers != nil
        case .listProductOrders, .createOrder, .getOrder, .updateOrder, .listProductSubscriptions, .createSubscription, .getSubscription, .updateSubscription: handlers.commerce != nil
        case .listLicenses, .createLicense, .issueLicenseFile, .verifyLicenseFile, .checkLicenseRevocation, .introspectLicenseToken, .revokeLicenseToken, .lookupLicense, .getLicense, .updateLicense, .suspendLicense, .reinstateLicense, .revokeLicense, .renewLicense, .transferLicense, .listLicenseFeatures, .assignLicenseFeature, .removeLicenseFeature, .resetLicenseUsage, .listLicenseCustomFieldValues, .upsertLicenseCustomFieldValue: handlers.licenses != nil
        case .listLicenseDevices, .getLicenseDevice, .blacklistLicenseDevice, .unblacklistLicenseDevice, .resetLicenseDevice: handlers.devices != nil
        case .validateLicenseKey, .activateLicense, .issueMachineFile, .issueLicenseToken, .validateLicense, .checkLicense, .consumeLicense, .deactivateLicense, .issueOfflineLicense, .checkoutFloatingLicense, .heartbeatFloatingLicense, .checkinFloatingLicense: handlers.runtime != nil
        case .listEvents: handlers.events != nil
        case .listWebhookEndpoints, .createWebhookEndpoint, .getWebhookEndpoint, .updateWebhookEndpoint, .deleteWebhookEndpoint, .listWebhookDeliveries, .redeliverWebhookDelivery: handlers.webhooks != nil
        case .listActivities: handlers.activities != nil
        case .getUsageSummary, .listUsageLedger, .getLicenseAuditReport, .getCustomerSummary, .getSubscriptionSettlement, .createReportExport, .getReportExport, .downloadReportExport: handlers.reports != nil
        case .getOpsSummary, .listRuntimeErrorGroups, .getWebhookHealth, .getAccountLimits: handlers.ops != nil
        case .health, .healthz, .readyz, .getMetrics, .getContractYAML, .getWellKnownJWKS, .getContractJSON, .listPublicKeys, .getJWKS: handlers.system != nil
        }
    }

    /// Decodes and checks `request` as `operation`'s input, calls its handler, and encodes the output.
    public func dispatch(_ operation: OperationID, _ request: RawRequest, context: Context) async throws -> DispatchResult {
        switch operation {
        case .listAPIKeys:
            guard let handler = handlers.apiKeys else { throw APIError.notImplemented(operation) }
            return try await handler.listAPIKeys(Operations.ListAPIKeys.Input(request), context: context).result()
        case .createAPIKey:
            guard let handler = handlers.apiKeys else { throw APIError.notImplemented(operation) }
            return try await handler.createAPIKey(Operations.CreateAPIKey.Input(request), context: context).result()
        case .getAPIKey:
            guard let handler = handlers.apiKeys else { throw APIError.notImplemented(operation) }
            return try await handler.getAPIKey(Operations.GetAPIKey.Input(request), context: context).result()
        case .revokeAPIKey:
            guard let handler = handlers.apiKeys else { throw APIError.notImplemented(operation) }
            return try await handler.revokeAPIKey(Operations.RevokeAPIKey.Input(request), context: context).result()
        case .listProducts:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.listProducts(Operations.ListProducts.Input(request), context: context).result()
        case .createProduct:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.createProduct(Operations.CreateProduct.Input(request), context: context).result()
        case .getProduct:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.getProduct(Operations.GetProduct.Input(request), context: context).result()
        case .updateProduct:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.updateProduct(Operations.UpdateProduct.Input(request), context: context).result()
        case .deleteProduct:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.deleteProduct(Operations.DeleteProduct.Input(request), context: context).result()
        case .listPoliciesByProduct:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.listPoliciesByProduct(Operations.ListPoliciesByProduct.Input(request), context: context).result()
        case .createPolicy:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.createPolicy(Operations.CreatePolicy.Input(request), context: context).result()
        case .getPolicy:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.getPolicy(Operations.GetPolicy.Input(request), context: context).result()
        case .updatePolicy:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.updatePolicy(Operations.UpdatePolicy.Input(request), context: context).result()
        case .deletePolicy:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.deletePolicy(Operations.DeletePolicy.Input(request), context: context).result()
        case .listFeaturesByProduct:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.listFeaturesByProduct(Operations.ListFeaturesByProduct.Input(request), context: context).result()
        case .createFeature:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.createFeature(Operations.CreateFeature.Input(request), context: context).result()
        case .getFeature:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.getFeature(Operations.GetFeature.Input(request), context: context).result()
        case .listProductVersions:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.listProductVersions(Operations.ListProductVersions.Input(request), context: context).result()
        case .createProductVersion:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.createProductVersion(Operations.CreateProductVersion.Input(request), context: context).result()
        case .listProductCustomFieldDefinitions:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.listProductCustomFieldDefinitions(Operations.ListProductCustomFieldDefinitions.Input(request), context: context).result()
        case .createProductCustomFieldDefinition:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.createProductCustomFieldDefinition(Operations.CreateProductCustomFieldDefinition.Input(request), context: context).result()
        case .getProductCustomFieldDefinition:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.getProductCustomFieldDefinition(Operations.GetProductCustomFieldDefinition.Input(request), context: context).result()
        case .updateProductCustomFieldDefinition:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.updateProductCustomFieldDefinition(Operations.UpdateProductCustomFieldDefinition.Input(request), context: context).result()
        case .deleteProductCustomFieldDefinition:
            guard let handler = handlers.catalog else { throw APIError.notImplemented(operation) }
            return try await handler.deleteProductCustomFieldDefinition(Operations.DeleteProductCustomFieldDefinition.Input(request), context: context).result()
        case .listCustomers:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.listCustomers(Operations.ListCustomers.Input(request), context: context).result()
        case .createCustomer:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.createCustomer(Operations.CreateCustomer.Input(request), context: context).result()
        case .getCustomer:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.getCustomer(Operations.GetCustomer.Input(request), context: context).result()
        case .updateCustomer:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.updateCustomer(Operations.UpdateCustomer.Input(request), context: context).result()
        case .deleteCustomer:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.deleteCustomer(Operations.DeleteCustomer.Input(request), context: context).result()
        case .listCustomerCustomFieldValues:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.listCustomerCustomFieldValues(Operations.ListCustomerCustomFieldValues.Input(request), context: context).result()
        case .upsertCustomerCustomFieldValue:
            guard let handler = handlers.customers else { throw APIError.notImplemented(operation) }
            return try await handler.upsertCustomerCustomFieldValue(Operations.UpsertCustomerCustomFieldValue.Input(request), context: context).result()
        case .listProductOrders:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.listProductOrders(Operations.ListProductOrders.Input(request), context: context).result()
        case .createOrder:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.createOrder(Operations.CreateOrder.Input(request), context: context).result()
        case .getOrder:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.getOrder(Operations.GetOrder.Input(request), context: context).result()
        case .updateOrder:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.updateOrder(Operations.UpdateOrder.Input(request), context: context).result()
        case .listProductSubscriptions:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.listProductSubscriptions(Operations.ListProductSubscriptions.Input(request), context: context).result()
        case .createSubscription:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.createSubscription(Operations.CreateSubscription.Input(request), context: context).result()
        case .getSubscription:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.getSubscription(Operations.GetSubscription.Input(request), context: context).result()
        case .updateSubscription:
            guard let handler = handlers.commerce else { throw APIError.notImplemented(operation) }
            return try await handler.updateSubscription(Operations.UpdateSubscription.Input(request), context: context).result()
        case .listLicenses:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.listLicenses(Operations.ListLicenses.Input(request), context: context).result()
        case .createLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.createLicense(Operations.CreateLicense.Input(request), context: context).result()
        case .issueLicenseFile:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.issueLicenseFile(Operations.IssueLicenseFile.Input(request), context: context).result()
        case .verifyLicenseFile:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.verifyLicenseFile(Operations.VerifyLicenseFile.Input(request), context: context).result()
        case .checkLicenseRevocation:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.checkLicenseRevocation(Operations.CheckLicenseRevocation.Input(request), context: context).result()
        case .introspectLicenseToken:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.introspectLicenseToken(Operations.IntrospectLicenseToken.Input(request), context: context).result()
        case .revokeLicenseToken:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.revokeLicenseToken(Operations.RevokeLicenseToken.Input(request), context: context).result()
        case .validateLicenseKey:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.validateLicenseKey(Operations.ValidateLicenseKey.Input(request), context: context).result()
        case .lookupLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.lookupLicense(Operations.LookupLicense.Input(request), context: context).result()
        case .getLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.getLicense(Operations.GetLicense.Input(request), context: context).result()
        case .updateLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.updateLicense(Operations.UpdateLicense.Input(request), context: context).result()
        case .suspendLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.suspendLicense(Operations.SuspendLicense.Input(request), context: context).result()
        case .reinstateLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.reinstateLicense(Operations.ReinstateLicense.Input(request), context: context).result()
        case .revokeLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.revokeLicense(Operations.RevokeLicense.Input(request), context: context).result()
        case .renewLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.renewLicense(Operations.RenewLicense.Input(request), context: context).result()
        case .transferLicense:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.transferLicense(Operations.TransferLicense.Input(request), context: context).result()
        case .listLicenseFeatures:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.listLicenseFeatures(Operations.ListLicenseFeatures.Input(request), context: context).result()
        case .assignLicenseFeature:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.assignLicenseFeature(Operations.AssignLicenseFeature.Input(request), context: context).result()
        case .removeLicenseFeature:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.removeLicenseFeature(Operations.RemoveLicenseFeature.Input(request), context: context).result()
        case .resetLicenseUsage:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.resetLicenseUsage(Operations.ResetLicenseUsage.Input(request), context: context).result()
        case .listLicenseCustomFieldValues:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.listLicenseCustomFieldValues(Operations.ListLicenseCustomFieldValues.Input(request), context: context).result()
        case .upsertLicenseCustomFieldValue:
            guard let handler = handlers.licenses else { throw APIError.notImplemented(operation) }
            return try await handler.upsertLicenseCustomFieldValue(Operations.UpsertLicenseCustomFieldValue.Input(request), context: context).result()
        case .listLicenseDevices:
            guard let handler = handlers.devices else { throw APIError.notImplemented(operation) }
            return try await handler.listLicenseDevices(Operations.ListLicenseDevices.Input(request), context: context).result()
        case .getLicenseDevice:
            guard let handler = handlers.devices else { throw APIError.notImplemented(operation) }
            return try await handler.getLicenseDevice(Operations.GetLicenseDevice.Input(request), context: context).result()
        case .blacklistLicenseDevice:
            guard let handler = handlers.devices else { throw APIError.notImplemented(operation) }
            return try await handler.blacklistLicenseDevice(Operations.BlacklistLicenseDevice.Input(request), context: context).result()
        case .unblacklistLicenseDevice:
            guard let handler = handlers.devices else { throw APIError.notImplemented(operation) }
            return try await handler.unblacklistLicenseDevice(Operations.UnblacklistLicenseDevice.Input(request), context: context).result()
        case .resetLicenseDevice:
            guard let handler = handlers.devices else { throw APIError.notImplemented(operation) }
            return try await handler.resetLicenseDevice(Operations.ResetLicenseDevice.Input(request), context: context).result()
        case .activateLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.activateLicense(Operations.ActivateLicense.Input(request), context: context).result()
        case .issueMachineFile:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.issueMachineFile(Operations.IssueMachineFile.Input(request), context: context).result()
        case .issueLicenseToken:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.issueLicenseToken(Operations.IssueLicenseToken.Input(request), context: context).result()
        case .validateLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.validateLicense(Operations.ValidateLicense.Input(request), context: context).result()
        case .checkLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.checkLicense(Operations.CheckLicense.Input(request), context: context).result()
        case .consumeLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.consumeLicense(Operations.ConsumeLicense.Input(request), context: context).result()
        case .deactivateLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.deactivateLicense(Operations.DeactivateLicense.Input(request), context: context).result()
        case .issueOfflineLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.issueOfflineLicense(Operations.IssueOfflineLicense.Input(request), context: context).result()
        case .checkoutFloatingLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.checkoutFloatingLicense(Operations.CheckoutFloatingLicense.Input(request), context: context).result()
        case .heartbeatFloatingLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.heartbeatFloatingLicense(Operations.HeartbeatFloatingLicense.Input(request), context: context).result()
        case .checkinFloatingLicense:
            guard let handler = handlers.runtime else { throw APIError.notImplemented(operation) }
            return try await handler.checkinFloatingLicense(Operations.CheckinFloatingLicense.Input(request), context: context).result()
        case .listEvents:
            guard let handler = handlers.events else { throw APIError.notImplemented(operation) }
            return try await handler.listEvents(Operations.ListEvents.Input(request), context: context).result()
        case .listWebhookEndpoints:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.listWebhookEndpoints(Operations.ListWebhookEndpoints.Input(request), context: context).result()
        case .createWebhookEndpoint:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.createWebhookEndpoint(Operations.CreateWebhookEndpoint.Input(request), context: context).result()
        case .getWebhookEndpoint:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.getWebhookEndpoint(Operations.GetWebhookEndpoint.Input(request), context: context).result()
        case .updateWebhookEndpoint:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.updateWebhookEndpoint(Operations.UpdateWebhookEndpoint.Input(request), context: context).result()
        case .deleteWebhookEndpoint:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.deleteWebhookEndpoint(Operations.DeleteWebhookEndpoint.Input(request), context: context).result()
        case .listWebhookDeliveries:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.listWebhookDeliveries(Operations.ListWebhookDeliveries.Input(request), context: context).result()
        case .redeliverWebhookDelivery:
            guard let handler = handlers.webhooks else { throw APIError.notImplemented(operation) }
            return try await handler.redeliverWebhookDelivery(Operations.RedeliverWebhookDelivery.Input(request), context: context).result()
        case .listActivities:
            guard let handler = handlers.activities else { throw APIError.notImplemented(operation) }
            return try await handler.listActivities(Operations.ListActivities.Input(request), context: context).result()
        case .getUsageSummary:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.getUsageSummary(Operations.GetUsageSummary.Input(request), context: context).result()
        case .listUsageLedger:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.listUsageLedger(Operations.ListUsageLedger.Input(request), context: context).result()
        case .getLicenseAuditReport:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.getLicenseAuditReport(Operations.GetLicenseAuditReport.Input(request), context: context).result()
        case .getCustomerSummary:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.getCustomerSummary(Operations.GetCustomerSummary.Input(request), context: context).result()
        case .getSubscriptionSettlement:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.getSubscriptionSettlement(Operations.GetSubscriptionSettlement.Input(request), context: context).result()
        case .createReportExport:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.createReportExport(Operations.CreateReportExport.Input(request), context: context).result()
        case .getReportExport:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.getReportExport(Operations.GetReportExport.Input(request), context: context).result()
        case .downloadReportExport:
            guard let handler = handlers.reports else { throw APIError.notImplemented(operation) }
            return try await handler.downloadReportExport(Operations.DownloadReportExport.Input(request), context: context).result()
        case .getOpsSummary:
            guard let handler = handlers.ops else { throw APIError.notImplemented(operation) }
            return try await handler.getOpsSummary(Operations.GetOpsSummary.Input(request), context: context).result()
        case .listRuntimeErrorGroups:
            guard let handler = handlers.ops else { throw APIError.notImplemented(operation) }
            return try await handler.listRuntimeErrorGroups(Operations.ListRuntimeErrorGroups.Input(request), context: context).result()
        case .getWebhookHealth:
            guard let handler = handlers.ops else { throw APIError.notImplemented(operation) }
            return try await handler.getWebhookHealth(Operations.GetWebhookHealth.Input(request), context: context).result()
        case .getAccountLimits:
            guard let handler = handlers.ops else { throw APIError.notImplemented(operation) }
            return try await handler.getAccountLimits(Operations.GetAccountLimits.Input(request), context: context).result()
        case .health:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.health(Operations.Health.Input(request), context: context).result()
        case .healthz:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.healthz(Operations.Healthz.Input(request), context: context).result()
        case .readyz:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.readyz(Operations.Readyz.Input(request), context: context).result()
        case .getMetrics:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.getMetrics(Operations.GetMetrics.Input(request), context: context).result()
        case .getContractYAML:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.getContractYAML(Operations.GetContractYAML.Input(request), context: context).result()
        case .getWellKnownJWKS:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.getWellKnownJWKS(Operations.GetWellKnownJWKS.Input(request), context: context).result()
        case .getContractJSON:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.getContractJSON(Operations.GetContractJSON.Input(request), context: context).result()
        case .listPublicKeys:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.listPublicKeys(Operations.ListPublicKeys.Input(request), context: context).result()
        case .getJWKS:
            guard let handler = handlers.system else { throw APIError.notImplemented(operation) }
            return try await handler.getJWKS(Operations.GetJWKS.Input(request), context: context).result()
        }
    }
}
