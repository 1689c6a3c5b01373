import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct LicensesTests {
    @Test(arguments: TestBackend.available)
    func issuingShowsTheKeyOnceAndStoresOnlyItsHash(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let before = try await LicensingCounts.read(server)
            let created = try await clients.admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.perpetual.id, customerID: fixture.customer.id, orderID: fixture.order.id,
                customerEmail: "buyer@example.com", customerName: "  Buyer  ", maintenanceExpiresAt: LicensingFixture.periodEnd,
                metadata: ["seat": 1]))
            let license = created.data.license
            let key = created.data.licenseKey
            #expect(SecretToken.isWellFormed(key, prefix: "lsk_"), "256 random bits, base64url")
            #expect(license.licenseKeyPrefix == String(key.prefix(12)) && license.licenseKeyLast4 == String(key.suffix(4)))
            #expect(license.id.hasPrefix("lic_") && license.status == .active && license.entitlementVersion == 1)
            #expect(license.customerName == "Buyer" && license.customerEmail == "buyer@example.com" && license.metadata == ["seat": 1])
            // The order's subscription is linked with it.
            #expect(license.orderID == fixture.order.id && license.subscriptionID == fixture.subscription.id)
            #expect(license.expiresAt == nil && license.maintenanceExpiresAt == LicensingFixture.periodEnd)
            #expect(license.activeDeviceCount == 0 && license.timesActivated == 0 && license.totalConsumptions == 0)

            // Later reads never carry the key; the database holds only its keyed hash.
            let fetched = try await clients.admin.getLicense(id: license.id)
            #expect(fetched.data == license)
            let stored = try await server.services.database.read(.defaultAccount) { connection in
                try connection.queryOne("SELECT key_hash FROM license_keys WHERE license_id = $1", [.text(license.id)])?.bytes("key_hash")
            }
            #expect(stored == server.services.masterKey.tokenHash(key, purpose: .licenseKey))
            let everything = String(decoding: try LocksmithJSON.encodeData(try await clients.admin.listEvents(limit: 200).data), as: UTF8.self)
            #expect(!everything.contains(key) && !everything.contains("buyer@example.com") && !everything.contains("Buyer"))

            // One audit event and one ledger row, in the same transaction.
            let after = try await LicensingCounts.read(server)
            #expect(after.licenses == before.licenses + 1 && after.licenseKeys == before.licenseKeys + 1)
            #expect(after.auditEvents == before.auditEvents + 1 && after.activities == before.activities + 1)
            let event = try #require(try await clients.events("license.created").first)
            #expect(event.resourceID == license.id && event.metadata["license_type"] == "perpetual")
            #expect(event.metadata["customer_name"] == nil && event.metadata["customer_email"] == nil)
            let row = try #require(try await clients.activities(license: license.id).first)
            #expect(row.action == "license.create" && row.source == .management && row.statusCode == 201 && row.resultClass == .success)
            #expect(row.productID == fixture.product.id && row.customerID == fixture.customer.id && row.orderID == fixture.order.id)
            #expect(row.subscriptionID == fixture.subscription.id && row.amount == 0 && row.requestID == created.meta.requestID)
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func datesFollowTheLicenseType(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let inAMonth = Date().addingTimeInterval(30 * 86_400).wholeMillisecondsForTests
            // A subscription license without an expiry takes its subscription's period end.
            let subscribed = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.subscriptionPolicy.id, subscriptionID: fixture.subscription.id)).data.license
            #expect(subscribed.expiresAt == LicensingFixture.periodEnd)
            let trial = try await admin.createLicense(.init(productID: fixture.product.id, policyID: fixture.trial.id, expiresAt: inAMonth)).data
            #expect(trial.license.expiresAt == inAMonth)
            let metered = try await admin.createLicense(.init(productID: fixture.product.id, policyID: fixture.consumption.id)).data
            #expect(metered.license.expiresAt == nil)
            let later = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.timeLimited.id, startsAt: inAMonth,
                expiresAt: inAMonth.addingTimeInterval(86_400))).data.license
            #expect(later.startsAt == inAMonth)
        }
    }

    @Test(arguments: TestBackend.available)
    func statusIsComputedFromTheDatesAndListsAgreeWithGet(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients, graceDays: 10)
            let admin = clients.admin
            let active = try await fixture.issue(clients, expiringIn: 30).license
            let perpetual = try await admin.createLicense(.init(productID: fixture.product.id, policyID: fixture.perpetual.id)).data.license
            // Past expiry but within the policy's 10 grace days, and past both.
            let inGrace = try await issueExpired(server, clients, fixture, daysAgo: 3)
            let expired = try await issueExpired(server, clients, fixture, daysAgo: 30)
            let suspended = try await fixture.issue(clients, expiringIn: 60).license
            _ = try await admin.suspendLicense(id: suspended.id)
            let revoked = try await fixture.issue(clients, expiringIn: 60).license
            _ = try await admin.revokeLicense(id: revoked.id)

            let expected: [(LicenseStatus, [String])] = [
                (.active, [active.id, perpetual.id]), (.gracePeriod, [inGrace]), (.expired, [expired]), (.suspended, [suspended.id]),
                (.revoked, [revoked.id]),
            ]
            for (status, ids) in expected {
                let listed = try await admin.listLicenses(productID: fixture.product.id, status: status).data
                #expect(listed.map(\.id) == ids.sorted(), "status \(status.rawValue)")
                for license in listed { #expect(try await admin.getLicense(id: license.id).data.status == status) }
            }
            // Expiry windows; licenses without an expiry match neither.
            let soon = try await admin.listLicenses(expiresBefore: Date().addingTimeInterval(40 * 86_400)).data.map(\.id)
            #expect(soon == [active.id, inGrace, expired].sorted())
            let late = try await admin.listLicenses(expiresAfter: Date().addingTimeInterval(40 * 86_400)).data.map(\.id)
            #expect(late == [suspended.id, revoked.id].sorted())
            #expect(try await admin.listLicenses(customerID: fixture.customer.id).data.count == 5)
            #expect(try await admin.listLicenses(policyID: fixture.perpetual.id).data.map(\.id) == [perpetual.id])

            // Raising the policy's grace days moves the licenses under it.
            _ = try await admin.updatePolicy(id: fixture.timeLimited.id, .init(gracePeriodDays: 60))
            #expect(try await admin.getLicense(id: expired).data.status == .gracePeriod)
            #expect(try await admin.listLicenses(productID: fixture.product.id, status: .expired).data.isEmpty)
        }
    }

    /// A license whose expiry lies in the past, written through the store as an upgrade from an older release would be.
    private func issueExpired(_ server: TestServer, _ clients: Clients, _ fixture: LicensingFixture, daysAgo: Double) async throws -> String {
        let license = try await fixture.issue(clients, expiringIn: 1).license
        let expiry = Date().addingTimeInterval(-daysAgo * 86_400)
        try await server.services.database.write(.defaultAccount) { connection in
            try connection.execute(
                "UPDATE licenses SET expires_at = $2, grace_expires_at = $3 WHERE id = $1",
                [.text(license.id), expiry.sqlValue, expiry.addingTimeInterval(10 * 86_400).sqlValue])
        }
        return license.id
    }

    @Test(arguments: TestBackend.available)
    func transitionsFollowTheTable(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let license = try await fixture.issue(clients).license

            let suspended = try await admin.suspendLicense(id: license.id).data
            #expect(suspended.status == .suspended && suspended.entitlementVersion == 2)
            let again = await expectAPIError(.licenseSuspended, status: 409) { _ = try await admin.suspendLicense(id: license.id) }
            #expect(again?.detail == "status")
            let reinstated = try await admin.reinstateLicense(id: license.id).data
            #expect(reinstated.status == .active && reinstated.entitlementVersion == 3)
            await expectAPIError(.conflict, status: 409) { _ = try await admin.reinstateLicense(id: license.id) }

            let revoked = try await admin.revokeLicense(id: license.id).data
            #expect(revoked.status == .revoked && revoked.entitlementVersion == 4)
            // Revoking again changes nothing.
            let revokedAgain = try await admin.revokeLicense(id: license.id).data
            #expect(revokedAgain == revoked)
            await expectAPIError(.licenseRevoked, status: 409) { _ = try await admin.suspendLicense(id: license.id) }
            await expectAPIError(.licenseRevoked, status: 409) { _ = try await admin.reinstateLicense(id: license.id) }
            await expectAPIError(.licenseRevoked, status: 409) {
                _ = try await admin.renewLicense(id: license.id, idempotencyKey: "renew-revoked", .init(extendByDays: 1))
            }
            await expectAPIError(.licenseRevoked, status: 409) {
                _ = try await admin.transferLicense(id: license.id, idempotencyKey: "transfer-revoked", .init(customerEmail: "new@example.com"))
            }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.suspendLicense(id: "lic_missing") }

            let events = try await admin.listEvents(limit: 200, resourceID: license.id).data.map(\.eventType)
            #expect(events == ["license.revoked", "license.reinstated", "license.suspended", "license.created"])
            let actions = try await clients.activities(license: license.id).map(\.action)
            #expect(actions == ["license.revoke", "license.reinstate", "license.suspend", "license.create"])
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func recordsLicensesUseCannotBeDeleted(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            _ = try await fixture.issue(clients)
            _ = try await fixture.issue(clients)
            let policy = await expectAPIError(.conflict, status: 409) { try await admin.deletePolicy(id: fixture.timeLimited.id) }
            #expect(policy?.message.contains("2 licenses") == true)
            let customer = await expectAPIError(.conflict, status: 409) { try await admin.deleteCustomer(id: fixture.customer.id) }
            #expect(customer?.message.contains("2 licenses") == true)
            let product = await expectAPIError(.conflict, status: 409) { try await admin.deleteProduct(id: fixture.product.id) }
            #expect(product?.message.contains("2 licenses") == true)
            // A policy no license uses can still go.
            try await admin.deletePolicy(id: fixture.trial.id)
        }
    }

    @Test(arguments: TestBackend.available)
    func listsWalkEveryLicenseWithCursors(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            var ids: [String] = []
            for _ in 0..<7 { ids.append(try await fixture.issue(clients, customer: false).license.id) }
            let walked = try await walkPages { cursor in try await clients.admin.listLicenses(limit: 3, cursor: cursor, productID: fixture.product.id) }
            #expect(walked.items.map(\.id) == ids && walked.pages == 3)
        }
    }
}

extension Date {
    /// The date at the millisecond precision the server stores, so that comparisons with answers are exact.
    var wholeMillisecondsForTests: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
