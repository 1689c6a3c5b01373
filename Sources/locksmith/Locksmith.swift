import ArgumentParser
import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithServer
import LocksmithStorage
import Logging

@main
struct Locksmith: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locksmith",
        abstract: "Self-hostable licensing and reporting API server.",
        subcommands: [
            Init.self, Migrate.self, Serve.self, Keys.self, Audit.self, APIKeys.self, Accounts.self, Exports.self, BackupCommand.self,
            RestoreCommand.self, MasterKeyCommand.self, Scopes.self, Licenses.self, Ledger.self,
        ])
}

/// Flags every verb that touches data accepts; each falls back to its LOCKSMITH_* variable.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Data directory (LOCKSMITH_DATA_DIR; default ./locksmith-data).")
    var dataDirectory: String?

    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (LOCKSMITH_DATABASE_URL); absent means SQLite in the data directory.")
    var databaseURL: String?

    @Option(
        name: .customLong("database-pooler"),
        help: "none or transaction (LOCKSMITH_DATABASE_POOLER; default none): transaction when the database URL names PgBouncer in pool_mode = transaction.")
    var databasePooler: String?

    @Option(
        name: .customLong("sqlite-synchronous"),
        help: "full or normal (LOCKSMITH_SQLITE_SYNCHRONOUS; default normal): full makes every SQLite commit survive a power cut, at a cost in write throughput.")
    var sqliteSynchronous: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (LOCKSMITH_LOG_LEVEL).")
    var logLevel: String?

    @Option(name: .customLong("log-format"), help: "text or json (LOCKSMITH_LOG_FORMAT; default text): json writes one JSON object per line.")
    var logFormat: String?

    func configuration(
        host: String? = nil, port: Int? = nil, trustedProxies: String? = nil, trustForwardedFor: Bool? = nil, maxBodyBytes: Int? = nil,
        webhookAllowPrivate: Bool? = nil, metricsToken: String? = nil, publicURL: String? = nil, databaseReadURL: String? = nil,
        replicaMaxLag: String? = nil, runtimeCacheStaleness: String? = nil, limits: LimitOptions? = nil
    ) throws -> ServerConfiguration {
        try ServerConfiguration.resolve(
            host: host, port: port, dataDirectory: dataDirectory, databaseURL: databaseURL, databasePooler: databasePooler,
            databaseReadURL: databaseReadURL, replicaMaxLag: replicaMaxLag, runtimeCacheStaleness: runtimeCacheStaleness,
            trustedProxies: trustedProxies,
            sqliteSynchronous: sqliteSynchronous,
            trustForwardedFor: trustForwardedFor, maxBodyBytes: maxBodyBytes, webhookAllowPrivate: webhookAllowPrivate,
            metricsToken: metricsToken, publicURL: publicURL, logLevel: logLevel, logFormat: logFormat, rateLimits: limits?.rateLimits, rateLimitPolicies: limits?.policies ?? [:],
            maxWebhookEndpoints: limits?.maxWebhookEndpoints, maxQueuedExports: limits?.maxQueuedExports,
            environment: ProcessInfo.processInfo.environment)
    }
}

/// `serve`'s rate limits and fair shares; each falls back to its LOCKSMITH_* variable.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("rate-limits"), help: "on or off (LOCKSMITH_RATE_LIMITS; default on). off lifts every limit at once: for benchmarks and tests only.")
    var rateLimits: String?
    @Option(name: .customLong("rate-limit-anonymous"), help: "System and contract routes per client address (LOCKSMITH_RATE_LIMIT_ANONYMOUS; default 600/m,burst=20). 0 disables it.")
    var anonymous: String?
    @Option(name: .customLong("rate-limit-runtime-address"), help: "Runtime routes per client address (LOCKSMITH_RATE_LIMIT_RUNTIME_ADDRESS; default 6000/m,burst=100).")
    var runtimeAddress: String?
    @Option(name: .customLong("rate-limit-failed-keys"), help: "Failed credential look-ups per client address (LOCKSMITH_RATE_LIMIT_FAILED_KEYS; default 20/m).")
    var failedKeys: String?
    @Option(name: .customLong("rate-limit-runtime-key"), help: "Runtime routes per license key (LOCKSMITH_RATE_LIMIT_RUNTIME_KEY; default 600/m,burst=20).")
    var runtimeKey: String?
    @Option(name: .customLong("rate-limit-management-key"), help: "Management routes per API key (LOCKSMITH_RATE_LIMIT_MANAGEMENT_KEY; default 3000/m,burst=50).")
    var managementKey: String?
    @Option(name: .customLong("rate-limit-account-runtime"), help: "Runtime routes per vendor account (LOCKSMITH_RATE_LIMIT_ACCOUNT_RUNTIME; default 6000/m,burst=200).")
    var accountRuntime: String?
    @Option(name: .customLong("rate-limit-account-management"), help: "Management routes per account (LOCKSMITH_RATE_LIMIT_ACCOUNT_MANAGEMENT; default 30000/m,burst=500).")
    var accountManagement: String?
    @Option(name: .customLong("max-webhook-endpoints"), help: "Webhook endpoints per account (LOCKSMITH_MAX_WEBHOOK_ENDPOINTS; default 20; 0: no limit).")
    var maxWebhookEndpoints: Int?
    @Option(name: .customLong("max-queued-exports"), help: "Exports per account waiting to render (LOCKSMITH_MAX_QUEUED_EXPORTS; default 10; 0: no limit).")
    var maxQueuedExports: Int?

    var policies: [RateLimitPolicy: String] {
        let given: [(RateLimitPolicy, String?)] = [
            (.anonymous, anonymous), (.runtimeAddress, runtimeAddress), (.failedKeys, failedKeys), (.runtimeKey, runtimeKey),
            (.managementKey, managementKey), (.accountRuntime, accountRuntime), (.accountManagement, accountManagement),
        ]
        return given.reduce(into: [:]) { result, pair in if let text = pair.1 { result[pair.0] = text } }
    }
}

