import LocksmithStorage

/// Wakes one waiting task: a ring while nobody waits is kept for the next wait, so a wake-up is never lost.
public final class Doorbell: Sendable {
    private struct State {
        var rung = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Locked(State())

    public init() {}

    public func ring() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard let waiter = state.waiter else {
                state.rung = true
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume()
    }

    /// Returns when the bell rings (or rang since the last wait), after `timeout`, or when the task is cancelled. One
    /// task waits at a time.
    public func wait(for timeout: Duration) async {
        let timer = Task { [self] in
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { ring() }
        }
        defer { timer.cancel() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let rang = state.withLock { state in
                    guard state.rung else {
                        state.waiter = continuation
                        return false
                    }
                    state.rung = false
                    return true
                }
                if rang { continuation.resume() }
            }
        } onCancel: {
            ring()
        }
    }
}
