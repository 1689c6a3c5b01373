import Foundation
import LocksmithHandlers
import LocksmithStorage
import Logging

/// Whose bucket: a policy and the subject it counts (an address, a license or API key id, an account id).
struct BucketKey: Hashable, Sendable {
    var policy: RateLimitPolicy
    var subject: String
}

/// What a bucket said: whether the request may go on, and each window's state for the RateLimit headers.
struct RateVerdict: Sendable {
    struct WindowState: Sendable {
        /// Tokens left now.
        var remaining: Int64
        /// Microseconds until one more comes back (0: the bucket is full).
        var reset: Int64
    }

    var allowed: Bool
    var windows: [WindowState]
    /// When refused: which window refused, and microseconds until it holds a token again.
    var refusingWindow = 0
    var retryAfter: Int64 = 0
}

/// Where buckets live: in this process (`LocalBuckets`, exact, for one instance), or shared through PostgreSQL by
/// every instance (`SharedBuckets`). A bucket of several windows gives a token only when every window has one.
protocol RateBuckets: Sendable {
    /// Takes one token from every window, or none when a window has none.
    func take(_ key: BucketKey, _ windows: [RateWindow]) async -> RateVerdict
    /// The bucket's state, taking nothing.
    func peek(_ key: BucketKey, _ windows: [RateWindow]) async -> RateVerdict
    /// Takes a token from every window whether or not it has one: something that already happened counts.
    func charge(_ key: BucketKey, _ windows: [RateWindow]) async
}

/// Which buckets a server uses: its own memory on SQLite, which only one instance can serve (and where the limits are
/// then exact); the shared buckets on PostgreSQL, whatever the number of instances.
enum RateBucketsFactory {
    static func make(for database: any Database, logger: Logger) -> any RateBuckets {
        database.dialect == .postgres ? SharedBuckets(database: database, logger: logger) : LocalBuckets()
    }
}

/// Wall-clock time in microseconds since 1970: shared buckets compare times across instances, so a monotonic clock of
/// one process would not do.
enum RateClock {
    @Sendable static func microseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1_000_000).rounded(.down))
    }
}
