import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// Licenses: issuing them, their lifecycle, their feature entitlements and custom fields.
///
/// Every mutation runs in one transaction with one audit event and one activity-ledger row (through the journal, `LicenseEvents`), and
/// raises `entitlement_version` when it changes what the license entitles. The rules are written into each operation's
/// description in `openapi.yaml`; `LicenseRules` holds the ones about dates and transitions.
public struct LicensesHandlers: LicensesAPI {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listLicenses(_ input: Operations.ListLicenses.Input, context: HandlerContext) async throws -> Operations.ListLicenses.Output {
        let equalities: [(String, String)] = [
            ("product_id", input.productID), ("policy_id", input.policyID), ("customer_id", input.customerID), ("order_id", input.orderID),
            ("subscription_id", input.subscriptionID), ("license_key_last4", input.licenseKeyLast4),
        ].compactMap { column, value in value.map { (column, $0) } }
        let now = services.now()
        let filter = LicenseFilter(
            equalities: equalities, status: input.status, expiresBefore: input.expiresBefore, expiresAfter: input.expiresAfter,
            customerEmail: input.customerEmail, now: now)
        let page = try await services.database.read(account: context.accountID) { connection in
            try LicenseStore.page(filter, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items.map { $0.model(at: now) }, pageInfo: page.pageInfo)
    }

    public func createLicense(_ input: Operations.CreateLicense.Input, context: HandlerContext) async throws -> Operations.CreateLicense.Output {
        let body = input.body
        let change = services.change(by: context)
        let email = try body.customerEmail.map { try Validate.email($0, field: "customer_email") }
        let name = try body.customerName.map { try Validate.name($0, field: "customer_name") }
        let metadata = try Validate.metadata(body.metadata)
        let key = SecretToken.make(prefix: LicenseKeyStore.keyPrefix)
        let masterKey = services.masterKey
        let license = try await services.write(context) { connection in
            guard let product = try ProductStore.find(id: body.productID, on: connection) else {
                throw APIError(.notFound, "no product with id '\(body.productID)'", detail: "product_id")
            }
            guard let policy = try PolicyStore.find(id: body.policyID, on: connection) else {
                throw APIError(.notFound, "no policy with id '\(body.policyID)'", detail: "policy_id")
            }
            guard policy.productID == product.id else {
                throw APIError.validationFailed("field 'policy_id' names a policy of another product", detail: "policy_id")
            }
            let limits = LicenseLimits(
                maxActivations: body.maxActivations, maxFloatingUsers: body.maxFloatingUsers, maxContainerInstances: body.maxContainerInstances,
                maxTransfers: body.maxTransfers)
            try limits.check(under: policy)
            let links = try LicenseLinks.resolve(
                customerID: CommerceChecks.link(body.customerID), orderID: CommerceChecks.link(body.orderID),
                subscriptionID: CommerceChecks.link(body.subscriptionID), productID: product.id, on: connection)
            let startsAt = body.startsAt?.wholeMilliseconds
            let expiry = try LicenseRules.expiry(
                type: policy.licenseType, requested: body.expiresAt?.wholeMilliseconds, startsAt: startsAt,
                maintenance: body.maintenanceExpiresAt, subscriptionPeriodEnd: links.subscription?.currentPeriodEnd, now: change.date)
            var license = StoredLicense(
                id: ResourceID.make("lic", at: change.date), productID: product.id, policyID: policy.id, customerID: links.customerID,
                orderID: links.order?.id, subscriptionID: links.subscription?.id, setStatus: .active,
                keyPrefix: SecretToken.displayPrefix(of: key, prefix: LicenseKeyStore.keyPrefix), keyLast4: SecretToken.last4(of: key),
                customerEmail: email, customerName: name, activeDeviceCount: 0, timesActivated: 0, timesTransferred: 0,
                totalConsumptions: 0, entitlementVersion: 1, startsAt: startsAt, expiresAt: nil, graceExpiresAt: nil,
                maintenanceExpiresAt: body.maintenanceExpiresAt?.wholeMilliseconds, metadata: metadata, limits: limits,
                createdAt: change.date, updatedAt: change.date)
            license.expire(at: expiry, graceDays: policy.gracePeriodDays)
            try mappingConstraintErrors(foreignKey: APIError(.conflict, "a record this license links to was deleted while it was being written; retry")) {
                try LicenseStore.insert(license, on: connection)
            }
            try LicenseKeyStore.insert(licenseID: license.id, key: key, masterKey: masterKey, at: change.date, on: connection)
            try change.record(
                .license(
                    .created, license, at: change.date, audit: ["license_type": .string(policy.licenseType.rawValue)],
                    details: .init(statusCode: 201)),
                on: connection)
            // Assigned after the license exists and is recorded, so each assignment's event follows `license.created`;
            // a refused grant rolls the whole issue back.
            for assignment in try LicenseFeatureGrants.resolve(body.features ?? [], productID: product.id, licenseID: license.id, on: connection) {
                try LicenseFeatureStore.insert(assignment, at: change.date, on: connection)
                try change.record(
                    .license(
                        .featureAssigned, license, at: change.date,
                        audit: AuditMetadata.values(of: assignment, recording: LicenseFeatureStore.auditedFields),
                        details: .init(featureCode: assignment.featureCode, statusCode: 201)),
                    on: connection)
            }
            return license
        }
        context.logger.info("license issued", metadata: ["license.id": "\(license.id)", "license.key_prefix": "\(license.keyPrefix)"])
        return .created(LicenseCreateResponse(license: license.model(at: change.date), licenseKey: key))
    }

