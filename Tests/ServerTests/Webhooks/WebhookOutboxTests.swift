import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// `WebhookOutbox.enqueue`, the one call through which any area announces an event (runtime and reporting call it
/// directly, inside their own write transactions).
@Suite struct WebhookOutboxTests {
    struct Thing: Encodable, Sendable {
        var id: String
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

            try await database.write(account: AccountStore.defaultAccountID) { connection in
                try WebhookOutbox.enqueue(type: "device.activated", data: Thing(id: "dev_1"), at: now, on: connection)
                // Audit event types outside the catalogue are not announced, so callers need not filter.
                try WebhookOutbox.enqueue(type: "product.created", data: Thing(id: "prod_1"), at: now, on: connection)
            }
            // A change that rolls back takes its deliveries with it.
            await #expect(throws: RolledBack.self) {
                try await database.write(account: AccountStore.defaultAccountID) { connection in
                    try WebhookOutbox.enqueue(type: "device.activated", data: Thing(id: "dev_2"), at: now, on: connection)
                    throw RolledBack()
                }
            }
            let outbox = try await harness.outbox()
            #expect(outbox.map(\.endpointID) == [devices.webhook.id] && outbox.map(\.eventType) == ["device.activated"])

            #expect(try await harness.deliver() == 1)
            let delivery = try #require(receiver.deliveries.first)
            #expect(delivery.bodyText.hasPrefix(#"{"data":{"id":"dev_1"},"timestamp":""#))
            #expect(delivery.bodyText.hasSuffix(#"","type":"device.activated"}"#))
            if TestPython.shouldRun {
                #expect(try StandardWebhooks.verify([delivery], secret: devices.secret) == ["ok device.activated"])
            }
        }
    }
}
