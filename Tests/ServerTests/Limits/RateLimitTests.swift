import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Rate limits on one instance, on both backends, over real sockets with the test client as a trusted proxy on
/// loopback, so that `X-Forwarded-For` gives each request the client address the test chooses.
@Suite struct RateLimitTests {
    /// One policy under test, limited to 100 a day (a token comes back every 864 s, so none does while the test runs,
    /// however loaded the machine, and the count is exact: the 101st request is refused), every other policy off.
    struct Case: Sendable, CustomStringConvertible {
        var policy: RateLimitPolicy
        var description: String { policy.rawValue }
    }

    static let cases = RateLimitPolicy.allCases.map(Case.init)
    static let hundredADay = [RateWindow(quota: 100, seconds: 86_400)]

    @Test(arguments: TestBackend.available, cases)
    func eachPolicyRefusesTheRequestPastItsQuotaWithBothHeaders(backend: TestBackend, test: Case) async throws {
        let server = try await TestServer.start(backend) { configuration in
            configuration.trustedProxies = .loopback
            configuration.limits.rates = [test.policy: Self.hundredADay]
        }
        try await server.run(.live) { clients in
            let requests = try await Self.requests(for: test.policy, clients, server)
            let item = "\"\(test.policy.rawValue)\""
            for index in 0..<100 {
                let response = try await requests(index)
                #expect(response.status.code != 429, "\(test.policy) request \(index + 1): \(response.status)")
                if test.policy == .accountRuntime {
                    // A license holder is not told how busy the vendor is: the account's policy shows only when it refuses.
                    #expect(response.headers[.rateLimitPolicyField] == nil && response.headers[.rateLimitField] == nil)
                    continue
                }
                #expect(response.headers[.rateLimitPolicyField] == "\(item);q=100;w=86400", "request \(index + 1)")
                let state = try #require(response.headers[.rateLimitField], "request \(index + 1)")
                #expect(state.hasPrefix("\(item);r=\(99 - index);t="), "request \(index + 1): \(state)")
                #expect(Self.reset(state).map { (1...864).contains($0) } == true, "\(state)")
            }
            let refused = try await requests(100)
            #expect(refused.status.code == 429)
            #expect(refused.errorEnvelope?.error.code == "RATE_LIMITED" && refused.errorEnvelope?.error.detail == test.policy.rawValue)
            let retryAfter = try #require(refused.headers[.retryAfter].flatMap(Int.init))
            #expect((1...864).contains(retryAfter))
            #expect(refused.headers[.rateLimitPolicyField] == "\(item);q=100;w=86400")
            #expect(refused.headers[.rateLimitField] == "\(item);r=0;t=\(retryAfter)")
        }
    }

