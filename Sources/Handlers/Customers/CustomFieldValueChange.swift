import Foundation
import LocksmithAPI

/// What an upsert request asks for, once checked against the field's definition.
///
/// The request carries exactly one `*_value` field, the one the definition's `value_type` selects, or
/// `clear: true` alone. A wrong, missing or extra value field is 422 naming it; clearing a required field is
/// 409, because the request is well-formed but the field's current definition forbids it.
enum CustomFieldValueChange: Sendable, Equatable {
    case set(CustomFieldTypedValue)
    case clear

    init(_ request: CustomFieldValueUpsertRequest, for definition: CustomFieldValueDefinition) throws {
        let sent: [(field: String, value: CustomFieldTypedValue)] = [
            request.stringValue.map { ("string_value", .string($0)) },
            request.integerValue.map { ("integer_value", .integer($0)) },
            request.booleanValue.map { ("boolean_value", .boolean($0)) },
            request.datetimeValue.map { ("datetime_value", .datetime($0.wholeMilliseconds)) },
            request.enumValue.map { ("enum_value", .enumeration($0)) },
        ].compactMap { $0 }
        let expected = definition.valueField
        if request.clear == true {
            if let extra = sent.first {
                throw APIError.validationFailed("field '\(extra.field)' cannot be sent with 'clear: true'; send clear alone", detail: extra.field)
            }
            if definition.isRequired {
                throw APIError(.conflict, "custom field '\(definition.code)' is required: its value can be replaced but not cleared", detail: "clear")
            }
            self = .clear
            return
        }
        guard !sent.isEmpty else {
            throw APIError.validationFailed(
                "field '\(expected)' is required for the \(definition.valueType.rawValue) field '\(definition.code)' (or send 'clear: true')",
                detail: expected)
        }
        if let wrong = sent.first(where: { $0.field != expected }) {
            let problem = sent.count > 1 ? "send exactly one value field" : "the field's value_type is '\(definition.valueType.rawValue)'"
            throw APIError.validationFailed(
                "field '\(wrong.field)' does not fit custom field '\(definition.code)': \(problem); send '\(expected)'", detail: wrong.field)
        }
        let value = sent[0].value
        if case .enumeration(let option) = value, !definition.enumOptions.contains(option) {
            throw APIError.validationFailed(
                "field 'enum_value' must be one of the field's enum_options: \(definition.enumOptions.joined(separator: ", "))",
                detail: "enum_value")
        }
        self = .set(value)
    }
}
