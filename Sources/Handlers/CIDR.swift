import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`); a bare address is a /32 or /128.
public struct CIDR: Sendable, Equatable, CustomStringConvertible {
    public let network: [UInt8]
    public let prefixLength: Int
    public let description: String

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress.parse(String(parts[0])) else { return nil }
        let maximum = address.count * 8
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...maximum).contains(length), parts[1].allSatisfy(\.isNumber) else { return nil }
            prefixLength = length
        } else {
            prefixLength = maximum
        }
        network = IPAddress.masked(address, prefixLength: prefixLength)
        description = text
    }

    /// Whether an address (IPv4, IPv6, or IPv4-mapped IPv6) lies in the network.
    public func contains(_ address: String) -> Bool {
        guard var bytes = IPAddress.parse(address) else { return false }
        if network.count == 4, bytes.count == 16, bytes[0..<12] == IPAddress.mappedPrefix[...] {
            bytes = Array(bytes[12...])
        }
        guard bytes.count == network.count else { return false }
        return IPAddress.masked(bytes, prefixLength: prefixLength) == network
    }
}

enum IPAddress {
    static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

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

    static func masked(_ bytes: [UInt8], prefixLength: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = min(max(prefixLength - index * 8, 0), 8)
            return bits == 8 ? byte : byte & ~(UInt8(0xFF) >> bits)
        }
    }
}