    /// What each policy counts, sent from one client address (and, for the per-credential and per-account policies,
    /// from many, to show the address does not matter to them).
    static func requests(
        for policy: RateLimitPolicy, _ clients: Clients, _ server: TestServer
    ) async throws -> @Sendable (Int) async throws -> TestResponse {
        let from: @Sendable (Int) -> HTTPFields = { index in [.xForwardedFor: "198.51.100.\(index % 200 + 1)"] }
        @Sendable func validate(_ key: String, _ headers: HTTPFields) async throws -> TestResponse {
            var headers = headers
            headers[.authorization] = "License \(key)"
            headers[.contentType] = "application/json"
            return try await clients.raw(.post, "/api/v1/license/validate", headers: headers, body: #"{"fingerprint":"fp"}"#)
        }
        @Sendable func products(_ token: String, _ headers: HTTPFields) async throws -> TestResponse {
            var headers = headers
            headers[.authorization] = "Bearer \(token)"
            return try await clients.raw(.get, "/api/v1/products", headers: headers)
        }
        switch policy {
        case .anonymous:
            return { _ in try await clients.raw(.get, "/health", headers: [.xForwardedFor: "203.0.113.9"]) }
        case .runtimeAddress:
            let key = try await RuntimeFixture.make(clients).key
            return { _ in try await validate(key, [.xForwardedFor: "203.0.113.9"]) }
        case .failedKeys:
            // Unknown keys, every one: each look-up fails and is charged; the 101st is refused before its look-up.
            return { index in try await validate("lsk_unknown\(index)", [.xForwardedFor: "203.0.113.9"]) }
        case .runtimeKey:
            let key = try await RuntimeFixture.make(clients).key
            return { index in try await validate(key, from(index)) }
        case .managementKey:
            let token = try await Admin.createAPIKey(server.services, name: "limited", scopes: [.productRead]).token
            return { index in try await products(token, from(index)) }
        case .accountRuntime:
            let first = try await RuntimeFixture.make(clients, code: "one").key
            let second = try await RuntimeFixture.make(clients, code: "two").key
            return { index in try await validate(index % 2 == 0 ? first : second, from(index)) }
        case .accountManagement:
            let first = try await Admin.createAPIKey(server.services, name: "one", scopes: [.productRead]).token
            let second = try await Admin.createAPIKey(server.services, name: "two", scopes: [.productRead]).token
            return { index in try await products(index % 2 == 0 ? first : second, from(index)) }
        }
    }

    static func reset(_ state: String) -> Int? {
        state.split(separator: ";").first { $0.hasPrefix("t=") }.flatMap { Int($0.dropFirst(2)) }
    }

    /// Runtime requests carry the address's and the key's policies; the account's stays out of sight until it refuses.
    @Test(arguments: TestBackend.available)
    func runtimeAnswersNameTheAddressAndKeyPoliciesAtTheirDefaults(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let (_, raw) = try await fixture.runtime(clients).withRawResponse { try await $0.activateLicense(idempotencyKey: "a", machine("fp")) }
            #expect(raw.headers["ratelimit-policy"] == #""runtime-address";q=6000;w=60;locksmith-burst=100, "runtime-key";q=600;w=60;locksmith-burst=20"#)
            #expect(raw.headers["ratelimit"]?.hasPrefix(#""runtime-address";r=99;t="#) == true)
            let (_, management) = try await clients.admin.withRawResponse { try await $0.listProducts() }
            #expect(management.headers["ratelimit-policy"]
                == #""management-key";q=3000;w=60;locksmith-burst=50, "account-management";q=30000;w=60;locksmith-burst=500"#)
            let (_, system) = try await clients.system.withRawResponse { try await $0.health() }
            #expect(system.headers["ratelimit-policy"] == #""anonymous";q=600;w=60;locksmith-burst=20"#)
        }
    }

