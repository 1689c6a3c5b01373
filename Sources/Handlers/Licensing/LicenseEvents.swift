import Foundation
import LocksmithAPI

/// What the journal records for a change of a license: an audit event with the license's recorded fields, a row in the
/// activity ledger, and, for the lifecycle changes of the webhook catalogue, a delivery of the license as it now is.
///
/// The ledger row copies the license's attribution at this moment (product, customer, order, subscription), so a later
/// transfer or relink does not rewrite history.
enum LicenseChange: Sendable {
    case created, suspended, reinstated, revoked, renewed, transferred, updated
    case featureAssigned, featureRemoved, usageReset

    /// The event, with the license as the catalogue's lifecycle events carry it.
    func kind(_ license: License) -> JournalEvent.Kind {
        switch self {
        case .created: .announced(.licenseCreated(license))
        case .suspended: .announced(.licenseSuspended(license))
        case .reinstated: .announced(.licenseReinstated(license))
        case .revoked: .announced(.licenseRevoked(license))
        case .renewed: .announced(.licenseRenewed(license))
        case .transferred: .announced(.licenseTransferred(license))
        case .updated: .announced(.licenseUpdated(license))
        case .featureAssigned: .audited(.licenseFeatureAssigned)
        case .featureRemoved: .audited(.licenseFeatureRemoved)
        case .usageReset: .audited(.licenseUsageReset)
        }
    }

    /// The ledger's `action` for it.
    var action: String {
        switch self {
        case .created: "license.create"
        case .suspended: "license.suspend"
        case .reinstated: "license.reinstate"
        case .revoked: "license.revoke"
        case .renewed: "license.renew"
        case .transferred: "license.transfer"
        case .updated: "license.update"
        case .featureAssigned: "license.feature.assign"
        case .featureRemoved: "license.feature.remove"
        case .usageReset: "license.usage.reset"
        }
    }
}

/// What a ledger row adds to the license's own attribution.
struct LicenseActivityDetails: Sendable {
    var featureCode: String?
    var deviceID: String?
    var statusCode: Int = 200
    /// Commerce records behind this action (a renewal's order), instead of the license's origin links.
    var orderID: String?
    var subscriptionID: String?
    var metadata: [String: JSONValue] = [:]
}

extension JournalEvent {
    /// A change of `license`: the audit event (the license's recorded fields, then `extra`), the ledger row, and the
    /// delivery where the change is in the catalogue.
    static func license(
        _ change: LicenseChange, _ license: StoredLicense, at date: Date, audit extra: [String: JSONValue] = [:],
        details: LicenseActivityDetails = LicenseActivityDetails()
    ) -> JournalEvent {
        let model = license.model(at: date)
        return JournalEvent(
            kind: change.kind(model), resourceType: "license", resourceID: license.id,
            metadata: AuditMetadata.values(of: model, recording: LicenseStore.auditedFields).merging(extra) { $1 },
            activity: .license(license, action: change.action, details: details))
    }
}

extension LedgerEntry {
    /// A row about `license`, attributed as the license is now.
    static func license(_ license: StoredLicense, action: String, details: LicenseActivityDetails = LicenseActivityDetails()) -> LedgerEntry {
        LedgerEntry(
            action: action, productID: license.productID, customerID: license.customerID, licenseID: license.id,
            orderID: details.orderID ?? license.orderID, subscriptionID: details.subscriptionID ?? license.subscriptionID,
            featureCode: details.featureCode, statusCode: details.statusCode, deviceID: details.deviceID, metadata: details.metadata)
    }
}

extension JournalEvent {
    /// A license's custom-field value set or cleared: the audit event names the field, never its value, and the ledger
    /// row records the action on the license.
    static func licenseCustomFieldValue(_ outcome: CustomFieldValueStore.Outcome, license: StoredLicense) -> JournalEvent {
        let (event, action, status): (AuditedEvent, String, Int) = switch outcome {
        case .set: (.licenseCustomFieldSet, "license.custom_field.set", 200)
        case .cleared: (.licenseCustomFieldCleared, "license.custom_field.clear", 204)
        }
        let fieldID: String = switch outcome {
        case .set(_, let definition), .cleared(let definition, _): definition.id
        }
        return .audited(
            event, "license", id: license.id, outcome.auditMetadata,
            activity: .license(license, action: action, details: .init(statusCode: status, metadata: ["field_id": .string(fieldID)])))
    }
}
