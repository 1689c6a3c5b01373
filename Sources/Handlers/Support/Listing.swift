import LocksmithStorage

/// Reads one page of a table in creation order, all of it or the rows matching some equality filters.
///
/// `limit` defaults to 50 and never exceeds 200 (the contract refuses larger values before a handler runs).
enum Listing {
    static let defaultLimit = 50
    static let maximumLimit = 200

    /// `limit` as requested, defaulted and capped.
    static func limit(_ requested: Int?) -> Int {
        min(max(requested ?? defaultLimit, 1), maximumLimit)
    }

    static func page<Item: Sendable>(
        _ table: String, columns: String, where filters: [(column: String, value: SQLValue)] = [], after cursor: String?,
        limit requested: Int?, on connection: TenantConnection, record: (SQLRow) throws -> Item, id: (Item) -> String
    ) throws -> Page<Item> {
        let limit = limit(requested)
        var binds: [SQLValue] = [.text(try Cursor.id(cursor) ?? ""), .integer(Int64(limit + 1))]
        var conditions = ["account_id = $account"]
        for filter in filters {
            binds.append(filter.value)
            conditions.append("\(filter.column) = $\(binds.count)")
        }
        conditions.append("id > $1")
        let rows = try connection.query(
            "SELECT \(columns) FROM \(table) WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT $2", binds)
        return Page(rows: try rows.map(record), limit: limit, cursor: id)
    }

    /// The newest rows whose `column` is `value`, newest first (ids are time-ordered), at most `limit`: what a report
    /// shows of a record's most recent relations.
    static func newest<Item>(
        _ table: String, columns: String, where column: String, is value: String, limit: Int, on connection: TenantConnection,
        record: (SQLRow) throws -> Item
    ) throws -> [Item] {
        try connection.query(
            "SELECT \(columns) FROM \(table) WHERE \(column) = $1 AND account_id = $account ORDER BY id DESC LIMIT $2",
            [.text(value), .integer(Int64(limit))]
        ).map(record)
    }
}
