import Foundation
import HummingbirdTesting
import LocksmithAPI
@testable import LocksmithServer
import LocksmithTestSupport
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle
import Testing

/// After SIGTERM the server drains: it stops accepting connections and finishes the requests it has. A
/// readiness check among them must say not ready, so that a load balancer stops sending traffic.
@Suite struct DrainingTests {
    @Test func readinessAnswersNotReadyOnceGracefulShutdownHasBegun() async throws {
        let server = try await TestServer.start(.sqlite)
        let (pingEntered, pingEnteredContinuation) = AsyncStream<Void>.makeStream()
        let holdPings = NIOLockedBool()
        // The held check is a readiness request in flight when the drain begins: it goes on once its own task
        // has been told to shut down gracefully, as every in-flight request is.
        let database = InterposedDatabase(base: server.services.database, beforePing: {
            guard holdPings.value else { return }
            pingEnteredContinuation.yield()
            try? await gracefulShutdown()
        })
        let app = ListeningApplication(buildApplication(server.prepared(over: database), logger: TestServer.logger))
        let group = ServiceGroup(configuration: .init(services: [app], logger: TestServer.logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let client = TestClient(host: "127.0.0.1", port: await app.port(), configuration: .init(timeout: .seconds(30)))
            client.connect()
            #expect(try await client.get("/readyz").status == .ok)

            // Past the shared probe's age, so that the next check pings the database again.
            try await Task.sleep(for: ReadinessProbe.maxAge + .milliseconds(100))
            holdPings.value = true
            async let draining = client.get("/readyz")
            for await _ in pingEntered { break }
            await group.triggerGracefulShutdown()
            let response = try await draining
            #expect(response.status == .serviceUnavailable)
            let ready = try LocksmithJSON.decode(ReadyEnvelope.self, from: Data((response.body ?? .init()).readableBytesView))
            #expect(ready.data == ReadyData(status: .notReady, db: "ok"))
            try? await client.shutdown()
            try await tasks.waitForAll()
        }
        await server.stop()
    }
}

private struct ReadyEnvelope: Decodable {
    var data: ReadyData
}

/// A flag the ping hook reads from another task.
private final class NIOLockedBool: Sendable {
    private let box = NIOLockedValueBox(false)

    var value: Bool {
        get { box.withLockedValue { $0 } }
        set { box.withLockedValue { $0 = newValue } }
    }
}
