import LocksmithHandlers

/// The generic cell rate algorithm over one window, in microseconds. A bucket's whole state is its theoretical
/// arrival time `tat`: the bucket is full once `tat` has passed, and otherwise is short of `tat - now` worth of tokens.
struct GCRA: Sendable {
    /// Microseconds between two tokens.
    let interval: Int64
    /// How far `tat` may run ahead of now: the burst's worth of tokens.
    let tolerance: Int64

    init(_ window: RateWindow) {
        self.init(interval: window.interval, tolerance: window.tolerance)
    }

    init(interval: Int64, tolerance: Int64) {
        self.interval = interval
        self.tolerance = tolerance
    }

    /// The new `tat` once `count` tokens are taken, or nil when the bucket does not hold them.
    func take(_ count: Int64, tat: Int64, now: Int64) -> Int64? {
        let next = max(tat, now) + count * interval
        return next - now <= tolerance ? next : nil
    }

    /// The new `tat` once `count` tokens are taken whether or not the bucket holds them (it then owes them).
    func charge(_ count: Int64, tat: Int64, now: Int64) -> Int64 {
        max(tat, now) + count * interval
    }

    /// Tokens the bucket holds now.
    func remaining(tat: Int64, now: Int64) -> Int64 {
        max(0, (tolerance - (max(tat, now) - now)) / interval)
    }

    /// Microseconds until the bucket holds a token again (0 when it holds one).
    func wait(tat: Int64, now: Int64) -> Int64 {
        max(0, max(tat, now) + interval - tolerance - now)
    }

    /// Microseconds until one more token comes back (0 when the bucket is full).
    func nextToken(tat: Int64, now: Int64) -> Int64 {
        let owed = max(tat, now) - now
        guard owed > 0 else { return 0 }
        // Charged past empty, the bucket must first pay its debt.
        if owed > tolerance { return wait(tat: tat, now: now) }
        let part = owed % interval
        return part == 0 ? interval : part
    }
}
