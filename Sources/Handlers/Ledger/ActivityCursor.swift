import LocksmithAPI

/// A position in the newest-first feed: the last row's time and id. Opaque to clients.
struct ActivityCursor {
    var occurredAt: Int64
    var id: String

    init(occurredAt: Int64, id: String) {
        self.occurredAt = occurredAt
        self.id = id
    }

    init(_ text: String) throws {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let occurredAt = Int64(parts[0]), ResourceID.isWellFormed(String(parts[1])) else {
            throw Cursor.invalid()
        }
        self.init(occurredAt: occurredAt, id: String(parts[1]))
    }

    var text: String { "\(occurredAt).\(id)" }
}
