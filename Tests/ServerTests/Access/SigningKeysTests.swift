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
        let first = try #require(server.prepared.keyring.activeKeyID)
        let (created, retired) = try await Admin.rotateSigningKey(server.services)
        #expect(retired == [first] && created.kid != first)
        try await server.prepared.keyring.reload(from: server.services)
        #expect(server.prepared.keyring.activeKeyID == created.kid)
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
        let signature = try server.prepared.keyring.sign(data)
        let published = try #require(server.prepared.keyring.publicKeys.first { $0.kid == signature.kid })
        #expect(signature.alg == "ed25519")
        #expect(SigningKey.verify(signature: Base64.decode(signature.value)!, message: data, publicKey: Base64.decode(published.publicKey)!))
        await server.stop()
    }
}
