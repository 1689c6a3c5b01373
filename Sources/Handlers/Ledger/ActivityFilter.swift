import Foundation
import LocksmithAPI
import LocksmithStorage

/// Which ledger rows a read wants: a time window and equality filters on attribution columns.
struct ActivityFilter: Sendable {
    /// Inclusive start of the window.
    var from: Date
    /// Exclusive end of the window.
    var to: Date
    /// (column, value) pairs that must all match.
    var equalities: [(String, String)]

    /// The attribution filters the activity feed and the usage reports take, as the (column, value) pairs of those
    /// that are given.
    static func equalities(
        productID: String?, customerID: String?, licenseID: String?, orderID: String?, subscriptionID: String?, featureCode: String?,
        source: ActivitySource?, resultClass: ActivityResultClass?, action: String?
    ) -> [(String, String)] {
        [("product_id", productID), ("customer_id", customerID), ("license_id", licenseID), ("order_id", orderID),
         ("subscription_id", subscriptionID), ("feature_code", featureCode), ("source", source?.rawValue),
         ("result_class", resultClass?.rawValue), ("action", action)].compactMap { column, value in value.map { (column, $0) } }
    }

    /// The SQL conditions selecting the account's rows in the window that match every equality, their values
    /// appended to `binds` (placeholders count from the binds already there). The window is on `column`: the ledger's
    /// `occurred_at`, or `ledger_days`' `day` (`LedgerDays`).
    func conditions(binding binds: inout [SQLValue], over column: String = "occurred_at") -> [String] {
        binds += [from.sqlValue, to.sqlValue]
        var conditions = ["account_id = $account", "\(column) >= $\(binds.count - 1)", "\(column) < $\(binds.count)"]
        for (column, value) in equalities {
            binds.append(.text(value))
            conditions.append("\(column) = $\(binds.count)")
        }
        return conditions
    }
}
