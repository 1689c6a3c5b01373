/// Subscriptions and orders mirrored from external commerce systems (version 3).
///
/// Foreign keys to `products`, `customers` and `subscriptions` are what refuse deleting a record these rows still
/// refer to. The unique indexes are named so that a violation names them on both backends.
enum CommerceSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        3: [
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
        ],
        4: AccountsSchema.accountColumn(on: "subscriptions") + AccountsSchema.accountColumn(on: "orders"),
    ]
}
