import Foundation

/// A `postgres://` URL split into what libpq gets and what the pool uses, with defaults added for what it leaves
/// out.
///
/// The URL is otherwise passed to libpq as given, which understands all of its parameters (`sslmode`,
/// `options=-csearch_path%3D…`, `application_name`…). Our own parameters are removed first:
///
/// | parameter | default | meaning |
/// |---|---|---|
/// | `pool_size` | 8 | connections in the pool |
/// | `pool_timeout` | `5s` | how long a caller waits for a connection (`500ms`, `5s`, or seconds) |
/// | `pool_max_waiters` | 256 | callers that may wait at once; 0 never waits |
/// | `statement_timeout` | `30s` | PostgreSQL's limit on one statement (`0` for none); sent with `options`, or not at all with `server` |
/// | `pooler` | none | `transaction`: the URL names PgBouncer (or another pooler) in transaction mode; see `Pooler` |
///
/// and these libpq parameters are added when the URL does not set them (see `libpqDefaults` for why):
/// `connect_timeout=10`, `client_encoding=UTF8`, `keepalives=1`, `keepalives_idle=30`, `keepalives_interval=10`,
/// `keepalives_count=3`, `tcp_user_timeout=30000` (milliseconds).
struct PostgresURL: Sendable {
    /// The URL for `PQconnectdb`, without our own parameters.
    let connectionString: String
    /// `pool_size` from the URL, when given.
    let poolSize: Int?
    /// From `pool_timeout` and `pool_max_waiters`, or the defaults.
    let waitLimits: WaitLimits
    /// What sits between the server and PostgreSQL, from `pooler`.
    let pooler: Pooler

    /// A connection pooler between the server and PostgreSQL.
    enum Pooler: String, Sendable {
        /// A direct connection, or a pooler in session mode: the session is the server's own.
        case none
        /// A pooler in transaction mode (PgBouncer's `pool_mode = transaction`): consecutive transactions of one
        /// connection may run on different server sessions, so nothing may outlive a transaction. Statements are sent
        /// unnamed (`PQexecParams`; PgBouncer 1.18 carries no named prepared statement across transactions), and no
        /// `options` startup parameter is sent (PgBouncer refuses it): the statement time limit is then the role's
        /// (`ALTER ROLE … SET statement_timeout = '30s'`). Everything else the server keeps in a session already lives
        /// in one transaction: the tenant setting (`SET LOCAL`, `set_config(…, true)`) and advisory locks
        /// (`pg_advisory_xact_lock`); it uses no `LISTEN`, cursor or temporary table.
        case transaction
    }

    static let schemes = ["postgres://", "postgresql://"]

    /// Applied unless the URL's `statement_timeout` (or a `-c statement_timeout` in its `options`) says otherwise.
    /// Request-path statements take milliseconds; one that runs for 30 s is waiting on a lock or a plan gone
    /// wrong, and would hold a connection and a thread of the pool. Migrations lift it for their transactions.
    static let defaultStatementTimeout = "30s"

    /// `statement_timeout=server` sends no setting, leaving the role's or database's own: for a connection pooler
    /// that refuses the `options` startup parameter (PgBouncer by default), where the limit belongs on the role.
    static let serverStatementTimeout = "server"

    /// libpq parameters added when missing.
    static let libpqDefaults: [(name: String, value: String)] = [
        // libpq would otherwise wait for the operating system's TCP timeout (minutes) on an unreachable host,
        // holding a thread of the pool.
        ("connect_timeout", "10"),
        // Swift strings are UTF-8; the session would otherwise use the database's encoding, whatever it is.
        ("client_encoding", "UTF8"),
        // A connection waiting for a result on a link that died silently (a failover, a dropped NAT entry) would
        // otherwise wait forever: probe after 30 s of silence, every 10 s, and give up after 3 lost probes,
        // so a dead link fails within about a minute.
        ("keepalives", "1"),
        ("keepalives_idle", "30"),
        ("keepalives_interval", "10"),
        ("keepalives_count", "3"),
        // Data sent and not acknowledged for 30 s (the server is gone mid-request) fails the connection instead of
        // retransmitting for about 15 minutes. Milliseconds.
        ("tcp_user_timeout", "30000"),
    ]

    static func isPostgres(_ url: String) -> Bool {
        schemes.contains { url.lowercased().hasPrefix($0) }
    }

