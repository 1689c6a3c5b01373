import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The journal's deliveries (`AuditedChange.record`): the only way any area announces an event, inside the write
/// transaction of the change it announces.
@Suite struct WebhookOutboxTests {
    static func device(_ id: String, at date: Date) -> Device {
        Device(
            id: id, licenseID: "lic_1", bindingKind: .hardware, bindingKey: "key-\(id)", isVM: false, isContainer: false, status: .active,
            firstSeenAt: date, lastSeenAt: date, metadata: [:], createdAt: date, updatedAt: date)
    }

    struct RolledBack: Error {}

    @Test(arguments: TestBackend.available)
    func eventsAreQueuedWithTheirTransactionOrNotAtAll(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let devices = try await clients.webhook(receiver.url, events: [.deviceActivated])
            _ = try await clients.webhook("http://\(WebhookHarness.receiverHost):\(receiver.port)/hooks", events: [.licenseCreated])
            let database = harness.services.database
            let now = harness.clock.now

            let change = AuditedChange.system(at: now)
            try await database.write(account: AccountStore.defaultAccountID) { connection in
                try change.record(.deviceActivated(Self.device("dev_1", at: now)), on: connection)
                // Changes outside the catalogue are recorded in the audit chain and not announced.
                try change.record(.audited(.productCreated, "product", id: "prod_1"), on: connection)
            }
            // A change that rolls back takes its deliveries with it.
            await #expect(throws: RolledBack.self) {
                try await database.write(account: AccountStore.defaultAccountID) { connection in
                    try change.record(.deviceActivated(Self.device("dev_2", at: now)), on: connection)
                    throw RolledBack()
                }
            }
            let outbox = try await harness.outbox()
            #expect(outbox.map(\.endpointID) == [devices.webhook.id] && outbox.map(\.eventType) == ["device.activated"])

