import Foundation
import LocksmithAPI

/// The signed payloads runtime operations answer with, built from a decided `RuntimeState`.
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
            nonce: nonce, licenseID: state.license.id, status: state.license.status(at: now).rawValue,
            licenseType: state.policy.licenseType, entitlementVersion: state.license.entitlementVersion, issuedAt: now,
            nextCheckAt: now.addingTimeInterval(TimeInterval(state.policy.validationIntervalMinutes) * 60),
            expiresAt: state.license.expiresAt, deviceID: deviceID, features: features(state, at: now), versionEligibility: version)
    }
}
