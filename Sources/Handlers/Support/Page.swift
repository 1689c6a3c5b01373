import LocksmithAPI

/// One page of a list in its order (`Keyset`), and the cursor of the next page (nil on the last one).
struct Page<Item: Sendable>: Sendable {
    var items: [Item]
    var next: String?

    /// The page from `limit + 1` rows fetched in cursor order: the extra row only says that another page exists.
    init(rows: [Item], limit: Int, cursor: (Item) -> String) {
        items = Array(rows.prefix(limit))
        next = rows.count > limit ? items.last.map(cursor) : nil
    }

    /// `page_info` as lists return it.
    var pageInfo: PageInfo {
        PageInfo(nextCursor: next)
    }
}
