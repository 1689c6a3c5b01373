import ArgumentParser
import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithServer
import LocksmithStorage
import Logging

@main
struct Locksmith: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locksmith",
        abstract: "Self-hostable licensing and reporting API server.",
        subcommands: [Init.self, Migrate.self, Serve.self, Keys.self, Audit.self, APIKeys.self])
}

/// Flags every verb that touches data accepts; each falls back to its LOCKSMITH_* variable.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Data directory (LOCKSMITH_DATA_DIR; default ./locksmith-data).")
    var dataDirectory: String?

    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (LOCKSMITH_DATABASE_URL); absent means SQLite in the data directory.")
    var databaseURL: String?

    @Option(
        name: .customLong("sqlite-synchronous"),
        help: "full or normal (LOCKSMITH_SQLITE_SYNCHRONOUS; default normal): full makes every SQLite commit survive a power cut, at a cost in write throughput.")
    var sqliteSynchronous: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (LOCKSMITH_LOG_LEVEL).")
    var logLevel: String?

    func configuration(host: String? = nil, port: Int? = nil, trustForwardedFor: Bool? = nil, maxBodyBytes: Int? = nil) throws -> ServerConfiguration {
        try ServerConfiguration.resolve(
            host: host, port: port, dataDirectory: dataDirectory, databaseURL: databaseURL, sqliteSynchronous: sqliteSynchronous,
            trustForwardedFor: trustForwardedFor, maxBodyBytes: maxBodyBytes, logLevel: logLevel,
            environment: ProcessInfo.processInfo.environment)
    }
}

func makeLogger(_ configuration: ServerConfiguration) -> Logger {
    var logger = Logger(label: "locksmith")
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
    }
}

/// Written straight to standard output (not buffered), so it appears before the server's logs.
func printBootstrapToken(_ token: String?) {
    guard let token else { return }
    FileHandle.standardOutput.write(Data("""
        Bootstrap admin token (shown once; store it now):

            \(token)


        """.utf8))
}

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the data directory, master key, database schema, first signing key and first admin token.")

    @OptionGroup var options: DataOptions

    func run() async throws {
        try await runReporting {
            let configuration = try options.configuration()
            let prepared = try await Bootstrap.prepare(configuration, migrations: .apply, logger: makeLogger(configuration))
            await prepared.services.database.close()
            print("Initialised \(configuration.databaseURL == nil ? configuration.dataDirectory : "the PostgreSQL database") "
                + "(\(prepared.appliedMigrations.count) migration(s) applied, signing key \(prepared.keyring.activeKeyID ?? "none")).")
            if prepared.bootstrapToken == nil { print("API keys already exist; no bootstrap token was created.") }
            printBootstrapToken(prepared.bootstrapToken)
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
    @Flag(name: .customLong("trust-forwarded-for"), help: "Take client addresses from X-Forwarded-For (LOCKSMITH_TRUST_FORWARDED_FOR).")
    var trustForwardedFor = false
    @Option(name: .customLong("max-body-bytes"), help: "Largest accepted request body (LOCKSMITH_MAX_BODY_BYTES; default 1048576).")
    var maxBodyBytes: Int?

    func run() async throws {
        try await runReporting {
            let configuration = try options.configuration(
                host: host, port: port, trustForwardedFor: trustForwardedFor ? true : nil, maxBodyBytes: maxBodyBytes)
            let logger = makeLogger(configuration)
            let prepared = try await Bootstrap.prepare(configuration, migrations: .applyOnSQLiteOnly, logger: logger)
            printBootstrapToken(prepared.bootstrapToken)
            logger.notice("listening", metadata: ["address": "http://\(configuration.host):\(configuration.port)"])
            try await buildApplication(prepared, logger: logger).runService()
            await prepared.services.database.close()
        }
    }
}

struct Keys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Signing keys.", subcommands: [Rotate.self, List.self])

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a new active signing key; the old one is retired but stays published.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let (created, retired) = try await Admin.rotateSigningKey(services)
                    print("Active signing key: \(created.kid)" + (retired.isEmpty ? "" : " (retired \(retired.joined(separator: ", ")))"))
                    print("Running servers pick up the new key within 30 seconds.")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List signing keys, newest first.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    for key in try await Admin.signingKeys(services) {
                        print("\(key.kid)  \(key.status.rawValue)  created \(RFC3339.string(from: key.createdAt))")
                    }
                }
            }
        }
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The tamper-evident audit chain.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Walk the chain and report OK, or the first broken event and why.")
        @OptionGroup var options: DataOptions

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let result = try await AuditLog.verify(services.database) { checked in
                        FileHandle.standardError.write(Data("checked \(checked) events\n".utf8))
                    }
                    switch result {
                    case .intact(let count):
                        print("OK: \(count) events, chain intact")
                    case .broken(let sequence, let reason):
                        print("BROKEN at event \(sequence): \(reason)")
                        throw ExitCode(2)
                    }
                }
            }
        }
    }
}

struct APIKeys: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "api-keys", abstract: "Management API keys.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key directly in the database (break-glass); prints the token once.")
        @OptionGroup var options: DataOptions
        @Option(help: "Name of the key.") var name: String
        @Option(name: .customLong("scope"), help: "A scope to grant; repeat for several (default admin).") var scopes: [String] = []
        @Option(name: .customLong("allowed-cidr"), help: "A network the key may be used from; repeat for several.") var allowedCIDRs: [String] = []

        func run() async throws {
            try await runReporting {
                let configuration = try options.configuration()
                try await Admin.withServices(configuration, logger: makeLogger(configuration)) { services in
                    let (record, token) = try await Admin.createAPIKey(
                        services, name: name, scopes: scopes.map(ManagementScope.init(rawValue:)), allowedCIDRs: allowedCIDRs)
                    print("Created \(record.id) with scopes \(record.scopes.map(\.rawValue).joined(separator: ", ")). Token (shown once):\n\n    \(token)\n")
                }
            }
        }
    }
}
