/// A bounded pool of connections with a bounded FIFO queue of suspended waiters.
///
/// Connections are opened lazily up to `maximum`. A caller that finds none idle and no room to open one
/// suspends on a continuation (it never spins and never blocks a thread); a returned connection is handed
/// straight to the longest waiter. When a connection is dropped or fails to open, the freed slot is handed
/// to the next waiter instead, so waiters never hang on a pool that has no connections left. A caller that
/// finds `WaitLimits.maxWaiters` already waiting, or waits past `WaitLimits.timeout`, fails with `.overloaded`:
/// connections stuck on a dead link must not hold every caller forever.
final class ConnectionPool<Connection: PooledConnection>: Sendable {
    /// What a waiter is woken with.
    private enum Grant {
        case connection(Connection)
        /// Room to open a new connection, already counted as open and in use.
        case slot
    }

    private typealias Waiter = CheckedContinuation<Grant, any Error>

    private struct State {
        var idle: [Connection] = []
        var open = 0
        var inUse = 0
        var waiters: WaitQueue<Waiter>
        var isClosed = false
        var drained: [CheckedContinuation<Void, Never>] = []
    }

    private enum ReleaseOutcome {
        case kept
        case handedOver(Waiter)
        case dropped(slotFor: Waiter?, drained: [CheckedContinuation<Void, Never>])
    }

    /// What became of a caller about to wait.
    private enum Admission {
        case granted(Grant)
        case queued
        /// Queued, and nothing watches the queue's deadlines yet.
        case watchdogNeeded
    }

    private enum Step {
        case use(Connection)
        case open
        case wait
    }

    let maximum: Int
    private let openConnection: @Sendable () async throws -> Connection
    private let state: Locked<State>

    /// A pool of at most `maximum` connections made by `openConnection`, whose callers wait within `waitLimits`.
    init(
        maximum: Int, waitLimits: WaitLimits = WaitLimits(), openConnection: @escaping @Sendable () async throws -> Connection
    ) {
        precondition(maximum > 0, "a connection pool needs room for at least one connection")
        self.maximum = maximum
        self.openConnection = openConnection
        state = Locked(State(waiters: WaitQueue(limits: waitLimits)))
    }

    var statistics: PoolStatistics {
        state.withLock { state in
            PoolStatistics(open: state.open, inUse: state.inUse, idle: state.idle.count, waiting: state.waiters.count)
        }
    }

    /// Lends a connection to `body` and takes it back afterwards, dropping it if it broke.
    ///
    /// Throws `.overloaded` when no connection comes free within the wait limits.
    func withConnection<T>(_ body: (Connection) async throws -> T) async throws -> T {
        let connection = try await acquire()
        do {
            let result = try await body(connection)
            release(connection)
            return result
        } catch {
            release(connection)
            throw error
        }
    }

    func acquire() async throws -> Connection {
        let step: Step = try state.withLock { state in
            if state.isClosed { throw StorageError.databaseClosed }
            if let connection = state.idle.popLast() {
                state.inUse += 1
                return .use(connection)
            }
            if state.open < maximum {
                state.open += 1
                state.inUse += 1
                return .open
            }
            return .wait
        }
        switch step {
        case .use(let connection):
            return try await checked(connection)
        case .open:
            return try await openInSlot()
        case .wait:
            switch try await waitForGrant() {
            case .connection(let connection): return try await checked(connection)
            case .slot: return try await openInSlot()
            }
        }
    }

    func release(_ connection: Connection) {
        let outcome: ReleaseOutcome = state.withLock { state in
            if connection.isBroken || state.isClosed {
                state.open -= 1
                state.inUse -= 1
                return .dropped(slotFor: grantSlotToNextWaiter(&state), drained: takeDrainedIfEmpty(&state))
            }
            if let waiter = state.waiters.removeFirst() {
                return .handedOver(waiter)
            }
            state.inUse -= 1
            state.idle.append(connection)
            return .kept
        }
        switch outcome {
        case .kept:
            break
        case .handedOver(let waiter):
            waiter.resume(returning: .connection(connection))
        case .dropped(let slotFor, let drained):
            connection.close()
            slotFor?.resume(returning: .slot)
            drained.forEach { $0.resume() }
        }
    }

