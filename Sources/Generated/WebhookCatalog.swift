// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// The deliveries the contract documents under `webhooks`: each event type and the Swift type of its payload.
public enum WebhookCatalog {
    /// Event type → the Swift type of its payload.
    public static let payloadTypes: [String: any (Codable & Hashable & Sendable).Type] = [
        "license.created": LicenseWebhookPayload.self,
        "license.suspended": LicenseWebhookPayload.self,
        "license.reinstated": LicenseWebhookPayload.self,
        "license.revoked": LicenseWebhookPayload.self,
        "license.renewed": LicenseWebhookPayload.self,
        "license.transferred": LicenseWebhookPayload.self,
        "license.updated": LicenseWebhookPayload.self,
        "device.activated": DeviceWebhookPayload.self,
        "device.deactivated": DeviceWebhookPayload.self,
        "device.reset": DeviceWebhookPayload.self,
        "device.blacklisted": DeviceWebhookPayload.self,
        "usage.consumed": UsageWebhookPayload.self,
        "usage.quota_reached": QuotaWebhookPayload.self,
        "lease.checked_out": LeaseWebhookPayload.self,
        "lease.expired": LeaseWebhookPayload.self,
        "export.completed": ExportWebhookPayload.self,
        "api_key.created": APIKeyWebhookPayload.self,
        "api_key.revoked": APIKeyWebhookPayload.self,
        "signing_key.rotated": SigningKeyWebhookPayload.self,
    ]
}

/// An event of the webhook catalogue with the resource its delivery carries as `data`.
public enum WebhookEvent: Sendable {
    /// `license.created`: A license was issued.
    case licenseCreated(License)
    /// `license.suspended`: A license was suspended.
    case licenseSuspended(License)
    /// `license.reinstated`: A suspended license was reinstated.
    case licenseReinstated(License)
    /// `license.revoked`: A license was revoked.
    case licenseRevoked(License)
    /// `license.renewed`: A license was renewed.
    case licenseRenewed(License)
    /// `license.transferred`: A license was transferred to another licensee.
    case licenseTransferred(License)
    /// `license.updated`: A license's licensee, metadata, limits or policy changed.
    case licenseUpdated(License)
    /// `device.activated`: A device was activated on a license.
    case deviceActivated(Device)
    /// `device.deactivated`: A device was deactivated.
    case deviceDeactivated(Device)
    /// `device.reset`: A device was reset by an operator.
    case deviceReset(Device)
    /// `device.blacklisted`: A device was blacklisted.
    case deviceBlacklisted(Device)
    /// `usage.consumed`: Metered usage was consumed.
    case usageConsumed(Activity)
    /// `usage.quota_reached`: A consumption used up a feature's quota.
    case usageQuotaReached(LicenseFeature)
    /// `lease.checked_out`: A floating seat was checked out.
    case leaseCheckedOut(FloatingLease)
    /// `lease.expired`: A floating lease ran out without being checked in.
    case leaseExpired(FloatingLease)
    /// `export.completed`: A report export is ready or failed.
    case exportCompleted(ReportExport)
    /// `api_key.created`: A management API key was created.
    case apiKeyCreated(APIKey)
    /// `api_key.revoked`: A management API key was revoked.
    case apiKeyRevoked(APIKey)
    /// `signing_key.rotated`: A new signing key signs runtime responses.
    case signingKeyRotated(PublicKey)

    /// The event's type, as deliveries and audit events name it.
    public var type: WebhookEventType {
        switch self {
        case .licenseCreated: .licenseCreated
        case .licenseSuspended: .licenseSuspended
        case .licenseReinstated: .licenseReinstated
        case .licenseRevoked: .licenseRevoked
        case .licenseRenewed: .licenseRenewed
        case .licenseTransferred: .licenseTransferred
        case .licenseUpdated: .licenseUpdated
        case .deviceActivated: .deviceActivated
        case .deviceDeactivated: .deviceDeactivated
        case .deviceReset: .deviceReset
        case .deviceBlacklisted: .deviceBlacklisted
        case .usageConsumed: .usageConsumed
        case .usageQuotaReached: .usageQuotaReached
        case .leaseCheckedOut: .leaseCheckedOut
        case .leaseExpired: .leaseExpired
        case .exportCompleted: .exportCompleted
        case .apiKeyCreated: .apiKeyCreated
        case .apiKeyRevoked: .apiKeyRevoked
        case .signingKeyRotated: .signingKeyRotated
        }
    }

    /// The resource the delivery carries as `data`; nil for an event whose payload has none.
    public var data: (any Encodable & Sendable)? {
        switch self {
        case .licenseCreated(let data): data
        case .licenseSuspended(let data): data
        case .licenseReinstated(let data): data
        case .licenseRevoked(let data): data
        case .licenseRenewed(let data): data
        case .licenseTransferred(let data): data
        case .licenseUpdated(let data): data
        case .deviceActivated(let data): data
        case .deviceDeactivated(let data): data
        case .deviceReset(let data): data
        case .deviceBlacklisted(let data): data
        case .usageConsumed(let data): data
        case .usageQuotaReached(let data): data
        case .leaseCheckedOut(let data): data
        case .leaseExpired(let data): data
        case .exportCompleted(let data): data
        case .apiKeyCreated(let data): data
        case .apiKeyRevoked(let data): data
        case .signingKeyRotated(let data): data
        }
    }
}
