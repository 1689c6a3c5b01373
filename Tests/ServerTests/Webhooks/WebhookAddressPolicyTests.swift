import Foundation
@testable import LocksmithHandlers
import LocksmithServer
import Testing

/// Which addresses deliveries may reach, address by address, including IPv6 forms that carry an IPv4 address.
@Suite struct WebhookAddressPolicyTests {
    @Test(arguments: [
        ("93.184.216.34", nil), ("8.8.8.8", nil), ("1.1.1.1", nil), ("2606:2800:220:1::1", nil), ("2001:4860:4860::8888", nil),
        ("2002:5db8:d822::1", nil),
        ("127.0.0.1", "a loopback address"), ("10.255.0.1", "a private address"), ("172.31.255.255", "a private address"),
        ("172.32.0.1", nil), ("192.168.0.1", "a private address"), ("169.254.169.254", "a link-local address"),
        ("100.64.0.1", "a shared (carrier-grade NAT) address"), ("100.128.0.1", nil), ("0.1.2.3", "a 'this network' address"),
        ("192.0.2.1", "a documentation address"), ("198.18.0.1", "a benchmarking address"), ("224.0.0.251", "a multicast address"),
        ("255.255.255.255", "a reserved address"), ("::1", "a loopback address"), ("::", "an unspecified address"),
        ("fe80::1", "a link-local address"), ("fc00::1", "a unique-local address"), ("fd12:3456::1", "a unique-local address"),
        ("ff02::1", "a multicast address"), ("2001:db8::1", "a documentation address"), ("2001::1", "a reserved address"),
        ("::ffff:192.168.1.1", "a private address"), ("::ffff:8.8.8.8", nil), ("64:ff9b::a00:1", "a private address"),
        ("2002:7f00:1::", "a loopback address"), ("::127.0.0.1", "a reserved address"), ("2a00:1450::1", nil), ("4000::1", "a reserved address"),
    ] as [(String, String?)])
    func judgesAddresses(address: String, refusal: String?) throws {
        let bytes = try #require(IPAddress.parse(address))
        #expect(WebhookAddressPolicy().refusal(of: bytes) == refusal, "\(address)")
        #expect(WebhookAddressPolicy(allowsPrivate: true).refusal(of: bytes) == nil)
    }

    @Test func targetsKeepTheHostForHostHeaderAndServerName() throws {
        let policy = WebhookAddressPolicy()
        let named = try WebhookTarget(url: "https://Hooks.Example.com/in/bound?x=1&y=%20", policy: policy)
        #expect(named.isTLS && named.host == "hooks.example.com" && named.port == 443 && named.address == nil)
        #expect(named.requestTarget == "/in/bound?x=1&y=%20" && named.hostHeader == "hooks.example.com")
        let literal = try WebhookTarget(url: "https://[2606:2800:220:1::1]:8443", policy: policy)
        #expect(literal.requestTarget == "/" && literal.hostHeader == "[2606:2800:220:1::1]:8443" && literal.address?.count == 16)
        let plain = try WebhookTarget(url: "http://127.0.0.1:9000/hooks", policy: WebhookAddressPolicy(allowsPrivate: true))
        #expect(!plain.isTLS && plain.hostHeader == "127.0.0.1:9000")
        #expect(throws: WebhookRefusal.self) { try WebhookTarget(url: "http://127.0.0.1:9000/hooks", policy: policy) }
        #expect(throws: WebhookRefusal.self) { try WebhookTarget(url: "https://exa_mple.com/", policy: policy) }
        #expect(throws: WebhookRefusal.self) { try WebhookTarget(url: "https://bücher.example/", policy: policy) }
    }

    @Test func theScheduleStretchesToADayAndStops() {
        let schedule = WebhookRetrySchedule(jitter: { 1 })
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var now = start
        var offsets: [TimeInterval] = [0]
        var attempts = 1
        while let next = schedule.nextAttempt(after: attempts, firstAttemptAt: start, now: now) {
            offsets.append(next.timeIntervalSince(start))
            now = next
            attempts += 1
        }
        #expect(offsets == [0, 5, 35, 155, 755, 2555, 6155, 16955, 38555, 60155, 81755, 86400])
        // A Retry-After lengthens a gap, never past the day.
        #expect(schedule.nextAttempt(after: 1, firstAttemptAt: start, now: start, retryAfter: 600) == start.addingTimeInterval(600))
        #expect(schedule.nextAttempt(after: 1, firstAttemptAt: start, now: start, retryAfter: 200_000) == start.addingTimeInterval(86_400))
        // Jitter stays within a tenth either way.
        let jittered = WebhookRetrySchedule()
        for _ in 0..<100 {
            let gap = jittered.nextAttempt(after: 3, firstAttemptAt: start, now: start)!.timeIntervalSince(start)
            #expect((108...132).contains(gap))
        }
    }

    @Test func privateTargetsAreAllowedOnlyWhenTheOperatorSaysSoAndAreWarnedAbout() throws {
        let strict = try ServerConfiguration.resolve(environment: [:])
        #expect(!strict.webhookAllowPrivate && strict.warnings.isEmpty)
        #expect(try !ServerConfiguration.resolve(environment: ["LOCKSMITH_WEBHOOK_ALLOW_PRIVATE": "no"]).webhookAllowPrivate)
        for configuration in [
            try ServerConfiguration.resolve(environment: ["LOCKSMITH_WEBHOOK_ALLOW_PRIVATE": "1"]),
            try ServerConfiguration.resolve(webhookAllowPrivate: true, environment: [:]),
        ] {
            #expect(configuration.webhookAllowPrivate)
            #expect(configuration.warnings.count == 1 && configuration.warnings[0].contains("--webhook-allow-private"))
        }
    }
}
