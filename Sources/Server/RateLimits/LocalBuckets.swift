import Foundation
import LocksmithHandlers
import LocksmithStorage

/// GCRA buckets in this process's memory, exact: the limiter of a single instance (SQLite), where this process sees
/// every request.
///
/// Memory is bounded: each policy keeps at most `capacity` subjects. A full bucket carries no information (a new one
/// is full too), so idle subjects are dropped first; if every subject is busy, the ones closest to full go, which
/// forgives them at most the tokens they still owed. An attacker rotating addresses or keys therefore cannot grow the
/// table, only churn it.
final class LocalBuckets: RateBuckets {
    /// Subjects kept per policy; about 100 bytes each.
    static let defaultCapacity = 20_000

    private let tables: [RateLimitPolicy: Locked<[String: [Int64]]>]
    private let capacity: Int
    private let clock: @Sendable () -> Int64

    init(capacity: Int = LocalBuckets.defaultCapacity, clock: @escaping @Sendable () -> Int64 = RateClock.microseconds) {
        tables = Dictionary(uniqueKeysWithValues: RateLimitPolicy.allCases.map { ($0, Locked([:])) })
        self.capacity = capacity
        self.clock = clock
    }

    func take(_ key: BucketKey, _ windows: [RateWindow]) async -> RateVerdict {
        decide(key, windows, taking: true)
    }

    func peek(_ key: BucketKey, _ windows: [RateWindow]) async -> RateVerdict {
        decide(key, windows, taking: false)
    }

    func charge(_ key: BucketKey, _ windows: [RateWindow]) async {
        let now = clock()
        update(key, windows, now: now) { tats in
            for (index, window) in windows.enumerated() { tats[index] = GCRA(window).charge(1, tat: tats[index], now: now) }
        }
    }

    /// The number of subjects a policy keeps now, for tests of the bound.
    func count(_ policy: RateLimitPolicy) -> Int {
        tables[policy]!.withLock { $0.count }
    }

    private func decide(_ key: BucketKey, _ windows: [RateWindow], taking: Bool) -> RateVerdict {
        let now = clock()
        return update(key, windows, now: now) { tats in
            let rules = windows.map(GCRA.init)
            var taken: [Int64] = []
            for (index, rule) in rules.enumerated() {
                guard let next = rule.take(1, tat: tats[index], now: now) else {
                    return RateVerdict.refused(rules, tats, now: now, window: index)
                }
                taken.append(next)
            }
            if taking { tats = taken }
            return RateVerdict.allowed(rules, tats, now: now)
        }
    }

    private func update<T>(_ key: BucketKey, _ windows: [RateWindow], now: Int64, _ body: (inout [Int64]) -> T) -> T {
        tables[key.policy]!.withLock { table in
            var tats = table[key.subject] ?? []
            // A new subject, or one whose windows changed (an account's plan did), starts full.
            if tats.count != windows.count { tats = Array(repeating: 0, count: windows.count) }
            let result = body(&tats)
            let isNew = table[key.subject] == nil
            // A full bucket is what a missing one stands for: nothing to keep.
            if isNew && !tats.contains(where: { $0 > now }) { return result }
            if isNew && table.count >= capacity { Self.evict(&table, keeping: capacity * 9 / 10, now: now) }
            table[key.subject] = tats
            return result
        }
    }

    /// Drops full buckets, then, if that is not enough, the ones closest to full.
    private static func evict(_ table: inout [String: [Int64]], keeping target: Int, now: Int64) {
        table = table.filter { $0.value.contains { $0 > now } }
        guard table.count > target else { return }
        let owed = table.map { ($0.key, $0.value.max() ?? 0) }.sorted { $0.1 < $1.1 }
        for (subject, _) in owed.prefix(table.count - target) { table[subject] = nil }
    }
}

extension RateVerdict {
    static func allowed(_ rules: [GCRA], _ tats: [Int64], now: Int64) -> RateVerdict {
        RateVerdict(allowed: true, windows: states(rules, tats, now: now))
    }

    static func refused(_ rules: [GCRA], _ tats: [Int64], now: Int64, window: Int) -> RateVerdict {
        RateVerdict(
            allowed: false, windows: states(rules, tats, now: now), refusingWindow: window,
            retryAfter: rules[window].wait(tat: tats[window], now: now))
    }

    private static func states(_ rules: [GCRA], _ tats: [Int64], now: Int64) -> [WindowState] {
        zip(rules, tats).map { rule, tat in
            WindowState(remaining: rule.remaining(tat: tat, now: now), reset: rule.nextToken(tat: tat, now: now))
        }
    }
}
