import CSQLite

/// Maps SQLite result codes to `StorageError` kinds.
enum SQLiteErrors {
    // Extended result codes, which C builds with shifts that Swift does not import.
    static let constraintCheck = SQLITE_CONSTRAINT | (1 << 8)
    static let constraintForeignKey = SQLITE_CONSTRAINT | (3 << 8)
    static let constraintNotNull = SQLITE_CONSTRAINT | (5 << 8)
    static let constraintPrimaryKey = SQLITE_CONSTRAINT | (6 << 8)
    static let constraintUnique = SQLITE_CONSTRAINT | (8 << 8)

    static func error(code: Int32, message: String) -> StorageError {
        // SQLite has no code of its own for an integer SUM past 64 bits: SQLITE_ERROR with this message.
        let kind = code == SQLITE_ERROR && message == "integer overflow" ? .integerOverflow : kind(of: code)
        return StorageError(kind, "\(message) (SQLite code \(code))", constraint: constraint(kind: kind, code: code, message: message))
    }

    static func kind(of code: Int32) -> StorageError.Kind {
        switch code {
        case constraintUnique, constraintPrimaryKey: .uniqueViolation
        case constraintForeignKey: .foreignKeyViolation
        case constraintCheck, constraintNotNull: .checkViolation
        default:
            switch code & 0xff {
            case SQLITE_BUSY, SQLITE_LOCKED: .busy
            case SQLITE_CANTOPEN, SQLITE_NOTADB: .connectionFailed
            default: .other
            }
        }
    }

    /// What SQLite's message says about the constraint: a CHECK constraint's name, or a NOT NULL column's
    /// name (PostgreSQL reports the column too). Unique violations are named by the connection, which can
    /// look at the schema.
    private static func constraint(kind: StorageError.Kind, code: Int32, message: String) -> String? {
        guard kind == .checkViolation, let subject = subject(of: message) else { return nil }
        if code == constraintNotNull {
            return subject.split(separator: ".").last.map(String.init)
        }
        return subject
    }

    /// `t.a, t.b` in "UNIQUE constraint failed: t.a, t.b".
    static func subject(of message: String) -> String? {
        guard let colon = message.range(of: "constraint failed: ") else { return nil }
        return String(message[colon.upperBound...])
    }
}
