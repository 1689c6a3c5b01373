/// Callers waiting their turn, first come first served, bounded in number and in time by `WaitLimits`.
///
/// A value kept inside its owner's locked state, so that queueing, handing over and giving up are atomic with
/// the rest of that state. Waiters past their deadline are failed by a watchdog task the owner starts when
/// `append` asks it to: it sleeps until the oldest deadline, removes what is overdue, and stops once nobody waits.
/// Deadlines grow in queue order, so the watchdog only ever looks at the front, and wakes about once per timeout
/// however many wait; nothing on the path of a caller that does not wait.
public struct WaitQueue<Element> {
    private struct Entry {
        var id: UInt64
        var deadline: ContinuousClock.Instant
        var element: Element
    }

    public let limits: WaitLimits
    private var entries: [Entry] = []
    private var nextID: UInt64 = 0
    private var isWatched = false

    public init(limits: WaitLimits) {
        self.limits = limits
    }

    public var count: Int { entries.count }

    /// An id for a waiter about to be queued, so that it can be removed (on cancellation) before it is.
    public mutating func makeID() -> UInt64 {
        defer { nextID &+= 1 }
        return nextID
    }

    /// Queues `element`, or throws `.overloaded` when `limits.maxWaiters` already wait. Returns true when the owner
    /// must start a watchdog (see `watch`).
    public mutating func append(_ element: Element, id: UInt64, now: ContinuousClock.Instant = .now) throws(StorageError) -> Bool {
        guard entries.count < limits.maxWaiters else {
            throw StorageError(.overloaded, "\(limits.maxWaiters) callers are already waiting for the database")
        }
        entries.append(Entry(id: id, deadline: now + limits.timeout, element: element))
        defer { isWatched = true }
        return !isWatched
    }

    public mutating func removeFirst() -> Element? {
        entries.isEmpty ? nil : entries.removeFirst().element
    }

    public mutating func remove(id: UInt64) -> Element? {
        guard let index = entries.firstIndex(where: { $0.id == id }) else { return nil }
        return entries.remove(at: index).element
    }

    public mutating func removeAll() -> [Element] {
        defer { entries.removeAll() }
        return entries.map(\.element)
    }

    /// Removes the waiters whose deadline has passed; returns them, and when to look again (nil when nobody
    /// waits: the watchdog then stops, and the next `append` asks for a new one).
    public mutating func removeOverdue(now: ContinuousClock.Instant = .now) -> (overdue: [Element], next: ContinuousClock.Instant?) {
        let overdueCount = entries.prefix { $0.deadline <= now }.count
        let overdue = entries.prefix(overdueCount).map(\.element)
        entries.removeFirst(overdueCount)
        guard let next = entries.first?.deadline else {
            isWatched = false
            return (overdue, nil)
        }
        return (overdue, next)
    }

    /// The error an overdue waiter fails with.
    public var timeoutError: StorageError {
        StorageError(.overloaded, "waited \(limits.timeout) for the database without getting a turn")
    }

    /// Runs the watchdog: `expire` fails the overdue waiters (with `removeOverdue`) and returns its `next`.
    public static func watch(_ expire: @escaping @Sendable () -> ContinuousClock.Instant?) {
        Task {
            while let next = expire() {
                try? await Task.sleep(until: next, clock: .continuous)
            }
        }
    }
}
