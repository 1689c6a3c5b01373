/// Which network addresses deliveries may reach.
///
/// Webhook URLs are chosen by API callers, so a delivery is a request the server makes on their behalf: without this
/// policy an endpoint could point at the server's own loopback, the cloud metadata service or the private network
/// behind it. Only public unicast addresses are allowed, unless the operator started the server with
/// `--webhook-allow-private` (local development and tests). IPv6 forms that carry an IPv4 address (mapped, NAT64,
/// 6to4) are judged by that address.
public struct WebhookAddressPolicy: Sendable, Equatable {
    public var allowsPrivate: Bool

    public init(allowsPrivate: Bool = false) {
        self.allowsPrivate = allowsPrivate
    }

    /// Why a delivery may not reach `address` (4 or 16 bytes), such as "a private address"; nil when it may.
    public func refusal(of address: [UInt8]) -> String? {
        allowsPrivate ? nil : Self.nonPublicKind(of: address)
    }

    /// The first of `addresses` (what a host name resolved to) that a delivery may not reach, with why; nil when
    /// every one may. Callers answer with `WebhookRefusal.resolvesToNonPublic(_:)` and keep this for their log.
    public func firstRefused(_ addresses: [[UInt8]]) -> (address: [UInt8], kind: String)? {
        for address in addresses {
            if let kind = refusal(of: address) { return (address, kind) }
        }
        return nil
    }

    private static let ipv4: [(CIDR, String)] = [
        ("0.0.0.0/8", "a 'this network' address"), ("10.0.0.0/8", "a private address"),
        ("100.64.0.0/10", "a shared (carrier-grade NAT) address"), ("127.0.0.0/8", "a loopback address"),
        ("169.254.0.0/16", "a link-local address"), ("172.16.0.0/12", "a private address"),
        ("192.0.0.0/24", "a reserved address"), ("192.0.2.0/24", "a documentation address"),
        ("192.88.99.0/24", "a reserved address"), ("192.168.0.0/16", "a private address"),
        ("198.18.0.0/15", "a benchmarking address"), ("198.51.100.0/24", "a documentation address"),
        ("203.0.113.0/24", "a documentation address"), ("224.0.0.0/4", "a multicast address"),
        ("240.0.0.0/4", "a reserved address"),
    ].map { (CIDR($0)!, $1) }

    private static let ipv6: [(CIDR, String)] = [
        ("::1/128", "a loopback address"), ("::/128", "an unspecified address"), ("64:ff9b:1::/48", "a reserved address"),
        ("100::/64", "a reserved address"), ("2001:db8::/32", "a documentation address"), ("2001::/23", "a reserved address"),
        ("fc00::/7", "a unique-local address"), ("fe80::/10", "a link-local address"), ("fec0::/10", "a site-local address"),
        ("ff00::/8", "a multicast address"),
    ].map { (CIDR($0)!, $1) }

    private static let globalUnicast = CIDR("2000::/3")!

    static func nonPublicKind(of address: [UInt8]) -> String? {
        switch address.count {
        case 4:
            return ipv4.first { $0.0.contains(bytes: address) }?.1
        case 16:
            if let embedded = embeddedIPv4(address) { return nonPublicKind(of: embedded) }
            if let kind = ipv6.first(where: { $0.0.contains(bytes: address) })?.1 { return kind }
            return globalUnicast.contains(bytes: address) ? nil : "a reserved address"
        default:
            return "not an IP address"
        }
    }

    /// The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), NAT64 (`64:ff9b::a.b.c.d`) or 6to4
    /// (`2002:aabb:ccdd::`) address.
    private static func embeddedIPv4(_ address: [UInt8]) -> [UInt8]? {
        if address[0..<12].elementsEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]) { return Array(address[12..<16]) }
        if address[0..<12].elementsEqual([0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]) { return Array(address[12..<16]) }
        if address[0] == 0x20, address[1] == 0x02 { return Array(address[2..<6]) }
        return nil
    }
}
