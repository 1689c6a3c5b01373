import Foundation
import LocksmithAPI

/// A change as the journal records it (`AuditedChange.record(_:on:)`): what happened to which record, and so which
/// records of it the change writes. Which those are is decided here, once, by the kind of event; a call site names the
/// event and never the sinks.
///
/// - An event of the webhook catalogue (`WebhookEvent`, generated from `openapi.yaml`) is announced to every
///   subscribed endpoint, and recorded in the audit chain unless another event records its change (`isAudited`).
/// - Every other change is an `AuditedEvent`: the audit chain records it, and nothing is announced.
/// - A licensing activity also writes its activity-ledger row (`activity`), built with the event by its area.
struct JournalEvent: Sendable {
    enum Kind: Sendable {
        case announced(WebhookEvent)
        case audited(AuditedEvent)
    }

    let kind: Kind
    let resourceType: String
    let resourceID: String?
    /// What the audit event records about the record (`AuditMetadata`'s rule).
    let metadata: [String: JSONValue]
    /// The ledger row of a licensing activity.
    let activity: LedgerEntry?

    /// A change the webhook catalogue announces.
    static func announced(
        _ event: WebhookEvent, _ resourceType: String, id: String?, _ metadata: [String: JSONValue] = [:], activity: LedgerEntry? = nil
    ) -> JournalEvent {
        JournalEvent(kind: .announced(event), resourceType: resourceType, resourceID: id, metadata: metadata, activity: activity)
    }

    /// A change only the audit chain (and, for a licensing activity, the ledger) records.
    static func audited(
        _ event: AuditedEvent, _ resourceType: String, id: String?, _ metadata: [String: JSONValue] = [:], activity: LedgerEntry? = nil
    ) -> JournalEvent {
        JournalEvent(kind: .audited(event), resourceType: resourceType, resourceID: id, metadata: metadata, activity: activity)
    }

    /// The audit event type.
    var type: String {
        switch kind {
        case .announced(let event): event.type.rawValue
        case .audited(let event): event.rawValue
        }
    }

    /// Whether the audit chain records the event. Three deliveries announce changes whose record is elsewhere: a
    /// consumption is its ledger row, a filled quota is that consumption's consequence, and a finished export is
    /// recorded as `report_export.completed` (or `.failed`) by the export's own change.
    var isAudited: Bool {
        switch kind {
        case .announced(.usageConsumed), .announced(.usageQuotaReached), .announced(.exportCompleted): false
        case .announced, .audited: true
        }
    }

    /// The webhook delivery the event makes, if it is in the catalogue.
    var announcement: WebhookEvent? {
        if case .announced(let event) = kind { event } else { nil }
    }
}

/// An activity-ledger row as an area describes it; the journal adds the time, the source and the request from the change.
struct LedgerEntry: Sendable {
    var action: String
    var productID: String?
    var customerID: String?
    var licenseID: String?
    var orderID: String?
    var subscriptionID: String?
    var featureCode: String?
    var amount: Int64 = 0
    var statusCode: Int = 200
    var deviceID: String?
    var metadata: [String: JSONValue] = [:]

    /// The row, as of `change`.
    func activity(_ change: AuditedChange) -> Activity {
        Activity(
            id: ResourceID.make("act", at: change.date), occurredAt: change.date, action: action,
            source: change.actor.type == .system ? .system : .management, productID: productID, customerID: customerID,
            licenseID: licenseID, orderID: orderID, subscriptionID: subscriptionID, featureCode: featureCode, amount: amount,
            statusCode: statusCode, resultClass: .success, deviceID: deviceID, requestID: change.requestID, metadata: metadata)
    }
}
