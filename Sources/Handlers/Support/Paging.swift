/// List sizes: `limit` defaults to 50 and never exceeds 200 (the contract also rejects larger values).
///
/// Lists page by id: ids are time-ordered (`ResourceID`), so `WHERE id > $cursor ORDER BY id LIMIT n + 1`
/// walks every row once in creation order, and the cursor is simply the last id of the page.
public enum Paging {
    public static let defaultLimit = 50
    public static let maximumLimit = 200

    public static func limit(_ requested: Int?) -> Int {
        min(max(requested ?? defaultLimit, 1), maximumLimit)
    }

    /// The page and the next cursor from `limit + 1` rows fetched in id order.
    public static func page<Item>(_ rows: [Item], limit: Int, id: (Item) -> String) -> (items: [Item], next: String?) {
        let items = Array(rows.prefix(limit))
        return (items, rows.count > limit ? items.last.map(id) : nil)
    }
}
