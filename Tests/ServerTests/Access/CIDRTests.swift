import LocksmithHandlers
import Testing

@Suite struct CIDRTests {
    @Test(arguments: [
        ("10.0.0.0/8", "10.255.1.2", true), ("10.0.0.0/8", "11.0.0.1", false), ("192.168.1.7", "192.168.1.7", true),
        ("192.168.1.7", "192.168.1.8", false), ("0.0.0.0/0", "203.0.113.9", true), ("172.16.0.0/12", "172.31.255.255", true),
        ("172.16.0.0/12", "172.32.0.0", false), ("2001:db8::/32", "2001:db8:ffff::1", true), ("2001:db8::/32", "2001:db9::1", false),
        ("::1/128", "::1", true), ("::/0", "fe80::1%eth0", true), ("127.0.0.0/8", "::ffff:127.0.0.1", true),
        ("10.0.0.0/8", "2001:db8::1", false), ("2001:db8::/32", "10.0.0.1", false), ("10.0.0.0/8", "not an address", false),
    ])
    func membership(network: String, address: String, expected: Bool) throws {
        let cidr = try #require(CIDR(network))
        #expect(cidr.contains(address) == expected)
    }

    @Test(arguments: ["", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/8/8", "10.0.0/8", "::/129", "host.example", "10.0.0.0/ 8"])
    func rejectsMalformedNetworks(text: String) {
        #expect(CIDR(text) == nil)
    }
}
