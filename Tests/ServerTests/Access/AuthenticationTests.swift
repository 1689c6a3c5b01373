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

            // The right credential on each surface passes authentication (runtime handlers are not built yet).
            await expectAPIError(.notImplemented, status: 501) { _ = try await clients.runtime(licenseKey).validateLicense() }
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
            let expiring = try await clients.admin.createAPIKey(.init(name: "short", expiresAt: Date(timeIntervalSinceNow: 2))).data.token
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
            // Without --trust-forwarded-for the header is ignored.
            let forwarded = try await clients.raw(
                .get, "/api/v1/api-keys", headers: [.authorization: "Bearer \(elsewhere)", .init("X-Forwarded-For")!: "10.1.2.3"])
            #expect(forwarded.status == .unauthorized)
        }
    }

    @Test(arguments: TestBackend.available)
    func forwardedForIsTrustedOnlyWhenConfigured(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { $0.trustForwardedFor = true }
        try await server.run { clients in
            let office = try await clients.token(scopes: [.admin], cidrs: ["10.0.0.0/8"])
            let viaProxy = try await clients.raw(
                .get, "/api/v1/api-keys", headers: [.authorization: "Bearer \(office)", .init("X-Forwarded-For")!: "10.1.2.3, 192.0.2.1"])
            #expect(viaProxy.status == .ok)
            let outside = try await clients.raw(
                .get, "/api/v1/api-keys", headers: [.authorization: "Bearer \(office)", .init("X-Forwarded-For")!: "192.0.2.1"])
            #expect(outside.status == .unauthorized)
        }
    }
}
