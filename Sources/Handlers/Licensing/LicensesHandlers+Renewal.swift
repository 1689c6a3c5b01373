import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Renewals and transfers: both take an `Idempotency-Key`, so a retried request changes the license once.
extension LicensesHandlers {
    public func renewLicense(_ input: Operations.RenewLicense.Input, context: HandlerContext) async throws -> Operations.RenewLicense.Output {
        let body = input.body
        let change = services.change(by: context)
        return .ok(try await services.write(context) { connection in
            var license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            let policy = try PolicyStore.find(id: license.policyID, on: connection)!
            let status = license.status(at: change.date)
            guard status != .revoked else { throw LicenseRules.refused("renew", status: status, allowed: "a license that is not revoked can be renewed") }
            guard LicenseRules.renewableTypes.contains(policy.licenseType) else {
                throw APIError(
                    .conflict, "a \(policy.licenseType.rawValue) license cannot be renewed: only time_limited, subscription and trial licenses expire",
                    detail: "license_type")
            }
            let links = try LicenseLinks.resolve(
                customerID: nil, orderID: CommerceChecks.link(body.orderID), subscriptionID: CommerceChecks.link(body.subscriptionID),
                productID: license.productID, on: connection)
            let previous = license.expiresAt
            license.expire(at: try LicenseRules.renewedExpiry(body, current: previous, now: change.date), graceDays: policy.gracePeriodDays)
            license.entitlementVersion += 1
            license.updatedAt = change.date
            try LicenseStore.update(license, on: connection)
            var audit: [String: JSONValue] = ["previous_expires_at": previous.map { .string(RFC3339.string(from: $0)) } ?? .null]
            if let order = links.order { audit["renewal_order_id"] = .string(order.id) }
            if let subscription = links.subscription { audit["renewal_subscription_id"] = .string(subscription.id) }
            try change.record(
                .license(
                    .renewed, license, at: change.date, audit: audit,
                    details: .init(orderID: links.order?.id, subscriptionID: links.subscription?.id, metadata: audit)),
                on: connection)
            return license.model(at: change.date)
        })
    }

    public func transferLicense(_ input: Operations.TransferLicense.Input, context: HandlerContext) async throws -> Operations.TransferLicense.Output {
        let body = input.body
        guard body.customerID != nil || body.customerEmail != nil || body.customerName != nil || body.resetDevices == true else {
            throw APIError.validationFailed(
                "send at least one of 'customer_id', 'customer_email', 'customer_name' or 'reset_devices: true'", detail: "customer_id")
        }
        let email = try body.customerEmail.map { try Validate.email($0, field: "customer_email") }
        let name = try body.customerName.map { try Validate.name($0, field: "customer_name") }
        let change = services.change(by: context)
        return .ok(try await services.write(context) { connection in
            var license = try LicenseStore.require(id: input.id, locking: true, on: connection)
            let policy = try PolicyStore.find(id: license.policyID, on: connection)!
            let status = license.status(at: change.date)
            guard status != .revoked else {
                throw LicenseRules.refused("transfer", status: status, allowed: "a license that is not revoked can be transferred")
            }
            let allowed = license.limits.transfers(under: policy)
            guard license.timesTransferred < allowed else {
                throw APIError(
                    .conflict,
                    "the license has been transferred \(license.timesTransferred) time(s), the most it allows (max_transfers \(allowed))",
                    detail: "max_transfers")
            }
            let previousCustomer = license.customerID
            if let requested = body.customerID {
                let customerID = CommerceChecks.link(requested)
                if let customerID { try CommerceChecks.requireCustomer(customerID, on: connection) }
                license.customerID = customerID
            }
            if let email { license.customerEmail = email }
            if let name { license.customerName = name }
            var released = 0
            if body.resetDevices == true {
                released = try DeviceStore.releaseActive(licenseID: license.id, as: .reset, at: change.date, on: connection)
                try LeaseStore.releaseAll(licenseID: license.id, at: change.date, on: connection)
                license.activeDeviceCount = 0
            }
            license.timesTransferred += 1
            license.entitlementVersion += 1
            license.updatedAt = change.date
            try LicenseStore.update(license, on: connection)
            let audit: [String: JSONValue] = [
                "previous_customer_id": previousCustomer.map(JSONValue.string) ?? .null, "reset_devices": .bool(body.resetDevices == true),
                "devices_released": .integer(Int64(released)),
            ]
            try change.record(.license(.transferred, license, at: change.date, audit: audit, details: .init(metadata: audit)), on: connection)
            return license.model(at: change.date)
        })
    }
}
