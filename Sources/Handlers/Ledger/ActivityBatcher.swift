import Foundation
import LocksmithAPI
public import LocksmithStorage

/// Writes the ledger rows of runtime decisions that change nothing (validate, check, heartbeat, and refusals) in
/// batches, with the device "last seen" updates they carry: one transaction per account every flush instead of one
/// per request, so that validation stays a read.
///
/// The server flushes every 250 ms and once more when it stops; a process killed outright loses at most the rows of
/// the last interval, never a change (changes write their rows in their own transactions). While the database cannot
/// take them, rows wait, up to `capacity`; beyond it the oldest are dropped and counted.
public final class ActivityBatcher: Sendable {
    struct Touch: Sendable {
        var deviceID: String
        var validated: Bool
        var ipAddress: String?
        var date: Date
    }

    private struct Pending {
        var activities: [Activity] = []
        /// By device: only the latest touch of a device matters.
        var touches: [String: Touch] = [:]
    }

    public let capacity: Int
    private let pending = Locked<[String: Pending]>([:])
    private let dropped = Locked<Int>(0)
    /// The latest flush: each flush starts after the one before it has finished, so a caller that flushes knows every
    /// row recorded before its call is written when it returns, even while the background flush is mid-write.
    private let lastFlush = Locked<Task<Int, any Error>?>(nil)

    public init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    func record(_ activity: Activity, touching touch: Touch? = nil, account: String) {
        let overflow = pending.withLock { pending -> Bool in
            // Mutated in place: taking the batch out of the dictionary and putting it back would copy its rows on
            // every call.
            pending[account, default: Pending()].activities.append(activity)
            if let touch { pending[account, default: Pending()].touches[touch.deviceID] = touch }
            guard pending[account, default: Pending()].activities.count > capacity else { return false }
            pending[account, default: Pending()].activities.removeFirst()
            return true
        }
        if overflow { dropped.withLock { $0 += 1 } }
    }

    /// Rows dropped because the buffer was full (the database could not take them for a long time).
    public var droppedCount: Int { dropped.withLock { $0 } }

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
        let batches = pending.withLock { pending in
            defer { pending = [:] }
            return pending
        }
        var written = 0
        var failure: (any Error)?
        for (account, batch) in batches {
            do {
                try await database.write(account: account) { connection in
                    try ActivityLedger.append(contentsOf: batch.activities, on: connection)
                    for touch in batch.touches.values {
                        try DeviceStore.touch(id: touch.deviceID, validated: touch.validated, ipAddress: touch.ipAddress, at: touch.date, on: connection)
                    }
                }
                written += batch.activities.count
            } catch {
                pending.withLock { pending in
                    var merged = batch
                    if let newer = pending[account] {
                        merged.activities += newer.activities
                        merged.touches.merge(newer.touches) { _, newer in newer }
                    }
                    pending[account] = merged
                }
                failure = error
            }
        }
        if let failure { throw failure }
        return written
    }
}