func makeLogger(_ configuration: ServerConfiguration) -> Logger {
    var logger = configuration.logFormat == .json
        ? Logger(label: "locksmith", factory: { JSONLogHandler(label: $0) }) : Logger(label: "locksmith")
    logger.logLevel = configuration.logLevel
    return logger
}

/// Runs a verb, turning configuration problems into a one-line message and exit status 1.
func runReporting(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ConfigurationError {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode.failure
    } catch let error as BackupError {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode.failure
    }
}

/// Written straight to standard output (not buffered), so it appears before the server's logs. Only a generated
/// token is shown: a supplied one would only add a copy of the secret to the logs.
func announce(_ firstAdminKey: PreparedServer.FirstAdminKey?) {
    switch firstAdminKey {
    case .generated(let token):
        FileHandle.standardOutput.write(Data("""
            Bootstrap admin token (shown once; store it now):

                \(token)


            """.utf8))
    case .supplied:
        FileHandle.standardOutput.write(Data("The first admin key uses the token in LOCKSMITH_BOOTSTRAP_TOKEN (not shown).\n".utf8))
    case nil:
        break
    }
}

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the data directory, master key, database schema, first signing key and first admin token.")

    @OptionGroup var options: DataOptions

    func run() async throws {
        try await runReporting {
            let configuration = try options.configuration()
            let prepared = try await Bootstrap.prepare(configuration, for: .initialise, logger: makeLogger(configuration))
            await prepared.services.database.close()
            print("Initialised \(configuration.databaseURL == nil ? configuration.dataDirectory : "the PostgreSQL database") "
                + "(\(prepared.appliedMigrations.count) migration(s) applied, signing key \(prepared.keyring.serverKeyID ?? "none")).")
            if prepared.firstAdminKey == nil { print("API keys already exist; no bootstrap token was created.") }
            announce(prepared.firstAdminKey)
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Database migrations.", subcommands: [Up.self])

    struct Up: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                let applied = try await Admin.migrateUp(configuration, logger: makeLogger(configuration))
                print(applied.isEmpty ? "The database is up to date." : "Applied \(applied.count) migration(s): "
                    + applied.map { "\($0.version) \($0.name)" }.joined(separator: ", "))
            }
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the API server (initialises an empty data directory first).")

    @OptionGroup var options: DataOptions
    @Option(help: "Address to listen on (LOCKSMITH_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "Port to listen on (LOCKSMITH_PORT; default 8080).") var port: Int?
    @Option(
        name: .customLong("trusted-proxies"),
        help: "CIDR[,CIDR…] of proxies whose X-Forwarded-For entries are believed (LOCKSMITH_TRUSTED_PROXIES; default none).")
    var trustedProxies: String?
    @Flag(name: .customLong("trust-forwarded-for"), help: "Deprecated: same as --trusted-proxies 127.0.0.1/32,::1/128.")
    var trustForwardedFor = false
    @Option(name: .customLong("max-body-bytes"), help: "Largest accepted request body (LOCKSMITH_MAX_BODY_BYTES; default 1048576).")
    var maxBodyBytes: Int?
    @Flag(
        name: .customLong("webhook-allow-private"),
        help: "Let webhook endpoints use http and private, loopback or link-local addresses (LOCKSMITH_WEBHOOK_ALLOW_PRIVATE; development only).")
    var webhookAllowPrivate = false
    @Option(
        name: .customLong("metrics-token"),
        help: "Require Authorization: Bearer <token> on /metrics (LOCKSMITH_METRICS_TOKEN, which keeps it out of the process list; default none: /metrics is open).")
    var metricsToken: String?
    @Option(
        name: .customLong("public-url"),
        help: "The base URL clients reach this server at, such as https://licenses.example.com (LOCKSMITH_PUBLIC_URL; default http://<host>:<port>): license tokens' issuer and JWK Set address.")
    var publicURL: String?
    @Option(
        name: .customLong("database-read-url"),
        help: "A streaming replica of the PostgreSQL database (LOCKSMITH_DATABASE_READ_URL; default none): reports and feeds may read it.")
    var databaseReadURL: String?
    @Option(
        name: .customLong("replica-max-lag"),
        help: "How far behind the replica may be and still answer, such as 10s or 500ms (LOCKSMITH_REPLICA_MAX_LAG; default 10s).")
    var replicaMaxLag: String?
    @Option(
        name: .customLong("runtime-cache-staleness"),
        help: "On PostgreSQL, how long a license's runtime state may answer validations here after another instance changed it, such as 2s (LOCKSMITH_RUNTIME_CACHE_STALENESS; default off: read on every call).")
    var runtimeCacheStaleness: String?
    @OptionGroup(title: "Rate limits (QUOTA/PERIOD[,…][,burst=N], such as 600/m,burst=20; 0 for none)") var limits: LimitOptions

    func run() async throws {
        try await runReporting {
            let configuration = try options.configuration(
                host: host, port: port, trustedProxies: trustedProxies, trustForwardedFor: trustForwardedFor ? true : nil,
                maxBodyBytes: maxBodyBytes, webhookAllowPrivate: webhookAllowPrivate ? true : nil, metricsToken: metricsToken,
                publicURL: publicURL, databaseReadURL: databaseReadURL, replicaMaxLag: replicaMaxLag,
                runtimeCacheStaleness: runtimeCacheStaleness, limits: limits)
            let logger = makeLogger(configuration)
            for warning in configuration.warnings { logger.warning("\(warning)") }
            // Before the database is opened: with tracing on, its calls are wrapped in spans (`TracedDatabase`).
            let telemetry = try Telemetry.start(environment: ProcessInfo.processInfo.environment, logger: logger)
            let prepared = try await Bootstrap.prepare(configuration, for: .serve, logger: logger)
            announce(prepared.firstAdminKey)
            logger.notice("listening", metadata: ["address": "http://\(configuration.host):\(configuration.port)"])
            try await buildApplication(prepared, observability: telemetry.map { [$0] } ?? [], logger: logger).runService()
            await prepared.services.database.close()
            await prepared.services.replica?.database.close()
        }
    }
}

/// What a key made or listed by `locksmith keys` signs.
enum KeyPurpose: String, ExpressibleByArgument, CaseIterable {
    case signing
    case token
}

struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Signing keys.", subcommands: [Rotate.self, List.self])

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new active signing key; the old one is retired but stays published.",
            discussion: """
                Without --account, rotates the server's key, which signs for the accounts that have no key of their own \
                (the default account, and every account that existed before accounts had keys). With --account, gives that \
                account a key of its own (or a new one): from then on it alone signs the account's answers.
                """)
        @OptionGroup var options: DataOptions
        @Option(name: .customLong("account"), help: "Rotate this account's own key instead of the server's.") var account: String?
        @Option(
            name: .customLong("purpose"),
            help: "signing (default): the Ed25519 key that signs runtime answers and files; token: a key that signs license tokens (JWT), which needs --account.")
        var purpose: KeyPurpose = .signing
        @Option(name: .customLong("alg"), help: "For --purpose token: EdDSA (default) or RS256.") var algorithm: String?
        @Option(name: .customLong("bits"), help: "For an RS256 token key: 2048 (default), 3072 or 4096.") var bits: Int?

        func validate() throws {
            if purpose == .signing, algorithm != nil || bits != nil {
                throw ValidationError("--alg and --bits are for --purpose token")
            }
            if purpose == .token {
                guard account != nil else { throw ValidationError("--purpose token needs --account: token keys are an account's own") }
                guard TokenKeyMaterial.Algorithm(rawValue: algorithm ?? "EdDSA") != nil else {
                    throw ValidationError("--alg must be EdDSA or RS256, not '\(algorithm ?? "")'")
                }
                if bits != nil, algorithm != "RS256" { throw ValidationError("--bits is for --alg RS256") }
            }
        }

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    if purpose == .token, let account, let algorithm = TokenKeyMaterial.Algorithm(rawValue: algorithm ?? "EdDSA") {
                        let (created, retired) = try await Admin.rotateTokenKey(
                            services, account: account, algorithm: algorithm, rsaBits: bits ?? TokenKeyMaterial.defaultRSABits)
                        print("Active \(algorithm.rawValue) token key for account \(account): \(created.kid)"
                            + (retired.isEmpty ? "" : " (retired \(retired.joined(separator: ", ")))"))
                        print("It signs new license tokens from now on; the retired key stays in the JWK Set.")
                        return
                    }
                    let (created, retired) = try await Admin.rotateSigningKey(services, account: account)
                    let owner = account.map { " for account \($0)" } ?? ""
                    print("Active signing key\(owner): \(created.kid)" + (retired.isEmpty ? "" : " (retired \(retired.joined(separator: ", ")))"))
                    print("Running servers pick up the new key within 30 seconds.")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List signing keys (or token keys), newest first.")
        @OptionGroup var options: DataOptions
        @Option(name: .customLong("account"), help: "Only the keys that sign or signed this account's answers, with their status for it.")
        var account: String?
        @Option(name: .customLong("purpose"), help: "signing (default) or token.") var purpose: KeyPurpose = .signing

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    if purpose == .token {
                        for key in try await Admin.tokenKeys(services, account: account) {
                            print("\(key.kid)  \(key.algorithm.rawValue)  \(key.status.rawValue)  account \(key.accountID)  created \(RFC3339.string(from: key.createdAt))")
                        }
                        return
                    }
                    for key in try await Admin.signingKeys(services, account: account) {
                        let owner = key.accountID.map { "account \($0)" } ?? "server"
                        print("\(key.kid)  \(key.status.rawValue)  \(owner)  created \(RFC3339.string(from: key.createdAt))")
                    }
                }
            }
        }
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The tamper-evident audit chain.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk every account's chain (or one) and report OK, or the first broken event and why (exit status 2).")
        @OptionGroup var options: DataOptions
        @Option(name: .customLong("account"), help: "Verify only this account's chain.") var account: String?

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let progress: @Sendable (String, Int64) -> Void = { account, checked in
                        FileHandle.standardError.write(Data("\(account): checked \(checked) events\n".utf8))
                    }
                    let results: [(account: String, verification: AuditVerification)]
                    if let account {
                        guard try await Admin.accounts(services).contains(where: { $0.id == account }) else {
                            throw ConfigurationError("no account with id '\(account)'; `locksmith accounts list` shows them")
                        }
                        results = [(account, try await AuditLog.verify(services.database, account: account) { progress(account, $0) })]
                    } else {
                        results = try await AuditLog.verifyAll(services.database, progress: progress).map { ($0.account.id, $0.verification) }
                    }
                    var broken = false
                    for (account, verification) in results {
                        switch verification {
                        case .intact(let count):
                            print("\(account): OK, \(count) events, chain intact")
                        case .broken(let sequence, let reason):
                            print("\(account): BROKEN at event \(sequence): \(reason)")
                            broken = true
                        }
                    }
                    if broken { throw ExitCode(2) }
                }
            }
        }
    }
}

