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
    public init?(queryValue: String) { self = queryValue }
    public var queryValue: String { self }
    public static var queryExpectation: String { "a string" }
}

extension Int: QueryParameterValue {
    public init?(queryValue: String) { self.init(queryValue, radix: 10) }
    public var queryValue: String { String(self) }
    public static var queryExpectation: String { "an integer" }
}

extension Int64: QueryParameterValue {
    public init?(queryValue: String) { self.init(queryValue, radix: 10) }
    public var queryValue: String { String(self) }
    public static var queryExpectation: String { "an integer" }
}

extension Bool: QueryParameterValue {
    public init?(queryValue: String) {
        switch queryValue {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
    public var queryValue: String { self ? "true" : "false" }
    public static var queryExpectation: String { "true or false" }
}

extension Date: QueryParameterValue {
    public init?(queryValue: String) {
        guard let date = RFC3339.date(from: queryValue) else { return nil }
        self = date
    }
    public var queryValue: String { RFC3339.string(from: self) }
    public static var queryExpectation: String { "an RFC 3339 date-time such as 2026-01-31T12:00:00Z" }
}
