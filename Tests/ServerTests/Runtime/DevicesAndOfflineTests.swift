import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct DevicesAndOfflineTests {
    @Test(arguments: TestBackend.available)
    func operatorsResetAndBlacklistDevices(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            let admin = clients.admin
            let first = try await runtime.activateLicense(idempotencyKey: "a1", machine("fp-1")).data.deviceID
            let second = try await runtime.activateLicense(idempotencyKey: "a2", machine("fp-2")).data.deviceID

            let device = try await admin.getLicenseDevice(id: fixture.license.id, deviceID: first).data
            #expect(device.fingerprint == "fp-1" && device.status == .active && device.hostname == "host-fp-1")
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getLicenseDevice(id: fixture.license.id, deviceID: "dev_missing") }
            let other = try await RuntimeFixture.make(clients, code: "other")
            // A device is found only under its own license.
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getLicenseDevice(id: other.license.id, deviceID: first) }

            // Reset frees the seat: a third machine now fits; the reset one can activate again later.
            let reset = try await admin.resetLicenseDevice(id: fixture.license.id, deviceID: first).data
            #expect(reset.status == .reset)
            let notActive = await expectAPIError(.conflict, status: 409) { _ = try await admin.resetLicenseDevice(id: fixture.license.id, deviceID: first) }
            #expect(notActive?.detail == "status")
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("fp-1")) }
            _ = try await runtime.activateLicense(idempotencyKey: "a3", machine("fp-3"))
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 2)

            // Blacklisting deactivates and refuses that fingerprint from then on; twice is a conflict.
            let blacklisted = try await admin.blacklistLicenseDevice(id: fixture.license.id, deviceID: second).data
            #expect(blacklisted.status == .blacklisted)
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 1)
            let again = await expectAPIError(.conflict, status: 409) { _ = try await admin.blacklistLicenseDevice(id: fixture.license.id, deviceID: second) }
            #expect(again?.detail == "status")
            await expectAPIError(.deviceBlacklisted, status: 403) { _ = try await runtime.activateLicense(idempotencyKey: "a4", machine("fp-2")) }
            await expectAPIError(.deviceBlacklisted, status: 403) { _ = try await runtime.validateLicense(machine("fp-2")) }
            // A reset device may come back; a blacklisted one may not.
            _ = try await runtime.activateLicense(idempotencyKey: "a5", machine("fp-1"))

            #expect(try await clients.events("device.reset").map(\.resourceID) == [first])
            #expect(try await clients.events("device.blacklisted").map(\.resourceID) == [second])
            let actions = try await admin.listActivities(limit: 200, licenseID: fixture.license.id, source: .management).data.map(\.action)
            #expect(actions.filter { $0 == "license.device.reset" }.count == 1 && actions.filter { $0 == "license.device.blacklist" }.count == 1)
            try await server.expectAuditChainIntact()

            // Only keys with device:write may change devices; license:read may look.
            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            _ = try await reader.listLicenseDevices(id: fixture.license.id)
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.resetLicenseDevice(id: fixture.license.id, deviceID: first) }
        }
    }

    /// A support engineer lifts a blacklisting: the device becomes deactivated, holding no seat, and the machine may
    /// activate again; only a blacklisted device of the license can be unblacklisted, once.
    @Test(arguments: TestBackend.available)
    func aLiftedBlacklistingLetsTheMachineActivateAgain(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            let admin = clients.admin
            let held = try await runtime.activateLicense(idempotencyKey: "a1", machine("fp-1")).data.deviceID
            let banned = try await runtime.activateLicense(idempotencyKey: "a2", machine("fp-2")).data.deviceID
            _ = try await admin.blacklistLicenseDevice(id: fixture.license.id, deviceID: banned)

            let active = await expectAPIError(.conflict, status: 409) { _ = try await admin.unblacklistLicenseDevice(id: fixture.license.id, deviceID: held) }
            #expect(active?.detail == "status")
            await expectAPIError(.notFound, status: 404) { _ = try await admin.unblacklistLicenseDevice(id: fixture.license.id, deviceID: "dev_missing") }
            let other = try await RuntimeFixture.make(clients, code: "other")
            await expectAPIError(.notFound, status: 404) { _ = try await admin.unblacklistLicenseDevice(id: other.license.id, deviceID: banned) }
            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.unblacklistLicenseDevice(id: fixture.license.id, deviceID: banned) }
            #expect(try await admin.getLicenseDevice(id: fixture.license.id, deviceID: banned).data.status == .blacklisted)

            let lifted = try await admin.unblacklistLicenseDevice(id: fixture.license.id, deviceID: banned).data
            #expect(lifted.status == .deactivated && lifted.id == banned)
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 1)
            await expectAPIError(.conflict, status: 409) { _ = try await admin.unblacklistLicenseDevice(id: fixture.license.id, deviceID: banned) }
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("fp-2")) }
            #expect(try await runtime.activateLicense(idempotencyKey: "a3", machine("fp-2")).data.deviceID == banned)
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 2)

            #expect(try await clients.events("device.unblacklisted").map(\.resourceID) == [banned])
            let actions = try await admin.listActivities(limit: 200, licenseID: fixture.license.id, source: .management).data.map(\.action)
            #expect(actions.filter { $0 == "license.device.unblacklist" }.count == 1)
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func offlineLicensesOpenOnlyWithTheLicenseKey(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.allowOfflineActivation = true; $0.offlineGraceDays = 3 }
            let runtime = fixture.runtime(clients)
            let keys = try await clients.publicKeys()
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.issueOfflineLicense(machine("fp")) }
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            let envelope = try await runtime.issueOfflineLicense(machine("fp", nonce: "off-1")).data

            let plaintext = try OfflineSeal.open(
                ciphertext: try #require(Base64.decode(envelope.ciphertext)), salt: try #require(Base64.decode(envelope.salt)),
                nonce: try #require(Base64.decode(envelope.nonce)), licenseKey: fixture.key, kid: envelope.kid)
            let text = String(decoding: plaintext, as: UTF8.self)
            #expect(text.allSatisfy { $0.isASCII })
            // The signature covers exactly the bytes of `data` in the plaintext.
            let sealed = try LocksmithJSON.decode(SealedOffline.self, from: Data(plaintext))
            let dataEnd = try #require(text.range(of: #","signature":"#))
            #expect(text.hasPrefix(#"{"data":{"#))
            let signed = Array(text[text.index(text.startIndex, offsetBy: 8)..<dataEnd.lowerBound].utf8)
            #expect(SigningKey.verify(signature: try #require(Base64.decode(sealed.signature.value)), message: signed, publicKey: try #require(keys[envelope.kid])))
            #expect(sealed.signature.kid == envelope.kid && sealed.data.nonce == "off-1" && sealed.data.licenseID == fixture.license.id)
            #expect(sealed.data.offlineValidUntil == sealed.data.offlineValidFrom.addingTimeInterval(3 * 86_400))

            // The wrong key, or one changed byte, fails authentication.
            #expect(throws: (any Error).self) {
                try OfflineSeal.open(
                    ciphertext: Base64.decode(envelope.ciphertext)!, salt: Base64.decode(envelope.salt)!, nonce: Base64.decode(envelope.nonce)!,
                    licenseKey: fixture.key + "x", kid: envelope.kid)
            }
            #expect(throws: (any Error).self) {
                try OfflineSeal.open(
                    ciphertext: Base64.decode(envelope.ciphertext)!, salt: Base64.decode(envelope.salt)!, nonce: Base64.decode(envelope.nonce)!,
                    licenseKey: fixture.key, kid: "another-kid")
            }

            // A policy that does not allow offline use refuses, naming the setting; the refusal is ledgered.
            let online = try await RuntimeFixture.make(clients, code: "online")
            _ = try await online.runtime(clients).activateLicense(idempotencyKey: "b", machine("fp"))
            let refused = await expectAPIError(.validationFailed, status: 422) { _ = try await online.runtime(clients).issueOfflineLicense(machine("fp")) }
            #expect(refused?.detail == "allow_offline_activation")
            let rows = try await runtimeActivities(server, clients).filter { $0.action == "license.offline" }
            #expect(rows.count == 3 && rows.filter { $0.resultClass == .success }.count == 1)
        }
    }

    struct SealedOffline: Decodable {
        var data: OfflineLicenseData
        var signature: Signature
    }
}
