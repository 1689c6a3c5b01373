import LocksmithAPI

/// What the journal records for changes of orders and subscriptions: audit events only, with every field but the
/// metadata.
extension JournalEvent {
    static func orderCreated(_ order: Order) -> JournalEvent {
        .audited(.orderCreated, "order", id: order.id, AuditMetadata.values(of: order, recording: OrderStore.auditedFields))
    }

    static func orderUpdated(_ order: Order, _ request: OrderUpdateRequest) -> JournalEvent {
        .audited(.orderUpdated, "order", id: order.id, AuditMetadata.update(request, stored: order, recording: OrderStore.auditedFields, in: order.productID))
    }

    static func subscriptionCreated(_ subscription: Subscription) -> JournalEvent {
        .audited(
            .subscriptionCreated, "subscription", id: subscription.id,
            AuditMetadata.values(of: subscription, recording: SubscriptionStore.auditedFields))
    }

    static func subscriptionUpdated(_ subscription: Subscription, _ request: SubscriptionUpdateRequest) -> JournalEvent {
        .audited(
            .subscriptionUpdated, "subscription", id: subscription.id,
            AuditMetadata.update(request, stored: subscription, recording: SubscriptionStore.auditedFields, in: subscription.productID))
    }
}
