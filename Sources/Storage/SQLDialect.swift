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

    /// ` FOR UPDATE OF alias SKIP LOCKED` on PostgreSQL, nothing on SQLite: for claiming queued work, where
    /// concurrent claimers each take rows the others have not locked instead of waiting for them. SQLite's single
    /// writer already keeps claimers apart.
    public func forUpdateSkipLocked(of alias: String) -> String {
        switch self {
        case .sqlite: ""
        case .postgres: " FOR UPDATE OF \(alias) SKIP LOCKED"
        }
    }
}
