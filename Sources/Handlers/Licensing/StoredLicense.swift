import Foundation
import LocksmithAPI

/// A license as stored: what an operator set, and what its reported status is computed from.
struct StoredLicense: Sendable {
    /// The status an operator set. `expired` and `grace_period` are never stored; they follow from the dates.
    enum SetStatus: String, Sendable {
        case active, suspended, revoked
    }

    var id: String
    var productID: String
    var policyID: String
    var customerID: String?
    var orderID: String?
    var subscriptionID: String?
    var setStatus: SetStatus
    var keyPrefix: String
    var keyLast4: String
    var customerEmail: String?
    var customerName: String?
    var activeDeviceCount: Int
    var timesActivated: Int
    var timesTransferred: Int
    var totalConsumptions: Int64
    var entitlementVersion: Int64
    var startsAt: Date?
    var expiresAt: Date?
    /// `expiresAt` plus the policy's grace days: until then an expired license is still honoured.
    var graceExpiresAt: Date?
    var maintenanceExpiresAt: Date?
    var metadata: [String: JSONValue]
    /// The license's own limits, in place of its policy's; nil follows the policy.
    var limits = LicenseLimits()
    /// When an operator revoked the license.
    var revokedAt: Date?
    var createdAt: Date
    var updatedAt: Date

    /// The status reported at `now`: a revoked or suspended license says so; otherwise the dates decide.
    func status(at now: Date) -> LicenseStatus {
        switch setStatus {
        case .revoked: return .revoked
        case .suspended: return .suspended
        case .active:
            guard let expiresAt, expiresAt <= now else { return .active }
            if let graceExpiresAt, now < graceExpiresAt { return .gracePeriod }
            return .expired
        }
    }

    /// The contract's `License` as it stands at `now`.
    func model(at now: Date) -> License {
        License(
            id: id, productID: productID, policyID: policyID, customerID: customerID, orderID: orderID, subscriptionID: subscriptionID,
            status: status(at: now), licenseKeyPrefix: keyPrefix, licenseKeyLast4: keyLast4, customerEmail: customerEmail,
            customerName: customerName, activeDeviceCount: activeDeviceCount, timesActivated: timesActivated,
            timesTransferred: timesTransferred, totalConsumptions: totalConsumptions, entitlementVersion: entitlementVersion,
            startsAt: startsAt, expiresAt: expiresAt, maintenanceExpiresAt: maintenanceExpiresAt, revokedAt: revokedAt,
            maxActivations: limits.maxActivations, maxFloatingUsers: limits.maxFloatingUsers,
            maxContainerInstances: limits.maxContainerInstances, maxTransfers: limits.maxTransfers, metadata: metadata,
            createdAt: createdAt, updatedAt: updatedAt)
    }

    /// Sets the expiry and the end of its grace period together.
    mutating func expire(at expiry: Date?, graceDays: Int) {
        expiresAt = expiry
        graceExpiresAt = expiry.map { $0.addingTimeInterval(TimeInterval(graceDays) * 86_400) }
    }
}
