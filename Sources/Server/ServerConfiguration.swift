import Foundation
public import LocksmithHandlers
public import LocksmithStorage
public import Logging

/// Everything `locksmith` can be told, by flag or by environment variable (flags win).
///
/// | flag | variable | default |
/// |---|---|---|
/// | `--host` | `LOCKSMITH_HOST` | `127.0.0.1` |
/// | `--port` | `LOCKSMITH_PORT` | `8080` |
/// | `--data-dir` | `LOCKSMITH_DATA_DIR` | `./locksmith-data` |
/// | `--database-url` | `LOCKSMITH_DATABASE_URL` | none: SQLite in the data directory |
/// | `--database-pooler` | `LOCKSMITH_DATABASE_POOLER` | `none` |
/// | `--database-read-url` | `LOCKSMITH_DATABASE_READ_URL` | none: every read on the primary |
/// | `--replica-max-lag` | `LOCKSMITH_REPLICA_MAX_LAG` | `10s` |
/// | `--sqlite-synchronous` | `LOCKSMITH_SQLITE_SYNCHRONOUS` | `normal` |
/// | | `LOCKSMITH_MASTER_KEY` | none: `master.key` in the data directory |
/// | | `LOCKSMITH_BOOTSTRAP_TOKEN` | none: a random first admin token |
/// | `--trusted-proxies` | `LOCKSMITH_TRUSTED_PROXIES` | none: `X-Forwarded-For` is ignored |
/// | `--trust-forwarded-for` | `LOCKSMITH_TRUST_FORWARDED_FOR` | off; deprecated alias for `--trusted-proxies 127.0.0.1/32,::1/128` |
/// | `--max-body-bytes` | `LOCKSMITH_MAX_BODY_BYTES` | 1 MiB |
/// | `--webhook-allow-private` | `LOCKSMITH_WEBHOOK_ALLOW_PRIVATE` | off: webhooks reach public `https` addresses only |
/// | `--metrics-token` | `LOCKSMITH_METRICS_TOKEN` | none: `/metrics` is open |
/// | `--public-url` | `LOCKSMITH_PUBLIC_URL` | `http://<host>:<port>` |
/// | `--log-level` | `LOCKSMITH_LOG_LEVEL` | `info` |
/// | `--log-format` | `LOCKSMITH_LOG_FORMAT` | `text` |
/// | `--rate-limits` | `LOCKSMITH_RATE_LIMITS` | `on` |
/// | `--rate-limit-<policy>` | `LOCKSMITH_RATE_LIMIT_<POLICY>` | `RateLimitPolicy.defaultSpec` |
/// | `--max-webhook-endpoints` | `LOCKSMITH_MAX_WEBHOOK_ENDPOINTS` | 20 |
/// | `--max-queued-exports` | `LOCKSMITH_MAX_QUEUED_EXPORTS` | 10 |
public struct ServerConfiguration: Sendable, Equatable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var dataDirectory = "./locksmith-data"
    /// `postgres://…`; nil means SQLite in the data directory.
    public var databaseURL: String?
    /// A streaming replica of the PostgreSQL database, for the reads that may lag (`ReadReplica`); nil reads everything
    /// from `databaseURL`.
    public var databaseReadURL: String?
    /// How far behind the replica may be and still answer.
    public var replicaMaxLag = ReadReplica.defaultMaxLag
    /// On PostgreSQL, how long a runtime state read by this instance may answer validations and checks while another
    /// instance may have changed it (`RuntimeStateCache`'s bounded rule); nil, the default, reads it on every call. SQLite
    /// always caches under the exact rule and ignores it.
    public var runtimeCacheStaleness: Duration?
    /// How the SQLite database is opened, when there is no database URL. `--sqlite-synchronous` sets
    /// `synchronous`; the rest (readers, busy timeout, wait limits) has no flag and keeps its defaults.
    public var sqlite = SQLiteDatabase.Configuration()
    /// The master key in base64; nil means the data directory's `master.key`.
    public var masterKey: String?
    /// When set and the database has no API keys yet, this exact token becomes the first admin key.
    public var bootstrapToken: String?
    /// The proxies whose `X-Forwarded-For` entries are believed; none means the TCP peer is the client.
    public var trustedProxies = TrustedProxies.none
    public var maxBodyBytes = 1 << 20
    /// Lets webhook endpoints use `http` and private, loopback or link-local addresses (local development, tests).
    public var webhookAllowPrivate = false
    /// When set, `/metrics` answers only `Authorization: Bearer <this token>`; unset, it is open like the other system
    /// routes.
    public var metricsToken: String?
    /// The base URL clients reach this server at (behind a proxy, the proxy's): license tokens name it as their issuer
    /// and point at its JWK Set. nil means `http://<host>:<port>`.
    public var publicURL: String?
    public var logLevel: Logger.Level = .info
    /// `text` (swift-log's default lines) or `json` (`JSONLogHandler`: one JSON object per line).
    public var logFormat = LogFormat.text

    /// How log lines are written.
    public enum LogFormat: String, Sendable, Equatable {
        case text
        case json
    }
    /// How many ledger rows of runtime reads wait in memory for their batched write, and how long a runtime call waits
    /// for room once they fill it before it is answered 503 (`ActivityBatcher.Bound`). No flag: the defaults hold
    /// seconds of the hottest traffic.
    public var activityBuffer = ActivityBatcher.Bound()
    /// Rate limits and fair shares (`Limits`); every instance sharing a database should be given the same.
    public var limits = Limits()
    /// Settings that still work but should change (deprecated names), for a warning at start-up.
    public var warnings: [String] = []

    public init() {}

    /// The base URL license tokens name: `publicURL`, or the address the server listens on.
    public var effectivePublicURL: String {
        publicURL ?? "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// An `http` or `https` URL with a host and no query or fragment, without its trailing slashes. It reaches signed
    /// runtime data (a token's `jwks_uri`), so it must be printable ASCII without the characters signed data avoids.
    static func publicURL(_ text: String) throws -> String {
        var url = text
        while url.hasSuffix("/") { url.removeLast() }
        guard let components = URLComponents(string: url), ["http", "https"].contains(components.scheme?.lowercased() ?? ""),
              components.host?.isEmpty == false, components.query == nil, components.fragment == nil,
              url.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && !"<>&'+`\"\\".unicodeScalars.contains($0) })
        else {
            throw ConfigurationError(
                "--public-url (LOCKSMITH_PUBLIC_URL) must be an http or https URL with a host and no query, such as https://licenses.example.com; got '\(text)'")
        }
        return url
    }

    /// A whole number of `ms`, `s`, `m` or `h` (a bare number is seconds); nil for anything else.
    static func duration(_ text: String) -> Duration? {
        let units: [(suffix: String, milliseconds: Int64)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
        let unit = units.first { text.hasSuffix($0.suffix) && Int64(text.dropLast($0.suffix.count)) != nil } ?? ("", 1000)
        guard let number = Int64(text.dropLast(unit.suffix.count)), number >= 0, number <= Int64.max / 3_600_000 else { return nil }
        return .milliseconds(number * unit.milliseconds)
    }

    /// The configuration from flags (nil when not given) over environment variables over defaults.
    public static func resolve(
        host: String? = nil, port: Int? = nil, dataDirectory: String? = nil, databaseURL: String? = nil, databasePooler: String? = nil,
        databaseReadURL: String? = nil, replicaMaxLag: String? = nil, runtimeCacheStaleness: String? = nil,
        trustedProxies: String? = nil, sqliteSynchronous: String? = nil, trustForwardedFor: Bool? = nil, maxBodyBytes: Int? = nil,
        webhookAllowPrivate: Bool? = nil, metricsToken: String? = nil, publicURL: String? = nil, logLevel: String? = nil,
        logFormat: String? = nil,
        rateLimits: String? = nil, rateLimitPolicies: [RateLimitPolicy: String] = [:], maxWebhookEndpoints: Int? = nil,
        maxQueuedExports: Int? = nil, environment: [String: String]
    ) throws -> ServerConfiguration {
        var configuration = ServerConfiguration()
        func value(_ flag: String?, _ variable: String) -> String? {
            flag ?? environment[variable].flatMap { $0.isEmpty ? nil : $0 }
        }
        configuration.host = value(host, "LOCKSMITH_HOST") ?? configuration.host
        if let text = port.map(String.init) ?? value(nil, "LOCKSMITH_PORT") {
            guard let number = Int(text), (0...65535).contains(number) else {
                throw ConfigurationError("LOCKSMITH_PORT must be a port number between 0 and 65535, got '\(text)'")
            }
            configuration.port = number
        }
        configuration.dataDirectory = value(dataDirectory, "LOCKSMITH_DATA_DIR") ?? configuration.dataDirectory
        configuration.databaseURL = value(databaseURL, "LOCKSMITH_DATABASE_URL")
        if let url = configuration.databaseURL, !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) {
            throw ConfigurationError("the database URL must start with postgres:// or postgresql://")
        }
        if let pooler = value(databasePooler, "LOCKSMITH_DATABASE_POOLER") {
            guard ["none", "transaction"].contains(pooler) else {
                throw ConfigurationError("--database-pooler (LOCKSMITH_DATABASE_POOLER) must be none or transaction, got '\(pooler)'")
            }
            guard let url = configuration.databaseURL else {
                throw ConfigurationError("--database-pooler (LOCKSMITH_DATABASE_POOLER) needs a PostgreSQL database URL")
            }
            // The storage layer reads it from the URL, as the pool's other settings (`PostgresURL`).
            if pooler == "transaction", !url.contains("pooler=") {
                configuration.databaseURL = url + (url.contains("?") ? "&" : "?") + "pooler=transaction"
            }
        }
        if let url = value(databaseReadURL, "LOCKSMITH_DATABASE_READ_URL") {
            guard configuration.databaseURL != nil else {
                throw ConfigurationError("--database-read-url (LOCKSMITH_DATABASE_READ_URL) needs a PostgreSQL --database-url: a replica is of a PostgreSQL primary")
            }
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigurationError("--database-read-url (LOCKSMITH_DATABASE_READ_URL) must start with postgres:// or postgresql://")
            }
            configuration.databaseReadURL = url
        }
        if let text = value(replicaMaxLag, "LOCKSMITH_REPLICA_MAX_LAG") {
            guard let lag = Self.duration(text), lag > .zero, lag <= .seconds(86_400) else {
                throw ConfigurationError(
                    "--replica-max-lag (LOCKSMITH_REPLICA_MAX_LAG) must be a duration from 1ms to 24h, such as 10s, 500ms or 2m; got '\(text)'")
            }
            configuration.replicaMaxLag = lag
        }
        if let text = value(runtimeCacheStaleness, "LOCKSMITH_RUNTIME_CACHE_STALENESS"), text != "off" {
            guard let staleness = Self.duration(text), staleness > .zero, staleness <= .seconds(3600) else {
                throw ConfigurationError(
                    "--runtime-cache-staleness (LOCKSMITH_RUNTIME_CACHE_STALENESS) must be off or a duration from 1ms to 1h, such as 2s or 500ms; got '\(text)'")
            }
            if configuration.databaseURL == nil {
                configuration.warnings.append(
                    "--runtime-cache-staleness applies to PostgreSQL only: on SQLite runtime states are cached exactly (every commit is seen at once), so it is ignored")
            } else {
                configuration.runtimeCacheStaleness = staleness
            }
        }
        if let text = value(sqliteSynchronous, "LOCKSMITH_SQLITE_SYNCHRONOUS") {
            guard let synchronous = SQLiteDatabase.Synchronous(rawValue: text.lowercased()) else {
                throw ConfigurationError("--sqlite-synchronous (LOCKSMITH_SQLITE_SYNCHRONOUS) must be full or normal, got '\(text)'")
            }
            configuration.sqlite.synchronous = synchronous
        }
        configuration.masterKey = value(nil, "LOCKSMITH_MASTER_KEY")
        configuration.bootstrapToken = value(nil, "LOCKSMITH_BOOTSTRAP_TOKEN")
        if let list = value(trustedProxies, "LOCKSMITH_TRUSTED_PROXIES") {
            configuration.trustedProxies = try TrustedProxies(parsing: list)
        }
        func enabled(_ flag: Bool?, _ variable: String) -> Bool {
            flag == true || value(nil, variable).map { ["1", "true", "yes"].contains($0.lowercased()) } == true
        }
        let legacyTrust = enabled(trustForwardedFor, "LOCKSMITH_TRUST_FORWARDED_FOR")
        if legacyTrust {
            configuration.trustedProxies = configuration.trustedProxies.union(.loopback)
            configuration.warnings.append(
                "--trust-forwarded-for (LOCKSMITH_TRUST_FORWARDED_FOR) is deprecated: it now means --trusted-proxies 127.0.0.1/32,::1/128; "
                    + "list your proxies with --trusted-proxies (LOCKSMITH_TRUSTED_PROXIES) instead")
        }
        if let text = maxBodyBytes.map(String.init) ?? value(nil, "LOCKSMITH_MAX_BODY_BYTES") {
            guard let number = Int(text), number > 0 else {
                throw ConfigurationError("LOCKSMITH_MAX_BODY_BYTES must be a positive number of bytes, got '\(text)'")
            }
            configuration.maxBodyBytes = number
        }
        configuration.webhookAllowPrivate = enabled(webhookAllowPrivate, "LOCKSMITH_WEBHOOK_ALLOW_PRIVATE")
        if configuration.webhookAllowPrivate {
            configuration.warnings.append(
                "--webhook-allow-private (LOCKSMITH_WEBHOOK_ALLOW_PRIVATE) is on: webhook endpoints may use http and reach private, "
                    + "loopback and link-local addresses; use it for local development and tests only")
        }
        configuration.metricsToken = value(metricsToken, "LOCKSMITH_METRICS_TOKEN")
        if let text = value(publicURL, "LOCKSMITH_PUBLIC_URL") {
            configuration.publicURL = try Self.publicURL(text)
        }
        if let text = value(logLevel, "LOCKSMITH_LOG_LEVEL") {
            guard let level = Logger.Level(rawValue: text.lowercased()) else {
                throw ConfigurationError("log level must be one of trace, debug, info, notice, warning, error, critical; got '\(text)'")
            }
            configuration.logLevel = level
        }
        if let text = value(logFormat, "LOCKSMITH_LOG_FORMAT") {
            guard let format = LogFormat(rawValue: text.lowercased()) else {
                throw ConfigurationError("--log-format (LOCKSMITH_LOG_FORMAT) must be text or json, got '\(text)'")
            }
            configuration.logFormat = format
        }
        if let text = value(rateLimits, "LOCKSMITH_RATE_LIMITS") {
            switch text.lowercased() {
            case "on": configuration.limits.enabled = true
            case "off": configuration.limits.enabled = false
            default: throw ConfigurationError("--rate-limits (LOCKSMITH_RATE_LIMITS) must be on or off, got '\(text)'")
            }
        }
        for policy in RateLimitPolicy.allCases {
            guard let text = value(rateLimitPolicies[policy], policy.environmentVariable) else { continue }
            do {
                configuration.limits.rates[policy] = try RateWindowSpec.parse(text)
            } catch let error as RateWindowSpecError {
                throw ConfigurationError("--\(policy.flag) (\(policy.environmentVariable)): \(error.description)")
            }
        }
        func count(_ flag: Int?, _ variable: String, _ name: String) throws -> Int? {
            guard let text = flag.map(String.init) ?? value(nil, variable) else { return nil }
            guard let number = Int(text), number >= 0 else {
                throw ConfigurationError("--\(name) (\(variable)) must be a number, 0 for no limit; got '\(text)'")
            }
            return number
        }
        if let endpoints = try count(maxWebhookEndpoints, "LOCKSMITH_MAX_WEBHOOK_ENDPOINTS", "max-webhook-endpoints") {
            configuration.limits.maxWebhookEndpoints = endpoints
        }
        if let exports = try count(maxQueuedExports, "LOCKSMITH_MAX_QUEUED_EXPORTS", "max-queued-exports") {
            configuration.limits.maxQueuedExports = exports
        }
        if !configuration.limits.enabled {
            configuration.warnings.append(
                "--rate-limits off (LOCKSMITH_RATE_LIMITS): no request is rate limited, and webhook endpoints, queued exports and "
                    + "daily activations are not capped; for benchmarks and tests only")
        }
        return configuration
    }
}

extension ServerConfiguration {
    /// The database this configuration names: PostgreSQL at `databaseURL`, or SQLite in the data directory.
    func openDatabase(logger: Logger) async throws -> any Database {
        try await DataDirectory(path: dataDirectory).openDatabase(url: databaseURL, sqlite: sqlite, logger: logger)
    }

    /// The read replica this configuration names, if any. Its pool connects lazily, as the primary's does: a replica
    /// that is down at start only sends its reads to the primary.
    func openReadReplica(logger: Logger) throws -> ReadReplica? {
        guard let url = databaseReadURL else { return nil }
        var replicaLogger = logger
        replicaLogger[metadataKey: "database"] = "replica"
        return ReadReplica(database: try PostgresDatabase(url: url, logger: replicaLogger), maxLag: replicaMaxLag, logger: replicaLogger)
    }
}

/// A configuration or environment problem, explained for the operator.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
