/// A `postgres://` URL split into what libpq gets and what the pool uses.
///
/// The URL is otherwise passed to libpq as given, which understands all of its parameters (`sslmode`,
/// `options=-csearch_path%3D…`, `application_name`…).
struct PostgresURL: Sendable {
    /// The URL for `PQconnectdb`, without our own parameters.
    let connectionString: String
    /// `pool_size` from the URL, when given.
    let poolSize: Int?

    static let schemes = ["postgres://", "postgresql://"]

    static func isPostgres(_ url: String) -> Bool {
        schemes.contains { url.lowercased().hasPrefix($0) }
    }

    init(_ url: String) throws {
        guard Self.isPostgres(url) else {
            throw StorageError(.other, "not a PostgreSQL URL: it must start with postgres:// or postgresql://")
        }
        let parts = url.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var parameters = parts.count > 1 ? parts[1].split(separator: "&").map(String.init) : []
        var poolSizeText: Substring?
        parameters.removeAll { parameter in
            guard parameter.hasPrefix("pool_size=") else { return false }
            poolSizeText = parameter.dropFirst("pool_size=".count)
            return true
        }
        var poolSize: Int?
        if let poolSizeText {
            guard let size = Int(poolSizeText), size >= 1 else {
                throw StorageError(.other, "pool_size in the database URL must be a positive integer")
            }
            poolSize = size
        }
        // libpq would otherwise wait for the operating system's TCP timeout (minutes) on an unreachable host,
        // holding a thread of the pool.
        if !parameters.contains(where: { $0.hasPrefix("connect_timeout=") }) {
            parameters.append("connect_timeout=10")
        }
        // Swift strings are UTF-8; the session would otherwise use the database's encoding, whatever it is.
        if !parameters.contains(where: { $0.hasPrefix("client_encoding=") }) {
            parameters.append("client_encoding=UTF8")
        }
        self.poolSize = poolSize
        self.connectionString = String(parts[0]) + "?" + parameters.joined(separator: "&")
    }
}
