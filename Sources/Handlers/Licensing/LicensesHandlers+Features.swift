import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Feature entitlements of a license: assignments of its product's features, with optional quotas and expiries.
extension LicensesHandlers {
    public func listLicenseFeatures(
        _ input: Operations.ListLicenseFeatures.Input, context: HandlerContext
    ) async throws -> Operations.ListLicenseFeatures.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            _ = try LicenseStore.require(id: input.id, on: connection)
            return try LicenseFeatureStore.page(licenseID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func assignLicenseFeature(
        _ input: Operations.AssignLicenseFeature.Input, context: HandlerContext
    ) async throws -> Operations.AssignLicenseFeature.Output {
        let body = input.body
        let metadata = try Validate.metadata(body.metadata)
        let change = services.change(by: context)
        return .ok(try await services.write(context) { connection in
            var license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            guard let feature = try FeatureStore.find(id: body.featureID, on: connection) else {
                throw APIError(.notFound, "no feature with id '\(body.featureID)'", detail: "feature_id")
            }
            guard feature.productID == license.productID else {
                throw APIError.validationFailed("field 'feature_id' names a feature of another product than the license's", detail: "feature_id")
            }
            let assignment = LicenseFeature(
                licenseID: license.id, featureID: feature.id, featureCode: feature.code, featureName: feature.name,
                enabled: body.enabled ?? true, maxConsumptions: body.maxConsumptions, totalConsumptions: 0,
                remaining: body.maxConsumptions, expiresAt: body.expiresAt?.wholeMilliseconds, metadata: metadata)
            try LicenseFeatureStore.insert(assignment, at: change.date, on: connection)
            try entitle(&license, .featureAssigned, assignment, change: change, on: connection)
            return assignment
        })
    }

    public func removeLicenseFeature(
        _ input: Operations.RemoveLicenseFeature.Input, context: HandlerContext
    ) async throws -> Operations.RemoveLicenseFeature.Output {
        let change = services.change(by: context)
        try await services.write(context) { connection in
            var license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            guard let assignment = try LicenseFeatureStore.find(licenseID: license.id, featureID: input.featureID, on: connection),
                  try LicenseFeatureStore.delete(licenseID: license.id, featureID: input.featureID, on: connection)
            else {
                throw APIError(.notFound, "feature '\(input.featureID)' is not assigned to this license", detail: "feature_id")
            }
            try entitle(&license, .featureRemoved, assignment, statusCode: 204, change: change, on: connection)
        }
        return .noContent
    }

    public func resetLicenseUsage(
        _ input: Operations.ResetLicenseUsage.Input, context: HandlerContext
    ) async throws -> Operations.ResetLicenseUsage.Output {
        let body = input.body
        let adjustment = try UsageAdjustment(body)
        let change = services.change(by: context)
        return .ok(try await services.write(context) { connection in
            var license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            guard var assignment = try LicenseFeatureStore.find(
                licenseID: license.id, featureID: body.featureID, featureCode: body.featureCode, locking: true, on: connection)
            else {
                let selector = body.featureID.map { "feature_id '\($0)'" } ?? "feature_code '\(body.featureCode ?? "")'"
                throw APIError(.notFound, "no feature with \(selector) is assigned to this license", detail: body.featureID != nil ? "feature_id" : "feature_code")
            }
            let before = assignment
            try adjustment.apply(to: &assignment)
            try LicenseFeatureStore.update(assignment, at: change.date, on: connection)
            // Both counters are within [0, 2^53 - 1], so their difference cannot overflow; the new total must stay in bounds.
            license.totalConsumptions = try CounterBound.adding(
                assignment.totalConsumptions - before.totalConsumptions, to: license.totalConsumptions, field: "total_consumptions",
                "the license's total consumption")
            let counters: [String: JSONValue] = [
                "consumed_before": .integer(before.totalConsumptions), "consumed_after": .integer(assignment.totalConsumptions),
                "quota_before": before.maxConsumptions.map(JSONValue.integer) ?? .null,
                "quota_after": assignment.maxConsumptions.map(JSONValue.integer) ?? .null,
            ]
            try entitle(&license, .usageReset, assignment, extra: counters, change: change, on: connection)
            return assignment
        })
    }

    /// Records a change of the license's entitlements: raises its entitlement version, then the audit event and
    /// ledger row naming the feature.
    private func entitle(
        _ license: inout StoredLicense, _ licenseChange: LicenseChange, _ assignment: LicenseFeature, statusCode: Int = 200,
        extra: [String: JSONValue] = [:], change: AuditedChange, on connection: TenantConnection
    ) throws {
        license.entitlementVersion += 1
        license.updatedAt = change.date
        try LicenseStore.update(license, on: connection)
        let audit = AuditMetadata.values(of: assignment, recording: LicenseFeatureStore.auditedFields).merging(extra) { $1 }
        try change.record(
            .license(
                licenseChange, license, at: change.date, audit: audit,
                details: .init(featureCode: assignment.featureCode, statusCode: statusCode, metadata: extra)),
            on: connection)
    }
}

/// What a usage reset asks for, checked: one feature selector, at least one change, and no two changes that contradict.
struct UsageAdjustment: Sendable {
    var addCredits: Int64?
    var quota: Int64?
    var consumed: Int64?

    init(_ request: LicenseFeatureUsageResetRequest) throws {
        guard (request.featureID == nil) != (request.featureCode == nil) else {
            throw APIError.validationFailed("send exactly one of 'feature_id' and 'feature_code'", detail: "feature_id")
        }
        if request.addCredits != nil, request.maxConsumptions != nil {
            throw APIError.validationFailed("send 'add_credits' or 'max_consumptions', not both: each sets the quota", detail: "add_credits")
        }
        if request.resetConsumed != nil, request.totalConsumptions != nil {
            throw APIError.validationFailed(
                "send 'reset_consumed' or 'total_consumptions', not both: each sets the consumed counter", detail: "total_consumptions")
        }
        addCredits = request.addCredits
        quota = request.maxConsumptions
        consumed = request.resetConsumed == true ? 0 : request.totalConsumptions
        guard addCredits != nil || quota != nil || consumed != nil else {
            throw APIError.validationFailed(
                "send at least one of 'add_credits', 'max_consumptions', 'total_consumptions' or 'reset_consumed: true'", detail: "reset_consumed")
        }
    }

    func apply(to assignment: inout LicenseFeature) throws {
        if let addCredits {
            guard let quota = assignment.maxConsumptions else {
                throw APIError(
                    .conflict, "feature '\(assignment.featureCode)' has no quota to add credits to: its use is not limited; set 'max_consumptions'",
                    detail: "add_credits")
            }
            assignment.maxConsumptions = try CounterBound.adding(addCredits, to: quota, field: "add_credits", "the quota of feature '\(assignment.featureCode)'")
        }
        if let quota { assignment.maxConsumptions = quota }
        if let consumed { assignment.totalConsumptions = consumed }
        assignment.remaining = assignment.maxConsumptions.map { max($0 - assignment.totalConsumptions, 0) }
    }
}
