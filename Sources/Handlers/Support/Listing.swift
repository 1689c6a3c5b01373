import LocksmithAPI
import LocksmithStorage

/// The order a list walks its rows in, and the position a cursor carries: the values of columns that together name one
/// row (an id, or a time and an id), walked ascending or descending.
///
/// A cursor is those values joined by `.`, each read back as it was written: an id must have the form of an id
/// (`ResourceID`), an integer must be one. Anything else is 400 `INVALID_QUERY` naming `cursor` rather than a walk from
/// an arbitrary place, which would hide a client's bug.
struct Keyset<Item> {
    enum Part: Sendable {
        /// A column of ids (text).
        case id(String)
        /// A column of integers (a time in milliseconds, a sequence).
        case integer(String)

        var column: String {
            switch self {
            case .id(let column), .integer(let column): column
            }
        }
    }

    let parts: [Part]
    let descending: Bool
    /// An item's values of `parts`, in order.
    let position: (Item) -> [SQLValue]

    init(_ parts: [Part], descending: Bool = false, position: @escaping (Item) -> [SQLValue]) {
        self.parts = parts
        self.descending = descending
        self.position = position
    }

    /// Creation order: ids are time-ordered, so `column` alone walks every row once.
    static func byID(_ id: @escaping (Item) -> String, column: String = "id") -> Keyset {
        Keyset([.id(column)]) { [.text(id($0))] }
    }

    /// The cursor that names `item`'s position.
    func cursor(_ item: Item) -> String {
        position(item).map { value in
            switch value {
            case .integer(let number): String(number)
            case .text(let text): text
            default: ""
            }
        }.joined(separator: ".")
    }

    /// The position `cursor` names.
    func position(of cursor: String) throws -> [SQLValue] {
        let texts = cursor.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard texts.count == parts.count else { throw Keyset.invalid() }
        return try zip(parts, texts).map { part, text in
            switch part {
            case .id:
                guard ResourceID.isWellFormed(text) else { throw Keyset.invalid() }
                return .text(text)
            case .integer:
                guard let number = Int64(text) else { throw Keyset.invalid() }
                return .integer(number)
            }
        }
    }

    /// The condition that keeps the rows past `position` in this order, binding its values after `binds`:
    /// `a > $1 OR (a = $1 AND b > $2)` (the expanded form, which both planners turn into an index range).
    func past(_ position: [SQLValue], binding binds: inout [SQLValue]) -> String {
        let placeholders = position.map { value in
            binds.append(value)
            return "$\(binds.count)"
        }
        let comparison = descending ? "<" : ">"
        var condition = ""
        for (part, placeholder) in zip(parts, placeholders).reversed() {
            let strict = "\(part.column) \(comparison) \(placeholder)"
            condition = condition.isEmpty ? strict : "\(strict) OR (\(part.column) = \(placeholder) AND (\(condition)))"
        }
        return "(\(condition))"
    }

    var orderBy: String {
        parts.map { descending ? "\($0.column) DESC" : $0.column }.joined(separator: ", ")
    }

    static func invalid() -> APIError {
        APIError.invalidQuery("query parameter 'cursor' is not a cursor this list returned", detail: "cursor")
    }
}

/// Every list reads its pages here: a query, the list's `Keyset`, and a cursor, so that every list pages one way.
///
/// `limit` defaults to 50 and never exceeds 200 (the contract refuses larger values before a handler runs).
enum Listing {
    static let defaultLimit = 50
    static let maximumLimit = 200

    /// `limit` as requested, defaulted and capped.
    static func limit(_ requested: Int?) -> Int {
        min(max(requested ?? defaultLimit, 1), maximumLimit)
    }

    /// One page of `from` (a table, or tables joined) matching `conditions` (whose placeholders number `binds`), after
    /// `cursor` in `keyset`'s order. The tenant condition is the caller's, as in every statement.
    static func page<Item: Sendable>(
        _ columns: String, from source: String, where conditions: [String], binding binds: [SQLValue] = [], keyset: Keyset<Item>,
        after cursor: String?, limit requested: Int?, on connection: TenantConnection, record: (SQLRow) throws -> Item
    ) throws -> Page<Item> {
        let limit = limit(requested)
        var binds = binds
        var conditions = conditions
        if let cursor { conditions.append(keyset.past(try keyset.position(of: cursor), binding: &binds)) }
        binds.append(.integer(Int64(limit + 1)))
        let rows = try connection.query(
            "SELECT \(columns) FROM \(source) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(keyset.orderBy) LIMIT $\(binds.count)",
            binds)
        return Page(rows: try rows.map(record), limit: limit, cursor: keyset.cursor)
    }

    /// A table's rows in creation order, all of them or those matching some equality filters.
    static func page<Item: Sendable>(
        _ table: String, columns: String, where filters: [(column: String, value: SQLValue)] = [], after cursor: String?,
        limit requested: Int?, on connection: TenantConnection, record: (SQLRow) throws -> Item, id: @escaping (Item) -> String
    ) throws -> Page<Item> {
        var binds: [SQLValue] = []
        let conditions = ["account_id = $account"] + filters.map { filter in
            binds.append(filter.value)
            return "\(filter.column) = $\(binds.count)"
        }
        return try page(
            columns, from: table, where: conditions, binding: binds, keyset: .byID(id), after: cursor, limit: requested, on: connection,
            record: record)
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
