import Foundation
import LocksmithAPI

/// A policy's defaults (as documented on `PolicyCreateRequest`) and the rules every stored policy keeps.
///
/// Three capabilities carry settings that only make sense when the capability is offered, and a request that
/// sets such a setting without the capability is refused (422) rather than stored to no effect:
/// - floating checkout, offered when `max_floating_users` is above 0 (0 is stored as absent): it alone gives
///   `floating_timeout_minutes` and `require_heartbeat: true` a meaning;
/// - containers, accepted when `allow_container`: a separate `max_container_instances` needs them;
/// - offline licenses, offered when `allow_offline_activation`: `offline_grace_days` is their validity.
/// Timeouts and validities keep their stored (or default) value while a capability is off, so turning it
/// back on later needs no other change; only a value given in the same request is checked.
///
/// Limits are bounded so that every SDK can hold them in a 32-bit integer and durations stay well inside
/// date arithmetic: counts up to 2^31 - 1, minutes up to a year, days up to a hundred years.
enum PolicyRules {
    static let defaultMaxActivations = 1
    static let defaultFloatingTimeoutMinutes = 30
    static let defaultGracePeriodDays = 0
    static let defaultValidationIntervalMinutes = 1440
    static let defaultRequireHeartbeat = false
    static let defaultAllowOfflineActivation = false
    static let defaultOfflineGraceDays = 7
    static let defaultAllowVM = true
    static let defaultAllowContainer = true
    static let defaultMaxTransfers = 0
    static let defaultMaxActivationsPerDay = 50
    static let defaultDeactivateInactiveAfterDays = 0

    static let maximumCount = Int(Int32.max)
    static let maximumMinutes = 525_600
    static let maximumDays = 36_500

    /// The policy a create request describes, with defaults for what it leaves out; throws 422 naming the
    /// first field that breaks a rule.
    static func policy(from body: PolicyCreateRequest, id: String, productID: String, at date: Date) throws -> Policy {
        let maxActivationsPerDay: Int = body.maxActivationsPerDay ?? defaultMaxActivationsPerDay
        let policy = Policy(
            id: id, productID: productID, name: try Validate.name(body.name), code: try Validate.code(body.code),
            licenseType: body.licenseType, maxActivations: body.maxActivations ?? defaultMaxActivations,
            maxFloatingUsers: floatingUsers(body.maxFloatingUsers), maxContainerInstances: body.maxContainerInstances,
            floatingTimeoutMinutes: body.floatingTimeoutMinutes ?? defaultFloatingTimeoutMinutes,
            gracePeriodDays: body.gracePeriodDays ?? defaultGracePeriodDays,
            validationIntervalMinutes: body.validationIntervalMinutes ?? defaultValidationIntervalMinutes,
            requireHeartbeat: body.requireHeartbeat ?? defaultRequireHeartbeat,
            allowOfflineActivation: body.allowOfflineActivation ?? defaultAllowOfflineActivation,
            offlineGraceDays: body.offlineGraceDays ?? defaultOfflineGraceDays, allowVM: body.allowVM ?? defaultAllowVM,
            allowContainer: body.allowContainer ?? defaultAllowContainer, maxTransfers: body.maxTransfers ?? defaultMaxTransfers,
            maxActivationsPerDay: maxActivationsPerDay,
            deactivateInactiveAfterDays: body.deactivateInactiveAfterDays ?? defaultDeactivateInactiveAfterDays, metadata: try Validate.metadata(body.metadata), createdAt: date, updatedAt: date)
        let given = Given(
            requireHeartbeat: body.requireHeartbeat != nil, floatingTimeout: body.floatingTimeoutMinutes != nil,
            containerInstances: body.maxContainerInstances != nil, offlineGraceDays: body.offlineGraceDays != nil)
        try check(policy, given: given)
        return policy
    }