struct APIKeys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "api-keys", abstract: "Management API keys.", subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key directly in the database (break-glass); prints the token once.")
        @OptionGroup var options: DataOptions
        @Option(help: "Name of the key.") var name: String
        @Option(name: .customLong("scope"), help: "A scope to grant; repeat for several (default admin).") var scopes: [String] = []
        @Option(name: .customLong("allowed-cidr"), help: "A network the key may be used from; repeat for several.") var allowedCIDRs: [String] = []
        @Option(name: .customLong("account"), help: "The account the key belongs to (default: the default account).") var account: String?

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let (record, token) = try await Admin.createAPIKey(
                        services, account: account ?? AccountStore.defaultAccountID, name: name,
                        scopes: scopes.map(ManagementScope.init(rawValue:)), allowedCIDRs: allowedCIDRs)
                    print("Created \(record.id) with scopes \(record.scopes.map(\.rawValue).joined(separator: ", ")). Token (shown once):\n\n    \(token)\n")
                }
            }
        }
    }
}

extension APIKeys {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an account's API keys, oldest first (never their tokens).")
        @OptionGroup var options: DataOptions
        @Option(name: .customLong("account"), help: "The account whose keys to list (default: the default account).") var account: String?

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    for key in try await Admin.apiKeys(services, account: account ?? AccountStore.defaultAccountID) {
                        let status = key.isActive ? "active" : "revoked"
                        let expiry = key.expiresAt.map { "  expires \(RFC3339.string(from: $0))" } ?? ""
                        print("\(key.id)  \(status)  \(key.keyPrefix)…  \(key.scopes.map(\.rawValue).joined(separator: ","))\(expiry)  \(key.name)")
                    }
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke an API key for good: every server refuses it from its next request on.")
        @OptionGroup var options: DataOptions
        @Argument(help: "The key id (key_…).") var id: String
        @Option(name: .customLong("account"), help: "The account the key belongs to (default: the default account).") var account: String?

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let revoked = try await Admin.revokeAPIKey(services, account: account ?? AccountStore.defaultAccountID, id: id)
                    print(revoked ? "Revoked \(id)." : "\(id) was already revoked.")
                }
            }
        }
    }
}

