import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A server does not start with a master key that cannot open a sealed secret it will need: the server's keys (retired
/// ones too), each account's own key, license-token keys, webhook secrets, stored idempotent responses. It says which secret, which key
/// file, and what to do, as a configuration error, before it has changed anything.
@Suite struct SealedSecretsCheckTests {
    @Test(arguments: TestBackend.available)
    func aServerDoesNotStartWhileAnySealedSecretItNeedsDoesNotOpen(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { $0.webhookAllowPrivate = true }
        try await server.run { clients in
            let (_, retired) = try await Admin.rotateSigningKey(server.services)
            let (account, _) = try await Admin.createAccount(server.services, name: "Second")
            let accountKey = try #require(try await Admin.signingKeys(server.services, account: account.id).first { $0.accountID == account.id })
            let endpoint = try await clients.admin.createWebhookEndpoint(.init(name: "hooks", url: "http://127.0.0.1:9/hooks")).data.webhook
            let fixture = try await RuntimeFixture.make(clients)
            _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "first", machine("fp"))
            let tokenKey = try await fixture.runtime(clients).issueLicenseToken(nil).data.kid

            let restarted = try await Bootstrap.prepare(server.configuration, for: .serve, logger: TestServer.logger)
            await restarted.services.database.close()

            let foreign = MasterKey.generate()
            let cases: [(table: String, column: String, key: String, value: String, scope: TenantScope, sealed: [UInt8], names: String)] = [
                ("signing_keys", "sealed_secret_key", "kid", try #require(retired.first), .none, foreign.seal(SecureRandom.bytes(64)),
                 "signing key \(retired[0]) (the server's)"),
                ("signing_keys", "sealed_secret_key", "kid", accountKey.kid, .none, foreign.seal(SecureRandom.bytes(64)),
                 "signing key \(accountKey.kid) (account \(account.id))"),
                ("webhook_endpoints", "sealed_secret", "id", endpoint.id, .defaultAccount, foreign.seal(Array("whsec_x".utf8), for: .webhookSecret),
                 "webhook endpoint \(endpoint.id)'s secret"),
                ("idempotency_keys", "response_body", "idempotency_key", "first", .defaultAccount,
                 foreign.seal(Array("{}".utf8), for: .idempotentResponse), "a stored activateLicense response"),
                ("token_keys", "sealed_secret_key", "kid", tokenKey, .none, foreign.seal(SecureRandom.bytes(32)),
                 "token key \(tokenKey) (account acc_default)"),
            ]
            for test in cases {
                let select = "SELECT \(test.column) AS sealed FROM \(test.table) WHERE \(test.key) = $1"
                let original = try #require(try await server.services.database.read(test.scope) { try $0.queryOne(select, [.text(test.value)]) }?.bytes("sealed"))
                let update = "UPDATE \(test.table) SET \(test.column) = $1 WHERE \(test.key) = $2"
                try await server.services.database.write(test.scope) { _ = try $0.execute(update, [.blob(test.sealed), .text(test.value)]) }
                do {
                    let prepared = try await Bootstrap.prepare(server.configuration, for: .serve, logger: TestServer.logger)
                    await prepared.services.database.close()
                    Issue.record("started while \(test.names) does not open")
                } catch let error as ConfigurationError {
                    let keyFile = server.database.dataDirectory + "/master.key"
                    #expect(error.description.hasPrefix("the master key in \(keyFile) does not open 1 of the "), "\(error)")
                    #expect(error.description.contains(test.names) && error.description.contains("restore the whole database"), "\(error)")
                }
                try await server.services.database.write(test.scope) { _ = try $0.execute(update, [.blob(original), .text(test.value)]) }
            }
        }
    }
}
