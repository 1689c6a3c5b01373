import Foundation
import LocksmithAPI
public import LocksmithStorage

/// Writes the ledger rows of runtime decisions that change nothing (validate, check, heartbeat, and refusals) in
/// batches, with the device "last seen" updates they carry: one transaction per account every flush instead of one
/// per request, so that validation stays a read.
///
/// The server flushes every 250 ms and once more when it stops; a process killed outright loses at most the rows of
/// the last interval, never a change (changes write their rows in their own transactions). The rows held (waiting for
/// a flush, or being written by one) are bounded for all accounts together by `Bound.rows`. At the bound `record`
/// waits for a flush to make room, within `Bound.waitLimits`; past them it throws `Full`, which the server answers 503
/// with `Retry-After`. So while the database cannot keep up, runtime calls slow down and then are refused; a row is
/// never dropped, and memory stays bounded.
public final class ActivityBatcher: Sendable {
    /// No room came free for a runtime call's ledger row within the wait limits, or too many calls already wait: the
    /// database is writing rows slower than they come. The call is answered 503 with `Retry-After`, and recorded nowhere.
    public struct Full: Error, CustomStringConvertible {
        public var description: String
    }

    struct Touch: Sendable {
        var deviceID: String
        var validated: Bool
        var ipAddress: String?
        var date: Date
    }

    /// How many rows the batcher holds, and how long and how many callers may wait for room.
    public struct Bound: Sendable, Equatable {
        /// 32 768 rows: about three seconds of validations at 10 000 a second, against a flush every 250 ms, and about
        /// 55 MB at the 1.7 KB a buffered row took when rows piled up unbounded (172 MB for 100 000). Below it nothing
        /// waits; at it the database is seconds behind, and waiting (then refusing) is what keeps the memory flat.
        public static let defaultRows = 32_768

        /// Rows held at most, for all accounts together.
        public var rows: Int
        /// How long a runtime call waits for room at the bound (the database's default: 5 s), and how many may wait
        /// (256); past either, the call fails with `Full`.
        public var waitLimits: WaitLimits

        public init(rows: Int = defaultRows, waitLimits: WaitLimits = WaitLimits()) {
            precondition(rows > 0, "the ledger buffer needs room for at least one row")
            self.rows = rows
            self.waitLimits = waitLimits
        }
    }

    private struct Pending {
        var activities: [Activity] = []
        /// By device: only the latest touch of a device matters.
        var touches: [String: Touch] = [:]
    }

    /// A runtime call waiting for room, with the row it brings.
    private struct Waiter {
        var activity: Activity
        var touch: Touch?
        var account: String
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var pending: [String: Pending] = [:]
        /// Rows recorded and not yet written: those pending, and those a flush is writing.
        var held = 0
        var waiters: WaitQueue<Waiter>

        mutating func append(_ activity: Activity, touching touch: Touch?, account: String) {
            // Mutated in place: taking the batch out of the dictionary and putting it back would copy its rows on every
            // call.
            pending[account, default: Pending()].activities.append(activity)
            if let touch { pending[account, default: Pending()].touches[touch.deviceID] = touch }
            held += 1
        }
    }

    private enum Admission {
        case admitted
        case queued
        /// Queued, and nothing watches the queue's deadlines yet.
        case watchdogNeeded
    }

    public let bound: Bound
    private let state: Locked<State>
    /// The latest flush: each flush starts after the one before it has finished, so a caller that flushes knows every
    /// row recorded before its call is written when it returns, even while the background flush is mid-write.
    private let lastFlush = Locked<Task<Int, any Error>?>(nil)

    public init(_ bound: Bound = Bound()) {
        self.bound = bound
        state = Locked(State(waiters: WaitQueue(limits: bound.waitLimits)))
    }

    /// Holds `activity` for the next flush. Below the bound this is one lock and an append; at the bound it waits for
    /// a flush to make room, and throws `Full` when none does within the wait limits (or too many wait).
    ///
    /// `refusing` is the error a refused call is answered with, when `activity` is its row. When that error is this
    /// batcher's own `Full`, nothing is recorded: the call had no room for its row, and waiting again would only double
    /// its wait for the same answer.
    func record(_ activity: Activity, touching touch: Touch? = nil, refusing error: (any Error)? = nil, account: String) async throws {
        if error is Full { return }
        let capacity = bound.rows
        let admitted = state.withLock { state in
            guard state.held < capacity, state.waiters.count == 0 else { return false }
            state.append(activity, touching: touch, account: account)
            return true
        }
        if !admitted {
            try await waitForRoom(activity, touching: touch, account: account)
        }
    }

