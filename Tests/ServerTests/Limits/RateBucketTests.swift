import Foundation
import LocksmithHandlers
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The buckets under the limiter, on a clock the test moves: GCRA's arithmetic, bursts and windows, the bound on
/// memory, and the shared buckets of several instances over one PostgreSQL database.
@Suite struct RateBucketTests {
    /// Microseconds since 1970, moved by hand.
    final class ManualClock: Sendable {
        private let now = Locked<Int64>(1_800_000_000_000_000)
        func read() -> Int64 { now.withLock { $0 } }
        func advance(_ microseconds: Int64) { now.withLock { $0 += microseconds } }
    }

    static let key = BucketKey(policy: .runtimeKey, subject: "lic_1")

    @Test func aPolicyOfAHundredAMinuteRefusesTheHundredAndFirstAndAdmitsOneMoreEverySixHundredMilliseconds() async throws {
        let clock = ManualClock()
        let buckets = LocalBuckets(clock: clock.read)
        let windows = try RateWindowSpec.parse("100/m")
        for index in 0..<100 {
            let verdict = await buckets.take(Self.key, windows)
            #expect(verdict.allowed && verdict.windows[0].remaining == Int64(99 - index))
        }
        let refused = await buckets.take(Self.key, windows)
        #expect(!refused.allowed && refused.retryAfter == 600_000 && refused.windows[0].remaining == 0 && refused.windows[0].reset == 600_000)
        clock.advance(599_999)
        #expect(!(await buckets.take(Self.key, windows)).allowed)
        clock.advance(1)
        #expect(await buckets.take(Self.key, windows).allowed)
        #expect(!(await buckets.take(Self.key, windows)).allowed)
        clock.advance(60_000_000)
        #expect((await buckets.peek(Self.key, windows)).windows[0].remaining == 100)
    }

    @Test func aBurstComesAtOnceAndTheRestAtTheSustainedRate() async throws {
        let clock = ManualClock()
        let buckets = LocalBuckets(clock: clock.read)
        let windows = try RateWindowSpec.parse("600/m,burst=20")
        var admitted = 0
        for _ in 0..<100 where await buckets.take(Self.key, windows).allowed { admitted += 1 }
        #expect(admitted == 20)
        // 10 a second afterwards: in the next 60 s, 600 in all.
        admitted = 0
        for _ in 0..<6000 {
            clock.advance(10_000)
            if await buckets.take(Self.key, windows).allowed { admitted += 1 }
        }
        #expect(admitted == 600)
    }

    @Test func everyWindowOfAPolicyHolds() async throws {
        let clock = ManualClock()
        let buckets = LocalBuckets(clock: clock.read)
        // LicenseChain's published figures: 10 a second, 100 a minute, 1 000 an hour.
        let windows = try RateWindowSpec.parse("10/s,100/m,1000/h")
        var admitted = 0
        for _ in 0..<20 where await buckets.take(Self.key, windows).allowed { admitted += 1 }
        #expect(admitted == 10)
        for _ in 0..<600 {
            clock.advance(100_000)
            if await buckets.take(Self.key, windows).allowed { admitted += 1 }
        }
        // A minute at 10 a second would be 600; the minute's window holds it to its 100 and what it refilled meanwhile.
        #expect(admitted <= 100 + 100 && admitted > 100)
        let refused = await buckets.take(Self.key, windows)
        #expect(!refused.allowed && refused.refusingWindow == 1)
    }

