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
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether the value is one the contract defines.
    public var isKnown: Bool { Self.knownCases.contains(self) }

    public var description: String { rawValue }

    public func writeJSON(to writer: inout JSONWriter) {
        writer.writeString(rawValue)
    }

    public init?(queryValue: String) {
        self.init(rawValue: queryValue)
        guard isKnown else { return nil }
    }

    public var queryValue: String { rawValue }

    public static var queryExpectation: String {
        "one of " + knownCases.map(\.rawValue).joined(separator: ", ")
    }
}
