import LocksmithAPI
import LocksmithStorage

/// SQL for the `product_versions` table. Rows are the contract's `ProductVersion`.
enum ProductVersionStore {
    /// The unique index on (`product_id`, `version`).
    static let versionIndex = "product_versions_version_unique"
    /// The fields whose values audit events record (`AuditMetadata`).
    static let auditedFields: Set<String> = ["product_id", "version", "released_at"]
    private static let columns = "id, product_id, version, released_at, metadata, created_at, updated_at"

    static func insert(_ version: ProductVersion, on connection: TenantConnection) throws {
        try mappingConstraintErrors(
            unique: [versionIndex: .duplicate("version", version.version, scope: "in this product's version catalog")],
            foreignKey: .notFound("product", id: version.productID)
        ) {
            try connection.execute(
                "INSERT INTO product_versions (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6, $7)",
                [.text(version.id), .text(version.productID), .text(version.version), version.releasedAt.sqlValue,
                 .text(try MetadataColumn.encode(version.metadata)), version.createdAt.sqlValue, version.updatedAt.sqlValue])
        }
        try connection.execute(
            "UPDATE products SET has_versions = 1 WHERE id = $1 AND account_id = $account AND has_versions = 0", [.text(version.productID)])
    }

    /// The product's versions in creation order after the cursor (a version id). A product that does not exist is 404, not an empty list.
    static func page(productID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<ProductVersion> {
        try ProductStore.require(id: productID, on: connection)
        return try Listing.page(
            "product_versions", columns: columns, where: [("product_id", .text(productID))], after: cursor, limit: limit,
            on: connection, record: record, id: \.id)
    }

    private static func record(_ row: SQLRow) throws -> ProductVersion {
        ProductVersion(
            id: try row.string("id"), productID: try row.string("product_id"), version: try row.string("version"),
            releasedAt: try row.date("released_at"), metadata: try MetadataColumn.decode(try row.string("metadata")),
            createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}
