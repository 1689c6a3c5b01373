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

    /// A migration as `schema_migrations` records it.
    public struct Applied: Sendable, Equatable {
        public var version: Int
        public var name: String
        public var phase: Migration.Phase

        public init(version: Int, name: String, phase: Migration.Phase) {
            self.version = version
            self.name = name
            self.phase = phase
        }
    }

    /// The versions recorded in the database, in increasing order; empty when it has never been migrated.
    public func appliedVersions(on database: any Database) async throws -> [Int] {
        try await applied(on: database).map(\.version)
    }

    /// The migrations recorded in the database, in increasing order of version.
    public func applied(on database: any Database) async throws -> [Applied] {
        let dialect = database.dialect
        return try await database.read { connection in
            guard try Self.hasMigrationsTable(connection, dialect: dialect) else { return [] }
            return try Self.applied(connection)
        }
    }

    /// The migrations not yet applied, in order. A database with versions this binary does not know has a schema newer
    /// than the binary: that is allowed when each of them is an expand step (a rolling upgrade: the newer release
    /// migrated while this one still serves), and throws when one is a contract step.
    public func pending(on database: any Database) async throws -> [Migration] {
        let applied = try await applied(on: database)
        try verifyKnown(applied)
        let appliedSet = Set(applied.map(\.version))
        return migrations.filter { !appliedSet.contains($0.version) }
    }

    /// The applied migrations this binary does not know (expand steps of a newer release, once `pending` has passed).
    public func unknown(on database: any Database) async throws -> [Applied] {
        let known = Set(migrations.map(\.version))
        return try await applied(on: database).filter { !known.contains($0.version) }
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
            // Tables made before migrations had phases gain the column; what they recorded was expand steps.
            if try !Self.hasPhaseColumn(connection, dialect: dialect) {
                try connection.execute("ALTER TABLE schema_migrations ADD COLUMN phase TEXT NOT NULL DEFAULT 'expand'", [])
            }
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
            let applied = try Self.applied(connection)
            try migrator.verifyKnown(applied)
            guard !applied.contains(where: { $0.version == migration.version }) else { return false }
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
                "INSERT INTO schema_migrations (version, name, applied_at, phase) VALUES ($1, $2, $3, $4)",
                migration.version, migration.name, Date(), migration.phase.rawValue)
            return true
        }
    }

    private func verifyKnown(_ applied: [Applied]) throws {
        let known = Set(migrations.map(\.version))
        let contracts = applied.filter { !known.contains($0.version) && $0.phase == .contract }
        guard contracts.isEmpty else {
            throw StorageError(
                .migration,
                "the database has contract migrations this binary does not know ("
                    + contracts.map { "\($0.version) \($0.name)" }.joined(separator: ", ")
                    + "): they removed or changed what this release needs; run the release that applied them, or a later one")
        }
    }

    private static let createTableSQL = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version {{bigint}} PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at {{bigint}} NOT NULL,
            phase TEXT NOT NULL DEFAULT 'expand'
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

    private static func applied(_ connection: any SQLConnection) throws -> [Applied] {
        let phase = try hasPhaseColumn(connection, dialect: connection.dialect) ? "phase" : "'expand' AS phase"
        return try connection.query("SELECT version, name, \(phase) FROM schema_migrations ORDER BY version").map { row in
            let text = try row.string("phase")
            // A phase this binary does not know is treated as the stricter one.
            return Applied(version: try row.int("version"), name: try row.string("name"), phase: Migration.Phase(rawValue: text) ?? .contract)
        }
    }

    private static func hasPhaseColumn(_ connection: any SQLConnection, dialect: SQLDialect) throws -> Bool {
        switch dialect {
        case .sqlite:
            try connection.queryOne("SELECT 1 FROM pragma_table_info('schema_migrations') WHERE name = 'phase'") != nil
        case .postgres:
            try connection.queryOne(
                "SELECT 1 FROM information_schema.columns WHERE table_name = 'schema_migrations' AND column_name = 'phase' "
                    + "AND table_schema = current_schema()") != nil
        }
    }
}