struct Accounts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vendor accounts, for hosting several vendors on one server.",
        subcommands: [Create.self, List.self, Disable.self, Enable.self, SetLimits.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account; prints its first admin token once.")
        @OptionGroup var options: DataOptions
        @Option(help: "The vendor's name.") var name: String

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let (account, token) = try await Admin.createAccount(services, name: name)
                    print("Created account \(account.id) (\(account.name)). Its admin token (shown once):\n\n    \(token)\n")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts, oldest first.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    for account in try await Admin.accounts(services) {
                        print("\(account.id)  \(account.status.rawValue)  created \(RFC3339.string(from: account.createdAt))  \(account.name)")
                    }
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account: its API keys get 401 and its licenses' runtime calls 403 ACCOUNT_DISABLED.")
        @OptionGroup var options: DataOptions
        @Argument(help: "The account id.") var id: String

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    try await Admin.setAccountStatus(services, id: id, .disabled)
                    print("Disabled \(id).")
                }
            }
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account again.")
        @OptionGroup var options: DataOptions
        @Argument(help: "The account id.") var id: String

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    try await Admin.setAccountStatus(services, id: id, .active)
                    print("Enabled \(id).")
                }
            }
        }
    }
}

extension Accounts {
    struct SetLimits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "limits",
            abstract: "Show or set an account's own limits (its plan) in place of the server's.",
            discussion: """
                With no option, prints the limits that apply to the account and where each comes from. Rates are \
                QUOTA/PERIOD[,…][,burst=N] (600/m,burst=20), 0 for none, or default for the server's figure again; counts \
                are a number, 0 for none, or default. Running servers apply a change within 30 seconds.

                  locksmith accounts limits acc_… --account-runtime 60000/m,burst=2000 --runtime-key 1200/m,burst=40
                """)
        @OptionGroup var options: DataOptions
        @Argument(help: "The account id.") var id: String
        @Option(name: .customLong("account-runtime"), help: "Runtime requests of all the account's license keys together.") var accountRuntime: String?
        @Option(name: .customLong("account-management"), help: "Management requests of all the account's API keys together.")
        var accountManagement: String?
        @Option(name: .customLong("runtime-key"), help: "Runtime requests per license key of the account.") var runtimeKey: String?
        @Option(name: .customLong("management-key"), help: "Management requests per API key of the account.") var managementKey: String?
        @Option(name: .customLong("webhook-endpoints"), help: "Webhook endpoints the account may have.") var webhookEndpoints: String?
        @Option(name: .customLong("queued-exports"), help: "Exports the account may have waiting to render.") var queuedExports: String?
        @Flag(help: "Drop every override: the server's figures apply again.") var reset = false

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    var overrides = try await Admin.accountLimitOverrides(services, account: id)
                    let before = overrides
                    if reset { overrides = AccountLimitOverrides() }
                    let rates: [(RateLimitPolicy, String?)] = [
                        (.accountRuntime, accountRuntime), (.accountManagement, accountManagement), (.runtimeKey, runtimeKey),
                        (.managementKey, managementKey),
                    ]
                    for case let (policy, text?) in rates {
                        overrides.rates[policy] = try Self.windows(text, option: policy.rawValue)
                    }
                    if let webhookEndpoints { overrides.maxWebhookEndpoints = try Self.count(webhookEndpoints, option: "webhook-endpoints") }
                    if let queuedExports { overrides.maxQueuedExports = try Self.count(queuedExports, option: "queued-exports") }
                    if overrides != before { try await Admin.setAccountLimitOverrides(services, account: id, overrides) }
                    let limits = services.limits.applying(overrides)
                    for policy in RateLimitPolicy.allCases {
                        let source = overrides.rates[policy] != nil ? "account" : "server"
                        print("\(policy.rawValue)  \(RateWindowSpec.format(limits.rates[policy] ?? []))  (\(source))")
                    }
                    print("webhook-endpoints  \(limits.maxWebhookEndpoints)  (\(overrides.maxWebhookEndpoints == nil ? "server" : "account"))")
                    print("queued-exports  \(limits.maxQueuedExports)  (\(overrides.maxQueuedExports == nil ? "server" : "account"))")
                    if !services.limits.enabled { print("Rate limits are off on this configuration (--rate-limits off).") }
                }
            }
        }

        /// nil for `default`.
        private static func windows(_ text: String, option: String) throws -> [RateWindow]? {
            guard text.lowercased() != "default" else { return nil }
            do {
                return try RateWindowSpec.parse(text)
            } catch let error as RateWindowSpecError {
                throw ConfigurationError("--\(option): \(error.description)")
            }
        }

        private static func count(_ text: String, option: String) throws -> Int? {
            guard text.lowercased() != "default" else { return nil }
            guard let number = Int(text), number >= 0 else { throw ConfigurationError("--\(option) takes a number (0: no limit) or default, got '\(text)'") }
            return number
        }
    }
}

