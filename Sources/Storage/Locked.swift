import Foundation

/// A value guarded by a lock, for state shared between tasks and thread-pool threads.
public final class Locked<State>: @unchecked Sendable {
    private var state: State
    private let lock = NSLock()

    public init(_ state: State) {
        self.state = state
    }

    public func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }
}
