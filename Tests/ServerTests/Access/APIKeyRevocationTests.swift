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

/// Revoking a management key: final, at once on every instance, idempotent, audited once, within its account.
@Suite struct APIKeyRevocationTests {
    /// Two server instances over one database (two pools, as two `locksmith serve` processes): a key revoked through one
    /// is refused by both on its very next request.
    @Test(arguments: TestBackend.available)
    func aRevokedKeyIsRefusedFromItsNextRequestOnEveryInstance(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let other = try await server.database.open()
        let second = buildApplication(server.prepared(over: other), logger: TestServer.logger)
        try await server.run { clients in
            let created = try await clients.admin.createAPIKey(.init(name: "ci", scopes: [.productRead])).data
            try await second.test(.router) { client in
                let elsewhere = Clients(client: client)
                // Both instances have seen the key work.
                _ = try await clients.management(created.token).listProducts()
                _ = try await elsewhere.management(created.token).listProducts()

                let revoked = try await clients.raw(
                    .delete, "/api/v1/api-keys/\(created.apiKey.id)", headers: [.authorization: "Bearer \(TestServer.adminToken)"])
                #expect(revoked.status == .noContent && revoked.body.readableBytes == 0)

                for instance in [elsewhere, clients] {
                    let refused = await expectAPIError(.unauthorized, status: 401) {
                        _ = try await instance.management(created.token).listProducts()
                    }
                    #expect(refused?.message.contains("revoked") == true)
                }
            }
            await other.close()
        }
    }

    @Test(arguments: TestBackend.available)
    func revokingIsFinalIdempotentAndAuditedOnce(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let created = try await admin.createAPIKey(.init(name: "deploy", scopes: [.licenseWrite])).data
            #expect(try await admin.getAPIKey(id: created.apiKey.id).data == created.apiKey)

            try await admin.revokeAPIKey(id: created.apiKey.id)
            try await admin.revokeAPIKey(id: created.apiKey.id)
            let shown = try await admin.getAPIKey(id: created.apiKey.id).data
            #expect(!shown.isActive && shown.scopes == [.licenseWrite] && shown.name == "deploy")
            #expect(try await admin.listAPIKeys().data.first { $0.id == created.apiKey.id }?.isActive == false)

            let events = try await clients.events("api_key.revoked")
            #expect(events.count == 1)
            #expect(events.first?.resourceID == created.apiKey.id && events.first?.resourceType == "api_key")
            #expect(events.first?.actorType == .apiKey)
            #expect(events.first?.metadata["name"] == nil, "names are never recorded")

            await expectAPIError(.unauthorized, status: 401) { _ = try await clients.management(created.token).listLicenses() }
            await expectAPIError(.notFound, status: 404) { try await admin.revokeAPIKey(id: "key_missing") }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getAPIKey(id: "key_missing") }
            #expect(try await clients.events("api_key.revoked").count == 1)
            try await server.expectAuditChainIntact()
        }
    }

    /// The request that revokes the key making it still succeeds; the next one does not.
    @Test(arguments: TestBackend.available)
    func aKeyMayRevokeItself(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.admin.createAPIKey(.init(name: "self")).data
            let itself = clients.management(created.token)
            try await itself.revokeAPIKey(id: created.apiKey.id)
            await expectAPIError(.unauthorized, status: 401) { _ = try await itself.getAPIKey(id: created.apiKey.id) }
            #expect(try await clients.admin.getAPIKey(id: created.apiKey.id).data.isActive == false)
        }
    }

    /// The command line revokes and lists one account's keys; another account's key id is not found there.
    @Test(arguments: TestBackend.available)
    func theCommandLineListsAndRevokesAnAccountsKeys(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, otherToken) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            let created = try await clients.admin.createAPIKey(.init(name: "nightly", scopes: [.eventRead])).data
            let keys = try await Admin.apiKeys(server.services)
            #expect(keys.map(\.name) == [Bootstrap.bootstrapKeyName, "nightly"] && keys.allSatisfy(\.isActive))
            let otherKey = try #require(try await Admin.apiKeys(server.services, account: other.id).first)

            await #expect(throws: ConfigurationError.self) { try await Admin.revokeAPIKey(server.services, account: other.id, id: created.apiKey.id) }
            await #expect(throws: ConfigurationError.self) { try await Admin.apiKeys(server.services, account: "acc_missing") }
            #expect(try await Admin.revokeAPIKey(server.services, id: created.apiKey.id))
            #expect(try await Admin.revokeAPIKey(server.services, id: created.apiKey.id) == false)
            #expect(try await Admin.apiKeys(server.services).map(\.isActive) == [true, false])
            await expectAPIError(.unauthorized, status: 401) { _ = try await clients.management(created.token).listEvents() }

            // The other account's key still works until that account's own key is revoked.
            _ = try await clients.management(otherToken).listProducts()
            #expect(try await Admin.revokeAPIKey(server.services, account: other.id, id: otherKey.id))
            await expectAPIError(.unauthorized, status: 401) { _ = try await clients.management(otherToken).listProducts() }
            let revocations = try await clients.events("api_key.revoked")
            #expect(revocations.map(\.resourceID) == [created.apiKey.id] && revocations.first?.actorType == .system)
            try await server.expectAuditChainIntact()
        }
    }
}
