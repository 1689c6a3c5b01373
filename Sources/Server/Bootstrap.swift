import Foundation
import LocksmithAPI
import LocksmithCrypto
public import LocksmithHandlers
public import LocksmithStorage
public import Logging

/// A server's dependencies, opened and made ready to serve.
public struct PreparedServer: Sendable {
    public let configuration: ServerConfiguration
    public let services: Services
    public let keyring: SigningKeyring
    /// The first admin key, when this start created it.
    public let firstAdminKey: FirstAdminKey?
    /// Migrations this start applied.
    public let appliedMigrations: [Migration]
    /// The ledger rows of runtime reads waiting to be written (flushed every 250 ms by the running server), as many as
    /// `configuration.activityBuffer` says.
    public let activity: ActivityBatcher

    init(
        configuration: ServerConfiguration, services: Services, keyring: SigningKeyring, firstAdminKey: FirstAdminKey?,
        appliedMigrations: [Migration]
    ) {
        self.configuration = configuration
        self.services = services
        self.keyring = keyring
        self.firstAdminKey = firstAdminKey
        self.appliedMigrations = appliedMigrations
        activity = ActivityBatcher(configuration.activityBuffer)
    }

    public enum FirstAdminKey: Sendable, Equatable {
        /// Made from `LOCKSMITH_BOOTSTRAP_TOKEN`. The operator has the token already, so it is never printed:
        /// output ends up in container logs.
        case supplied
        /// A random token, shown once and never stored.
        case generated(token: String)

        /// The token to show the operator: only a generated one.
        public var generatedToken: String? {
            if case .generated(let token) = self { token } else { nil }
        }
    }
}

/// Opens the data directory and database, applies or checks migrations, and makes sure there is an active
/// signing key and (on an empty database) a first admin key.
public enum Bootstrap {
    /// What a start is for, which decides what it may create or change unasked.
    public enum Mode: Sendable {
        /// `locksmith init`: apply pending migrations on both backends and create a missing master key file.
        case initialise
        /// `locksmith serve`. On SQLite, whose database shares the data directory with the key file, migrate and
        /// create the key as needed. On PostgreSQL refuse to start with pending migrations or without a master key:
        /// the data directory may be a container's disk, and a key made there would vanish with it.
        case serve
    }

    public static let bootstrapKeyName = "bootstrap admin"
    /// Characters a supplied bootstrap token, an admin credential, needs after `lkm_` (a generated one has 43).
    public static let minimumBootstrapTokenLength = 32

    public static func prepare(_ configuration: ServerConfiguration, for mode: Mode, logger: Logger) async throws -> PreparedServer {
        let prefix = APIKeyStore.tokenPrefix
        if let token = configuration.bootstrapToken, !(token.hasPrefix(prefix) && token.dropFirst(prefix.count).count >= minimumBootstrapTokenLength) {
            throw ConfigurationError(
                "LOCKSMITH_BOOTSTRAP_TOKEN must start with \(prefix) and have at least \(minimumBootstrapTokenLength) characters after it")
        }
        let directory = DataDirectory(path: configuration.dataDirectory)
        let existingKey = try existingMasterKey(configuration, in: directory, for: mode)
        let database = try await configuration.openDatabase(logger: logger)
        do {
            let masterKey = if let existingKey { existingKey } else { try await newMasterKey(in: directory, for: database, logger: logger) }
            let versionBefore = try await Schema.migrator.appliedVersions(on: database).max() ?? 0
            // Checked before migrating, so that a refusal changes nothing; a database from before accounts is checked once
            // migrated, with the queries of the current schema.
            if versionBefore >= SealedSecrets.oldestSchemaVersion {
                try await checkSealedSecrets(database, masterKey, schemaVersion: versionBefore, configuration)
            }
            let applied = try await migrate(database, for: mode, logger: logger)
            if versionBefore > 0, versionBefore < SealedSecrets.oldestSchemaVersion {
                try await checkSealedSecrets(database, masterKey, schemaVersion: Schema.latestVersion, configuration)
            }
            // The ledger's partitions for this month and the months ahead (PostgreSQL), before the first row needs one.
            try await LedgerPartitions.ensure(on: database)
            // This release's runtime state functions (PostgreSQL behind a transaction pooler), before the first runtime call.
            try await RuntimeStateFunctions.ensure(on: database)
            if try await database.read({ try RowLevelSecurity.isBypassed(on: $0) }) {
                logger.warning(
                    "the PostgreSQL role is a superuser or has BYPASSRLS: row-level security does not isolate accounts; connect as an ordinary role that owns the database")
            }
            // With tracing on, database calls made for a request are spans of it; off, the database is used as it is.
            var served: any Database = Traces.isOn ? TracedDatabase(database) : database
            // Runtime states: cached exactly on SQLite; on PostgreSQL only within the staleness an operator allows, and
            // never past a write of this instance.
            let runtimeCache: RuntimeStateCache? =
                switch (database.dialect, configuration.runtimeCacheStaleness) {
                case (.sqlite, _): RuntimeStateCache(rule: .exact)
                case (.postgres, let staleness?): RuntimeStateCache(rule: .bounded(staleness))
                case (.postgres, nil): nil
                }
            if let runtimeCache, runtimeCache.rule != .exact { served = WriteCountingDatabase(served, cache: runtimeCache) }
            var services = Services(database: served, masterKey: masterKey, limits: configuration.limits, publicURL: configuration.effectivePublicURL)
            services.runtimeCache = runtimeCache
            services.replica = try configuration.openReadReplica(logger: logger)
            let firstAdminKey = try await ensureKeys(services, bootstrapToken: configuration.bootstrapToken)
            let keyring = SigningKeyring(services: services)
            try await keyring.reload()
            return PreparedServer(
                configuration: configuration, services: services, keyring: keyring, firstAdminKey: firstAdminKey,
                appliedMigrations: applied)
        } catch {
            await database.close()
            throw error
        }
    }

