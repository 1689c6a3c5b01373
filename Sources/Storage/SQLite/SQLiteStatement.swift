import CSQLite
import Foundation

/// A prepared statement cached by its connection for the life of the connection.
final class SQLiteStatement {
    let handle: OpaquePointer
    private var columns: SQLColumns?
    /// Copies of the column names `columns` was built from, to notice when SQLite re-prepared the statement
    /// after a schema change and the result's columns changed.
    private var columnNameCopies: [UnsafeMutablePointer<CChar>] = []

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        columnNameCopies.forEach { free($0) }
        sqlite3_finalize(handle)
    }

    /// Binds `values` to `?1…?n`; throws when their number is not what the statement expects.
    func bind(_ values: [SQLValue]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw StorageError(.other, "the statement takes \(expected) parameters but \(values.count) were bound")
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value {
            case .null:
                result = sqlite3_bind_null(handle, index)
            case .integer(let integer):
                result = sqlite3_bind_int64(handle, index, integer)
            case .real(let real):
                result = sqlite3_bind_double(handle, index, real)
            case .text(let text) where text.isEmpty:
                // A null pointer would bind NULL instead of ''.
                result = sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
            case .text(var text):
                result = text.withUTF8 { utf8 in
                    utf8.withMemoryRebound(to: CChar.self) {
                        sqlite3_bind_text64(handle, index, $0.baseAddress, UInt64($0.count), sqliteTransient, UInt8(SQLITE_UTF8))
                    }
                }
            case .blob(let bytes):
                if bytes.isEmpty {
                    // A null pointer would bind NULL instead of an empty blob.
                    result = sqlite3_bind_zeroblob(handle, index, 0)
                } else {
                    result = bytes.withUnsafeBytes { sqlite3_bind_blob64(handle, index, $0.baseAddress, UInt64($0.count), sqliteTransient) }
                }
            }
            guard result == SQLITE_OK else {
                throw StorageError(.other, "cannot bind parameter $\(index) (SQLite code \(result))")
            }
        }
    }

    /// Makes the statement ready for its next use and lets go of the bound values, which may be secrets.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// The current row, after `sqlite3_step` returned `SQLITE_ROW`. `previous` is an earlier row of the same step
    /// sequence: its columns are this row's, so they are not looked up again.
    func currentRow(after previous: SQLRow? = nil) -> SQLRow {
        let count = sqlite3_column_count(handle)
        var values: [SQLValue] = []
        values.reserveCapacity(Int(count))
        for index in 0..<count {
            values.append(value(at: index))
        }
        return SQLRow(columns: previous?.columns ?? resultColumns(count: count), values: values)
    }

    private func value(at index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            let text = sqlite3_column_text(handle, index)
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let blob = sqlite3_column_blob(handle, index)
            let count = Int(sqlite3_column_bytes(handle, index))
            return .blob(count == 0 ? [] : [UInt8](UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    private func resultColumns(count: Int32) -> SQLColumns {
        if let columns, columnNamesUnchanged(count: count) {
            return columns
        }
        columnNameCopies.forEach { free($0) }
        columnNameCopies = (0..<count).map { index in
            guard let name = sqlite3_column_name(handle, index) else { return strdup("") }
            return strdup(name)
        }
        let columns = SQLColumns(columnNameCopies.map { String(cString: $0) })
        self.columns = columns
        return columns
    }

    private func columnNamesUnchanged(count: Int32) -> Bool {
        guard columnNameCopies.count == Int(count) else { return false }
        for index in 0..<count {
            guard let name = sqlite3_column_name(handle, index), strcmp(name, columnNameCopies[Int(index)]) == 0 else {
                return false
            }
        }
        return true
    }
}

/// SQLITE_TRANSIENT, which C defines as a cast of -1 that Swift cannot import: SQLite copies the value.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
