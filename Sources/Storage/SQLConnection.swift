/// A connection lent to a closure by `Database.read` or `Database.write`; never let it escape.
///
/// SQL uses PostgreSQL placeholders `$1…$n` on both backends; a placeholder may be repeated and used out of
/// order. Each call runs exactly one statement.
public protocol SQLConnection: AnyObject {
    /// The SQL flavour of the database behind this connection.
    var dialect: SQLDialect { get }

    /// Whether the session keeps a statement's plan between transactions (SQLite, and PostgreSQL with statements
    /// prepared by name); false behind a pooler in transaction mode, where every statement is planned anew unless it
    /// runs inside a function (`RuntimeStateFunctions`).
    var keepsPlans: Bool { get }

    /// Runs a statement and returns the number of rows it inserted, updated or deleted.
    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) throws -> Int

    /// Runs a statement and returns all of its rows.
    func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow]

    /// Runs a statement and returns its first row, or nil when it has none.
    func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> SQLRow?
}

extension SQLConnection {
    /// Runs a statement with the given parameters and returns the number of rows it changed.
    @discardableResult
    public func execute(_ sql: String, _ binds: any SQLBindable...) throws -> Int {
        try execute(sql, binds.map(\.sqlValue))
    }

    /// Runs a statement with the given parameters and returns all of its rows.
    public func query(_ sql: String, _ binds: any SQLBindable...) throws -> [SQLRow] {
        try query(sql, binds.map(\.sqlValue))
    }

    /// Runs a statement with the given parameters and returns its first row, or nil when it has none.
    public func queryOne(_ sql: String, _ binds: any SQLBindable...) throws -> SQLRow? {
        try queryOne(sql, binds.map(\.sqlValue))
    }
}

extension SQLConnection {
    public var keepsPlans: Bool { true }
}