    /// Refuses to start, as a configuration error naming the key, when the master key does not open every sealed secret the
    /// server will need: signing keys (active and retired, the server's and every account's), webhook secrets, stored
    /// idempotent responses. Without this a wrong key would only show at the first signature, delivery or replay.
    private static func checkSealedSecrets(
        _ database: any Database, _ masterKey: MasterKey, schemaVersion: Int, _ configuration: ServerConfiguration
    ) async throws {
        let report = try await SealedSecrets.check(database, masterKey: masterKey, schemaVersion: schemaVersion, now: Date())
        if let refusal = MasterKeyCheck.refusal(report, source: MasterKeyCheck.source(configuration), of: "the database") {
            throw ConfigurationError(refusal)
        }
    }

    /// The configured master key; nil when there is none and this start may make one (`init`, or `serve` on SQLite).
    private static func existingMasterKey(_ configuration: ServerConfiguration, in directory: DataDirectory, for mode: Mode) throws -> MasterKey? {
        if let key = try directory.masterKey(fromEnvironment: configuration.masterKey) { return key }
        guard mode == .initialise || configuration.databaseURL == nil else {
            throw ConfigurationError(
                "no master key: set LOCKSMITH_MASTER_KEY to the base64 of 32 bytes kept with your secrets "
                    + "(head -c 32 /dev/urandom | base64), or run `locksmith init --data-dir DIR` with DIR on a persistent volume "
                    + "(\(directory.masterKeyPath) does not exist). serve does not make a key for PostgreSQL: on a container's "
                    + "disk it would vanish with the container, and every sealed signing key and token hash with it")
        }
        return nil
    }

    /// A new master key file, unless `database` already holds signing keys: they were sealed with a master key, and a new
    /// one would open none of them (a restored database whose key was not brought back).
    private static func newMasterKey(in directory: DataDirectory, for database: any Database, logger: Logger) async throws -> MasterKey {
        if try await !Schema.migrator.appliedVersions(on: database).isEmpty,
           try await database.read({ try $0.queryOne("SELECT 1 AS found FROM signing_keys LIMIT 1", []) != nil }) {
            throw ConfigurationError(
                "the database holds signing keys sealed with a master key, but there is no master key (\(directory.masterKeyPath) does "
                    + "not exist and LOCKSMITH_MASTER_KEY is not set), and a new one would open none of them: restore this installation's "
                    + "key (`locksmith master-key import --from FILE --data-dir \(directory.path)`) or set LOCKSMITH_MASTER_KEY to it")
        }
        let (key, created) = try directory.createMasterKey()
        if created { logger.notice("created master key", metadata: ["path": "\(directory.masterKeyPath)"]) }
        return key
    }

    private static func migrate(_ database: any Database, for mode: Mode, logger: Logger) async throws -> [Migration] {
        let migrator = Schema.migrator
        // A schema newer than this binary by expand steps only: a newer release migrated while this one still serves.
        // (A contract step this binary does not know stops `pending` and `apply` with the reason.)
        let newer = try await migrator.unknown(on: database)
        if !newer.isEmpty {
            logger.notice(
                "the schema is newer than this release by expand migrations only; serving on it (a rolling upgrade)",
                metadata: ["versions": "\(newer.map { "\($0.version) \($0.name)" }.joined(separator: ", "))"])
        }
        if database.dialect == .postgres, mode == .serve {
            let pending = try await migrator.pending(on: database)
            guard pending.isEmpty else {
                throw ConfigurationError(
                    "the PostgreSQL database needs \(pending.count) migration(s) (\(pending.map { "\($0.version) \($0.name)" }.joined(separator: ", "))); "
                        + "run `locksmith migrate up` with the same --database-url, then start the server again")
            }
            return []
        }
        return try await migrator.apply(on: database, logger: logger)
    }

    /// Creates the first signing key and the default account's first admin key when missing, in one transaction that
    /// holds the keys lock, so concurrent first starts against one PostgreSQL agree on a single result.
    private static func ensureKeys(_ services: Services, bootstrapToken: String?) async throws -> PreparedServer.FirstAdminKey? {
        let now = services.now()
        return try await services.database.write(.account(AccountStore.defaultAccountID)) { raw in
            try raw.take(.keys)
            let change = AuditedChange.system(at: now)
            if try SigningKeyStore.activeServerKey(on: raw) == nil {
                try SigningKeyStore.rotate(masterKey: services.masterKey, change: change, on: raw)
            }
            let connection = try raw.tenant(AccountStore.defaultAccountID)
            guard try APIKeyStore.count(on: connection) == 0 else { return nil }
            let token = bootstrapToken ?? SecretToken.make(prefix: APIKeyStore.tokenPrefix)
            _ = try APIKeyStore.insert(
                name: bootstrapKeyName, scopes: [.admin], allowedCIDRs: [], expiresAt: nil, token: token,
                masterKey: services.masterKey, change: change, on: connection)
            return bootstrapToken == nil ? .generated(token: token) : .supplied
        }
    }
}
