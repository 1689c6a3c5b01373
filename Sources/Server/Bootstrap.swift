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
    /// The ledger rows of runtime reads waiting to be written (flushed every 250 ms by the running server).
    public let activity = ActivityBatcher()

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
        let masterKey = try masterKey(configuration, in: directory, for: mode, logger: logger)
        let database = try await configuration.openDatabase(logger: logger)
        do {
            let applied = try await migrate(database, for: mode, logger: logger)
            if try await database.read({ try RowLevelSecurity.isBypassed(on: $0) }) {
                logger.warning(
                    "the PostgreSQL role is a superuser or has BYPASSRLS: row-level security does not isolate accounts; connect as an ordinary role that owns the database")
            }
            let services = Services(database: database, masterKey: masterKey, limits: configuration.limits)
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

    private static func masterKey(
        _ configuration: ServerConfiguration, in directory: DataDirectory, for mode: Mode, logger: Logger
    ) throws -> MasterKey {
        if let key = try directory.masterKey(fromEnvironment: configuration.masterKey) { return key }
        guard mode == .initialise || configuration.databaseURL == nil else {
            throw ConfigurationError(
                "no master key: set LOCKSMITH_MASTER_KEY to the base64 of 32 bytes kept with your secrets "
                    + "(head -c 32 /dev/urandom | base64), or run `locksmith init --data-dir DIR` with DIR on a persistent volume "
                    + "(\(directory.masterKeyPath) does not exist). serve does not make a key for PostgreSQL: on a container's "
                    + "disk it would vanish with the container, and every sealed signing key and token hash with it")
        }
        let (key, created) = try directory.createMasterKey()
        if created { logger.notice("created master key", metadata: ["path": "\(directory.masterKeyPath)"]) }
        return key
    }

    private static func migrate(_ database: any Database, for mode: Mode, logger: Logger) async throws -> [Migration] {
        let migrator = Schema.migrator
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
