import Foundation
import LocksmithAPI
import LocksmithStorage

/// A position in the oldest-first usage ledger, with the window of the walk it belongs to, so that every page of one
/// walk covers the same rows however long the walk takes. Opaque to clients: `from.to.` and the ledger's own cursor
/// (`ActivityLedger.order`), times in milliseconds.
struct UsageLedgerCursor {
    var window: ReportWindow
    /// The position in the ledger's order.
    var after: String

    init(window: ReportWindow, after: String) {
        self.window = window
        self.after = after
    }

    init(_ text: String) throws {
        let parts = text.split(separator: ".", maxSplits: 2)
        guard parts.count == 3, let from = Int64(parts[0]), let to = Int64(parts[1]), from < to else { throw Keyset<Activity>.invalid() }
        let window = try ReportWindow(
            from: Date(millisecondsSince1970: from), to: Date(millisecondsSince1970: to), now: Date(), source: .query)
        self.init(window: window, after: String(parts[2]))
    }

    var text: String {
        "\(window.from.millisecondsSince1970).\(window.to.millisecondsSince1970).\(after)"
    }
}
