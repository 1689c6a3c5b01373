public import Foundation

/// Byte-level helpers for the JSON that runtime responses sign.
///
/// A server signs the exact bytes of a response's `data` value and embeds them in
/// `{"data":…,"signature":…,"meta":…}`. ``asciiEscaped(_:)`` turns `JSONEncoder` output
/// into the canonical pure-ASCII form that Python's
/// `json.dumps(obj, separators=(",", ":"), ensure_ascii=True)` produces, and
/// ``rawMember(_:in:)`` lets a client recover exactly the signed bytes from a body.
public enum JSONBytes {
    /// Rewrites compact JSON so that it is pure printable ASCII.
    ///
    /// Every non-ASCII Unicode scalar (which can only occur inside strings) becomes
    /// `\uXXXX` with lowercase hex digits; scalars above U+FFFF become a UTF-16 surrogate
    /// pair (`😀` → `\ud83d\ude00`). DEL (U+007F), which `JSONEncoder` leaves raw but
    /// Python's `ensure_ascii=True` escapes, becomes `\u007f`; like any control character
    /// it can only occur inside a string, so this never changes the meaning. Every other
    /// byte is copied unchanged.
    ///
    /// The input is expected to be valid UTF-8 JSON as produced by `JSONEncoder`; a
    /// malformed UTF-8 sequence is replaced by `\ufffd` rather than trapping. When the
    /// input is already printable ASCII it is returned as is, without a copy.
    public static func asciiEscaped(_ json: Data) -> Data {
        let needsEscaping = json.withUnsafeBytes { raw -> Bool in
            for byte in raw where byte >= 0x7F { return true }
            return false
        }
        guard needsEscaping else { return json }

        return json.withUnsafeBytes { raw -> Data in
            let input = raw.bindMemory(to: UInt8.self)
            var output = [UInt8]()
            output.reserveCapacity(input.count + input.count / 2 + 16)
            let n = input.count
            var i = 0
            while i < n {
                let b0 = input[i]
                if b0 < 0x7F {
                    output.append(b0)
                    i += 1
                    continue
                }
                if b0 == 0x7F {
                    appendEscape(0x7F, to: &output)
                    i += 1
                    continue
                }
                let (scalar, length) = decodeScalar(input, at: i)
                i += length
                if scalar > 0xFFFF {
                    let v = scalar - 0x10000
                    appendEscape(0xD800 | (v >> 10), to: &output)
                    appendEscape(0xDC00 | (v & 0x3FF), to: &output)
                } else {
                    appendEscape(scalar, to: &output)
                }
            }
            return Data(output)
        }
    }

    /// The exact bytes of the value of the top-level member `name` in a JSON object
    /// document, with the whitespace around the value excluded.
    ///
    /// Returns `nil` when the document is not a well-formed JSON object (trailing
    /// non-whitespace included), has no member `name`, or has more than one member
    /// `name` (a duplicate key makes it ambiguous which value a signature covers).
    /// Nested objects and arrays and strings are skipped structurally, so a `"data":`
    /// inside a string value or inside a nested object is never mistaken for the
    /// top-level member. Keys are compared by their unescaped text: a key written as
    /// `"d\u0061ta"` is the member `data`.
    ///
    /// The result is a fresh `Data` whose indices start at 0.
    public static func rawMember(_ name: String, in json: Data) -> Data? {
        let nameBytes = Array(name.utf8)
        return json.withUnsafeBytes { raw -> Data? in
            let buffer = raw.bindMemory(to: UInt8.self)
            guard let range = memberRange(nameBytes, in: buffer) else { return nil }
            return Data(UnsafeRawBufferPointer(rebasing: raw[range]))
        }
    }

    // MARK: - Escaping

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    @inline(__always)
    private static func appendEscape(_ unit: UInt32, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        output.append(UInt8(ascii: "u"))
        output.append(hexDigits[Int((unit >> 12) & 0xF)])
        output.append(hexDigits[Int((unit >> 8) & 0xF)])
        output.append(hexDigits[Int((unit >> 4) & 0xF)])
        output.append(hexDigits[Int(unit & 0xF)])
    }

