/// A failure of the storage layer.
///
/// Messages name tables, columns and constraints but never bound values, which may be secrets.
public struct StorageError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, as far as callers need to tell failures apart.
    public enum Kind: Sendable, Equatable {
        /// A UNIQUE or PRIMARY KEY constraint rejected the statement.
        case uniqueViolation
        /// A FOREIGN KEY constraint rejected the statement.
        case foreignKeyViolation
        /// A CHECK (or NOT NULL) constraint rejected the statement.
        case checkViolation
        /// The database could not be reached, or the connection broke; the next operation gets a new one.
        case connectionFailed
        /// A column was missing, NULL, or of another type than the one asked for.
        case decoding
        /// The database stayed locked by another process past the busy timeout.
        case busy
        /// No connection (on SQLite: no turn at the writer) came free within the wait limits, or too many callers
        /// were already waiting: the database is saturated or stuck. Nothing was run; retry later.
        case overloaded
        /// A statement ran past the database's time limit (PostgreSQL `statement_timeout`) and was cancelled,
        /// rolling its transaction back.
        case timedOut
        /// An integer result does not fit 64 bits: SQLite's `SUM` over integers ("integer overflow"), or a PostgreSQL
        /// value cast to `bigint` ("bigint out of range", SQLSTATE 22003). Totals over rows a caller wrote end here.
        case integerOverflow
        /// The schema could not be migrated, or is newer than this binary.
        case migration
        /// Anything else: a syntax error, a closed database, a misuse.
        case other
    }

    /// What went wrong.
    public var kind: Kind
    /// A short explanation without bound values.
    public var message: String
    /// The constraint or column concerned, when known.
    ///
    /// For constraint violations this is the constraint's name. PostgreSQL reports it directly; SQLite
    /// only reports columns, so its unique violations are named after the matching named unique index, or
    /// else with PostgreSQL's default names (`<table>_pkey`, `<table>_<columns>_key`), so that one name works
    /// on both backends. SQLite does not say which foreign key failed: nil there.
    public var constraint: String?

    /// A storage error.
    public init(_ kind: Kind, _ message: String, constraint: String? = nil) {
        self.kind = kind
        self.message = message
        self.constraint = constraint
    }

    /// The kind, the message and the constraint, for logs.
    public var description: String {
        if let constraint {
            return "\(kind): \(message) [\(constraint)]"
        }
        return "\(kind): \(message)"
    }
}

extension StorageError {
    static var databaseClosed: StorageError { StorageError(.other, "the database has been closed") }

    static func decoding(column: String, _ problem: String) -> StorageError {
        StorageError(.decoding, "column \"\(column)\": \(problem)", constraint: column)
    }
}
