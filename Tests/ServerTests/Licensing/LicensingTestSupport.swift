import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import Testing

/// A product with a policy of each license type, a customer, a subscription and an order: what license tests issue
/// licenses against.
struct LicensingFixture: Sendable {
    var product: Product
    var perpetual: Policy
    var timeLimited: Policy
    var subscriptionPolicy: Policy
    var trial: Policy
    var consumption: Policy
    var customer: Customer
    var subscription: Subscription
    var order: Order

    static let periodStart = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    static let periodEnd = Date(timeIntervalSince1970: 1_798_761_600)  // 2027-01-01

    static func make(_ clients: Clients, code: String = "app", maxTransfers: Int = 0, graceDays: Int = 0) async throws -> LicensingFixture {
        let admin = clients.admin
        let product = try await admin.createProduct(.init(name: "App \(code)", code: code)).data
        func policy(_ type: LicenseType) async throws -> Policy {
            try await admin.createPolicy(id: product.id, .init(
                name: type.rawValue, code: type.rawValue.replacingOccurrences(of: "_", with: "-"), licenseType: type,
                gracePeriodDays: graceDays, maxTransfers: maxTransfers)).data
        }
        let customer = try await admin.createCustomer(.init(name: "Customer \(code)", code: "cus-\(code)")).data
        let subscription = try await admin.createSubscription(id: product.id, .init(
            customerID: customer.id, externalSystem: "stripe", externalID: "sub_\(code)", status: .active,
            currentPeriodStart: periodStart, currentPeriodEnd: periodEnd)).data
        let order = try await admin.createOrder(id: product.id, .init(
            customerID: customer.id, subscriptionID: subscription.id, externalSystem: "stripe", externalID: "in_\(code)", status: .paid)).data
        return LicensingFixture(
            product: product, perpetual: try await policy(.perpetual), timeLimited: try await policy(.timeLimited),
            subscriptionPolicy: try await policy(.subscription), trial: try await policy(.trial), consumption: try await policy(.consumption),
            customer: customer, subscription: subscription, order: order)
    }

    /// A time-limited license expiring in `days` days.
    func issue(_ clients: Clients, expiringIn days: Double = 30, customer: Bool = true) async throws -> LicenseCreateResponse {
        try await clients.admin.createLicense(.init(
            productID: product.id, policyID: timeLimited.id, customerID: customer ? self.customer.id : nil,
            expiresAt: Date().addingTimeInterval(days * 86_400))).data
    }
}

/// Rows in the tables a refused license request must leave as they were.
struct LicensingCounts: Equatable, Sendable {
    var licenses = 0, licenseFeatures = 0, licenseKeys = 0, auditEvents = 0, activities = 0, customFieldValues = 0

    static func read(_ server: TestServer) async throws -> LicensingCounts {
        try await server.services.database.read(.defaultAccount) { connection in
            func count(_ table: String) throws -> Int {
                try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])?.int("n") ?? 0
            }
            return LicensingCounts(
                licenses: try count("licenses"), licenseFeatures: try count("license_features"), licenseKeys: try count("license_keys"),
                auditEvents: try count("audit_events"), activities: try count("activities"),
                customFieldValues: try count("custom_field_values"))
        }
    }
}

extension Clients {
    /// The ledger rows of one license, newest first.
    func activities(license: String) async throws -> [Activity] {
        try await admin.listActivities(limit: 200, licenseID: license).data
    }

    /// A management request with a hand-written body and an `Idempotency-Key`.
    func idempotent(_ path: String, key: String?, body: String, token: String = TestServer.adminToken) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let key { headers[HTTPField.Name("Idempotency-Key")!] = key }
        return try await raw(.post, path, headers: headers, body: body)
    }
}
