import Foundation
import LocksmithCrypto
import LocksmithHandlers
import LocksmithStorage
import Logging

/// Token buckets that every instance sharing a PostgreSQL database draws on together (`rate_limit_buckets`), so that a
/// limit holds for the deployment, not per instance.
///
/// The shared row is the truth (a GCRA `tat` per bucket window). Each instance leases tokens from it in allotments and
/// spends them in memory, so a request almost never waits for the database:
///
/// - A sync carries, in one transaction, every bucket's business since the last one: tokens spent without an allotment
///   (charged failures, a new bucket's first requests), allotments wanted, and allotments that lapsed (given back). It
///   runs when a request waits for it, or when something is pending, at most every `interval`.
/// - A request takes a token from its instance's allotment. A bucket that this instance has not synced, or that was full
///   by what it last learnt, admits `firstTouchAllowance` requests and reports them afterwards, so a client that calls
///   once an hour never waits. A bucket the last sync found empty is refused here, without the database, until it
///   should have refilled. Otherwise the request waits for the next sync.
/// - An allotment is sized by the bucket's recent demand, at most a quarter of its burst and half of what the shared
///   bucket still holds (so instances share a bucket that runs out), and lapses after `allotmentLifetime`.
///
/// Accuracy: tokens are debited from the shared row before they are spent, except those first `firstTouchAllowance`
/// requests on each instance, which are debited afterwards, and only while the bucket looks full: so N instances admit at
/// most `firstTouchAllowance × N` more than one exact bucket would each time the bucket has been full, and fewer by at
/// most the allotments other instances hold at that moment (returned within `allotmentLifetime`). When the database cannot be reached, requests are admitted (failing open; they need the
/// database anyway) and charged once it answers again.
final class SharedBuckets: RateBuckets {
    static let firstTouchAllowance = 2
    static let allotmentLifetime: Int64 = 1_000_000

    private struct Entry {
        var windows: [RateWindow]
        var names: [String]
        var credit: [Int64]
        var debt: [Int64]
        /// Debts handed to a sync that has not answered yet: still owed, as far as this instance can tell.
        var syncing: [Int64]
        /// The shared `tat` of each window, as the last sync left it.
        var shared: [Int64]
        var synced = false
        var optimistic = 0
        /// Requests since the last sync, which size the next allotment.
        var demand: Int64 = 0
        var wantsAllotment = false
        var creditLapsesAt: Int64 = 0

        init(_ key: BucketKey, _ windows: [RateWindow]) {
            self.windows = windows
            names = windows.enumerated().map { index, window in
                let text = "\(key.policy.rawValue)|\(key.subject)|\(index)|\(window.quota)/\(window.seconds)/\(window.burst)"
                return Base64URL.encode(Digest.sha256(Array(text.utf8)).prefix(16))
            }
            credit = Array(repeating: 0, count: windows.count)
            debt = credit
            syncing = credit
            shared = credit
        }

        var isIdle: Bool { !debt.contains { $0 > 0 } && !syncing.contains { $0 > 0 } && !credit.contains { $0 > 0 } }

        /// The shared `tat` of window `index` once everything this instance owes it is paid.
        func owed(_ index: Int, _ rule: GCRA, now: Int64) -> Int64 {
            rule.charge(debt[index] + syncing[index], tat: shared[index], now: now)
        }
    }

    private enum Attempt {
        case decided(RateVerdict)
        case waitForSync
    }

    private let tables: [RateLimitPolicy: Locked<[String: Entry]>]
    /// Buckets with something for the next sync.
    private let pending = Locked<Set<BucketKey>>([])
    private let syncs: SyncSchedule
    private let database: any Database
    private let capacity: Int
    private let clock: @Sendable () -> Int64
    private let logger: Logger

    init(
        database: any Database, capacity: Int = LocalBuckets.defaultCapacity, interval: Duration = .milliseconds(50),
        clock: @escaping @Sendable () -> Int64 = RateClock.microseconds, logger: Logger
    ) {
        tables = Dictionary(uniqueKeysWithValues: RateLimitPolicy.allCases.map { ($0, Locked([:])) })
        self.database = database
        self.capacity = capacity
        self.clock = clock
        self.logger = logger
        syncs = SyncSchedule(interval: interval)
    }

    /// Syncs a request may wait for while the shared bucket seems to hold tokens that other requests (here or on other
    /// instances) keep getting first; then it is refused.
    static let maximumWaits = 4

    func take(_ key: BucketKey, _ windows: [RateWindow]) async -> RateVerdict {
        var failingOpen = false
        for _ in 0..<Self.maximumWaits {
            if case .decided(let verdict) = attempt(key, windows, mayWait: true, failingOpen: failingOpen) { return verdict }
            failingOpen = !(await syncs.next())
        }
        guard case .decided(let verdict) = attempt(key, windows, mayWait: false, failingOpen: failingOpen) else { preconditionFailure() }
        return verdict
    }

