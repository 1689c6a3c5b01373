public import Foundation

extension APIRuntime {
    /// Refuses a request body that JSON parsers disagree on, or that storage cannot hold, before it is decoded.
    ///
    /// One pass over the bytes, naming the field each time: a NUL character (PostgreSQL text cannot hold it, SQLite would
    /// store it and every reader would truncate it), an escaped surrogate without its pair (no string can hold it),
    /// a repeated key (parsers keep the first or the last), an integer beyond 64 bits (parsers round it), and nesting
    /// deeper than ``maximumDepth`` (a recursive decoder would exhaust the stack). A body that is not UTF-8, or that has a
    /// raw control character outside a string, is refused without a field. Other syntax errors are left to the decoder,
    /// which describes them.
    public enum JSONScreen {
        /// Objects and arrays nested deeper than this are refused; the body itself is level 1.
        public static var maximumDepth: Int { 64 }

        /// Throws `INVALID_JSON` for the first problem the screen finds in `body`; returns when there is none.
        public static func check(_ body: Data) throws {
            guard String(data: body, encoding: .utf8) != nil else {
                throw APIError.invalidJSON("the request body is not UTF-8 JSON")
            }
            try body.withUnsafeBytes { raw in
                var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self))
                try scanner.run()
            }
        }

        private struct Frame {
            var isObject: Bool
            var path: String
            var keys: Set<[UInt8]> = []
            var key = ""
            var index = 0
        }

        private struct Scanner {
            let bytes: UnsafeBufferPointer<UInt8>
            var position = 0
            var stack: [Frame] = []

            init(bytes: UnsafeBufferPointer<UInt8>) {
                self.bytes = bytes
            }

            /// The path of the value about to be read.
            var valuePath: String {
                guard let top = stack.last else { return "" }
                return top.isObject ? Self.join(top.path, top.key) : top.path + "[\(top.index)]"
            }

            static func join(_ path: String, _ key: String) -> String {
                path.isEmpty ? key : path + "." + key
            }

            /// Stops quietly at the first syntax error: the decoder reports those.
            mutating func run() throws {
                while true {
                    guard try readValue() else { return }
                    while true {
                        guard var top = stack.popLast() else { return }
                        guard let byte = try next() else { return }
                        if byte == UInt8(ascii: ",") {
                            if top.isObject {
                                stack.append(top)
                                guard try readKey() else { return }
                            } else {
                                top.index += 1
                                stack.append(top)
                            }
                            break
                        }
                        guard byte == (top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else { return }
                    }
                }
            }

            /// Reads one value, or opens a container and reads up to its first value. False at a syntax error.
            mutating func readValue() throws -> Bool {
                while true {
                    guard let byte = try next() else { return false }
                    switch byte {
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        let path = valuePath
                        if stack.count + 1 > maximumDepth {
                            throw APIError.invalidJSON(
                                "'\(path)' nests deeper than \(maximumDepth) levels of objects and arrays", detail: Self.detail(path))
                        }
                        let isObject = byte == UInt8(ascii: "{")
                        stack.append(Frame(isObject: isObject, path: path))
                        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                        if try peek() == close {
                            position += 1
                            stack.removeLast()
                            return true
                        }
                        if isObject {
                            guard try readKey() else { return false }
                        }
                        // The first value of the container is read by the loop.
                        continue
                    case UInt8(ascii: "\""):
                        // The path is only worked out for an error: reading the string does not move the stack.
                        guard let problem = try readString(keepingText: false).problem else { return true }
                        let path = valuePath
                        throw Self.error(problem, in: "field '\(path)'", detail: path)
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        return try readNumber(from: position - 1)
                    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                        while position < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[position]) { position += 1 }
                        return true
                    default:
                        return false
                    }
                }
            }

            /// Reads `"key":` into the top frame. False at a syntax error.
            mutating func readKey() throws -> Bool {
                guard try next() == UInt8(ascii: "\""), var top = stack.popLast() else { return false }
                let (text, problem) = try readString(keepingText: true)
                if let problem {
                    let place = top.path.isEmpty ? "a key of the request body" : "a key of '\(top.path)'"
                    throw Self.error(problem, in: place, detail: top.path)
                }
                let key = String(decoding: text, as: UTF8.self)
                guard top.keys.insert(text).inserted else {
                    let path = Self.join(top.path, key)
                    throw APIError.invalidJSON("field '\(path)' appears more than once; a key may appear once in an object", detail: path)
                }
                top.key = key
                stack.append(top)
                return try next() == UInt8(ascii: ":")
            }

            enum Problem { case nul, loneSurrogate }

            static func error(_ problem: Problem, in place: String, detail: String) -> APIError {
                switch problem {
                case .nul:
                    APIError.invalidJSON("\(place) contains a NUL character (U+0000), which no field accepts", detail: Self.detail(detail))
                case .loneSurrogate:
                    APIError.invalidJSON(
                        "\(place) contains a UTF-16 surrogate escape without its pair, which is not a character", detail: Self.detail(detail))
                }
            }

            static func detail(_ path: String) -> String? {
                path.isEmpty ? nil : path
            }

            /// Reads a string whose opening quote was consumed; the text (UTF-8) only when asked.
            mutating func readString(keepingText: Bool) throws -> (text: [UInt8], problem: Problem?) {
                var text: [UInt8] = []
                var problem: Problem?
                while position < bytes.count {
                    let byte = bytes[position]
                    position += 1
                    switch byte {
                    case UInt8(ascii: "\""):
                        return (text, problem)
                    case UInt8(ascii: "\\"):
                        guard position < bytes.count else { return (text, problem) }
                        let escaped = bytes[position]
                        position += 1
                        guard escaped == UInt8(ascii: "u") else {
                            if keepingText { text.append(Self.unescaped(escaped)) }
                            continue
                        }
                        guard var unit = hexUnit() else { return (text, problem) }
                        if unit == 0 { problem = problem ?? .nul }
                        if (0xD800...0xDBFF).contains(unit) {
                            let saved = position
                            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                                position += 2
                                if let low = hexUnit(), (0xDC00...0xDFFF).contains(low) {
                                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    position = saved
                                    problem = problem ?? .loneSurrogate
                                }
                            } else {
                                problem = problem ?? .loneSurrogate
                            }
                        } else if (0xDC00...0xDFFF).contains(unit) {
                            problem = problem ?? .loneSurrogate
                        }
                        if keepingText, let scalar = Unicode.Scalar(unit) { text += Array(String(scalar).utf8) }
                    case 0x00..<0x20:
                        throw APIError.invalidJSON("the request body is not valid JSON: a control character must be escaped in a string")
                    default:
                        if keepingText { text.append(byte) }
                    }
                }
                return (text, problem)
            }

            static func unescaped(_ byte: UInt8) -> UInt8 {
                switch byte {
                case UInt8(ascii: "n"): 0x0A
                case UInt8(ascii: "t"): 0x09
                case UInt8(ascii: "r"): 0x0D
                case UInt8(ascii: "b"): 0x08
                case UInt8(ascii: "f"): 0x0C
                default: byte
                }
            }

            mutating func hexUnit() -> UInt32? {
                guard position + 4 <= bytes.count else { return nil }
                var unit: UInt32 = 0
                for _ in 0..<4 {
                    guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else { return nil }
                    unit = unit << 4 | UInt32(digit)
                    position += 1
                }
                return unit
            }

            /// A number; an integer (no fraction, no exponent) must fit in 64 bits.
            mutating func readNumber(from start: Int) throws -> Bool {
                var isInteger = true
                while position < bytes.count {
                    switch bytes[position] {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                        break
                    case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                        isInteger = false
                    default:
                        return try checkInteger(start, isInteger)
                    }
                    position += 1
                }
                return try checkInteger(start, isInteger)
            }

            func checkInteger(_ start: Int, _ isInteger: Bool) throws -> Bool {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                let digits = text.utf8.drop { $0 == UInt8(ascii: "-") && text.utf8.first == $0 }
                guard isInteger, !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                    return true
                }
                if Int64(text) == nil {
                    let path = valuePath
                    let place = path.isEmpty ? "the request body" : "field '\(path)'"
                    throw APIError.invalidJSON("\(place) is an integer beyond 64 bits (\(text.prefix(40)))", detail: Self.detail(path))
                }
                return true
            }

            /// The next byte after whitespace; a raw control character here means the body is not UTF-8 JSON.
            mutating func next() throws -> UInt8? {
                guard let byte = try peek() else { return nil }
                position += 1
                return byte
            }

            mutating func peek() throws -> UInt8? {
                while position < bytes.count {
                    let byte = bytes[position]
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0D:
                        position += 1
                    case 0x00..<0x20:
                        throw APIError.invalidJSON("the request body is not UTF-8 JSON: it holds a raw control character")
                    default:
                        return byte
                    }
                }
                return nil
            }
        }
    }
}
