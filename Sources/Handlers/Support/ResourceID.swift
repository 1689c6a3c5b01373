public import Foundation
import LocksmithCrypto

/// Opaque, URL-safe, unguessable identifiers that sort by creation time: `key_01JD3…` — a prefix, then a
/// 48-bit millisecond timestamp and 80 random bits in Crockford base32 (the ULID layout).
public enum ResourceID {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    public static func make(_ prefix: String, at date: Date = Date()) -> String {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 {
            bytes[index] = UInt8((milliseconds >> (8 * (5 - index))) & 0xFF)
        }
        bytes.replaceSubrange(6..<16, with: SecureRandom.bytes(10))
        return prefix + "_" + encode(bytes)
    }

    /// Whether `text` has the form of an id: a lower-case prefix, `_`, and 26 base32 characters.
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "_"), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else {
            return false
        }
        return parts[1].count == 26 && parts[1].allSatisfy(alphabet.contains)
    }

    /// 128 bits as 26 base32 characters, most significant first.
    private static func encode(_ bytes: [UInt8]) -> String {
        var high = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var low = bytes[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var characters = [UInt8](repeating: 0, count: 26)
        for index in stride(from: 25, through: 0, by: -1) {
            characters[index] = alphabet[Int(low & 31)]
            low = (low >> 5) | ((high & 31) << 59)
            high >>= 5
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
