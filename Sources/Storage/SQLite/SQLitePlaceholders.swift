/// Rewrites PostgreSQL placeholders for SQLite, so that SQL text is written once for both backends.
enum SQLitePlaceholders {
    /// `$n` becomes `?n` (same number, so repeated and out-of-order placeholders keep working), except inside
    /// string literals, quoted identifiers and comments, or as part of an identifier.
    static func rewrite(_ sql: String) -> String {
        let input = Array(sql.utf8)
        guard input.contains(UInt8(ascii: "$")) else { return sql }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0

        func copy(through end: Int) {
            let stop = min(end, input.count - 1)
            if index <= stop { output.append(contentsOf: input[index...stop]) }
            index = stop + 1
        }
        func position(of byte: UInt8, from start: Int) -> Int {
            input[start...].firstIndex(of: byte) ?? input.count - 1
        }

        while index < input.count {
            let byte = input[index]
            let next = index + 1 < input.count ? input[index + 1] : 0
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"):
                // A doubled quote inside a literal ends it and starts another one: the bytes come out the same.
                copy(through: position(of: byte, from: index + 1))
            case UInt8(ascii: "["):
                copy(through: position(of: UInt8(ascii: "]"), from: index + 1))
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
                copy(through: position(of: UInt8(ascii: "\n"), from: index + 2))
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                var end = index + 2
                while end + 1 < input.count, !(input[end] == UInt8(ascii: "*") && input[end + 1] == UInt8(ascii: "/")) {
                    end += 1
                }
                copy(through: end + 1)
            case UInt8(ascii: "$") where isDigit(next) && !(index > 0 && isIdentifierByte(input[index - 1])):
                output.append(UInt8(ascii: "?"))
                index += 1
            default:
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "$") || byte >= 0x80
    }
}