    /// One address trying random license keys is stopped after its failed look-ups (20 a minute by default), while a
    /// customer elsewhere keeps validating.
    @Test(arguments: TestBackend.available)
    func aFloodOfGuessedKeysFromOneAddressIsRefusedWhileALegitimateKeyKeepsWorking(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { $0.trustedProxies = .loopback }
        try await server.run(.live) { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let legitimate: HTTPFields = [
                .xForwardedFor: "192.0.2.10", .authorization: "License \(fixture.key)", .contentType: "application/json",
                .idempotencyKeyField: "first",
            ]
            #expect(try await clients.raw(.post, "/api/v1/license/activate", headers: legitimate, body: #"{"fingerprint":"fp"}"#).status == .ok)
            var statuses: [Int] = []
            let started = ContinuousClock.now
            for index in 0..<100 {
                let guess = "lsk_" + String(repeating: "x", count: 30) + String(index)
                let answer = try await clients.raw(
                    .post, "/api/v1/license/validate",
                    headers: [.xForwardedFor: "203.0.113.66", .authorization: "License \(guess)", .contentType: "application/json"],
                    body: #"{"fingerprint":"fp"}"#)
                statuses.append(Int(answer.status.code))
                if answer.status == .tooManyRequests { #expect(answer.errorEnvelope?.error.detail == "failed-keys") }
                if index % 10 == 0 {
                    let valid = try await clients.raw(.post, "/api/v1/license/validate", headers: legitimate, body: #"{"fingerprint":"fp"}"#)
                    #expect(valid.status == .ok, "the legitimate key was refused: \(valid.text)")
                }
            }
            // 20 look-ups, then refusals; one more look-up each time a token came back (every 3 s) on a slow machine.
            let refilled = Int((ContinuousClock.now - started) / .seconds(3))
            #expect(statuses.prefix(20).allSatisfy { $0 == 401 } && statuses.contains(429), "\(statuses)")
            #expect(statuses.filter { $0 == 401 }.count <= 20 + refilled && statuses.allSatisfy { $0 == 401 || $0 == 429 }, "\(statuses)")
        }
    }

    /// Behind a trusted proxy each forwarded client has buckets of its own; without `--trusted-proxies` the header is
    /// the client's own word and every request counts against the peer.
    @Test(arguments: TestBackend.available, [true, false])
    func theAddressIsTheForwardedClientOnlyBehindATrustedProxy(backend: TestBackend, trusted: Bool) async throws {
        let server = try await TestServer.start(backend) { configuration in
            if trusted { configuration.trustedProxies = .loopback }
            configuration.limits.rates = [.anonymous: [RateWindow(quota: 3, seconds: 3600)]]
        }
        try await server.run(.live) { clients in
            var statuses: [Int] = []
            for index in 0..<6 {
                statuses.append(Int(try await clients.raw(.get, "/health", headers: [.xForwardedFor: "198.51.100.\(index)"]).status.code))
            }
            #expect(statuses == (trusted ? [200, 200, 200, 200, 200, 200] : [200, 200, 200, 429, 429, 429]))
        }
    }

    /// The SDK's retry waits as the server's `Retry-After` says and then succeeds.
    @Test(arguments: TestBackend.available)
    func theSDKWaitsOutARateLimitAsRetryAfterSays(backend: TestBackend) async throws {
        // One request every three seconds: a call sent at once after the first is refused whatever the machine's load
        // (on PostgreSQL the shared buckets may admit up to two more than the quota per instance, and what refilled
        // while a loaded machine answered, so calls go on until one is refused).
        let server = try await TestServer.start(backend) { $0.limits.rates[.managementKey] = [RateWindow(quota: 1, seconds: 3)] }
        try await server.run(.live) { clients in
            let transport = StatusRecordingTransport(base: clients.transport)
            let admin = ManagementClient(token: TestServer.adminToken, transport: transport)
            _ = try await admin.listProducts()
            var waited = Duration.zero
            for _ in 0..<10 where !transport.statuses.contains(429) {
                let started = ContinuousClock.now
                _ = try await admin.listProducts()
                waited = ContinuousClock.now - started
            }
            let statuses = transport.statuses
            let refused = try #require(statuses.firstIndex(of: 429), "\(statuses)")
            #expect(statuses.dropFirst(refused + 1) == [200], "the refused call was retried once: \(statuses)")
            #expect(waited >= .milliseconds(900))
        }
    }

    /// With limits off the server behaves as it did before there were any: no headers, no refusals, no caps.
    @Test(arguments: TestBackend.available)
    func limitsOffChangeNothing(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "that is what it checks")
        try await server.run { clients in
            for _ in 0..<150 {
                let answer = try await clients.raw(.get, "/health")
                #expect(answer.status == .ok && answer.headers[.rateLimitPolicyField] == nil && answer.headers[.rateLimitField] == nil)
            }
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 100; $0.maxActivationsPerDay = 1 }
            let runtime = fixture.runtime(clients)
            for index in 0..<3 { _ = try await runtime.activateLicense(idempotencyKey: "a\(index)", machine("fp-\(index)")) }
            for _ in 0..<150 { _ = try await runtime.validateLicense(machine("fp-0")) }
            for index in 0..<25 {
                _ = try await clients.admin.createWebhookEndpoint(.init(name: "hook \(index)", url: "https://93.184.216.34/hook\(index)"))
            }
            let limits = try await clients.admin.getAccountLimits().data
            #expect(!limits.enabled)
        }
    }

    /// The account's own figures (`locksmith accounts limits`) replace the server's for it alone, and
    /// `getAccountLimits` shows which apply and whose they are.
    @Test(arguments: TestBackend.available)
    func anAccountsPlanReplacesTheServersFiguresForItAlone(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, token) = try await Admin.createAccount(server.services, name: "Metered")
        try await Admin.setAccountLimitOverrides(server.services, account: other.id, AccountLimitOverrides(
            rates: [.managementKey: try RateWindowSpec.parse("3/h"), .accountRuntime: try RateWindowSpec.parse("60000/m,burst=2000")],
            maxWebhookEndpoints: 1))
        try await server.run { clients in
            let metered = ManagementClient(token: token, transport: clients.transport, retry: .never)
            let limits = try await metered.getAccountLimits().data
            #expect(limits.accountID == other.id && limits.enabled && limits.maxWebhookEndpoints == 1 && limits.maxQueuedExports == 10)
            let byName = Dictionary(uniqueKeysWithValues: limits.policies.map { ($0.policy, $0) })
            #expect(limits.policies.map(\.policy) == RateLimitPolicy.allCases.map(\.rawValue))
            #expect(byName["management-key"]?.windows == [RateLimitWindow(quota: 3, windowSeconds: 3600, burst: 3)])
            #expect(byName["management-key"]?.source == .account && byName["management-key"]?.subject == .apiKey)
            #expect(byName["account-runtime"]?.windows == [RateLimitWindow(quota: 60000, windowSeconds: 60, burst: 2000)])
            #expect(byName["runtime-key"]?.windows == [RateLimitWindow(quota: 600, windowSeconds: 60, burst: 20)])
            #expect(byName["runtime-key"]?.source == .server && byName["anonymous"]?.subject == .address)
            _ = try await metered.createWebhookEndpoint(.init(name: "one", url: "https://93.184.216.34/one"))
            let full = await expectAPIError(.conflict, status: 409) {
                _ = try await metered.createWebhookEndpoint(.init(name: "two", url: "https://93.184.216.34/two"))
            }
            #expect(full?.detail == "max_webhook_endpoints")
            let refused = await expectAPIError(.rateLimited, status: 429) { _ = try await metered.listProducts() }
            #expect(refused?.detail == "management-key")
            // The default account keeps the server's figures.
            for index in 0..<5 { _ = try await clients.admin.createWebhookEndpoint(.init(name: "\(index)", url: "https://93.184.216.34/\(index)")) }
            #expect(try await clients.admin.getAccountLimits().data.policies.allSatisfy { $0.source == .server })
        }
    }

