public import Foundation
public import LocksmithAPI
public import LocksmithCrypto
public import LocksmithHandlers
public import LocksmithStorage
public import Logging

/// What the `locksmith` command's verbs do, as functions the tests can call.
public enum Admin {
    /// Runs `body` with an initialised, migrated installation, closing the database afterwards.
    public static func withServices<T: Sendable>(
        _ configuration: ServerConfiguration, logger: Logger, _ body: (Services) async throws -> T
    ) async throws -> T {
        let services = try await open(configuration, logger: logger)
        do {
            let result = try await body(services)
            await services.database.close()
            return result
        } catch {
            await services.database.close()
            throw error
        }
    }

    /// Opens an initialised, migrated installation (the master key must already exist).
    public static func open(_ configuration: ServerConfiguration, logger: Logger) async throws -> Services {
        let directory = DataDirectory(path: configuration.dataDirectory)
        if configuration.databaseURL == nil, !directory.exists {
            throw ConfigurationError("\(directory.path) does not exist; run `locksmith init --data-dir \(directory.path)` first")
        }
        guard let masterKey = try directory.masterKey(fromEnvironment: configuration.masterKey) else {
            throw ConfigurationError("no master key: set LOCKSMITH_MASTER_KEY or run `locksmith init --data-dir \(directory.path)`")
        }
        let database = try await configuration.openDatabase(logger: logger)
        let pending = try await Schema.migrator.pending(on: database)
        guard pending.isEmpty else {
            await database.close()
            throw ConfigurationError("the database needs \(pending.count) migration(s); run `locksmith migrate up` first")
        }
        return Services(database: database, masterKey: masterKey, limits: configuration.limits, publicURL: configuration.effectivePublicURL)
    }

    /// Applies pending migrations; returns them.
    public static func migrateUp(_ configuration: ServerConfiguration, logger: Logger) async throws -> [Migration] {
        let database = try await configuration.openDatabase(logger: logger)
        do {
            let applied = try await Schema.migrator.apply(on: database, logger: logger)
            await database.close()
            return applied
        } catch {
            await database.close()
            throw error
        }
    }

    /// Makes a new active signing key: the server's (for the accounts that still sign with it), or with `account` that
    /// account's own, which from then on signs its answers alone.
    public static func rotateSigningKey(_ services: Services, account: String? = nil) async throws -> (created: SigningKeyRecord, retired: [String]) {
        if let account { try await requireAccount(account, services) }
        let now = services.now()
        return try await services.database.write { connection in
            try SigningKeyStore.rotate(account: account, masterKey: services.masterKey, change: .system(at: now), on: connection)
        }
    }

    /// Every signing key, or with `account` the keys that sign or signed that account's answers (with their status for it).
    public static func signingKeys(_ services: Services, account: String? = nil) async throws -> [SigningKeyRecord] {
        if let account { try await requireAccount(account, services) }
        return try await services.database.read { connection in
            try account.map { try SigningKeyStore.keys(account: $0, on: connection) ?? [] } ?? SigningKeyStore.all(on: connection)
        }
    }

    /// Makes a new active license-token key of `algorithm` for `account` and retires the one it replaces (which stays in
    /// the JWK Set). The key pair is made before the transaction: an RSA key takes a while.
    public static func rotateTokenKey(
        _ services: Services, account: String, algorithm: TokenKeyMaterial.Algorithm, rsaBits: Int = TokenKeyMaterial.defaultRSABits
    ) async throws -> (created: TokenKeyRecord, retired: [String]) {
        try await requireAccount(account, services)
        let material = try TokenKeyMaterial.generate(algorithm, rsaBits: rsaBits)
        let now = services.now()
        return try await services.database.write { connection in
            try TokenKeyStore.rotate(account: account, material: material, masterKey: services.masterKey, change: .system(at: now), on: connection)
        }
    }

    /// Every token key, or one account's, newest first.
    public static func tokenKeys(_ services: Services, account: String? = nil) async throws -> [TokenKeyRecord] {
        if let account { try await requireAccount(account, services) }
        return try await services.database.read { connection in try TokenKeyStore.all(account: account, on: connection) }
    }

