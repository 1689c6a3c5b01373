import Foundation
import LocksmithAPI

/// The signed payloads runtime operations answer with, built from a decided `RuntimeState`. Every one names the vendor
/// account and the product the license is for, so that an application can refuse an answer meant for another.
enum Entitlements {
    static func features(_ state: RuntimeState, at now: Date) -> [FeatureEntitlement] {
        state.assignments.map { assignment in
            FeatureEntitlement(
                code: assignment.code, enabled: RuntimeRules.entitled(assignment, at: now), quota: assignment.quota,
                consumed: assignment.consumed, remaining: assignment.quota.map { max($0 - assignment.consumed, 0) })
        }
    }

    static func entitlement(
        _ state: RuntimeState, deviceID: String, version: VersionEligibility?, nonce: String?, at now: Date
    ) -> RuntimeEntitlementResponseData {
        RuntimeEntitlementResponseData(
            accountID: state.accountID, productID: state.license.productID, productCode: state.productCode,
            nonce: nonce, licenseID: state.license.id, status: state.license.status(at: now).rawValue,
            licenseType: state.policy.licenseType, entitlementVersion: state.license.entitlementVersion, issuedAt: now,
            nextCheckAt: now.addingTimeInterval(TimeInterval(state.policy.validationIntervalMinutes) * 60),
            expiresAt: state.license.expiresAt, deviceID: deviceID, features: features(state, at: now), versionEligibility: version)
    }

    static func deactivation(_ state: RuntimeState, deviceID: String, nonce: String?, at now: Date) -> DeactivationResponseData {
        DeactivationResponseData(
            accountID: state.accountID, productID: state.license.productID, productCode: state.productCode,
            nonce: nonce, licenseID: state.license.id, status: state.license.status(at: now).rawValue,
            licenseType: state.policy.licenseType, entitlementVersion: state.license.entitlementVersion, issuedAt: now,
            deviceID: deviceID, expiresAt: state.license.expiresAt)
    }

    /// An offline license for `device`, usable until `validUntil`.
    static func offline(
        _ state: RuntimeState, deviceID: String, version: VersionEligibility?, nonce: String?, validUntil: Date, at now: Date
    ) -> OfflineLicenseData {
        OfflineLicenseData(
            accountID: state.accountID, productID: state.license.productID, productCode: state.productCode,
            nonce: nonce, licenseID: state.license.id, status: state.license.status(at: now).rawValue,
            licenseType: state.policy.licenseType, entitlementVersion: state.license.entitlementVersion, issuedAt: now,
            expiresAt: state.license.expiresAt, deviceID: deviceID, features: features(state, at: now),
            versionEligibility: version, offlineValidFrom: now, offlineValidUntil: validUntil)
    }

    static func checkout(
        _ state: RuntimeState, deviceID: String, leaseToken: String, leaseExpiresAt: Date, version: VersionEligibility?, nonce: String?,
        at now: Date
    ) -> FloatingCheckoutResponseData {
        FloatingCheckoutResponseData(
            accountID: state.accountID, productID: state.license.productID, productCode: state.productCode,
            nonce: nonce, licenseID: state.license.id, status: state.license.status(at: now).rawValue,
            licenseType: state.policy.licenseType, entitlementVersion: state.license.entitlementVersion, issuedAt: now,
            expiresAt: state.license.expiresAt, deviceID: deviceID, leaseToken: leaseToken, leaseExpiresAt: leaseExpiresAt,
            features: features(state, at: now), versionEligibility: version)
    }

    static func lease(_ state: RuntimeState, deviceID: String, leaseExpiresAt: Date, nonce: String?, at now: Date) -> FloatingLeaseResponseData {
        FloatingLeaseResponseData(
            accountID: state.accountID, productID: state.license.productID, productCode: state.productCode,
            nonce: nonce, licenseID: state.license.id, status: state.license.status(at: now).rawValue,
            licenseType: state.policy.licenseType, entitlementVersion: state.license.entitlementVersion, issuedAt: now,
            expiresAt: state.license.expiresAt, deviceID: deviceID, leaseExpiresAt: leaseExpiresAt, features: features(state, at: now))
    }
}
