import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct APIKeysTests {
    @Test(arguments: TestBackend.available)
    func createdKeyIsShownOnceAndWorksWithItsScopes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.admin.createAPIKey(.init(name: "license writer", scopes: [.licenseWrite, .licenseRead]))
            #expect(created.data.token.hasPrefix("lkm_") && created.data.token.count == 47)
            #expect(created.data.apiKey.scopes == [.licenseWrite, .licenseRead])
            #expect(created.data.apiKey.keyPrefix == String(created.data.token.prefix(12)))
            #expect(created.data.apiKey.isActive && created.data.apiKey.allowedCIDRs.isEmpty)

            // The token is never returned again, and only its keyed hash is stored.
            let listed = try await clients.admin.listAPIKeys()
            #expect(listed.data.map(\.name) == [Bootstrap.bootstrapKeyName, "license writer"])
            let stored = try await server.services.database.read(.defaultAccount) { connection in
                try connection.query("SELECT token_hash, key_prefix FROM api_keys", [])
            }
            for row in stored {
                #expect(try row.bytes("token_hash").count == 32)
                #expect(try !row.string("key_prefix").contains(created.data.token.suffix(20)))
            }

            // The new key authenticates, and is denied what its scopes do not cover.
            let writer = clients.management(created.data.token)
            let denied = await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await writer.listAPIKeys() }
            #expect(denied?.detail == "required scopes: admin")
        }
    }

    @Test(arguments: TestBackend.available)
    func scopesDefaultToAdmin(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.admin.createAPIKey(.init(name: "operator"))
            #expect(created.data.apiKey.scopes == [.admin])
            _ = try await clients.management(created.data.token).listAPIKeys()
        }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsRejectedAndNothingIsWritten(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let before = try await counts(server)
            let past = Date(timeIntervalSinceNow: -60)
            let cases: [(APIKeyCreateRequest, ErrorCode, String)] = [
                (.init(name: "x", allowedCIDRs: ["10.0.0.0/8", "not-a-network"]), .validationFailed, "allowed_cidrs[1]"),
                (.init(name: "x", allowedCIDRs: ["10.0.0.0/33"]), .validationFailed, "allowed_cidrs[0]"),
                (.init(name: "x", expiresAt: past), .validationFailed, "expires_at"),
                (.init(name: "   "), .validationFailed, "name"),
                (.init(name: "x", scopes: []), .validationFailed, "scopes"),
                (.init(name: "x", scopes: [.unrecognized("superuser")]), .validationFailed, "scopes[0]"),
            ]
            for (request, code, field) in cases {
                let error = await expectAPIError(code, status: 422) { _ = try await clients.admin.createAPIKey(request) }
                #expect(error?.detail == field)
            }
            let unknownField = try await clients.raw(
                .post, "/api/v1/api-keys", headers: [.authorization: "Bearer \(TestServer.adminToken)", .contentType: "application/json"],
                body: #"{"name":"x","role":"admin"}"#)
            #expect(unknownField.status == .badRequest)
            #expect(unknownField.errorEnvelope?.error.code == "INVALID_JSON")
            #expect(unknownField.errorEnvelope?.error.detail == "role")
            #expect(try await counts(server) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func listsWalkEveryKeyWithCursors(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            for index in 0..<7 { _ = try await clients.admin.createAPIKey(.init(name: "key \(index)", scopes: [.eventRead])) }
            var names: [String] = []
            var cursor: String? = nil
            repeat {
                let page = try await clients.admin.listAPIKeys(limit: 3, cursor: cursor)
                #expect(page.data.count <= 3)
                names += page.data.map(\.name)
                cursor = page.pageInfo.nextCursor
            } while cursor != nil
            #expect(names == [Bootstrap.bootstrapKeyName] + (0..<7).map { "key \($0)" })
        }
    }

    private func counts(_ server: TestServer) async throws -> [Int] {
        try await server.services.database.read(.defaultAccount) { connection in
            [try connection.queryOne("SELECT COUNT(*) AS n FROM api_keys", [])!.int("n"),
             try connection.queryOne("SELECT COUNT(*) AS n FROM audit_events", [])!.int("n")]
        }
    }
}
