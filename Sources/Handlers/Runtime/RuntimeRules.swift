import Foundation
import LocksmithAPI
import LocksmithStorage

/// A step of the runtime decision order: the table of the Runtime tag in `openapi.yaml`, as data. A test compares this
/// enum with that table, number by number and refusal by refusal, so the two cannot drift apart.
///
/// Steps 1 and 2 are taken before any rule runs: the license key is found by the authenticator, and the account's
/// status is read with the state (`RuntimeState`).
enum RuntimeStep: Int, CaseIterable, Sendable {
    case key = 1, account, product, license, platform, device, version, feature

    /// The codes the step may refuse with, as the table lists them.
    var refusals: [ErrorCode] {
        switch self {
        case .key: [.unauthorized]
        case .account: [.accountDisabled]
        case .product: [.productMismatch]
        case .license: [.licenseRevoked, .licenseSuspended, .licenseExpired, .licenseNotStarted]
        case .platform: [.platformNotAllowed]
        case .device: [.deviceBlacklisted, .notActivated, .leaseExpired, .deviceLimitReached, .validationFailed, .rateLimited]
        case .version: [.versionNotEntitled]
        case .feature: [.featureNotEntitled, .quotaExceeded, .validationFailed]
        }
    }
}

/// What a runtime call's rules decide on, and what they find out on the way.
struct RuntimeCall: Sendable {
    var state: RuntimeState
    /// The calling installation; nil for the calls that name a lease instead (heartbeat, check-in).
    var binding: DeviceBinding?
    var productCode: String?
    var appVersion: String?
    var now: Date
    /// The calling device, once a device rule has accepted it.
    var device: RuntimeState.CallingDevice?
    /// The version's eligibility, once the version rule has run (nil when the call reports no version).
    var version: VersionEligibility?
    /// Whether the server's limits are on (`--rate-limits`): the daily activation limit refuses only then.
    var limitsEnabled = true
}

/// One rule of an operation's decision: its step in the table, and the check, which throws the step's refusal. Rules
/// that count rows (the container limit) read through the call's transaction.
struct RuntimeRule: Sendable {
    let step: RuntimeStep
    let check: @Sendable (inout RuntimeCall, TenantConnection?) throws -> Void

    /// Runs `rules` in order on `call`: the first that refuses answers.
    static func decide(_ rules: [RuntimeRule], _ call: inout RuntimeCall, on connection: TenantConnection? = nil) throws {
        for rule in rules { try rule.check(&call, connection) }
    }
}

/// Each runtime operation's decision, as the ordered list of its rules, and the rules themselves.
enum RuntimeRules {
    /// Validate, check, consume and offline: the license may be used on this activated device, by this version.
    static let entitlement: [RuntimeRule] = [productMatches, licenseIsUsable, platformIsAllowed, deviceIsActive, versionIsCovered]
    /// Activation: as above, but the device may be new, or come back, and take a node-locked seat.
    static let activation: [RuntimeRule] = [productMatches, licenseIsUsable, platformIsAllowed, activationSeatIsFree, versionIsCovered]
    /// Checkout: the device may be new, and takes no activation slot; the policy must offer floating seats.
    static let checkout: [RuntimeRule] = [productMatches, licenseIsUsable, platformIsAllowed, floatingSeatsAreOffered, versionIsCovered]
    /// Deactivation works whatever the license's status: only the product is checked, then the device must be known.
    static let deactivation: [RuntimeRule] = [productMatches]
    /// Heartbeat: the license must still be usable.
    static let heartbeat: [RuntimeRule] = [productMatches, licenseIsUsable]
    /// Check-in works whatever the license's status, so that an application can always give its seat back.
    static let checkin: [RuntimeRule] = [productMatches]

    /// Every operation's list, by name, for the test that holds them to the table's order.
    static let all: [String: [RuntimeRule]] = [
        "entitlement": entitlement, "activation": activation, "checkout": checkout, "deactivation": deactivation, "heartbeat": heartbeat,
        "checkin": checkin,
    ]

    /// Step 3: the license is for the product the request names, when it names one. Nothing about the license is
    /// told to a caller of another product beyond the refusal.
    static let productMatches = RuntimeRule(step: .product) { call, _ in
        guard let requested = call.productCode, requested != call.state.productCode else { return }
        throw APIError(.productMismatch, "this license is not for product '\(requested)'", detail: "product_code")
    }

    /// Step 4: the license itself. A license in its grace period is honoured.
    static let licenseIsUsable = RuntimeRule(step: .license) { call, _ in
        let license = call.state.license
        switch license.status(at: call.now) {
        case .revoked: throw APIError(.licenseRevoked, "the license has been revoked")
        case .suspended: throw APIError(.licenseSuspended, "the license is suspended")
        case .expired: throw APIError(.licenseExpired, "the license has expired")
        default: break
        }
        if let startsAt = license.startsAt, call.now < startsAt {
            throw APIError(.licenseNotStarted, "the license is not valid before \(RFC3339.string(from: startsAt))")
        }
    }

    /// Step 5: the platform the device runs on.
    static let platformIsAllowed = RuntimeRule(step: .platform) { call, _ in
        guard let binding = call.binding else { return }
        if binding.request.isVM == true, !call.state.policy.allowVM {
            throw APIError(.platformNotAllowed, "this license's policy does not allow virtual machines", detail: "is_vm")
        }
        if binding.kind == .container, !call.state.policy.allowContainer {
            throw APIError(.platformNotAllowed, "this license's policy does not allow containers", detail: "is_container")
        }
    }

