import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The ledger rows of runtime reads wait in memory for their batched write, up to a bound for all accounts together.
/// While the database takes no writes, calls past the bound wait for room and are answered once a flush makes it, or
/// 503 with `Retry-After` when none does in time; no accepted call's row is lost and the buffer never holds more.
@Suite struct ActivityBufferTests {
    /// Long enough for a flush to land on a machine busy with other tests once writes resume.
    static let bound = ActivityBatcher.Bound(rows: 8, waitLimits: WaitLimits(timeout: .seconds(4), maxWaiters: 4))

    @Test(arguments: TestBackend.available)
    func aFullBufferMakesCallsWaitThenRefusesThemAndLosesNoRow(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it floods one license key to fill the ledger buffer") {
            $0.activityBuffer = Self.bound
        }
        let writesHeld = Locked(false)
        let slow = InterposedDatabase(base: server.services.database, beforeWrite: {
            while writesHeld.withLock({ $0 }) { try? await Task.sleep(for: .milliseconds(2)) }
        })
        try await server.run(over: slow) { clients, prepared in
            let batcher = prepared.activity
            let fixture = try await RuntimeFixture.make(clients)
            _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "a1", machine("fp-1"))
            let validate: @Sendable () async throws -> TestResponse = {
                try await clients.raw(
                    .post, "/api/v1/license/validate",
                    headers: [.authorization: "License \(fixture.key)", .contentType: "application/json"], body: #"{"fingerprint":"fp-1"}"#)
            }
            try await batcher.flush(to: slow)
            let before = try await validations(server)

            let most = Locked(0)
            let sampler = Task {
                while !Task.isCancelled {
                    let held = batcher.heldCount
                    most.withLock { $0 = max($0, held) }
                    try? await Task.sleep(for: .milliseconds(1))
                }
            }
            writesHeld.withLock { $0 = true }
            // Up to the bound, calls are answered at once.
            for _ in 0..<Self.bound.rows {
                let response = try await validate()
                #expect(response.status == .ok, "\(response.text)")
            }
            #expect(batcher.heldCount == Self.bound.rows)

            // Past it they wait for room; none comes while the database takes no writes: 503, Retry-After, no row.
            let start = ContinuousClock.now
            async let first = validate()
            async let second = validate()
            for refused in try await [first, second] {
                #expect(refused.status == .serviceUnavailable)
                #expect(refused.errorEnvelope?.error.code == ErrorCode.serviceUnavailable.rawValue)
                #expect(refused.headers[.retryAfter] == "1")
            }
            #expect(ContinuousClock.now - start >= Self.bound.waitLimits.timeout)
            #expect(batcher.waitingCount == 0 && batcher.heldCount == Self.bound.rows)

            // Calls waiting when the database recovers are answered as a flush makes room.
            let waiting = (0..<3).map { _ in Task { try await validate() } }
            try await until { batcher.waitingCount == 3 }
            writesHeld.withLock { $0 = false }
            for call in waiting {
                let response = try await call.value
                #expect(response.status == .ok, "\(response.text)")
            }
            try await batcher.flush(to: slow)
            sampler.cancel()
            _ = await sampler.value

            // Every answered call has its row; the refused ones have none.
            #expect(try await validations(server) - before == Self.bound.rows + 3)
            #expect(batcher.heldCount == 0)
            #expect(most.withLock { $0 } == Self.bound.rows)
        }
    }

    /// Rows held for every account count against one bound.
    @Test func theBoundHoldsForAllAccountsTogether() async throws {
        let batcher = ActivityBatcher(ActivityBatcher.Bound(rows: 4, waitLimits: WaitLimits(timeout: .milliseconds(50))))
        for account in ["acc_a", "acc_b", "acc_c", "acc_d"] {
            try await batcher.record(Self.row(), account: account)
        }
        #expect(batcher.heldCount == 4)
        await #expect(throws: ActivityBatcher.Full.self) { try await batcher.record(Self.row(), account: "acc_e") }
        #expect(batcher.heldCount == 4 && batcher.waitingCount == 0)
    }

    private static func row() -> Activity {
        Activity(
            id: ResourceID.make("act", at: Date()), occurredAt: Date(), action: "license.validate", source: .runtime, licenseID: "lic_x",
            amount: 0, statusCode: 200, resultClass: .success, requestID: "req_x", metadata: [:])
    }

    private func validations(_ server: TestServer) async throws -> Int {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.queryOne("SELECT COUNT(*) AS n FROM activities WHERE action = 'license.validate'", [])?.int("n") ?? 0
        }
    }

    /// Waits until `condition` holds; fails after 10 s.
    private func until(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("the condition did not hold within 10 s")
                throw CancellationError()
            }
            try await Task.sleep(for: .milliseconds(2))
        }
    }
}
