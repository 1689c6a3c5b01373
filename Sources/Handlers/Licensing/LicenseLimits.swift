import Foundation
import LocksmithAPI

/// A license's own limits, each in place of its policy's for this license alone; nil follows the policy.
///
/// The runtime reads the effective limits in its state statement (`COALESCE` of the license's and the policy's
/// columns, `RuntimeState`), so every decision that counts seats, leases or containers uses them; transfers read
/// `transfers(under:)`. Lowering one below what is in use releases nothing: the next activation, checkout or transfer
/// is refused until the license is back under it.
struct LicenseLimits: Sendable, Equatable {
    var maxActivations: Int?
    var maxFloatingUsers: Int?
    var maxContainerInstances: Int?
    var maxTransfers: Int?

    /// How many transfers the license may take under `policy`.
    func transfers(under policy: Policy) -> Int {
        maxTransfers ?? policy.maxTransfers
    }

    /// Refuses a limit the policy gives no meaning to (422 naming it): floating leases when the policy offers no
    /// floating checkout, container instances when it does not allow containers.
    func check(under policy: Policy) throws {
        if maxFloatingUsers != nil, policy.maxFloatingUsers == nil {
            throw APIError.validationFailed(
                "field 'max_floating_users' only applies to a license whose policy offers floating checkout", detail: "max_floating_users")
        }
        if maxContainerInstances != nil, !policy.allowContainer {
            throw APIError.validationFailed(
                "field 'max_container_instances' only applies to a license whose policy allows containers", detail: "max_container_instances")
        }
    }

    /// These limits with the changes of an update applied: an absent field keeps its limit, `null` clears it.
    func applying(_ body: LicenseUpdateRequest) -> LicenseLimits {
        LicenseLimits(
            maxActivations: body.maxActivations.map(\.wrapped) ?? maxActivations,
            maxFloatingUsers: body.maxFloatingUsers.map(\.wrapped) ?? maxFloatingUsers,
            maxContainerInstances: body.maxContainerInstances.map(\.wrapped) ?? maxContainerInstances,
            maxTransfers: body.maxTransfers.map(\.wrapped) ?? maxTransfers)
    }
}