    /// Step 6, for operations that need an activated device: the device is known, active and not blacklisted, and a
    /// floating device holds a live lease.
    static let deviceIsActive = RuntimeRule(step: .device) { call, _ in
        guard let device = call.state.device else {
            throw APIError(.notActivated, "this device is not activated on the license; activate it first")
        }
        switch device.status {
        case .blacklisted: throw APIError(.deviceBlacklisted, "this device is blacklisted for the license")
        case .active:
            guard device.seat != .floating || device.holdsLease(at: call.now) else {
                throw APIError(.leaseExpired, "this device uses a floating seat and its lease has lapsed; check out a seat again")
            }
            call.device = device
        default: throw APIError(.notActivated, "this device is not active on the license (\(device.status.rawValue)); activate it again")
        }
    }

    /// Step 6, for activation: the device is not blacklisted; one that is not active fits the container limit; and one
    /// that is not already node-locked fits the activation limit and the day's (a floating device that activates takes a
    /// slot like any device new to the license).
    static let activationSeatIsFree = RuntimeRule(step: .device) { call, connection in
        try refuseBlacklisted(call)
        if call.state.device?.status != .active { try containerSlotIsFree(call, on: connection) }
        if call.state.activationTakesSlot {
            guard call.state.license.activeDeviceCount < call.state.policy.maxActivations else {
                throw APIError(
                    .deviceLimitReached,
                    "the license already has the most active devices it allows (\(call.state.policy.maxActivations)); deactivate one first",
                    detail: "max_activations")
            }
            try dailyActivationIsFree(call)
        }
    }

    /// Step 6's daily limit, for a device about to take a node-locked seat: the license may take the policy's
    /// `max_activations_per_day` new seats per UTC day (0: any number), else 429 until the next midnight. The count is
    /// on the license row, which the activation has locked, so it is exact across instances. With the server's limits
    /// off the seat is still counted (`countActivation`), and never refused.
    private static func dailyActivationIsFree(_ call: RuntimeCall) throws {
        let limit = call.state.policy.maxActivationsPerDay
        guard call.limitsEnabled, limit > 0 else { return }
        let (today, seconds) = utcDay(call.now)
        if call.state.activations.seats(on: today) >= limit {
            throw APIError(
                .rateLimited, "the license took the most new seats its policy allows in a day (\(limit)); activate again after midnight UTC",
                detail: "max_activations_per_day", retryAfterSeconds: Int((today + 1) * 86_400 - seconds))
        }
    }

    /// Counts a seat the license took today, in the activation's transaction: it commits with the activation or not at all.
    static func countActivation(_ state: RuntimeState, at now: Date, on connection: TenantConnection) throws {
        let today = utcDay(now).day
        try connection.execute(
            "UPDATE licenses SET activation_day = $2, activations_on_day = $3 WHERE id = $1 AND account_id = $account",
            [.text(state.license.id), .integer(today), .integer(Int64(state.activations.seats(on: today) + 1))])
    }

    private static func utcDay(_ now: Date) -> (day: Int64, seconds: Int64) {
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        return (seconds / 86_400, seconds)
    }

    /// Step 6, for checkout: the policy offers floating seats, the device is not blacklisted, and one that is not active
    /// fits the container limit. Whether a seat is free is counted once the device's own lease is given back.
    static let floatingSeatsAreOffered = RuntimeRule(step: .device) { call, connection in
        guard call.state.policy.maxFloatingUsers != nil else {
            throw APIError.validationFailed("this license's policy offers no floating seats", detail: "max_floating_users")
        }
        try refuseBlacklisted(call)
        if call.state.device?.status != .active { try containerSlotIsFree(call, on: connection) }
    }

    /// Step 7: version eligibility. While the product has no version catalog nothing is refused (and a call that
    /// reports no version gets no eligibility); once it has one, a call must report a version, in the catalog and
    /// released by the end of the license's window.
    static let versionIsCovered = RuntimeRule(step: .version) { call, _ in
        let state = call.state
        guard let appVersion = call.appVersion else {
            if state.hasCatalog {
                throw APIError(.versionNotEntitled, "the product has a version catalog: send the application's app_version", detail: "app_version")
            }
            return
        }
        let window = state.policy.licenseType == .perpetual ? state.license.maintenanceExpiresAt : state.license.expiresAt
        let signed = DeviceBinding.signable(appVersion)
        guard state.hasCatalog else {
            call.version = VersionEligibility(appVersion: signed, isEntitled: true, enforced: false, eligibleThrough: window)
            return
        }
        guard let releasedAt = state.versionReleasedAt else {
            throw APIError(.versionNotEntitled, "version \(signed) is not in the product's version catalog", detail: "app_version")
        }
        if let window, releasedAt > window {
            throw APIError(
                .versionNotEntitled, "version \(signed) was released after the license's coverage ended (\(RFC3339.string(from: window)))",
                detail: "app_version")
        }
        call.version = VersionEligibility(appVersion: signed, isEntitled: true, enforced: true, releasedAt: releasedAt, eligibleThrough: window)
    }

    private static func refuseBlacklisted(_ call: RuntimeCall) throws {
        if call.state.device?.status == .blacklisted {
            throw APIError(.deviceBlacklisted, "this device is blacklisted for the license")
        }
    }

    /// The container limit, for a device about to become active (by activation or by checkout), counted in the call's
    /// transaction.
    private static func containerSlotIsFree(_ call: RuntimeCall, on connection: TenantConnection?) throws {
        guard let binding = call.binding, binding.kind == .container, let limit = call.state.policy.maxContainerInstances,
              let connection
        else { return }
        if try DeviceStore.activeContainers(licenseID: call.state.license.id, on: connection) >= limit {
            throw APIError(
                .deviceLimitReached, "the license already runs the most containers it allows (\(limit))", detail: "max_container_instances")
        }
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
