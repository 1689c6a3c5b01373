import Foundation
import LocksmithAPI
import LocksmithStorage

/// The rules orders and subscriptions share: the links they carry, their external references and periods.
///
/// The product is addressed by the path, so a missing one is 404. Customers and subscriptions are named in
/// the body, so a missing or unsuitable one is 422 naming the field. Rules are checked on the whole record,
/// so an update is judged by what it would leave stored, not only by the fields it sends.
enum CommerceChecks {
    static func requireCustomer(_ id: String?, on connection: TenantConnection) throws {
        guard let id else { return }
        guard try CustomerStore.exists(id: id, on: connection) else {
            throw APIError.validationFailed("field 'customer_id' names no customer ('\(id)')", detail: "customer_id")
        }
    }

    /// Orders may only belong to a subscription of their own product.
    static func requireSubscription(_ id: String?, ofProduct productID: String, on connection: TenantConnection) throws {
        guard let id else { return }
        guard let subscriptionProduct = try SubscriptionStore.productID(of: id, on: connection) else {
            throw APIError.validationFailed("field 'subscription_id' names no subscription ('\(id)')", detail: "subscription_id")
        }
        guard subscriptionProduct == productID else {
            throw APIError.validationFailed(
                "field 'subscription_id' names a subscription of another product; an order may only belong to a subscription of its own product",
                detail: "subscription_id")
        }
    }

    /// A link as sent: an empty string means no link, as `null` does.
    static func link(_ id: String?) -> String? {
        guard let id, !id.isEmpty else { return nil }
        return id
    }

    static func externalReference(system: String?, id: String?) throws {
        for (field, value) in [("external_system", system), ("external_id", id)] {
            guard let value else { continue }
            if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw APIError.validationFailed("field '\(field)' must not be blank", detail: field)
            }
            try Validate.printable(value, field: field)
        }
    }

    /// An order's service period is set or cleared as a whole, and ends after it starts.
    static func orderPeriod(start: Date?, end: Date?) throws {
        switch (start, end) {
        case (nil, nil):
            return
        case (.some, nil):
            throw APIError.validationFailed(
                "field 'period_end' is required with 'period_start': set or clear both ends of the period together", detail: "period_end")
        case (nil, .some):
            throw APIError.validationFailed(
                "field 'period_start' is required with 'period_end': set or clear both ends of the period together", detail: "period_start")
        case let (start?, end?):
            try Validate.period(start: start, end: end, endField: "period_end")
        }
    }

    /// A subscription's billing period ends after it starts, and only a canceled subscription has `canceled_at`.
    static func subscription(status: SubscriptionStatus, canceledAt: Date?, periodStart: Date, periodEnd: Date) throws {
        try Validate.period(start: periodStart, end: periodEnd, endField: "current_period_end")
        if canceledAt != nil, status != .canceled {
            throw APIError.validationFailed(
                "field 'canceled_at' is only accepted when status is 'canceled' (the status would be '\(status.rawValue)')",
                detail: "canceled_at")
        }
    }

    /// Runs one statement, reporting a taken (`external_system`, `external_id`) as 409 naming `external_id` (and the
    /// values, when known), and a link whose record was deleted by a concurrent request as 409.
    static func refusingConflicts(of record: String, index: String, system: String?, id: String?, _ statement: () throws -> Void) throws {
        let reference = if let system, let id { "external_id '\(id)' of external_system '\(system)'" } else { "this (external_system, external_id)" }
        try mappingConstraintErrors(
            unique: [index: APIError(.conflict, "\(reference) is already recorded for another \(record) of this product", detail: "external_id")],
            foreignKey: APIError(.conflict, "a record this \(record) links to was deleted while it was being written; retry"),
            statement)
    }
}
