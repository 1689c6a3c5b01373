import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// What a vendor's support desk sees of an endpoint's deliveries, and sending one again: `listWebhookDeliveries` and
/// `redeliverWebhookDelivery`, against a real receiver.
@Suite struct WebhookDeliveryLogTests {
    @Test(arguments: TestBackend.available)
    func deliveriesShowTheirAttemptsAndAFinishedOneCanBeSentAgain(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let admin = clients.admin
            let endpoint = try await clients.webhook(receiver.url, events: [.licenseCreated, .licenseSuspended]).webhook
            let fixture = try await LicensingFixture.make(clients)
            let issued = try await fixture.issue(clients)

            // A receiver that fails: the delivery stays pending, with the attempt and the next one's time.
            receiver.answer(500, body: "down")
            #expect(try await harness.deliver() == 1)
            var created = try #require(try await admin.listWebhookDeliveries(id: endpoint.id).data.first)
            #expect(created.status == .pending && created.eventType == .licenseCreated && created.attemptCount == 1)
            #expect(created.attempts.map(\.statusCode) == [.value(500)] && created.attempts.allSatisfy { !$0.succeeded })
            #expect(created.nextAttemptAt?.wrapped.map { $0 > harness.clock.now } == true)
            let pending = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.redeliverWebhookDelivery(id: endpoint.id, deliveryID: created.id)
            }
            #expect(pending?.detail == "status")

            // It recovers; a second event is delivered at once.
            receiver.answer(200)
            harness.clock.advance(by: 3600)
            _ = try await admin.suspendLicense(id: issued.license.id)
            #expect(try await harness.deliver() == 2)
            let all = try await admin.listWebhookDeliveries(id: endpoint.id).data
            #expect(all.map(\.eventType) == [.licenseSuspended, .licenseCreated], "newest first")
            created = all[1]
            #expect(created.status == .delivered && created.attempts.map(\.statusCode) == [.value(500), .value(200)])
            #expect(created.completedAt != nil && created.nextAttemptAt == nil)
            #expect(try await admin.listWebhookDeliveries(id: endpoint.id, eventType: .licenseSuspended).data.map(\.eventType) == [.licenseSuspended])
            #expect(try await admin.listWebhookDeliveries(id: endpoint.id, status: .pending).data.isEmpty)
            let first = try await admin.listWebhookDeliveries(id: endpoint.id, limit: 1)
            let cursor = try #require(first.pageInfo.nextCursor)
            #expect(try await admin.listWebhookDeliveries(id: endpoint.id, limit: 1, cursor: cursor).data.map(\.id) == [created.id])

            // Sent again: the same webhook-id and payload bytes, a fresh timestamp, attempts from zero, history kept.
            let firstSent = try #require(receiver.deliveries.last { $0.id == created.id })
            harness.clock.advance(by: 60)
            let again = try await admin.redeliverWebhookDelivery(id: endpoint.id, deliveryID: created.id).data
            #expect(again.status == .pending && again.attemptCount == 0 && again.attempts.count == 2 && again.completedAt == nil)
            #expect(try await harness.deliver() == 1)
            let resent = try #require(receiver.deliveries.last)
            #expect(resent.id == created.id && resent.body == firstSent.body && resent.timestamp != firstSent.timestamp)
            #expect(try await admin.listWebhookDeliveries(id: endpoint.id).data[1].attempts.count == 3)
            #expect(try await clients.events("webhook_delivery.redelivered").map(\.resourceID) == [created.id])

            // Another endpoint's delivery, an unknown endpoint, a disabled one.
            let other = try await clients.webhook("\(receiver.url)/other").webhook
            await expectAPIError(.notFound, status: 404) { _ = try await admin.redeliverWebhookDelivery(id: other.id, deliveryID: created.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await admin.listWebhookDeliveries(id: "whe_00000000000000000000000000") }
            _ = try await admin.updateWebhookEndpoint(id: endpoint.id, .init(isActive: false))
            let disabled = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.redeliverWebhookDelivery(id: endpoint.id, deliveryID: created.id)
            }
            #expect(disabled?.detail == "is_active")
            try await harness.server.expectAuditChainIntact()
        }
    }
}
