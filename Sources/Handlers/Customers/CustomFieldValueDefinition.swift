import Foundation
import LocksmithAPI
import LocksmithStorage

/// A custom-field definition as its values need it: what a value must look like and what a `CustomFieldValue`
/// repeats about its field. The definitions themselves belong to the catalog (`custom_field_definitions`).
struct CustomFieldValueDefinition: Sendable, Equatable {
    var id: String
    var productID: String
    var resourceType: CustomFieldResourceType
    var code: String
    var name: String
    var valueType: CustomFieldValueType
    var isRequired: Bool
    var enumOptions: [String]
    var metadata: [String: JSONValue]

    /// Definition columns, aliased so that they can be selected next to a value's own columns.
    static let columns = """
        d.id AS definition_id, d.product_id AS definition_product_id, d.resource_type AS definition_resource_type,
        d.code AS definition_code, d.name AS definition_name, d.value_type AS definition_value_type,
        d.is_required AS definition_is_required, d.enum_options AS definition_enum_options, d.metadata AS definition_metadata
        """

    /// The definition, locked for the rest of a write transaction when `locking` (PostgreSQL), so that it
    /// cannot change type, options or requiredness under a value being written.
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> CustomFieldValueDefinition? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM custom_field_definitions d WHERE d.id = $1 AND d.account_id = $account" + lock, [.text(id)])
            .map(CustomFieldValueDefinition.init(row:))
    }

    init(row: SQLRow) throws {
        id = try row.string("definition_id")
        productID = try row.string("definition_product_id")
        resourceType = CustomFieldResourceType(rawValue: try row.string("definition_resource_type"))
        code = try row.string("definition_code")
        name = try row.string("definition_name")
        valueType = CustomFieldValueType(rawValue: try row.string("definition_value_type"))
        isRequired = try row.bool("definition_is_required")
        let options = try row.optionalString("definition_enum_options") ?? "[]"
        enumOptions = try LocksmithJSON.decode([String].self, from: Data(options.utf8))
        metadata = try MetadataColumn.decode(try row.string("definition_metadata"))
    }

    /// The field the typed value travels in, such as `string_value`.
    var valueField: String {
        valueType.rawValue + "_value"
    }
}
