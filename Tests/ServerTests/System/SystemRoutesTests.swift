import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithSDK
@testable import LocksmithServer
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// The unauthenticated routes: liveness, readiness, metrics and the published keys.
@Suite struct SystemRoutesTests {
    @Test(arguments: TestBackend.available)
    func systemRoutesAnswerWithoutCredentials(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            #expect(try await clients.system.health().data.status == .ok)
            #expect(try await clients.system.healthz().data.status == .ok)
            #expect(try await clients.system.readyz().data == ReadyData(status: .ready, db: "ok"))
            let keys = try await clients.system.listPublicKeys()
            #expect(keys.data.count == 1 && keys.data[0].status == .active && keys.data[0].algorithm == "Ed25519")
            _ = try await clients.admin.listAPIKeys()
            let metrics = try await clients.system.getMetrics()
            #expect(metrics.contains(#"locksmith_http_requests_total{operation="listAPIKeys",status_class="2xx"} 1"#))
            #expect(metrics.contains("locksmith_http_request_duration_seconds_bucket"))
            #expect(metrics.contains(#"locksmith_db_pool_connections{state="open"}"#))
            #expect(metrics.contains("locksmith_db_prepared_statements "))
            #expect(metrics.contains("locksmith_db_prepared_statements_per_connection_max "))
            #expect(metrics.contains("locksmith_activity_buffer_rows 0"))
        }
    }

    @Test(arguments: TestBackend.available)
    func readinessFailsWhenTheDatabaseIsGone(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            await server.services.database.close()
            let response = try await clients.raw(.get, "/readyz")
            #expect(response.status == .serviceUnavailable)
            let ready = try LocksmithJSON.decode(ReadyEnvelope.self, from: Data(response.body.readableBytesView))
            // Why is for the log: anonymous callers get a fixed word, never storage error text.
            #expect(ready.data == ReadyData(status: .notReady, db: "unavailable"))
            #expect(try await clients.system.health().data.status == .ok)
        }
    }
}

/// `/metrics` is open unless the operator sets `--metrics-token`; then it takes exactly that bearer token.
@Suite struct MetricsTokenTests {
    static let token = "scrape-0123456789abcdefghijklmnopqrstuv"

    @Test(arguments: TestBackend.available)
    func metricsAreOpenWithoutATokenAndTakeOnlyTheTokenWithOne(backend: TestBackend) async throws {
        let open = try await TestServer.start(backend)
        try await open.run { clients in
            let scraped = try await clients.raw(.get, "/metrics")
            #expect(scraped.status == .ok && scraped.text.contains("locksmith_db_pool_connections"))
        }

        let server = try await TestServer.start(backend) { $0.metricsToken = Self.token }
        try await server.run { clients in
            let refused: [HTTPFields] = [
                [:], [.authorization: "Bearer"], [.authorization: "Bearer wrong"], [.authorization: "Bearer \(Self.token.dropLast())"],
                [.authorization: "Bearer \(Self.token)x"], [.authorization: "Basic \(Self.token)"], [.authorization: "License \(Self.token)"],
                [.authorization: "Bearer \(TestServer.adminToken)"],
            ]
            for headers in refused {
                let response = try await clients.raw(.get, "/metrics", headers: headers)
                #expect(response.status == .unauthorized, "\(headers)")
                #expect(response.errorEnvelope?.error.code == "UNAUTHORIZED", "\(headers): \(response.text)")
                #expect(response.errorEnvelope?.meta.requestID.isEmpty == false)
                #expect(!response.text.contains("locksmith_"), "no metrics in a refusal")
            }
            for scheme in ["Bearer", "bearer"] {
                let scraped = try await clients.raw(.get, "/metrics", headers: [.authorization: "\(scheme) \(Self.token)"])
                #expect(scraped.status == .ok && scraped.text.contains("locksmith_db_pool_connections"))
                #expect(scraped.headers[.contentType]?.hasPrefix("text/plain") == true)
            }
            // The other system routes stay open.
            #expect(try await clients.system.readyz().data.status == .ready)
            #expect(try await clients.system.healthz().data.status == .ok)
        }
    }

