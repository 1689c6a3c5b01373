public import Foundation

/// When a failed delivery is tried again: after about 5 s, 30 s, 2 min, 10 min, 30 min, 1 h and 3 h, then every 6 h,
/// until 24 hours after its first attempt, with a last attempt at that 24-hour mark.
///
/// Each gap is stretched or shrunk by up to 10 % at random so that deliveries that failed together (a receiver that
/// was down) do not all come back at the same instant. A receiver's `Retry-After` (429, 503) can lengthen a gap.
public struct WebhookRetrySchedule: Sendable {
    public static let gaps: [TimeInterval] = [5, 30, 120, 600, 1800, 3600, 10_800]
    public static let steadyGap: TimeInterval = 21_600
    public static let window: TimeInterval = 86_400

    /// A factor for each gap; by default uniform in 0.9…1.1.
    public var jitter: @Sendable () -> Double

    public init(jitter: @escaping @Sendable () -> Double = { Double.random(in: 0.9...1.1) }) {
        self.jitter = jitter
    }

    /// When to try again after the `attempts`-th attempt failed at `now`, or nil when the delivery is given up.
    public func nextAttempt(after attempts: Int, firstAttemptAt: Date, now: Date, retryAfter: TimeInterval? = nil) -> Date? {
        let deadline = firstAttemptAt.addingTimeInterval(Self.window)
        guard now < deadline else { return nil }
        let gap = attempts <= Self.gaps.count ? Self.gaps[max(attempts, 1) - 1] : Self.steadyGap
        let next = now.addingTimeInterval(max(gap * jitter(), retryAfter ?? 0))
        return min(next, deadline)
    }
}
