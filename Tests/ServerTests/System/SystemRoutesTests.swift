import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
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

private struct ReadyEnvelope: Decodable {
    var data: ReadyData
}
