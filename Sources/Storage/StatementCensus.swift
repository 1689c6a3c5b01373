/// How many prepared statements each open connection of a database holds, for the metrics.
///
/// Connections report their count when it changes (a prepare, an eviction, a close), never on a cache hit, so the
/// lock here stays off the path of a statement that is already prepared.
final class StatementCensus: Sendable {
    private let counts = Locked<[ObjectIdentifier: Int]>([:])

    /// Records that `connection` now holds `count` statements.
    func record(_ count: Int, for connection: AnyObject) {
        counts.withLock { $0[ObjectIdentifier(connection)] = count }
    }

    /// Forgets a connection that closed.
    func remove(_ connection: AnyObject) {
        counts.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(connection)) }
    }

    /// The statements held over all open connections, and the most any one of them holds.
    var snapshot: (total: Int, most: Int) {
        counts.withLock { counts in (counts.values.reduce(0, +), counts.values.max() ?? 0) }
    }
}
