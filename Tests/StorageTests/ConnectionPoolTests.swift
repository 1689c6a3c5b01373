@testable import LocksmithStorage
import Testing

/// A connection that only records what the pool does with it.
final class FakeConnection: PooledConnection, @unchecked Sendable {
    let id: Int
    var isBroken = false
    var alive = true
    private(set) var closed = false

    init(id: Int) {
        self.id = id
    }

    func isAlive() -> Bool { alive }
    func close() { closed = true }
}

/// Counts connections made, and fails on demand.
final class FakeConnector: @unchecked Sendable {
    private let state = Locked((made: 0, failing: false))

    var made: Int { state.withLock { $0.made } }
    func setFailing(_ failing: Bool) { state.withLock { $0.failing = failing } }

    func connect() throws -> FakeConnection {
        try state.withLock { state in
            if state.failing { throw StorageError(.connectionFailed, "refused") }
            state.made += 1
            return FakeConnection(id: state.made)
        }
    }
}

extension WaitLimits {
    /// Limits a test that is not about them never reaches, however loaded the machine.
    static let patient = WaitLimits(timeout: .seconds(3600))
}

@Suite("Connection pool")
struct ConnectionPoolTests {
    @Test
    func opensLazilyAndReusesIdleConnections() async throws {
        let connector = FakeConnector()
        let pool = ConnectionPool(maximum: 3) { try connector.connect() }
        #expect(pool.statistics == PoolStatistics())
        let first = try await pool.acquire()
        #expect(pool.statistics == PoolStatistics(open: 1, inUse: 1, idle: 0, waiting: 0))
        pool.release(first)
        #expect(pool.statistics == PoolStatistics(open: 1, inUse: 0, idle: 1, waiting: 0))
        let again = try await pool.acquire()
        #expect(again === first)
        #expect(connector.made == 1)
        pool.release(again)
        await pool.close()
        #expect(first.closed)
    }

    @Test
    func waitersAreServedInFIFOOrder() async throws {
        let connector = FakeConnector()
        let pool = ConnectionPool(maximum: 1, waitLimits: .patient) { try connector.connect() }
        let held = try await pool.acquire()
        let order = Locked<[Int]>([])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for waiter in 0..<5 {
                group.addTask {
                    let connection = try await pool.acquire()
                    order.withLock { $0.append(waiter) }
                    pool.release(connection)
                }
                // Queue them one after another.
                try await eventually { pool.statistics.waiting == waiter + 1 }
            }
            #expect(pool.statistics.waiting == 5)
            pool.release(held)
            try await group.waitForAll()
        }
        #expect(order.withLock { $0 } == [0, 1, 2, 3, 4])
        #expect(connector.made == 1)
        #expect(pool.statistics == PoolStatistics(open: 1, inUse: 0, idle: 1, waiting: 0))
    }

    @Test
    func brokenConnectionsAreDroppedAndTheirSlotHandedToAWaiter() async throws {
        let connector = FakeConnector()
        let pool = ConnectionPool(maximum: 1, waitLimits: .patient) { try connector.connect() }
        let held = try await pool.acquire()
        let waiter = Task { try await pool.acquire() }
        try await eventually { pool.statistics.waiting == 1 }
        held.isBroken = true
        pool.release(held)
        let replacement = try await waiter.value
        #expect(held.closed)
        #expect(replacement !== held)
        #expect(connector.made == 2)
        #expect(pool.statistics == PoolStatistics(open: 1, inUse: 1, idle: 0, waiting: 0))
        pool.release(replacement)
    }

    @Test
    func deadIdleConnectionsAreReplacedOnAcquire() async throws {
        let connector = FakeConnector()
        let pool = ConnectionPool(maximum: 2) { try connector.connect() }
        let connection = try await pool.acquire()
        pool.release(connection)
        connection.alive = false
        let fresh = try await pool.acquire()
        #expect(fresh !== connection)
        #expect(connection.closed)
        #expect(pool.statistics.open == 1)
        pool.release(fresh)
    }

    @Test
    func failedOpeningFreesTheSlotForTheNextWaiter() async throws {
        let connector = FakeConnector()
        let pool = ConnectionPool(maximum: 1, waitLimits: .patient) { try connector.connect() }
        connector.setFailing(true)
        await #expect(throws: StorageError.self) { try await pool.acquire() }
        #expect(pool.statistics == PoolStatistics())
        connector.setFailing(false)
        let connection = try await pool.acquire()
        #expect(pool.statistics.open == 1)
        pool.release(connection)
    }

    @Test
    func cancelledWaitersLeaveTheQueue() async throws {
        let pool = ConnectionPool(maximum: 1, waitLimits: .patient) { FakeConnection(id: 0) }
        let held = try await pool.acquire()
        let waiter = Task { try await pool.acquire() }
        try await eventually { pool.statistics.waiting == 1 }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(pool.statistics.waiting == 0)
        pool.release(held)
        #expect(pool.statistics == PoolStatistics(open: 1, inUse: 0, idle: 1, waiting: 0))
    }

    @Test
    func waitersGiveUpAfterTheTimeoutWithOverloaded() async throws {
        let pool = ConnectionPool(maximum: 1, waitLimits: WaitLimits(timeout: .milliseconds(100))) { FakeConnection(id: 0) }
        let held = try await pool.acquire()
        // Twice: the watchdog stops when nobody is left waiting, and must start again for the next waiter.
        for _ in 1...2 {
            let start = ContinuousClock.now
            let error = await storageError { try await pool.acquire() }
            #expect(error?.kind == .overloaded)
            #expect(ContinuousClock.now - start >= .milliseconds(100))
            #expect(pool.statistics == PoolStatistics(open: 1, inUse: 1, idle: 0, waiting: 0))
        }
        pool.release(held)
        let again = try await pool.acquire()
        #expect(again === held)
        pool.release(again)
    }

    @Test
    func theWaiterQueueIsBounded() async throws {
        let pool = ConnectionPool(maximum: 1, waitLimits: WaitLimits(timeout: .seconds(3600), maxWaiters: 2)) { FakeConnection(id: 0) }
        let held = try await pool.acquire()
        let waiters = (0..<2).map { _ in Task { try await pool.acquire() } }
        try await eventually { pool.statistics.waiting == 2 }
        // The third is refused at once rather than queued.
        let error = await storageError { try await pool.acquire() }
        #expect(error?.kind == .overloaded)
        #expect(pool.statistics.waiting == 2)
        pool.release(held)
        for waiter in waiters {
            pool.release(try await waiter.value)
        }
        #expect(pool.statistics == PoolStatistics(open: 1, inUse: 0, idle: 1, waiting: 0))
    }

    @Test
    func closeFailsWaitersAndWaitsForConnectionsInUse() async throws {
        let pool = ConnectionPool(maximum: 1, waitLimits: .patient) { FakeConnection(id: 0) }
        let held = try await pool.acquire()
        let waiter = Task { try await pool.acquire() }
        try await eventually { pool.statistics.waiting == 1 }
        let closing = Task { await pool.close() }
        await #expect(throws: StorageError.self) { try await waiter.value }
        #expect(!held.closed)
        pool.release(held)
        await closing.value
        #expect(held.closed)
        #expect(pool.statistics == PoolStatistics())
        await #expect(throws: StorageError.self) { try await pool.acquire() }
    }
}