    /// Decodes the UTF-8 sequence starting at `i` (whose first byte is ≥ 0x80).
    /// Malformed sequences decode to U+FFFD and consume one byte.
    @inline(__always)
    private static func decodeScalar(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let replacement: (UInt32, Int) = (0xFFFD, 1)
        let n = s.count
        let b0 = UInt32(s[i])
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let b = s[i + k]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = cont(1) else { return replacement }
            return ((b0 & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = cont(1), let c2 = cont(2) else { return replacement }
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            guard v >= 0x800, !(0xD800...0xDFFF).contains(v) else { return replacement }
            return (v, 3)
        case 0xF0...0xF4:
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return replacement }
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            guard v >= 0x10000, v <= 0x10FFFF else { return replacement }
            return (v, 4)
        default:
            return replacement
        }
    }

    // MARK: - Scanning

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    @inline(__always)
    private static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    @inline(__always)
    private static func skipWhitespace(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < s.count, isWhitespace(s[i]) { i += 1 }
    }

    /// Range of the value of the top-level member `name`, or nil (see `rawMember`).
    private static func memberRange(_ name: [UInt8], in s: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var i = 0
        skipWhitespace(s, &i)
        guard i < s.count, s[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        skipWhitespace(s, &i)
        var found: Range<Int>?
        if i < s.count, s[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                guard i < s.count, s[i] == quote,
                      let keyEnd = skipString(s, from: i)
                else { return nil }
                let matches = keyEquals(s, i + 1 ..< keyEnd - 1, name)
                i = keyEnd
                skipWhitespace(s, &i)
                guard i < s.count, s[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipWhitespace(s, &i)
                guard let valueEnd = skipValue(s, from: i) else { return nil }
                if matches {
                    guard found == nil else { return nil }  // duplicate member
                    found = i ..< valueEnd
                }
                i = valueEnd
                skipWhitespace(s, &i)
                guard i < s.count else { return nil }
                if s[i] == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace(s, &i)
                    continue
                }
                guard s[i] == UInt8(ascii: "}") else { return nil }
                i += 1
                break
            }
        }
        skipWhitespace(s, &i)
        guard i == s.count else { return nil }
        return found
    }

    /// Given `s[start] == "\""`, returns the index just past the closing quote, or nil
    /// when the string is unterminated or contains a raw control character or an invalid
    /// escape.
    @inline(__always)
    private static func skipString(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start + 1
        let n = s.count
        while i < n {
            let b = s[i]
            if b == quote { return i + 1 }
            if b < 0x20 { return nil }
            if b == backslash {
                guard i + 1 < n else { return nil }
                switch s[i + 1] {
                case quote, backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard i + 5 < n,
                          hexValue(s[i + 2]) != nil, hexValue(s[i + 3]) != nil,
                          hexValue(s[i + 4]) != nil, hexValue(s[i + 5]) != nil
                    else { return nil }
                    i += 6
                default:
                    return nil
                }
                continue
            }
            i += 1
        }
        return nil
    }

