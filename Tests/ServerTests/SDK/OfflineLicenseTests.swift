import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// An envelope a real server issued opens with the license key and the public keys alone, and only in its window.
@Suite struct OfflineLicenseTests {
    @Test(arguments: TestBackend.available)
    func anIssuedEnvelopeOpensOfflineWithinItsWindow(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.allowOfflineActivation = true; $0.offlineGraceDays = 3 }
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(machine("fp"))
            let issued = try await runtime.issueOfflineLicense(machine("fp")).data
            // Stored as an app would, and read back later.
            let envelope = try JSONDecoder().decode(OfflineEnvelope.self, from: try JSONEncoder().encode(issued))

            let published = try await clients.system.listPublicKeys().data
            let keys = try PublicKeyStore(pinned: Dictionary(uniqueKeysWithValues: published.map { ($0.kid, $0.publicKey) }))
            let license = try await OfflineLicense.open(envelope, licenseKey: fixture.key, keys: keys)
            #expect(license.data.licenseID == fixture.license.id)
            #expect(license.data.features.map(\.code) == ["export"])
            #expect(license.signature.kid == envelope.kid)
            let window = license.data.offlineValidFrom...license.data.offlineValidUntil
            #expect(window.contains(Date()))

            // Outside the window, with another license key, or changed: refused.
            await expectVerificationError(.expired(license.data.offlineValidUntil)) {
                _ = try await OfflineLicense.open(envelope, licenseKey: fixture.key, keys: keys, now: license.data.offlineValidUntil.addingTimeInterval(1))
            }
            await expectVerificationError(.notYetValid(license.data.offlineValidFrom)) {
                _ = try await OfflineLicense.open(envelope, licenseKey: fixture.key, keys: keys, now: license.data.offlineValidFrom.addingTimeInterval(-1))
            }
            await expectVerificationError(.envelopeUnreadable("wrong license key, or the envelope was changed")) {
                _ = try await OfflineLicense.open(envelope, licenseKey: fixture.key + "x", keys: keys)
            }
            var changed = envelope
            changed.kid = "kid_other"
            await expectVerificationError(.envelopeUnreadable("wrong license key, or the envelope was changed")) {
                _ = try await OfflineLicense.open(changed, licenseKey: fixture.key, keys: keys)
            }
            // Keys that do not include the signer: refused without any network.
            let none = try PublicKeyStore(pinned: [:])
            await expectVerificationError(.unknownKey, kid: envelope.kid) { _ = try await OfflineLicense.open(envelope, licenseKey: fixture.key, keys: none) }
        }
    }
}