struct Licenses: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "License files, with no server or database.", subcommands: [VerifyFile.self])

    struct VerifyFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify-file",
            abstract: "Verify a license or machine file (.lic) with public keys alone, as an application would; exit status 2 when it does not hold.",
            discussion: """
                The keys are the account's published Ed25519 keys: --public-key KID=BASE64 (repeatable), or --public-keys FILE, \
                the saved answer of GET /api/v1/system/public-keys?account_id=… . Prints VALID or INVALID with the reasons \
                (malformed, unknown_key, signature, decryption, wrong_machine, expired), then the payload's JSON when it could be read. \
                Revocation since the file was issued is known only to the server (POST /api/v1/licenses/files/verify).

                  locksmith licenses verify-file customer.lic --public-keys keys.json --license-key lsk_…
                """)

        @Argument(help: "The license file.") var file: String
        @Option(name: .customLong("public-key"), help: "A public key as KID=BASE64; repeatable.") var publicKey: [String] = []
        @Option(name: .customLong("public-keys"), help: "The saved JSON answer of listPublicKeys.") var publicKeys: String?
        @Option(name: .customLong("license-key"), help: "The license key, for an encrypted file.") var licenseKey: String?
        @Option(name: .customLong("fingerprint"), help: "This machine's fingerprint, for a machine file.") var fingerprint: String?
        @Option(name: .customLong("account"), help: "The vendor account the file must belong to.") var account: String?

        func run() throws {
            var keys: [String: [UInt8]] = [:]
            for entry in publicKey {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let key = Data(base64Encoded: parts[1]), key.count == 32 else {
                    throw ValidationError("--public-key takes KID=BASE64 (a 32-byte Ed25519 key); got '\(entry)'")
                }
                keys[parts[0]] = Array(key)
            }
            if let publicKeys {
                struct Answer: Decodable {
                    struct Key: Decodable {
                        var kid: String
                        var public_key: String
                    }
                    var data: [Key]
                }
                let answer = try JSONDecoder().decode(Answer.self, from: Data(contentsOf: URL(fileURLWithPath: publicKeys)))
                for key in answer.data { keys[key.kid] = Data(base64Encoded: key.public_key).map(Array.init) }
            }
            guard !keys.isEmpty else { throw ValidationError("give the account's public keys with --public-key or --public-keys") }
            let text = try String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
            let outcome = LicenseFileCheck.verify(text, keys: keys, licenseKey: licenseKey, fingerprint: fingerprint, account: account, now: Date())
            print(outcome.valid ? "VALID" : "INVALID: " + outcome.errors.map(\.rawValue).joined(separator: ", "))
            if let payload = outcome.payload, let json = try? LocksmithJSON.encodeData(payload) { print(String(decoding: json, as: UTF8.self)) }
            if !outcome.valid { throw ExitCode(2) }
        }
    }
}

