import LocksmithAPI
import LocksmithStorage

/// SQL for the `features` table. Rows are the contract's `Feature`.
enum FeatureStore {
    /// The unique index on (`product_id`, `code`).
    static let codeIndex = "features_code_unique"
    /// The fields whose values audit events record (`AuditMetadata`).
    static let auditedFields: Set<String> = ["product_id", "code"]
    private static let columns = "id, product_id, code, name, metadata, created_at"

    static func insert(_ feature: Feature, on connection: TenantConnection) throws {
        try mappingConstraintErrors(
            unique: [codeIndex: .duplicate("code", feature.code, scope: "by another feature of this product")],
            foreignKey: .notFound("product", id: feature.productID)
        ) {
            try connection.execute(
                "INSERT INTO features (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6)",
                [.text(feature.id), .text(feature.productID), .text(feature.code), .text(feature.name),
                 .text(try MetadataColumn.encode(feature.metadata)), feature.createdAt.sqlValue])
        }
    }

    static func find(id: String, on connection: TenantConnection) throws -> Feature? {
        try connection.queryOne("SELECT \(columns) FROM features WHERE id = $1 AND account_id = $account", [.text(id)]).map(record)
    }

    /// The product's feature with this code.
    static func find(code: String, productID: String, on connection: TenantConnection) throws -> Feature? {
        try connection.queryOne(
            "SELECT \(columns) FROM features WHERE product_id = $1 AND code = $2 AND account_id = $account", [.text(productID), .text(code)]
        ).map(record)
    }

    /// The product's features in creation order after the cursor (a feature id). A product that does not exist is 404, not an empty list.
    static func page(productID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Feature> {
        try ProductStore.require(id: productID, on: connection)
        return try Listing.page(
            "features", columns: columns, where: [("product_id", .text(productID))], after: cursor, limit: limit, on: connection,
            record: record, id: \.id)
    }

    private static func record(_ row: SQLRow) throws -> Feature {
        Feature(
            id: try row.string("id"), productID: try row.string("product_id"), code: try row.string("code"), name: try row.string("name"),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"))
    }
}
