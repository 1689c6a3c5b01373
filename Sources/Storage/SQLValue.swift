/// One value bound to a statement or read from a result column.
///
/// Both backends store booleans as integer 0/1 and timestamps as integer milliseconds since 1970, so
/// these five cases cover everything Locksmith keeps.
public enum SQLValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit integer; also booleans (0/1) and timestamps (milliseconds since 1970).
    case integer(Int64)
    /// A double-precision float.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Bytes: BLOB on SQLite, BYTEA on PostgreSQL.
    case blob([UInt8])
}

extension SQLValue: ExpressibleByStringLiteral {
    /// A text value.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension SQLValue: ExpressibleByIntegerLiteral {
    /// An integer value.
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

extension SQLValue: ExpressibleByFloatLiteral {
    /// A real value.
    public init(floatLiteral value: Double) {
        self = .real(value)
    }
}

extension SQLValue: ExpressibleByNilLiteral {
    /// SQL NULL.
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension SQLValue: ExpressibleByBooleanLiteral {
    /// An integer 1 or 0: neither backend gets a native boolean, so both behave the same.
    public init(booleanLiteral value: Bool) {
        self = .integer(value ? 1 : 0)
    }
}

extension SQLValue {
    /// Whether this is SQL NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The name of this value's kind, used in decoding errors (never the value itself, which may be a secret).
    public var kindName: String {
        switch self {
        case .null: "null"
        case .integer: "integer"
        case .real: "real"
        case .text: "text"
        case .blob: "blob"
        }
    }
}
