import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A license key unlocks only the product it was sold for, from the vendor who sold it: signed answers name both, the
/// server refuses a request that names another product, the SDK refuses an answer for another product or vendor, and
/// each vendor signs with keys of its own.
@Suite struct ProductAndAccountBindingTests {
    @Test(arguments: TestBackend.available)
    func answersNameTheirProductAndARequestForAnotherIsRefused(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let cheap = try await RuntimeFixture.make(clients, code: "cheap") { $0.maxFloatingUsers = 1; $0.allowOfflineActivation = true }
            _ = try await RuntimeFixture.make(clients, code: "pro")
            let honest = RuntimeClient(licenseKey: cheap.key, product: "cheap", transport: clients.transport)
            let borrowed = RuntimeClient(licenseKey: cheap.key, product: "pro", transport: clients.transport)

            // The product's own application: every signed answer names the product and the vendor.
            var identities: [(String?, String?, String?)] = []
            func note(_ data: some RuntimeIdentity) { identities.append((data.accountID, data.productID, data.productCode)) }
            note(try await honest.activateLicense(idempotencyKey: "a", machine("fp")).data)
            note(try await honest.validateLicense(machine("fp")).data)
            note(try await honest.checkLicense(machine("fp")).data)
            note(try await honest.consumeLicense(idempotencyKey: "c", .init(fingerprint: "fp", featureCode: "export", eventID: "e")).data)
            let lease = try await honest.checkoutFloatingLicense(idempotencyKey: "o", machine("floater")).data
            note(lease)
            note(try await honest.heartbeatFloatingLicense(.init(leaseToken: lease.leaseToken)).data)
            let envelope = try await honest.issueOfflineLicense(machine("fp")).data
            let keys = try PublicKeyStore(pinned: Dictionary(uniqueKeysWithValues: try await clients.system.listPublicKeys().data.map { ($0.kid, $0.publicKey) }))
            note(try await OfflineLicense.open(envelope, licenseKey: cheap.key, keys: keys, product: "cheap").data)
            #expect(identities.count == 7)
            #expect(identities.allSatisfy { $0 == (AccountStore.defaultAccountID, cheap.product.id, "cheap") })

            // Another product's application with the same key: refused at step 3, and nothing changes.
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.activateLicense(idempotencyKey: "a2", machine("other")) }
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.validateLicense(machine("fp")) }
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.checkLicense(machine("fp")) }
            await expectAPIError(.productMismatch, status: 403) {
                _ = try await borrowed.consumeLicense(idempotencyKey: "c2", .init(fingerprint: "fp", featureCode: "export", eventID: "e2"))
            }
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.issueOfflineLicense(machine("fp")) }
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.checkoutFloatingLicense(idempotencyKey: "o2", machine("x")) }
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.heartbeatFloatingLicense(.init(leaseToken: lease.leaseToken)) }
            await expectAPIError(.productMismatch, status: 403) {
                _ = try await borrowed.checkinFloatingLicense(idempotencyKey: "i2", .init(leaseToken: lease.leaseToken))
            }
            await expectAPIError(.productMismatch, status: 403) { _ = try await borrowed.deactivateLicense(idempotencyKey: "d2", machine("fp")) }

            let devices = try await clients.admin.listLicenseDevices(id: cheap.license.id).data
            #expect(devices.map(\.fingerprint) == ["fp", "floater"] && devices.allSatisfy { $0.status == .active })
            #expect(try await clients.admin.getLicense(id: cheap.license.id).data.totalConsumptions == 1)
            _ = try await honest.checkinFloatingLicense(idempotencyKey: "i", .init(leaseToken: lease.leaseToken))
            let rows = try await runtimeActivities(server, clients)
            #expect(rows.filter { $0.reasonCode == "PRODUCT_MISMATCH" && $0.statusCode == 403 }.count == 9)
        }
    }

    /// An application that did not tell the server its product (an older server, or a relay that drops the field) still
    /// refuses an answer for another product: the SDK checks the signed `product_code` itself.
    @Test(arguments: TestBackend.available)
    func theSDKRefusesAnotherProductsAnswerOnItsOwn(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let cheap = try await RuntimeFixture.make(clients, code: "cheap") { $0.allowOfflineActivation = true }
            let relay = DroppingTransport(inner: clients.transport, dropping: #""product_code":"pro","#)
            let borrowed = RuntimeClient(licenseKey: cheap.key, product: "pro", transport: relay)
            await expectVerificationError(.productMismatch(expected: "pro", received: "cheap")) {
                _ = try await borrowed.activateLicense(idempotencyKey: "a", machine("fp"))
            }
            await expectVerificationError(.productMismatch(expected: "pro", received: "cheap")) { _ = try await borrowed.validateLicense(machine("fp")) }
            let envelope = try await cheap.runtime(clients).issueOfflineLicense(machine("fp")).data
            let keys = try PublicKeyStore(pinned: Dictionary(uniqueKeysWithValues: try await clients.system.listPublicKeys().data.map { ($0.kid, $0.publicKey) }))
            await expectVerificationError(.productMismatch(expected: "pro", received: "cheap")) {
                _ = try await OfflineLicense.open(envelope, licenseKey: cheap.key, keys: keys, product: "pro")
            }
        }
    }

    /// Each vendor's answers verify only against that vendor's keys; an account that still shares the server's key is
    /// told apart by the signed `account_id`.
    @Test(arguments: TestBackend.available)
    func eachVendorSignsWithItsOwnKey(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, token) = try await Admin.createAccount(server.services, name: "Other vendor")
        let (legacy, legacyToken) = try await Admin.createAccount(server.services, name: "Vendor from before")
        // As an account that existed before accounts had keys: it signs with the server's key.
        try await server.services.database.write { connection in
            try connection.execute("DELETE FROM signing_keys WHERE account_id = $1", [.text(legacy.id)])
            try connection.execute("UPDATE accounts SET server_keys_until = NULL WHERE id = $1", [.text(legacy.id)])
        }
        try await server.prepared.keyring.reload()
        try await server.run { clients in
            let mine = try await RuntimeFixture.make(clients, code: "app")
            let theirs = try await RuntimeFixture.make(admin: clients.management(token), code: "app")
            let shared = try await RuntimeFixture.make(admin: clients.management(legacyToken), code: "app")

            let all = try await clients.system.listPublicKeys().data
            let own = try #require(all.first { $0.accountID == other.id })
            let serverKey = try #require(all.first { $0.accountID == nil && $0.status == .active })
            #expect(try await clients.system.listPublicKeys(accountID: other.id).data.map(\.kid) == [own.kid])
            #expect(try await clients.system.listPublicKeys(accountID: AccountStore.defaultAccountID).data.map(\.kid) == [serverKey.kid])
            #expect(try await clients.system.listPublicKeys(accountID: "acc_nobody").data.isEmpty)
            let malformed = try await clients.raw(.get, "/api/v1/system/public-keys?account_id=no%20such")
            #expect(malformed.status == .badRequest)

            let theirAnswer = try await theirs.runtime(clients).activateLicense(idempotencyKey: "a", machine("fp"))
            #expect(theirAnswer.signature.kid == own.kid && theirAnswer.data.accountID == other.id)
            #expect(try await mine.runtime(clients).activateLicense(idempotencyKey: "a", machine("fp")).signature.kid == serverKey.kid)

            // An application pinned to the default vendor's keys refuses the other vendor's answers: unknown key.
            let pinnedToMine = PublicKeyStore(system: clients.system, account: AccountStore.defaultAccountID)
            let stolen = RuntimeClient(licenseKey: theirs.key, product: "app", transport: clients.transport, verification: .keys(pinnedToMine))
            await expectVerificationError(.unknownKey, kid: own.kid) { _ = try await stolen.validateLicense(machine("fp")) }
            // The account that shares the server's key: the key verifies, the signed account does not match.
            let sharing = RuntimeClient(licenseKey: shared.key, product: "app", transport: clients.transport, verification: .keys(pinnedToMine))
            await expectVerificationError(.accountMismatch(expected: AccountStore.defaultAccountID, received: legacy.id)) {
                _ = try await sharing.activateLicense(idempotencyKey: "a", machine("fp"))
            }
            // Its own application, pinned to its own keys, accepts them.
            let pinnedToTheirs = PublicKeyStore(system: clients.system, account: other.id)
            let genuine = RuntimeClient(licenseKey: theirs.key, product: "app", transport: clients.transport, verification: .keys(pinnedToTheirs))
            _ = try await genuine.validateLicense(machine("fp"))
        }
    }

    /// `locksmith keys rotate --account` gives an account that shared the server's key one of its own: new answers are
    /// signed with it, earlier answers still verify with the retired key, and the rotation is in that account's chain
    /// alone.
    @Test(arguments: TestBackend.available)
    func rotatingAnAccountsKeyKeepsEarlierAnswersVerifiable(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, _) = try await Admin.createAccount(server.services, name: "Other vendor")
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            let before = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            let serverKid = before.signature.kid

            let (created, retired) = try await Admin.rotateSigningKey(server.services, account: AccountStore.defaultAccountID)
            #expect(retired == [serverKid] && created.accountID == AccountStore.defaultAccountID)
            try await server.prepared.keyring.reload()
            let after = try await runtime.validateLicense(machine("fp"))
            #expect(after.signature.kid == created.kid)

            let mine = try await clients.system.listPublicKeys(accountID: AccountStore.defaultAccountID).data
            #expect(mine.map(\.kid) == [created.kid, serverKid] && mine.map(\.status) == [.active, .retired])
            let keys = Dictionary(uniqueKeysWithValues: mine.map { ($0.kid, Base64.decode($0.publicKey)!) })
            expectSigned(before, keys)
            expectSigned(after, keys)
            // The server's key itself stays active for the accounts that still share it; this one no longer signs with it.
            #expect(try await clients.system.listPublicKeys().data.first { $0.kid == serverKid }?.status == .active)
            let rotations = try await clients.events("signing_key.rotated")
            #expect(rotations.count == 1 && rotations[0].resourceID == created.kid)

            // A later rotation of the server's key is not this account's concern any more.
            _ = try await Admin.rotateSigningKey(server.services)
            #expect(try await clients.events("signing_key.rotated").count == 1)
            #expect(try await Admin.signingKeys(server.services, account: other.id).map(\.accountID) == [other.id])
            try await server.expectAuditChainIntact()
        }
    }
}

/// The signed members every runtime payload carries about its license.
protocol RuntimeIdentity {
    var accountID: String? { get }
    var productID: String? { get }
    var productCode: String? { get }
}

extension RuntimeEntitlementResponseData: RuntimeIdentity {}
extension FloatingCheckoutResponseData: RuntimeIdentity {}
extension FloatingLeaseResponseData: RuntimeIdentity {}
extension OfflineLicenseData: RuntimeIdentity {}

/// A relay that drops a piece of every request body on the way to the server.
private struct DroppingTransport: Transport {
    let inner: any Transport
    let dropping: String

    func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts {
        var request = request
        request.body = request.body.map { replacing(dropping, with: "", in: $0) }
        return try await inner.send(request)
    }
}
