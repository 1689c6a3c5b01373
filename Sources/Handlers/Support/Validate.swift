import Foundation
import LocksmithAPI

/// Checks shared by the management handlers. Each throws `VALIDATION_FAILED` naming the field.
enum Validate {
    /// The largest `metadata` object accepted, encoded.
    static let maximumMetadataBytes = 16 * 1024

    /// Codes are identifiers: lower-case ASCII letters, digits, `-`, `_`, `.`; 1–64 characters. They appear
    /// inside signed runtime payloads, which must stay ASCII.
    static func code(_ value: String, field: String = "code") throws -> String {
        let valid = (1...64).contains(value.utf8.count) && value.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        guard valid else {
            throw APIError.validationFailed(
                "field '\(field)' must be 1–64 characters of lower-case letters, digits, '-', '_' or '.'", detail: field)
        }
        return value
    }

    /// A display name: without control characters, trimmed of spaces, not empty, at most `maximumLength` characters.
    static func name(_ value: String, field: String = "name", maximumLength: Int = 200) throws -> String {
        try printable(value, field: field)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw APIError.validationFailed("field '\(field)' must not be empty", detail: field) }
        guard trimmed.count <= maximumLength else {
            throw APIError.validationFailed("field '\(field)' must have at most \(maximumLength) characters", detail: field)
        }
        return trimmed
    }

    /// Names, options and external references are labels shown on one line and matched exactly: a control
    /// character (C0, DEL or C1, line breaks and tabs included) would be invisible or break the line. Free text
    /// (descriptions, metadata, custom-field string values) may hold line breaks.
    static func printable(_ value: String, field: String) throws {
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw APIError.validationFailed(
                "field '\(field)' must not contain control characters (line breaks, tabs, U+0000–U+001F, U+007F–U+009F)", detail: field)
        }
    }

    /// An e-mail address in the plain `local@domain` form, read over code points as the contract's pattern is: a
    /// combining mark right after the `@` must not hide it inside one Swift `Character`.
    static func email(_ value: String, field: String = "email") throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let scalars = trimmed.unicodeScalars
        let parts = scalars.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), parts[1].first != ".", parts[1].last != ".",
              scalars.count <= 254, !scalars.contains(where: \.properties.isWhitespace)
        else {
            throw APIError.validationFailed("field '\(field)' must be an e-mail address such as ops@example.com", detail: field)
        }
        return trimmed
    }

    /// `metadata` defaults to `{}` and is bounded in size.
    static func metadata(_ value: [String: JSONValue]?, field: String = "metadata") throws -> [String: JSONValue] {
        let metadata = value ?? [:]
        if try MetadataColumn.encode(metadata).utf8.count > maximumMetadataBytes {
            throw APIError.validationFailed("field '\(field)' must encode to at most \(maximumMetadataBytes / 1024) KiB of JSON", detail: field)
        }
        return metadata
    }

    /// `end` must come after `start` when both are known.
    static func period(start: Date?, end: Date?, endField: String) throws {
        if let start, let end, end <= start {
            throw APIError.validationFailed("field '\(endField)' must be after the start of the period", detail: endField)
        }
    }
}
