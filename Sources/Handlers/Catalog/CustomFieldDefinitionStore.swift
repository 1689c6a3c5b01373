import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `custom_field_definitions` table. Rows are the contract's `CustomFieldDefinition`;
/// `enum_options` is stored as a JSON array.
///
/// The values themselves live in `custom_field_values` (the Customers area), whose foreign key refuses
/// deleting a definition that still has values; updates that would invalidate stored values are refused here.
enum CustomFieldDefinitionStore {
    /// The unique index on (`product_id`, `resource_type`, `code`).
    static let codeIndex = "custom_field_definitions_code_unique"
    /// The fields whose values audit events record (`AuditMetadata`): everything but the name and metadata.
    static let auditedFields: Set<String> = ["product_id", "resource_type", "code", "value_type", "is_required", "enum_options"]
    private static let columns =
        "id, product_id, resource_type, code, name, value_type, is_required, enum_options, metadata, created_at, updated_at"

    static func insert(_ definition: CustomFieldDefinition, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(definition)], foreignKey: .notFound("product", id: definition.productID)) {
            try connection.execute(
                "INSERT INTO custom_field_definitions (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                [.text(definition.id), .text(definition.productID), .text(definition.resourceType.rawValue), .text(definition.code),
                 .text(definition.name), .text(definition.valueType.rawValue), definition.isRequired.sqlValue,
                 .text(try encodeOptions(definition.enumOptions)), .text(try MetadataColumn.encode(definition.metadata)),
                 definition.createdAt.sqlValue, definition.updatedAt.sqlValue])
        }
    }

    /// Writes the fields an update may change; `request` names the fields that changed.
    static func update(
        _ definition: CustomFieldDefinition, request: CustomFieldDefinitionUpdateRequest,
        on connection: TenantConnection
    ) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(definition)]) {
            try connection.execute(
                """
                UPDATE custom_field_definitions SET code = $2, name = $3, is_required = $4, enum_options = $5, metadata = $6, updated_at = $7
                WHERE id = $1 AND account_id = $account
                """,
                [.text(definition.id), .text(definition.code), .text(definition.name), definition.isRequired.sqlValue,
                 .text(try encodeOptions(definition.enumOptions)), .text(try MetadataColumn.encode(definition.metadata)),
                 definition.updatedAt.sqlValue])
        }
    }

    /// Deletes the definition; stored values make their foreign key refuse: 409.
    static func delete(_ definition: CustomFieldDefinition, on connection: TenantConnection) throws {
        try mappingConstraintErrors(foreignKey: .stillReferenced("custom field definition", by: ["stored values; clear them first"])) {
            try connection.execute("DELETE FROM custom_field_definitions WHERE id = $1 AND account_id = $account", [.text(definition.id)])
        }
    }

    /// The product's definition, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, productID: String, locking: Bool = false, on connection: TenantConnection) throws -> CustomFieldDefinition? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne(
            "SELECT \(columns) FROM custom_field_definitions WHERE id = $1 AND product_id = $2 AND account_id = $account" + lock, [.text(id), .text(productID)]
        ).map(record)
    }

    /// The product's definitions in creation order after the cursor (a definition id). A product that does not exist is 404, not an empty list.
    static func page(productID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<CustomFieldDefinition> {
        try ProductStore.require(id: productID, on: connection)
        return try Listing.page(
            "custom_field_definitions", columns: columns, where: [("product_id", .text(productID))], after: cursor, limit: limit,
            on: connection, record: record, id: \.id)
    }

    /// Which of `options` stored values of the definition still use, in the order given.
    static func optionsInUse(_ options: [String], definitionID: String, on connection: TenantConnection) throws -> [String] {
        guard !options.isEmpty else { return [] }
        let used = try connection.query(
            "SELECT DISTINCT enum_value FROM custom_field_values WHERE definition_id = $1 AND account_id = $account AND enum_value IS NOT NULL", [.text(definitionID)]
        ).map { try $0.string("enum_value") }
        return options.filter(Set(used).contains)
    }

    /// How many records of the definition's resource type carry no value for it: every customer of the account, or
    /// every license of the definition's product.
    static func recordsWithoutValue(_ definition: CustomFieldDefinition, on connection: TenantConnection) throws -> Int {
        switch definition.resourceType {
        case .customer:
            try connection.queryOne(
                """
                SELECT COUNT(*) AS n FROM customers c
                WHERE c.account_id = $account
                  AND NOT EXISTS (SELECT 1 FROM custom_field_values v WHERE v.definition_id = $1 AND v.resource_id = c.id)
                """,
                [.text(definition.id)])?.int("n") ?? 0
        case .license:
            try connection.queryOne(
                """
                SELECT COUNT(*) AS n FROM licenses l
                WHERE l.account_id = $account AND l.product_id = $2
                  AND NOT EXISTS (SELECT 1 FROM custom_field_values v WHERE v.definition_id = $1 AND v.resource_id = l.id)
                """,
                [.text(definition.id), .text(definition.productID)])?.int("n") ?? 0
        default:
            0
        }
    }

    private static func duplicateCode(_ definition: CustomFieldDefinition) -> APIError {
        .duplicate("code", definition.code, scope: "by another \(definition.resourceType.rawValue) custom field of this product")
    }

    private static func encodeOptions(_ options: [String]) throws -> String {
        String(decoding: try LocksmithJSON.encodeData(options), as: UTF8.self)
    }

    private static func record(_ row: SQLRow) throws -> CustomFieldDefinition {
        CustomFieldDefinition(
            id: try row.string("id"), productID: try row.string("product_id"),
            resourceType: CustomFieldResourceType(rawValue: try row.string("resource_type")), code: try row.string("code"),
            name: try row.string("name"), valueType: CustomFieldValueType(rawValue: try row.string("value_type")),
            isRequired: try row.bool("is_required"),
            enumOptions: try LocksmithJSON.decode([String].self, from: Data(try row.string("enum_options").utf8)),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
