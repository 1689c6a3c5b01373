import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Every operation of the contract, called through the SDK's clients against a live server. The expected set is the
/// operation table itself, so an operation added to the spec without a call here fails this test.
@Suite struct SDKCoverageTests {
    @Test(arguments: TestBackend.available)
    func everyOperationAnswersThroughTheSDK(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it calls every operation in turn with one key, past any burst; what it checks is that the SDK reaches each")
        try await server.run { clients in
            let transport = InterceptingTransport(inner: clients.transport)
            let admin = ManagementClient(token: TestServer.adminToken, transport: transport)
            let system = SystemClient(transport: transport)

            // System routes and management keys.
            _ = try await system.health()
            _ = try await system.healthz()
            _ = try await system.readyz()
            _ = try await system.getMetrics()
            _ = try await system.getContractYAML()
            _ = try await system.getContractJSON()
            _ = try await system.listPublicKeys()
            _ = try await system.getWellKnownJWKS()
            _ = try await system.getJWKS(accountID: "acc_default")
            let key = try await admin.createAPIKey(.init(name: "reader", scopes: [.productRead])).data.apiKey
            _ = try await admin.listAPIKeys()
            _ = try await admin.getAPIKey(id: key.id)
            try await admin.revokeAPIKey(id: key.id)

            // Catalog.
            let product = try await admin.createProduct(.init(name: "Coverage", code: "coverage")).data
            _ = try await admin.listProducts()
            _ = try await admin.getProduct(id: product.id)
            _ = try await admin.updateProduct(id: product.id, .init(name: "Coverage app"))
            let policy = try await admin.createPolicy(id: product.id, .init(
                name: "Floating", code: "floating", licenseType: .timeLimited, maxActivations: 3, maxFloatingUsers: 2, allowOfflineActivation: true, maxTransfers: 1)).data
            _ = try await admin.listPoliciesByProduct(id: product.id)
            _ = try await admin.getPolicy(id: policy.id)
            _ = try await admin.updatePolicy(id: policy.id, .init(name: "Floating seats"))
            let spare = try await admin.createPolicy(id: product.id, .init(name: "Spare", code: "spare", licenseType: .perpetual)).data
            try await admin.deletePolicy(id: spare.id)
            let feature = try await admin.createFeature(id: product.id, .init(name: "Export", code: "export")).data
            _ = try await admin.listFeaturesByProduct(id: product.id)
            _ = try await admin.getFeature(id: feature.id)
            _ = try await admin.createProductVersion(id: product.id, .init(version: "1.0.0"))
            _ = try await admin.listProductVersions(id: product.id)
            let seats = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "seats", name: "Seats", valueType: .integer)).data
            let tier = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .customer, code: "tier", name: "Tier", valueType: .string)).data
            _ = try await admin.listProductCustomFieldDefinitions(id: product.id)
            _ = try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: seats.id)
            _ = try await admin.updateProductCustomFieldDefinition(id: product.id, fieldID: seats.id, .init(name: "Seat count"))
            let unused = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "unused", name: "Unused", valueType: .boolean)).data
            try await admin.deleteProductCustomFieldDefinition(id: product.id, fieldID: unused.id)

            // Customers and commerce.
            let customer = try await admin.createCustomer(.init(name: "Acme", code: "acme")).data
            _ = try await admin.listCustomers()
            _ = try await admin.getCustomer(id: customer.id)
            _ = try await admin.updateCustomer(id: customer.id, .init(name: "Acme Corp"))
            _ = try await admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: tier.id, .init(stringValue: "gold"))
            _ = try await admin.listCustomerCustomFieldValues(id: customer.id)
            let gone = try await admin.createCustomer(.init(name: "Gone", code: "gone")).data
            try await admin.deleteCustomer(id: gone.id)
            let subscription = try await admin.createSubscription(id: product.id, .init(
                customerID: customer.id, externalSystem: "stripe", externalID: "sub_1", status: .active,
                currentPeriodStart: LicensingFixture.periodStart, currentPeriodEnd: LicensingFixture.periodEnd)).data
            _ = try await admin.listProductSubscriptions(id: product.id)
            _ = try await admin.getSubscription(id: subscription.id)
            _ = try await admin.updateSubscription(id: subscription.id, .init(cancelAtPeriodEnd: false))
            let order = try await admin.createOrder(id: product.id, .init(
                customerID: customer.id, subscriptionID: subscription.id, externalSystem: "stripe", externalID: "in_1", status: .paid)).data
            _ = try await admin.listProductOrders(id: product.id)
            _ = try await admin.getOrder(id: order.id)
            _ = try await admin.updateOrder(id: order.id, .init(status: .paid))

            // Licenses.
            let issued = try await admin.createLicense(.init(
                productID: product.id, policyID: policy.id, customerID: customer.id, orderID: order.id,
                expiresAt: Date().addingTimeInterval(30 * 86_400))).data
            let license = issued.license
            _ = try await admin.listLicenses()
            _ = try await admin.getLicense(id: license.id)
            _ = try await admin.lookupLicense(.init(licenseKey: issued.licenseKey))
            let file = try await admin.issueLicenseFile(id: license.id, .init(ttlDays: 7, licenseKey: issued.licenseKey)).data
            _ = try await admin.verifyLicenseFile(.init(certificate: file.certificate, licenseKey: issued.licenseKey))
            _ = try await admin.checkLicenseRevocation(.init(licenseIDs: [license.id], licenseKeys: [issued.licenseKey]))
            _ = try await admin.updateLicense(id: license.id, .init(customerName: .value("Ada"), maxActivations: .value(3)))
            _ = try await admin.assignLicenseFeature(id: license.id, .init(featureID: feature.id, maxConsumptions: 10))
            _ = try await admin.listLicenseFeatures(id: license.id)
            _ = try await admin.upsertLicenseCustomFieldValue(id: license.id, fieldID: seats.id, .init(integerValue: 5))
            _ = try await admin.listLicenseCustomFieldValues(id: license.id)
            _ = try await admin.suspendLicense(id: license.id)
            _ = try await admin.reinstateLicense(id: license.id)
            _ = try await admin.renewLicense(id: license.id, .init(extendByDays: 30))

            // Runtime, each answer verified against the server's published keys.
            let runtime = RuntimeClient(licenseKey: issued.licenseKey, transport: transport)
            let device = try await runtime.activateLicense(machine("cov-1", version: "1.0.0")).data.deviceID
            _ = try await runtime.validateLicense(machine("cov-1", version: "1.0.0"))
            _ = try await runtime.issueMachineFile(.init(fingerprint: "cov-1", appVersion: "1.0.0", ttlDays: 3))
            let token = try await runtime.issueLicenseToken(.init(fingerprint: "cov-1", appVersion: "1.0.0")).data.token
            _ = try await admin.introspectLicenseToken(.init(token: token))
            try await admin.revokeLicenseToken(.init(token: token))
            _ = try await runtime.validateLicenseKey(.init(key: issued.licenseKey, fingerprint: "cov-1", appVersion: "1.0.0"))
            _ = try await runtime.checkLicense(machine("cov-1", version: "1.0.0"))
            _ = try await runtime.consumeLicense(.init(fingerprint: "cov-1", appVersion: "1.0.0", featureCode: "export", amount: 2, eventID: "evt-1"))
            _ = try await runtime.issueOfflineLicense(machine("cov-1", version: "1.0.0"))
            let lease = try await runtime.checkoutFloatingLicense(machine("cov-2", version: "1.0.0")).data.leaseToken
            _ = try await runtime.heartbeatFloatingLicense(.init(leaseToken: lease))
            _ = try await runtime.checkinFloatingLicense(.init(leaseToken: lease))
            _ = try await runtime.activateLicense(machine("cov-3", version: "1.0.0"))
            _ = try await runtime.deactivateLicense(machine("cov-3", version: "1.0.0"))
            _ = try await admin.resetLicenseUsage(id: license.id, .init(featureID: feature.id, resetConsumed: true))
            try await admin.removeLicenseFeature(id: license.id, featureID: feature.id)
            _ = try await admin.listLicenseDevices(id: license.id)
            _ = try await admin.getLicenseDevice(id: license.id, deviceID: device)
            _ = try await admin.resetLicenseDevice(id: license.id, deviceID: device)
            let second = try await runtime.activateLicense(machine("cov-4", version: "1.0.0")).data.deviceID
            _ = try await admin.blacklistLicenseDevice(id: license.id, deviceID: second)
            _ = try await admin.unblacklistLicenseDevice(id: license.id, deviceID: second)

            // Activity, events, reports, ops.
            _ = try await admin.listActivities(licenseID: license.id)
            _ = try await admin.listEvents(limit: 5)
            _ = try await admin.getUsageSummary(groupBy: [.product])
            _ = try await admin.listUsageLedger(licenseID: license.id)
            _ = try await admin.getLicenseAuditReport(licenseID: license.id)
            _ = try await admin.getCustomerSummary(customerID: customer.id)
            _ = try await admin.getSubscriptionSettlement(subscriptionID: subscription.id)
            let export = try await admin.readyExport(.init(reportKind: .usageSummary, format: .csv))
            _ = try await admin.downloadReportExport(id: export.id)
            _ = try await admin.getOpsSummary()
            _ = try await admin.listRuntimeErrorGroups()
            _ = try await admin.getWebhookHealth()
            _ = try await admin.getAccountLimits()

            // Webhooks.
            let endpoint = try await admin.createWebhookEndpoint(.init(name: "hook", url: "https://93.184.216.34/hook")).data.webhook
            _ = try await admin.listWebhookEndpoints()
            _ = try await admin.getWebhookEndpoint(id: endpoint.id)
            _ = try await admin.createLicense(.init(productID: product.id, policyID: policy.id, expiresAt: Date().addingTimeInterval(86_400)))
            let delivery = try #require(try await admin.listWebhookDeliveries(id: endpoint.id).data.first)
            // As if the receiver had answered: only a finished delivery is sent again.
            try await server.services.database.write(.defaultAccount) { connection in
                try connection.execute("UPDATE webhook_deliveries SET state = 'failed', next_attempt_at = NULL, claim_token = NULL WHERE id = $1", [.text(delivery.id)])
            }
            _ = try await admin.redeliverWebhookDelivery(id: endpoint.id, deliveryID: delivery.id)
            _ = try await admin.updateWebhookEndpoint(id: endpoint.id, .init(isActive: false))
            try await admin.deleteWebhookEndpoint(id: endpoint.id)

            // Ending a license, and the catalog it lived in.
            let other = try await admin.createCustomer(.init(name: "Other", code: "other")).data
            _ = try await admin.transferLicense(id: license.id, .init(customerID: other.id))
            _ = try await admin.revokeLicense(id: license.id)
            let empty = try await admin.createProduct(.init(name: "Empty", code: "empty")).data
            try await admin.deleteProduct(id: empty.id)

            let missing = Set(OperationID.allCases).subtracting(transport.answered)
            #expect(missing.isEmpty, "operations never answered 2xx through the SDK: \(missing.map(\.rawValue).sorted())")
        }
    }
}

