public import Foundation

/// RFC 3339 timestamps, always rendered in UTC with a `Z`.
///
/// Formatting and parsing work directly on UTF-8 bytes with Howard Hinnant's
/// `days_from_civil` / `civil_from_days` algorithms (proleptic Gregorian calendar),
/// so no `DateFormatter`, `ISO8601DateFormatter` or `Calendar` is involved and
/// the results do not depend on the process locale or time zone.
public enum RFC3339 {
    /// Renders `date` as `"2026-11-22T12:16:45Z"`, or, when the date has a non-zero
    /// millisecond part, as `"2026-11-22T12:16:45.123Z"`.
    ///
    /// The sub-second part is rounded half-up to the nearest millisecond; when the
    /// rounding reaches 1000 ms it carries into the second (and minute, hour, day, …).
    /// Dates before 1970 are handled with floor division, so `-0.25` seconds renders as
    /// `"1969-12-31T23:59:59.750Z"`.
    ///
    /// RFC 3339 only has four-digit years, so instants outside
    /// `0000-01-01T00:00:00Z ... 9999-12-31T23:59:59.999Z` are clamped to the nearest
    /// end of that range; a NaN time interval renders as the Unix epoch.
    public static func string(from date: Date) -> String {
        let t = date.timeIntervalSince1970
        var seconds: Int64
        var millis: Int64
        if t >= minSeconds && t < maxSeconds + 1 {
            // `t - floor(t)` is exact in binary floating point, so the only rounding
            // error is in the multiplication by 1000.
            let whole = t.rounded(.down)
            seconds = Int64(whole)
            millis = Int64(((t - whole) * 1000 + 0.5).rounded(.down))
            if millis >= 1000 {
                seconds += 1
                millis -= 1000
            }
            if seconds > Int64(maxSeconds) {
                seconds = Int64(maxSeconds)
                millis = 999
            }
        } else if t >= maxSeconds + 1 {
            seconds = Int64(maxSeconds)
            millis = 999
        } else if t < minSeconds {
            seconds = Int64(minSeconds)
            millis = 0
        } else {
            // NaN
            seconds = 0
            millis = 0
        }
        return format(seconds: seconds, millis: millis)
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; the separator may be `T` or `t`
    /// and the UTC designator `Z` or `z`; the fraction has 1–9 digits.
    ///
    /// Returns `nil` for anything else: surrounding or embedded spaces, a missing offset,
    /// month outside 1–12, a day that does not exist in that month (leap years
    /// included), hour > 23, minute > 59, second > 59 (no leap seconds), offset hours
    /// > 23 or offset minutes > 59, trailing characters.
    ///
    /// A fraction yields
    /// `Date(timeIntervalSince1970: Double(wholeSeconds) + Double(fractionDigits) / 10^digitCount)`,
    /// where `wholeSeconds` is the UTC epoch second (offset applied), so that
    /// `string(from:)` → `date(from:)` → `string(from:)` is stable and
    /// `date(from: string(from: d)) == d` for every `d` that was itself produced by
    /// `date(from:)` with at most millisecond precision.
    public static func date(from string: String) -> Date? {
        var string = string
        return string.withUTF8 { parse($0) }
    }

    /// 9999-12-31T23:59:59.999Z, the last instant an RFC 3339 timestamp can name: dates the server computes (an
    /// expiry extended by days) are refused past it rather than written clamped.
    public static let latest = Date(timeIntervalSince1970: maxSeconds + 0.999)

    // MARK: - Implementation

    /// Epoch seconds of 0000-01-01T00:00:00Z.
    private static let minSeconds: Double = -62_167_219_200
    /// Epoch seconds of 9999-12-31T23:59:59Z.
    private static let maxSeconds: Double = 253_402_300_799

    private static let powersOfTen: [Double] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ]

