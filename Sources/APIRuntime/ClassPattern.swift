/// A pattern made only of ASCII character classes and literals, each with a quantifier, anchored at both ends: the
/// shape of most of the contract's patterns (`^[ -~]*$`, `^[a-z]+_[0-9A-HJKMNP-TV-Z]{26}$`, …). It is matched over the
/// UTF-8 bytes, without ICU, with the same answers as the regular expression: every class holds ASCII characters only,
/// so a value with any other character never matches, and lengths in bytes are lengths in characters.
///
/// Anything else (negated classes, `\d`-style escapes, groups, alternatives, `.`) is not this shape, and is left to
/// `NSRegularExpression`.
struct ClassPattern: Sendable {
    struct Segment: Sendable {
        /// Indexed by byte value, 0–127.
        var allowed: [Bool]
        var minimum: Int
        /// nil: unbounded.
        var maximum: Int?
    }

    let segments: [Segment]

    /// nil when `pattern` is not of this shape.
    init?(_ pattern: String) {
        let bytes = Array(pattern.utf8)
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "^"), bytes.last == UInt8(ascii: "$"), bytes.allSatisfy({ $0 < 0x80 }) else {
            return nil
        }
        var parser = Parser(bytes: bytes[1..<(bytes.count - 1)])
        var segments: [Segment] = []
        while !parser.atEnd {
            guard let allowed = parser.atom(), let (minimum, maximum) = parser.quantifier() else { return nil }
            segments.append(Segment(allowed: allowed, minimum: minimum, maximum: maximum))
        }
        self.segments = segments
    }

    /// Whether the whole of `value` matches.
    func matches(_ value: String) -> Bool {
        if segments.count == 1 { return matchesOneSegment(value, segments[0]) }
        // States are (segment, count so far); an unbounded segment's count stops at its minimum.
        var states = closure([State(segment: 0, count: 0)])
        for byte in value.utf8 {
            guard byte < 0x80 else { return false }
            var next: [State] = []
            for state in states where state.segment < segments.count {
                let segment = segments[state.segment]
                guard segment.allowed[Int(byte)] else { continue }
                if let maximum = segment.maximum {
                    if state.count < maximum { next.append(State(segment: state.segment, count: state.count + 1)) }
                } else {
                    next.append(State(segment: state.segment, count: min(state.count + 1, segment.minimum)))
                }
            }
            states = closure(next)
            if states.isEmpty { return false }
        }
        return states.contains { $0.segment == segments.count }
    }

    /// One class with its quantifier (`^[ -~]*$`, `^[A-Za-z0-9._-]{1,64}$`): every byte in the class, and as many
    /// bytes as the quantifier allows. No states to follow, so nothing is allocated.
    private func matchesOneSegment(_ value: String, _ segment: Segment) -> Bool {
        var count = 0
        for byte in value.utf8 {
            guard byte < 0x80, segment.allowed[Int(byte)] else { return false }
            count += 1
        }
        return count >= segment.minimum && count <= (segment.maximum ?? .max)
    }

    private struct State: Equatable {
        var segment: Int
        var count: Int
    }

    /// `states` with every state reachable by leaving a segment that has had its minimum.
    private func closure(_ states: [State]) -> [State] {
        var result: [State] = []
        var pending = states
        while let state = pending.popLast() {
            guard !result.contains(state) else { continue }
            result.append(state)
            if state.segment < segments.count, state.count >= segments[state.segment].minimum {
                pending.append(State(segment: state.segment + 1, count: 0))
            }
        }
        return result
    }

    private struct Parser {
        let bytes: ArraySlice<UInt8>
        var index: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        var atEnd: Bool { index >= bytes.endIndex }

        private var peek: UInt8? { atEnd ? nil : bytes[index] }

        /// The characters one atom matches: a class, an escaped punctuation character, or a plain literal.
        mutating func atom() -> [Bool]? {
            guard let byte = peek else { return nil }
            index += 1
            var allowed = [Bool](repeating: false, count: 128)
            switch byte {
            case UInt8(ascii: "["):
                guard peek != UInt8(ascii: "^") else { return nil }
                var first = true
                while true {
                    guard let next = peek else { return nil }
                    if next == UInt8(ascii: "]") && !first {
                        index += 1
                        return allowed
                    }
                    first = false
                    guard let low = classCharacter() else { return nil }
                    if peek == UInt8(ascii: "-"), index + 1 < bytes.endIndex, bytes[index + 1] != UInt8(ascii: "]") {
                        index += 1
                        guard let high = classCharacter(), low <= high else { return nil }
                        for member in low...high { allowed[Int(member)] = true }
                    } else {
                        allowed[Int(low)] = true
                    }
                }
            case UInt8(ascii: "\\"):
                guard let escaped = escapedPunctuation() else { return nil }
                allowed[Int(escaped)] = true
                return allowed
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"),
                 UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "]"):
                return nil
            default:
                allowed[Int(byte)] = true
                return allowed
            }
        }

        /// One member of a class: a plain character or an escaped punctuation character.
        private mutating func classCharacter() -> UInt8? {
            guard let byte = peek else { return nil }
            index += 1
            if byte == UInt8(ascii: "\\") { return escapedPunctuation() }
            return byte == UInt8(ascii: "[") ? nil : byte
        }

        /// The character after a backslash, when it stands for itself (punctuation); letters and digits name classes or
        /// code points (`\d`, `\x41`), which this shape does not take.
        private mutating func escapedPunctuation() -> UInt8? {
            guard let byte = peek else { return nil }
            index += 1
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            return isAlphanumeric || byte < 0x21 ? nil : byte
        }

        /// `*`, `+`, `?`, `{n}`, `{m,}`, `{m,n}` or nothing; nil for a lazy or possessive quantifier or a malformed one.
        mutating func quantifier() -> (Int, Int?)? {
            let bounds: (Int, Int?)
            switch peek {
            case UInt8(ascii: "*"): index += 1; bounds = (0, nil)
            case UInt8(ascii: "+"): index += 1; bounds = (1, nil)
            case UInt8(ascii: "?"): index += 1; bounds = (0, 1)
            case UInt8(ascii: "{"):
                index += 1
                guard let minimum = number() else { return nil }
                var maximum: Int? = minimum
                if peek == UInt8(ascii: ",") {
                    index += 1
                    maximum = peek == UInt8(ascii: "}") ? nil : number()
                    guard maximum != nil || peek == UInt8(ascii: "}") else { return nil }
                }
                guard peek == UInt8(ascii: "}") else { return nil }
                index += 1
                if let maximum, maximum < minimum { return nil }
                bounds = (minimum, maximum)
            default:
                return (1, 1)
            }
            guard peek != UInt8(ascii: "?"), peek != UInt8(ascii: "+") else { return nil }
            return bounds
        }

        private mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let byte = peek, (0x30...0x39).contains(byte), digits < 6 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                index += 1
            }
            return digits == 0 ? nil : value
        }
    }
}
