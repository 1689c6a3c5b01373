public import Foundation
public import LocksmithAPI
import LocksmithCrypto
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
        let (masterKey, _) = try directory.masterKey(fromEnvironment: configuration.masterKey, create: false)
        let database = try await configuration.openDatabase(logger: logger)
        let pending = try await Schema.migrator.pending(on: database)
        guard pending.isEmpty else {
            await database.close()
            throw ConfigurationError("the database needs \(pending.count) migration(s); run `locksmith migrate up` first")
        }
        return Services(database: database, masterKey: masterKey)
    }

    /// Applies pending migrations; returns them.
    public static func migrateUp(_ configuration: ServerConfiguration, logger: Logger) async throws -> [Migration] {
        if configuration.databaseURL == nil { try DataDirectory(path: configuration.dataDirectory).create() }
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

    public static func rotateSigningKey(_ services: Services) async throws -> (created: SigningKeyRecord, retired: [String]) {
        let now = services.now()
        return try await services.database.write { connection in
            try SigningKeyStore.rotate(masterKey: services.masterKey, change: .system(at: now), on: connection)
        }
    }

    public static func signingKeys(_ services: Services) async throws -> [SigningKeyRecord] {
        try await services.database.read { connection in try SigningKeyStore.all(on: connection) }
    }

    /// A break-glass key made from the command line; returns the record and the token (shown once).
    public static func createAPIKey(
        _ services: Services, name: String, scopes: [ManagementScope], allowedCIDRs: [String] = [], expiresAt: Date? = nil
    ) async throws -> (record: APIKey, token: String) {
        if let unknown = scopes.first(where: { !$0.isKnown }) {
            throw ConfigurationError("unknown scope '\(unknown.rawValue)'; scopes are \(ManagementScope.knownCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let bad = allowedCIDRs.first(where: { CIDR($0) == nil }) {
            throw ConfigurationError("'\(bad)' is not an IPv4 or IPv6 network such as 10.0.0.0/8")
        }
        let token = SecretToken.make(prefix: APIKeyStore.tokenPrefix)
        let now = services.now()
        let record = try await services.database.write { connection in
            try APIKeyStore.insert(
                name: name, scopes: scopes.isEmpty ? [.admin] : scopes, allowedCIDRs: allowedCIDRs, expiresAt: expiresAt,
                token: token, masterKey: services.masterKey, change: .system(at: now), on: connection)
        }
        return (record, token)
    }
}
