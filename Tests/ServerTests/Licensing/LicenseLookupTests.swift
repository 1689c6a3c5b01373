import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// `lookupLicense`: a support desk finds a license by the key a customer reads out, sent in the body.
@Suite struct LicenseLookupTests {
    @Test(arguments: TestBackend.available)
    func aLicenseIsFoundByItsKeyAndNothingElseIs(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let issued = try await fixture.issue(clients)
            _ = try await fixture.issue(clients)
            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            let found = try await reader.lookupLicense(.init(licenseKey: issued.licenseKey)).data
            #expect(found.id == issued.license.id && found.licenseKeyLast4 == issued.license.licenseKeyLast4)

            // Well formed, but nobody issued it.
            let unknown = "lsk_" + String(repeating: "A", count: 43)
            await expectAPIError(.notFound, status: 404) { _ = try await reader.lookupLicense(.init(licenseKey: unknown)) }
            // Not a license key: the schema's pattern, and a key of the right shape whose last character no encoder writes.
            for malformed in ["lsk_short", "lkm_" + String(issued.licenseKey.dropFirst(4)), "lsk_" + String(repeating: "A", count: 42) + "B"] {
                let refused = await expectAPIError(.validationFailed, status: 422) {
                    _ = try await reader.lookupLicense(.init(licenseKey: malformed))
                }
                #expect(refused?.detail == "license_key", "\(malformed)")
            }
            let productReader = clients.management(try await clients.token(scopes: [.productRead]))
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await productReader.lookupLicense(.init(licenseKey: issued.licenseKey)) }

            // The route beside `/licenses/{id}`: a method it lacks is 405 with its own methods, not those of `{id}`.
            let wrong = try await clients.raw(.delete, "/api/v1/licenses/lookup", headers: [.authorization: "Bearer \(TestServer.adminToken)"])
            #expect(wrong.status == .methodNotAllowed && wrong.headers[.allow] == "POST")
            let license = try await clients.raw(.delete, "/api/v1/licenses/\(issued.license.id)", headers: [.authorization: "Bearer \(TestServer.adminToken)"])
            #expect(license.status == .methodNotAllowed && license.headers[.allow] == "GET, PATCH")
        }
    }

    /// `listLicenses` by e-mail address (any letter case) and by the last four characters of a key, each served by an
    /// index that leads with the account, on both backends.
    @Test(arguments: TestBackend.available)
    func licensesAreListedByEmailAndByTheEndOfTheirKey(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let expiry = Date().addingTimeInterval(86_400)
            let ada = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.timeLimited.id, customerEmail: "Ada.Lovelace@Example.com", expiresAt: expiry)).data
            let other = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.timeLimited.id, customerEmail: "grace@example.com", expiresAt: expiry)).data
            #expect(try await admin.listLicenses(customerEmail: "ada.lovelace@EXAMPLE.COM").data.map(\.id) == [ada.license.id])
            #expect(try await admin.listLicenses(customerEmail: "nobody@example.com").data.isEmpty)
            let last4 = ada.license.licenseKeyLast4
            let byKey = try await admin.listLicenses(licenseKeyLast4: last4).data.map(\.id)
            #expect(byKey.contains(ada.license.id) && (other.license.licenseKeyLast4 == last4 || !byKey.contains(other.license.id)))
            // Both filters with another: all must match.
            #expect(try await admin.listLicenses(customerEmail: "grace@example.com", licenseKeyLast4: last4).data.allSatisfy { $0.id == other.license.id })
            let refused = await expectAPIError(.invalidQuery, status: 400) { _ = try await admin.listLicenses(licenseKeyLast4: "abc") }
            #expect(refused?.detail == "license_key_last4")

            // SQLite's plan uses each index; PostgreSQL, whose planner reads a table this small whole whatever the
            // indexes, has them with the expressions the filters use.
            for (index, condition) in [
                ("licenses_by_customer_email", "lower(customer_email) = lower('a@b.c')"), ("licenses_by_key_last4", "license_key_last4 = 'abcd'"),
            ] {
                let found = try await server.services.database.read(.defaultAccount) { connection in
                    if connection.dialect == .postgres {
                        // This schema's catalog rows only: other tests create and drop theirs meanwhile.
                        return try connection.query(
                            """
                            SELECT pg_get_indexdef(c.oid) AS indexdef FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE c.relname = $1 AND n.nspname = current_schema()
                            """, [.text(index)])
                            .map { try $0.string("indexdef") }.joined()
                    }
                    return try connection.query(
                        "EXPLAIN QUERY PLAN SELECT id FROM licenses WHERE account_id = 'acc_default' AND \(condition)", []
                    ).map { row in row.columnNames.compactMap { try? row.string($0) }.joined(separator: " ") }.joined(separator: "\n")
                }
                #expect(found.contains(index), "\(found)")
            }
        }
    }
}
