import LocksmithStorage

/// What still refers to a record, for the 409 that refuses deleting it: counted phrases such as `2 licenses`.
enum References {
    /// One kind of record that can refer to another: its table, the referring column and its noun.
    struct Referrer {
        var table: String
        var column: String
        var noun: String
    }

    /// A phrase for each kind of referrer that still refers to `id`; empty when nothing does.
    static func describe(_ id: String, by referrers: [Referrer], on connection: TenantConnection) throws -> [String] {
        try referrers.compactMap { referrer in
            let count = try connection.queryOne(
                "SELECT COUNT(*) AS n FROM \(referrer.table) WHERE \(referrer.column) = $1 AND account_id = $account", [.text(id)]
            )?.int("n") ?? 0
            return count == 0 ? nil : "\(count) \(referrer.noun)\(count == 1 ? "" : "s")"
        }
    }
}
