import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Responses kept for `Idempotency-Key` replays are sealed with the master key: a floating checkout's answer holds its
/// lease token, which the database otherwise keeps only as a keyed hash.
@Suite struct IdempotentResponseSealingTests {
    static let path = "/api/v1/license/floating/checkout"
    static let body = #"{"fingerprint":"fp-1","hostname":"host-1","nonce":"n-1"}"#

    @Test(arguments: TestBackend.available)
    func aCheckoutsLeaseTokenIsStoredSealedAndTheReplayIsTheSameAnswer(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let (fixture, first) = try await Self.firstCheckout(clients)
            let (token, signature) = try Self.leaseTokenAndSignature(first)
            #expect(token.hasPrefix("lsl_"))

            let rows = try await Self.storedRecords(server)
            #expect(rows.count == 1)
            for row in rows {
                #expect(try row.bool("response_sealed"))
                for (column, value) in zip(row.columnNames, row.values) {
                    let bytes = Self.bytes(of: value)
                    for secret in [token, signature] {
                        #expect(!bytes.contains(Array(secret.utf8)), "idempotency_keys.\(column) holds \(secret) in plain text")
                    }
                }
            }

            // The replay is the first answer byte for byte: the same token under the same signature.
            let again = try await clients.checkout(fixture.key, idempotencyKey: "checkout-1")
            #expect(again.status == .ok && again.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(Array(again.body.readableBytesView) == Array(first.body.readableBytesView))
            #expect(try Self.leaseTokenAndSignature(again) == (token, signature))
            #expect(try await Self.leases(server) == 1, "the replay checked nothing out")
        }
    }

    /// A record kept before responses were sealed (plain, `response_sealed = 0`) still replays until it expires.
    @Test(arguments: TestBackend.available)
    func aPlainRecordFromBeforeSealingStillReplays(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let (fixture, first) = try await Self.firstCheckout(clients)
            let plain = Array(first.body.readableBytesView)
            try await server.services.database.write(.defaultAccount) { connection in
                let changed = try connection.execute(
                    "UPDATE idempotency_keys SET response_body = $1, response_sealed = 0 WHERE idempotency_key = 'checkout-1'", [.blob(plain)])
                #expect(changed == 1)
            }
            let again = try await clients.checkout(fixture.key, idempotencyKey: "checkout-1")
            #expect(again.status == .ok && again.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(Array(again.body.readableBytesView) == plain)
        }
    }

    /// A sealed response that does not open (altered, or sealed under another master key) is an error, never a reason
    /// to run the request a second time.
    @Test(arguments: TestBackend.available)
    func aSealedResponseThatDoesNotOpenIsNotRunAgain(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let (fixture, _) = try await Self.firstCheckout(clients)
            let foreign = MasterKey.generate().seal(Array("{}".utf8), for: .idempotentResponse)
            try await server.services.database.write(.defaultAccount) { connection in
                _ = try connection.execute("UPDATE idempotency_keys SET response_body = $1 WHERE idempotency_key = 'checkout-1'", [.blob(foreign)])
            }
            let again = try await clients.checkout(fixture.key, idempotencyKey: "checkout-1")
            #expect(again.status == .internalServerError && again.errorEnvelope?.error.code == "INTERNAL", "\(again.text)")
            #expect(try await Self.leases(server) == 1)
        }
    }

    /// A floating license and its first checkout (key `checkout-1`), answered 200.
    static func firstCheckout(_ clients: Clients) async throws -> (RuntimeFixture, TestResponse) {
        let fixture = try await RuntimeFixture.make(clients) { $0.maxFloatingUsers = 2 }
        let first = try await clients.checkout(fixture.key, idempotencyKey: "checkout-1")
        #expect(first.status == .ok, "\(first.text)")
        return (fixture, first)
    }

    static func storedRecords(_ server: TestServer) async throws -> [SQLRow] {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.query("SELECT * FROM idempotency_keys", [])
        }
    }

    static func leases(_ server: TestServer) async throws -> Int? {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.queryOne("SELECT COUNT(*) AS n FROM floating_leases", [])?.int("n")
        }
    }

    static func bytes(of value: SQLValue) -> [UInt8] {
        switch value {
        case .null: []
        case .integer(let number): Array(String(number).utf8)
        case .real(let number): Array(String(number).utf8)
        case .text(let text): Array(text.utf8)
        case .blob(let bytes): bytes
        }
    }

    /// The lease token in the answer's `data` and the signature over it.
    static func leaseTokenAndSignature(_ response: TestResponse) throws -> (String, String) {
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
        let data = try #require(envelope["data"] as? [String: Any])
        let signature = try #require(envelope["signature"] as? [String: Any])
        return (try #require(data["lease_token"] as? String), try #require(signature["value"] as? String))
    }
}

extension Clients {
    /// A floating checkout of `licenseKey` for device `fp-1`, sent as exactly these bytes.
    func checkout(_ licenseKey: String, idempotencyKey: String) async throws -> TestResponse {
        try await raw(
            .post, IdempotentResponseSealingTests.path,
            headers: [.authorization: "License \(licenseKey)", .contentType: "application/json", HTTPField.Name("Idempotency-Key")!: idempotencyKey],
            body: IdempotentResponseSealingTests.body)
    }
}
