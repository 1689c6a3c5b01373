import LocksmithStorage

/// Accounts (version 4), and how every table that existed before them got its `account_id`; which server signing keys
/// sign for each (version 10).
///
/// The default account is created here with a fixed id, so that the rows written before accounts existed can be
/// given to it in the same migration. Other accounts are created from the command line.
enum AccountsSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        4: [
            """
            CREATE TABLE accounts (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                status TEXT NOT NULL,
                created_at {{bigint}} NOT NULL
            )
            """,
            "INSERT INTO accounts (id, name, status, created_at) VALUES ('\(AccountStore.defaultAccountID)', 'Default', 'active', {{now_milliseconds}})",
        ],
        // Version 10: which of the server's signing keys sign for the account (`SigningKeyView`). NULL for every account
        // that exists at the upgrade: they keep signing with the server's key until they are given their own.
        10: ["ALTER TABLE accounts ADD COLUMN server_keys_until {{bigint}}"],
    ]

    /// Gives an existing table its `account_id`, belonging every row so far to the default account, and puts the table
    /// under row-level security.
    ///
    /// The column's default is the empty string, which names no account: a write that forgot the account would make a
    /// row no one can see, never a row of the default account.
    static func accountColumn(on table: String, credentialColumn: String? = nil) -> [String] {
        [
            "ALTER TABLE \(table) ADD COLUMN account_id TEXT NOT NULL DEFAULT ''",
            "UPDATE \(table) SET account_id = '\(AccountStore.defaultAccountID)'",
        ] + RowLevelSecurity.statements(for: table, credentialColumn: credentialColumn)
    }
}
