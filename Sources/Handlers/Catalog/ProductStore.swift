import LocksmithAPI
import LocksmithStorage

/// SQL for the `products` table. Rows are the contract's `Product`.
enum ProductStore {
    /// The unique index on `code`; a violation of it means the code is taken.
    static let codeIndex = "products_code_unique"
    /// The fields whose values audit events record (`AuditMetadata`).
    static let auditedFields: Set<String> = ["code"]
    private static let columns = "id, name, code, metadata, created_at, updated_at"

    /// The catalog rows a product owns, deleted with it, as (table, audit key).
    private static let ownedRows = [
        ("custom_field_definitions", "custom_field_definitions"), ("product_versions", "versions"), ("features", "features"),
        ("policies", "policies"),
    ]

    static func insert(_ product: Product, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(product.code)]) {
            try connection.execute(
                "INSERT INTO products (account_id, \(columns)) VALUES ($account, $1, $2, $3, $4, $5, $6)",
                [.text(product.id), .text(product.name), .text(product.code), .text(try MetadataColumn.encode(product.metadata)),
                 product.createdAt.sqlValue, product.updatedAt.sqlValue])
        }
    }

    /// Writes every field but the id and creation time; `request` names the fields that changed.
    static func update(_ product: Product, request: ProductUpdateRequest, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(product.code)]) {
            try connection.execute(
                "UPDATE products SET name = $2, code = $3, metadata = $4, updated_at = $5 WHERE id = $1 AND account_id = $account",
                [.text(product.id), .text(product.name), .text(product.code), .text(try MetadataColumn.encode(product.metadata)),
                 product.updatedAt.sqlValue])
        }
    }

    /// Deletes the product with its policies, features, versions and custom-field definitions; returns how many of each
    /// went, by kind. Rows of other areas that still refer to any of them (licenses, orders, subscriptions, custom-field
    /// values) make their foreign keys refuse: 409.
    static func delete(_ product: Product, on connection: TenantConnection) throws -> [String: JSONValue] {
        let references = try References.describe(
            product.id,
            by: [.init(table: "licenses", column: "product_id", noun: "license"), .init(table: "orders", column: "product_id", noun: "order"),
                 .init(table: "subscriptions", column: "product_id", noun: "subscription")],
            on: connection)
        guard references.isEmpty else { throw APIError.stillReferenced("product", by: references) }
        let referenced = APIError.stillReferenced("product", by: ["its licenses, orders, subscriptions or custom field values"])
        var removed: [String: JSONValue] = [:]
        for (table, key) in ownedRows {
            let count = try mappingConstraintErrors(foreignKey: referenced) {
                try connection.execute("DELETE FROM \(table) WHERE product_id = $1 AND account_id = $account", [.text(product.id)])
            }
            removed[key] = .integer(Int64(count))
        }
        try mappingConstraintErrors(foreignKey: referenced) {
            try connection.execute("DELETE FROM products WHERE id = $1 AND account_id = $account", [.text(product.id)])
        }
        return removed
    }

    /// The product, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> Product? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM products WHERE id = $1 AND account_id = $account" + lock, [.text(id)]).map(record)
    }

    /// Throws 404 unless the product exists: what belongs to a product is only ever created under an existing one.
    static func require(id: String, on connection: TenantConnection) throws {
        guard try connection.queryOne("SELECT 1 AS found FROM products WHERE id = $1 AND account_id = $account", [.text(id)]) != nil else {
            throw APIError.notFound("product", id: id)
        }
    }

    /// Products in creation order after the cursor (a product id).
    static func page(after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Product> {
        try Listing.page("products", columns: columns, after: cursor, limit: limit, on: connection, record: record, id: \.id)
    }

    private static func duplicateCode(_ code: String) -> APIError {
        APIError.duplicate("code", code, scope: "by another product")
    }

    private static func record(_ row: SQLRow) throws -> Product {
        Product(
            id: try row.string("id"), name: try row.string("name"), code: try row.string("code"),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