    /// Rows held now: recorded and not yet written. Never more than `bound.rows`.
    public var heldCount: Int { state.withLock { $0.held } }

    /// Runtime calls waiting for room now.
    public var waitingCount: Int { state.withLock { $0.waiters.count } }

    /// Writes everything recorded so far; returns how many rows. Rows of an account whose write fails are put back.
    @discardableResult
    public func flush(to database: any Database) async throws -> Int {
        let flush = lastFlush.withLock { last -> Task<Int, any Error> in
            let previous = last
            let next = Task {
                _ = try? await previous?.value
                return try await self.write(to: database)
            }
            last = next
            return next
        }
        return try await flush.value
    }

    private func write(to database: any Database) async throws -> Int {
        let batches = state.withLock { state in
            defer { state.pending = [:] }
            return state.pending
        }
        var written = 0
        var failure: (any Error)?
        for (account, batch) in batches {
            do {
                try await database.write(account: account) { connection in
                    try Journal.recordBatched(batch.activities, on: connection)
                    for touch in batch.touches.values {
                        try DeviceStore.touch(id: touch.deviceID, validated: touch.validated, ipAddress: touch.ipAddress, at: touch.date, on: connection)
                    }
                }
                written += batch.activities.count
                release(batch.activities.count)
            } catch {
                // Still held: the rows wait for the next flush, ahead of those recorded since.
                state.withLock { state in
                    var merged = batch
                    if let newer = state.pending[account] {
                        merged.activities += newer.activities
                        merged.touches.merge(newer.touches) { _, newer in newer }
                    }
                    state.pending[account] = merged
                }
                failure = error
            }
        }
        if let failure { throw failure }
        return written
    }

    /// Frees the room of `count` written rows, and gives it to the waiting calls in the order they came.
    private func release(_ count: Int) {
        let capacity = bound.rows
        let admitted = state.withLock { state -> [Waiter] in
            state.held -= count
            var admitted: [Waiter] = []
            while state.held < capacity, let waiter = state.waiters.removeFirst() {
                state.append(waiter.activity, touching: waiter.touch, account: waiter.account)
                admitted.append(waiter)
            }
            return admitted
        }
        admitted.forEach { $0.continuation.resume() }
    }

    private func waitForRoom(_ activity: Activity, touching touch: Touch?, account: String) async throws {
        let capacity = bound.rows
        let id = state.withLock { $0.waiters.makeID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Admission, any Error> = state.withLock { state in
                    // The cancellation handler may already have run and found nothing to remove.
                    if Task.isCancelled { return .failure(CancellationError()) }
                    // A flush may have made room since `record` looked.
                    if state.held < capacity && state.waiters.count == 0 {
                        state.append(activity, touching: touch, account: account)
                        return .success(.admitted)
                    }
                    let waiter = Waiter(activity: activity, touch: touch, account: account, continuation: continuation)
                    do {
                        return .success(try state.waiters.append(waiter, id: id) ? .watchdogNeeded : .queued)
                    } catch {
                        return .failure(Full(description: "\(state.waiters.limits.maxWaiters) runtime calls already wait for room in the ledger buffer"))
                    }
                }
                switch outcome {
                case .failure(let error): continuation.resume(throwing: error)
                case .success(.admitted): continuation.resume()
                case .success(.watchdogNeeded): WaitQueue<Waiter>.watch { self.failOverdueWaiters() }
                case .success(.queued): break
                }
            }
        } onCancel: {
            state.withLock { $0.waiters.remove(id: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Fails the calls that waited past their deadline; returns when to look again.
    private func failOverdueWaiters() -> ContinuousClock.Instant? {
        let (overdue, next, timeout) = state.withLock { state in
            let (overdue, next) = state.waiters.removeOverdue()
            return (overdue, next, state.waiters.limits.timeout)
        }
        let error = Full(description: "waited \(timeout) for room in the ledger buffer")
        overdue.forEach { $0.continuation.resume(throwing: error) }
        return next
    }
}
