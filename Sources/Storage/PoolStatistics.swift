/// A snapshot of a database's connection pool, exported as metrics gauges.
public struct PoolStatistics: Sendable, Equatable {
    /// Connections open or being opened.
    public var open: Int
    /// Connections lent to a closure.
    public var inUse: Int
    /// Open connections waiting for work.
    public var idle: Int
    /// Callers waiting for a connection.
    public var waiting: Int

    /// A snapshot with the given counts.
    public init(open: Int = 0, inUse: Int = 0, idle: Int = 0, waiting: Int = 0) {
        self.open = open
        self.inUse = inUse
        self.idle = idle
        self.waiting = waiting
    }

    static func + (lhs: PoolStatistics, rhs: PoolStatistics) -> PoolStatistics {
        PoolStatistics(
            open: lhs.open + rhs.open, inUse: lhs.inUse + rhs.inUse, idle: lhs.idle + rhs.idle,
            waiting: lhs.waiting + rhs.waiting)
    }
}
