/// A transaction's connection narrowed to one account: the only way stores reach tenant tables.
///
/// Every statement must say `$account` wherever it names the account (`WHERE account_id = $account`,
/// `VALUES ($account, …)`); the connection binds the account id there. A statement that does not use `$account` is
/// refused before it runs, so a store cannot read or write tenant rows without naming the account. On PostgreSQL the
/// transaction also carries the account as `locksmith.account_id`, which row-level security checks independently.
public struct TenantConnection {
    /// The account whose rows this connection reads and writes.
    public let account: String
    /// The transaction's connection, for statements on global tables (accounts, signing keys).
    public let raw: any SQLConnection

    init(raw: any SQLConnection, account: String) {
        self.raw = raw
        self.account = account
    }

    /// The SQL flavour of the database behind this connection.
    public var dialect: SQLDialect { raw.dialect }

    /// Runs a statement and returns the number of rows it inserted, updated or deleted.
    @discardableResult
    public func execute(_ sql: String, _ binds: [SQLValue]) throws -> Int {
        let (sql, binds) = try scoped(sql, binds)
        return try raw.execute(sql, binds)
    }

    /// Runs a statement and returns all of its rows.
    public func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        let (sql, binds) = try scoped(sql, binds)
        return try raw.query(sql, binds)
    }

    /// Runs a statement and returns its first row, or nil when it has none.
    public func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> SQLRow? {
        let (sql, binds) = try scoped(sql, binds)
        return try raw.queryOne(sql, binds)
    }

    /// `sql` with every `$account` replaced by the next placeholder, and the account bound to it. This runs for every
    /// statement, so it scans the UTF-8 bytes itself rather than going through Foundation's string search.
    private func scoped(_ sql: String, _ binds: [SQLValue]) throws -> (String, [SQLValue]) {
        try Self.scoped(sql, binds, account: account)
    }

    static func scoped(_ sql: String, _ binds: [SQLValue], account: String) throws -> (String, [SQLValue]) {
        guard let rewritten = substituting(accountWith: "$\(binds.count + 1)", in: sql) else {
            throw StorageError(.other, "a statement on a tenant connection must name the account with $account: \(sql.prefix(80))")
        }
        return (rewritten, binds + [.text(account)])
    }

    private static let token = Array("$account".utf8)

    /// `sql` with each `$account` replaced by `placeholder`; nil when there is none. Copies the text between
    /// occurrences in bulk: runtime statements are a few kilobytes long and run thousands of times a second.
    static func substituting(accountWith placeholder: String, in sql: String) -> String? {
        var sql = sql
        return sql.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            var found = false
            var copied = 0
            var index = 0
            while let dollar = bytes[index...].firstIndex(of: UInt8(ascii: "$")) {
                if dollar + token.count <= bytes.count, token.indices.allSatisfy({ bytes[dollar + $0] == token[$0] }) {
                    output.append(contentsOf: bytes[copied..<dollar])
                    output.append(contentsOf: placeholder.utf8)
                    copied = dollar + token.count
                    found = true
                }
                index = dollar + 1
            }
            guard found else { return nil }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension SQLConnection {
    /// Narrows the rest of this transaction to `account` (on PostgreSQL, `set_config('locksmith.account_id', …)` for
    /// the transaction): for work that visits several accounts in one transaction, such as a server-wide event
    /// recorded in every account's audit chain.
    public func tenant(_ account: String) throws -> TenantConnection {
        try TenantScope.checkAccountID(account)
        if dialect == .postgres {
            try execute("SELECT set_config('locksmith.account_id', $1, true)", [.text(account)])
        }
        return TenantConnection(raw: self, account: account)
    }
}

extension Database {
    /// A read-only transaction over one account's rows.
    @discardableResult
    public func read<T: Sendable>(account: String, _ body: @escaping @Sendable (TenantConnection) throws -> T) async throws -> T {
        try await read(.account(account)) { raw in try body(TenantConnection(raw: raw, account: account)) }
    }

    /// A write transaction over one account's rows.
    @discardableResult
    public func write<T: Sendable>(account: String, _ body: @escaping @Sendable (TenantConnection) throws -> T) async throws -> T {
        try await write(.account(account)) { raw in try body(TenantConnection(raw: raw, account: account)) }
    }

    /// One read-only statement over one account's rows, outside any explicit transaction (`query(_:_:_:)`); like a
    /// `TenantConnection` statement, it must name the account with `$account`.
    public func query(account: String, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        let (sql, binds) = try TenantConnection.scoped(sql, binds, account: account)
        return try await query(.account(account), sql, binds)
    }

    /// A read-only transaction over global tables only.
    @discardableResult
    public func read<T: Sendable>(_ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await read(.none, body)
    }

    /// A write transaction over global tables only.
    @discardableResult
    public func write<T: Sendable>(_ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await write(.none, body)
    }
}
