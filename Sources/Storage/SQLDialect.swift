/// The SQL flavour a connection speaks.
public enum SQLDialect: String, Sendable {
    /// SQLite 3.
    case sqlite
    /// PostgreSQL (and compatible engines).
    case postgres

    /// ` FOR UPDATE` on PostgreSQL, nothing on SQLite.
    ///
    /// PostgreSQL runs `write` at READ COMMITTED, so a read-modify-write must lock the rows it reads;
    /// SQLite needs no clause because `BEGIN IMMEDIATE` already serializes writers.
    public var forUpdate: String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE"
        }
    }
}
