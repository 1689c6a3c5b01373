import Foundation
import LocksmithAPI

/// The rules of a license's dates and lifecycle, as `openapi.yaml` documents them on each operation.
enum LicenseRules {
    /// License types whose expiry can be moved by `renewLicense`.
    static let renewableTypes: Set<LicenseType> = [.timeLimited, .subscription, .trial]

    /// Checks a new license's dates against its type; returns the expiry to store.
    ///
    /// - `perpetual` never expires: `expires_at` is refused; only it takes `maintenance_expires_at`.
    /// - `time_limited` and `trial` need `expires_at`.
    /// - `subscription` takes `expires_at`, or else the end of the linked subscription's current period.
    /// - `consumption` may expire or not.
    /// `expires_at` must come after `starts_at` (or after now when the license starts now).
    static func expiry(
        type: LicenseType, requested: Date?, startsAt: Date?, maintenance: Date?, subscriptionPeriodEnd: Date?, now: Date
    ) throws -> Date? {
        if type == .perpetual, requested != nil {
            throw APIError.validationFailed("field 'expires_at' is not accepted: a perpetual license does not expire", detail: "expires_at")
        }
        if type != .perpetual, maintenance != nil {
            throw APIError.validationFailed(
                "field 'maintenance_expires_at' only applies to perpetual licenses (this policy issues \(type.rawValue) licenses)",
                detail: "maintenance_expires_at")
        }
        let expiry = requested ?? (type == .subscription ? subscriptionPeriodEnd : nil)
        if expiry == nil, [.timeLimited, .trial, .subscription].contains(type) {
            let source = type == .subscription ? " (or link a subscription, whose current period end is used)" : ""
            throw APIError.validationFailed("field 'expires_at' is required for \(type.rawValue) licenses\(source)", detail: "expires_at")
        }
        if let expiry, expiry <= (startsAt ?? now) {
            throw APIError.validationFailed("field 'expires_at' must be after the license starts", detail: "expires_at")
        }
        return expiry
    }

    /// The error for a transition the license's current status does not allow: 409 carrying the status's own code
    /// (`LICENSE_REVOKED`, `LICENSE_EXPIRED`, `LICENSE_SUSPENDED`), or CONFLICT for an active license.
    static func refused(_ action: String, status: LicenseStatus, allowed: String) -> APIError {
        let code: ErrorCode = switch status {
        case .revoked: .licenseRevoked
        case .expired: .licenseExpired
        case .suspended: .licenseSuspended
        default: .conflict
        }
        return APIError(code, "cannot \(action) a license that is \(status.rawValue): only \(allowed)", detail: "status", status: 409)
    }

    /// A renewal's new expiry: `expires_at`, or `extend_by_days` counted from the later of now and the current expiry.
    static func renewedExpiry(_ request: LicenseRenewRequest, current: Date?, now: Date) throws -> Date {
        switch (request.expiresAt, request.extendByDays) {
        case (nil, nil), (.some, .some):
            throw APIError.validationFailed("send exactly one of 'expires_at' and 'extend_by_days'", detail: "expires_at")
        case (let expiry?, nil):
            let floor = max(current ?? now, now)
            guard expiry > floor else {
                throw APIError.validationFailed(
                    "field 'expires_at' must be later than the current expiry and than now", detail: "expires_at")
            }
            return expiry.wholeMilliseconds
        case (nil, let days?):
            guard days <= PolicyRules.maximumDays else {
                throw APIError.validationFailed("field 'extend_by_days' must be at most \(PolicyRules.maximumDays)", detail: "extend_by_days")
            }
            let expiry = max(current ?? now, now).addingTimeInterval(TimeInterval(days) * 86_400)
            guard expiry <= RFC3339.latest else {
                throw APIError.validationFailed(
                    "field 'extend_by_days' would take the expiry past \(RFC3339.string(from: RFC3339.latest)), the last instant RFC 3339 writes",
                    detail: "extend_by_days")
            }
            return expiry
        }
    }
}
