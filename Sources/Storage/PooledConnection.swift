/// What a `ConnectionPool` needs from the connections it manages.
///
/// Implementations are `@unchecked Sendable`: the pool lends each connection to one caller at a time,
/// and that caller uses it from one thread at a time.
protocol PooledConnection: AnyObject, Sendable {
    /// Set once the connection has failed in a way that makes it unusable; the pool then drops it.
    var isBroken: Bool { get }

    /// A cheap, non-blocking check made when an idle connection is handed out: the server may have closed it
    /// while it sat in the pool.
    func isAlive() -> Bool

    /// Releases the connection's resources. Called once, by the pool.
    func close()
}
