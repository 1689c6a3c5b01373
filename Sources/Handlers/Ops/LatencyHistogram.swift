/// Counts of whole-millisecond durations, from which percentiles are read exactly.
///
/// Ops reads durations grouped by value in SQL (`GROUP BY duration_ms`), which both backends can do, rather than
/// every row: a day of runtime calls has millions of rows but a few hundred distinct durations.
struct LatencyHistogram: Sendable {
    private(set) var counts: [Int: Int64] = [:]

    var total: Int64 { counts.values.reduce(0, +) }

    mutating func add(_ milliseconds: Int, count: Int64 = 1) {
        counts[milliseconds, default: 0] += count
    }

    mutating func merge(_ other: LatencyHistogram) {
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// The nearest-rank percentile (`fraction` in 0…1): the smallest duration at or below which at least that
    /// share of the values lie; nil when there are none.
    func percentile(_ fraction: Double) -> Int? {
        let total = total
        guard total > 0 else { return nil }
        let rank = max(1, Int64((fraction * Double(total)).rounded(.up)))
        var seen: Int64 = 0
        for value in counts.keys.sorted() {
            seen += counts[value]!
            if seen >= rank { return value }
        }
        return counts.keys.max()
    }
}
