import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithCrypto
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// `validateLicenseKey`: validation with the license key in the body, for applications that cannot set
/// `Authorization`; the same decision, ledger row and signed answer as `validateLicense`.
@Suite struct ValidateKeyTests {
    @Test(arguments: TestBackend.available)
    func theKeyInTheBodyValidatesLikeTheHeader(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "a", machine("m1"))
            let keys = try await clients.publicKeys()

            // The body's key is the credential: the header of this client names no license, and is not read.
            let stranger = clients.runtime("lsk_" + String(repeating: "A", count: 43))
            let answer = try await stranger.validateLicenseKey(.init(key: fixture.key, fingerprint: "m1", nonce: "n-1", productCode: "rt"))
            expectSigned(answer, keys)
            #expect(answer.data.licenseID == fixture.license.id && answer.data.nonce == "n-1" && answer.data.features.map(\.code) == ["export"])
            let header = try await fixture.runtime(clients).validateLicense(machine("m1")).data
            #expect(header.deviceID == answer.data.deviceID && header.entitlementVersion == answer.data.entitlementVersion)

            // Without any Authorization header, as a proxy or a shell script would send it; the policies of a runtime call apply.
            let raw = try await clients.raw(
                .post, "/api/v1/licenses/validate-key", headers: [.contentType: "application/json"],
                body: #"{"key":"\#(fixture.key)","fingerprint":"m1"}"#)
            #expect(raw.status == .ok)
            let policies = raw.headers[.rateLimitPolicyField] ?? ""
            #expect(policies.contains("runtime-address") && policies.contains("runtime-key"), "\(policies)")
            let rows = try await runtimeActivities(server, clients)
            #expect(rows.filter { $0.action == "license.validate" && $0.resultClass == .success }.count == 3)

            // The decisions behind the key are validation's: another product, a device never activated.
            await expectAPIError(.productMismatch, status: 403) {
                _ = try await stranger.validateLicenseKey(.init(key: fixture.key, fingerprint: "m1", productCode: "other"))
            }
            await expectAPIError(.notActivated, status: 404) { _ = try await stranger.validateLicenseKey(.init(key: fixture.key, fingerprint: "m2")) }

            // Whatever is wrong with the key, the answer is the same 401: it tells nothing about what exists.
            var messages: Set<String> = []
            for body in [
                #"{"key":"lsk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","fingerprint":"m1"}"#, #"{"key":"not-a-key"}"#,
                #"{"fingerprint":"m1"}"#, #"{"key":17}"#, #"{"key":""}"#, "[1]", "{",
                #"{"key":"\#(fixture.key)","key":"\#(fixture.key)","fingerprint":"m1"}"#,
            ] {
                let refused = try await clients.raw(
                    .post, "/api/v1/licenses/validate-key", headers: [.contentType: "application/json", .authorization: "License \(fixture.key)"],
                    body: body)
                #expect(refused.status == .unauthorized, "\(body)")
                let error = try #require(try JSONSerialization.jsonObject(with: Data(buffer: refused.body)) as? [String: Any])["error"] as? [String: Any]
                #expect(error?["code"] as? String == "UNAUTHORIZED")
                messages.insert(error?["message"] as? String ?? "")
            }
            #expect(messages.count == 1, "\(messages)")

            // A revoked license is refused as validation refuses it.
            _ = try await clients.admin.revokeLicense(id: fixture.license.id)
            await expectAPIError(.licenseRevoked, status: 403) { _ = try await stranger.validateLicenseKey(.init(key: fixture.key, fingerprint: "m1")) }
        }
    }
}