struct Scopes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What credential each operation needs (the contract's x-required-scopes); no server or database.",
        discussion: """
            Prints one line per operation: its id, method, path and what it needs — the management scopes (any key \
            holding admin also passes), `license key` for runtime operations, `none` for system routes. With no \
            operation id, every operation in contract order.

              locksmith scopes createLicense
              createLicense POST /api/v1/licenses license:write
            """)

    @Argument(help: "Operation ids, e.g. createLicense; none for all.") var operations: [String] = []

    func run() throws {
        var specs: [OperationSpec] = []
        for name in operations {
            guard let operation = OperationID(rawValue: name) else {
                let near = OperationID.allCases.map(\.rawValue).filter { $0.lowercased() == name.lowercased() }
                let hint = near.first.map { " (did you mean \($0)?)" } ?? "; `locksmith scopes` lists every operation"
                throw ValidationError("no operation '\(name)'\(hint)")
            }
            specs.append(operation.spec)
        }
        for spec in specs.isEmpty ? OperationTable.all : specs {
            let needs = switch spec.auth {
            case .management: spec.requiredScopes.map(\.rawValue).joined(separator: " ")
            case .runtime: "license key"
            case .none: "none"
            }
            print("\(spec.id.rawValue) \(spec.method) \(spec.path) \(needs)")
        }
    }
}

struct Ledger: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The activity ledger's months: archive them to signed files, verify a file; count its per-day totals again.",
        subcommands: [Archive.self, Verify.self, Recount.self])

    struct Recount: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the ledger's per-day totals again from its rows, for every account (SQLite).",
            discussion: """
                On SQLite, usage reports over whole days read per-day totals that every ledger write keeps. This replaces \
                them with a count of the ledger's rows, in one transaction, for rows that reached the ledger some other way. \
                Servers may keep running. PostgreSQL keeps no such totals: refused there.
                """)
        @OptionGroup var options: DataOptions

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    guard let rows = try await LedgerDays.recountAll(on: services.database) else {
                        throw ConfigurationError("PostgreSQL keeps no per-day totals of the ledger: there is nothing to count again")
                    }
                    print("counted the ledger's per-day totals again: \(rows) rows")
                }
            }
        }
    }

    struct Archive: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move whole months before a month out of the database into signed files, one per account and month (PostgreSQL).",
            discussion: """
                Writes every account's rows of each month before --before to DIR/ledger-ACCOUNT-YYYY-MM.json, signed with the \
                account's key, reads each file back and verifies it, records ledger.archived (with the file's digest) in the \
                account's audit chain, and only then detaches and drops the month's partition. Servers keep running. Refused on \
                SQLite, whose ledger is one table.

                  locksmith ledger archive --before 2026-01 --to /archive/ledger
                """)
        @OptionGroup var options: DataOptions
        @Option(help: "Archive the months before this one, as YYYY-MM (at most the current month).") var before: String
        @Option(help: "The directory the files go to; an existing file is never overwritten.") var to: String

        func run() async throws {
            try await runReporting {
                guard let month = LedgerArchive.month(named: before) else {
                    throw ConfigurationError("--before takes a month as YYYY-MM, such as 2026-01; got '\(before)'")
                }
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let months: [LedgerArchive.Month]
                    do {
                        months = try await LedgerArchive.archive(before: month, to: to, services: services) { line in
                            FileHandle.standardError.write(Data((line + "\n").utf8))
                        }
                    } catch let failure as LedgerArchive.Failure {
                        throw ConfigurationError(failure.description)
                    }
                    if months.isEmpty {
                        print("nothing to archive: no month of the ledger ends before \(before)")
                    }
                    for month in months {
                        let rows = month.files.reduce(0) { $0 + $1.header.rows }
                        print("\(month.month): \(month.files.count) file(s), \(rows) rows, partition \(month.partition) dropped")
                    }
                }
            }
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an archived month offline: its rows' digest and its signature (exit status 2 when it does not verify).",
            discussion: """
                Needs no server and no database, only the account's public keys:

                  curl "$SERVER/api/v1/system/public-keys?account_id=$ACCOUNT" > keys.json
                  locksmith ledger verify ledger-acc_x-2026-01.json --public-keys keys.json
                """)
        @Argument(help: "An archive file written by `locksmith ledger archive`.") var file: String
        @Option(name: .customLong("public-keys"), help: "A saved response of GET /api/v1/system/public-keys.") var publicKeysFile: String?
        @Option(name: .customLong("public-key"), help: "A public key as KID=BASE64; repeat for several.") var publicKeys: [String] = []

        func run() async throws {
            try await runReporting {
                let keys = try PublicKeyArguments.load(file: publicKeysFile, arguments: publicKeys)
                guard let data = FileManager.default.contents(atPath: file) else { throw ConfigurationError("cannot read \(file)") }
                switch LedgerArchive.verify(file: data, publicKeys: keys) {
                case .verified(let header, let kid):
                    print("OK: \(file) holds \(header.rows) rows of account \(header.accountID) for \(header.month), signed by \(kid)")
                case .failed(let reason):
                    print("FAILED: \(reason)")
                    throw ExitCode(2)
                }
            }
        }
    }
}

