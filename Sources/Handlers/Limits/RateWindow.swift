import Foundation

/// One window of a rate-limit policy: `quota` requests per `seconds`, at most `burst` of them at once. It is a GCRA
/// bucket (the generic cell rate algorithm): `burst` tokens, one coming back every `seconds / quota`.
///
/// The IETF RateLimit headers describe it as `q=quota;w=seconds`, with the burst as `locksmith-burst`.
public struct RateWindow: Sendable, Hashable, Codable {
    public var quota: Int
    public var seconds: Int
    public var burst: Int

    public init(quota: Int, seconds: Int, burst: Int? = nil) {
        self.quota = quota
        self.seconds = seconds
        self.burst = burst ?? quota
    }

    /// Microseconds between two tokens (at least one).
    public var interval: Int64 { max(1, Int64(seconds) * 1_000_000 / Int64(quota)) }
    /// How far the bucket's theoretical arrival time may run ahead of now: a full bucket's worth of tokens.
    public var tolerance: Int64 { interval * Int64(burst) }
}

/// A policy's windows as an operator writes them: `600/m,burst=20` (600 a minute, at most 20 at once), `10/s,100/m,1000/h`
/// (three windows, each holding), or `0`/`off` (no limit). Units are `s`, `m`, `h` and `d`, optionally with a count
/// (`600/10m`). `burst` applies to the shortest window; every other window's burst is its quota.
public enum RateWindowSpec {
    /// Bounds that keep every product of them inside 64 bits and every window meaningful.
    static let maximumQuota = 1_000_000_000
    static let maximumSeconds = 7 * 86_400
    static let maximumWindows = 4
    static let maximumDepth: Int64 = 1_000_000_000_000_000

    /// The windows `text` describes; empty for `0` or `off`.
    public static func parse(_ text: String) throws -> [RateWindow] {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "0" || trimmed == "off" { return [] }
        var windows: [RateWindow] = []
        var burst: Int?
        for part in trimmed.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if part.hasPrefix("burst=") {
                guard burst == nil, let value = Int(part.dropFirst(6)), (1...maximumQuota).contains(value) else {
                    throw problem(text, "burst=N takes a number from 1 to \(maximumQuota), once")
                }
                burst = value
                continue
            }
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count == 2, let quota = Int(pieces[0]), (1...maximumQuota).contains(quota), let seconds = duration(pieces[1]) else {
                throw problem(text, "'\(part)' is not QUOTA/PERIOD, such as 600/m")
            }
            guard !windows.contains(where: { $0.seconds == seconds }) else { throw problem(text, "two windows of \(seconds) s") }
            windows.append(RateWindow(quota: quota, seconds: seconds))
        }
        guard !windows.isEmpty else { throw problem(text, "it names no window") }
        guard windows.count <= maximumWindows else { throw problem(text, "at most \(maximumWindows) windows") }
        windows.sort { $0.seconds < $1.seconds }
        if let burst { windows[0].burst = burst }
        // A bucket's depth in time is burst × interval: bounded (about 31 years), it keeps every sum of times in 64 bits.
        for window in windows {
            let (depth, overflow) = window.interval.multipliedReportingOverflow(by: Int64(window.burst))
            guard !overflow, depth <= maximumDepth else { throw problem(text, "a burst of \(window.burst) takes too long to refill") }
        }
        return windows
    }

    /// The text `parse` reads back into `windows`.
    public static func format(_ windows: [RateWindow]) -> String {
        guard let first = windows.first else { return "off" }
        var parts = windows.map { "\($0.quota)/\(period($0.seconds))" }
        if first.burst != first.quota { parts.append("burst=\(first.burst)") }
        return parts.joined(separator: ",")
    }

    private static func duration(_ text: Substring) -> Int? {
        guard let unit = text.last, let scale = ["s": 1, "m": 60, "h": 3600, "d": 86_400][unit] else { return nil }
        let count = text.dropLast()
        guard let number = count.isEmpty ? 1 : Int(count), number >= 1, number <= maximumSeconds / scale else { return nil }
        return number * scale
    }

    private static func period(_ seconds: Int) -> String {
        for (unit, scale) in [("d", 86_400), ("h", 3600), ("m", 60)] where seconds % scale == 0 {
            return seconds == scale ? unit : "\(seconds / scale)\(unit)"
        }
        return seconds == 1 ? "s" : "\(seconds)s"
    }

    private static func problem(_ text: String, _ reason: String) -> RateWindowSpecError {
        RateWindowSpecError("rate limit '\(text)' is not valid: \(reason); write QUOTA/PERIOD[,…][,burst=N] such as 600/m,burst=20, or 0 for none")
    }
}

/// A rate-limit text that is not `QUOTA/PERIOD[,…][,burst=N]`, explained for the operator.
public struct RateWindowSpecError: Error, CustomStringConvertible, Equatable {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
