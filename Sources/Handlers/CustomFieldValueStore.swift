import Foundation
public import LocksmithAPI
public import LocksmithStorage

/// SQL for the `custom_field_values` table: at most one value per definition and record (a customer or a
/// license), in the column its definition's value type selects. Rows read back as the contract's
/// `CustomFieldValue`, which repeats the definition's details.
public enum CustomFieldValueStore {
    private static let valueColumns = """
        v.resource_id, v.string_value, v.integer_value, v.boolean_value, v.datetime_value, v.enum_value,
        v.updated_at AS value_updated_at
        """

    /// Writes the value of `definition` on the record, replacing any previous one; returns what is stored.
    static func upsert(
        _ value: CustomFieldTypedValue, definition: CustomFieldValueDefinition, resourceID: String, at date: Date,
        on connection: any SQLConnection
    ) throws -> CustomFieldValue {
        try connection.execute(
            """
            INSERT INTO custom_field_values (definition_id, resource_type, resource_id, string_value, integer_value, boolean_value,
                                             datetime_value, enum_value, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
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

    /// Removes the value of `definitionID` on the record; returns whether there was one.
    @discardableResult
    static func clear(definitionID: String, resourceID: String, on connection: any SQLConnection) throws -> Bool {
        try connection.execute(
            "DELETE FROM custom_field_values WHERE definition_id = $1 AND resource_id = $2", [.text(definitionID), .text(resourceID)]) > 0
    }

    /// Removes every value stored on the record, as when the record itself is deleted.
    public static func deleteAll(resourceType: CustomFieldResourceType, resourceID: String, on connection: any SQLConnection) throws {
        try connection.execute(
            "DELETE FROM custom_field_values WHERE resource_type = $1 AND resource_id = $2",
            [.text(resourceType.rawValue), .text(resourceID)])
    }

    /// The record's stored values ordered by definition id, after the cursor (a definition id).
    public static func page(
        resourceType: CustomFieldResourceType, resourceID: String, after cursor: String?, limit: Int, on connection: any SQLConnection
    ) throws -> (values: [CustomFieldValue], next: String?) {
        let rows = try connection.query(
            """
            SELECT \(CustomFieldValueDefinition.columns), \(valueColumns)
            FROM custom_field_values v JOIN custom_field_definitions d ON d.id = v.definition_id
            WHERE v.resource_type = $1 AND v.resource_id = $2 AND v.definition_id > $3
            ORDER BY v.definition_id LIMIT $4
            """,
            [.text(resourceType.rawValue), .text(resourceID), .text(cursor ?? ""), .integer(Int64(limit + 1))])
        let page = Paging.page(try rows.map(value), limit: limit) { $0.definitionID }
        return (page.items, page.next)
    }

    public static func count(on connection: any SQLConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM custom_field_values", [])?.int("n") ?? 0
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
