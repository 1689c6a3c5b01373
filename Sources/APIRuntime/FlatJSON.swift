import Foundation

/// The quick way through the common request body: one JSON object whose members are strings without escapes,
/// integers of at most 18 digits, and booleans, such as `{"fingerprint":"a1b2","nonce":"n-7"}`.
///
/// Runtime calls send such a body thousands of times a second, and `JSONDecoder` spends more on it than the
/// rest of the request's validation together. ``decode(_:from:)`` answers nil for anything it does not take:
/// nested values, `null`, escapes, fractions and exponents, repeated keys, bytes that are not UTF-8, a member a
/// type does not expect or expects in another form. The caller then decodes the body the full way
/// (`JSONScreen`, then `JSONDecoder`), so a body refused here is refused with the same words as before, and a
/// body taken here decodes to the same value as there: what this path accepts is a subset of what the screen and
/// the decoder accept, and it reads each member the way `JSONDecoder` does.
enum FlatJSON {
    enum Value {
        case string(String)
        case integer(Int64)
        case bool(Bool)
    }

    /// The most members the quick path reads; larger bodies are not runtime calls, and repeated keys are found by
    /// comparing each key with the ones before it.
    static let maximumMembers = 32

    /// `T` decoded from `body`, or nil when the body or the type needs the full decoder.
    static func decode<T: Decodable>(_ type: T.Type, from body: Data) -> T? {
        guard let members = body.withUnsafeBytes({ raw in members(of: raw.bindMemory(to: UInt8.self)) }) else { return nil }
        return try? T(from: ObjectDecoder(members: members))
    }

