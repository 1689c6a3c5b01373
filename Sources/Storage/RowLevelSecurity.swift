/// The PostgreSQL statements that put a tenant table under forced row-level security, for migrations.
///
/// The policy admits a row when its `account_id` is the transaction's `locksmith.account_id` (`TenantScope.account`);
/// a credential table also admits the one row whose keyed hash is the transaction's `locksmith.credential_hash`
/// (`TenantScope.credential`). `current_setting(…, true)` is NULL or empty when nothing was set, which matches no
/// row: a transaction that names no account sees nothing. `FORCE` applies the policy to the table's owner too, which is
/// the role the server connects as; a superuser or a role with BYPASSRLS would still see everything.
public enum RowLevelSecurity {
    /// The statements for `table`, each marked `{{postgres_only}}` (SQLite has no row-level security).
    public static func statements(for table: String, credentialColumn: String? = nil) -> [String] {
        let account = "account_id = current_setting('locksmith.account_id', true)"
        let visible = credentialColumn.map { column in
            "\(account) OR \(column) = decode(NULLIF(current_setting('locksmith.credential_hash', true), ''), 'hex')"
        } ?? account
        return [
            "{{postgres_only}}ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "{{postgres_only}}ALTER TABLE \(table) FORCE ROW LEVEL SECURITY",
            "{{postgres_only}}CREATE POLICY \(table)_tenant ON \(table) USING (\(visible)) WITH CHECK (\(account))",
        ]
    }

    /// `statements` run across every account, for a migration that changes rows of all tenants (a data migration): the
    /// policies of `tables` stop applying to their owner for those statements and apply again after them, within the
    /// migration's transaction, so no other transaction ever sees them lifted.
    public static func acrossAccounts(_ tables: [String], _ statements: [String]) -> [String] {
        tables.map { "{{postgres_only}}ALTER TABLE \($0) NO FORCE ROW LEVEL SECURITY" } + statements
            + tables.map { "{{postgres_only}}ALTER TABLE \($0) FORCE ROW LEVEL SECURITY" }
    }

    /// Whether the connected role sees past row-level security (a superuser, or a role with BYPASSRLS): then the
    /// policies protect nothing and only the stores' scoping keeps accounts apart. Always false on SQLite.
    public static func isBypassed(on connection: any SQLConnection) throws -> Bool {
        guard connection.dialect == .postgres else { return false }
        let row = try connection.queryOne("SELECT rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user", [])
        return try row?.bool("bypasses") ?? false
    }
}