    private static func format(seconds: Int64, millis: Int64) -> String {
        let days = floorDiv(seconds, 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = civilFromDays(days)
        let hour = secondOfDay / 3600
        let minute = (secondOfDay % 3600) / 60
        let second = secondOfDay % 60
        let length = millis == 0 ? 20 : 24

        return String(unsafeUninitializedCapacity: length) { buffer in
            let y = Int(year)
            buffer[0] = digit(y / 1000)
            buffer[1] = digit(y / 100 % 10)
            buffer[2] = digit(y / 10 % 10)
            buffer[3] = digit(y % 10)
            buffer[4] = UInt8(ascii: "-")
            buffer[5] = digit(month / 10)
            buffer[6] = digit(month % 10)
            buffer[7] = UInt8(ascii: "-")
            buffer[8] = digit(day / 10)
            buffer[9] = digit(day % 10)
            buffer[10] = UInt8(ascii: "T")
            buffer[11] = digit(hour / 10)
            buffer[12] = digit(hour % 10)
            buffer[13] = UInt8(ascii: ":")
            buffer[14] = digit(minute / 10)
            buffer[15] = digit(minute % 10)
            buffer[16] = UInt8(ascii: ":")
            buffer[17] = digit(second / 10)
            buffer[18] = digit(second % 10)
            if millis == 0 {
                buffer[19] = UInt8(ascii: "Z")
            } else {
                let ms = Int(millis)
                buffer[19] = UInt8(ascii: ".")
                buffer[20] = digit(ms / 100)
                buffer[21] = digit(ms / 10 % 10)
                buffer[22] = digit(ms % 10)
                buffer[23] = UInt8(ascii: "Z")
            }
            return length
        }
    }

    @inline(__always)
    private static func digit(_ value: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: value) &+ 48
    }

    private static func parse(_ s: UnsafeBufferPointer<UInt8>) -> Date? {
        let n = s.count
        // Shortest valid form: "YYYY-MM-DDTHH:MM:SSZ".
        guard n >= 20 else { return nil }

        @inline(__always) func num2(_ i: Int) -> Int? {
            let a = s[i] &- 48, b = s[i + 1] &- 48
            guard a < 10, b < 10 else { return nil }
            return Int(a) * 10 + Int(b)
        }

        guard let y1 = num2(0), let y2 = num2(2),
              s[4] == UInt8(ascii: "-"),
              let month = num2(5),
              s[7] == UInt8(ascii: "-"),
              let day = num2(8),
              s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: "t"),
              let hour = num2(11),
              s[13] == UInt8(ascii: ":"),
              let minute = num2(14),
              s[16] == UInt8(ascii: ":"),
              let second = num2(17)
        else { return nil }
        let year = y1 * 100 + y2

        guard month >= 1, month <= 12,
              day >= 1, day <= daysInMonth(year: year, month: month),
              hour <= 23, minute <= 59, second <= 59
        else { return nil }

        var i = 19
        var fraction = 0
        var fractionDigits = 0
        if s[i] == UInt8(ascii: ".") {
            i += 1
            while i < n {
                let d = s[i] &- 48
                guard d < 10 else { break }
                fractionDigits += 1
                guard fractionDigits <= 9 else { return nil }
                fraction = fraction * 10 + Int(d)
                i += 1
            }
            guard fractionDigits >= 1 else { return nil }
        }

        guard i < n else { return nil }
        var offsetSeconds = 0
        switch s[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard n - i >= 6,
                  let oh = num2(i + 1),
                  s[i + 3] == UInt8(ascii: ":"),
                  let om = num2(i + 4),
                  oh <= 23, om <= 59
            else { return nil }
            offsetSeconds = oh * 3600 + om * 60
            if s[i] == UInt8(ascii: "-") { offsetSeconds = -offsetSeconds }
            i += 6
        default:
            return nil
        }
        guard i == n else { return nil }

        let days = daysFromCivil(year: Int64(year), month: month, day: day)
        let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        let whole = local - Int64(offsetSeconds)
        if fractionDigits == 0 {
            return Date(timeIntervalSince1970: Double(whole))
        }
        return Date(timeIntervalSince1970: Double(whole) + Double(fraction) / powersOfTen[fractionDigits])
    }

    @inline(__always)
    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    @inline(__always)
    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Hinnant, `days_from_civil`).
    @inline(__always)
    private static func daysFromCivil(year: Int64, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400                                        // [0, 399]
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1  // [0, 365]
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy                // [0, 146096]
        return era * 146_097 + doe - 719_468
    }

    /// Proleptic Gregorian date for days since 1970-01-01 (Hinnant, `civil_from_days`).
    @inline(__always)
    private static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097                                           // [0, 146096]
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365     // [0, 399]
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)                     // [0, 365]
        let mp = (5 * doy + 2) / 153                                          // [0, 11]
        let d = doy - (153 * mp + 2) / 5 + 1                                  // [1, 31]
        let m = mp < 10 ? mp + 3 : mp - 9                                     // [1, 12]
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, Int(m), Int(d))
    }
}
