import Foundation
import LocksmithAPI
@testable import LocksmithAPIRuntime
import Testing

/// The checks behind generated validation mean what JSON Schema means, as the clients that check a schema read it.
@Suite struct ValidationTests {
    static func passes(_ body: () throws -> Void) -> Bool {
        (try? body()) != nil
    }

    @Test func aClosingDollarIsTheEndOfTheString() {
        #expect(Self.passes { try Validation.check("abc", pattern: "^[a-z]+$", field: "f") })
        #expect(!Self.passes { try Validation.check("abc\n", pattern: "^[a-z]+$", field: "f") })
        #expect(!Self.passes { try Validation.check("abc\r\n", pattern: "^[a-z]+$", field: "f") })
        // An escaped dollar is a dollar sign, and a pattern without anchors is a search.
        #expect(Self.passes { try Validation.check("costs 5$", pattern: "[0-9]\\$", field: "f") })
        #expect(Self.passes { try Validation.check("x-abc-y", pattern: "abc", field: "f") })
    }

    /// Every pattern of the contract, matched without ICU where `ClassPattern` takes it, answers as ICU does.
    @Test func classPatternsAnswerAsTheRegularExpressionDoes() throws {
        // The patterns the generated validation checks, as Swift string literals.
        let generated = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Generated")
        let literal = try NSRegularExpression(pattern: #"pattern: "((?:[^"\\]|\\.)*)""#)
        var patterns = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(at: generated, includingPropertiesForKeys: nil) where file.pathExtension == "swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in literal.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                if let range = Range(match.range(at: 1), in: source) { patterns.insert(source[range].replacingOccurrences(of: "\\\\", with: "\\")) }
            }
        }
        #expect(patterns.count >= 10)
        let simple = patterns.filter { ClassPattern($0) != nil }
        #expect(simple.contains("^[ -~]*$") && simple.contains("^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$") && simple.contains("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"))
        #expect(ClassPattern("^[^@\\s]+@x$") == nil && ClassPattern("^(0|[1-9])$") == nil && ClassPattern("^\\d+$") == nil)
        let samples = [
            "", " ", "a", "abc", "ABC", "abc\n", "a\tb", "~", "\u{7f}", "é", "a😀", "lic_01M8Q1C4VA85D87NW3H4Y1N3QG", "lic_01M8Q1C4VA85D87NW3H4Y1N3Q",
            "lic_01m8q1c4va85d87nw3h4y1n3qg", "1.0.0", "1.0.0+build.7", "-1.0", "a-b_c.d", String(repeating: "x", count: 64),
            String(repeating: "x", count: 65), "nonce<1>", "n'once", "n+once", "n`once", "fp 1", "1234.lic_01M8Q1C4VA85D87NW3H4Y1N3QG",
        ]
        for pattern in simple.sorted() {
            for sample in samples {
                #expect(PatternCache.matches(sample, pattern) == PatternCache.matchesWithICU(sample, pattern), "\(pattern) on \(sample.debugDescription)")
            }
        }
        // Quantifier bounds and classes with escapes, beyond the contract's own.
        for (pattern, sample) in [("^[a\\-z]{2,3}$", "a-z"), ("^[a\\-z]{2,3}$", "abz"), ("^x?y+$", "yy"), ("^x?y+$", "xxy"), ("^[.]{2,}$", "...")] {
            #expect(ClassPattern(pattern) != nil)
            #expect(PatternCache.matches(sample, pattern) == PatternCache.matchesWithICU(sample, pattern), "\(pattern) on \(sample)")
        }
    }

    @Test func lengthsCountCodePoints() {
        #expect(!Self.passes { try Validation.check("e\u{301}", maxLength: 1, field: "f") }, "two code points, one character")
        #expect(Self.passes { try Validation.check("😀", maxLength: 1, field: "f") })
        #expect(!Self.passes { try Validation.check("👍🏽", maxLength: 1, field: "f") })
    }

    @Test func uniqueItemsCompareCodePoints() throws {
        #expect(Self.passes { try Validation.checkUnique(["é", "e\u{301}"], field: "f") }, "canonically equivalent, not equal")
        #expect(Self.passes { try Validation.checkUnique(nil, field: "f") })
        do {
            try Validation.checkUnique(["a", "b", "a"], field: "options")
            Issue.record("a repeated item passed")
        } catch let error as APIError {
            #expect(error.code == .validationFailed && error.detail == "options[2]")
        }
    }
}
