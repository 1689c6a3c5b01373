import Foundation
public import Logging

/// Brings a database's schema up to date, recording what it applied in `schema_migrations`.
public struct Migrator: Sendable {
    /// The migrations this binary knows, by increasing version.
    public let migrations: [Migration]

    /// A migrator for `migrations`, whose versions must be strictly increasing.
    public init(migrations: [Migration]) {
        for (previous, next) in zip(migrations, migrations.dropFirst()) {
            precondition(
                previous.version < next.version,
                "migration versions must be strictly increasing: \(next.version) follows \(previous.version)")
        }
        self.migrations = migrations
    }

    /// The versions recorded in the database, in increasing order; empty when it has never been migrated.
    public func appliedVersions(on database: any Database) async throws -> [Int] {
        let dialect = database.dialect
        return try await database.read { connection in
            guard try Self.hasMigrationsTable(connection, dialect: dialect) else { return [] }
            return try Self.versions(connection)
        }
    }

    /// The migrations not yet applied, in order; throws when the database has a version this binary does not
    /// know, which means its schema is newer than this binary.
    public func pending(on database: any Database) async throws -> [Migration] {
        let applied = try await appliedVersions(on: database)
        try verifyKnown(applied)
        let appliedSet = Set(applied)
        return migrations.filter { !appliedSet.contains($0.version) }
    }

    /// Applies pending migrations, each in its own transaction, recording (version, name, applied_at) in
    /// `schema_migrations`. Returns what it applied. Fails if the database has a version this binary does not
    /// know (a newer schema). On PostgreSQL, concurrent runs from several processes are safe
    /// (pg_advisory_xact_lock, then re-check).
    public func apply(on database: any Database, logger: Logger) async throws -> [Migration] {
        let dialect = database.dialect
        let createTable = try Migration.substitutingTokens(in: Self.createTableSQL, for: dialect)
        try await database.write { connection in
            try Self.lockMigrations(connection)
            try connection.execute(createTable, [])
        }
        var applied: [Migration] = []
        for migration in try await pending(on: database) {
            if try await apply(migration, on: database) {
                logger.info("applied migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                applied.append(migration)
            }
        }
        return applied
    }

    /// Applies one migration unless another process got there first; returns whether it did.
    private func apply(_ migration: Migration, on database: any Database) async throws -> Bool {
        let statements = try migration.statements.map { try Migration.substitutingTokens(in: $0, for: database.dialect) }.filter { !$0.isEmpty }
        let migrator = self
        return try await database.write { connection in
            try Self.lockMigrations(connection)
            // Another process may have migrated while this one waited for the lock.
            let versions = try Self.versions(connection)
            try migrator.verifyKnown(versions)
            guard !versions.contains(migration.version) else { return false }
            for (index, statement) in statements.enumerated() {
                do {
                    try connection.execute(statement, [])
                } catch let error as StorageError {
                    throw StorageError(
                        .migration,
                        "migration \(migration.version) (\(migration.name)) failed at statement \(index + 1): \(error.message)",
                        constraint: error.constraint)
                }
            }
            try connection.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                migration.version, migration.name, Date())
            return true
        }
    }

    private func verifyKnown(_ applied: [Int]) throws {
        let known = Set(migrations.map(\.version))
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw StorageError(
                .migration,
                "the database has migration versions this binary does not know (\(unknown.map(String.init).joined(separator: ", "))): "
                    + "its schema is newer than this binary")
        }
    }

    private static let createTableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version {{bigint}} PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at {{bigint}} NOT NULL
        )
        """

    /// An arbitrary constant ("Locksmit" in ASCII) naming the advisory lock that serializes migrators.
    private static let advisoryLockKey: Int64 = 0x4C6F_636B_736D_6974

    /// Serializes migrators across processes until the transaction ends. SQLite needs nothing: `write` holds
    /// its database-wide write lock from BEGIN IMMEDIATE.
    ///
    /// Also lifts `statement_timeout` for the transaction: building an index on a large table, or waiting for
    /// another migrator, may rightly take longer than any request should.
    private static func lockMigrations(_ connection: any SQLConnection) throws {
        guard connection.dialect == .postgres else { return }
        try connection.execute("SET LOCAL statement_timeout = 0")
        try connection.execute("SELECT pg_advisory_xact_lock($1)", advisoryLockKey)
    }

    private static func hasMigrationsTable(_ connection: any SQLConnection, dialect: SQLDialect) throws -> Bool {
        switch dialect {
        case .sqlite:
            try connection.queryOne("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") != nil
        case .postgres:
            try connection.queryOne("SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL") != nil
        }
    }

    private static func versions(_ connection: any SQLConnection) throws -> [Int] {
        try connection.query("SELECT version FROM schema_migrations ORDER BY version").map { try $0.int("version") }
    }
}
