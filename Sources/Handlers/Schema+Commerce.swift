import LocksmithStorage

extension Schema {
    /// Customers, custom-field values, subscriptions and orders (version 3).
    ///
    /// Foreign keys to `products`, `customers`, `subscriptions` and `custom_field_definitions` are what refuse
    /// deleting a record these rows still refer to. Custom-field values point at a customer or a license
    /// through (`resource_type`, `resource_id`), which no foreign key can express, so deleting a customer
    /// removes its values itself. The unique indexes are named so that a violation names them on both backends.
    static let commerceMigrations: [Migration] = [
        Migration(version: 3, name: "customers and commerce", statements: [
            """
            CREATE TABLE customers (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                code TEXT NOT NULL,
                email TEXT,
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX customers_code_unique ON customers (code)",
            """
            CREATE TABLE custom_field_values (
                definition_id TEXT NOT NULL REFERENCES custom_field_definitions (id),
                resource_type TEXT NOT NULL,
                resource_id TEXT NOT NULL,
                string_value TEXT,
                integer_value {{bigint}},
                boolean_value INTEGER,
                datetime_value {{bigint}},
                enum_value TEXT,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL,
                PRIMARY KEY (definition_id, resource_id)
            )
            """,
            "CREATE INDEX custom_field_values_by_resource ON custom_field_values (resource_type, resource_id, definition_id)",
            """
            CREATE TABLE subscriptions (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                customer_id TEXT REFERENCES customers (id),
                external_system TEXT NOT NULL,
                external_id TEXT NOT NULL,
                status TEXT NOT NULL,
                current_period_start {{bigint}} NOT NULL,
                current_period_end {{bigint}} NOT NULL,
                cancel_at_period_end INTEGER NOT NULL,
                canceled_at {{bigint}},
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX subscriptions_external_ref ON subscriptions (product_id, external_system, external_id)",
            "CREATE INDEX subscriptions_by_product ON subscriptions (product_id, id)",
            "CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id)",
            """
            CREATE TABLE orders (
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                customer_id TEXT REFERENCES customers (id),
                subscription_id TEXT REFERENCES subscriptions (id),
                external_system TEXT NOT NULL,
                external_id TEXT NOT NULL,
                status TEXT NOT NULL,
                period_start {{bigint}},
                period_end {{bigint}},
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX orders_external_ref ON orders (product_id, external_system, external_id)",
            "CREATE INDEX orders_by_product ON orders (product_id, id)",
            "CREATE INDEX orders_by_customer ON orders (customer_id)",
            "CREATE INDEX orders_by_subscription ON orders (subscription_id)",
        ]),
    ]
}
