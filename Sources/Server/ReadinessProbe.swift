import LocksmithStorage

/// The database check that `/readyz` answers from, shared by every caller.
///
/// `/readyz` is anonymous. If each call pinged the database, anyone could take pool connections as fast as they can
/// send requests, and starve the API of them. So an answer is reused while its probe started less than `maxAge` ago
/// (an answer is never older than that, and a database that goes down shows within about that long), and callers that
/// arrive while a probe runs wait for that probe rather than start their own: at most one probe runs at a time, and a
/// new one starts at most once per `maxAge`, however many call.
final class ReadinessProbe: Sendable {
    static let maxAge: Duration = .seconds(1)

    private enum State {
        case idle
        case probing(Task<String?, Never>)
        case known(problem: String?, probedAt: ContinuousClock.Instant)
    }

    private let maxAge: Duration
    private let probe: @Sendable () async -> String?
    private let state = Locked(State.idle)

    /// `probe` is nil when the database answers, else why not (`Database.ping`).
    init(maxAge: Duration = ReadinessProbe.maxAge, probe: @escaping @Sendable () async -> String?) {
        self.maxAge = maxAge
        self.probe = probe
    }

    /// nil when the database answered a probe that started less than `maxAge` ago, or answers one now; else why not.
    func databaseProblem() async -> String? {
        enum Next {
            case answer(String?)
            case wait(Task<String?, Never>)
        }
        let now = ContinuousClock.now
        let shared = state
        let next: Next = shared.withLock { current in
            switch current {
            case .known(let problem, let probedAt) where now - probedAt < maxAge:
                return .answer(problem)
            case .probing(let running):
                return .wait(running)
            case .idle, .known:
                // Not a child of the caller's task: a caller that goes away must not cancel the probe others wait on.
                let running = Task { [probe] in
                    let probedAt = ContinuousClock.now
                    let problem = await probe()
                    shared.withLock { $0 = .known(problem: problem, probedAt: probedAt) }
                    return problem
                }
                current = .probing(running)
                return .wait(running)
            }
        }
        switch next {
        case .answer(let problem): return problem
        case .wait(let running): return await running.value
        }
    }
}
