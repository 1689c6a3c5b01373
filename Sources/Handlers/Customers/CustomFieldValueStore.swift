import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `custom_field_values` table: at most one value per definition and record (a customer or a
/// license), in the column its definition's value type selects. Rows read back as the contract's
/// `CustomFieldValue`, which repeats the definition's details.
enum CustomFieldValueStore {
    private static let valueColumns = """
        v.resource_id, v.string_value, v.integer_value, v.boolean_value, v.datetime_value, v.enum_value,
        v.updated_at AS value_updated_at
        """

    /// What a write did: the value it stored, or that it cleared one (and whether there was one).
    enum Outcome: Sendable {
        case set(CustomFieldValue, CustomFieldValueDefinition)
        case cleared(CustomFieldValueDefinition, hadValue: Bool)

        /// The stored value, or nil when it was cleared.
        var value: CustomFieldValue? {
            if case .set(let value, _) = self { value } else { nil }
        }
    }

    /// Sets or clears the record's value of the field `fieldID` as an upsert request asks; returns what it did, for
    /// the caller to record (`JournalEvent.customFieldValue`). The caller has found (and locked) the record itself.
    ///
    /// An unknown field is 404; a field defined for the other resource type, or (when the record belongs to a product,
    /// as a license does) for another product, is 422 naming `field_id`; what the request may carry is
    /// `CustomFieldValueChange`'s rule.
    static func write(
        _ request: CustomFieldValueUpsertRequest, fieldID: String, resourceType: CustomFieldResourceType, resourceID: String,
        productID: String? = nil, at date: Date, on connection: TenantConnection
    ) throws -> Outcome {
        guard let definition = try CustomFieldValueDefinition.find(id: fieldID, locking: true, on: connection) else {
            throw APIError.notFound("custom field definition", id: fieldID)
        }
        guard definition.resourceType == resourceType else {
            throw APIError.validationFailed(
                "custom field '\(definition.code)' is defined for \(definition.resourceType.rawValue)s, not \(resourceType.rawValue)s",
                detail: "field_id")
        }
        if let productID, definition.productID != productID {
            throw APIError.validationFailed(
                "custom field '\(definition.code)' is defined for another product than this \(resourceType.rawValue)'s", detail: "field_id")
        }
        switch try CustomFieldValueChange(request, for: definition) {
        case .set(let value):
            return .set(try upsert(value, definition: definition, resourceID: resourceID, at: date, on: connection), definition)
        case .clear:
            let removed = try connection.execute(
                "DELETE FROM custom_field_values WHERE definition_id = $1 AND resource_id = $2 AND account_id = $account",
                [.text(definition.id), .text(resourceID)])
            return .cleared(definition, hadValue: removed > 0)
        }
    }

    /// Writes the value of `definition` on the record, replacing any previous one; returns what is stored.
    private static func upsert(
        _ value: CustomFieldTypedValue, definition: CustomFieldValueDefinition, resourceID: String, at date: Date,
        on connection: TenantConnection
    ) throws -> CustomFieldValue {
        try connection.execute(
            """
            INSERT INTO custom_field_values (account_id, definition_id, resource_type, resource_id, string_value, integer_value,
                                             boolean_value, datetime_value, enum_value, created_at, updated_at)
            VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
            ON CONFLICT (definition_id, resource_id) DO UPDATE SET
                string_value = excluded.string_value, integer_value = excluded.integer_value,
                boolean_value = excluded.boolean_value, datetime_value = excluded.datetime_value,
                enum_value = excluded.enum_value, updated_at = excluded.updated_at
            """,
            [.text(definition.id), .text(definition.resourceType.rawValue), .text(resourceID)] + value.columns + [date.sqlValue])
        var stored = CustomFieldValue(
            definitionID: definition.id, productID: definition.productID, resourceType: definition.resourceType, resourceID: resourceID,
            code: definition.code, name: definition.name, valueType: definition.valueType, isRequired: definition.isRequired,
            enumOptions: definition.enumOptions, metadata: definition.metadata, updatedAt: date)
        switch value {
        case .string(let text): stored.stringValue = text
        case .integer(let integer): stored.integerValue = integer
        case .boolean(let bool): stored.booleanValue = bool
        case .datetime(let date): stored.datetimeValue = date
        case .enumeration(let option): stored.enumValue = option
        }
        return stored
    }

    /// Removes every value stored on the record, as when the record itself is deleted.
    static func deleteAll(resourceType: CustomFieldResourceType, resourceID: String, on connection: TenantConnection) throws {
        try connection.execute(
            "DELETE FROM custom_field_values WHERE resource_type = $1 AND resource_id = $2 AND account_id = $account",
            [.text(resourceType.rawValue), .text(resourceID)])
    }

    /// The record's stored values ordered by definition id, after the cursor (a definition id).
    static func page(
        resourceType: CustomFieldResourceType, resourceID: String, after cursor: String?, limit requested: Int?,
        on connection: TenantConnection
    ) throws -> Page<CustomFieldValue> {
        try Listing.page(
            "\(CustomFieldValueDefinition.columns), \(valueColumns)",
            from: "custom_field_values v JOIN custom_field_definitions d ON d.id = v.definition_id",
            where: ["v.account_id = $account", "v.resource_type = $1", "v.resource_id = $2"],
            binding: [.text(resourceType.rawValue), .text(resourceID)], keyset: .byID(\.definitionID, column: "v.definition_id"), after: cursor,
            limit: requested, on: connection, record: value)
    }

    private static func value(_ row: SQLRow) throws -> CustomFieldValue {
        let definition = try CustomFieldValueDefinition(row: row)
        return CustomFieldValue(
            definitionID: definition.id, productID: definition.productID, resourceType: definition.resourceType,
            resourceID: try row.string("resource_id"), code: definition.code, name: definition.name, valueType: definition.valueType,
            isRequired: definition.isRequired, enumOptions: definition.enumOptions, metadata: definition.metadata,
            stringValue: try row.optionalString("string_value"), integerValue: try row.optionalInt64("integer_value"),
            booleanValue: try row.optionalBool("boolean_value"), datetimeValue: try row.optionalDate("datetime_value"),
            enumValue: try row.optionalString("enum_value"), updatedAt: try row.date("value_updated_at"))
    }
}
