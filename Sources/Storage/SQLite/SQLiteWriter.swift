import NIOPosix

/// The database's one writer connection and the thread it lives on.
///
/// SQLite lets one connection write at a time, so writes are queued (FIFO, without holding any thread while
/// they wait) on a single thread that runs them back to back. Measured against running each transaction on the
/// calling task while holding the connection, this is faster (no hand-over between tasks on the critical path)
/// and keeps SQLite's file I/O and occasional fsync off the cooperative pool.
final class SQLiteWriter: @unchecked Sendable {
    private let thread = NIOThreadPool(numberOfThreads: 1)
    private let openConnection: @Sendable () throws -> SQLiteConnection
    /// Only touched on `thread`, then by `close()` once the thread has stopped.
    private var connection: SQLiteConnection?
    private let state = Locked((submitted: 0, running: false, open: false, closed: false))

    init(openConnection: @escaping @Sendable () throws -> SQLiteConnection) {
        self.openConnection = openConnection
        thread.start()
    }

    deinit {
        thread.shutdownGracefully { _ in }
    }

    var statistics: PoolStatistics {
        state.withLock { state in
            PoolStatistics(
                open: state.open ? 1 : 0, inUse: state.running ? 1 : 0, idle: state.open && !state.running ? 1 : 0,
                waiting: state.submitted - (state.running ? 1 : 0))
        }
    }

    /// Opens the connection now rather than at the first write, so that a bad path fails early.
    func open() async throws {
        try await withConnection { _ in }
    }

    func withConnection<T: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) throws -> T) async throws -> T {
        try state.withLock { state in
            if state.closed { throw StorageError.databaseClosed }
            state.submitted += 1
        }
        defer { state.withLock { $0.submitted -= 1 } }
        do {
            return try await thread.runIfActive { try self.runOnThread(body) }
        } catch is NIOThreadPoolError.ThreadPoolInactive {
            throw StorageError.databaseClosed
        } catch let error as CancellationError {
            // Shutting the thread down cancels the writes still queued.
            if state.withLock({ $0.closed }) { throw StorageError.databaseClosed }
            throw error
        }
    }

    /// Fails the queued writes, lets the running one finish, then closes the connection.
    func close() async {
        state.withLock { $0.closed = true }
        try? await thread.shutdownGracefully()
        connection?.close()
        connection = nil
        state.withLock { $0.open = false }
    }

    private func runOnThread<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        state.withLock { $0.running = true }
        defer { state.withLock { $0.running = false } }
        let connection = try self.connection ?? openConnection()
        self.connection = connection
        state.withLock { $0.open = true }
        defer {
            if connection.isBroken {
                connection.close()
                self.connection = nil
                state.withLock { $0.open = false }
            }
        }
        return try body(connection)
    }
}