    public func getLicense(_ input: Operations.GetLicense.Input, context: HandlerContext) async throws -> Operations.GetLicense.Output {
        let license = try await services.database.read(account: context.accountID) { connection in
            try LicenseStore.require(id: input.id, on: connection)
        }
        return .ok(license.model(at: services.now()))
    }

    public func lookupLicense(_ input: Operations.LookupLicense.Input, context: HandlerContext) async throws -> Operations.LookupLicense.Output {
        guard let keyHash = LicenseKeyStore.hash(of: input.body.licenseKey, masterKey: services.masterKey) else {
            throw APIError.validationFailed("field 'license_key' is not a license key this server issues", detail: "license_key")
        }
        let license = try await services.database.read(account: context.accountID) { connection in
            guard let id = try LicenseKeyStore.licenseID(keyHash: keyHash, on: connection) else {
                throw APIError(.notFound, "no license of this account has that key")
            }
            return try LicenseStore.require(id: id, on: connection)
        }
        return .ok(license.model(at: services.now()))
    }

    public func updateLicense(_ input: Operations.UpdateLicense.Input, context: HandlerContext) async throws -> Operations.UpdateLicense.Output {
        let body = input.body
        let edit = try LicenseEdit(body)
        let change = services.change(by: context)
        return .ok(try await services.write(context) { connection in
            var license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            let previous = license
            var policy = try PolicyStore.find(id: license.policyID, on: connection)!
            if let policyID = body.policyID, policyID != license.policyID {
                guard let requested = try PolicyStore.find(id: policyID, on: connection) else {
                    throw APIError(.notFound, "no policy with id '\(policyID)'", detail: "policy_id")
                }
                guard requested.productID == license.productID else {
                    throw APIError.validationFailed("field 'policy_id' names a policy of another product than the license's", detail: "policy_id")
                }
                guard requested.licenseType == policy.licenseType else {
                    throw APIError.validationFailed(
                        "field 'policy_id' names a policy that issues \(requested.licenseType.rawValue) licenses; this license is \(policy.licenseType.rawValue)",
                        detail: "policy_id")
                }
                policy = requested
                license.policyID = requested.id
                license.expire(at: license.expiresAt, graceDays: requested.gracePeriodDays)
            }
            edit.apply(to: &license)
            try license.limits.check(under: policy)
            let changed = edit.changedFields(from: previous, to: license)
            if changed.contains(where: LicenseEdit.entitling.contains) { license.entitlementVersion += 1 }
            license.updatedAt = change.date
            try LicenseStore.update(license, on: connection)
            var audit: [String: JSONValue] = ["changed_fields": .array(changed.map(JSONValue.string))]
            if license.policyID != previous.policyID { audit["previous_policy_id"] = .string(previous.policyID) }
            try change.record(.license(.updated, license, at: change.date, audit: audit, details: .init(metadata: audit)), on: connection)
            return license.model(at: change.date)
        })
    }

