import LocksmithHandlers
import LocksmithStorage

/// When the shared buckets sync: as soon as a request waits for a sync, otherwise at most every `interval` while
/// something is pending. Requests waiting for "the next sync" are resumed when a sync that started after they asked
/// has finished.
final class SyncSchedule: Sendable {
    private struct State {
        var pending = false
        var waiters: [CheckedContinuation<Bool, Never>] = []
        /// Waiters the sync under way will answer: they asked before it started.
        var answering: [CheckedContinuation<Bool, Never>] = []
        var stopped = false
        var lastStart: ContinuousClock.Instant?
    }

    private let state = Locked(State())
    private let bell = Doorbell()
    private let interval: Duration

    init(interval: Duration) {
        self.interval = interval
    }

    /// Something is pending; the next sync will carry it.
    func requested() {
        state.withLock { $0.pending = true }
    }

    /// Waits for a sync that starts from now; returns whether it reached the database.
    func next() async -> Bool {
        await withCheckedContinuation { continuation in
            let stopped = state.withLock { state in
                if !state.stopped { state.waiters.append(continuation) }
                return state.stopped
            }
            if stopped { continuation.resume(returning: false) } else { bell.ring() }
        }
    }

    /// Returns when a sync should start: at once for a waiter, else once `interval` has passed since the last one began,
    /// if something is pending.
    func waitForWork() async {
        let clock = ContinuousClock()
        while !Task.isCancelled {
            let now = clock.now
            let ready = state.withLock { state in
                let due = state.pending && state.lastStart.map { now - $0 >= interval } ?? true
                guard !state.waiters.isEmpty || due else { return false }
                state.answering = state.waiters
                state.waiters = []
                state.pending = false
                state.lastStart = now
                return true
            }
            if ready { return }
            await bell.wait(for: interval)
        }
    }

    /// The sync that `waitForWork` started has ended; its waiters learn how.
    func finished(succeeded: Bool) {
        let waiters = state.withLock { state in
            defer { state.answering = [] }
            if Task.isCancelled {
                state.stopped = true
                return state.answering + state.waiters
            }
            return state.answering
        }
        for waiter in waiters { waiter.resume(returning: succeeded) }
    }
}
