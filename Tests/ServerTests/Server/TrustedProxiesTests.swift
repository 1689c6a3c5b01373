import LocksmithServer
import Testing

/// Which `X-Forwarded-For` entry is the client, as nginx's `real_ip_recursive on` decides it.
@Suite struct TrustedProxiesTests {
    private let proxies = try! TrustedProxies(parsing: "10.0.0.0/8, 2001:db8::/32")

    @Test func theHeaderCountsOnlyWhenThePeerIsATrustedProxy() {
        #expect(proxies.clientAddress(peer: "192.0.2.1", forwardedFor: ["10.1.1.1"]) == "192.0.2.1")
        #expect(TrustedProxies.none.clientAddress(peer: "10.0.0.1", forwardedFor: ["192.0.2.1"]) == "10.0.0.1")
        #expect(proxies.clientAddress(peer: nil, forwardedFor: ["192.0.2.1"]) == nil)
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: []) == "10.0.0.1")
    }

    @Test func theClientIsTheRightMostAddressThatIsNotATrustedProxy() {
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["198.51.100.9, 192.0.2.7"]) == "192.0.2.7")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["198.51.100.9, 192.0.2.7, 10.2.2.2"]) == "192.0.2.7")
        #expect(proxies.clientAddress(peer: "2001:db8::5", forwardedFor: ["2001:db8::9,203.0.113.4, 2001:db8::7"]) == "203.0.113.4")
        // Every hop trusted: the left-most entry is the client.
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["10.3.3.3, 10.2.2.2"]) == "10.3.3.3")
    }

    @Test func severalHeaderLinesAreOneListInOrder() {
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["192.0.2.7", "10.2.2.2"]) == "192.0.2.7")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["10.2.2.2", "192.0.2.7"]) == "192.0.2.7")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["198.51.100.9", "192.0.2.7, 10.2.2.2"]) == "192.0.2.7")
    }

    /// Past an entry that is not an address nothing can be told apart from client input, so the last trusted hop's
    /// view stands: the address right of the bad entry, or the peer.
    @Test func aMalformedEntryStopsTheWalkAtTheLastTrustedHop() {
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["192.0.2.7, unknown"]) == "10.0.0.1")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["192.0.2.7, unknown, 10.2.2.2"]) == "10.2.2.2")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["192.0.2.7:4711"]) == "10.0.0.1")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["[2001:db8::1]"]) == "10.0.0.1")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["192.0.2.7,,10.2.2.2"]) == "10.2.2.2")
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["10.0.0.0/8"]) == "10.0.0.1")
        // A bad entry left of the first untrusted address is never reached.
        #expect(proxies.clientAddress(peer: "10.0.0.1", forwardedFor: ["garbage, 192.0.2.7"]) == "192.0.2.7")
    }

    @Test func theListIsParsedAndBadEntriesAreNamed() throws {
        #expect(try TrustedProxies(parsing: "").isEmpty)
        #expect(try TrustedProxies(parsing: " 127.0.0.1/32 ,::1/128 ") == .loopback)
        #expect(throws: ConfigurationError("trusted proxy 'proxy.internal' is not an IPv4 or IPv6 network such as 10.0.0.0/8")) {
            try TrustedProxies(parsing: "10.0.0.0/8,proxy.internal")
        }
    }
}