    public func checkLicenseRevocation(
        _ input: Operations.CheckLicenseRevocation.Input, context: HandlerContext
    ) async throws -> Operations.CheckLicenseRevocation.Output {
        let ids = input.body.licenseIDs ?? []
        let keys = input.body.licenseKeys ?? []
        guard input.body.licenseIDs != nil || input.body.licenseKeys != nil else {
            throw APIError.validationFailed("send 'license_ids', 'license_keys' or both", detail: "license_ids")
        }
        guard ids.count + keys.count <= Self.revocationCheckLimit else {
            throw APIError.validationFailed(
                "send at most \(Self.revocationCheckLimit) licenses in 'license_ids' and 'license_keys' together (\(ids.count + keys.count) sent)",
                detail: "license_ids")
        }
        let hashes = try keys.enumerated().map { index, key in
            guard let hash = LicenseKeyStore.hash(of: key, masterKey: services.masterKey) else {
                throw APIError.validationFailed("field 'license_keys[\(index)]' is not a license key this server issues", detail: "license_keys[\(index)]")
            }
            return hash
        }
        let now = services.now()
        let (licenses, keyed) = try await services.database.read(account: context.accountID) { connection in
            let keyed = try hashes.map { try LicenseKeyStore.licenseID(keyHash: $0, on: connection) }
            let found = try LicenseStore.find(ids: Array(Set(ids + keyed.compactMap { $0 })), on: connection)
            return (Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) }), keyed)
        }
        let results = (ids.map { licenses[$0] } + keyed.map { $0.flatMap { licenses[$0] } }).map { license in
            LicenseRevocationResult(
                licenseID: license?.id, status: license.map { LicenseRevocationStatus(rawValue: $0.status(at: now).rawValue) } ?? .notFound,
                revokedAt: license?.revokedAt)
        }
        return .ok(LicenseRevocationCheck(results: results, checkedAt: now))
    }

    /// How many licenses one revocation check may name.
    static let revocationCheckLimit = 100

    public func suspendLicense(_ input: Operations.SuspendLicense.Input, context: HandlerContext) async throws -> Operations.SuspendLicense.Output {
        .ok(try await transition(input.id, context) { license, now in
            let status = license.status(at: now)
            guard status == .active || status == .gracePeriod else {
                throw LicenseRules.refused("suspend", status: status, allowed: "an active license or one in its grace period can be suspended")
            }
            license.setStatus = .suspended
            return .suspended
        })
    }

    public func reinstateLicense(
        _ input: Operations.ReinstateLicense.Input, context: HandlerContext
    ) async throws -> Operations.ReinstateLicense.Output {
        .ok(try await transition(input.id, context) { license, now in
            let status = license.status(at: now)
            guard status == .suspended else {
                throw LicenseRules.refused("reinstate", status: status, allowed: "a suspended license can be reinstated")
            }
            license.setStatus = .active
            return .reinstated
        })
    }

    public func revokeLicense(_ input: Operations.RevokeLicense.Input, context: HandlerContext) async throws -> Operations.RevokeLicense.Output {
        .ok(try await transition(input.id, context) { license, now in
            guard license.setStatus != .revoked else { return nil }
            license.setStatus = .revoked
            license.revokedAt = now
            return .revoked
        })
    }

    /// Runs a status change: locks the license, lets `change` decide (nil leaves it as it is, which is how revoking a
    /// revoked license stays a no-op), raises its entitlement version and records the change.
    private func transition(
        _ id: String, _ context: HandlerContext,
        _ decide: @escaping @Sendable (inout StoredLicense, Date) throws -> LicenseChange?
    ) async throws -> License {
        let change = services.change(by: context)
        let license = try await services.write(context) { connection in
            var license = try LicenseStore.require(id: id, locking: true, on: connection)
            guard let licenseChange = try decide(&license, change.date) else { return license }
            if license.setStatus == .revoked {
                try DeviceStore.releaseActive(licenseID: license.id, as: .deactivated, at: change.date, on: connection)
                try LeaseStore.releaseAll(licenseID: license.id, at: change.date, on: connection)
                license.activeDeviceCount = 0
            }
            license.entitlementVersion += 1
            license.updatedAt = change.date
            try LicenseStore.update(license, on: connection)
            try change.record(.license(licenseChange, license, at: change.date), on: connection)
            return license
        }
        return license.model(at: change.date)
    }
}
