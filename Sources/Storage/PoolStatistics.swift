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
    /// Prepared statements held over all open connections (on PostgreSQL, also those evicted and not yet deallocated).
    public var preparedStatements: Int
    /// The most prepared statements one open connection holds: at most `StatementCacheBound.perConnection`, plus on
    /// PostgreSQL those evicted inside the transaction still running.
    public var mostPreparedStatements: Int

    /// A snapshot with the given counts.
    public init(open: Int = 0, inUse: Int = 0, idle: Int = 0, waiting: Int = 0, preparedStatements: Int = 0, mostPreparedStatements: Int = 0) {
        self.open = open
        self.inUse = inUse
        self.idle = idle
        self.waiting = waiting
        self.preparedStatements = preparedStatements
        self.mostPreparedStatements = mostPreparedStatements
    }

    /// The counts of `census` in place of this snapshot's statement counts.
    func counting(_ census: StatementCensus) -> PoolStatistics {
        var statistics = self
        (statistics.preparedStatements, statistics.mostPreparedStatements) = census.snapshot
        return statistics
    }

    static func + (lhs: PoolStatistics, rhs: PoolStatistics) -> PoolStatistics {
        PoolStatistics(
            open: lhs.open + rhs.open, inUse: lhs.inUse + rhs.inUse, idle: lhs.idle + rhs.idle,
            waiting: lhs.waiting + rhs.waiting, preparedStatements: lhs.preparedStatements + rhs.preparedStatements,
            mostPreparedStatements: max(lhs.mostPreparedStatements, rhs.mostPreparedStatements))
    }
}
