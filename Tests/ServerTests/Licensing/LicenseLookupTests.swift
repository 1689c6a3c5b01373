import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithSDK
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
            #expect(license.status == .methodNotAllowed && license.headers[.allow] == "GET")
        }
    }
}
