/// The result of work raced against a timeout: whichever settles it first decides, once.
final class TimedOutcome<T: Sendable>: Sendable {
    private let pending: Locked<CheckedContinuation<T, Never>?>

    fileprivate init(_ continuation: CheckedContinuation<T, Never>) {
        pending = Locked(continuation)
    }

    /// Whether the outcome is decided: by the work, or by the timeout.
    var isSettled: Bool {
        pending.withLock { $0 == nil }
    }

    /// Decides the outcome unless it already is; returns whether this call decided it.
    @discardableResult
    func settle(_ value: T) -> Bool {
        let continuation = pending.withLock { pending in
            defer { pending = nil }
            return pending
        }
        continuation?.resume(returning: value)
        return continuation != nil
    }
}

/// Returns the value `work` settles its outcome with, or `fallback` once `timeout` has passed, whichever comes
/// first; work that returns without settling yields `fallback` too.
///
/// On timeout the work is cancelled but not awaited: a blocking libpq call cannot be interrupted, and the caller
/// (a health probe) must answer in time regardless. Work that settles too late (`settle` returns false) must not
/// trust what it was using, which may be why it was late.
func withTimeout<T: Sendable>(
    _ timeout: Duration, fallback: T, _ work: @escaping @Sendable (TimedOutcome<T>) async -> Void
) async -> T {
    await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
        let outcome = TimedOutcome(continuation)
        let worker = Task {
            await work(outcome)
            outcome.settle(fallback)
        }
        Task {
            try? await Task.sleep(for: timeout)
            worker.cancel()
            outcome.settle(fallback)
        }
    }
}
