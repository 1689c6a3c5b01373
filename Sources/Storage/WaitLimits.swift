/// How long, and how many, callers may wait for a database connection (on SQLite: for the reader pool, or for
/// their turn at the writer) before failing with `.overloaded`.
///
/// Without them a database that stops answering (a dead link, a stuck lock) would hold every request forever,
/// and a burst would queue without end. The defaults leave ample room for normal load: at the measured hot-path
/// rates (about 3 400 transactions/s on PostgreSQL, 12 000 on SQLite) a full queue of 256 drains in well under a
/// second, so they only refuse work when the database is stuck or far behind.
public struct WaitLimits: Sendable, Equatable {
    /// The longest a caller waits before failing.
    public var timeout: Duration
    /// How many callers may wait at once; the next one fails at once.
    public var maxWaiters: Int

    /// The default timeout: 5 s.
    public static let defaultTimeout = Duration.seconds(5)
    /// The default queue bound: 256 callers.
    public static let defaultMaxWaiters = 256

    /// Limits of `timeout` and `maxWaiters` (0: never wait).
    public init(timeout: Duration = defaultTimeout, maxWaiters: Int = defaultMaxWaiters) {
        precondition(maxWaiters >= 0, "the number of waiters cannot be negative")
        self.timeout = timeout
        self.maxWaiters = maxWaiters
    }
}
