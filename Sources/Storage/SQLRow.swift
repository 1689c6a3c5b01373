public import Foundation

/// One row of a query result, read by column name.
public struct SQLRow: Sendable {
    let columns: SQLColumns
    /// The values in column order.
    public let values: [SQLValue]

    init(columns: SQLColumns, values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The column names in result order.
    public var columnNames: [String] { columns.names }

    /// The value of `column`, or nil when the result has no such column.
    public subscript(column: String) -> SQLValue? {
        guard let position = columns.position(of: column) else { return nil }
        return values[position]
    }

    /// A text column.
    public func string(_ column: String) throws -> String {
        try required(column, "text", optionalString)
    }

    /// A text column that may be NULL.
    public func optionalString(_ column: String) throws -> String? {
        switch try value(column) {
        case .null: return nil
        case .text(let text): return text
        case let other: throw mismatch(column, expected: "text", found: other)
        }
    }

    /// An integer column.
    public func int64(_ column: String) throws -> Int64 {
        try required(column, "integer", optionalInt64)
    }

    /// An integer column that may be NULL.
    public func optionalInt64(_ column: String) throws -> Int64? {
        switch try value(column) {
        case .null: return nil
        case .integer(let integer): return integer
        case let other: throw mismatch(column, expected: "integer", found: other)
        }
    }

    /// An integer column.
    public func int(_ column: String) throws -> Int {
        try required(column, "integer", optionalInt)
    }

    /// An integer column that may be NULL.
    public func optionalInt(_ column: String) throws -> Int? {
        guard let integer = try optionalInt64(column) else { return nil }
        guard let int = Int(exactly: integer) else {
            throw StorageError.decoding(column: column, "integer out of range for Int")
        }
        return int
    }

    /// An integer 0/1 column: both backends store booleans as integers.
    public func bool(_ column: String) throws -> Bool {
        try required(column, "integer 0 or 1", optionalBool)
    }

    /// An integer 0/1 column that may be NULL.
    public func optionalBool(_ column: String) throws -> Bool? {
        switch try optionalInt64(column) {
        case nil: return nil
        case 0: return false
        case 1: return true
        case .some: throw StorageError.decoding(column: column, "expected integer 0 or 1 for a boolean")
        }
    }

    /// A real column; integers are widened, since SQLite stores whole reals as integers in INTEGER columns.
    public func double(_ column: String) throws -> Double {
        try required(column, "real", optionalDouble)
    }

    /// A real column that may be NULL.
    public func optionalDouble(_ column: String) throws -> Double? {
        switch try value(column) {
        case .null: return nil
        case .real(let real): return real
        case .integer(let integer): return Double(integer)
        case let other: throw mismatch(column, expected: "real", found: other)
        }
    }

    /// A blob column.
    public func bytes(_ column: String) throws -> [UInt8] {
        try required(column, "blob", optionalBytes)
    }

    /// A blob column that may be NULL.
    public func optionalBytes(_ column: String) throws -> [UInt8]? {
        switch try value(column) {
        case .null: return nil
        case .blob(let bytes): return bytes
        case let other: throw mismatch(column, expected: "blob", found: other)
        }
    }

    /// An integer column of milliseconds since 1970.
    public func date(_ column: String) throws -> Date {
        try required(column, "integer milliseconds", optionalDate)
    }

    /// An integer column of milliseconds since 1970 that may be NULL.
    public func optionalDate(_ column: String) throws -> Date? {
        try optionalInt64(column).map(Date.init(millisecondsSince1970:))
    }

    private func value(_ column: String) throws -> SQLValue {
        guard let value = self[column] else {
            throw StorageError.decoding(column: column, "no such column in the result")
        }
        return value
    }

    private func required<T>(_ column: String, _ expected: String, _ read: (String) throws -> T?) throws -> T {
        guard let value = try read(column) else {
            throw StorageError.decoding(column: column, "expected \(expected), found null")
        }
        return value
    }

    private func mismatch(_ column: String, expected: String, found: SQLValue) -> StorageError {
        StorageError.decoding(column: column, "expected \(expected), found \(found.kindName)")
    }
}

extension SQLRow: CustomStringConvertible {
    /// Column names and value kinds only: values may be secrets and rows end up in logs.
    public var description: String {
        "SQLRow(" + zip(columns.names, values).map { "\($0): \($1.kindName)" }.joined(separator: ", ") + ")"
    }
}
