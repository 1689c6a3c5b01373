import LocksmithAPI
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
