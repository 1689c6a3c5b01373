import CLibPQ

/// Decodes text-format results by column type, so that both backends hand out the same `SQLValue` kinds.
enum PostgresResult {
    private enum TypeOID {
        static let bool: Oid = 16
        static let bytea: Oid = 17
        static let int8: Oid = 20
        static let int2: Oid = 21
        static let int4: Oid = 23
        static let oid: Oid = 26
        static let float4: Oid = 700
        static let float8: Oid = 701
        static let numeric: Oid = 1700
    }

    /// The rows of `result`, at most `limit`. `columns` are the names a previous result of the same prepared statement
    /// had, reused when the count matches (a prepared statement's result columns cannot change: PostgreSQL refuses
    /// to run it instead); the names used are stored back into it.
    static func rows(of result: OpaquePointer, limit: Int32 = .max, columns cached: inout SQLColumns?) -> [SQLRow] {
        let rowCount = min(PQntuples(result), limit)
        guard rowCount > 0 else { return [] }
        let columnCount = PQnfields(result)
        let columns: SQLColumns
        if let cached, cached.names.count == Int(columnCount) {
            columns = cached
        } else {
            columns = SQLColumns((0..<columnCount).map { String(cString: PQfname(result, $0)) })
            cached = columns
        }
        let types = (0..<columnCount).map { PQftype(result, $0) }
        var rows: [SQLRow] = []
        rows.reserveCapacity(Int(rowCount))
        for row in 0..<rowCount {
            var values: [SQLValue] = []
            values.reserveCapacity(Int(columnCount))
            for column in 0..<columnCount {
                values.append(value(result, row: row, column: column, type: types[Int(column)]))
            }
            rows.append(SQLRow(columns: columns, values: values))
        }
        return rows
    }

    private static func value(_ result: OpaquePointer, row: Int32, column: Int32, type: Oid) -> SQLValue {
        if PQgetisnull(result, row, column) == 1 {
            return .null
        }
        let bytes = UnsafeRawBufferPointer(
            start: PQgetvalue(result, row, column), count: Int(PQgetlength(result, row, column))
        ).bindMemory(to: UInt8.self)
        switch type {
        case TypeOID.int2, TypeOID.int4, TypeOID.int8, TypeOID.oid:
            if let integer = integer(bytes) { return .integer(integer) }
        case TypeOID.float4, TypeOID.float8, TypeOID.numeric:
            if let real = Double(String(decoding: bytes, as: UTF8.self)) { return .real(real) }
        case TypeOID.bool:
            return .integer(bytes.first == UInt8(ascii: "t") ? 1 : 0)
        case TypeOID.bytea:
            if let blob = hexBytes(bytes) { return .blob(blob) }
            return .blob(Array(bytes))
        default:
            break
        }
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let first = bytes.first else { return nil }
        let negative = first == UInt8(ascii: "-")
        var value: Int64 = 0
        for byte in bytes.dropFirst(negative ? 1 : 0) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            // Accumulating negatively reaches Int64.min, whose magnitude does not fit in a positive Int64.
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = shifted.subtractingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = next
        }
        if negative { return value }
        let (positive, overflow) = Int64(0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    /// bytea in the server's default `hex` output format: `\x` then two hex digits per byte.
    static func hexBytes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard text.count >= 2, text.count % 2 == 0, text[0] == UInt8(ascii: "\\"), text[1] == UInt8(ascii: "x") else {
            return nil
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count / 2 - 1)
        var index = 2
        while index < text.count {
            guard let high = nibble(text[index]), let low = nibble(text[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