    /// Skips one JSON value starting at `start` (no leading whitespace) and returns the
    /// index just past it, or nil when it is malformed. Iterative, so arbitrarily deep
    /// nesting cannot overflow the stack.
    private static func skipValue(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = s.count
        var i = start
        // Open containers, innermost last: true for an object, false for an array.
        var stack: [Bool] = []

        while true {
            // Parse one value at `i`.
            guard i < n else { return nil }
            switch s[i] {
            case UInt8(ascii: "{"):
                i += 1
                skipWhitespace(s, &i)
                guard i < n else { return nil }
                if s[i] == UInt8(ascii: "}") {
                    i += 1
                } else {
                    stack.append(true)
                    guard let next = skipKeyAndColon(s, from: i) else { return nil }
                    i = next
                    continue
                }
            case UInt8(ascii: "["):
                i += 1
                skipWhitespace(s, &i)
                guard i < n else { return nil }
                if s[i] == UInt8(ascii: "]") {
                    i += 1
                } else {
                    stack.append(false)
                    continue
                }
            case quote:
                guard let end = skipString(s, from: i) else { return nil }
                i = end
            case UInt8(ascii: "t"):
                guard matchLiteral(s, at: i, "true") else { return nil }
                i += 4
            case UInt8(ascii: "f"):
                guard matchLiteral(s, at: i, "false") else { return nil }
                i += 5
            case UInt8(ascii: "n"):
                guard matchLiteral(s, at: i, "null") else { return nil }
                i += 4
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard let end = skipNumber(s, from: i) else { return nil }
                i = end
            default:
                return nil
            }

            // A value ended at `i`: close containers until another value is expected.
            while true {
                guard let isObject = stack.last else { return i }
                skipWhitespace(s, &i)
                guard i < n else { return nil }
                let b = s[i]
                if b == UInt8(ascii: ",") {
                    i += 1
                    skipWhitespace(s, &i)
                    if isObject {
                        guard let next = skipKeyAndColon(s, from: i) else { return nil }
                        i = next
                    }
                    break
                }
                guard b == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return nil }
                stack.removeLast()
                i += 1
            }
        }
    }

    /// Skips `"key"` `:` and the whitespace after the colon.
    @inline(__always)
    private static func skipKeyAndColon(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < s.count, s[start] == quote, var i = skipString(s, from: start) else { return nil }
        skipWhitespace(s, &i)
        guard i < s.count, s[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        skipWhitespace(s, &i)
        return i
    }

    @inline(__always)
    private static func matchLiteral(_ s: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= s.count else { return false }
        let bytes = literal.utf8Start
        for k in 0 ..< count where s[i + k] != bytes[k] { return false }
        return true
    }

    /// Skips a number per the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private static func skipNumber(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = s.count
        var i = start
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < n && s[k] &- 48 < 10 }
        if s[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { return nil }
        if s[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < n, s[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        if i < n, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        return i
    }

    @inline(__always)
    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b &- 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b &- 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b &- 55)
        default: return nil
        }
    }

    /// Whether the raw (still escaped, already validated) key text `s[range]` unescapes
    /// to exactly the UTF-8 bytes `name`.
    private static func keyEquals(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: [UInt8]) -> Bool {
        // Fast path: no escapes, compare bytes directly.
        var hasEscape = false
        for k in range where s[k] == backslash {
            hasEscape = true
            break
        }
        if !hasEscape {
            guard range.count == name.count else { return false }
            var j = 0
            for k in range {
                if s[k] != name[j] { return false }
                j += 1
            }
            return true
        }

        var decoded = [UInt8]()
        decoded.reserveCapacity(range.count)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = s[i]
            guard b == backslash else {
                decoded.append(b)
                i += 1
                continue
            }
            let e = s[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                var unit = readHex4(s, at: i)
                i += 4
                if (0xD800...0xDBFF).contains(unit) {
                    // A high surrogate must be followed by an escaped low surrogate.
                    guard i + 5 < end, s[i] == backslash, s[i + 1] == UInt8(ascii: "u") else { return false }
                    let low = readHex4(s, at: i + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { return false }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return false  // lone low surrogate: cannot equal a Swift String
                }
                guard let scalar = Unicode.Scalar(unit) else { return false }
                UTF8.encode(scalar) { decoded.append($0) }
            default:
                decoded.append(e)  // `"`, `\` or `/`
            }
        }
        return decoded == name
    }

    @inline(__always)
    private static func readHex4(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        // Validated by skipString.
        (hexValue(s[i]) ?? 0) << 12 | (hexValue(s[i + 1]) ?? 0) << 8
            | (hexValue(s[i + 2]) ?? 0) << 4 | (hexValue(s[i + 3]) ?? 0)
    }
}
