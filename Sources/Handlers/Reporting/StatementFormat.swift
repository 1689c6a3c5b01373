import Foundation
import LocksmithAPI

/// How a statement writes numbers, times and windows: fixed, locale-free forms, so that a render never depends on the
/// host's settings.
enum StatementFormat {
    /// `1,234,567`.
    static func number(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    static func number(_ value: Int) -> String {
        number(Int64(value))
    }

    /// `2026-01-05 13:04:05.123`, in UTC.
    static func time(_ date: Date) -> String {
        String(RFC3339.string(from: date).replacingOccurrences(of: "T", with: " ").dropLast())
    }

    static func time(_ date: Date?) -> String {
        date.map { time($0) } ?? "–"
    }

    /// `2026-01-05`, in UTC.
    static func day(_ date: Date) -> String {
        String(RFC3339.string(from: date).prefix(10))
    }

    /// `2026-01-01 00:00 UTC to 2026-02-01 00:00 UTC`: the window, its end excluded.
    static func period(_ window: (from: Date, to: Date)) -> String {
        "\(minute(window.from)) UTC to \(minute(window.to)) UTC"
    }

    /// A time bucket's label: `2026-01-05 13:00`, `2026-01-05`, `week of 2026-01-05`, `2026-01`.
    static func bucket(_ start: Date?, _ grouping: [UsageGroupBy]) -> String {
        guard let start else { return "" }
        if grouping.contains(.hour) { return minute(start) }
        if grouping.contains(.week) { return "week of \(day(start))" }
        if grouping.contains(.month) { return String(day(start).prefix(7)) }
        return day(start)
    }

    private static func minute(_ date: Date) -> String {
        String(time(date).prefix(16))
    }
}
