import LocksmithAPI

/// What the journal records for changes of webhook endpoints: audit events only (the endpoint's recorded fields; never
/// its secret).
extension JournalEvent {
    static func webhookEndpointCreated(_ endpoint: StoredWebhookEndpoint) -> JournalEvent {
        .audited(.webhookEndpointCreated, "webhook_endpoint", id: endpoint.id, recorded(endpoint))
    }

    static func webhookEndpointUpdated(_ endpoint: StoredWebhookEndpoint, _ request: WebhookEndpointUpdateRequest) -> JournalEvent {
        .audited(
            .webhookEndpointUpdated, "webhook_endpoint", id: endpoint.id,
            AuditMetadata.update(request, stored: endpoint.model, recording: WebhookEndpointStore.auditedFields))
    }

    static func webhookEndpointDeleted(_ endpoint: StoredWebhookEndpoint) -> JournalEvent {
        .audited(.webhookEndpointDeleted, "webhook_endpoint", id: endpoint.id, recorded(endpoint))
    }

    /// Turned off by the server: the endpoint answered 410 Gone, or failed until its deliveries were given up.
    static func webhookEndpointDisabled(_ endpoint: StoredWebhookEndpoint) -> JournalEvent {
        .audited(.webhookEndpointDisabled, "webhook_endpoint", id: endpoint.id, recorded(endpoint))
    }

    /// A finished delivery queued again by an operator.
    static func webhookDeliveryRedelivered(_ delivery: WebhookDelivery) -> JournalEvent {
        .audited(
            .webhookDeliveryRedelivered, "webhook_delivery", id: delivery.id,
            ["endpoint_id": .string(delivery.endpointID), "event_type": .string(delivery.eventType.rawValue),
             "previous_status": .string(delivery.status.rawValue)])
    }

    private static func recorded(_ endpoint: StoredWebhookEndpoint) -> [String: JSONValue] {
        AuditMetadata.values(of: endpoint.model, recording: WebhookEndpointStore.auditedFields)
    }
}
