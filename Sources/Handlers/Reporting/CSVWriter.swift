import Foundation
import LocksmithAPI

/// RFC 4180 text: comma-separated fields, CRLF after every record, a field quoted when it holds a comma, a quote or a
/// line break, quotes inside doubled. UTF-8 without a byte-order mark.
struct CSVWriter {
    /// One field of a record.
    enum Field {
        case text(String?)
        case integer(Int64?)
        case date(Date?)
    }

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func header(_ names: [String]) {
        record(names.map { .text($0) }, guarded: false)
    }

    mutating func record(_ fields: [Field]) {
        record(fields, guarded: true)
    }

    private mutating func record(_ fields: [Field], guarded: Bool) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            switch field {
            case .text(let text?): append(text, guarded: guarded)
            case .integer(let value?): bytes.append(contentsOf: String(value).utf8)
            case .date(let date?): bytes.append(contentsOf: RFC3339.string(from: date).utf8)
            case .text(nil), .integer(nil), .date(nil): break
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// A text field. Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
    /// formula; values that reach an export from runtime callers (an `app_version`) must not, so such a field gets a
    /// leading `'` (OWASP's advice for CSV injection).
    private mutating func append(_ text: String, guarded: Bool) {
        var value = text
        if guarded, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: value.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
