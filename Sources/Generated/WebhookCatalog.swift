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
