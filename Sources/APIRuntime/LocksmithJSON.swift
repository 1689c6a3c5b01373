public import Foundation

/// The JSON encoding every Locksmith component agrees on.
///
/// Dates are RFC 3339 in UTC; keys are sorted and slashes are not escaped, so encoded bytes are stable
/// across processes. `encodeData` also escapes non-ASCII (and DEL) as lowercase `\uXXXX`, which is what
/// Python's `json.dumps(..., separators=(",", ":"))` prints. Runtime payloads hold only ASCII identifiers,
/// integers and timestamps, so JavaScript's `JSON.stringify` reproduces their bytes too.
public enum LocksmithJSON {
    /// A `JSONEncoder` with sorted keys, unescaped slashes and RFC 3339 dates; it leaves non-ASCII as it is.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }

    /// A `JSONDecoder` that reads dates as RFC 3339 strings and refuses any other form.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected an RFC 3339 date-time such as 2026-01-31T12:00:00Z")
            }
            return date
        }
        return decoder
    }

    /// Compact, sorted, ASCII-only JSON bytes of `value`. Generated models write themselves (`JSONWritable`),
    /// which is several times faster than `JSONEncoder` and produces the same bytes.
    public static func encodeData<T: Encodable>(_ value: T) throws -> Data {
        if let writable = value as? any JSONWritable {
            return written(writable)
        }
        return try encodeWithFoundation(value)
    }

    /// The same bytes for a type known to write itself: no dynamic cast to find that out, which runtime responses
    /// would pay three times per call.
    public static func encodeData<T: Encodable & JSONWritable>(_ value: T) throws -> Data {
        written(value)
    }

    private static func written(_ value: some JSONWritable) -> Data {
        var writer = JSONWriter()
        value.writeJSON(to: &writer)
        return Data(writer.bytes)
    }

    /// The same bytes through `JSONEncoder`, for types that do not write themselves (and for tests).
    public static func encodeWithFoundation<T: Encodable>(_ value: T) throws -> Data {
        JSONBytes.asciiEscaped(try makeEncoder().encode(value))
    }

    /// Decodes `T` from JSON bytes with a decoder made by `makeDecoder()`.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try sharedDecoder.decode(type, from: data)
    }

    /// One decoder for every request body: its settings never change after it is made, and decoding does not
    /// mutate it, so concurrent use is safe.
    private static let sharedDecoder = makeDecoder()
}

/// A coding key for any string, used to see keys a type does not declare.
public struct AnyCodingKey: CodingKey, Sendable {
    /// The key as a string; for an array index, its decimal digits.
    public var stringValue: String
    /// The array index, when the key is one; nil for object keys.
    public var intValue: Int?

    /// A key for the object member `stringValue`.
    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    /// A key for the array index `intValue`.
    public init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Decoder {
    /// Fails on any key of the current object that `Keys` does not declare (closed request schemas).
    public func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        // `Keys(stringValue:)` matches the declared keys without building a set of them on every decode.
        for key in container.allKeys where Keys(stringValue: key.stringValue) == nil {
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath + [key], debugDescription: "unknown field"))
        }
    }
}
