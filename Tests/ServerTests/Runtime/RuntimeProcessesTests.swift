import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Runtime limits across real server processes: two instances sharing one PostgreSQL database, and a server
/// killed outright in the middle of a stream of consumes.
@Suite struct RuntimeProcessesTests {
    @Test(.enabled(if: TestBackend.available.contains(.postgres)))
    func twoServersSharingOnePostgresDatabaseHoldTheLimitsExactly() async throws {
        let server = try await TestServer.start(.postgres)
        let (first, second) = try await ServerProcess.pair(over: server)
        defer {
            first.stop()
            second.stop()
        }
        let admin = ManagementClient(token: TestServer.adminToken, transport: first.transport())
        func runtimes(_ fixture: RuntimeFixture) -> [RuntimeClient] {
            [first, second].map { RuntimeClient(licenseKey: fixture.key, transport: $0.transport()) }
        }

        let seats = try await RuntimeFixture.make(admin: admin, code: "seats") { $0.maxActivations = 5 }
        let seatClients = runtimes(seats)
        let activations = try await RuntimeConcurrencyTests.tally(200) { index in
            _ = try await seatClients[index % 2].activateLicense(idempotencyKey: "act-\(index)", machine("fp-\(index)"))
        }
        #expect(activations == ["ok": 5, "DEVICE_LIMIT_REACHED": 195])
        #expect(try await admin.getLicense(id: seats.license.id).data.activeDeviceCount == 5)

        let quota = try await RuntimeFixture.make(admin: admin, code: "quota", quota: 100)
        let quotaClients = runtimes(quota)
        _ = try await quotaClients[0].activateLicense(idempotencyKey: "a", machine("fp"))
        let consumes = try await RuntimeConcurrencyTests.tally(1_000) { index in
            _ = try await quotaClients[index % 2].consumeLicense(
                idempotencyKey: "use-\(index)", .init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: "event-\(index)"))
        }
        #expect(consumes == ["ok": 100, "QUOTA_EXCEEDED": 900])
        #expect(try await admin.getLicense(id: quota.license.id).data.totalConsumptions == 100)
        #expect(try await quotaClients[1].validateLicense(machine("fp")).data.features.first?.consumed == 100)

        let floating = try await RuntimeFixture.make(admin: admin, code: "floating") { $0.maxFloatingUsers = 3 }
        let floatingClients = runtimes(floating)
        let checkouts = try await RuntimeConcurrencyTests.tally(100) { index in
            _ = try await floatingClients[index % 2].checkoutFloatingLicense(idempotencyKey: "out-\(index)", machine("fp-\(index)"))
        }
        #expect(checkouts == ["ok": 3, "FLOATING_LIMIT_REACHED": 97])
        first.stop()
        second.stop()
        await server.stop()
    }

    @Test(arguments: TestBackend.available)
    func consumesAnsweredBeforeAKillAreAllKeptAndNoneTwice(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let dataDirectory = server.database.dataDirectory
        // Eight clients consume at one license as fast as they can: what is measured is what survives a kill.
        let unlimited = ["LOCKSMITH_RATE_LIMITS": "off"]
        var process = try await ServerProcess(dataDirectory: dataDirectory, databaseURL: server.database.url, environment: unlimited)
        let fixture = try await RuntimeFixture.make(
            admin: ManagementClient(token: TestServer.adminToken, transport: process.transport()), quota: 1_000_000)
        _ = try await RuntimeClient(licenseKey: fixture.key, transport: process.transport()).activateLicense(idempotencyKey: "a", machine("fp"))

        // Eight clients consume as fast as they can; the server is killed once 200 answers have come back.
        let answered = Tally()
        let runtime = RuntimeClient(licenseKey: fixture.key, transport: process.transport())
        let attempted = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var sent: [String] = []
                    for index in 0... {
                        let event = "w\(worker)-\(index)"
                        sent.append(event)
                        do {
                            _ = try await runtime.consumeLicense(
                                idempotencyKey: event, .init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: event))
                            await answered.add(event)
                        } catch {
                            return sent  // the server is gone
                        }
                    }
                    return sent
                }
            }
            // Bounded: if the consumes stop being answered (they must not), kill anyway and let the checks say why.
            let deadline = ContinuousClock.now + .seconds(60)
            while await answered.count < 200, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            process.kill()
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        let acknowledged = await answered.events
        #expect(acknowledged.count >= 200, "only \(acknowledged.count) consumes were answered before the kill")

        process = try await ServerProcess(dataDirectory: dataDirectory, databaseURL: server.database.url, environment: unlimited)
        defer { process.stop() }
        let admin = ManagementClient(token: TestServer.adminToken, transport: process.transport())
        let stored = try await consumedEvents(server, license: fixture.license.id)
        // Every answered consume survived; nothing was counted twice; the counters and the ledger agree.
        #expect(acknowledged.isSubset(of: Set(stored)))
        #expect(stored.count == Set(stored).count)
        #expect(try await admin.getLicense(id: fixture.license.id).data.totalConsumptions == Int64(stored.count))
        #expect(try await consumedInLedger(server, license: fixture.license.id) == stored.count)

        // Sending every event again, answered or not, consumes only those the kill lost.
        let restarted = RuntimeClient(licenseKey: fixture.key, transport: process.transport())
        for event in attempted {
            _ = try await restarted.consumeLicense(idempotencyKey: "again-\(event)", .init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: event))
        }
        #expect(try await admin.getLicense(id: fixture.license.id).data.totalConsumptions == Int64(Set(attempted).count))
        #expect(try await consumedInLedger(server, license: fixture.license.id) == Set(attempted).count)
        process.stop()
        await server.stop()
    }

    private func consumedEvents(_ server: TestServer, license: String) async throws -> [String] {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.query("SELECT event_id FROM consumption_events WHERE license_id = $1", [.text(license)]).map { try $0.string("event_id") }
        }
    }

    /// The amount consumed according to the ledger (a replayed event has a row of its own, with amount 0).
    private func consumedInLedger(_ server: TestServer, license: String) async throws -> Int {
        try await server.services.database.read(.defaultAccount) { connection in
            let row = try connection.queryOne(
                "SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS n FROM activities WHERE license_id = $1 AND action = 'license.consume' AND result_class = 'success'",
                [.text(license)])
            return Int(try row?.int64("n") ?? 0)
        }
    }
}

/// Events answered with 200, collected from concurrent clients.
actor Tally {
    private(set) var events: Set<String> = []
    var count: Int { events.count }

    func add(_ event: String) { events.insert(event) }
}