    func peek(_ key: BucketKey, _ windows: [RateWindow]) async -> RateVerdict {
        let now = clock()
        return tables[key.policy]!.withLock { table in
            guard let entry = table[key.subject], entry.windows == windows else {
                return RateVerdict(allowed: true, windows: windows.map { .init(remaining: Int64($0.burst), reset: 0) })
            }
            let rules = windows.map(GCRA.init)
            for index in windows.indices where entry.credit[index] < 1 {
                if rules[index].take(1, tat: entry.owed(index, rules[index], now: now), now: now) == nil {
                    return Self.refused(entry, rules, index, now)
                }
            }
            return Self.allowed(entry, rules, now)
        }
    }

    func charge(_ key: BucketKey, _ windows: [RateWindow]) async {
        update(key, windows) { entry, _ in
            for index in windows.indices {
                if entry.credit[index] >= 1 { entry.credit[index] -= 1 } else { entry.debt[index] += 1 }
            }
        }
    }

    private func attempt(_ key: BucketKey, _ windows: [RateWindow], mayWait: Bool, failingOpen: Bool = false) -> Attempt {
        update(key, windows) { entry, now in
            let rules = windows.map(GCRA.init)
            entry.demand += 1
            if entry.credit.allSatisfy({ $0 >= 1 }) {
                for index in windows.indices { entry.credit[index] -= 1 }
                // Ask for more while there is still some: a busy bucket then rarely runs dry between syncs.
                if entry.credit.contains(where: { $0 < entry.demand }) { entry.wantsAllotment = true }
                return .decided(Self.allowed(entry, rules, now))
            }
            // As this instance last saw it the shared bucket is full (or unknown): its first requests need not wait.
            let seemsFull = !entry.synced || entry.shared.allSatisfy { $0 <= now }
            if failingOpen || (seemsFull && entry.optimistic < min(Self.firstTouchAllowance, windows[0].burst)) {
                if !failingOpen { entry.optimistic += 1 }
                for index in windows.indices {
                    if entry.credit[index] >= 1 { entry.credit[index] -= 1 } else { entry.debt[index] += 1 }
                }
                return .decided(Self.allowed(entry, rules, now))
            }
            entry.wantsAllotment = true
            if entry.synced {
                for index in windows.indices where entry.credit[index] < 1 {
                    if rules[index].take(1, tat: entry.owed(index, rules[index], now: now), now: now) == nil {
                        return .decided(Self.refused(entry, rules, index, now))
                    }
                }
            }
            guard mayWait else {
                let index = entry.credit.firstIndex { $0 < 1 } ?? 0
                return .decided(Self.refused(entry, rules, index, now))
            }
            return .waitForSync
        }
    }

    /// Runs `body` on the subject's entry (a new one, or a fresh one when the policy's windows changed) and queues the
    /// entry for the next sync when it has business there.
    private func update<T>(_ key: BucketKey, _ windows: [RateWindow], _ body: (inout Entry, Int64) -> T) -> T {
        let now = clock()
        let (result, needsSync) = tables[key.policy]!.withLock { table in
            var entry = table[key.subject].flatMap { $0.windows == windows ? $0 : nil } ?? Entry(key, windows)
            let result = body(&entry, now)
            if table[key.subject] == nil && table.count >= capacity { Self.evict(&table, keeping: capacity * 9 / 10, now: now) }
            table[key.subject] = entry
            return (result, entry.wantsAllotment || entry.debt.contains { $0 > 0 })
        }
        if needsSync {
            pending.withLock { _ = $0.insert(key) }
            syncs.requested()
        }
        return result
    }

    /// Drops idle entries whose shared bucket was full at the last sync, then, if that is not enough, idle ones closest
    /// to full. Entries owing a sync are kept: their debts must reach the database.
    private static func evict(_ table: inout [String: Entry], keeping target: Int, now: Int64) {
        table = table.filter { !$0.value.isIdle || $0.value.shared.contains { $0 > now } || $0.value.wantsAllotment }
        guard table.count > target else { return }
        let idle = table.filter { $0.value.isIdle && !$0.value.wantsAllotment }.map { ($0.key, $0.value.shared.max() ?? 0) }.sorted { $0.1 < $1.1 }
        for (subject, _) in idle.prefix(table.count - target) { table[subject] = nil }
    }

    private static func allowed(_ entry: Entry, _ rules: [GCRA], _ now: Int64) -> RateVerdict {
        RateVerdict(allowed: true, windows: states(entry, rules, now))
    }

    /// A refusal by window `index`: `Retry-After` is when the shared bucket, as this instance knows it, holds a token
    /// again (a whole interval when it seemed to hold one, but the sync found none), and the window's reset says the same.
    private static func refused(_ entry: Entry, _ rules: [GCRA], _ index: Int, _ now: Int64) -> RateVerdict {
        let wait = rules[index].wait(tat: entry.owed(index, rules[index], now: now), now: now)
        let retry = wait > 0 ? wait : rules[index].interval
        var windows = states(entry, rules, now)
        windows[index].reset = retry
        return RateVerdict(allowed: false, windows: windows, refusingWindow: index, retryAfter: retry)
    }

