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
    /// The first admin token when this start created it; it is shown once and never stored.
    public let bootstrapToken: String?
    /// Migrations this start applied.
    public let appliedMigrations: [Migration]
}

/// Opens the data directory and database, applies or checks migrations, and makes sure there is an active
/// signing key and (on an empty database) a first admin key.
public enum Bootstrap {
    public enum MigrationPolicy: Sendable {
        /// Apply pending migrations on both backends (`locksmith init`, `locksmith migrate up`).
        case apply
        /// Apply them on SQLite; refuse to start against a PostgreSQL database that needs them (`locksmith serve`).
        case applyOnSQLiteOnly
    }

    public static let bootstrapKeyName = "bootstrap admin"

    public static func prepare(_ configuration: ServerConfiguration, migrations policy: MigrationPolicy, logger: Logger) async throws -> PreparedServer {
        let directory = DataDirectory(path: configuration.dataDirectory)
        let (masterKey, createdKey) = try directory.masterKey(fromEnvironment: configuration.masterKey, create: true)
        if createdKey { logger.notice("created master key", metadata: ["path": "\(directory.masterKeyPath)"]) }
        if configuration.databaseURL == nil { try directory.create() }
        if let token = configuration.bootstrapToken, !(token.hasPrefix(APIKeyStore.tokenPrefix) && token.count >= 24) {
            throw ConfigurationError("LOCKSMITH_BOOTSTRAP_TOKEN must start with lkm_ and have at least 20 characters after it")
        }

        let database = try await configuration.openDatabase(logger: logger)
        do {
            let applied = try await migrate(database, policy: policy, logger: logger)
            let services = Services(database: database, masterKey: masterKey)
            let token = try await ensureKeys(services, bootstrapToken: configuration.bootstrapToken)
            let keyring = SigningKeyring()
            try await keyring.reload(from: services)
            return PreparedServer(configuration: configuration, services: services, keyring: keyring, bootstrapToken: token, appliedMigrations: applied)
        } catch {
            await database.close()
            throw error
        }
    }

    private static func migrate(_ database: any Database, policy: MigrationPolicy, logger: Logger) async throws -> [Migration] {
        let migrator = Schema.migrator
        if database.dialect == .postgres, policy == .applyOnSQLiteOnly {
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

    /// Creates the first signing key and the first admin key when missing, in one transaction that holds the
    /// audit chain lock, so concurrent first starts against one PostgreSQL agree on a single result.
    private static func ensureKeys(_ services: Services, bootstrapToken: String?) async throws -> String? {
        let now = services.now()
        return try await services.database.write { connection in
            try AuditLog.lockChain(on: connection)
            let change = AuditedChange.system(at: now)
            if try SigningKeyStore.active(masterKey: services.masterKey, on: connection) == nil {
                try SigningKeyStore.rotate(masterKey: services.masterKey, change: change, on: connection)
            }
            guard try APIKeyStore.count(on: connection) == 0 else { return nil }
            let token = bootstrapToken ?? SecretToken.make(prefix: APIKeyStore.tokenPrefix)
            _ = try APIKeyStore.insert(
                name: bootstrapKeyName, scopes: [.admin], allowedCIDRs: [], expiresAt: nil, token: token,
                masterKey: services.masterKey, change: change, on: connection)
            return token
        }
    }
}
