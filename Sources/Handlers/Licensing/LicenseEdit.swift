import Foundation
import LocksmithAPI
import LocksmithStorage

/// An `updateLicense` request, checked: the licensee's name and e-mail, the metadata and the license's own limits, each
/// absent (unchanged), a value, or `null` (cleared). The policy is resolved by the handler, which needs the database.
struct LicenseEdit: Sendable {
    /// The fields whose change raises `entitlement_version`: they change what runtime calls decide.
    static let entitling: Set<String> = ["policy_id", "max_activations", "max_floating_users", "max_container_instances", "max_transfers"]

    private let body: LicenseUpdateRequest
    private let name: String??
    private let email: String??
    private let metadata: [String: JSONValue]?

    init(_ body: LicenseUpdateRequest) throws {
        guard body.customerName != nil || body.customerEmail != nil || body.policyID != nil || body.maxActivations != nil
            || body.maxFloatingUsers != nil || body.maxContainerInstances != nil || body.maxTransfers != nil || body.metadata != nil
        else {
            throw APIError.validationFailed(
                "send at least one of 'customer_name', 'customer_email', 'policy_id', 'max_activations', 'max_floating_users', "
                    + "'max_container_instances', 'max_transfers' or 'metadata'", detail: "body")
        }
        self.body = body
        name = try body.customerName.map { try $0.wrapped.map { try Validate.name($0, field: "customer_name") } }
        email = try body.customerEmail.map { try $0.wrapped.map { try Validate.email($0, field: "customer_email") } }
        metadata = try body.metadata.map { try Validate.metadata($0) }
    }

    /// Writes the licensee, metadata and limits into `license` (not the policy).
    func apply(to license: inout StoredLicense) {
        if let name { license.customerName = name }
        if let email { license.customerEmail = email }
        if let metadata { license.metadata = metadata }
        license.limits = license.limits.applying(body)
    }

    /// The contract's names of the fields that differ between `before` and `after`, in the request schema's order.
    func changedFields(from before: StoredLicense, to after: StoredLicense) -> [String] {
        [
            ("customer_name", before.customerName != after.customerName), ("customer_email", before.customerEmail != after.customerEmail),
            ("policy_id", before.policyID != after.policyID),
            ("max_activations", before.limits.maxActivations != after.limits.maxActivations),
            ("max_floating_users", before.limits.maxFloatingUsers != after.limits.maxFloatingUsers),
            ("max_container_instances", before.limits.maxContainerInstances != after.limits.maxContainerInstances),
            ("max_transfers", before.limits.maxTransfers != after.limits.maxTransfers), ("metadata", before.metadata != after.metadata),
        ].compactMap { $0.1 ? $0.0 : nil }
    }
}

/// The features `createLicense` assigns at issue, resolved against the license's product: each names its feature by
/// exactly one of `feature_id` and `feature_code`, at most once; an unknown feature is 404 and another product's 422,
/// each naming the item (`features[2].feature_code`).
enum LicenseFeatureGrants {
    static func resolve(
        _ grants: [LicenseFeatureGrant], productID: String, licenseID: String, on connection: TenantConnection
    ) throws -> [LicenseFeature] {
        var seen: Set<String> = []
        return try grants.enumerated().map { index, grant in
            let item = "features[\(index)]"
            let feature: Feature?
            let field: String
            switch (grant.featureID, grant.featureCode) {
            case (let id?, nil):
                field = "\(item).feature_id"
                feature = try FeatureStore.find(id: id, on: connection)
            case (nil, let code?):
                field = "\(item).feature_code"
                feature = try FeatureStore.find(code: code, productID: productID, on: connection)
            default:
                throw APIError.validationFailed("send exactly one of 'feature_id' and 'feature_code' in '\(item)'", detail: "\(item).feature_id")
            }
            guard let feature else { throw APIError(.notFound, "no feature of this product matches '\(field)'", detail: field) }
            guard feature.productID == productID else {
                throw APIError.validationFailed("field '\(field)' names a feature of another product than the license's", detail: field)
            }
            guard seen.insert(feature.id).inserted else {
                throw APIError.validationFailed("field '\(field)' names feature '\(feature.code)' a second time", detail: field)
            }
            return LicenseFeature(
                licenseID: licenseID, featureID: feature.id, featureCode: feature.code, featureName: feature.name, enabled: true,
                maxConsumptions: grant.maxConsumptions, totalConsumptions: 0, remaining: grant.maxConsumptions, expiresAt: nil, metadata: [:])
        }
    }
}