    @Test func theTokenComesFromTheFlagOverTheEnvironment() throws {
        #expect(try ServerConfiguration.resolve(environment: [:]).metricsToken == nil)
        #expect(try ServerConfiguration.resolve(environment: ["LOCKSMITH_METRICS_TOKEN": ""]).metricsToken == nil)
        #expect(try ServerConfiguration.resolve(environment: ["LOCKSMITH_METRICS_TOKEN": "from-env"]).metricsToken == "from-env")
        #expect(try ServerConfiguration.resolve(metricsToken: "from-flag", environment: ["LOCKSMITH_METRICS_TOKEN": "from-env"]).metricsToken
            == "from-flag")
    }
}

/// `/readyz` is anonymous, so it answers from one shared database probe at most a second old instead of taking a pool
/// connection per call, and it still reports a database that goes down, or comes back, within about a second.
@Suite struct ReadinessProbeTests {
    @Test(arguments: TestBackend.available)
    func concurrentReadinessChecksShareOneProbe(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "300 concurrent readiness checks from one address exercise the shared probe")
        let pings = NIOLockedValueBox(0)
        // A probe that takes a while, as one through a busy pool does: callers arriving meanwhile must wait for it.
        let database = InterposedDatabase(base: server.services.database, beforePing: {
            pings.withLockedValue { $0 += 1 }
            try? await Task.sleep(for: .milliseconds(100))
        })
        let app = buildApplication(server.prepared(over: database), logger: TestServer.logger)
        try await app.test(.router) { client in
            let started = ContinuousClock.now
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<300 {
                    group.addTask { try await client.executeRequest(uri: "/readyz", method: .get, headers: [:], body: nil).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let elapsed = ContinuousClock.now - started
            #expect(statuses.count == 300 && statuses.allSatisfy { $0 == .ok })
            // One probe per started second at most, and one more that may have begun just before the last second ended.
            let bound = Int(elapsed / ReadinessProbe.maxAge) + 2
            #expect(pings.withLockedValue { $0 } <= bound, "\(pings.withLockedValue { $0 }) probes for 300 checks in \(elapsed)")
        }
        await server.stop()
    }

    @Test(arguments: TestBackend.available)
    func aDatabaseThatGoesDownOrComesBackShowsWithinAboutASecond(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it polls /readyz as fast as it can to time the probe")
        let problem = NIOLockedValueBox<String?>(nil)
        let database = InterposedDatabase(base: server.services.database, pingProblem: { problem.withLockedValue { $0 } })
        let app = buildApplication(server.prepared(over: database), logger: TestServer.logger)
        try await app.test(.router) { client async throws in
            #expect(try await Self.readiness(client) == ReadyAnswer(status: .ok, data: ReadyData(status: .ready, db: "ok")))
            problem.withLockedValue { $0 = "unreachable" }
            // The shared answer is at most a second old; the rest is room for a loaded machine (the suite runs its tests in
            // parallel on two cores, beside PostgreSQL, PgBouncer and server processes of other tests, and a probe waits
            // for a pool connection like any request: a full run once took more than 5 s here).
            #expect(try await Self.timeUntil(.serviceUnavailable, client) < .seconds(10))
            #expect(try await Self.readiness(client)
                == ReadyAnswer(status: .serviceUnavailable, data: ReadyData(status: .notReady, db: "unavailable")))
            problem.withLockedValue { $0 = nil }
            #expect(try await Self.timeUntil(.ok, client) < .seconds(10))
        }
        await server.stop()
    }

    struct ReadyAnswer: Equatable {
        var status: HTTPResponse.Status
        var data: ReadyData
    }

    static func readiness(_ client: any TestClientProtocol) async throws -> ReadyAnswer {
        let response = try await client.executeRequest(uri: "/readyz", method: .get, headers: [:], body: nil)
        return ReadyAnswer(
            status: response.status, data: try LocksmithJSON.decode(ReadyEnvelope.self, from: Data(response.body.readableBytesView)).data)
    }

    /// How long until readiness answers `status`; fails past 5 s.
    static func timeUntil(_ status: HTTPResponse.Status, _ client: any TestClientProtocol) async throws -> Duration {
        let started = ContinuousClock.now
        while try await readiness(client).status != status {
            guard ContinuousClock.now - started < .seconds(20) else {
                Issue.record("readiness never answered \(status)")
                break
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return ContinuousClock.now - started
    }
}

private struct ReadyEnvelope: Decodable {
    var data: ReadyData
}