    /// A break-glass key made from the command line; returns the record and the token (shown once).
    public static func createAPIKey(
        _ services: Services, account: String = AccountStore.defaultAccountID, name: String, scopes: [ManagementScope],
        allowedCIDRs: [String] = [], expiresAt: Date? = nil
    ) async throws -> (record: APIKey, token: String) {
        if let unknown = scopes.first(where: { !$0.isKnown }) {
            throw ConfigurationError("unknown scope '\(unknown.rawValue)'; scopes are \(ManagementScope.knownCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let bad = allowedCIDRs.first(where: { CIDR($0) == nil }) {
            throw ConfigurationError("'\(bad)' is not an IPv4 or IPv6 network such as 10.0.0.0/8")
        }
        let token = SecretToken.make(prefix: APIKeyStore.tokenPrefix)
        let now = services.now()
        try await requireAccount(account, services)
        let record = try await services.database.write(account: account) { connection in
            try APIKeyStore.insert(
                name: name, scopes: scopes.isEmpty ? [.admin] : scopes, allowedCIDRs: allowedCIDRs, expiresAt: expiresAt,
                token: token, masterKey: services.masterKey, change: .system(at: now), on: connection)
        }
        return (record, token)
    }

    /// The account's API keys, oldest first.
    public static func apiKeys(_ services: Services, account: String = AccountStore.defaultAccountID) async throws -> [APIKey] {
        try await requireAccount(account, services)
        return try await services.database.read(account: account) { connection in try APIKeyStore.all(on: connection) }
    }

    /// Revokes one of the account's API keys for good (the server's own change, recorded as `api_key.revoked`); revoking
    /// a revoked key changes nothing. Returns whether the key was active until now.
    @discardableResult
    public static func revokeAPIKey(_ services: Services, account: String = AccountStore.defaultAccountID, id: String) async throws -> Bool {
        try await requireAccount(account, services)
        let now = services.now()
        let revoked = try await services.database.write(account: account) { connection in
            try APIKeyStore.revoke(id: id, change: .system(at: now), on: connection)
        }
        guard let revoked else {
            throw ConfigurationError("account '\(account)' has no API key with id '\(id)'; `locksmith api-keys list --account \(account)` shows them")
        }
        return revoked
    }

    private static func requireAccount(_ id: String, _ services: Services) async throws {
        guard try await services.database.read({ try AccountStore.find(id: id, on: $0) }) != nil else {
            throw ConfigurationError("no account with id '\(id)'; `locksmith accounts list` shows them")
        }
    }

    /// A new account with its first admin key; returns both (the token is shown once).
    public static func createAccount(_ services: Services, name: String) async throws -> (account: Account, token: String) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(name.count) else { throw ConfigurationError("an account name must have 1 to 200 characters") }
        let token = SecretToken.make(prefix: APIKeyStore.tokenPrefix)
        let now = services.now()
        let account = try await services.database.write { connection in
            let account = try AccountStore.insert(name: name, masterKey: services.masterKey, at: now, on: connection)
            _ = try APIKeyStore.insert(
                name: Bootstrap.bootstrapKeyName, scopes: [.admin], allowedCIDRs: [], expiresAt: nil, token: token,
                masterKey: services.masterKey, change: .system(at: now), on: try connection.tenant(account.id))
            return account
        }
        return (account, token)
    }

    /// The account's own limits (none set: empty).
    public static func accountLimitOverrides(_ services: Services, account: String) async throws -> AccountLimitOverrides {
        try await requireAccount(account, services)
        return try await services.database.read { try AccountLimitsStore.find(account: account, on: $0) } ?? AccountLimitOverrides()
    }

    /// Replaces the account's own limits (empty: the server's figures again), recorded as `account.limits_changed`.
    /// Running servers apply them within 30 s.
    public static func setAccountLimitOverrides(_ services: Services, account: String, _ overrides: AccountLimitOverrides) async throws {
        let now = services.now()
        let found = try await services.database.write { connection in
            try AccountLimitsStore.set(overrides, account: account, at: now, on: connection)
        }
        guard found else { throw ConfigurationError("no account with id '\(account)'; `locksmith accounts list` shows them") }
    }

    /// Every account, oldest first.
    public static func accounts(_ services: Services) async throws -> [Account] {
        try await services.database.read { connection in try AccountStore.all(on: connection) }
    }

    /// Enables or disables an account: a disabled account's API keys get 401 and its license keys 403.
    public static func setAccountStatus(_ services: Services, id: String, _ status: Account.Status) async throws {
        let now = services.now()
        let found = try await services.database.write { connection in
            try AccountStore.setStatus(status, id: id, change: .system(at: now), on: connection)
        }
        guard found else { throw ConfigurationError("no account with id '\(id)'; `locksmith accounts list` shows them") }
    }
}
