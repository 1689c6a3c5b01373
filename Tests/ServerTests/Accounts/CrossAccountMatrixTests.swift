import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// Every operation of the contract, called by one account's admin key at another account's records: nothing of the
/// other account may be found, changed, counted or named. The matrix is keyed by the operation table, so an operation
/// added later without a probe here fails `everyOperationHasAProbe`.
@Suite struct CrossAccountMatrixTests {
    /// What account B may get back when it aims at account A's records.
    enum Expectation {
        /// A's record is not found: 404.
        case hidden
        /// A's record is named in the body: 404, or 422 naming the field.
        case hiddenReference
        /// B's own list or report: 200 without any of A's records (or 404 for a list under A's record).
        case ownView
        /// B creates its own record, reusing A's codes: 201 or 200, never 409.
        case createsOwn
        /// A runtime route: a management key is not its credential (401).
        case otherSurface
        /// An unauthenticated system route, which holds no tenant data.
        case system
    }

    struct Probe {
        var method: HTTPRequest.Method
        var path: String
        var body: String?
        var expect: Expectation
    }

    /// Account A's records. Names carry `A-ONLY`, which no response to B may contain.
    struct Fixture {
        var product = "prod_a", policy = "pol_a", feature = "feat_a", version = "ver_a", fieldDefinition = "cfd_a", customer = "cus_a"
        var order = "ord_a", subscription = "sub_a", apiKey = "key_a", webhook = "whe_a"
        var license = "lic_a", licenseFieldDefinition = "cfd_lic_a", device = "dev_a"
        /// The token of `apiKey`, which must still work after B tried to revoke it.
        var apiKeyToken = ""
        /// The key of `license`, which B must not be able to look up.
        var licenseKey = ""
        /// A license token of `license`, which B must not be able to introspect or revoke.
        var licenseToken = ""
        /// Records of areas this server does not build yet; their operations answer 501 to everyone until they do, and
        /// the area that builds them replaces these with records it creates for account A.
        var export = "exp_of_account_a"

        var ids: [String] { [product, policy, feature, version, fieldDefinition, customer, order, subscription, apiKey, license, webhook, export] }
    }

    static let marker = "A-ONLY"
    /// Account A's webhook URL, which B may use too: URLs are unique per account. A `.invalid` name never resolves,
    /// so the server's worker never sends anything off this machine.
    static let webhookURL = "https://hooks.invalid/hook"

