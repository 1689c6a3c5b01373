import LocksmithStorage

/// Pages through a catalog table in creation order, all of it or one product's rows. Ids sort by creation
/// time (`ResourceID`), so the cursor is simply the last id of the previous page.
enum CatalogListing {
    static func page<Item>(
        _ table: String, columns: String, productID: String?, after cursor: String?, limit: Int,
        on connection: any SQLConnection, record: (SQLRow) throws -> Item, id: (Item) -> String
    ) throws -> (items: [Item], next: String?) {
        var binds: [SQLValue] = [.text(cursor ?? ""), .integer(Int64(limit + 1))]
        var scope = ""
        if let productID {
            binds.append(.text(productID))
            scope = "product_id = $3 AND "
        }
        let rows = try connection.query("SELECT \(columns) FROM \(table) WHERE \(scope)id > $1 ORDER BY id LIMIT $2", binds)
        return Paging.page(try rows.map(record), limit: limit, id: id)
    }
}