            #expect(try await harness.deliver() == 1)
            let delivery = try #require(receiver.deliveries.first)
            #expect(delivery.bodyText.hasPrefix(#"{"data":{"binding_key":"key-dev_1","#) && delivery.bodyText.contains(#""id":"dev_1""#))
            #expect(delivery.bodyText.hasSuffix(#"","type":"device.activated"}"#))
            if TestPython.shouldRun {
                #expect(try StandardWebhooks.verify([delivery], secret: devices.secret) == ["ok device.activated"])
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func deviceChangesAreAnnouncedWithTheDevice(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(
                receiver.url, events: [.deviceActivated, .deviceDeactivated, .deviceReset, .deviceBlacklisted, .usageConsumed])
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            let first = try await runtime.activateLicense(idempotencyKey: "a1", machine("fp-1")).data.deviceID
            // Activating an active device again changes nothing and announces nothing.
            _ = try await runtime.activateLicense(idempotencyKey: "a2", machine("fp-1"))
            let second = try await runtime.activateLicense(idempotencyKey: "a3", machine("fp-2")).data.deviceID
            _ = try await runtime.deactivateLicense(idempotencyKey: "d1", machine("fp-1"))
            _ = try await clients.admin.blacklistLicenseDevice(id: fixture.license.id, deviceID: second)
            _ = try await runtime.activateLicense(idempotencyKey: "a4", machine("fp-1"))
            _ = try await clients.admin.resetLicenseDevice(id: fixture.license.id, deviceID: first)
            _ = try await runtime.activateLicense(idempotencyKey: "a5", machine("fp-1"))
            // A consumption is announced once; its replay (same event) is not.
            let consume = ConsumeLicenseRequest(fingerprint: "fp-1", featureCode: "export", amount: 3, eventID: "e-1")
            _ = try await runtime.consumeLicense(idempotencyKey: "c1", consume)
            _ = try await runtime.consumeLicense(idempotencyKey: "c2", consume)

            let outbox = try await harness.outbox()
            // The harness clock stands still, so the rows share a time: compare them as a multiset.
            #expect(outbox.map(\.eventType).sorted() == [
                "device.activated", "device.activated", "device.activated", "device.activated", "device.blacklisted", "device.deactivated",
                "device.reset", "usage.consumed",
            ])
            #expect(try await harness.deliver() == 8)
            let bodies = receiver.deliveries.map(\.bodyText)
            let blacklisted = try #require(bodies.first { $0.contains(#""type":"device.blacklisted""#) })
            #expect(blacklisted.contains(#""id":"\#(second)""#) && blacklisted.contains(#""status":"blacklisted""#))
            let reset = try #require(bodies.first { $0.contains(#""type":"device.reset""#) })
            #expect(reset.contains(#""id":"\#(first)""#) && reset.contains(#""fingerprint":"fp-1""#))
            let consumed = try #require(bodies.first { $0.contains(#""type":"usage.consumed""#) })
            #expect(consumed.contains(#""action":"license.consume""#) && consumed.contains(#""amount":3"#))
        }
    }

    @Test(arguments: TestBackend.available)
    func aFilledQuotaAndAFloatingCheckoutAreAnnounced(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(receiver.url, events: [.usageQuotaReached, .leaseCheckedOut])
            let fixture = try await RuntimeFixture.make(clients, quota: 5) { $0.maxFloatingUsers = 2 }
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a1", machine("fp-1"))
            func consume(_ amount: Int64, _ event: String) async throws {
                _ = try await runtime.consumeLicense(.init(fingerprint: "fp-1", featureCode: "export", amount: amount, eventID: event))
            }
            // 3 of 5 announces nothing; 2 more fill the quota; the same event again, or a refusal past it, does not.
            try await consume(3, "e-1")
            #expect(try await harness.outbox().isEmpty)
            try await consume(2, "e-2")
            try await consume(2, "e-2")
            await expectAPIError(.quotaExceeded, status: 409) { try await consume(1, "e-3") }
            // A reset makes room, so filling the quota again is announced again.
            _ = try await clients.admin.resetLicenseUsage(id: fixture.license.id, .init(featureID: fixture.export.id, resetConsumed: true))
            try await consume(5, "e-4")
            let lease = try await runtime.checkoutFloatingLicense(machine("fp-2")).data

            #expect(try await harness.outbox().map(\.eventType).sorted() == ["lease.checked_out", "usage.quota_reached", "usage.quota_reached"])
            #expect(try await harness.deliver() == 3)
            let bodies = receiver.deliveries.map(\.bodyText)
            let filled = bodies.filter { $0.contains(#""type":"usage.quota_reached""#) }
            #expect(filled.count == 2 && filled.allSatisfy { $0.contains(#""feature_code":"export""#) && $0.contains(#""remaining":0"#) })
            let checkedOut = try #require(bodies.first { $0.contains(#""type":"lease.checked_out""#) })
            #expect(checkedOut.contains(#""device_id":"\#(lease.deviceID)""#) && checkedOut.contains(#""license_id":"\#(fixture.license.id)""#))
            #expect(!checkedOut.contains(lease.leaseToken), "the lease token stays with the application")
        }
    }

    /// A lease that runs out without a check-in is recorded once, by whichever recorder claims it first, and announced
    /// with the `FloatingLease`; returned or still-live leases are not.
    @Test(arguments: TestBackend.available)
    func aLapsedLeaseIsRecordedAndAnnouncedOnce(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(receiver.url, events: [.leaseExpired])
            let fixture = try await RuntimeFixture.make(clients) { $0.maxFloatingUsers = 3; $0.floatingTimeoutMinutes = 10; $0.requireHeartbeat = true }
            let runtime = fixture.runtime(clients)
            let lapsing = try await runtime.checkoutFloatingLicense(machine("fp-1")).data
            let returned = try await runtime.checkoutFloatingLicense(machine("fp-2")).data
            _ = try await runtime.checkinFloatingLicense(.init(leaseToken: returned.leaseToken))
            harness.clock.advance(by: 5 * 60)
            let kept = try await runtime.checkoutFloatingLicense(machine("fp-3")).data
            let lapses = LeaseLapses(services: harness.services)
            #expect(try await lapses.recordDue() == 0)

            // Ten minutes after the first checkout only that lease has lapsed; two recorders at once record it once.
            harness.clock.advance(by: 5 * 60)
            async let first = lapses.recordDue()
            async let second = lapses.recordDue()
            #expect(try await first + second == 1)
            #expect(try await lapses.recordDue() == 0)
            await expectAPIError(.leaseExpired, status: 404) { _ = try await runtime.heartbeatFloatingLicense(.init(leaseToken: lapsing.leaseToken)) }
            // The live lease heartbeats past the other's lapse and is not recorded.
            _ = try await runtime.heartbeatFloatingLicense(.init(leaseToken: kept.leaseToken))
            harness.clock.advance(by: 9 * 60)
            #expect(try await lapses.recordDue() == 0)

            #expect(try await harness.outbox().map(\.eventType) == ["lease.expired"])
            #expect(try await harness.deliver() == 1)
            let body = try #require(receiver.deliveries.first?.bodyText)
            #expect(body.contains(#""type":"lease.expired""#) && body.contains(#""device_id":"\#(lapsing.deviceID)""#))
            #expect(body.contains(#""expires_at":"\#(RFC3339.string(from: lapsing.leaseExpiresAt))""#))
            #expect(!body.contains(lapsing.leaseToken))
            let events = try await clients.admin.listEvents(limit: 10).data.filter { $0.eventType == "lease.expired" }
            #expect(events.count == 1 && events.first?.actorType == .system)
            #expect(events.first?.metadata["license_id"] == .string(fixture.license.id))
        }
    }
}
