import Foundation

/// A type whose decoded values are checked against the contract's constraints before a handler sees them.
public protocol Validatable {
    /// Throws `VALIDATION_FAILED` naming the first field that breaks a constraint. `path` prefixes field names.
    func validate(at path: String) throws
}

extension APIRuntime {
    /// The checks behind generated `validate(at:)` and query decoding. `code` picks the error: bodies use
    /// `VALIDATION_FAILED`, query parameters `INVALID_QUERY`.
    public enum Validation {
        /// Checks an integer against `minimum` and `maximum`, both inclusive; nil passes.
        public static func check<N: BinaryInteger>(
            _ value: N?, minimum: Int64? = nil, maximum: Int64? = nil, field: String, code: Contract.Code = .validationFailed
        ) throws {
            guard let value else { return }
            if let minimum, Int64(value) < minimum {
                throw APIError(code, "field '\(field)' must be at least \(minimum)", detail: field)
            }
            if let maximum, Int64(value) > maximum {
                throw APIError(code, "field '\(field)' must be at most \(maximum)", detail: field)
            }
        }

        /// Checks a string's length in code points and its `pattern`; nil passes.
        public static func check(
            _ value: String?, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil, field: String,
            code: Contract.Code = .validationFailed
        ) throws {
            guard let value else { return }
            // JSON Schema counts a string's length in code points, as Python and JavaScript clients check it.
            // A String is valid UTF-8, so its code points are its bytes that do not continue a sequence.
            var length = 0
            for byte in value.utf8 where byte & 0xC0 != 0x80 { length += 1 }
            if let minLength, length < minLength {
                let unit = minLength == 1 ? "character" : "characters"
                throw APIError(code, "field '\(field)' must have at least \(minLength) \(unit)", detail: field)
            }
            if let maxLength, length > maxLength {
                throw APIError(code, "field '\(field)' must have at most \(maxLength) characters", detail: field)
            }
            if let pattern, !PatternCache.matches(value, pattern) {
                throw APIError(code, "field '\(field)' must match the pattern \(pattern)", detail: field)
            }
        }

        /// Checks a collection's item count against `minItems` and `maxItems`; nil passes.
        public static func check<C: Collection>(
            count collection: C?, minItems: Int? = nil, maxItems: Int? = nil, field: String, code: Contract.Code = .validationFailed
        ) throws {
            guard let collection else { return }
            if let minItems, collection.count < minItems {
                throw APIError(code, "field '\(field)' must have at least \(minItems) items", detail: field)
            }
            if let maxItems, collection.count > maxItems {
                throw APIError(code, "field '\(field)' must have at most \(maxItems) items", detail: field)
            }
        }

        /// `uniqueItems`: names the first item that repeats an earlier one. Strings compare scalar by scalar, as JSON
        /// Schema compares them (Swift's `==` would equate canonically equivalent spellings).
        public static func checkUnique(_ values: [String]?, field: String, code: Contract.Code = .validationFailed) throws {
            var seen: Set<[Unicode.Scalar]> = []
            for (index, value) in (values ?? []).enumerated() where !seen.insert(Array(value.unicodeScalars)).inserted {
                throw APIError(code, "field '\(field)[\(index)]' repeats an earlier item; items must be unique", detail: "\(field)[\(index)]")
            }
        }

        /// Refuses an enum value the contract does not define; nil passes.
        public static func checkKnown<E: OpenEnum>(_ value: E?, field: String, code: Contract.Code = .validationFailed) throws {
            guard let value, !value.isKnown else { return }
            throw APIError(code, "field '\(field)' must be \(E.queryExpectation); got '\(value.rawValue)'", detail: field)
        }

        /// Refuses any value in `values` the contract does not define, naming its index; nil passes.
        public static func checkKnown<E: OpenEnum>(each values: [E]?, field: String, code: Contract.Code = .validationFailed) throws {
            for (index, value) in (values ?? []).enumerated() {
                try checkKnown(value, field: "\(field)[\(index)]", code: code)
            }
        }
    }
}

/// Compiled patterns, shared across requests.
///
/// Patterns are ECMAScript's, as JSON Schema says: a closing `$` is the end of the string. ICU's `$` (like Python's)
/// also matches before a final line break, so the closing `$` is compiled as `\z`; and `\d`, `\w`, `\s` would
/// match beyond ASCII under ICU, which is why the contract spells character classes out.
///
/// Patterns of character classes and literals only (`ClassPattern`) are matched without ICU, which on Linux costs a
/// bridge to UTF-16 per match; the others go to `NSRegularExpression`.
enum PatternCache {
    private enum Compiled {
        case classes(ClassPattern)
        case expression(NSRegularExpression?)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var compiled: [String: Compiled] = [:]

    static func matches(_ value: String, _ pattern: String) -> Bool {
        let matcher: Compiled = lock.withLock {
            if let cached = compiled[pattern] { return cached }
            let made: Compiled = ClassPattern(pattern).map(Compiled.classes)
                ?? .expression(try? NSRegularExpression(pattern: anchoredAtEnd(pattern)))
            compiled[pattern] = made
            return made
        }
        switch matcher {
        case .classes(let classes):
            return classes.matches(value)
        case .expression(let expression):
            return matches(value, expression)
        }
    }

    /// The same answer through `NSRegularExpression` alone, for tests that compare the two.
    static func matchesWithICU(_ value: String, _ pattern: String) -> Bool {
        matches(value, try? NSRegularExpression(pattern: anchoredAtEnd(pattern)))
    }

    private static func matches(_ value: String, _ expression: NSRegularExpression?) -> Bool {
        guard let expression else { return false }
        return expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    /// `pattern` with a closing, unescaped `$` replaced by `\z`.
    static func anchoredAtEnd(_ pattern: String) -> String {
        guard pattern.hasSuffix("$") else { return pattern }
        let backslashes = pattern.dropLast().reversed().prefix { $0 == "\\" }.count
        guard backslashes.isMultiple(of: 2) else { return pattern }
        return String(pattern.dropLast()) + "\\z"
    }
}
