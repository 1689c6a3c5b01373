/// Returns what `work` returns, or `fallback` once `timeout` has passed, whichever comes first.
///
/// On timeout the work is cancelled but not awaited: a blocking libpq call cannot be interrupted, and the
/// caller (a health probe) must answer in time regardless.
func withTimeout<T: Sendable>(
    _ timeout: Duration, fallback: T, _ work: @escaping @Sendable () async -> T
) async -> T {
    await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
        let pending = Locked<CheckedContinuation<T, Never>?>(continuation)
        let finish: @Sendable (T) -> Void = { value in
            let continuation = pending.withLock { pending in
                defer { pending = nil }
                return pending
            }
            continuation?.resume(returning: value)
        }
        let worker = Task { finish(await work()) }
        Task {
            try? await Task.sleep(for: timeout)
            worker.cancel()
            finish(fallback)
        }
    }
}
