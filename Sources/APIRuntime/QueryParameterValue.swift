public import Foundation

/// A value that can travel as one query parameter (lists are comma-separated).
public protocol QueryParameterValue: Sendable {
    /// Parses the decoded text of a query parameter; nil when it is not a valid value.
    init?(queryValue: String)
    var queryValue: String { get }
    /// What a valid value looks like, for error messages.
    static var queryExpectation: String { get }
}

extension String: QueryParameterValue {
    /// The text itself; every string is valid.
    public init?(queryValue: String) { self = queryValue }
    /// The string as it is.
    public var queryValue: String { self }
    /// "a string", for error messages.
    public static var queryExpectation: String { "a string" }
}

extension Int: QueryParameterValue {
    /// Parses a decimal integer; nil when the text is not one or does not fit.
    public init?(queryValue: String) { self.init(queryValue, radix: 10) }
    /// The integer in decimal.
    public var queryValue: String { String(self) }
    /// "an integer", for error messages.
    public static var queryExpectation: String { "an integer" }
}

extension Int64: QueryParameterValue {
    /// Parses a decimal integer; nil when the text is not one or does not fit in 64 bits.
    public init?(queryValue: String) { self.init(queryValue, radix: 10) }
    /// The integer in decimal.
    public var queryValue: String { String(self) }
    /// "an integer", for error messages.
    public static var queryExpectation: String { "an integer" }
}

extension Bool: QueryParameterValue {
    /// Accepts exactly `true` or `false`.
    public init?(queryValue: String) {
        switch queryValue {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
    /// `true` or `false`.
    public var queryValue: String { self ? "true" : "false" }
    /// "true or false", for error messages.
    public static var queryExpectation: String { "true or false" }
}

extension Date: QueryParameterValue {
    /// Parses an RFC 3339 date-time; nil when the text is not one.
    public init?(queryValue: String) {
        guard let date = RFC3339.date(from: queryValue) else { return nil }
        self = date
    }
    /// The date as an RFC 3339 string in UTC.
    public var queryValue: String { RFC3339.string(from: self) }
    /// An RFC 3339 date-time with an example, for error messages.
    public static var queryExpectation: String { "an RFC 3339 date-time such as 2026-01-31T12:00:00Z" }
}