    static func probes(_ a: Fixture) -> [OperationID: Probe] {
        let json = { (text: String) in text }
        return [
            .listAPIKeys: Probe(method: .get, path: "/api/v1/api-keys", expect: .ownView),
            .createAPIKey: Probe(method: .post, path: "/api/v1/api-keys", body: json(#"{"name":"b key"}"#), expect: .createsOwn),
            .getAPIKey: Probe(method: .get, path: "/api/v1/api-keys/\(a.apiKey)", expect: .hidden),
            .revokeAPIKey: Probe(method: .delete, path: "/api/v1/api-keys/\(a.apiKey)", expect: .hidden),
            .listProducts: Probe(method: .get, path: "/api/v1/products", expect: .ownView),
            .createProduct: Probe(method: .post, path: "/api/v1/products", body: #"{"name":"B product","code":"shared-product"}"#, expect: .createsOwn),
            .getProduct: Probe(method: .get, path: "/api/v1/products/\(a.product)", expect: .hidden),
            .updateProduct: Probe(method: .patch, path: "/api/v1/products/\(a.product)", body: #"{"name":"taken"}"#, expect: .hidden),
            .deleteProduct: Probe(method: .delete, path: "/api/v1/products/\(a.product)", expect: .hidden),
            .listPoliciesByProduct: Probe(method: .get, path: "/api/v1/products/\(a.product)/policies", expect: .hidden),
            .createPolicy: Probe(
                method: .post, path: "/api/v1/products/\(a.product)/policies", body: #"{"name":"p","code":"p","license_type":"perpetual"}"#,
                expect: .hidden),
            .getPolicy: Probe(method: .get, path: "/api/v1/policies/\(a.policy)", expect: .hidden),
            .updatePolicy: Probe(method: .patch, path: "/api/v1/policies/\(a.policy)", body: #"{"max_activations":9}"#, expect: .hidden),
            .deletePolicy: Probe(method: .delete, path: "/api/v1/policies/\(a.policy)", expect: .hidden),
            .listFeaturesByProduct: Probe(method: .get, path: "/api/v1/products/\(a.product)/features", expect: .hidden),
            .createFeature: Probe(method: .post, path: "/api/v1/products/\(a.product)/features", body: #"{"name":"f","code":"f"}"#, expect: .hidden),
            .getFeature: Probe(method: .get, path: "/api/v1/features/\(a.feature)", expect: .hidden),
            .listProductVersions: Probe(method: .get, path: "/api/v1/products/\(a.product)/versions", expect: .hidden),
            .createProductVersion: Probe(method: .post, path: "/api/v1/products/\(a.product)/versions", body: #"{"version":"9.9.9"}"#, expect: .hidden),
            .listProductCustomFieldDefinitions: Probe(method: .get, path: "/api/v1/products/\(a.product)/custom-fields", expect: .hidden),
            .createProductCustomFieldDefinition: Probe(
                method: .post, path: "/api/v1/products/\(a.product)/custom-fields",
                body: #"{"resource_type":"customer","code":"c","name":"c","value_type":"string"}"#, expect: .hidden),
            .getProductCustomFieldDefinition: Probe(
                method: .get, path: "/api/v1/products/\(a.product)/custom-fields/\(a.fieldDefinition)", expect: .hidden),
            .updateProductCustomFieldDefinition: Probe(
                method: .patch, path: "/api/v1/products/\(a.product)/custom-fields/\(a.fieldDefinition)", body: #"{"name":"x"}"#, expect: .hidden),
            .deleteProductCustomFieldDefinition: Probe(
                method: .delete, path: "/api/v1/products/\(a.product)/custom-fields/\(a.fieldDefinition)", expect: .hidden),
            .listCustomers: Probe(method: .get, path: "/api/v1/customers", expect: .ownView),
            .createCustomer: Probe(method: .post, path: "/api/v1/customers", body: #"{"name":"B","code":"shared-customer"}"#, expect: .createsOwn),
            .getCustomer: Probe(method: .get, path: "/api/v1/customers/\(a.customer)", expect: .hidden),
            .updateCustomer: Probe(method: .patch, path: "/api/v1/customers/\(a.customer)", body: #"{"name":"x"}"#, expect: .hidden),
            .deleteCustomer: Probe(method: .delete, path: "/api/v1/customers/\(a.customer)", expect: .hidden),
            .listCustomerCustomFieldValues: Probe(method: .get, path: "/api/v1/customers/\(a.customer)/custom-fields", expect: .hidden),
            .upsertCustomerCustomFieldValue: Probe(
                method: .put, path: "/api/v1/customers/\(a.customer)/custom-fields/\(a.fieldDefinition)", body: #"{"string_value":"x"}"#,
                expect: .hidden),
            .listProductOrders: Probe(method: .get, path: "/api/v1/products/\(a.product)/orders", expect: .hidden),
            .createOrder: Probe(
                method: .post, path: "/api/v1/products/\(a.product)/orders", body: #"{"external_system":"s","external_id":"o","status":"paid"}"#,
                expect: .hidden),
            .getOrder: Probe(method: .get, path: "/api/v1/orders/\(a.order)", expect: .hidden),
            .updateOrder: Probe(method: .patch, path: "/api/v1/orders/\(a.order)", body: #"{"status":"refunded"}"#, expect: .hidden),
            .listProductSubscriptions: Probe(method: .get, path: "/api/v1/products/\(a.product)/subscriptions", expect: .hidden),
            .createSubscription: Probe(
                method: .post, path: "/api/v1/products/\(a.product)/subscriptions",
                body: #"{"external_system":"s","external_id":"x","status":"active","current_period_start":"2026-01-01T00:00:00Z","current_period_end":"2026-02-01T00:00:00Z"}"#,
                expect: .hidden),
            .getSubscription: Probe(method: .get, path: "/api/v1/subscriptions/\(a.subscription)", expect: .hidden),
            .updateSubscription: Probe(method: .patch, path: "/api/v1/subscriptions/\(a.subscription)", body: #"{"status":"paused"}"#, expect: .hidden),
            .listLicenses: Probe(method: .get, path: "/api/v1/licenses?product_id=\(a.product)", expect: .ownView),
            .createLicense: Probe(
                method: .post, path: "/api/v1/licenses", body: #"{"product_id":"\#(a.product)","policy_id":"\#(a.policy)"}"#, expect: .hiddenReference),
            .getLicense: Probe(method: .get, path: "/api/v1/licenses/\(a.license)", expect: .hidden),
            .lookupLicense: Probe(method: .post, path: "/api/v1/licenses/lookup", body: #"{"license_key":"\#(a.licenseKey)"}"#, expect: .hidden),
            .issueLicenseFile: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/files", body: "{}", expect: .hidden),
            .verifyLicenseFile: Probe(method: .post, path: "/api/v1/licenses/files/verify", body: #"{"certificate":"x"}"#, expect: .ownView),
            .checkLicenseRevocation: Probe(
                method: .post, path: "/api/v1/licenses/check-revocation",
                body: #"{"license_ids":["\#(a.license)"],"license_keys":["\#(a.licenseKey)"]}"#, expect: .ownView),
            .introspectLicenseToken: Probe(
                method: .post, path: "/api/v1/licenses/introspect", body: #"{"token":"\#(a.licenseToken)"}"#, expect: .ownView),
            .revokeLicenseToken: Probe(
                method: .post, path: "/api/v1/licenses/revoke-token", body: #"{"token":"\#(a.licenseToken)"}"#, expect: .ownView),
            .updateLicense: Probe(method: .patch, path: "/api/v1/licenses/\(a.license)", body: #"{"max_activations":1}"#, expect: .hidden),
            .suspendLicense: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/suspend", expect: .hidden),
            .reinstateLicense: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/reinstate", expect: .hidden),
            .revokeLicense: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/revoke", expect: .hidden),
            .renewLicense: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/renew", body: #"{"extend_by_days":30}"#, expect: .hidden),
            .transferLicense: Probe(
                method: .post, path: "/api/v1/licenses/\(a.license)/transfer", body: #"{"customer_id":"\#(a.customer)"}"#, expect: .hidden),
            .listLicenseFeatures: Probe(method: .get, path: "/api/v1/licenses/\(a.license)/features", expect: .hidden),
            .assignLicenseFeature: Probe(
                method: .post, path: "/api/v1/licenses/\(a.license)/features", body: #"{"feature_id":"\#(a.feature)"}"#, expect: .hidden),
            .removeLicenseFeature: Probe(method: .delete, path: "/api/v1/licenses/\(a.license)/features/\(a.feature)", expect: .hidden),
            .resetLicenseUsage: Probe(
                method: .post, path: "/api/v1/licenses/\(a.license)/usage/reset", body: #"{"feature_id":"\#(a.feature)","reset_consumed":true}"#,
                expect: .hidden),
            .listLicenseCustomFieldValues: Probe(method: .get, path: "/api/v1/licenses/\(a.license)/custom-fields", expect: .hidden),
            .upsertLicenseCustomFieldValue: Probe(
                method: .put, path: "/api/v1/licenses/\(a.license)/custom-fields/\(a.licenseFieldDefinition)", body: #"{"string_value":"x"}"#,
                expect: .hidden),
            .listLicenseDevices: Probe(method: .get, path: "/api/v1/licenses/\(a.license)/devices", expect: .hidden),
            .getLicenseDevice: Probe(method: .get, path: "/api/v1/licenses/\(a.license)/devices/\(a.device)", expect: .hidden),
            .blacklistLicenseDevice: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/devices/\(a.device)/blacklist", expect: .hidden),
            .unblacklistLicenseDevice: Probe(
                method: .post, path: "/api/v1/licenses/\(a.license)/devices/\(a.device)/unblacklist", expect: .hidden),
            .resetLicenseDevice: Probe(method: .post, path: "/api/v1/licenses/\(a.license)/devices/\(a.device)/reset", expect: .hidden),
            .activateLicense: Probe(method: .post, path: "/api/v1/license/activate", body: "{}", expect: .otherSurface),
            .validateLicense: Probe(method: .post, path: "/api/v1/license/validate", body: "{}", expect: .otherSurface),
            .issueMachineFile: Probe(method: .post, path: "/api/v1/license/machine-file", body: #"{"fingerprint":"x"}"#, expect: .otherSurface),
            .issueLicenseToken: Probe(method: .post, path: "/api/v1/license/token", body: "{}", expect: .otherSurface),
            // The key in the body is the credential; another account's bearer token is none.
            .validateLicenseKey: Probe(method: .post, path: "/api/v1/licenses/validate-key", body: #"{"fingerprint":"x"}"#, expect: .otherSurface),
            .checkLicense: Probe(method: .post, path: "/api/v1/license/check", body: "{}", expect: .otherSurface),
            .consumeLicense: Probe(method: .post, path: "/api/v1/license/consume", body: "{}", expect: .otherSurface),
            .deactivateLicense: Probe(method: .post, path: "/api/v1/license/deactivate", body: "{}", expect: .otherSurface),
            .issueOfflineLicense: Probe(method: .post, path: "/api/v1/license/offline", body: "{}", expect: .otherSurface),
            .checkoutFloatingLicense: Probe(method: .post, path: "/api/v1/license/floating/checkout", body: "{}", expect: .otherSurface),
            .heartbeatFloatingLicense: Probe(method: .post, path: "/api/v1/license/floating/heartbeat", body: "{}", expect: .otherSurface),
            .checkinFloatingLicense: Probe(method: .post, path: "/api/v1/license/floating/checkin", body: "{}", expect: .otherSurface),
            .listEvents: Probe(method: .get, path: "/api/v1/events?limit=200", expect: .ownView),
            .listWebhookEndpoints: Probe(method: .get, path: "/api/v1/webhooks", expect: .ownView),
            .createWebhookEndpoint: Probe(
                method: .post, path: "/api/v1/webhooks", body: #"{"name":"b hook","url":"\#(webhookURL)"}"#, expect: .createsOwn),
            .getWebhookEndpoint: Probe(method: .get, path: "/api/v1/webhooks/\(a.webhook)", expect: .hidden),
            .updateWebhookEndpoint: Probe(method: .patch, path: "/api/v1/webhooks/\(a.webhook)", body: #"{"name":"x"}"#, expect: .hidden),
            .deleteWebhookEndpoint: Probe(method: .delete, path: "/api/v1/webhooks/\(a.webhook)", expect: .hidden),
            .listWebhookDeliveries: Probe(method: .get, path: "/api/v1/webhooks/\(a.webhook)/deliveries", expect: .hidden),
            .redeliverWebhookDelivery: Probe(
                method: .post, path: "/api/v1/webhooks/\(a.webhook)/deliveries/whd_00000000000000000000000000/redeliver", expect: .hidden),
            .listActivities: Probe(method: .get, path: "/api/v1/activities?limit=200", expect: .ownView),
            .getUsageSummary: Probe(method: .get, path: "/api/v1/reports/usage-summary", expect: .ownView),
            .listUsageLedger: Probe(method: .get, path: "/api/v1/reports/usage-ledger", expect: .ownView),
            .getLicenseAuditReport: Probe(method: .get, path: "/api/v1/reports/license-audit?license_id=\(a.license)", expect: .hidden),
            .getCustomerSummary: Probe(method: .get, path: "/api/v1/reports/customer-summary?customer_id=\(a.customer)", expect: .hidden),
            .getSubscriptionSettlement: Probe(
                method: .get, path: "/api/v1/reports/subscription-settlement?subscription_id=\(a.subscription)", expect: .hidden),
            .createReportExport: Probe(
                method: .post, path: "/api/v1/reports/exports",
                body: #"{"report_kind":"license_audit","format":"json","filters":{"license_id":"\#(a.license)"}}"#, expect: .hiddenReference),
            .getReportExport: Probe(method: .get, path: "/api/v1/reports/exports/\(a.export)", expect: .hidden),
            .downloadReportExport: Probe(method: .get, path: "/api/v1/reports/exports/\(a.export)/download", expect: .hidden),
            .getOpsSummary: Probe(method: .get, path: "/api/v1/ops/summary", expect: .ownView),
            .listRuntimeErrorGroups: Probe(method: .get, path: "/api/v1/ops/runtime-errors", expect: .ownView),
            .getWebhookHealth: Probe(method: .get, path: "/api/v1/ops/webhook-health", expect: .ownView),
            .getAccountLimits: Probe(method: .get, path: "/api/v1/ops/limits", expect: .ownView),
            .health: Probe(method: .get, path: "/health", expect: .system),
            .healthz: Probe(method: .get, path: "/healthz", expect: .system),
            .readyz: Probe(method: .get, path: "/readyz", expect: .system),
            .getMetrics: Probe(method: .get, path: "/metrics", expect: .system),
            .listPublicKeys: Probe(method: .get, path: "/api/v1/system/public-keys", expect: .system),
            .getContractYAML: Probe(method: .get, path: "/openapi.yaml", expect: .system),
            .getContractJSON: Probe(method: .get, path: "/openapi.json", expect: .system),
            .getWellKnownJWKS: Probe(method: .get, path: "/.well-known/jwks.json", expect: .system),
            .getJWKS: Probe(method: .get, path: "/api/v1/system/jwks", expect: .system),
        ]
    }

    @Test func everyOperationHasAProbe() {
        let probes = Self.probes(Fixture())
        let missing = OperationTable.all.map(\.id).filter { probes[$0] == nil }
        #expect(missing.isEmpty, "operations without a cross-account probe: \(missing.map(\.rawValue))")
        for spec in OperationTable.all {
            guard let probe = probes[spec.id] else { continue }
            #expect(probe.method.rawValue == spec.method, "\(spec.id): probe method")
            #expect(OperationTable.match(method: spec.method, path: probe.path.split(separator: "?")[0].description)?.operation == spec.id,
                    "\(spec.id): probe path \(probe.path)")
        }
    }

    @Test(arguments: TestBackend.available)
    func anotherAccountsRecordsCannotBeReached(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it sends every operation in turn with one key, past any burst; what it checks is isolation")
        let (_, bToken) = try await Admin.createAccount(server.services, name: "B")
        try await server.run { clients in
            let a = try await Self.makeFixture(clients)
            let probes = Self.probes(a)
            // Mutations first would be harmless (they must all fail), but reads go first so a leak is caught before any
            // write could have moved the record.
            let ordered = OperationTable.all.sorted { ($0.method == "GET" ? 0 : 1, $0.id.rawValue) < ($1.method == "GET" ? 0 : 1, $1.id.rawValue) }
            for spec in ordered {
                let probe = try #require(probes[spec.id])
                var headers: HTTPFields = [.authorization: "Bearer \(bToken)"]
                if probe.body != nil { headers[.contentType] = "application/json" }
                if spec.requiresIdempotencyKey { headers[HTTPField.Name("Idempotency-Key")!] = "matrix-\(spec.id.rawValue)" }
                let response = try await clients.raw(probe.method, probe.path, headers: headers, body: probe.body)
                let status = Int(response.status.code)
                let body = response.text
                let where_ = "\(spec.id.rawValue) → \(status) \(body.prefix(200))"
                #expect(status != 409, "\(where_)")
                #expect(!body.contains(Self.marker), "\(where_) names account A's data")
                #expect(!a.ids.contains(where: { probe.expect != .hidden && probe.expect != .hiddenReference && body.contains($0) }),
                        "\(where_) shows an id of account A")
                let notBuilt = status == 501
                switch probe.expect {
                case .hidden:
                    #expect(status == 404 || notBuilt, "\(where_)")
                case .hiddenReference:
                    #expect(status == 404 || status == 422 || notBuilt, "\(where_)")
                case .ownView:
                    #expect(status == 200 || status == 404 || notBuilt, "\(where_)")
                case .createsOwn:
                    #expect(status == 201 || status == 200 || notBuilt, "\(where_)")
                case .otherSurface:
                    #expect(status == 401, "\(where_)")
                case .system:
                    #expect(status == 200, "\(where_)")
                }
            }
            // Everything of A is still there, unchanged.
            let product = try await clients.admin.getProduct(id: a.product).data
            #expect(product.name.contains(Self.marker))
            #expect(try await clients.admin.getPolicy(id: a.policy).data.maxActivations == 1)
            #expect(try await clients.admin.getCustomer(id: a.customer).data.name.contains(Self.marker))
            #expect(try await clients.admin.getOrder(id: a.order).data.status == .paid)
            #expect(try await clients.admin.getSubscription(id: a.subscription).data.status == .active)
            #expect(try await clients.admin.listCustomerCustomFieldValues(id: a.customer).data.count == 1)
            let license = try await clients.admin.getLicense(id: a.license).data
            #expect(license.status == .active && license.entitlementVersion == 2 && license.timesTransferred == 0)
            #expect(try await clients.admin.getLicenseDevice(id: a.license, deviceID: a.device).data.status == .active)
            #expect(try await clients.admin.listLicenseFeatures(id: a.license).data.first?.maxConsumptions == 10)
            let webhook = try await clients.admin.getWebhookEndpoint(id: a.webhook).data
            #expect(webhook.name.contains(Self.marker) && webhook.isActive && webhook.eventTypes == [.licenseCreated])
            #expect(try await clients.admin.getAPIKey(id: a.apiKey).data.isActive)
            _ = try await clients.management(a.apiKeyToken).listProducts()
            // B's introspection saw nothing and its revocation did nothing: A's token is still good.
            #expect(try await clients.admin.introspectLicenseToken(.init(token: a.licenseToken)).active)
            try await server.expectAuditChainIntact()
        }
    }

    static func makeFixture(_ clients: Clients) async throws -> Fixture {
        let admin = clients.admin
        var a = Fixture()
        a.product = try await admin.createProduct(.init(name: "\(marker) product", code: "shared-product")).data.id
        a.policy = try await admin.createPolicy(id: a.product, .init(name: "\(marker) policy", code: "standard", licenseType: .perpetual)).data.id
        a.feature = try await admin.createFeature(id: a.product, .init(name: "\(marker) feature", code: "export")).data.id
        a.version = try await admin.createProductVersion(id: a.product, .init(version: "1.0.0")).data.id
        a.fieldDefinition = try await admin.createProductCustomFieldDefinition(
            id: a.product, .init(resourceType: .customer, code: "tier", name: "\(marker) tier", valueType: .string)).data.id
        a.customer = try await admin.createCustomer(.init(name: "\(marker) customer", code: "shared-customer", email: "a-only@example.com")).data.id
        _ = try await admin.upsertCustomerCustomFieldValue(id: a.customer, fieldID: a.fieldDefinition, .init(stringValue: "\(marker) gold"))
        let period = (start: Date(timeIntervalSince1970: 1_767_225_600), end: Date(timeIntervalSince1970: 1_769_904_000))
        a.subscription = try await admin.createSubscription(id: a.product, .init(
            customerID: a.customer, externalSystem: "stripe", externalID: "sub_a", status: .active, currentPeriodStart: period.start,
            currentPeriodEnd: period.end)).data.id
        a.order = try await admin.createOrder(id: a.product, .init(
            customerID: a.customer, subscriptionID: a.subscription, externalSystem: "stripe", externalID: "in_a", status: .paid)).data.id
        let key = try await admin.createAPIKey(.init(name: "\(marker) key", scopes: [.productRead])).data
        (a.apiKey, a.apiKeyToken) = (key.apiKey.id, key.token)
        let issued = try await admin.createLicense(.init(
            productID: a.product, policyID: a.policy, customerID: a.customer, customerName: "\(marker) licensee")).data
        a.license = issued.license.id
        a.licenseKey = issued.licenseKey
        a.device = try await clients.runtime(issued.licenseKey).activateLicense(
            idempotencyKey: "a-device", .init(fingerprint: "a-fingerprint", appVersion: "1.0.0")).data.deviceID
        _ = try await admin.assignLicenseFeature(id: a.license, .init(featureID: a.feature, maxConsumptions: 10))
        a.licenseToken = try await clients.runtime(issued.licenseKey).issueLicenseToken(.init(appVersion: "1.0.0")).data.token
        a.licenseFieldDefinition = try await admin.createProductCustomFieldDefinition(
            id: a.product, .init(resourceType: .license, code: "seats", name: "\(marker) seats", valueType: .string)).data.id
        a.webhook = try await admin.createWebhookEndpoint(.init(name: "\(marker) hook", url: webhookURL, eventTypes: [.licenseCreated])).data.webhook.id
        a.export = try await admin.createReportExport(.init(
            reportKind: .licenseAudit, format: .pdf, filters: ReportFilters(licenseID: a.license))).data.id
        return a
    }
}
