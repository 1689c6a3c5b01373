import Foundation
import LocksmithAPI
import LocksmithStorage

/// The runtime decision order, as the Runtime tag of `openapi.yaml` documents it. Each check throws the refusal of
/// its step; the caller runs the steps its operation needs, in order.
enum RuntimeRules {
    /// Step 3: the license is for the product the request names, when it names one. Nothing about the license is
    /// told to a caller of another product beyond the refusal.
    static func productMatches(_ requested: String?, _ state: RuntimeState) throws {
        guard let requested, requested != state.productCode else { return }
        throw APIError(.productMismatch, "this license is not for product '\(requested)'", detail: "product_code")
    }

    /// Step 4: the license itself. A license in its grace period is honoured.
    static func licenseIsUsable(_ license: StoredLicense, at now: Date) throws {
        switch license.status(at: now) {
        case .revoked: throw APIError(.licenseRevoked, "the license has been revoked")
        case .suspended: throw APIError(.licenseSuspended, "the license is suspended")
        case .expired: throw APIError(.licenseExpired, "the license has expired")
        default: break
        }
        if let startsAt = license.startsAt, now < startsAt {
            throw APIError(.licenseNotStarted, "the license is not valid before \(RFC3339.string(from: startsAt))")
        }
    }

    /// Step 5: the platform the device runs on.
    static func platformIsAllowed(_ binding: DeviceBinding, _ policy: RuntimeState.PolicyRules) throws {
        if binding.request.isVM == true, !policy.allowVM {
            throw APIError(.platformNotAllowed, "this license's policy does not allow virtual machines", detail: "is_vm")
        }
        if binding.kind == .container, !policy.allowContainer {
            throw APIError(.platformNotAllowed, "this license's policy does not allow containers", detail: "is_container")
        }
    }

    /// Step 6, for operations that need an activated device: the device is known, active and not blacklisted, and a
    /// floating device holds a live lease.
    static func deviceIsActive(_ device: RuntimeState.CallingDevice?, at now: Date) throws -> RuntimeState.CallingDevice {
        guard let device else {
            throw APIError(.notActivated, "this device is not activated on the license; activate it first")
        }
        switch device.status {
        case .blacklisted: throw APIError(.deviceBlacklisted, "this device is blacklisted for the license")
        case .active:
            guard device.seat != .floating || device.holdsLease(at: now) else {
                throw APIError(.leaseExpired, "this device uses a floating seat and its lease has lapsed; check out a seat again")
            }
            return device
        default: throw APIError(.notActivated, "this device is not active on the license (\(device.status.rawValue)); activate it again")
        }
    }

    /// Step 6's activation limit, for a device about to take a node-locked seat.
    static func activationSlotIsFree(_ state: RuntimeState) throws {
        guard state.license.activeDeviceCount < state.policy.maxActivations else {
            throw APIError(
                .deviceLimitReached,
                "the license already has the most active devices its policy allows (\(state.policy.maxActivations)); deactivate one first",
                detail: "max_activations")
        }
    }

    /// Step 6's daily limit, for a device about to take a node-locked seat: the license may take the policy's
    /// `max_activations_per_day` new seats per UTC day (0: any number), else 429 until the next midnight. Counts the seat
    /// on the license row, which the activation has locked, so the count is exact across instances; it commits with the
    /// activation or not at all. With the server's limits off the seat is counted and never refused.
    static func dailyActivationIsFree(_ state: RuntimeState, limits: Limits, at now: Date, on connection: TenantConnection) throws {
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let today = seconds / 86_400
        let taken = state.activations.day == today ? state.activations.seats : 0
        let limit = state.policy.maxActivationsPerDay
        if limits.enabled, limit > 0, taken >= limit {
            throw APIError(
                .rateLimited, "the license took the most new seats its policy allows in a day (\(limit)); activate again after midnight UTC",
                detail: "max_activations_per_day", retryAfterSeconds: Int((today + 1) * 86_400 - seconds))
        }
        try connection.execute(
            "UPDATE licenses SET activation_day = $2, activations_on_day = $3 WHERE id = $1 AND account_id = $account",
            [.text(state.license.id), .integer(today), .integer(Int64(taken + 1))])
    }

    /// Step 7: version eligibility, or nil when the request reports no version. Once the product has a version
    /// catalog, a version outside it, or released after the license's window, is refused.
    static func versionEligibility(_ state: RuntimeState, appVersion: String?) throws -> VersionEligibility? {
        guard let appVersion else { return nil }
        let window = state.policy.licenseType == .perpetual ? state.license.maintenanceExpiresAt : state.license.expiresAt
        let signed = DeviceBinding.signable(appVersion)
        guard state.hasCatalog else {
            return VersionEligibility(appVersion: signed, isEntitled: true, enforced: false, eligibleThrough: window)
        }
        guard let releasedAt = state.versionReleasedAt else {
            throw APIError(.versionNotEntitled, "version \(signed) is not in the product's version catalog", detail: "app_version")
        }
        if let window, releasedAt > window {
            throw APIError(
                .versionNotEntitled, "version \(signed) was released after the license's coverage ended (\(RFC3339.string(from: window)))",
                detail: "app_version")
        }
        return VersionEligibility(appVersion: signed, isEntitled: true, enforced: true, releasedAt: releasedAt, eligibleThrough: window)
    }

    /// Step 8, for consumption: the feature is assigned, enabled and current, and the quota covers `amount`; then
    /// neither the feature's counter nor the license's total may pass `CounterBound.maximum` (422 naming `amount`).
    /// Returns the assignment and both counters as they will be after the consumption.
    static func canConsume(
        _ code: String, amount: Int64, in state: RuntimeState, at now: Date
    ) throws -> (assignment: RuntimeState.Assignment, consumed: Int64, licenseTotal: Int64) {
        guard let assignment = state.assignments.first(where: { $0.code == code }) else {
            throw APIError(.featureNotEntitled, "feature '\(code)' is not assigned to this license", detail: "feature_code")
        }
        guard entitled(assignment, at: now) else {
            throw APIError(.featureNotEntitled, "feature '\(code)' is disabled or has expired for this license", detail: "feature_code")
        }
        let (after, overflow) = assignment.consumed.addingReportingOverflow(amount)
        if let quota = assignment.quota, overflow || after > quota {
            throw APIError(
                .quotaExceeded, "consuming \(amount) of feature '\(code)' would exceed its quota (\(max(quota - assignment.consumed, 0)) left)",
                detail: "amount")
        }
        let consumed = try CounterBound.adding(amount, to: assignment.consumed, field: "amount", "the consumed counter of feature '\(code)'")
        let total = try CounterBound.adding(amount, to: state.license.totalConsumptions, field: "amount", "the license's total consumption")
        return (assignment, consumed, total)
    }

    static func entitled(_ assignment: RuntimeState.Assignment, at now: Date) -> Bool {
        assignment.enabled && (assignment.expiresAt.map { now < $0 } ?? true)
    }
}
