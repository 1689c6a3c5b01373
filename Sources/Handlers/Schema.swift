public import LocksmithStorage

/// Locksmith's database schema, as versioned migrations assembled from each area's tables.
///
/// Each area declares, per migration version, the statements that create or change its own tables
/// (`CatalogSchema`, `CustomersSchema`, …); a migration runs the statements of every area in `areas` order, so an
/// area may refer to the tables of the areas before it. `{{bigint}}` and `{{blob}}` are dialect tokens;
/// timestamps are integer milliseconds since 1970 and booleans integer 0/1 on both backends.
public enum Schema {
    /// Areas in the order their statements run within one migration.
    nonisolated(unsafe) static let areas: [any AreaSchema.Type] = [
        AccountsSchema.self, AccessSchema.self, AuditSchema.self, CatalogSchema.self, CustomersSchema.self, CommerceSchema.self,
        LicensingSchema.self, LedgerSchema.self, IdempotencySchema.self, RuntimeSchema.self, WebhooksSchema.self, ReportingSchema.self,
        LimitsSchema.self,
    ]

    /// Every migration version and its name. Never renumber or rename one that has shipped.
    static let versions: [(version: Int, name: String)] = [
        (1, "keys and audit chain"),
        (2, "catalog"),
        (3, "customers and commerce"),
        (4, "accounts"),
        (5, "one active signing key"),
        (6, "licensing, activity ledger and idempotency"),
        (7, "runtime"),
        (8, "webhooks"),
        (9, "reporting"),
        (10, "per-account signing keys and floating seats"),
        (11, "sealed idempotent responses"),
        (12, "abuse limits and fair shares"),
        (13, "products know their version catalog; licenses by e-mail and key ending"),
        (14, "licenses carry their own limits"),
        (15, "licenses know when they were revoked"),
        (16, "license tokens: token keys and revoked token ids"),
        (17, "the activity ledger partitioned by month on PostgreSQL"),
        (18, "webhook attempts partitioned by month on PostgreSQL"),
        (19, "webhook deliveries continue the trace that queued them"),
        (20, "per-day ledger totals on SQLite"),
    ]

    public static let migrations: [Migration] = versions.map { version, name in
        Migration(version: version, name: name, statements: areas.flatMap { $0.statements[version] ?? [] })
    }

    public static var migrator: Migrator { Migrator(migrations: migrations) }

    /// The newest schema version this binary knows: the last migration's.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }
}

/// The tables of one area, as the statements each migration version runs for it.
protocol AreaSchema {
    static var statements: [Int: [String]] { get }
}
