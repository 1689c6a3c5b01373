import Foundation
import LocksmithAPI

/// What a custom-field definition's `enum_options` may hold.
///
/// An enum field needs at least one option; each is a non-blank string of at most 200 characters, listed
/// once, and stored exactly as given. Other value types have no options: an empty list is accepted (it is
/// what they report), anything else is refused.
enum CustomFieldDefinitionRules {
    static let maximumOptionLength = 200

    static func enumOptions(_ options: [String]?, valueType: CustomFieldValueType) throws -> [String] {
        guard valueType == .enum else {
            if let options, !options.isEmpty {
                throw APIError.validationFailed(
                    "field 'enum_options' is only allowed when value_type is enum (this field's value_type is \(valueType.rawValue))",
                    detail: "enum_options")
            }
            return []
        }
        guard let options, !options.isEmpty else {
            throw APIError.validationFailed("field 'enum_options' must list at least one option when value_type is enum", detail: "enum_options")
        }
        var seen: Set<String> = []
        for (index, option) in options.enumerated() {
            let field = "enum_options[\(index)]"
            guard !option.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw APIError.validationFailed("field '\(field)' must not be blank", detail: field)
            }
            try Validate.printable(option, field: field)
            guard option.count <= maximumOptionLength else {
                throw APIError.validationFailed("field '\(field)' must have at most \(maximumOptionLength) characters", detail: field)
            }
            guard seen.insert(option).inserted else {
                throw APIError.validationFailed("field '\(field)' repeats the option '\(option)'", detail: field)
            }
        }
        return options
    }
}
