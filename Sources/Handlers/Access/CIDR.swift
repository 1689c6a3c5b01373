/// An IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`); a bare address is a /32 or /128.
public struct CIDR: Sendable, Equatable, CustomStringConvertible {
    let network: [UInt8]
    let prefixLength: Int
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
        guard let bytes = IPAddress.parse(address) else { return false }
        return contains(bytes: bytes)
    }

    /// Whether an address given as 4 or 16 bytes lies in the network.
    func contains(bytes address: [UInt8]) -> Bool {
        var bytes = address
        if network.count == 4, bytes.count == 16, bytes[0..<12] == IPAddress.mappedPrefix[...] {
            bytes = Array(bytes[12...])
        }
        guard bytes.count == network.count else { return false }
        return IPAddress.masked(bytes, prefixLength: prefixLength) == network
    }
}
