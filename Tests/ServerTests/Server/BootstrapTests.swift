import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Logging
import Testing

@Suite struct BootstrapTests {
    @Test(arguments: TestBackend.available)
    func restartsDoNotMintNewKeysOrTokens(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        #expect(server.prepared.bootstrapToken == TestServer.adminToken)
        let again = try await Bootstrap.prepare(server.configuration, migrations: .apply, logger: TestServer.logger)
        #expect(again.bootstrapToken == nil)
        #expect(again.appliedMigrations.isEmpty)
        #expect(again.keyring.activeKeyID == server.prepared.keyring.activeKeyID)
        await again.services.database.close()
        await server.stop()
    }

    @Test func servingAnUnmigratedPostgreSQLIsRefusedWithTheCommandToRun() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let database = try await TestDatabase.make(.postgres)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory
        configuration.databaseURL = database.url
        do {
            _ = try await Bootstrap.prepare(configuration, migrations: .applyOnSQLiteOnly, logger: TestServer.logger)
            Issue.record("serve started against an unmigrated database")
        } catch let error as ConfigurationError {
            #expect(error.description.contains("locksmith migrate up"))
            #expect(!error.description.contains("password"))
        }
        let applied = try await Admin.migrateUp(configuration, logger: TestServer.logger)
        #expect(applied.map(\.version) == Schema.migrations.map(\.version))
        let prepared = try await Bootstrap.prepare(configuration, migrations: .applyOnSQLiteOnly, logger: TestServer.logger)
        #expect(prepared.bootstrapToken?.hasPrefix("lkm_") == true)
        await prepared.services.database.close()
        await database.destroy()
    }

    @Test func sqliteIsInitialisedOnFirstServeWithAPrivateMasterKey() async throws {
        let database = try await TestDatabase.make(.sqlite)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory + "/fresh"
        let prepared = try await Bootstrap.prepare(configuration, migrations: .applyOnSQLiteOnly, logger: TestServer.logger)
        let token = try #require(prepared.bootstrapToken)
        #expect(SecretToken.isWellFormed(token, prefix: "lkm_"))
        let attributes = try FileManager.default.attributesOfItem(atPath: configuration.dataDirectory + "/master.key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.fileExists(atPath: configuration.dataDirectory + "/locksmith.sqlite"))
        await prepared.services.database.close()
        await database.destroy()
    }

    @Test func masterKeyFromTheEnvironmentIsValidated() throws {
        let directory = DataDirectory(path: "/nonexistent/locksmith")
        #expect(throws: ConfigurationError.self) { _ = try directory.masterKey(fromEnvironment: "not base64", create: false) }
        let key = MasterKey.generate()
        #expect(try directory.masterKey(fromEnvironment: key.base64, create: false).key == key)
        #expect(throws: ConfigurationError.self) { _ = try directory.masterKey(fromEnvironment: nil, create: false) }
    }

    @Test(arguments: zip([SQLiteDatabase.Synchronous.full, .normal], [2, 1]))
    func theConfiguredSQLiteSynchronousIsApplied(synchronous: SQLiteDatabase.Synchronous, pragmaValue: Int) async throws {
        let server = try await TestServer.start(.sqlite) { $0.sqlite.synchronous = synchronous }
        let applied = try await server.services.database.write { try $0.queryOne("PRAGMA synchronous")?.int("synchronous") }
        await server.stop()
        #expect(applied == pragmaValue)
    }

    @Test func configurationReadsFlagsOverEnvironmentOverDefaults() throws {
        let defaults = try ServerConfiguration.resolve(environment: [:])
        #expect(defaults.host == "127.0.0.1" && defaults.port == 8080 && defaults.dataDirectory == "./locksmith-data")
        #expect(defaults.databaseURL == nil && defaults.maxBodyBytes == 1 << 20 && !defaults.trustForwardedFor)
        #expect(defaults.sqlite == SQLiteDatabase.Configuration() && defaults.sqlite.synchronous == .normal)
        let environment = [
            "LOCKSMITH_HOST": "0.0.0.0", "LOCKSMITH_PORT": "9000", "LOCKSMITH_DATA_DIR": "/var/lib/locksmith",
            "LOCKSMITH_DATABASE_URL": "postgres://u@db/locksmith", "LOCKSMITH_TRUST_FORWARDED_FOR": "true",
            "LOCKSMITH_BOOTSTRAP_TOKEN": TestServer.adminToken, "LOCKSMITH_LOG_LEVEL": "debug", "LOCKSMITH_SQLITE_SYNCHRONOUS": "FULL",
        ]
        let fromEnvironment = try ServerConfiguration.resolve(environment: environment)
        #expect(fromEnvironment.host == "0.0.0.0" && fromEnvironment.port == 9000 && fromEnvironment.trustForwardedFor)
        #expect(fromEnvironment.databaseURL == "postgres://u@db/locksmith" && fromEnvironment.bootstrapToken == TestServer.adminToken)
        #expect(fromEnvironment.logLevel == .debug && fromEnvironment.sqlite.synchronous == .full)
        let flags = try ServerConfiguration.resolve(host: "::1", port: 7000, sqliteSynchronous: "normal", environment: environment)
        #expect(flags.host == "::1" && flags.port == 7000 && flags.sqlite.synchronous == .normal)
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_SQLITE_SYNCHRONOUS": "off"]) }
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_PORT": "http"]) }
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_DATABASE_URL": "mysql://x"]) }
    }
}
