import Foundation
public import LocksmithHandlers

/// The proxies whose `X-Forwarded-For` entries the server believes (`--trusted-proxies`).
///
/// Each proxy appends the address it received the request from, so an entry is only as trustworthy as the hop
/// that wrote it, and the left-most entries are whatever the client sent. The walk therefore starts at the TCP
/// peer and goes right to left while the current hop is a trusted proxy; the client is the first address that
/// is not (nginx's `real_ip_recursive on`), or the left-most entry when every hop is trusted. An entry that is not
/// a bare IP address stops the walk, and the client is then the last hop whose word was trusted (the address
/// right of the bad entry, or the peer): past a bad entry nothing can be told apart from client input.
public struct TrustedProxies: Sendable, Equatable {
    public let networks: [CIDR]

    /// Nobody: `X-Forwarded-For` is ignored and the peer is the client.
    public static let none = TrustedProxies(networks: [])
    /// A proxy on the same host, which is what the deprecated `--trust-forwarded-for` stands for.
    public static let loopback = TrustedProxies(networks: [CIDR("127.0.0.1/32")!, CIDR("::1/128")!])

    public init(networks: [CIDR]) {
        self.networks = networks
    }

    /// `CIDR[,CIDR…]`, such as `10.0.0.0/8,2001:db8::1`; a bare address is one host.
    public init(parsing list: String) throws {
        var networks: [CIDR] = []
        for entry in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            guard let network = CIDR(entry) else {
                throw ConfigurationError("trusted proxy '\(entry)' is not an IPv4 or IPv6 network such as 10.0.0.0/8")
            }
            networks.append(network)
        }
        self.init(networks: networks)
    }

    public var isEmpty: Bool { networks.isEmpty }

    /// Both sets of proxies.
    public func union(_ other: TrustedProxies) -> TrustedProxies {
        TrustedProxies(networks: networks + other.networks.filter { !networks.contains($0) })
    }

    public func contains(_ address: String) -> Bool {
        networks.contains { $0.contains(address) }
    }

    /// The client's address for a request from `peer` that carries these `X-Forwarded-For` field lines, in the
    /// order received (several lines are one list, as HTTP defines).
    public func clientAddress(peer: String?, forwardedFor lines: [String]) -> String? {
        guard let peer, contains(peer) else { return peer }
        let hops = lines.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var client = peer
        for hop in hops.reversed() {
            guard IPAddress.isAddress(hop) else { break }
            client = hop
            guard contains(hop) else { break }
        }
        return client
    }
}
