import Foundation
import LocksmithStorage

/// One custom-field value in the type its definition selects.
enum CustomFieldTypedValue: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case boolean(Bool)
    case datetime(Date)
    case enumeration(String)

    /// The value in its own column and NULL in the others:
    /// `string_value, integer_value, boolean_value, datetime_value, enum_value`.
    var columns: [SQLValue] {
        var columns = [SQLValue](repeating: .null, count: 5)
        switch self {
        case .string(let value): columns[0] = .text(value)
        case .integer(let value): columns[1] = .integer(value)
        case .boolean(let value): columns[2] = value.sqlValue
        case .datetime(let value): columns[3] = value.sqlValue
        case .enumeration(let value): columns[4] = .text(value)
        }
        return columns
    }
}