    /// What this instance knows: its allotment, and what the shared bucket held at the last sync (full, before the
    /// first), refilled since and less what this instance owes it.
    private static func states(_ entry: Entry, _ rules: [GCRA], _ now: Int64) -> [RateVerdict.WindowState] {
        rules.indices.map { index in
            let owed = entry.owed(index, rules[index], now: now)
            return .init(remaining: entry.credit[index] + rules[index].remaining(tat: owed, now: now), reset: rules[index].nextToken(tat: owed, now: now))
        }
    }

    // MARK: Syncing

    /// Runs syncs until the task is cancelled: when a request waits for one, or when business is pending, at most every
    /// `interval`; allotments lapse on the same beat.
    func runSyncs() async {
        while !Task.isCancelled {
            await syncs.waitForWork()
            let succeeded = await sync()
            syncs.finished(succeeded: succeeded)
        }
        syncs.finished(succeeded: false)
    }

    /// One sync; false when the database could not be reached (everything stays pending).
    func sync() async -> Bool {
        let now = clock()
        var keys = pending.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
        keys.formUnion(lapsing(at: now))
        guard !keys.isEmpty else { return true }
        var changes: [RateBucketStore.Change] = []
        var owners: [String: (key: BucketKey, index: Int)] = [:]
        for key in keys {
            tables[key.policy]!.withLock { table in
                guard var entry = table[key.subject] else { return }
                let lapsed = entry.creditLapsesAt <= now
                for (index, window) in entry.windows.enumerated() {
                    let wanted = entry.wantsAllotment ? min(max(1, Int64(window.burst) / 4), max(1, 2 * entry.demand)) : 0
                    let change = RateBucketStore.Change(
                        bucket: entry.names[index], interval: window.interval, tolerance: window.tolerance,
                        returned: lapsed ? entry.credit[index] : 0, charged: entry.debt[index], wanted: wanted)
                    guard change.returned > 0 || change.charged > 0 || change.wanted > 0 else { continue }
                    changes.append(change)
                    owners[change.bucket] = (key, index)
                    // Handed to the database now: owed until it answers, and owed again if the sync fails.
                    entry.credit[index] -= change.returned
                    entry.debt[index] -= change.charged
                    entry.syncing[index] += change.charged
                }
                entry.wantsAllotment = false
                entry.demand = 0
                table[key.subject] = entry
            }
        }
        guard !changes.isEmpty else { return true }
        do {
            let outcomes = try await database.write { [changes] connection in try RateBucketStore.apply(changes, now: now, on: connection) }
            for change in changes {
                guard let (key, index) = owners[change.bucket], let outcome = outcomes[change.bucket] else { continue }
                tables[key.policy]!.withLock { table in
                    guard var entry = table[key.subject], entry.names.indices.contains(index), entry.names[index] == change.bucket else { return }
                    entry.credit[index] += outcome.granted
                    entry.syncing[index] -= change.charged
                    entry.shared[index] = outcome.tat
                    entry.synced = true
                    entry.optimistic = 0
                    if outcome.granted > 0 { entry.creditLapsesAt = now + Self.allotmentLifetime }
                    table[key.subject] = entry
                }
            }
            return true
        } catch {
            logger.warning("rate limits: could not sync the shared buckets; admitting meanwhile", metadata: ["error": "\(error)"])
            for change in changes {
                guard let (key, index) = owners[change.bucket] else { continue }
                tables[key.policy]!.withLock { table in
                    guard var entry = table[key.subject], entry.names.indices.contains(index), entry.names[index] == change.bucket else { return }
                    entry.credit[index] += change.returned
                    entry.syncing[index] -= change.charged
                    entry.debt[index] += change.charged
                    table[key.subject] = entry
                }
            }
            pending.withLock { $0.formUnion(owners.values.map(\.key)) }
            return false
        }
    }

    /// Entries whose allotment lapsed with tokens left, to give them back.
    private func lapsing(at now: Int64) -> Set<BucketKey> {
        var keys: Set<BucketKey> = []
        for (policy, table) in tables {
            table.withLock { table in
                for (subject, entry) in table where entry.creditLapsesAt <= now && entry.credit.contains(where: { $0 > 0 }) {
                    keys.insert(BucketKey(policy: policy, subject: subject))
                }
            }
        }
        return keys
    }

    /// Deletes the rows of buckets full for a minute, every minute (any instance may; all do).
    func runPruning() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(60))
            do {
                let before = clock() - 60_000_000
                _ = try await database.write { try RateBucketStore.prune(before: before, on: $0) }
            } catch {
                logger.warning("rate limits: could not prune the shared buckets", metadata: ["error": "\(error)"])
            }
        }
    }
}
