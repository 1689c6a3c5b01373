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
import Logging
import Testing

@Suite struct SigningKeysTests {
    @Test(arguments: TestBackend.available)
    func rotationRetiresTheOldKeyButKeepsItPublished(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let first = try #require(server.prepared.keyring.serverKeyID)
        let (created, retired) = try await Admin.rotateSigningKey(server.services)
        #expect(retired == [first] && created.kid != first)
        try await server.prepared.keyring.reload()
        #expect(server.prepared.keyring.serverKeyID == created.kid)
        try await server.run { clients in
            let keys = try await clients.system.listPublicKeys().data
            #expect(keys.map(\.kid) == [created.kid, first])
            #expect(keys.map(\.status) == [.active, .retired])
            #expect(Base64.decode(keys[0].publicKey) == created.publicKey)
        }
    }

    @Test(arguments: TestBackend.available)
    func runtimeSignaturesVerifyAgainstThePublishedKey(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let data = Data(#"{"license_id":"lic_1","status":"active"}"#.utf8)
        let signature = try await server.prepared.keyring.signer(for: AccountStore.defaultAccountID)(data)
        let published = try #require(try await server.prepared.keyring.publicKeys(account: nil).first { $0.kid == signature.kid })
        #expect(signature.alg == "Ed25519")
        #expect(SigningKey.verify(signature: Base64.decode(signature.value)!, message: data, publicKey: Base64.decode(published.publicKey)!))
        await server.stop()
    }

    /// Instances rotating at once (two pools on one PostgreSQL, as two servers or a server and the command line)
    /// must take turns: one active key afterwards, and each rotation retires the key the one before it made.
    @Test func concurrentRotationsOnPostgreSQLLeaveExactlyOneActiveKey() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let server = try await TestServer.start(.postgres)
        let other = try await server.database.open()
        let instances = [server.services, Services(database: other, masterKey: server.services.masterKey)]
        let rotations = 8
        let results = try await withThrowingTaskGroup(of: (created: SigningKeyRecord, retired: [String]).self) { group in
            for index in 0..<rotations {
                group.addTask { try await Admin.rotateSigningKey(instances[index % instances.count]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let keys = try await Admin.signingKeys(server.services)
        #expect(keys.count == rotations + 1)
        let active = keys.filter { $0.status == .active }.map(\.kid)
        let retired = results.flatMap(\.retired)
        #expect(active.count == 1 && !retired.contains(active[0]) && results.contains { $0.created.kid == active[0] })
        #expect(results.allSatisfy { $0.retired.count == 1 })
        #expect(Set(retired).count == rotations && Set(retired) == Set(keys.filter { $0.status == .retired }.map(\.kid)))
        try await server.expectAuditChainIntact()
        await other.close()
        await server.stop()
    }

    /// Migration 5 adds the index that allows one active key; a database that already has several (the race
    /// above, before the lock) keeps the newest active and retires the rest, instead of failing to migrate.
    @Test(arguments: TestBackend.available)
    func theOneActiveKeyIndexKeepsTheNewestOfSeveralActiveKeys(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: Schema.migrations.filter { $0.version < 5 }) { database in
            let masterKey = MasterKey.generate()
            let keys = (1...3).map { _ in SigningKey.generate() }
            try await database.write { connection in
                for (index, key) in keys.enumerated() {
                    try connection.execute(
                        """
                        INSERT INTO signing_keys (kid, algorithm, public_key, sealed_secret_key, status, created_at)
                        VALUES ($1, 'ed25519', $2, $3, 'active', $4)
                        """,
                        [.text(key.keyID), .blob(key.publicKey), .blob(masterKey.seal(key.secretKey)), .integer(Int64(1000 * (index + 1)))])
                }
            }
            let applied = try await Schema.migrator.apply(on: database, logger: TestServer.logger)
            #expect(applied.map(\.version) == Schema.migrations.map(\.version).filter { $0 >= 5 })
            let rows = try await database.read { connection in
                try connection.query("SELECT kid, status, retired_at FROM signing_keys ORDER BY created_at", []).map {
                    (try $0.string("kid"), try $0.string("status"), try $0.optionalInt64("retired_at"))
                }
            }
            #expect(rows.map(\.0) == keys.map(\.keyID))
            #expect(rows.map(\.1) == ["retired", "retired", "active"])
            #expect(rows.map(\.2) == [3000, 3000, nil])
            await #expect(throws: StorageError.self) {
                try await database.write { connection in
                    try connection.execute("UPDATE signing_keys SET status = 'active' WHERE kid = $1", [.text(keys[0].keyID)])
                }
            }
        }
    }
    /// A row whose parts do not belong together (edited, restored from another backup, sealed under another master
    /// key) must not sign: the unsealed secret has to derive the stored public key and the kid.
    @Test(arguments: TestBackend.available)
    func anActiveKeyWhoseSecretDoesNotMatchItsRowIsRefusedByKid(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let services = server.services
        let kid = try #require(server.prepared.keyring.serverKeyID)
        let original = try await row(kid, services)
        let stranger = SigningKey.generate()
        let tamperings: [(String, [SQLValue])] = [
            ("UPDATE signing_keys SET public_key = $1 WHERE kid = $2", [.blob(stranger.publicKey), .text(kid)]),
            ("UPDATE signing_keys SET sealed_secret_key = $1 WHERE kid = $2", [.blob(services.masterKey.seal(stranger.secretKey)), .text(kid)]),
            ("UPDATE signing_keys SET sealed_secret_key = $1 WHERE kid = $2", [.blob(MasterKey.generate().seal(stranger.secretKey)), .text(kid)]),
        ]
        for (statement, values) in tamperings {
            try await services.database.write { connection in try connection.execute(statement, values) }
            await expectRefusal(naming: kid, secret: stranger) { try await server.prepared.keyring.reload() }
            try await services.database.write { connection in
                try connection.execute(
                    "UPDATE signing_keys SET public_key = $1, sealed_secret_key = $2 WHERE kid = $3",
                    [.blob(original.publicKey), .blob(original.sealed), .text(kid)])
            }
        }
        try await server.prepared.keyring.reload()

        // A consistent key pair filed under another kid.
        try await services.database.write { connection in
            try connection.execute("UPDATE signing_keys SET kid = $1 WHERE kid = $2", [.text("ed25519-0000000000000000"), .text(kid)])
        }
        await expectRefusal(naming: "ed25519-0000000000000000", secret: stranger) { try await server.prepared.keyring.reload() }
        await server.stop()
    }

    private func row(_ kid: String, _ services: Services) async throws -> (publicKey: [UInt8], sealed: [UInt8]) {
        try await services.database.read { connection in
            let row = try #require(try connection.queryOne("SELECT public_key, sealed_secret_key FROM signing_keys WHERE kid = $1", [.text(kid)]))
            return (try row.bytes("public_key"), try row.bytes("sealed_secret_key"))
        }
    }

    private func expectRefusal(
        naming kid: String, secret: SigningKey, _ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        do {
            try await body()
            Issue.record("a mismatched signing key \(kid) was accepted", sourceLocation: sourceLocation)
        } catch {
            let text = String(describing: error)
            #expect(text.contains(kid), "\(text)", sourceLocation: sourceLocation)
            #expect(!text.contains(Base64.encode(secret.secretKey)) && !text.contains(Hex.encode(secret.secretKey)), sourceLocation: sourceLocation)
        }
    }
}
