import Foundation

/// The data of a SQL script written by `pg_restore --data-only --file=…`: each `COPY table (columns) FROM stdin;` block
/// and its rows in COPY's text format, so that a dump's tables can be read with no PostgreSQL server.
public enum PostgresCopyScript {
    /// The table and columns a COPY block fills, as its header names them (unquoted, schema left out).
    public struct Block: Sendable, Equatable {
        public var table: String
        public var columns: [String]
    }

    /// Reads the script at `path`: `block` at the start of each COPY block, then `row` with each of its rows, one
    /// field per column, nil for NULL. Throws when a block does not end or a row does not match its header.
    public static func read(path: String, block: (Block) throws -> Void, row: ([[UInt8]?]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StorageError(.other, "cannot read \(path)") }
        defer { try? handle.close() }
        var current: Block?
        var pending: [UInt8] = []
        func line(_ bytes: ArraySlice<UInt8>) throws {
            if let open = current {
                if bytes.elementsEqual("\\.".utf8) {
                    current = nil
                    return
                }
                let fields = try Self.fields(bytes)
                guard fields.count == open.columns.count else {
                    throw StorageError(.decoding, "a row of \(open.table) in the dump has \(fields.count) fields for \(open.columns.count) columns")
                }
                try row(fields)
            } else if let header = header(String(decoding: bytes, as: UTF8.self)) {
                current = header
                try block(header)
            }
        }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 0x0A) {
                try line(pending[start..<end])
                start = end + 1
            }
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty { try line(pending[...]) }
        if let open = current { throw StorageError(.decoding, "the data of \(open.table) in the dump ends without its terminator") }
    }

    /// `COPY public.accounts (id, name) FROM stdin;` → accounts, [id, name].
    static func header(_ line: String) -> Block? {
        guard line.hasPrefix("COPY "), line.hasSuffix(" FROM stdin;"), let open = line.firstIndex(of: "("), let close = line.lastIndex(of: ")"),
              open < close
        else { return nil }
        let name = line[line.index(line.startIndex, offsetBy: 5)..<open].trimmingCharacters(in: .whitespaces)
        let table = identifier(String(name.split(separator: ".").last ?? Substring(name)))
        let columns = line[line.index(after: open)..<close].split(separator: ",").map {
            identifier($0.trimmingCharacters(in: .whitespaces))
        }
        return Block(table: table, columns: columns)
    }

    private static func identifier(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// One row's fields, split at tabs and unescaped (`\N` alone is NULL).
    static func fields(_ line: ArraySlice<UInt8>) throws -> [[UInt8]?] {
        try line.split(separator: 0x09, omittingEmptySubsequences: false).map { field in
            field.elementsEqual("\\N".utf8) ? nil : try unescaped(field)
        }
    }

    private static func unescaped(_ field: ArraySlice<UInt8>) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var index = field.startIndex
        while index < field.endIndex {
            let byte = field[index]
            index += 1
            guard byte == 0x5C else {
                bytes.append(byte)
                continue
            }
            guard index < field.endIndex else { throw StorageError(.decoding, "a field of the dump ends with a lone backslash") }
            let escaped = field[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "v"): bytes.append(0x0B)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(escaped - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, index < field.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(field[index]) {
                    value = value * 8 + Int(field[index] - UInt8(ascii: "0"))
                    index += 1
                    digits += 1
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x") where index < field.endIndex && PostgresResult.nibble(field[index]) != nil:
                var value = Int(PostgresResult.nibble(field[index])!)
                index += 1
                if index < field.endIndex, let low = PostgresResult.nibble(field[index]) {
                    value = value * 16 + Int(low)
                    index += 1
                }
                bytes.append(UInt8(value))
            default:
                bytes.append(escaped)
            }
        }
        return bytes
    }

    /// The bytes of a `bytea` field in PostgreSQL's hex output (`\x0a1b…`, after COPY's own unescaping).
    public static func bytea(_ field: [UInt8]) throws -> [UInt8] {
        guard let bytes = field.withUnsafeBufferPointer(PostgresResult.hexBytes) else {
            throw StorageError(.decoding, "a bytea field of the dump is not in hex form")
        }
        return bytes
    }
}