    init(_ url: String) throws {
        guard Self.isPostgres(url) else {
            throw StorageError(.other, "not a PostgreSQL URL: it must start with postgres:// or postgresql://")
        }
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var parameters = parts.count > 1 ? parts[1].split(separator: "&").map(String.init) : []
        func take(_ name: String) -> String? {
            var value: String?
            parameters.removeAll { parameter in
                guard Self.name(of: parameter) == name else { return false }
                value = String(parameter.dropFirst(name.count + 1))
                return true
            }
            return value
        }

        poolSize = try take("pool_size").map { text in
            guard let size = Int(text), size >= 1 else {
                throw StorageError(.other, "pool_size in the database URL must be a positive integer")
            }
            return size
        }
        var waitLimits = WaitLimits()
        if let text = take("pool_timeout") {
            guard let timeout = Self.duration(text), timeout > .zero else {
                throw StorageError(.other, "pool_timeout in the database URL must be a positive duration such as 5s, 500ms or 2.5")
            }
            waitLimits.timeout = timeout
        }
        if let text = take("pool_max_waiters") {
            guard let count = Int(text), count >= 0 else {
                throw StorageError(.other, "pool_max_waiters in the database URL must be a whole number, 0 or more")
            }
            waitLimits.maxWaiters = count
        }
        self.waitLimits = waitLimits

        let poolerName = take("pooler")
        guard let pooler = Pooler(rawValue: poolerName ?? "none") else {
            throw StorageError(.other, "pooler in the database URL must be transaction (PgBouncer in transaction mode) or none")
        }
        self.pooler = pooler
        var statementTimeout = take("statement_timeout")
        if let statementTimeout, statementTimeout != Self.serverStatementTimeout, !Self.isPostgresDuration(statementTimeout) {
            throw StorageError(
                .other, "statement_timeout in the database URL must be a duration such as 30s, 500ms, 2min, 0 (no limit) or server")
        }
        if pooler == .transaction {
            guard statementTimeout == nil || statementTimeout == Self.serverStatementTimeout,
                  !parameters.contains(where: { Self.name(of: $0) == "options" })
            else {
                throw StorageError(
                    .other,
                    "a pooler in transaction mode refuses the options startup parameter, so the database URL can set neither options nor "
                        + "statement_timeout: set the limit on the role instead (ALTER ROLE … SET statement_timeout = '30s')")
            }
            statementTimeout = Self.serverStatementTimeout
        }
        let optionsIndex = parameters.firstIndex { Self.name(of: $0) == "options" }
        let options = optionsIndex.map { parameters[$0].dropFirst("options=".count).removingPercentEncoding ?? "" } ?? ""
        if let timeout = statementTimeout ?? (options.contains("statement_timeout") ? nil : Self.defaultStatementTimeout),
            timeout != Self.serverStatementTimeout
        {
            let setting = "-cstatement_timeout%3D\(timeout)"
            if let optionsIndex {
                parameters[optionsIndex] += "%20" + setting
            } else {
                parameters.append("options=" + setting)
            }
        }
        for (name, value) in Self.libpqDefaults where !parameters.contains(where: { Self.name(of: $0) == name }) {
            parameters.append("\(name)=\(value)")
        }
        connectionString = String(parts[0]) + "?" + parameters.joined(separator: "&")
    }

    private static func name(of parameter: String) -> Substring {
        parameter.prefix { $0 != "=" }
    }

    /// `500ms`, `5s`, or a number of seconds.
    private static func duration(_ text: String) -> Duration? {
        var number = text[...]
        var millisecondsPerUnit = 1000.0
        if text.hasSuffix("ms") {
            number = text.dropLast(2)
            millisecondsPerUnit = 1
        } else if text.hasSuffix("s") {
            number = text.dropLast()
        }
        guard let value = Double(number), value.isFinite else { return nil }
        return .milliseconds((value * millisecondsPerUnit).rounded())
    }

    /// What PostgreSQL accepts for a time setting: a whole number, optionally with a unit. Checked here so that a
    /// typo fails at startup with a clear message rather than at the first connection.
    private static func isPostgresDuration(_ text: String) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && ["", "us", "ms", "s", "min", "h", "d"].contains(String(text.dropFirst(digits.count)))
    }
}
