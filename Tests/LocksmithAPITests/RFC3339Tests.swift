import Foundation
import Testing
@testable import LocksmithAPI

@Suite struct RFC3339Tests {
    // MARK: Known instants

    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
        ("1969-12-31T23:59:59Z", -1.0),
        ("9999-12-31T23:59:59Z", 253_402_300_799.0),
        ("0001-01-01T00:00:00Z", -62_135_596_800.0),
        ("2026-11-22T12:16:45Z", 1_795_349_805.0),
        ("1900-03-01T00:00:00Z", -2_203_891_200.0),
        ("1600-02-29T12:00:00Z", -11_670_955_200.0),
    ])
    func knownInstants(text: String, seconds: Double) throws {
        let date = try #require(RFC3339.date(from: text))
        #expect(date.timeIntervalSince1970 == seconds)
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test func matchesISO8601DateFormatterOnSampleDays() throws {
        // Cross-check the civil-date arithmetic against Foundation over a wide range of days.
        // Foundation switches to the Julian calendar before 1582-10-15, while RFC 3339 uses the
        // proleptic Gregorian calendar, so the comparison starts at 1583.
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var day: Int64 = -141_349  // 1583-01-01
        while day < 2_932_896 {    // 9999-12-31
            let date = Date(timeIntervalSince1970: Double(day * 86_400 + 45_296))
            let expected = formatter.string(from: date)
            #expect(RFC3339.string(from: date) == expected)
            #expect(RFC3339.date(from: expected) == date)
            day += 997
        }
    }

    // MARK: Offsets and case

    @Test func offsetsAreNormalisedToUTC() throws {
        let utc = try #require(RFC3339.date(from: "2026-11-22T12:16:45Z"))
        #expect(RFC3339.date(from: "2026-11-22T14:16:45+02:00") == utc)
        #expect(RFC3339.date(from: "2026-11-22T07:46:45-04:30") == utc)
        #expect(RFC3339.date(from: "2026-11-22T12:16:45+00:00") == utc)
        #expect(RFC3339.date(from: "2026-11-22T12:16:45-00:00") == utc)
        #expect(RFC3339.date(from: "2026-11-23T12:15:45+23:59") == utc)
        #expect(RFC3339.date(from: "2026-11-22t12:16:45z") == utc)
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T14:16:45+02:00")))
            == "2026-11-22T12:16:45Z")
    }

    @Test func offsetCrossesDayAndYearBoundaries() throws {
        let date = try #require(RFC3339.date(from: "2027-01-01T01:30:00+02:00"))
        #expect(RFC3339.string(from: date) == "2026-12-31T23:30:00Z")
        let before1970 = try #require(RFC3339.date(from: "1969-12-31T20:00:00-05:00"))
        #expect(before1970.timeIntervalSince1970 == 3600)
    }

    // MARK: Fractions

    /// (text, whole epoch seconds, fraction digits as an integer, 10^digits)
    private static let fractionCases: [(String, Double, Double, Double)] = [
        ("2026-11-22T12:16:45.5Z", 1_795_349_805, 5, 10),
        ("2026-11-22T12:16:45.123Z", 1_795_349_805, 123, 1_000),
        ("2026-11-22T12:16:45.123456Z", 1_795_349_805, 123_456, 1_000_000),
        ("2026-11-22T12:16:45.123456789Z", 1_795_349_805, 123_456_789, 1_000_000_000),
        ("2026-11-22T14:16:45.250+02:00", 1_795_349_805, 250, 1_000),
        ("1969-12-31T23:59:59.750Z", -1, 750, 1_000),
    ]

    @Test func fractions() throws {
        for (text, whole, fraction, scale) in Self.fractionCases {
            let date = try #require(RFC3339.date(from: text))
            #expect(date == Date(timeIntervalSince1970: whole + fraction / scale), "\(text)")
        }
    }

    @Test func fractionRendering() throws {
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T12:16:45.5Z")))
            == "2026-11-22T12:16:45.500Z")
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T12:16:45.123456789Z")))
            == "2026-11-22T12:16:45.123Z")
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T12:16:45.000Z")))
            == "2026-11-22T12:16:45Z")
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T12:16:45.001Z")))
            == "2026-11-22T12:16:45.001Z")
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T12:16:45.0004Z")))
            == "2026-11-22T12:16:45Z")
        #expect(RFC3339.string(from: try #require(RFC3339.date(from: "2026-11-22T12:16:45.0006Z")))
            == "2026-11-22T12:16:45.001Z")
    }

    @Test func millisecondsBeforeEpochUseFloorDivision() {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: -0.25)) == "1969-12-31T23:59:59.750Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: -86_400.5)) == "1969-12-30T23:59:59.500Z")
    }

    @Test func millisecondRoundingCarriesIntoTheSecond() throws {
        let date = try #require(RFC3339.date(from: "2026-11-22T12:16:45.9996Z"))
        #expect(RFC3339.string(from: date) == "2026-11-22T12:16:46Z")
        let endOfYear = try #require(RFC3339.date(from: "2026-12-31T23:59:59.9999Z"))
        #expect(RFC3339.string(from: endOfYear) == "2027-01-01T00:00:00Z")
        let beforeEpoch = try #require(RFC3339.date(from: "1969-12-31T23:59:59.9995Z"))
        #expect(RFC3339.string(from: beforeEpoch) == "1970-01-01T00:00:00Z")
        let roundsDown = try #require(RFC3339.date(from: "2026-11-22T12:16:45.9994Z"))
        #expect(RFC3339.string(from: roundsDown) == "2026-11-22T12:16:45.999Z")
    }

    @Test func outOfRangeDatesAreClamped() {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1e300)) == "9999-12-31T23:59:59.999Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: .infinity)) == "9999-12-31T23:59:59.999Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 253_402_300_799.9999)) == "9999-12-31T23:59:59.999Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: -1e300)) == "0000-01-01T00:00:00Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
        #expect(RFC3339.string(from: .distantFuture) == "4001-01-01T00:00:00Z")
        // Foundation's distantPast is 0001-01-01 in the Julian calendar, i.e. 0000-12-30 proleptic Gregorian.
        #expect(RFC3339.string(from: .distantPast) == "0000-12-30T00:00:00Z")
    }

    // MARK: Rejection

    @Test(arguments: [
        "",
        "2026-13-01T00:00:00Z",
        "2026-00-01T00:00:00Z",
        "2026-01-00T00:00:00Z",
        "2026-01-32T00:00:00Z",
        "2026-04-31T00:00:00Z",
        "2026-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2024-02-30T00:00:00Z",
        "2026-11-22T24:00:00Z",
        "2026-11-22T12:60:00Z",
        "2026-11-22T12:16:60Z",
        "2026-11-22T12:16:45",
        "2026-11-22T12:16:45.123",
        "2026-11-22T12:16:45Zjunk",
        "2026-11-22T12:16:45Z ",
        " 2026-11-22T12:16:45Z",
        "2026-11-22T12:16:45+02:00x",
        "2026-11-22 12:16:45Z",
        "2026-11-22X12:16:45Z",
        "2026-11-22T12:16:45.Z",
        "2026-11-22T12:16:45.1234567890Z",
        "2026-11-22T12:16:45+2:00",
        "2026-11-22T12:16:45+02:0",
        "2026-11-22T12:16:45+0200",
        "2026-11-22T12:16:45+24:00",
        "2026-11-22T12:16:45+02:60",
        "2026-11-22T12:16:45 +02:00",
        "2026-11-22",
        "26-11-22T12:16:45Z",
        "2026-1-22T12:16:45Z",
        "2026-11-22T1:16:45Z",
        "2026/11/22T12:16:45Z",
        "2026-11-22T12-16-45Z",
        "+2026-11-22T12:16:45Z",
        "２０２６-11-22T12:16:45Z",
        "2026-11-22T12:16:45.12a3Z",
    ])
    func rejects(text: String) {
        #expect(RFC3339.date(from: text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(RFC3339.date(from: "2024-02-29T00:00:00Z") != nil)
        #expect(RFC3339.date(from: "2000-02-29T00:00:00Z") != nil)
        #expect(RFC3339.date(from: "0004-02-29T00:00:00Z") != nil)
        #expect(RFC3339.date(from: "2100-02-29T00:00:00Z") == nil)
    }

    @Test func acceptsSubstringBackedAndBridgedInput() throws {
        let text = "xx2026-11-22T12:16:45.5Zyy"
        let sub = String(text.dropFirst(2).dropLast(2))
        #expect(RFC3339.date(from: sub) == Date(timeIntervalSince1970: 1_795_349_805.5))
        let bridged = NSString(string: "2026-11-22T12:16:45Z") as String
        #expect(RFC3339.date(from: bridged) == Date(timeIntervalSince1970: 1_795_349_805))
    }

    // MARK: Round trips

    @Test func roundTripsPseudoRandomMillisecondDates() throws {
        var rng = RFC3339TestRNG(seed: 0x5EED_1234)
        let low: Int64 = -62_135_596_800_000        // 0001-01-01T00:00:00.000Z
        let high: Int64 = 253_402_300_799_999       // 9999-12-31T23:59:59.999Z
        for _ in 0 ..< 20_000 {
            let ms = low + Int64(rng.next() % UInt64(high - low + 1))
            let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
            let millis = ms - seconds * 1000
            let original = Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1000)
            let text = RFC3339.string(from: original)
            let parsed = try #require(RFC3339.date(from: text))
            #expect(RFC3339.string(from: parsed) == text)
            // A date that came from date(from:) survives string(from:) → date(from:) exactly.
            #expect(RFC3339.date(from: RFC3339.string(from: parsed)) == parsed)
            #expect(text.utf8.count == (millis == 0 ? 20 : 24))
            #expect(abs(parsed.timeIntervalSince1970 - Double(ms) / 1000) < 0.0005)
        }
    }

    @Test func roundTripsPseudoRandomOffsetStrings() throws {
        var rng = RFC3339TestRNG(seed: 42)
        for _ in 0 ..< 5_000 {
            let year = 1 + Int(rng.next() % 9999)
            let month = 1 + Int(rng.next() % 12)
            let day = 1 + Int(rng.next() % 28)
            let hour = Int(rng.next() % 24), minute = Int(rng.next() % 60), second = Int(rng.next() % 60)
            let millis = Int(rng.next() % 1000)
            let offsetHours = Int(rng.next() % 24), offsetMinutes = Int(rng.next() % 60)
            let sign = rng.next() % 2 == 0 ? "+" : "-"
            let text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(hour, 2) + ":"
                + pad(minute, 2) + ":" + pad(second, 2) + "." + pad(millis, 3)
                + sign + pad(offsetHours, 2) + ":" + pad(offsetMinutes, 2)
            let date = try #require(RFC3339.date(from: text))
            let rendered = RFC3339.string(from: date)
            let again = try #require(RFC3339.date(from: rendered))
            #expect(again == date, "\(text) -> \(rendered)")
            #expect(RFC3339.string(from: again) == rendered)
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Deterministic PRNG so failures are reproducible.
private struct RFC3339TestRNG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
