/// Customers and the custom-field values of customers and licenses (version 3).
///
/// Custom-field values point at a customer or a license through (`resource_type`, `resource_id`), which no
/// foreign key can express, so deleting a customer removes its values itself; the foreign key to
/// `custom_field_definitions` refuses deleting a definition that still has values. The unique index is named so
/// that a violation names it on both backends.
enum CustomersSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        3: [
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
        ],
        4: AccountsSchema.accountColumn(on: "customers") + [
            "DROP INDEX customers_code_unique",
            "CREATE UNIQUE INDEX customers_code_unique ON customers (account_id, code)",
            "CREATE INDEX customers_by_account ON customers (account_id, id)",
        ] + AccountsSchema.accountColumn(on: "custom_field_values"),
    ]
}