    /// The members of a flat object, in the order they came; nil for any other body.
    static func members(of s: UnsafeBufferPointer<UInt8>) -> [(key: String, value: Value)]? {
        var reader = Reader(s: s)
        reader.skipWhitespace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        var members: [(key: String, value: Value)] = []
        reader.skipWhitespace()
        if !reader.take(UInt8(ascii: "}")) {
            while true {
                guard members.count < maximumMembers, let key = reader.string() else { return nil }
                reader.skipWhitespace()
                guard reader.take(UInt8(ascii: ":")) else { return nil }
                reader.skipWhitespace()
                guard let value = reader.value(), !members.contains(where: { $0.key == key }) else { return nil }
                members.append((key, value))
                reader.skipWhitespace()
                if reader.take(UInt8(ascii: ",")) {
                    reader.skipWhitespace()
                    continue
                }
                guard reader.take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        reader.skipWhitespace()
        return reader.atEnd ? members : nil
    }

    private struct Reader {
        let s: UnsafeBufferPointer<UInt8>
        var i = 0

        var atEnd: Bool { i == s.count }

        mutating func skipWhitespace() {
            while i < s.count, s[i] == 0x20 || s[i] == 0x0A || s[i] == 0x0D || s[i] == 0x09 { i += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard i < s.count, s[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func take(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard s.count - i >= count else { return false }
            for k in 0..<count where s[i + k] != literal.utf8Start[k] { return false }
            i += count
            return true
        }

        /// A string without escapes or control characters, valid UTF-8.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            while i < s.count, s[i] != UInt8(ascii: "\"") {
                if s[i] == UInt8(ascii: "\\") || s[i] < 0x20 { return nil }
                i += 1
            }
            guard i < s.count else { return nil }
            defer { i += 1 }
            return String(validating: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self)
        }

        mutating func value() -> Value? {
            guard i < s.count else { return nil }
            switch s[i] {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "t"): return take("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return take("false") ? .bool(false) : nil
            default: return integer().map(Value.integer)
            }
        }

        /// `-?(0|[1-9][0-9]*)` with at most 18 digits (always within 64 bits), not followed by a fraction or an
        /// exponent.
        mutating func integer() -> Int64? {
            let negative = take(UInt8(ascii: "-"))
            let start = i
            var magnitude: Int64 = 0
            while i < s.count, s[i] &- 48 < 10 {
                // Eighteen digits always fit in 64 bits; a nineteenth is left to the full decoder.
                if i - start == 18 { return nil }
                magnitude = magnitude * 10 + Int64(s[i] &- 48)
                i += 1
            }
            let digits = i - start
            guard digits > 0, digits == 1 || s[start] != UInt8(ascii: "0") else { return nil }
            if i < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") { return nil }
            return negative ? -magnitude : magnitude
        }
    }

    /// Thrown wherever the quick path leaves a body to the full decoder; never seen by a caller.
    struct NotFlat: Error {}

    /// A member's value as `T`, the way `LocksmithJSON.makeDecoder()` reads it.
    static func read<T: Decodable>(_ value: Value, as type: T.Type, at path: [any CodingKey]) throws -> T {
        if T.self == String.self { return try string(value) as! T }
        if T.self == Bool.self { return try bool(value) as! T }
        if let integerType = T.self as? any FixedWidthInteger.Type { return try integer(value, as: integerType) as! T }
        if T.self == Date.self {
            guard let date = RFC3339.date(from: try string(value)) else { throw NotFlat() }
            return date as! T
        }
        // JSONDecoder reads these its own way rather than through their Decodable conformances.
        if T.self is Double.Type || T.self is Float.Type || T.self is Data.Type || T.self is URL.Type || T.self is Decimal.Type {
            throw NotFlat()
        }
        return try T(from: ValueDecoder(value: value, codingPath: path))
    }

    private static func string(_ value: Value) throws -> String {
        guard case .string(let text) = value else { throw NotFlat() }
        return text
    }

    private static func bool(_ value: Value) throws -> Bool {
        guard case .bool(let flag) = value else { throw NotFlat() }
        return flag
    }

    private static func integer<T: FixedWidthInteger>(_ value: Value, as type: T.Type) throws -> T {
        guard case .integer(let number) = value, let result = T(exactly: number) else { throw NotFlat() }
        return result
    }

    private struct ObjectDecoder: Decoder {
        let members: [(key: String, value: Value)]
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Members<Key>(members: members))
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw NotFlat() }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { throw NotFlat() }
    }

    private struct Members<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [(key: String, value: Value)]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        func member(_ key: Key) throws -> Value {
            let name = key.stringValue
            for member in members where member.key == name { return member.value }
            throw NotFlat()
        }

        func contains(_ key: Key) -> Bool {
            let name = key.stringValue
            return members.contains { $0.key == name }
        }
        /// `null` never reaches the quick path, so a present member is never nil.
        func decodeNil(forKey key: Key) throws -> Bool {
            _ = try member(key)
            return false
        }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try bool(member(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try string(member(key)) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw NotFlat() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw NotFlat() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(member(key), as: type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(member(key), as: type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(member(key), as: type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(member(key), as: type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(member(key), as: type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(member(key), as: type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(member(key), as: type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(member(key), as: type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(member(key), as: type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(member(key), as: type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(member(key), as: type, at: [key]) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            throw NotFlat()
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw NotFlat() }
        func superDecoder() throws -> any Decoder { throw NotFlat() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw NotFlat() }
    }

    /// One member's value, for types that decode themselves from a single value (open enums, wrappers).
    private struct ValueDecoder: Decoder, SingleValueDecodingContainer {
        let value: Value
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw NotFlat() }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw NotFlat() }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { try bool(value) }
        func decode(_ type: String.Type) throws -> String { try string(value) }
        func decode(_ type: Double.Type) throws -> Double { throw NotFlat() }
        func decode(_ type: Float.Type) throws -> Float { throw NotFlat() }
        func decode(_ type: Int.Type) throws -> Int { try integer(value, as: type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(value, as: type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(value, as: type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(value, as: type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(value, as: type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(value, as: type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(value, as: type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(value, as: type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(value, as: type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(value, as: type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try read(value, as: type, at: codingPath) }
    }
}
