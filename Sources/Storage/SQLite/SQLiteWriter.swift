import Foundation
import NIOPosix

/// The database's one writer connection and the thread it lives on.
///
/// SQLite lets one connection write at a time, so writes are queued (FIFO, without holding any thread while
/// they wait) for a single thread that runs them back to back. Measured against running each transaction on the
/// calling task while holding the connection, this is faster (no hand-over between tasks on the critical path)
/// and keeps SQLite's file I/O and occasional fsync off the cooperative pool.
///
/// The queue is bounded like a connection pool's (`WaitLimits`): a write that finds it full, or is still queued
/// when its time is up, fails with `.overloaded` instead of waiting behind a writer that is stuck.
final class SQLiteWriter: @unchecked Sendable {
    /// One queued write.
    private struct Job {
        /// Runs the write on the writer's thread and resumes its caller with the result.
        var run: @Sendable (SQLiteWriter) -> Void
        /// Resumes its caller with an error instead.
        var fail: @Sendable (any Error) -> Void
    }

    private let thread = NIOThreadPool(numberOfThreads: 1)
    private let openConnection: @Sendable () throws -> SQLiteConnection
    /// Only touched on `thread`, then by `close()` once the thread has stopped.
    private var connection: SQLiteConnection?
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var queue: WaitQueue<Job>
    private var isRunning = false
    private var isOpen = false
    private var isClosed = false

    init(waitLimits: WaitLimits, openConnection: @escaping @Sendable () throws -> SQLiteConnection) {
        self.openConnection = openConnection
        queue = WaitQueue(limits: waitLimits)
        thread.start()
        thread.submit { [self] state in
            if state == .active { serve() }
        }
    }

    deinit {
        thread.shutdownGracefully { _ in }
    }

    var statistics: PoolStatistics {
        condition.lock()
        defer { condition.unlock() }
        return PoolStatistics(
            open: isOpen ? 1 : 0, inUse: isRunning ? 1 : 0, idle: isOpen && !isRunning ? 1 : 0, waiting: queue.count)
    }

    /// Opens the connection now rather than at the first write, so that a bad path fails early.
    func open() async throws {
        try await withConnection { _ in }
    }

    /// Runs `body` on the writer's thread with the connection, after the writes queued before it.
    ///
    /// Throws `.overloaded` when the queue is full or the write is still queued past the wait limits.
    func withConnection<T: Sendable>(_ body: @escaping @Sendable (SQLiteConnection) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(
                run: { writer in continuation.resume(with: Result { try writer.runOnThread(body) }) },
                fail: { continuation.resume(throwing: $0) })
            let needsWatchdog: Bool
            condition.lock()
            do {
                if isClosed { throw StorageError.databaseClosed }
                needsWatchdog = try queue.append(job, id: queue.makeID())
                condition.signal()
                condition.unlock()
            } catch {
                condition.unlock()
                continuation.resume(throwing: error)
                return
            }
            if needsWatchdog {
                WaitQueue<Job>.watch { self.failOverdueWrites() }
            }
        }
    }

    /// Fails the queued writes, lets the running one finish, then closes the connection.
    func close() async {
        requestStop()
        try? await thread.shutdownGracefully()
        connection?.close()
        connection = nil
        setOpen(false)
    }

    /// Fails the queued writes and makes the thread exit after the running one, without waiting for it: for a
    /// database released without `close()`, whose thread would otherwise keep the writer alive.
    func requestStop() {
        condition.lock()
        isClosed = true
        let queued = queue.removeAll()
        condition.signal()
        condition.unlock()
        queued.forEach { $0.fail(StorageError.databaseClosed) }
    }

    /// The thread's loop: runs the queued writes in order until the writer is closed.
    private func serve() {
        while let job = nextJob() {
            job.run(self)
        }
    }

    private func nextJob() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        isRunning = false
        while true {
            if let job = queue.removeFirst() {
                isRunning = true
                return job
            }
            if isClosed { return nil }
            condition.wait()
        }
    }

    /// Fails the writes queued past their deadline; returns when to look again.
    private func failOverdueWrites() -> ContinuousClock.Instant? {
        condition.lock()
        let (overdue, next) = queue.removeOverdue()
        let error = queue.timeoutError
        condition.unlock()
        overdue.forEach { $0.fail(error) }
        return next
    }

    private func runOnThread<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        let connection: SQLiteConnection
        if let open = self.connection {
            connection = open
        } else {
            connection = try openConnection()
            self.connection = connection
            setOpen(true)
        }
        defer {
            if connection.isBroken {
                connection.close()
                self.connection = nil
                setOpen(false)
            }
        }
        return try body(connection)
    }

    private func setOpen(_ open: Bool) {
        condition.lock()
        isOpen = open
        condition.unlock()
    }
}
