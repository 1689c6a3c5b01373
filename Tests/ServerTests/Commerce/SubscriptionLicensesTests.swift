import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// Subscription licenses follow their subscription through `updateSubscription`: renewals renew them, and the status
/// decides whether the policy's grace period follows the period end.
@Suite struct SubscriptionLicensesTests {
    @Test(arguments: TestBackend.available)
    func aRenewalOfTheSubscriptionRenewsItsLicenses(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await LicensingFixture.make(clients, graceDays: 2)
            let linked = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.subscriptionPolicy.id, subscriptionID: fixture.subscription.id)).data.license
            #expect(linked.expiresAt == LicensingFixture.periodEnd)
            // Linked too, but not a subscription license, and a revoked one: neither follows.
            let timeLimited = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.timeLimited.id, subscriptionID: fixture.subscription.id,
                expiresAt: LicensingFixture.periodEnd)).data.license
            let revoked = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.subscriptionPolicy.id, subscriptionID: fixture.subscription.id)).data.license
            _ = try await admin.revokeLicense(id: revoked.id)

            let nextEnd = LicensingFixture.periodEnd.addingTimeInterval(31 * 86_400)
            _ = try await admin.updateSubscription(id: fixture.subscription.id, .init(
                currentPeriodStart: LicensingFixture.periodEnd, currentPeriodEnd: nextEnd))
            let renewed = try await admin.getLicense(id: linked.id).data
            #expect(renewed.expiresAt == nextEnd && renewed.entitlementVersion == linked.entitlementVersion + 1)
            #expect(try await admin.getLicense(id: timeLimited.id).data.expiresAt == LicensingFixture.periodEnd)
            #expect(try await admin.getLicense(id: revoked.id).data.expiresAt == LicensingFixture.periodEnd)

            let event = try #require(try await clients.events("license.renewed").first)
            #expect(event.resourceID == linked.id && event.metadata["source"] == .string("subscription"))
            #expect(event.metadata["renewal_subscription_id"] == .string(fixture.subscription.id))
            let row = try #require(try await clients.activities(license: linked.id).first { $0.action == "license.renew" })
            #expect(row.subscriptionID == fixture.subscription.id && row.metadata["source"] == .string("subscription"))

            // A change that leaves the dates as they are touches nothing.
            _ = try await admin.updateSubscription(id: fixture.subscription.id, .init(metadata: ["note": .string("x")]))
            #expect(try await admin.getLicense(id: linked.id).data.entitlementVersion == renewed.entitlementVersion)
            #expect(try await clients.events("license.updated").isEmpty)
            try await server.expectAuditChainIntact()
        }
    }

    /// The table on `updateSubscription`, row by row: with the period ended a day ago and two grace days, the license is
    /// in its grace period while the subscription is expected to go on, and expired otherwise.
    @Test(arguments: TestBackend.available)
    func theStatusDecidesWhetherTheGracePeriodFollows(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await LicensingFixture.make(clients, graceDays: 2)
            let license = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.subscriptionPolicy.id, subscriptionID: fixture.subscription.id)).data.license
            let ended = Date().addingTimeInterval(-86_400).wholeSeconds
            _ = try await admin.updateSubscription(id: fixture.subscription.id, .init(
                currentPeriodStart: ended.addingTimeInterval(-30 * 86_400), currentPeriodEnd: ended))
            let expected: [(SubscriptionStatus, Bool, LicenseStatus)] = [
                (.active, false, .gracePeriod), (.trialing, false, .gracePeriod), (.pastDue, false, .gracePeriod),
                (.paused, false, .expired), (.active, true, .expired), (.pastDue, false, .gracePeriod), (.trialing, true, .expired),
                (.canceled, false, .expired), (.active, false, .gracePeriod),
            ]
            for (status, cancelAtEnd, licenseStatus) in expected {
                _ = try await admin.updateSubscription(id: fixture.subscription.id, .init(
                    status: status, cancelAtPeriodEnd: cancelAtEnd, canceledAt: status == .canceled ? .value(ended) : .null))
                let now = try await admin.getLicense(id: license.id).data
                #expect(now.status == licenseStatus && now.expiresAt == ended, "\(status) cancel_at_period_end \(cancelAtEnd)")
            }
            // The first change and each change of the grace period after it (paused, past_due, trialing ending, active) is announced as an update, never as a renewal (the end did not move later).
            let updates = try await clients.events("license.updated")
            #expect(updates.count == 5 && updates.allSatisfy { $0.metadata["source"] == .string("subscription") })
            #expect(updates.first?.metadata["grace_ends_at"] == .string(RFC3339.string(from: ended.addingTimeInterval(2 * 86_400))))
            #expect(try await clients.events("license.renewed").isEmpty)
        }
    }
}

private extension Date {
    /// This instant without its fraction of a second.
    var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