    @Test func chargesCountWhetherOrNotTheBucketHoldsATokenAndPeekingTakesNothing() async throws {
        let clock = ManualClock()
        let buckets = LocalBuckets(clock: clock.read)
        let windows = try RateWindowSpec.parse("3/m")
        let key = BucketKey(policy: .failedKeys, subject: "192.0.2.1")
        for _ in 0..<5 { #expect(await buckets.peek(key, windows).allowed) }
        for _ in 0..<4 { await buckets.charge(key, windows) }
        let verdict = await buckets.peek(key, windows)
        // Four charged against three: a debt of one, paid off 20 s from now, then a token 20 s later.
        #expect(!verdict.allowed && verdict.retryAfter == 40_000_000 && verdict.windows[0].reset == 40_000_000)
    }

    @Test func memoryStaysBoundedWhateverTheSubjectsAndBusySubjectsOutliveIdleOnes() async throws {
        let clock = ManualClock()
        let buckets = LocalBuckets(capacity: 100, clock: clock.read)
        let windows = try RateWindowSpec.parse("2/h")
        let busy = BucketKey(policy: .anonymous, subject: "198.51.100.1")
        _ = await buckets.take(busy, windows)
        _ = await buckets.take(busy, windows)
        for index in 0..<10_000 {
            // Addresses of an attacker rotating through them, each seen once: every bucket is one token short.
            _ = await buckets.take(BucketKey(policy: .anonymous, subject: "10.0.\(index / 256).\(index % 256)"), windows)
            #expect(buckets.count(.anonymous) <= 100)
        }
        #expect(!(await buckets.take(busy, windows)).allowed)
        // Peeking at subjects never seen stores nothing.
        for index in 0..<1000 { _ = await buckets.peek(BucketKey(policy: .failedKeys, subject: "203.0.113.\(index)"), windows) }
        #expect(buckets.count(.failedKeys) == 0)
    }

    @Test func theRateLimitFieldsFollowTheDraftsStructuredFieldSyntax() throws {
        let report = RateLimitReport()
        let address = try RateWindowSpec.parse("6000/m,burst=100")
        let key = try RateWindowSpec.parse("10/s,1000/h")
        report.record(.runtimeAddress, address, RateVerdict(allowed: true, windows: [.init(remaining: 99, reset: 10_000)]))
        report.record(.runtimeKey, key, RateVerdict(allowed: true, windows: [.init(remaining: 9, reset: 100_000), .init(remaining: 999, reset: 3_600_000)]))
        report.record(.runtimeAddress, address, RateVerdict(allowed: true, windows: [.init(remaining: 98, reset: 20_000)]))
        let fields = try #require(report.fields)
        #expect(fields.policy == #""runtime-address";q=6000;w=60;locksmith-burst=100, "runtime-key-1s";q=10;w=1, "runtime-key-3600s";q=1000;w=3600"#)
        #expect(fields.limit == #""runtime-address";r=98;t=1, "runtime-key-1s";r=9;t=1, "runtime-key-3600s";r=999;t=4"#)
        #expect(RateLimitReport().fields == nil)
    }

    @Test func policiesAreWrittenAsQuotasPerPeriodWithABurst() throws {
        #expect(try RateWindowSpec.parse("600/m,burst=20") == [RateWindow(quota: 600, seconds: 60, burst: 20)])
        #expect(try RateWindowSpec.parse(" 1000/h, 10/s ,100/10m") == [
            RateWindow(quota: 10, seconds: 1), RateWindow(quota: 100, seconds: 600), RateWindow(quota: 1000, seconds: 3600)])
        #expect(try RateWindowSpec.parse("0").isEmpty && RateWindowSpec.parse("off").isEmpty)
        for text in ["600/m,burst=20", "10/s,100/m,1000/h", "5/2h", "7/d", "3/30s,burst=1"] {
            #expect(RateWindowSpec.format(try RateWindowSpec.parse(text)) == text)
        }
        for bad in ["", "600", "600/x", "0/m", "600/m,burst=0", "1/s,2/s", "burst=5", "1/s,2/m,3/h,4/d,5/2d", "1/7d,burst=1000000000", "-1/m"] {
            #expect(throws: RateWindowSpecError.self, "\(bad)") { try RateWindowSpec.parse(bad) }
        }
    }

    @Test func anIPv6ClientCountsByItsSlash64() {
        #expect(IPAddress.rateLimitSubject("2001:db8:1:2:aaaa::1") == "2001:db8:1:2::/64")
        #expect(IPAddress.rateLimitSubject("2001:db8:1:2:bbbb::9") == "2001:db8:1:2::/64")
        #expect(IPAddress.rateLimitSubject("::ffff:192.0.2.7") == "192.0.2.7")
        #expect(IPAddress.rateLimitSubject("192.0.2.7") == "192.0.2.7")
    }

    // MARK: Shared buckets

    /// Two instances drawing on one PostgreSQL bucket of 100 an hour: together they admit the 100 and, after the first
    /// requests each admits before it has synced, not one more.
    @Test(.enabled(if: TestBackend.available.contains(.postgres)))
    func twoInstancesSharingABucketAdmitItsQuotaAndNoMore() async throws {
        let server = try await TestServer.start(.postgres)
        let clock = ManualClock()
        let instances = [0, 1].map { _ in SharedBuckets(database: server.services.database, clock: clock.read, logger: TestServer.logger) }
        let syncs = instances.map { instance in Task { await instance.runSyncs() } }
        let windows = try RateWindowSpec.parse("100/h")
        let admitted = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var admitted = 0
                    for _ in 0..<60 where await instances[worker % 2].take(Self.key, windows).allowed { admitted += 1 }
                    return admitted
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(admitted >= 100 - 2 * 25 && admitted <= 100 + 2 * SharedBuckets.firstTouchAllowance, "admitted \(admitted)")
        // Once allotments lapse (and are given back), the two together have admitted exactly what the bucket held.
        clock.advance(SharedBuckets.allotmentLifetime)
        for instance in instances { _ = await instance.sync() }
        var more = 0
        for _ in 0..<200 where await instances[more % 2].take(Self.key, windows).allowed { more += 1 }
        #expect(admitted + more == 100, "admitted \(admitted), then \(more)")
        for sync in syncs { sync.cancel() }
        await server.stop()
    }

    @Test(.enabled(if: TestBackend.available.contains(.postgres)))
    func aSharedBucketKnownToBeEmptyIsRefusedWithoutTheDatabase() async throws {
        let server = try await TestServer.start(.postgres)
        let clock = ManualClock()
        let buckets = SharedBuckets(database: server.services.database, clock: clock.read, logger: TestServer.logger)
        let sync = Task { await buckets.runSyncs() }
        let windows = try RateWindowSpec.parse("5/h")
        var admitted = 0
        for _ in 0..<10 where await buckets.take(Self.key, windows).allowed { admitted += 1 }
        #expect(admitted == 5)
        await server.stop()
        // The database is gone: a bucket known to be empty still refuses, with the time until it refills.
        let refused = await buckets.take(Self.key, windows)
        #expect(!refused.allowed && refused.retryAfter > 700_000_000)
        sync.cancel()
    }
}
