import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A request that cannot get the database in time is turned away with 503 and `Retry-After`, not held.
@Suite struct DatabaseOverloadTests {
    /// A flag a blocking database closure can poll.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    @Test(arguments: TestBackend.available)
    func aRequestThatCannotGetTheDatabaseInTimeGets503WithRetryAfter(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { configuration in
            // One connection on PostgreSQL, the one writer on SQLite; and little patience for either.
            configuration.databaseURL = configuration.databaseURL.map { TestURL.adding(["pool_size": "1", "pool_timeout": "300ms"], to: $0) }
            configuration.sqlite.waitLimits = WaitLimits(timeout: .milliseconds(300))
        }
        try await server.run { clients in
            let holding = Flag()
            let released = Flag()
            // Something else holds the database (on a thread of its own, not the cooperative pool) for up to 10 s. The
            // server's own background work (ledger flushes, export and webhook polling) may have the one connection or
            // the writer for a moment and turn the holder away too, so it tries until the database is its own.
            let holder = Task {
                let deadline = ContinuousClock.now + .seconds(30)
                while true {
                    do {
                        return try await server.services.database.write { _ in
                            holding.set()
                            for _ in 0..<10_000 where !released.isSet { usleep(1_000) }
                        }
                    } catch where !holding.isSet && ContinuousClock.now < deadline {
                        try await Task.sleep(for: .milliseconds(20))
                    }
                }
            }
            let deadline = ContinuousClock.now + .seconds(30)
            while !holding.isSet {
                try #require(ContinuousClock.now < deadline, "the holder never got the database")
                try await Task.sleep(for: .milliseconds(5))
            }

            let body = #"{"name": "overload", "scopes": ["product:read"]}"#
            let start = ContinuousClock.now
            let refused = try await clients.adminJSON(.post, "/api/v1/api-keys", body)
            let waited = ContinuousClock.now - start
            #expect(!released.isSet)
            released.set()
            try await holder.value

            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(refused.errorEnvelope?.error.code == "SERVICE_UNAVAILABLE")
            #expect(refused.errorEnvelope?.meta.requestID == refused.headers[HTTPField.Name("X-Request-ID")!])
            #expect(waited >= .milliseconds(300) && waited < .seconds(8))

            // Once the holder lets go the server serves again. The one connection (or the writer) is shared with the
            // server's background work, which on a loaded machine can keep it past the 300 ms limit at that moment too:
            // a client does what the refusal says, retrying after Retry-After, and must then be served.
            var created = try await clients.adminJSON(.post, "/api/v1/api-keys", body)
            for _ in 0..<5 where created.status == .serviceUnavailable {
                try await Task.sleep(for: .seconds(Int(created.headers[.retryAfter] ?? "1") ?? 1))
                created = try await clients.adminJSON(.post, "/api/v1/api-keys", body)
            }
            #expect(created.status == .created)
        }
    }
}
