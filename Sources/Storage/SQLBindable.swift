public import Foundation

/// A Swift value that can be bound to a statement parameter.
public protocol SQLBindable {
    /// The value as it is stored.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable {
    /// The value itself.
    public var sqlValue: SQLValue { self }
}

extension String: SQLBindable {
    /// `.text`.
    public var sqlValue: SQLValue { .text(self) }
}

extension Substring: SQLBindable {
    /// `.text`.
    public var sqlValue: SQLValue { .text(String(self)) }
}

extension Int: SQLBindable {
    /// `.integer`.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Int64: SQLBindable {
    /// `.integer`.
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int32: SQLBindable {
    /// `.integer`.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Bool: SQLBindable {
    /// `.integer(1)` or `.integer(0)`.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension Double: SQLBindable {
    /// `.real`.
    public var sqlValue: SQLValue { .real(self) }
}

extension Array: SQLBindable where Element == UInt8 {
    /// `.blob`.
    public var sqlValue: SQLValue { .blob(self) }
}

extension Data: SQLBindable {
    /// `.blob`.
    public var sqlValue: SQLValue { .blob([UInt8](self)) }
}

extension Date: SQLBindable {
    /// `.integer` milliseconds since 1970.
    public var sqlValue: SQLValue { .integer(millisecondsSince1970) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// The wrapped value's, or `.null`.
    public var sqlValue: SQLValue {
        switch self {
        case .none: .null
        case .some(let value): value.sqlValue
        }
    }
}

extension Date {
    /// Milliseconds since 1970, the integer form both backends store.
    ///
    /// Rounded to the nearest millisecond rather than down: `Date(millisecondsSince1970:)` goes through a
    /// binary fraction of a second, and rounding down would turn 123 ms into 122.
    public var millisecondsSince1970: Int64 {
        // Saturates instead of trapping: no date a client can send or the server computes comes near the ends (RFC 3339
        // stops at year 9999), but a conversion that traps would stop the process for every vendor.
        Int64(exactly: (timeIntervalSince1970 * 1000).rounded()) ?? (timeIntervalSince1970 < 0 ? .min : .max)
    }

    /// The date `milliseconds` after 1970-01-01T00:00:00Z.
    public init(millisecondsSince1970 milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