    /// Applies the fields present in an update request to `policy`. Throws 422 naming the first field that
    /// breaks a rule.
    static func apply(_ body: PolicyUpdateRequest, to policy: inout Policy, at date: Date) throws {
        func set<Value>(_ value: Value?, _ keyPath: WritableKeyPath<Policy, Value>) {
            if let value { policy[keyPath: keyPath] = value }
        }
        set(try body.name.map { try Validate.name($0) }, \.name)
        set(try body.code.map { try Validate.code($0) }, \.code)
        set(body.licenseType, \.licenseType)
        set(body.maxActivations, \.maxActivations)
        set(body.maxFloatingUsers.map { floatingUsers($0.wrapped) }, \.maxFloatingUsers)
        set(body.maxContainerInstances.map(\.wrapped), \.maxContainerInstances)
        set(body.floatingTimeoutMinutes, \.floatingTimeoutMinutes)
        set(body.gracePeriodDays, \.gracePeriodDays)
        set(body.validationIntervalMinutes, \.validationIntervalMinutes)
        set(body.requireHeartbeat, \.requireHeartbeat)
        set(body.allowOfflineActivation, \.allowOfflineActivation)
        set(body.offlineGraceDays, \.offlineGraceDays)
        set(body.allowVM, \.allowVM)
        set(body.allowContainer, \.allowContainer)
        set(body.maxTransfers, \.maxTransfers)
        set(body.maxActivationsPerDay, \.maxActivationsPerDay)
        set(body.deactivateInactiveAfterDays, \.deactivateInactiveAfterDays)
        set(try body.metadata.map { try Validate.metadata($0) }, \.metadata)
        policy.updatedAt = date
        let given = Given(
            requireHeartbeat: body.requireHeartbeat != nil, floatingTimeout: body.floatingTimeoutMinutes != nil,
            containerInstances: body.maxContainerInstances != nil, offlineGraceDays: body.offlineGraceDays != nil)
        try check(policy, given: given)
    }

    /// Which capability-dependent settings the request itself gave.
    private struct Given {
        var requireHeartbeat: Bool
        var floatingTimeout: Bool
        var containerInstances: Bool
        var offlineGraceDays: Bool
    }

    private static func check(_ policy: Policy, given: Given) throws {
        try bound(policy.maxActivations, maximumCount, "max_activations")
        try bound(policy.maxFloatingUsers, maximumCount, "max_floating_users")
        try bound(policy.maxContainerInstances, maximumCount, "max_container_instances")
        try bound(policy.floatingTimeoutMinutes, maximumMinutes, "floating_timeout_minutes")
        try bound(policy.gracePeriodDays, maximumDays, "grace_period_days")
        try bound(policy.validationIntervalMinutes, maximumMinutes, "validation_interval_minutes")
        try bound(policy.offlineGraceDays, maximumDays, "offline_grace_days")
        try bound(policy.maxTransfers, maximumCount, "max_transfers")
        try bound(policy.maxActivationsPerDay, maximumCount, "max_activations_per_day")
        try bound(policy.deactivateInactiveAfterDays, maximumDays, "deactivate_inactive_after_days")

        if policy.maxFloatingUsers == nil {
            if policy.requireHeartbeat {
                if given.requireHeartbeat {
                    throw APIError.validationFailed(
                        "field 'require_heartbeat' can only be true for a policy that offers floating checkout (max_floating_users above 0)",
                        detail: "require_heartbeat")
                }
                throw APIError.validationFailed(
                    "field 'max_floating_users' cannot stop floating checkout while require_heartbeat is true; set require_heartbeat to false as well",
                    detail: "max_floating_users")
            }
            if given.floatingTimeout {
                throw APIError.validationFailed(
                    "field 'floating_timeout_minutes' only applies to a policy that offers floating checkout (max_floating_users above 0)",
                    detail: "floating_timeout_minutes")
            }
        }
        if !policy.allowContainer, policy.maxContainerInstances != nil {
            if given.containerInstances {
                throw APIError.validationFailed(
                    "field 'max_container_instances' only applies to a policy that allows containers (allow_container true)",
                    detail: "max_container_instances")
            }
            throw APIError.validationFailed(
                "field 'allow_container' cannot be false while max_container_instances is set; set max_container_instances to null as well",
                detail: "allow_container")
        }
        if !policy.allowOfflineActivation, given.offlineGraceDays {
            throw APIError.validationFailed(
                "field 'offline_grace_days' only applies to a policy that allows offline activation (allow_offline_activation true)",
                detail: "offline_grace_days")
        }
    }

    /// 0 floating users means floating checkout is not offered, which is stored (and shown) as absent.
    private static func floatingUsers(_ value: Int?) -> Int? {
        value == 0 ? nil : value
    }

    private static func bound(_ value: Int?, _ maximum: Int, _ field: String) throws {
        if let value, value > maximum {
            throw APIError.validationFailed("field '\(field)' must be at most \(maximum)", detail: field)
        }
    }
}
