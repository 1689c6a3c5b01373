import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// A license takes at most its policy's `max_activations_per_day` new seats per UTC day: a key shared by a crowd that
/// takes turns at the seats is stopped, while the machines already active, and deactivations, go on.
@Suite struct ActivationChurnTests {
    @Test(arguments: TestBackend.available)
    func aLicenseTakesAtMostItsPolicysNewSeatsPerUTCDay(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            #expect(try await RuntimeFixture.make(clients, code: "plain").policy.maxActivationsPerDay == 50)
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 2; $0.maxActivationsPerDay = 3 }
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("a"))
            _ = try await runtime.activateLicense(idempotencyKey: "b", machine("b"))
            _ = try await runtime.deactivateLicense(idempotencyKey: "a-off", machine("a"))
            _ = try await runtime.activateLicense(idempotencyKey: "c", machine("c"))
            // Three seats taken today. Activating an active machine again takes none, and deactivating is never refused.
            _ = try await runtime.activateLicense(idempotencyKey: "c-again", machine("c"))
            _ = try await runtime.deactivateLicense(idempotencyKey: "b-off", machine("b"))
            let refused = try await Self.activate(clients, fixture.key, "d")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.errorEnvelope?.error.code == "RATE_LIMITED" && refused.errorEnvelope?.error.detail == "max_activations_per_day")
            let now = Int(Date().timeIntervalSince1970)
            let untilMidnight = 86_400 - now % 86_400
            let retryAfter = try #require(refused.headers[.retryAfter].flatMap(Int.init))
            #expect(abs(retryAfter - untilMidnight) <= 5, "Retry-After \(retryAfter), midnight in \(untilMidnight) s")
            _ = try await runtime.validateLicense(machine("c"))
            _ = try await runtime.deactivateLicense(idempotencyKey: "c-off", machine("c"))
            #expect(try await clients.admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 0)
            let denied = try await runtimeActivities(server, clients).filter { $0.reasonCode == "RATE_LIMITED" }
            #expect(denied.count == 1 && denied.first?.action == "license.activate" && denied.first?.statusCode == 429)

            // The next UTC day the license may take seats again.
            try await server.services.database.write(account: AccountStore.defaultAccountID) { connection in
                try connection.execute(
                    "UPDATE licenses SET activation_day = activation_day - 1 WHERE id = $1 AND account_id = $account",
                    [.text(fixture.license.id)])
            }
            #expect(try await Self.activate(clients, fixture.key, "d").status == .ok)
        }
    }

    @Test(arguments: TestBackend.available)
    func noDailyLimitWhenThePolicySaysZero(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 1; $0.maxActivationsPerDay = 0 }
            let runtime = fixture.runtime(clients)
            for index in 0..<8 {
                _ = try await runtime.activateLicense(idempotencyKey: "on-\(index)", machine("m\(index)"))
                _ = try await runtime.deactivateLicense(idempotencyKey: "off-\(index)", machine("m\(index)"))
            }
            #expect(try await clients.admin.getLicense(id: fixture.license.id).data.timesActivated == 8)
        }
    }

    static func activate(_ clients: Clients, _ key: String, _ fingerprint: String) async throws -> TestResponse {
        try await clients.raw(
            .post, "/api/v1/license/activate",
            headers: [.authorization: "License \(key)", .contentType: "application/json", .idempotencyKeyField: "raw-\(fingerprint)"],
            body: #"{"fingerprint":"\#(fingerprint)"}"#)
    }
}
