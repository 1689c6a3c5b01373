import Foundation

/// A string enum from the contract that tolerates values it does not know.
///
/// A newer server may send a value this client has never seen: it decodes as `.unrecognized(value)`
/// instead of failing. Servers reject unrecognised values in requests (see `Validation`).
public protocol OpenEnum: RawRepresentable<String>, Codable, Hashable, Sendable, CustomStringConvertible,
    QueryParameterValue, JSONWritable
{
    /// Every value the contract defines, in contract order.
    static var knownCases: [Self] { get }
    init(rawValue: String)
}

extension OpenEnum {
    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the raw value as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether the value is one the contract defines.
    public var isKnown: Bool { Self.knownCases.contains(self) }

    /// The raw value.
    public var description: String { rawValue }

    /// Writes the raw value as a JSON string.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.writeString(rawValue)
    }

    /// Parses a query value; only values the contract defines are accepted.
    public init?(queryValue: String) {
        self.init(rawValue: queryValue)
        guard isKnown else { return nil }
    }

    /// The raw value.
    public var queryValue: String { rawValue }

    /// "one of" and the values the contract defines, for error messages.
    public static var queryExpectation: String {
        "one of " + knownCases.map(\.rawValue).joined(separator: ", ")
    }
}
