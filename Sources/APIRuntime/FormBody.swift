public import Foundation

extension APIRuntime {
    /// An `application/x-www-form-urlencoded` body, as RFC 7662 (introspection) and RFC 7009 (revocation) clients send it,
    /// read as the JSON object of its fields so that the operation's JSON schema checks it like any JSON body.
    ///
    /// The form is the one HTML and the URL Standard define: `name=value` pairs joined by `&`, `+` for a space, and
    /// `%XX` for any other byte; names and values are UTF-8. A name sent twice is refused, as RFC 6749 section 3.2 says of
    /// request parameters, and so is a malformed escape or a byte sequence that is not UTF-8, naming the field.
    public enum FormBody {
        /// The media type, without parameters.
        public static var mediaType: String { "application/x-www-form-urlencoded" }

        /// The JSON object `{"name": "value", …}` of the form's fields, in the order sent.
        public static func json(from body: Data) throws -> Data {
            var writer = JSONWriter(capacity: body.count + 16)
            writer.beginObject()
            var seen: Set<String> = []
            for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
                let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = decode(parts[0]), !name.isEmpty else {
                    throw APIError.invalidJSON("the form body has a field name that is not percent-encoded UTF-8")
                }
                guard let value = parts.count > 1 ? decode(parts[1]) : "" else {
                    throw APIError.invalidJSON("form field '\(name)' is not percent-encoded UTF-8", detail: name)
                }
                guard seen.insert(name).inserted else {
                    throw APIError.invalidJSON("form field '\(name)' is sent more than once", detail: name)
                }
                writer.separator()
                writer.writeString(name)
                writer.writeRaw(":")
                writer.writeString(value)
            }
            writer.endObject()
            return Data(writer.bytes)
        }

        /// Whether a Content-Type names a form body, in any case, parameters ignored.
        public static func isForm(_ contentType: String) -> Bool {
            let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            return type.trimmingCharacters(in: .whitespaces).lowercased() == mediaType
        }

        /// `+` as a space and `%XX` as its byte, then UTF-8; nil for a malformed escape or bytes that are not UTF-8.
        private static func decode(_ bytes: Data.SubSequence) -> String? {
            var decoded: [UInt8] = []
            decoded.reserveCapacity(bytes.count)
            var index = bytes.startIndex
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "+") {
                    decoded.append(UInt8(ascii: " "))
                } else if byte == UInt8(ascii: "%") {
                    guard bytes.distance(from: index, to: bytes.endIndex) >= 3,
                          let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
                    else { return nil }
                    decoded.append(high << 4 | low)
                    index += 2
                } else {
                    decoded.append(byte)
                }
                index += 1
            }
            return String(validating: decoded, as: UTF8.self)
        }

        private static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }
}
