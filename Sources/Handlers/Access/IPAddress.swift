#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// IPv4 and IPv6 addresses as bytes, for network membership tests.
public enum IPAddress {
    static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// Whether `text` is one IPv4 or IPv6 address (not a network, not with a port or brackets).
    public static func isAddress(_ text: String) -> Bool {
        parse(text) != nil
    }

    /// 4 bytes for IPv4, 16 for IPv6 (a zone suffix such as `%eth0` is ignored).
    static func parse(_ text: String) -> [UInt8]? {
        let host = text.split(separator: "%", maxSplits: 1).first.map(String.init) ?? text
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    /// The text form of 4 or 16 address bytes (`inet_ntop`).
    static func text(_ bytes: [UInt8]) -> String {
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard bytes.count == 4 || bytes.count == 16,
              bytes.withUnsafeBytes({ inet_ntop(family, $0.baseAddress, &buffer, socklen_t(buffer.count)) }) != nil
        else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Who an address stands for in per-address rate limits: an IPv4 address itself (also when IPv4-mapped), an IPv6
    /// address by its /64, the network one subscriber is given, so that rotating through it gains nothing.
    public static func rateLimitSubject(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ":")), let bytes = parse(text), bytes.count == 16 else { return text }
        if Array(bytes.prefix(12)) == mappedPrefix { return Self.text(Array(bytes.suffix(4))) }
        return Self.text(Array(bytes.prefix(8)) + Array(repeating: 0, count: 8)) + "/64"
    }

    static func masked(_ bytes: [UInt8], prefixLength: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = min(max(prefixLength - index * 8, 0), 8)
            return bits == 8 ? byte : byte & ~(UInt8(0xFF) >> bits)
        }
    }
}
