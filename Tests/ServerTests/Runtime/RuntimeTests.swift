import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct RuntimeTests {
    @Test(arguments: TestBackend.available)
    func activateValidateAndDeactivateASignedDevice(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            let keys = try await clients.publicKeys()

            let activated = try await runtime.activateLicense(idempotencyKey: "a1", machine("fp-1", nonce: "n-1"))
            expectSigned(activated, keys)
            let data = activated.data
            #expect(data.licenseID == fixture.license.id && data.status == "active" && data.licenseType == .timeLimited && data.nonce == "n-1")
            #expect(data.features == [FeatureEntitlement(code: "export", enabled: true, quota: 100, consumed: 0, remaining: 100)])
            #expect(data.nextCheckAt == data.issuedAt.addingTimeInterval(1440 * 60) && data.expiresAt == fixture.license.expiresAt)
            #expect(data.versionEligibility == nil)
            // Signed data is compact, sorted and ASCII: what every official SDK re-serialises byte for byte.
            let text = String(decoding: activated.dataBytes, as: UTF8.self)
            #expect(text.allSatisfy { $0.isASCII } && !text.contains(" ") && text.hasPrefix(#"{"account_id":"#))

            // Activating again takes no second slot; a second machine takes one; a third is over the limit of 2.
            let again = try await runtime.activateLicense(idempotencyKey: "a2", machine("fp-1"))
            #expect(again.data.deviceID == data.deviceID)
            _ = try await runtime.activateLicense(idempotencyKey: "a3", machine("fp-2"))
            let full = await expectAPIError(.deviceLimitReached, status: 409) { _ = try await runtime.activateLicense(idempotencyKey: "a4", machine("fp-3")) }
            #expect(full?.detail == "max_activations")
            var license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 2 && license.timesActivated == 2)

            let validated = try await runtime.validateLicense(machine("fp-1", nonce: "v-1"))
            expectSigned(validated, keys)
            #expect(validated.data.deviceID == data.deviceID && validated.data.nonce == "v-1")
            let checked = try await runtime.checkLicense(machine("fp-2"))
            expectSigned(checked, keys)
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("fp-3")) }
            let noIdentity = await expectAPIError(.validationFailed, status: 422) { _ = try await runtime.validateLicense(nil) }
            #expect(noIdentity?.detail == "fingerprint")

            let released = try await runtime.deactivateLicense(idempotencyKey: "d1", machine("fp-2"))
            expectSigned(released, keys)
            #expect(released.data.deviceID == checked.data.deviceID)
            // Deactivating again changes nothing; the freed slot takes the third machine.
            _ = try await runtime.deactivateLicense(idempotencyKey: "d2", machine("fp-2"))
            _ = try await runtime.activateLicense(idempotencyKey: "a5", machine("fp-3"))
            license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 2 && license.timesActivated == 3)
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.deactivateLicense(idempotencyKey: "d3", machine("never")) }
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("fp-2")) }

            // Every decision is in the ledger, allowed and refused.
            let rows = try await runtimeActivities(server, clients)
            let actions = rows.map { "\($0.action) \($0.resultClass.rawValue) \($0.reasonCode ?? "")" }
            #expect(actions.filter { $0.hasPrefix("license.activate success") }.count == 4)
            #expect(actions.contains("license.activate denied DEVICE_LIMIT_REACHED"))
            #expect(actions.contains("license.validate denied NOT_ACTIVATED") && actions.contains("license.validate denied VALIDATION_FAILED"))
            #expect(rows.allSatisfy { $0.licenseID == fixture.license.id && $0.durationMs != nil })
            // A request refused before the license is read still names the license its key belongs to, but no product.
            #expect(rows.allSatisfy { ($0.productID == fixture.product.id) != ($0.reasonCode == "VALIDATION_FAILED") })
            let denial = try #require(rows.first { $0.reasonCode == "DEVICE_LIMIT_REACHED" })
            #expect(denial.statusCode == 409 && denial.source == .runtime)
            let devices = try await clients.admin.listLicenseDevices(id: fixture.license.id).data
            #expect(devices.map(\.status) == [.active, .deactivated, .active] && devices[0].fingerprint == "fp-1")
            // fp-1, fp-2 and fp-3 each took a slot once; re-activating fp-1 took none.
            #expect(try await clients.events("device.activated").count == 3)
            try await server.expectAuditChainIntact()
        }
    }

    /// Validation reads the whole state in one statement (a row per feature) and leaves its ledger rows to the batcher,
    /// which writes them in multi-row statements: every row arrives, and features come sorted by code.
    @Test(arguments: TestBackend.available)
    func batchedValidationsAreAllRecordedAndFeaturesComeSorted(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "85 concurrent validations of one key exercise the batched ledger writer")
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            for code in ["zeta", "alpha", "mid"] {
                let feature = try await clients.admin.createFeature(id: fixture.product.id, .init(name: code, code: code)).data
                _ = try await clients.admin.assignLicenseFeature(id: fixture.license.id, .init(featureID: feature.id))
            }
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            _ = try await runtimeActivities(server, clients)
            // 85 = 64 + 16 + 4 + 1: every chunk size of the batched insert.
            let answers = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<85 { group.addTask { try await runtime.validateLicense(machine("fp")).data.features.map(\.code) } }
                return try await group.reduce(into: [[String]]()) { $0.append($1) }
            }
            #expect(answers.count == 85 && answers.allSatisfy { $0 == ["alpha", "export", "mid", "zeta"] })
            let rows = try await runtimeActivities(server, clients).filter { $0.action == "license.validate" }
            #expect(rows.count == 85)
            #expect(Set(rows.compactMap(\.requestID)).count == 85)
            #expect(rows.allSatisfy { $0.licenseID == fixture.license.id && $0.resultClass == .success })
        }
    }

    @Test(arguments: TestBackend.available)
    func theDecisionOrderRefusesWithTheFirstFailingRule(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients) { $0.allowVM = false; $0.allowContainer = false }
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            let vm = await expectAPIError(.platformNotAllowed, status: 403) {
                _ = try await runtime.activateLicense(idempotencyKey: "vm", .init(fingerprint: "vm-1", isVM: true))
            }
            #expect(vm?.detail == "is_vm")
            let container = await expectAPIError(.platformNotAllowed, status: 403) {
                _ = try await runtime.activateLicense(idempotencyKey: "ct", .init(isContainer: true, podName: "web-1"))
            }
            #expect(container?.detail == "is_container")

            // Versions: no catalog, not enforced; once there is one, unknown or too-new versions are refused.
            #expect(try await runtime.validateLicense(machine("fp", version: "9.9.9")).data.versionEligibility?.enforced == false)
            let expiry = try #require(fixture.license.expiresAt)
            _ = try await admin.createProductVersion(id: fixture.product.id, .init(version: "1.0.0", releasedAt: expiry.addingTimeInterval(-86_400)))
            _ = try await admin.createProductVersion(id: fixture.product.id, .init(version: "2.0.0", releasedAt: expiry.addingTimeInterval(86_400)))
            let covered = try await runtime.validateLicense(machine("fp", version: "1.0.0+build.7")).data.versionEligibility
            #expect(covered?.appVersion == "1.0.0" && covered?.isEntitled == true && covered?.enforced == true && covered?.eligibleThrough == expiry)
            let unknown = await expectAPIError(.versionNotEntitled, status: 403) { _ = try await runtime.validateLicense(machine("fp", version: "1.5.0")) }
            #expect(unknown?.detail == "app_version")
            await expectAPIError(.versionNotEntitled, status: 403) { _ = try await runtime.validateLicense(machine("fp", version: "2.0.0")) }

            // The license comes before the device and the version.
            _ = try await admin.suspendLicense(id: fixture.license.id)
            await expectAPIError(.licenseSuspended, status: 403) { _ = try await runtime.validateLicense(machine("unknown", version: "7.7.7")) }
            _ = try await admin.reinstateLicense(id: fixture.license.id)
            _ = try await admin.revokeLicense(id: fixture.license.id)
            await expectAPIError(.licenseRevoked, status: 403) { _ = try await runtime.validateLicense(machine("fp")) }
            // Revoking released the device.
            #expect(try await admin.listLicenseDevices(id: fixture.license.id).data.map(\.status) == [.deactivated])
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 0)

            // A license that has not started yet.
            let later = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.policy.id, startsAt: Date().addingTimeInterval(86_400),
                expiresAt: Date().addingTimeInterval(10 * 86_400))).data
            await expectAPIError(.licenseNotStarted, status: 403) {
                _ = try await clients.runtime(later.licenseKey).activateLicense(idempotencyKey: "early", machine("fp"))
            }
            // A key nobody issued.
            await expectAPIError(.unauthorized, status: 401) {
                _ = try await clients.runtime(SecretToken.make(prefix: "lsk_")).validateLicense(machine("fp"))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func consumptionIsMeteredAndIdempotentByEvent(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients, quota: 10)
            let runtime = fixture.runtime(clients)
            let keys = try await clients.publicKeys()
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            func consume(_ event: String, _ amount: Int64, key: String) async throws -> SignedResponse<RuntimeEntitlementResponseData> {
                try await runtime.consumeLicense(idempotencyKey: key, .init(fingerprint: "fp", featureCode: "export", amount: amount, eventID: event))
            }
            let first = try await consume("e1", 4, key: "k1")
            expectSigned(first, keys)
            #expect(first.data.features.first?.consumed == 4 && first.data.features.first?.remaining == 6)
            // The same event again, under another Idempotency-Key: the first answer, byte for byte; nothing consumed.
            let repeated = try await consume("e1", 4, key: "k2")
            #expect(repeated.dataBytes == first.dataBytes && repeated.signature == first.signature)
            let other = await expectAPIError(.conflict, status: 409) { _ = try await consume("e1", 5, key: "k3") }
            #expect(other?.detail == "event_id")
            let over = await expectAPIError(.quotaExceeded, status: 409) { _ = try await consume("e2", 7, key: "k4") }
            #expect(over?.detail == "amount")
            let rest = try await consume("e3", 6, key: "k5")
            #expect(rest.data.features.first?.remaining == 0)
            await expectAPIError(.featureNotEntitled, status: 403) {
                _ = try await runtime.consumeLicense(idempotencyKey: "k6", .init(fingerprint: "fp", featureCode: "missing", eventID: "e4"))
            }
            await expectAPIError(.notActivated, status: 404) {
                _ = try await runtime.consumeLicense(idempotencyKey: "k7", .init(fingerprint: "other", featureCode: "export", eventID: "e5"))
            }

            let license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.totalConsumptions == 10)
            #expect(try await clients.admin.listLicenseFeatures(id: fixture.license.id).data.first?.totalConsumptions == 10)
            let rows = try await runtimeActivities(server, clients).filter { $0.action == "license.consume" }
            #expect(rows.filter { $0.resultClass == .success }.map(\.amount).reduce(0, +) == 10)
            #expect(rows.filter { $0.resultClass == .success }.count == 3)
            #expect(Set(rows.compactMap(\.reasonCode)) == ["CONFLICT", "QUOTA_EXCEEDED", "FEATURE_NOT_ENTITLED", "NOT_ACTIVATED"])
        }
    }

    @Test(arguments: TestBackend.available)
    func floatingSeatsAreLeasedHeartbeatAndReturned(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxFloatingUsers = 2; $0.floatingTimeoutMinutes = 10; $0.requireHeartbeat = true }
            let runtime = fixture.runtime(clients)
            let keys = try await clients.publicKeys()
            let first = try await runtime.checkoutFloatingLicense(idempotencyKey: "c1", machine("fp-1", nonce: "x"))
            expectSigned(first, keys)
            #expect(first.data.leaseToken.hasPrefix("lsl_") && first.data.nonce == "x")
            #expect(first.data.leaseExpiresAt == first.data.issuedAt.addingTimeInterval(600))
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c2", machine("fp-2"))
            await expectAPIError(.floatingLimitReached, status: 409) { _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c3", machine("fp-3")) }

            let beat = try await runtime.heartbeatFloatingLicense(.init(leaseToken: first.data.leaseToken, nonce: "hb"))
            expectSigned(beat, keys)
            #expect(beat.data.leaseExpiresAt >= first.data.leaseExpiresAt && beat.data.nonce == "hb")
            let returned = try await runtime.checkinFloatingLicense(idempotencyKey: "r1", .init(leaseToken: first.data.leaseToken))
            expectSigned(returned, keys)
            let lapsed = await expectAPIError(.leaseExpired, status: 404) { _ = try await runtime.heartbeatFloatingLicense(.init(leaseToken: first.data.leaseToken)) }
            #expect(lapsed?.detail == "lease_token")
            await expectAPIError(.leaseExpired, status: 404) {
                _ = try await runtime.checkinFloatingLicense(idempotencyKey: "r2", .init(leaseToken: first.data.leaseToken))
            }
            // The seat it gave back is free again; a device checking out twice holds one seat.
            let third = try await runtime.checkoutFloatingLicense(idempotencyKey: "c4", machine("fp-3"))
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c5", machine("fp-3"))
            await expectAPIError(.leaseExpired, status: 404) { _ = try await runtime.heartbeatFloatingLicense(.init(leaseToken: third.data.leaseToken)) }

            // A lease that lapses frees its seat with no job: move one lease's expiry into the past.
            try await server.services.database.write(.defaultAccount) { connection in
                try connection.execute("UPDATE floating_leases SET expires_at = 1 WHERE released_at IS NULL AND device_id = $1", [.text(third.data.deviceID)])
            }
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "c6", machine("fp-4"))
            let noFloating = try await RuntimeFixture.make(clients, code: "nofloat")
            let refused = await expectAPIError(.validationFailed, status: 422) {
                _ = try await noFloating.runtime(clients).checkoutFloatingLicense(idempotencyKey: "c7", machine("fp"))
            }
            #expect(refused?.detail == "max_floating_users")
        }
    }
}
