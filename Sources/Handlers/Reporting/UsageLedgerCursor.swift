import Foundation
import LocksmithAPI
import LocksmithStorage

/// A position in the oldest-first usage ledger, with the window of the walk it belongs to, so that every page of one
/// walk covers the same rows however long the walk takes. Opaque to clients: `from.to.occurred_at.id`, times in
/// milliseconds.
struct UsageLedgerCursor {
    var window: ReportWindow
    var occurredAt: Int64
    var id: String

    init(window: ReportWindow, occurredAt: Int64, id: String) {
        self.window = window
        self.occurredAt = occurredAt
        self.id = id
    }

    init(_ text: String) throws {
        let parts = text.split(separator: ".", maxSplits: 3)
        guard parts.count == 4, let from = Int64(parts[0]), let to = Int64(parts[1]), from < to, let occurredAt = Int64(parts[2]),
              !parts[3].isEmpty
        else {
            throw APIError.invalidQuery("query parameter 'cursor' is not a cursor this list returned", detail: "cursor")
        }
        let window = try ReportWindow(
            from: Date(millisecondsSince1970: from), to: Date(millisecondsSince1970: to), now: Date(), source: .query)
        self.init(window: window, occurredAt: occurredAt, id: String(parts[3]))
    }

    var text: String {
        "\(window.from.millisecondsSince1970).\(window.to.millisecondsSince1970).\(occurredAt).\(id)"
    }
}
