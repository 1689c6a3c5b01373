import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Limits that hold when hundreds of requests arrive at once: exactly the allowed number succeed, the rest are
/// refused with the limit's code, and the counters, the ledger and the next signed answer agree.
@Suite struct RuntimeConcurrencyTests {
    /// A server whose database queues are deep enough that no request is shed with 503: these tests are about
    /// the limits, not about overload.
    static func patientServer(_ backend: TestBackend) async throws -> TestServer {
        try await TestServer.start(backend, limitsOff: "it sends bursts of hundreds of concurrent calls at one license") { configuration in
            let limits = WaitLimits(timeout: .seconds(120), maxWaiters: 5_000)
            configuration.sqlite.waitLimits = limits
            if let url = configuration.databaseURL {
                configuration.databaseURL = TestURL.adding(["pool_timeout": "120s", "pool_max_waiters": "5000"], to: url)
            }
        }
    }

    /// Runs `count` calls of `body` at once and tallies them by outcome: "ok" or the error code.
    static func tally(_ count: Int, _ body: @escaping @Sendable (Int) async throws -> Void) async throws -> [String: Int] {
        try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<count {
                group.addTask {
                    do {
                        try await body(index)
                        return "ok"
                    } catch LocksmithError.api(let error) {
                        return error.code.rawValue
                    }
                }
            }
            return try await group.reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
    }

    @Test(arguments: TestBackend.available)
    func twoHundredActivationsTakeExactlyFiveSeats(backend: TestBackend) async throws {
        let server = try await Self.patientServer(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 5 }
            let runtime = fixture.runtime(clients)
            let outcomes = try await Self.tally(200) { index in
                _ = try await runtime.activateLicense(idempotencyKey: "act-\(index)", machine("fp-\(index)"))
            }
            #expect(outcomes == ["ok": 5, "DEVICE_LIMIT_REACHED": 195])
            let license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 5 && license.timesActivated == 5)
            #expect(try await clients.admin.listLicenseDevices(id: fixture.license.id).data.filter { $0.status == .active }.count == 5)
            let rows = try await runtimeActivities(server, clients).filter { $0.action == "license.activate" }
            #expect(rows.filter { $0.resultClass == .success }.count == 5)
            #expect(rows.filter { $0.reasonCode == "DEVICE_LIMIT_REACHED" }.count == 195)
        }
    }

    @Test(arguments: TestBackend.available)
    func aThousandConsumesOfOneSpendExactlyTheQuota(backend: TestBackend) async throws {
        let server = try await Self.patientServer(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients, quota: 100)
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            let outcomes = try await Self.tally(1_000) { index in
                _ = try await runtime.consumeLicense(
                    idempotencyKey: "use-\(index)", .init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: "event-\(index)"))
            }
            #expect(outcomes == ["ok": 100, "QUOTA_EXCEEDED": 900])

            #expect(try await clients.admin.getLicense(id: fixture.license.id).data.totalConsumptions == 100)
            #expect(try await clients.admin.listLicenseFeatures(id: fixture.license.id).data.first?.totalConsumptions == 100)
            let consumed = try await server.services.database.read(.defaultAccount) { connection in
                try connection.query("SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS n FROM consumption_events WHERE license_id = $1", [.text(fixture.license.id)])
                    .first?.int64("n")
            }
            #expect(consumed == 100)
            let rows = try await clients.admin.listActivities(limit: 200, source: .runtime, resultClass: .success).data
            #expect(rows.filter { $0.action == "license.consume" }.map(\.amount).reduce(0, +) == 100)
            let next = try await runtime.validateLicense(machine("fp")).data.features.first
            #expect(next?.consumed == 100 && next?.remaining == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func aHundredCheckoutsLeaseExactlyThreeSeats(backend: TestBackend) async throws {
        let server = try await Self.patientServer(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxFloatingUsers = 3; $0.floatingTimeoutMinutes = 5 }
            let runtime = fixture.runtime(clients)
            let outcomes = try await Self.tally(100) { index in
                _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "out-\(index)", machine("fp-\(index)"))
            }
            #expect(outcomes == ["ok": 3, "FLOATING_LIMIT_REACHED": 97])
            let open = try await server.services.database.read(.defaultAccount) { connection in
                try connection.query("SELECT COUNT(*) AS n FROM floating_leases WHERE license_id = $1 AND released_at IS NULL", [.text(fixture.license.id)])
                    .first?.int64("n")
            }
            #expect(open == 3)
        }
    }
}
