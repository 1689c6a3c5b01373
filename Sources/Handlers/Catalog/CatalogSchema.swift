/// Products, policies, features, versions and custom-field definitions (version 2).
///
/// Every catalog row belongs to a product through a plain foreign key: deleting a product removes its
/// catalog rows explicitly (`ProductStore.delete`), and the foreign keys that later areas add to these
/// tables (licenses, orders, subscriptions, custom-field values) are what refuse a delete that would
/// orphan them. The unique indexes are named so that a violation names them on both backends; the
/// `_by_product` indexes serve the per-product lists, which page by id.
enum CatalogSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        2: [
            """
            CREATE TABLE products (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                code TEXT NOT NULL,
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX products_code_unique ON products (code)",
            """
            CREATE TABLE policies (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                name TEXT NOT NULL,
                code TEXT NOT NULL,
                license_type TEXT NOT NULL,
                max_activations INTEGER NOT NULL,
                max_floating_users INTEGER,
                max_container_instances INTEGER,
                floating_timeout_minutes INTEGER NOT NULL,
                grace_period_days INTEGER NOT NULL,
                validation_interval_minutes INTEGER NOT NULL,
                require_heartbeat INTEGER NOT NULL,
                allow_offline_activation INTEGER NOT NULL,
                offline_grace_days INTEGER NOT NULL,
                allow_vm INTEGER NOT NULL,
                allow_container INTEGER NOT NULL,
                max_transfers INTEGER NOT NULL,
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX policies_code_unique ON policies (product_id, code)",
            "CREATE INDEX policies_by_product ON policies (product_id, id)",
            """
            CREATE TABLE features (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX features_code_unique ON features (product_id, code)",
            "CREATE INDEX features_by_product ON features (product_id, id)",
            """
            CREATE TABLE product_versions (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                version TEXT NOT NULL,
                released_at {{bigint}} NOT NULL,
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX product_versions_version_unique ON product_versions (product_id, version)",
            "CREATE INDEX product_versions_by_product ON product_versions (product_id, id)",
            """
            CREATE TABLE custom_field_definitions (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                resource_type TEXT NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                value_type TEXT NOT NULL,
                is_required INTEGER NOT NULL,
                enum_options TEXT NOT NULL,
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX custom_field_definitions_code_unique ON custom_field_definitions (product_id, resource_type, code)",
            "CREATE INDEX custom_field_definitions_by_product ON custom_field_definitions (product_id, id)",
        ],
        4: AccountsSchema.accountColumn(on: "products") + [
            "DROP INDEX products_code_unique",
            "CREATE UNIQUE INDEX products_code_unique ON products (account_id, code)",
            "CREATE INDEX products_by_account ON products (account_id, id)",
        ] + ["policies", "features", "product_versions", "custom_field_definitions"].flatMap { AccountsSchema.accountColumn(on: $0) },
        // Version 12: how many new seats a license of the policy may take per UTC day (0: no limit).
        12: ["ALTER TABLE policies ADD COLUMN max_activations_per_day INTEGER NOT NULL DEFAULT 50"],
        // Version 13: whether the product has a version catalog, set by its first version (versions are never deleted),
        // so that the runtime state statement learns it from the product row it already joins.
        13: [
            "ALTER TABLE products ADD COLUMN has_versions INTEGER NOT NULL DEFAULT 0",
            "UPDATE products SET has_versions = 1 WHERE id IN (SELECT product_id FROM product_versions)",
            // Days a node-locked device may go unseen before the sweep deactivates it (0: never).
            "ALTER TABLE policies ADD COLUMN deactivate_inactive_after_days INTEGER NOT NULL DEFAULT 0",
        ],
    ]
}
