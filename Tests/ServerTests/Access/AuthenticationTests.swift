import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct AuthenticationTests {
    @Test(arguments: TestBackend.available)
    func surfacesNeverMix(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let licenseKey = SecretToken.make(prefix: "lsk_")
        try await server.services.database.write(account: AccountStore.defaultAccountID) { connection in
            try LicenseKeyStore.insert(licenseID: "lic_fixture", key: licenseKey, masterKey: server.services.masterKey, at: Date(), on: connection)
        }
        try await server.run { clients in
            // A license key on a management route, a bearer token on a runtime route: both unauthorized.
            let licenseOnManagement = try await clients.raw(.get, "/api/v1/api-keys", headers: [.authorization: "License \(licenseKey)"])
            #expect(licenseOnManagement.status == .unauthorized)
            #expect(licenseOnManagement.errorEnvelope?.error.code == "UNAUTHORIZED")
            await expectAPIError(.unauthorized, status: 401) { _ = try await clients.management(licenseKey).listAPIKeys() }
            let bearerOnRuntime = try await clients.raw(
                .post, "/api/v1/license/validate", headers: [.authorization: "Bearer \(TestServer.adminToken)"])
            #expect(bearerOnRuntime.status == .unauthorized)

            // The right credential on each surface passes authentication: the runtime then asks for a device identity.
            let missing = await expectAPIError(.validationFailed, status: 422) { _ = try await clients.runtime(licenseKey).validateLicense() }
            #expect(missing?.detail == "fingerprint")
            await expectAPIError(.unauthorized, status: 401) {
                _ = try await clients.runtime(SecretToken.make(prefix: "lsk_")).validateLicense()
            }
            _ = try await clients.admin.listAPIKeys()
        }
    }

    @Test(arguments: TestBackend.available)
    func missingMalformedUnknownInactiveAndExpiredTokensAreRejected(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let inactive = try await clients.token(scopes: [.admin])
            let expiring = try await clients.admin.createAPIKey(.init(name: "short", expiresAt: Date(timeIntervalSinceNow: 3600))).data.token
            try await server.services.database.write(.defaultAccount) { connection in
                try connection.execute("UPDATE api_keys SET is_active = 0 WHERE key_prefix = $1", [.text(String(inactive.prefix(12)))])
                try connection.execute("UPDATE api_keys SET expires_at = $1 WHERE key_prefix = $2",
                                       [Date(timeIntervalSinceNow: -1).sqlValue, .text(String(expiring.prefix(12)))])
            }
            for headers: HTTPFields in [
                [:], [.authorization: "Bearer"], [.authorization: "Basic abc"], [.authorization: "Bearer lkm_unknown-token-value"],
                [.authorization: "Bearer \(inactive)"], [.authorization: "Bearer \(expiring)"], [.authorization: "bearer  "],
            ] {
                let response = try await clients.raw(.get, "/api/v1/api-keys", headers: headers)
                #expect(response.status == .unauthorized, "\(headers)")
                #expect(response.errorEnvelope?.error.code == "UNAUTHORIZED")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func lastUsedIsRecordedAtMostOncePerMinute(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let token = try await clients.token(scopes: [.admin])
            let key = clients.management(token)
            _ = try await key.listAPIKeys()
            let first = try await lastUsed(server, token)
            #expect(first != nil)
            _ = try await key.listAPIKeys()
            #expect(try await lastUsed(server, token) == first)
        }
    }

    /// `last_used_at` is bookkeeping: a read must not fail because that write did (a full disk, a read-only
    /// replica); the failure is logged instead.
    @Test(arguments: TestBackend.available)
    func aFailedLastUsedWriteDoesNotFailTheRequestItRidesOn(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let failing = InterposedDatabase(base: server.services.database, writeFailure: StorageError(.other, "disk I/O error"))
        let logs = LogCapture()
        let app = buildApplication(server.prepared(over: failing), logger: logs.logger)
        try await app.test(.router) { client in
            let clients = Clients(client: client)
            let keys = try await clients.admin.listAPIKeys().data
            #expect(keys.count == 1)
            // A change cannot be half-made, so the request that carries one still fails.
            await expectAPIError(.internal, status: 500) { _ = try await clients.admin.createAPIKey(.init(name: "refused")) }
        }
        #expect(logs.entries.contains { $0.level == .warning && $0.message.contains("last_used_at") })
        await server.stop()
    }

    private func lastUsed(_ server: TestServer, _ token: String) async throws -> Date? {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.queryOne("SELECT last_used_at FROM api_keys WHERE key_prefix = $1", [.text(String(token.prefix(12)))])?.optionalDate("last_used_at")
        }
    }

    @Test(arguments: TestBackend.available)
    func allowedNetworksUseThePeerAddressOverRealSockets(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run(.live) { clients in
            let loopback = try await clients.token(scopes: [.admin], cidrs: ["127.0.0.0/8", "::1/128"])
            let elsewhere = try await clients.token(scopes: [.admin], cidrs: ["10.0.0.0/8", "2001:db8::/32"])
            _ = try await clients.management(loopback).listAPIKeys()
            await expectAPIError(.unauthorized, status: 401) { _ = try await clients.management(elsewhere).listAPIKeys() }
            // Without --trusted-proxies the header is ignored.
            let forwarded = try await clients.raw(
                .get, "/api/v1/api-keys", headers: [.authorization: "Bearer \(elsewhere)", .xForwardedFor: "10.1.2.3"])
            #expect(forwarded.status == .unauthorized)
        }
    }

    /// The test client plays a proxy on loopback: a proxy appends the address it saw to whatever `X-Forwarded-For`
    /// the client sent, so only the right-most entries are the proxy's word; the left-most one proves nothing.
    @Test(arguments: TestBackend.available)
    func aSpoofedLeftMostForwardedForIsRefusedBehindATrustedProxy(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { $0.trustedProxies = .loopback }
        try await server.run(.live) { clients in
            let office = try await clients.token(scopes: [.admin], cidrs: ["10.0.0.0/8"])
            let spoofed = try await clients.raw(
                .get, "/api/v1/api-keys", headers: [.authorization: "Bearer \(office)", .xForwardedFor: "10.9.9.9, 192.0.2.7"])
            #expect(spoofed.status == .unauthorized)
            let fromTheOffice = try await clients.raw(
                .get, "/api/v1/api-keys", headers: [.authorization: "Bearer \(office)", .xForwardedFor: "192.0.2.7, 10.1.2.3"])
            #expect(fromTheOffice.status == .ok)

            let created = try await clients.raw(
                .post, "/api/v1/api-keys",
                headers: [.authorization: "Bearer \(TestServer.adminToken)", .contentType: "application/json", .xForwardedFor: "10.9.9.9, 198.51.100.7"],
                body: #"{"name": "made via the proxy"}"#)
            #expect(created.status == .created)
            let id = try LocksmithJSON.decode(CreatedKeyEnvelope.self, from: Data(created.body.readableBytesView)).data.apiKey.id
            let event = try #require(try await clients.events("api_key.created").first { $0.resourceID == id })
            #expect(event.ipAddress == "198.51.100.7")
        }
    }

    @Test(arguments: TestBackend.available)
    func forwardedForLinesAreCombinedInOrder(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { $0.trustedProxies = .loopback }
        try await server.run(.live) { clients in
            let partner = try await clients.token(scopes: [.admin], cidrs: ["198.51.100.0/24"])
            var headers: HTTPFields = [.authorization: "Bearer \(partner)"]
            headers.append(HTTPField(name: .xForwardedFor, value: "10.9.9.9"))
            headers.append(HTTPField(name: .xForwardedFor, value: "198.51.100.7"))
            #expect(try await clients.raw(.get, "/api/v1/api-keys", headers: headers).status == .ok)
            var reversed: HTTPFields = [.authorization: "Bearer \(partner)"]
            reversed.append(HTTPField(name: .xForwardedFor, value: "198.51.100.7"))
            reversed.append(HTTPField(name: .xForwardedFor, value: "10.9.9.9"))
            #expect(try await clients.raw(.get, "/api/v1/api-keys", headers: reversed).status == .unauthorized)
        }
    }
}

private struct CreatedKeyEnvelope: Decodable {
    var data: APIKeyCreateResponse
}

extension HTTPField.Name {
    static var xForwardedFor: Self { .init("X-Forwarded-For")! }
}
