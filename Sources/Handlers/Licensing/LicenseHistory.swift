import Foundation
import LocksmithAPI
import LocksmithStorage

/// How a license change is remembered: one audit event and one activity-ledger row, both in the change's transaction,
/// and, for the lifecycle events in the webhook catalogue, a delivery of the license to each subscribed endpoint.
///
/// The ledger row copies the license's attribution at this moment (product, customer, order, subscription), so a later
/// transfer or relink does not rewrite history.
enum LicenseHistory {
    /// What a ledger row adds to the license's own attribution.
    struct Details: Sendable {
        var featureCode: String?
        var deviceID: String?
        var amount: Int64 = 0
        /// Commerce records behind this action (a renewal's order), instead of the license's origin links.
        var orderID: String?
        var subscriptionID: String?
        var metadata: [String: JSONValue] = [:]
    }

    /// The audit event (the license's recorded fields, then `extra`) and the ledger row.
    static func record(
        _ eventType: String, action: String, license: StoredLicense, statusCode: Int = 200, audit extra: [String: JSONValue] = [:],
        details: Details = Details(), change: AuditedChange, on connection: TenantConnection
    ) throws {
        let model = license.model(at: change.date)
        try change.record(
            eventType, "license", id: license.id,
            AuditMetadata.values(of: model, recording: LicenseStore.auditedFields).merging(extra) { $1 }, announcing: model, on: connection)
        try ledger(action: action, license: license, statusCode: statusCode, details: details, change: change, on: connection)
    }

    /// The ledger row alone, for changes whose audit event another store records.
    static func ledger(
        action: String, license: StoredLicense, statusCode: Int = 200, details: Details = Details(), change: AuditedChange,
        on connection: TenantConnection
    ) throws {
        try ActivityLedger.append(
            Activity(
                id: ResourceID.make("act", at: change.date), occurredAt: change.date, action: action,
                source: change.actor.type == .system ? .system : .management, productID: license.productID,
                customerID: license.customerID, licenseID: license.id, orderID: details.orderID ?? license.orderID,
                subscriptionID: details.subscriptionID ?? license.subscriptionID, featureCode: details.featureCode, amount: details.amount,
                statusCode: statusCode, resultClass: .success, deviceID: details.deviceID, requestID: change.requestID,
                metadata: details.metadata),
            on: connection)
    }
}