/// Public keys given to an offline check: `--public-keys FILE` (a saved listPublicKeys response) and `--public-key KID=BASE64`.
enum PublicKeyArguments {
    static func load(file: String?, arguments: [String]) throws -> [PublicKey] {
        var keys: [PublicKey] = []
        for argument in arguments {
            guard let key = ReportExportVerifier.publicKey(argument: argument) else {
                throw ConfigurationError("--public-key takes KID=BASE64; got '\(argument)'")
            }
            keys.append(key)
        }
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw ConfigurationError("cannot read \(file)") }
            do {
                keys += try ReportExportVerifier.publicKeys(from: data)
            } catch {
                throw ConfigurationError("\(file) is not a public-keys response (GET /api/v1/system/public-keys)")
            }
        }
        guard !keys.isEmpty else {
            throw ConfigurationError("give the public keys: --public-keys FILE (GET /api/v1/system/public-keys) or --public-key KID=BASE64")
        }
        return keys
    }
}

struct Exports: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Frozen report exports.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Prove offline that a file is the export a server produced (exit status 2 when it is not).",
            discussion: """
                Checks that the file's SHA-256 is the export's artifact_digest and that the export's metadata carries a valid \
                Ed25519 signature by one of the server's public keys. Needs no server and no database.

                  curl -H "Authorization: Bearer $TOKEN" $SERVER/api/v1/reports/exports/$ID > export.json
                  curl $SERVER/api/v1/system/public-keys > keys.json
                  locksmith exports verify statement.pdf --metadata export.json --public-keys keys.json
                """)
        @Argument(help: "The downloaded artifact.") var file: String
        @Option(help: "The export's metadata as getReportExport returns it (the whole response or its data).") var metadata: String
        @Option(name: .customLong("public-keys"), help: "A saved response of GET /api/v1/system/public-keys.") var publicKeysFile: String?
        @Option(name: .customLong("public-key"), help: "A public key as KID=BASE64; repeat for several.") var publicKeys: [String] = []

        func run() async throws {
            try await runReporting {
                let keys = try PublicKeyArguments.load(file: publicKeysFile, arguments: publicKeys)
                switch ReportExportVerifier.verify(file: try read(file), metadata: try read(metadata), publicKeys: keys) {
                case .verified(let exportID, let kid):
                    print("OK: \(file) is export \(exportID), as its metadata signed by \(kid) says")
                case .failed(let reason):
                    print("FAILED: \(reason)")
                    throw ExitCode(2)
                }
            }
        }

        private func read(_ path: String) throws -> Data {
            guard let data = FileManager.default.contents(atPath: path) else { throw ConfigurationError("cannot read \(path)") }
            return data
        }
    }
}

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent backup of the database to a file, while servers keep running (never the master key).",
        discussion: """
            SQLite: a copy made with SQLite's online backup API in one read transaction; servers keep answering and writing \
            meanwhile. PostgreSQL: pg_dump's custom format, run in a snapshot exported by a REPEATABLE READ transaction, as a \
            role with BYPASSRLS (never the server's role). The file is a tar archive: manifest.json (format and schema version, \
            time, every account's audit chain head, the data's size and SHA-256), the data, and SHA256SUMS.

              locksmith backup --to /backups/locksmith-$(date +%F).backup
              locksmith backup --to locksmith.backup --database-url postgres://locksmith_backup:…@db/locksmith
              locksmith backup verify /backups/locksmith-2026-05-01.backup
            """,
        subcommands: [Verify.self])

    @OptionGroup var options: DataOptions
    @Option(name: .customLong("to"), help: ArgumentHelp("The backup file to write; it must not exist.", valueName: "file")) var file: String?

    func run() async throws {
        try await runReporting {
            guard let file else { throw ConfigurationError("say where to write the backup: locksmith backup --to FILE") }
            let configuration = try options.configuration()
            let made = try await Backup.make(configuration, to: file, logger: makeLogger(configuration))
            let manifest = made.manifest
            let source = configuration.databaseURL == nil ? "the SQLite database in \(configuration.dataDirectory)" : "the PostgreSQL database"
            print("""
                Backed up \(source) to \(file): \(made.fileBytes) bytes in \(seconds(made.duration)); the snapshot was held for \
                \(seconds(made.snapshotHeld)) (schema version \(manifest.schemaVersion), \(manifest.auditChains.count) account(s), \
                taken \(RFC3339.string(from: manifest.createdAt))).
                It does not contain the master key: keep an export of it (locksmith master-key export) apart from the backups.
                Check it with: locksmith backup verify \(file)
                """)
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a backup with no server: its archive, digests, manifest, database and audit chains (exit status 2 when it fails).",
            discussion: """
                Needs free space under TMPDIR for one copy of the data; a PostgreSQL backup also needs pg_restore on PATH (no server).
                """)
        @Argument(help: "The backup file.") var file: String
        @Option(name: .customLong("log-level"), help: "trace … critical (LOCKSMITH_LOG_LEVEL).") var logLevel: String?

        func run() async throws {
            try await runReporting {
                let configuration = try ServerConfiguration.resolve(logLevel: logLevel, environment: ProcessInfo.processInfo.environment)
                let verified: Backup.Verified
                do {
                    verified = try await Backup.verify(file, logger: makeLogger(configuration))
                } catch let error as BackupError {
                    print("FAILED: \(file): \(error.description)")
                    throw ExitCode(2)
                }
                let manifest = verified.manifest
                print("""
                    \(file): a \(manifest.backend.rawValue) backup at schema version \(manifest.schemaVersion), taken \
                    \(RFC3339.string(from: manifest.createdAt)); its data (\(manifest.dataBytes) bytes) matches its SHA-256
                    """)
                for chain in verified.chains { print("\(chain.account): OK, \(chain.events) events, chain intact, head as the manifest says") }
                print("OK")
            }
        }
    }
}

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup into an empty data directory (SQLite) or an empty database (PostgreSQL), after checking it through.",
        discussion: """
            SQLite: --data-dir must be new or empty (it may hold only master.key). PostgreSQL: --database-url names a new, empty \
            database, connecting as the role that owns it and that the server will use; pg_restore runs as one transaction. \
            The backup is checked as `backup verify` does first, and when a master key is at hand (master.key in the data \
            directory, or LOCKSMITH_MASTER_KEY) it must open every sealed secret of the backup. A refusal writes nothing.

            Then: locksmith master-key import (unless the key is there), locksmith migrate up, locksmith audit verify, locksmith serve.
            """)

    @OptionGroup var options: DataOptions
    @Option(name: .customLong("from"), help: ArgumentHelp("The backup file.", valueName: "file")) var file: String

    func run() async throws {
        try await runReporting {
            let configuration = try options.configuration()
            let restored = try await Backup.restore(file, configuration, logger: makeLogger(configuration))
            let manifest = restored.verified.manifest
            let place = configuration.databaseURL == nil ? " --data-dir \(configuration.dataDirectory)" : " --database-url …"
            print("Restored \(file) (a \(manifest.backend.rawValue) backup at schema version \(manifest.schemaVersion), taken "
                + "\(RFC3339.string(from: manifest.createdAt))) into \(restored.target).")
            for chain in restored.verified.chains { print("\(chain.account): OK, \(chain.events) events, chain intact") }
            var next: [String] = []
            if let checked = restored.secretsChecked {
                print("The master key opens the \(checked) sealed secret(s) of the backup.")
            } else {
                print("No master key here to check: `master-key import` checks it against the restored data.")
                next.append("locksmith master-key import --from MASTER-KEY-EXPORT --data-dir \(configuration.dataDirectory)"
                    + (configuration.databaseURL == nil ? "" : " --database-url …"))
            }
            if manifest.schemaVersion < Schema.latestVersion { next.append("locksmith migrate up\(place)") }
            next += ["locksmith audit verify\(place)", "locksmith serve\(place)"]
            print("Next:\n" + next.map { "  \($0)" }.joined(separator: "\n"))
        }
    }
}

