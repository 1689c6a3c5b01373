import Foundation
import LocksmithAPI
import LocksmithStorage

/// The customer, order and subscription a license (or a renewal) names, checked: each must exist in the account (422
/// naming the field otherwise), and the order and subscription must belong to the license's product. An order that
/// belongs to a subscription brings that subscription along when none is named, and must agree with it when one is.
struct LicenseLinks {
    var customerID: String?
    var order: Order?
    var subscription: Subscription?

    static func resolve(
        customerID: String?, orderID: String?, subscriptionID: String?, productID: String, on connection: TenantConnection
    ) throws -> LicenseLinks {
        if let customerID { try CommerceChecks.requireCustomer(customerID, on: connection) }
        let order = try orderID.map { id in
            guard let order = try OrderStore.find(id: id, on: connection) else {
                throw APIError.validationFailed("field 'order_id' names no order ('\(id)')", detail: "order_id")
            }
            guard order.productID == productID else {
                throw APIError.validationFailed("field 'order_id' names an order of another product", detail: "order_id")
            }
            return order
        }
        let subscriptionID = subscriptionID ?? order?.subscriptionID
        if let order, let linked = order.subscriptionID, linked != subscriptionID {
            throw APIError.validationFailed(
                "field 'subscription_id' names another subscription than the order's ('\(linked)')", detail: "subscription_id")
        }
        let subscription = try subscriptionID.map { id in
            guard let subscription = try SubscriptionStore.find(id: id, on: connection) else {
                throw APIError.validationFailed("field 'subscription_id' names no subscription ('\(id)')", detail: "subscription_id")
            }
            guard subscription.productID == productID else {
                throw APIError.validationFailed("field 'subscription_id' names a subscription of another product", detail: "subscription_id")
            }
            return subscription
        }
        return LicenseLinks(customerID: customerID, order: order, subscription: subscription)
    }
}
