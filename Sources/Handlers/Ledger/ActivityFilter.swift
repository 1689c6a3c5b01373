import Foundation

/// Which ledger rows a read wants: a time window and equality filters on attribution columns.
struct ActivityFilter: Sendable {
    /// Inclusive start of the window.
    var from: Date
    /// Exclusive end of the window.
    var to: Date
    /// (column, value) pairs that must all match.
    var equalities: [(String, String)]
}