    @Test(arguments: TestBackend.available)
    func anAccountHasAtMostTwentyWebhookEndpoints(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            for index in 0..<20 {
                _ = try await clients.admin.createWebhookEndpoint(.init(name: "hook \(index)", url: "https://93.184.216.34/hook\(index)"))
            }
            let refused = await expectAPIError(.conflict, status: 409) {
                _ = try await clients.admin.createWebhookEndpoint(.init(name: "one more", url: "https://93.184.216.34/more"))
            }
            #expect(refused?.detail == "max_webhook_endpoints")
            #expect(try await clients.admin.listWebhookEndpoints(limit: 200).data.count == 20)
        }
    }
}

/// Passes requests on and keeps the status of every answer, retries included.
struct StatusRecordingTransport: Transport {
    let base: any Transport
    private let seen = Locked<[Int]>([])

    init(base: any Transport) {
        self.base = base
    }

    var statuses: [Int] { seen.withLock { $0 } }

    func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts {
        let response = try await base.send(request)
        seen.withLock { $0.append(response.status) }
        return response
    }
}

extension HTTPField.Name {
    static var rateLimitPolicyField: Self { .init("RateLimit-Policy")! }
    static var rateLimitField: Self { .init("RateLimit")! }
    static var idempotencyKeyField: Self { .init("Idempotency-Key")! }
}
