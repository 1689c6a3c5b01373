import Foundation
import LocksmithAPI
import LocksmithCrypto
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Deliveries end to end: events queued with the changes that cause them, sent signed to a real HTTP receiver, checked
/// with the `standardwebhooks` library, retried on the schedule, given up, and never lost to a crash.
@Suite struct WebhookDeliveryTests {
    @Test(arguments: TestBackend.available)
    func deliveriesAreSignedAsStandardWebhooksDescribes(backend: TestBackend) async throws {
        guard TestPython.shouldRun else { return }
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let all = try await clients.webhook(receiver.url)
            let suspensions = try await clients.webhook(
                "http://\(WebhookHarness.receiverHost):\(receiver.port)/hooks", events: [.licenseSuspended])
            let fixture = try await LicensingFixture.make(clients)
            let issued = try await fixture.issue(clients)
            let suspended = try await clients.admin.suspendLicense(id: issued.license.id).data
            let key = try await clients.admin.createAPIKey(.init(name: "reader", scopes: [.licenseRead])).data.apiKey
            #expect(try await harness.outbox().count == 4, "three events for the first endpoint, one for the second")

            #expect(try await harness.deliver() == 4)
            let received = receiver.deliveries
            #expect(received.count == 4)
            #expect(Set(received.map(\.id)) == Set(try await harness.outbox().map(\.id)))
            #expect(try await harness.outbox().allSatisfy { $0.state == "delivered" && $0.attempts == 1 })

            // An independent implementation accepts every signature, with the secret each endpoint was given.
            let toAll = received.filter { $0.headers["host"] == "127.0.0.1:\(receiver.port)" }
            let toSuspensions = received.filter { $0.headers["host"] == "\(WebhookHarness.receiverHost):\(receiver.port)" }
            #expect(try StandardWebhooks.verify(toAll, secret: all.secret).sorted() == ["ok api_key.created", "ok license.created", "ok license.suspended"])
            #expect(try StandardWebhooks.verify(toSuspensions, secret: suspensions.secret) == ["ok license.suspended"])
            #expect(try StandardWebhooks.verify(toSuspensions, secret: all.secret).allSatisfy { $0.hasPrefix("refused") })

            // The payload is {type, timestamp, data} with the resource as the API returns it, and the bytes sent
            // are the bytes stored when the event was queued.
            let outbox = try await harness.outbox()
            for delivery in received {
                #expect(delivery.body == outbox.first { $0.id == delivery.id }?.payload)
                #expect(delivery.headers["content-type"] == "application/json")
                #expect(delivery.headers["user-agent"] == "Locksmith-Webhooks/1")
                #expect(delivery.timestamp == String(Int(harness.clock.now.timeIntervalSince1970)))
                #expect(!delivery.bodyText.contains(issued.licenseKey), "a license key is never sent")
            }
            let suspendedPayload = try LocksmithJSON.decode(
                LicenseWebhookPayload.self, from: Data(toSuspensions[0].body))
            #expect(suspendedPayload.type == .licenseSuspended && suspendedPayload.data == suspended)
            #expect(suspendedPayload.timestamp == harness.clock.now)
            let created = try #require(toAll.first { $0.bodyText.contains(#""type":"license.created""#) })
            #expect(try LocksmithJSON.decode(LicenseWebhookPayload.self, from: Data(created.body)).data.id == issued.license.id)
            let keyPayload = try #require(toAll.first { $0.bodyText.contains(#""type":"api_key.created""#) })
            #expect(try LocksmithJSON.decode(APIKeyWebhookPayload.self, from: Data(keyPayload.body)).data == key)
            // Every catalogued payload type decodes what the outbox writes.
            for delivery in received {
                let type = try #require(outbox.first { $0.id == delivery.id }?.eventType)
                let payloadType = try #require(WebhookCatalog.payloadTypes[type])
                _ = try LocksmithJSON.decode(payloadType, from: Data(delivery.body))
            }

            // Delivered is delivered: nothing more to do, and health shows it.
            #expect(try await harness.deliver() == 0)
            let endpoint = try await clients.admin.getWebhookEndpoint(id: all.webhook.id).data
            #expect(endpoint.lastDeliveryAt == harness.clock.now)
        }
    }

    @Test(arguments: TestBackend.available)
    func aReceiverThatIsDownGetsRetriesWithGrowingGapsUntilItIsBack(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let endpoint = try await clients.webhook(receiver.url)
            receiver.answer(500, body: "database down")
            _ = try await LicensingFixture.make(clients).issue(clients)
            let start = harness.clock.now

            var times: [Date] = []
            for _ in 0..<5 {
                #expect(try await harness.deliver() == 1)
                times.append(harness.clock.now)
                let due = try #require(try await harness.outbox().first?.nextAttemptAt)
                harness.clock.set(due.addingTimeInterval(-1))
                #expect(try await harness.deliver() == 0, "nothing is attempted before it is due")
                harness.clock.set(due)
            }
            let gaps = zip(times.dropFirst(), times).map { $0.timeIntervalSince($1) }
            #expect(gaps == [5, 30, 120, 600])
            #expect(times.last!.timeIntervalSince(start) == 755)

            receiver.answer(204)
            #expect(try await harness.deliver() == 1)
            let delivery = try #require(try await harness.outbox().first)
            #expect(delivery.state == "delivered" && delivery.attempts == 6 && delivery.firstAttemptAt == start)
            let attempts = try await harness.attempts()
            #expect(attempts.map(\.statusCode) == [500, 500, 500, 500, 500, 204])
            #expect(attempts.first?.error == "HTTP 500" && attempts.first?.responseBody == "database down")
            // Every attempt carries the same delivery id and body, each signed for its own moment.
            let received = receiver.deliveries
            #expect(Set(received.map(\.id)).count == 1 && Set(received.map(\.body)).count == 1)
            #expect(received.map(\.timestamp) == (times + [harness.clock.now]).map { String(Int($0.timeIntervalSince1970)) })
            if TestPython.shouldRun {
                #expect(try StandardWebhooks.verify(received, secret: endpoint.secret).allSatisfy { $0 == "ok license.created" })
            }
            let health = try await clients.admin.getWebhookHealth(from: start.addingTimeInterval(-60), to: harness.clock.now.addingTimeInterval(1)).data
            #expect(health.endpoints.first?.consecutiveFailures == 0)
            #expect(health.endpoints.first?.attempts == 6 && health.endpoints.first?.delivered == 1)
            #expect(health.endpoints.first?.lastError == "HTTP 500: database down")
        }
    }

    @Test(arguments: TestBackend.available)
    func aDayOfFailuresGivesUpAndDisablesTheEndpoint(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let endpoint = try await clients.webhook(receiver.url)
            receiver.answer(503)
            _ = try await LicensingFixture.make(clients).issue(clients)
            let start = harness.clock.now
            var offsets: [TimeInterval] = []
            while let delivery = try await harness.outbox().first, delivery.state == "pending" {
                harness.clock.set(try #require(delivery.nextAttemptAt))
                offsets.append(harness.clock.now.timeIntervalSince(start))
                #expect(try await harness.deliver() == 1)
            }
            #expect(offsets == [0, 5, 35, 155, 755, 2555, 6155, 16955, 38555, 60155, 81755, 86400])
            #expect(try await harness.outbox().first?.state == "failed")
            let disabled = try await clients.admin.getWebhookEndpoint(id: endpoint.webhook.id).data
            #expect(!disabled.isActive && disabled.disabledReason == .failing)
            let events = try await clients.events("webhook_endpoint.disabled")
            #expect(events.count == 1 && events.first?.actorType == .system && events.first?.metadata["disabled_reason"] == "failing")

            // Nothing is queued for a disabled endpoint; re-enabling it clears the reason.
            _ = try await LicensingFixture.make(clients, code: "second").issue(clients)
            #expect(try await harness.outbox().count == 1)
            let enabled = try await clients.admin.updateWebhookEndpoint(id: endpoint.webhook.id, .init(isActive: true)).data
            guard case .webhookEndpoint(let resumed) = enabled else {
                Issue.record("re-enabling answered \(enabled)")
                return
            }
            #expect(resumed.isActive && resumed.disabledReason == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func goneDisablesTheEndpointAtOnce(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let endpoint = try await clients.webhook(receiver.url)
            receiver.answer(410)
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            _ = try await clients.admin.suspendLicense(id: license.id)
            #expect(try await harness.deliver() == 2)
            let gone = try await clients.admin.getWebhookEndpoint(id: endpoint.webhook.id).data
            #expect(!gone.isActive && gone.disabledReason == .gone)
            let health = try await clients.admin.getWebhookHealth().data.endpoints.first
            #expect(health?.isActive == false && health?.disabledReason == .gone)
            // Nothing is retried once the endpoint is gone: a delivery attempted alongside the one that got 410 may
            // still be pending on the now inactive endpoint, but none is delivered or attempted twice.
            let rows = try await harness.outbox()
            #expect(rows.contains { $0.state == "failed" } && rows.allSatisfy { $0.state != "delivered" && $0.attempts <= 1 },
                    "\(rows.map { "\($0.state) \($0.attempts)" })")
            #expect(try await clients.events("webhook_endpoint.disabled").count == 1)
            _ = try await clients.admin.reinstateLicense(id: license.id)
            #expect(try await harness.outbox().count == 2, "an inactive endpoint gets nothing queued")
        }
    }

    @Test(arguments: TestBackend.available)
    func aRotationSignsWithBothSecretsForADay(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let created = try await clients.webhook(receiver.url)
            let rotated = try await clients.admin.updateWebhookEndpoint(id: created.webhook.id, .init(rotateSecret: true)).data
            guard case .webhookEndpointWithSecret(let new) = rotated else {
                Issue.record("rotation answered \(rotated)")
                return
            }
            #expect(new.secret != created.secret && new.secret.hasPrefix("whsec_"))
            #expect(new.webhook.secretPrefix == String(new.secret.prefix(10)) && new.webhook.secretPrefix != created.webhook.secretPrefix)

            let fixture = try await LicensingFixture.make(clients)
            _ = try await fixture.issue(clients)
            try await harness.deliver()
            let during = try #require(receiver.deliveries.last)
            #expect(during.signature.split(separator: " ").count == 2 && during.signature.split(separator: " ").allSatisfy { $0.hasPrefix("v1,") })

            harness.clock.advance(by: 86_400 + 1)
            _ = try await fixture.issue(clients)
            try await harness.deliver()
            let after = try #require(receiver.deliveries.last)
            #expect(after.signature.split(separator: " ").count == 1)

            guard TestPython.shouldRun else { return }
            #expect(try StandardWebhooks.verify([during], secret: new.secret) == ["ok license.created"])
            #expect(try StandardWebhooks.verify([during], secret: created.secret) == ["ok license.created"])
            #expect(try StandardWebhooks.verify([after], secret: new.secret) == ["ok license.created"])
            #expect(try StandardWebhooks.verify([after], secret: created.secret).first?.hasPrefix("refused") == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func aCustomSecretKeysTheHMACAsTheSpecSays(backend: TestBackend) async throws {
        guard TestPython.shouldRun else { return }
        let harness = try await WebhookHarness.start(backend)
        let standard = "whsec_" + Base64.encode([UInt8](repeating: 7, count: 24))
        let plain = "a-plain-shared-secret-0123456789"
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(receiver.url, secret: standard)
            _ = try await clients.webhook("http://\(WebhookHarness.receiverHost):\(receiver.port)/hooks", secret: plain)
            _ = try await LicensingFixture.make(clients).issue(clients)
            try await harness.deliver()
            let byHost = Dictionary(grouping: receiver.deliveries) { $0.headers["host"] ?? "" }
            #expect(try StandardWebhooks.verify(byHost["127.0.0.1:\(receiver.port)"] ?? [], secret: standard) == ["ok license.created"])
            // A plain secret keys the HMAC with its own bytes: what a receiver gets by handing the library those bytes.
            let plainKey = "whsec_" + Base64.encode(Array(plain.utf8))
            #expect(try StandardWebhooks.verify(byHost["\(WebhookHarness.receiverHost):\(receiver.port)"] ?? [], secret: plainKey)
                == ["ok license.created"])
        }
    }

    @Test(arguments: TestBackend.available)
    func deliveriesPendingWhenTheServerIsKilledAreDeliveredAfterARestart(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await WebhookReceiver.run { receiver in
            let stuck = StuckTransport()
            try await harness.run(tearingDown: false) { clients in
                _ = try await clients.webhook(receiver.url)
                let fixture = try await LicensingFixture.make(clients)
                for _ in 0..<5 { _ = try await fixture.issue(clients) }
            }
            // The first process claims everything and is killed mid-delivery: its attempts never return and never
            // record anything, and its database connections are gone.
            let database = try await harness.server.database.open()
            let first = Task { try await harness.worker(over: database, transport: stuck).runOnce(limit: 100) }
            await stuck.waitForAttempts(5)
            await database.close()

            // A new process on the same database.
            let restarted = try await harness.server.database.open()
            let worker = harness.worker(over: restarted)
            #expect(try await worker.runOnce() == 0, "the claims hold until their lease runs out")
            harness.clock.advance(by: harness.settings.lease)
            #expect(try await worker.runOnce() == 5)
            #expect(Set(receiver.deliveries.map(\.id)).count == 5)
            let outbox = try await restarted.read(.defaultAccount) { connection in
                try connection.query("SELECT state, attempts FROM webhook_deliveries", []).map { try ($0.string("state"), $0.int("attempts")) }
            }
            #expect(outbox.allSatisfy { $0 == ("delivered", 1) })

            // The killed attempts come back too late to count: their claim was taken over.
            stuck.release()
            _ = try? await first.value
            await restarted.close()
            await harness.server.stop()
        }
    }

    @Test(arguments: TestBackend.available)
    func stoppingGracefullyFinishesTheAttemptsInFlight(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(receiver.url)
            _ = try await LicensingFixture.make(clients).issue(clients)
            let (entered, enteredContinuation) = AsyncStream<Void>.makeStream()
            let (release, releaseContinuation) = AsyncStream<Void>.makeStream()
            receiver.answer { _ in
                enteredContinuation.yield()
                for await _ in release { break }
                return (200, "")
            }
            let stopping = LockedFlag()
            let running = Task {
                await harness.worker().run(shouldStop: { stopping.value }, sleep: { _ in await Task.yield() })
            }
            for await _ in entered { break }
            stopping.value = true
            releaseContinuation.yield()
            await running.value
            let attempts = try await harness.attempts()
            #expect(try await harness.outbox().first?.state == "delivered", "the attempt in flight was finished and recorded: \(attempts)")
        }
    }
}

/// A transport whose attempts never come back until released: a process killed while delivering.
final class StuckTransport: WebhookTransport {
    private let started = AsyncStream<Void>.makeStream()
    private let held = Locked<(released: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    func send(_ request: WebhookRequest) async -> WebhookAnswer {
        started.continuation.yield()
        await withCheckedContinuation { continuation in
            let released = held.withLock { state in
                if !state.released { state.waiting.append(continuation) }
                return state.released
            }
            if released { continuation.resume() }
        }
        return .answered(status: 200, retryAfterSeconds: nil, body: [])
    }

    func waitForAttempts(_ count: Int) async {
        var seen = 0
        for await _ in started.stream {
            seen += 1
            if seen == count { return }
        }
    }

    func release() {
        let waiting = held.withLock { state in
            state.released = true
            defer { state.waiting = [] }
            return state.waiting
        }
        for continuation in waiting { continuation.resume() }
    }
}

/// A flag one task sets and another reads.
final class LockedFlag: Sendable {
    private let box = Locked(false)

    var value: Bool {
        get { box.withLock { $0 } }
        set { box.withLock { $0 = newValue } }
    }
}
