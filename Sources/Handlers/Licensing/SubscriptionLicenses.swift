import Foundation
import LocksmithAPI
import LocksmithStorage

/// Subscription licenses follow their subscription: whenever `updateSubscription` changes one, each `subscription`
/// license linked to it (not revoked) ends at the subscription's `current_period_end`, and keeps its policy's grace
/// period after that only while the subscription is expected to go on:
///
/// | status | `cancel_at_period_end` false | `cancel_at_period_end` true |
/// |---|---|---|
/// | `trialing`, `active`, `past_due` | period end, then grace | period end, no grace |
/// | `paused`, `canceled` | period end, no grace | period end, no grace |
///
/// A later end is a renewal (`license.renewed`, ledger `license.renew` with `source: subscription`); any other change
/// of the dates is `license.updated`. Each raises `entitlement_version`. `openapi.yaml` carries the same table on
/// `updateSubscription`.
enum SubscriptionLicenses {
    /// Brings the linked licenses in line with `subscription`, in the caller's transaction; returns how many changed.
    @discardableResult
    static func follow(_ subscription: Subscription, change: AuditedChange, on connection: TenantConnection) throws -> Int {
        let goesOn = [.trialing, .active, .pastDue].contains(subscription.status) && subscription.cancelAtPeriodEnd != true
        let end = subscription.currentPeriodEnd.wholeMilliseconds
        let rows = try connection.query(
            """
            SELECT \(LicenseStore.columnsOfL), p.grace_period_days AS policy_grace_period_days
            FROM licenses l JOIN policies p ON p.id = l.policy_id AND p.account_id = l.account_id
            WHERE l.subscription_id = $1 AND l.account_id = $account AND p.license_type = 'subscription' AND l.status <> 'revoked'
            ORDER BY l.id
            """ + (connection.dialect == .postgres ? " FOR UPDATE OF l" : ""), [.text(subscription.id)])
        var changed = 0
        for row in rows {
            var license = try LicenseStore.record(row)
            let previous = license
            license.expire(at: end, graceDays: goesOn ? try row.int("policy_grace_period_days") : 0)
            guard license.expiresAt != previous.expiresAt || license.graceExpiresAt != previous.graceExpiresAt else { continue }
            license.entitlementVersion += 1
            license.updatedAt = change.date
            try LicenseStore.update(license, on: connection)
            let renewed = previous.expiresAt.map { end > $0 } ?? false
            var audit: [String: JSONValue] = [
                "source": .string("subscription"), "renewal_subscription_id": .string(subscription.id),
                "subscription_status": .string(subscription.status.rawValue),
                "previous_expires_at": previous.expiresAt.map { .string(RFC3339.string(from: $0)) } ?? .null,
            ]
            audit["grace_ends_at"] = license.graceExpiresAt.map { .string(RFC3339.string(from: $0)) } ?? .null
            try change.record(
                .license(
                    renewed ? .renewed : .updated, license, at: change.date, audit: audit,
                    details: .init(subscriptionID: subscription.id, metadata: audit)),
                on: connection)
            changed += 1
        }
        return changed
    }
}
