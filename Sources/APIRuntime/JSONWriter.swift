public import Foundation

/// A type that writes its own JSON: the compact, sorted-key, ASCII-only form `LocksmithJSON.encodeData`
/// promises, byte for byte, without going through `JSONEncoder`. Generated models conform; the round-trip
/// tests check every model against `JSONEncoder`'s output.
public protocol JSONWritable {
    func writeJSON(to writer: inout JSONWriter)
}

/// Appends JSON to a byte buffer. Strings are escaped as Python's `json.dumps` escapes them (`\uXXXX` in
/// lowercase hex for control characters, DEL and everything outside ASCII; `/` left alone).
public struct JSONWriter {
    /// The JSON written so far, as UTF-8 bytes.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer with room for `capacity` bytes before it grows.
    public init(capacity: Int = 512) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object (`{`); write its members with `field`, `nullField` or `key`.
    public mutating func beginObject() { bytes.append(UInt8(ascii: "{")) }
    /// Closes an object (`}`).
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")) }
    /// Opens an array (`[`); call `separator()` before each element.
    public mutating func beginArray() { bytes.append(UInt8(ascii: "[")) }
    /// Closes an array (`]`).
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")) }

    /// A comma unless this is the first member or element: no value ends in `{` or `[`.
    public mutating func separator() {
        if let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "[") {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// `"name":value`, with the separator before it.
    public mutating func field<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
        key(name)
        value.writeJSON(to: &self)
    }

    /// `"name":null`.
    public mutating func nullField(_ name: StaticString) {
        key(name)
        writeNull()
    }

    /// `"name":`, with the separator before it, for the value written next; `name` is not escaped.
    public mutating func key(_ name: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    /// A JSON `null`.
    public mutating func writeNull() {
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    /// Appends `text` as it is, unescaped: for numbers, literals and JSON that is already encoded.
    public mutating func writeRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `value` as a JSON string, quoted and escaped as `JSONWriter` describes.
    public mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var needsEscaping = false
        for byte in value.utf8 where byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C {
            needsEscaping = true
            break
        }
        if needsEscaping {
            for scalar in value.unicodeScalars { appendEscaped(scalar) }
        } else {
            bytes.append(contentsOf: value.utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x20..<0x7F: bytes.append(UInt8(scalar.value))
        case 0x10000...:
            let value = scalar.value - 0x10000
            appendUnicodeEscape(UInt16(0xD800 + (value >> 10)))
            appendUnicodeEscape(UInt16(0xDC00 + (value & 0x3FF)))
        default: appendUnicodeEscape(UInt16(scalar.value))
        }
    }

    private mutating func appendUnicodeEscape(_ unit: UInt16) {
        bytes.append(contentsOf: [
            0x5C, UInt8(ascii: "u"), Self.hexDigits[Int(unit >> 12)], Self.hexDigits[Int((unit >> 8) & 0xF)],
            Self.hexDigits[Int((unit >> 4) & 0xF)], Self.hexDigits[Int(unit & 0xF)],
        ])
    }
}

extension String: JSONWritable {
    /// Writes the string quoted and escaped.
    public func writeJSON(to writer: inout JSONWriter) { writer.writeString(self) }
}

extension Int: JSONWritable {
    /// Writes the integer in decimal.
    public func writeJSON(to writer: inout JSONWriter) { writer.writeRaw(String(self)) }
}

extension Int64: JSONWritable {
    /// Writes the integer in decimal.
    public func writeJSON(to writer: inout JSONWriter) { writer.writeRaw(String(self)) }
}

extension Bool: JSONWritable {
    /// Writes `true` or `false`.
    public func writeJSON(to writer: inout JSONWriter) { writer.writeRaw(self ? "true" : "false") }
}

extension Double: JSONWritable {
    /// Integral values print without a fraction, as `JSONEncoder` prints them.
    public func writeJSON(to writer: inout JSONWriter) {
        if rounded() == self, abs(self) < 1e15 {
            writer.writeRaw(String(Int64(self)))
        } else {
            writer.writeRaw(description)
        }
    }
}

extension Date: JSONWritable {
    /// Writes the date as an RFC 3339 string in UTC.
    public func writeJSON(to writer: inout JSONWriter) { writer.writeString(RFC3339.string(from: self)) }
}

extension Data: JSONWritable {
    /// Writes the bytes as a standard base64 string.
    public func writeJSON(to writer: inout JSONWriter) { writer.writeString(base64EncodedString()) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    /// Writes the wrapped value, or `null` for nil.
    public func writeJSON(to writer: inout JSONWriter) {
        if let value = self { value.writeJSON(to: &writer) } else { writer.writeNull() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    /// Writes the elements as a JSON array, in order.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self {
            writer.separator()
            element.writeJSON(to: &writer)
        }
        writer.endArray()
    }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    /// Keys in sorted order, as `.sortedKeys` sorts them.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        for key in keys.sorted() {
            writer.separator()
            writer.writeString(key)
            writer.writeRaw(":")
            self[key]!.writeJSON(to: &writer)
        }
        writer.endObject()
    }
}

extension JSONValue: JSONWritable {
    /// Writes the value's JSON form into `writer`, object keys sorted.
    public func writeJSON(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.writeNull()
        case .bool(let value): value.writeJSON(to: &writer)
        case .integer(let value): value.writeJSON(to: &writer)
        case .number(let value): value.writeJSON(to: &writer)
        case .string(let value): writer.writeString(value)
        case .array(let value): value.writeJSON(to: &writer)
        case .object(let value): value.writeJSON(to: &writer)
        }
    }
}