    /// Closes the idle connections: after one connection failed, its idle siblings most likely did too
    /// (a server restart or failover drops them all), and callers should not each discover that in turn.
    func dropIdleConnections() {
        let dropped: [Connection] = state.withLock { state in
            let idle = state.idle
            state.idle.removeAll()
            state.open -= idle.count
            return idle
        }
        dropped.forEach { $0.close() }
    }

    /// Refuses new callers, fails the waiting ones, and returns once every connection has been closed.
    func close() async {
        let (idle, waiters): ([Connection], [Waiter]) = state.withLock { state in
            state.isClosed = true
            let idle = state.idle
            state.idle.removeAll()
            state.open -= idle.count
            return (idle, state.waiters.removeAll())
        }
        idle.forEach { $0.close() }
        waiters.forEach { $0.resume(throwing: StorageError.databaseClosed) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isDrained = state.withLock { state in
                if state.open == 0 { return true }
                state.drained.append(continuation)
                return false
            }
            if isDrained { continuation.resume() }
        }
    }

    private func checked(_ connection: Connection) async throws -> Connection {
        if connection.isAlive() { return connection }
        // The slot stays counted as open and in use: reuse it for a fresh connection.
        connection.close()
        return try await openInSlot()
    }

    /// Opens a connection in a slot already counted as open and in use, giving the slot up on failure.
    private func openInSlot() async throws -> Connection {
        do {
            return try await openConnection()
        } catch {
            let (next, drained) = state.withLock { state in
                state.open -= 1
                state.inUse -= 1
                return (grantSlotToNextWaiter(&state), takeDrainedIfEmpty(&state))
            }
            next?.resume(returning: .slot)
            drained.forEach { $0.resume() }
            throw error
        }
    }

    private func waitForGrant() async throws -> Grant {
        let id = state.withLock { $0.waiters.makeID() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: Waiter) in
                let outcome: Result<Admission, any Error> = state.withLock { state in
                    if state.isClosed { return .failure(StorageError.databaseClosed) }
                    // The cancellation handler may already have run and found nothing to remove.
                    if Task.isCancelled { return .failure(CancellationError()) }
                    // Between deciding to wait and getting here, a connection may have come back or a slot freed.
                    if let connection = state.idle.popLast() {
                        state.inUse += 1
                        return .success(.granted(.connection(connection)))
                    }
                    if state.open < maximum {
                        state.open += 1
                        state.inUse += 1
                        return .success(.granted(.slot))
                    }
                    do {
                        return .success(try state.waiters.append(continuation, id: id) ? .watchdogNeeded : .queued)
                    } catch {
                        return .failure(error)
                    }
                }
                switch outcome {
                case .failure(let error): continuation.resume(throwing: error)
                case .success(.granted(let grant)): continuation.resume(returning: grant)
                case .success(.watchdogNeeded): WaitQueue<Waiter>.watch { self.failOverdueWaiters() }
                case .success(.queued): break
                }
            }
        } onCancel: {
            state.withLock { $0.waiters.remove(id: id) }?.resume(throwing: CancellationError())
        }
    }

    /// Fails the waiters past their deadline; returns when to look again.
    private func failOverdueWaiters() -> ContinuousClock.Instant? {
        let (overdue, next, error) = state.withLock { state in
            let (overdue, next) = state.waiters.removeOverdue()
            return (overdue, next, state.waiters.timeoutError)
        }
        overdue.forEach { $0.resume(throwing: error) }
        return next
    }

    private func grantSlotToNextWaiter(_ state: inout State) -> Waiter? {
        guard !state.isClosed, let waiter = state.waiters.removeFirst() else { return nil }
        state.open += 1
        state.inUse += 1
        return waiter
    }

    private func takeDrainedIfEmpty(_ state: inout State) -> [CheckedContinuation<Void, Never>] {
        guard state.isClosed, state.open == 0 else { return [] }
        defer { state.drained.removeAll() }
        return state.drained
    }
}
