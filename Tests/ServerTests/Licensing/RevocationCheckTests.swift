import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// `checkLicenseRevocation`: many licenses' status in one call, by id and by full key, in the order sent, telling
/// nothing about another account's licenses.
@Suite struct RevocationCheckTests {
    @Test(arguments: TestBackend.available)
    func statusesComeBackInOrderAndOtherAccountsLicensesAreNotFound(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (_, otherToken) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await LicensingFixture.make(clients)
            let active = try await fixture.issue(clients)
            let suspended = try await fixture.issue(clients)
            let revoked = try await fixture.issue(clients)
            _ = try await admin.suspendLicense(id: suspended.license.id)
            let beforeRevoking = Date()
            let revokedLicense = try await admin.revokeLicense(id: revoked.license.id).data
            let revokedAt = try #require(revokedLicense.revokedAt)
            #expect(revokedAt >= beforeRevoking.addingTimeInterval(-1) && revokedAt <= Date())
            #expect(try await admin.getLicense(id: active.license.id).data.revokedAt == nil)

            // A license of another account, whose id and key this account's check must not see.
            let other = clients.management(otherToken)
            let otherProduct = try await other.createProduct(.init(name: "Other", code: "other")).data
            let otherPolicy = try await other.createPolicy(id: otherProduct.id, .init(name: "P", code: "p", licenseType: .perpetual)).data
            let foreign = try await other.createLicense(.init(productID: otherProduct.id, policyID: otherPolicy.id)).data

            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            let unknownKey = "lsk_" + String(repeating: "A", count: 43)
            let check = try await reader.checkLicenseRevocation(.init(
                licenseIDs: [revoked.license.id, foreign.license.id, active.license.id, "lic_missing"],
                licenseKeys: [suspended.licenseKey, foreign.licenseKey, unknownKey, revoked.licenseKey])).data
            #expect(check.results.map(\.status) == [.revoked, .notFound, .active, .notFound, .suspended, .notFound, .notFound, .revoked])
            #expect(check.results.map(\.licenseID) == [
                revoked.license.id, nil, active.license.id, nil, suspended.license.id, nil, nil, revoked.license.id,
            ])
            #expect(check.results.map(\.revokedAt) == [revokedAt, nil, nil, nil, nil, nil, nil, revokedAt])
            #expect(abs(check.checkedAt.timeIntervalSinceNow) < 60)

            // An expired license reads as expired, as getLicense reads it.
            let ended = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.timeLimited.id, startsAt: Date().addingTimeInterval(-7200),
                expiresAt: Date().addingTimeInterval(-3600))).data
            #expect(try await reader.checkLicenseRevocation(.init(licenseIDs: [ended.license.id])).data.results.map(\.status) == [.expired])
            #expect(try await reader.checkLicenseRevocation(.init(licenseIDs: [])).data.results.isEmpty)

            // Bad input: too many together, neither list, a value that is not a key; and a token without license:read.
            let many = (0..<60).map { "lic_\($0)" }
            let tooMany = await expectAPIError(.validationFailed, status: 422) {
                _ = try await reader.checkLicenseRevocation(.init(licenseIDs: many, licenseKeys: Array(repeating: unknownKey, count: 41)))
            }
            #expect(tooMany?.detail == "license_ids")
            #expect(try await reader.checkLicenseRevocation(.init(licenseIDs: many, licenseKeys: Array(repeating: unknownKey, count: 40))).data.results.count == 100)
            let neither = await expectAPIError(.validationFailed, status: 422) { _ = try await reader.checkLicenseRevocation(.init()) }
            #expect(neither?.detail == "license_ids")
            let malformed = await expectAPIError(.validationFailed, status: 422) {
                _ = try await reader.checkLicenseRevocation(.init(licenseKeys: [unknownKey, "lsk_" + String(repeating: "A", count: 42) + "B"]))
            }
            #expect(malformed?.detail == "license_keys[1]")
            let productReader = clients.management(try await clients.token(scopes: [.productRead]))
            await expectAPIError(.tokenScopeDenied, status: 403) {
                _ = try await productReader.checkLicenseRevocation(.init(licenseIDs: [active.license.id]))
            }
        }
    }

    /// Licenses revoked before `revoked_at` existed get it from their `license.revoked` audit event (migration 15).
    @Test(arguments: TestBackend.available)
    func licensesRevokedBeforeTheColumnExistedGetItFromTheAuditChain(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let revoked = try await clients.admin.revokeLicense(id: try await fixture.issue(clients).license.id).data
            let active = try await fixture.issue(clients).license
            let backfill = try #require(Schema.migrations.first { $0.version == 15 }?.statements.first { $0.contains("UPDATE licenses SET revoked_at") })
            try await server.services.database.write(.defaultAccount) { connection in
                try connection.execute("UPDATE licenses SET revoked_at = NULL", [])
                try connection.execute(backfill, [])
            }
            let event = try #require(try await clients.events("license.revoked").first)
            #expect(try await clients.admin.getLicense(id: revoked.id).data.revokedAt == event.createdAt)
            #expect(try await clients.admin.getLicense(id: active.id).data.revokedAt == nil)
        }
    }
}