struct MasterKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "master-key",
        abstract: "Export the master key under a passphrase, to keep apart from the backups, and import it again.",
        discussion: """
            The passphrase comes from LOCKSMITH_MASTER_KEY_PASSPHRASE, or is typed at the terminal. The export is sealed with \
            libsodium: Argon2id (crypto_pwhash, 3 passes over 256 MiB) derives the key of a crypto_secretbox.
            """,
        subcommands: [Export.self, Import.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the master key (LOCKSMITH_MASTER_KEY or master.key), sealed under a passphrase of at least 12 characters.")
        @OptionGroup var options: DataOptions
        @Option(name: .customLong("to"), help: ArgumentHelp("The file to write.", valueName: "file")) var file: String
        @Flag(help: "Replace the file if it exists.") var force = false

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try MasterKeyFile.export(configuration, to: file, passphrase: try Passphrase.read(confirming: true), replacing: force)
                print("Wrote the master key, sealed under the passphrase, to \(file). Keep it apart from the backups, and the passphrase apart from both.")
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install an exported master key as master.key in the data directory, once it opens the database's sealed secrets.")
        @OptionGroup var options: DataOptions
        @Option(name: .customLong("from"), help: ArgumentHelp("The file master-key export wrote.", valueName: "file")) var file: String
        @Flag(help: "Replace a master.key that holds another key.") var force = false

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                let directory = DataDirectory(path: configuration.dataDirectory)
                let outcome = try await MasterKeyFile.importKey(
                    configuration, from: file, passphrase: try Passphrase.read(confirming: false), replacing: force, logger: makeLogger(configuration))
                switch outcome {
                case .alreadyInstalled:
                    print("\(directory.masterKeyPath) already holds this master key; nothing to do.")
                case .installed(let checked):
                    let check = checked.map { "; it opens the \($0) sealed secret(s) of the database" } ?? " (no database here yet to check it against)"
                    print("Installed the master key as \(directory.masterKeyPath)\(check).")
                }
                if configuration.masterKey != nil {
                    print("Note: LOCKSMITH_MASTER_KEY is set, and wins over \(directory.masterKeyPath); unset it to use the imported key.")
                }
            }
        }
    }
}

/// `1.23 s`.
func seconds(_ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    return String(format: "%.2f s", Double(whole) + Double(attoseconds) / 1e18)
}
