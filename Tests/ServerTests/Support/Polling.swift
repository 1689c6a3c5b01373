import LocksmithTestSupport

// Helpers for tests that wait on a server: polling until something holds, and reading its /metrics.

/// Waits until `attempt` returns a value (a replica has replayed, a batch of spans has arrived…), for at most 30 s.
func eventually<T: Sendable>(_ what: String, _ attempt: () async throws -> T?) async throws -> T {
    let deadline = ContinuousClock.now + .seconds(30)
    while ContinuousClock.now < deadline {
        if let value = try await attempt() { return value }
        try await Task.sleep(for: .milliseconds(100))
    }
    throw TestDatabaseError("timed out waiting for \(what)")
}

/// The value of one series in Prometheus text (`/metrics`), such as `locksmith_replica_reads_total{outcome="replica"}`.
func metricSample(_ text: String, _ series: String) -> Double? {
    text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
}
