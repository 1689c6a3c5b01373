@testable import LocksmithStorage
import Testing

@Suite("Wait queue")
struct WaitQueueTests {
    private let start = ContinuousClock.now

    @Test
    func overdueWaitersLeaveFromTheFrontAndTheWatchdogLooksAgainAtTheNextDeadline() throws {
        var queue = WaitQueue<String>(limits: WaitLimits(timeout: .seconds(1)))
        #expect(try queue.append("first", id: queue.makeID(), now: start))
        #expect(try !queue.append("second", id: queue.makeID(), now: start + .milliseconds(500)))
        let (overdue, next) = queue.removeOverdue(now: start + .seconds(1))
        #expect(overdue == ["first"])
        #expect(next == start + .milliseconds(1500))
        #expect(queue.count == 1)
    }

    @Test
    func theWatchdogStopsWhenNobodyWaitsAndIsAskedForAgainByTheNextWaiter() throws {
        var queue = WaitQueue<String>(limits: WaitLimits(timeout: .seconds(1)))
        #expect(try queue.append("served", id: queue.makeID(), now: start))
        #expect(queue.removeFirst() == "served")
        // The watchdog wakes at the served waiter's deadline and finds nobody.
        let (overdue, next) = queue.removeOverdue(now: start + .seconds(1))
        #expect(overdue.isEmpty && next == nil)
        #expect(try queue.append("later", id: queue.makeID(), now: start + .seconds(2)))
    }

    @Test
    func aWaiterServedBeforeItsDeadlineIsNotFailedByIt() throws {
        var queue = WaitQueue<String>(limits: WaitLimits(timeout: .seconds(1)))
        #expect(try queue.append("served", id: queue.makeID(), now: start))
        #expect(queue.removeFirst() == "served")
        #expect(try !queue.append("queued later", id: queue.makeID(), now: start + .milliseconds(700)))
        // Woken at the first deadline, the watchdog leaves the second waiter its full time.
        let (overdue, next) = queue.removeOverdue(now: start + .seconds(1))
        #expect(overdue.isEmpty)
        #expect(next == start + .milliseconds(1700))
    }

    @Test
    func aFullQueueRefusesWithOverloaded() throws {
        var queue = WaitQueue<String>(limits: WaitLimits(timeout: .seconds(1), maxWaiters: 1))
        _ = try queue.append("waiting", id: queue.makeID(), now: start)
        #expect(throws: StorageError.self) { try queue.append("one too many", id: queue.makeID(), now: start) }
        #expect(queue.count == 1)
        var never = WaitQueue<String>(limits: WaitLimits(timeout: .seconds(1), maxWaiters: 0))
        let error = #expect(throws: StorageError.self) { try never.append("anyone", id: never.makeID(), now: start) }
        #expect(error?.kind == .overloaded)
    }

    @Test
    func waitersLeaveByIDInAnyOrder() throws {
        var queue = WaitQueue<String>(limits: WaitLimits())
        let first = queue.makeID()
        _ = try queue.append("first", id: first, now: start)
        let second = queue.makeID()
        _ = try queue.append("second", id: second, now: start)
        #expect(queue.remove(id: second) == "second")
        #expect(queue.remove(id: second) == nil)
        #expect(queue.removeAll() == ["first"])
        #expect(queue.count == 0)
    }
}
