import LocksmithTestSupport

/// Waits until `attempt` returns a value (a replica has replayed, a batch of spans has arrived…), for at most 30 s.
func eventually<T: Sendable>(_ what: String, _ attempt: () async throws -> T?) async throws -> T {
    let deadline = ContinuousClock.now + .seconds(30)
    while ContinuousClock.now < deadline {
        if let value = try await attempt() { return value }
        try await Task.sleep(for: .milliseconds(100))
    }
    throw TestDatabaseError("timed out waiting for \(what)")
}
