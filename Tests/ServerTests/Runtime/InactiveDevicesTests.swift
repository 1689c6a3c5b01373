import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Seats reclaimed from dead machines: a policy's `deactivate_inactive_after_days` lets the server deactivate
/// node-locked devices that went unseen that long, once each, freeing their seats.
@Suite struct InactiveDevicesTests {
    @Test(arguments: TestBackend.available)
    func devicesUnseenLongerThanThePolicyAllowsAreDeactivatedOnce(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 2; $0.deactivateInactiveAfterDays = 7 }
            let keeping = try await RuntimeFixture.make(clients, code: "keep") { $0.maxActivations = 1 }
            #expect(fixture.policy.deactivateInactiveAfterDays == 7 && keeping.policy.deactivateInactiveAfterDays == 0)
            let runtime = fixture.runtime(clients)
            let dead = try await runtime.activateLicense(idempotencyKey: "a1", machine("dead")).data.deviceID
            let alive = try await runtime.activateLicense(idempotencyKey: "a2", machine("alive")).data.deviceID
            let kept = try await keeping.runtime(clients).activateLicense(idempotencyKey: "k1", machine("old")).data.deviceID
            // Full: a third machine is refused.
            await expectAPIError(.deviceLimitReached, status: 409) { _ = try await runtime.activateLicense(idempotencyKey: "a3", machine("new")) }

            // Eight days of silence for two machines (one under a policy that keeps devices), six for another.
            let now = Date()
            try await server.services.database.write(.defaultAccount) { connection in
                for (id, days) in [(dead, 8.0), (kept, 8.0), (alive, 6.0)] {
                    try connection.execute(
                        "UPDATE devices SET last_seen_at = $2 WHERE id = $1", [.text(id), now.addingTimeInterval(-days * 86_400).sqlValue])
                }
            }
            // Two sweeps at once, as two instances would run them: the device is deactivated once.
            let sweep = InactiveDevices(services: server.services)
            async let first = sweep.deactivateDue()
            async let second = InactiveDevices(services: server.services).deactivateDue()
            #expect(try await first + second == 1)
            #expect(try await sweep.deactivateDue() == 0, "once")

            let devices = Dictionary(uniqueKeysWithValues: try await clients.admin.listLicenseDevices(id: fixture.license.id).data.map { ($0.id, $0) })
            #expect(devices[dead]?.status == .deactivated && devices[alive]?.status == .active)
            #expect(try await clients.admin.getLicenseDevice(id: keeping.license.id, deviceID: kept).data.status == .active)
            #expect(try await clients.admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 1)
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("dead")) }
            // The seat is free; the machine itself may come back later.
            _ = try await runtime.activateLicense(idempotencyKey: "a4", machine("new"))
            await expectAPIError(.deviceLimitReached, status: 409) { _ = try await runtime.activateLicense(idempotencyKey: "a5", machine("dead")) }

            let events = try await clients.events("device.deactivated")
            #expect(events.map(\.resourceID) == [dead])
            #expect(events.first?.actorType == .system && events.first?.metadata["reason"] == .string("inactive"))
            let rows = try await clients.admin.listActivities(limit: 200, licenseID: fixture.license.id).data
            #expect(rows.filter { $0.action == "license.device.deactivate_inactive" }.map(\.deviceID) == [dead])
            try await server.expectAuditChainIntact()

            // A policy's figure is bounded like any day count.
            let refused = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.updatePolicy(id: fixture.policy.id, .init(deactivateInactiveAfterDays: 36_501))
            }
            #expect(refused?.detail == "deactivate_inactive_after_days")
        }
    }
}
