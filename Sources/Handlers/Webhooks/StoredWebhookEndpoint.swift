import Foundation
import LocksmithAPI

/// A `webhook_endpoints` row: the contract's `WebhookEndpoint`, its sealed secrets and its delivery health.
struct StoredWebhookEndpoint: Sendable {
    var id: String
    var name: String
    var url: String
    /// Empty means every event type.
    var eventTypes: [WebhookEventType]
    var sealedSecret: [UInt8]
    var secretPrefix: String
    /// The secret before the latest change, still signing beside the new one until `previousSecretUntil`.
    var previousSealedSecret: [UInt8]?
    var previousSecretUntil: Date?
    var isActive: Bool
    var disabledReason: WebhookEndpointDisabledReason?
    var consecutiveFailures: Int
    var lastDeliveryAt: Date?
    var lastSuccessAt: Date?
    var lastFailureAt: Date?
    var lastError: String?
    var createdAt: Date
    var updatedAt: Date

    var model: WebhookEndpoint {
        WebhookEndpoint(
            id: id, name: name, url: url, secretPrefix: secretPrefix, eventTypes: eventTypes, isActive: isActive,
            disabledReason: disabledReason, lastDeliveryAt: lastDeliveryAt, createdAt: createdAt, updatedAt: updatedAt)
    }

    /// Whether an event of `type` is delivered here (an empty list subscribes to every type).
    func subscribes(to type: String) -> Bool {
        eventTypes.isEmpty || eventTypes.contains { $0.rawValue == type }
    }
}
