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
        #expect(server.prepared.firstAdminKey == .supplied)
        let again = try await Bootstrap.prepare(server.configuration, for: .initialise, logger: TestServer.logger)
        #expect(again.firstAdminKey == nil)
        #expect(again.appliedMigrations.isEmpty)
        #expect(again.keyring.serverKeyID == server.prepared.keyring.serverKeyID)
        await again.services.database.close()
        await server.stop()
    }

    @Test func servingAnUnmigratedPostgreSQLIsRefusedWithTheCommandToRun() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let database = try await TestDatabase.make(.postgres)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory
        configuration.databaseURL = database.url
        configuration.masterKey = MasterKey.generate().base64
        do {
            _ = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
            Issue.record("serve started against an unmigrated database")
        } catch let error as ConfigurationError {
            #expect(error.description.contains("locksmith migrate up"))
            #expect(!error.description.contains("password"))
        }
        let applied = try await Admin.migrateUp(configuration, logger: TestServer.logger)
        #expect(applied.map(\.version) == Schema.migrations.map(\.version))
        let prepared = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
        #expect(prepared.firstAdminKey?.generatedToken?.hasPrefix("lkm_") == true)
        await prepared.services.database.close()
        await database.destroy()
    }

    @Test func servingPostgreSQLWithoutAMasterKeyIsRefusedWithWhatToDo() async throws {
        let database = try await TestDatabase.make(.sqlite)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory + "/fresh"
        configuration.databaseURL = "postgres://nobody@127.0.0.1:1/unreachable"
        do {
            let prepared = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
            await prepared.services.database.close()
            Issue.record("serve started on PostgreSQL without a master key")
        } catch let error as ConfigurationError {
            #expect(error.description.contains("LOCKSMITH_MASTER_KEY") && error.description.contains("locksmith init"))
        } catch {
            Issue.record("expected a ConfigurationError, got \(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: configuration.dataDirectory + "/master.key"))
        await database.destroy()
    }

    /// Raw key bytes instead of base64 (not even UTF-8), text that is not a key, a directory in its place: each
    /// is refused with the reason, and the file is left exactly as it was.
    @Test func aKeyFileThatCannotBeReadOrParsedIsRefusedAndNeverReplaced() async throws {
        let database = try await TestDatabase.make(.sqlite)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory
        let path = database.dataDirectory + "/master.key"
        for contents in [Data([0xFF, 0xFE] + [UInt8](repeating: 0x80, count: 30)), Data("not a key\n".utf8), Data()] {
            try contents.write(to: URL(fileURLWithPath: path))
            do {
                let prepared = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
                await prepared.services.database.close()
                Issue.record("started with a bad key file holding \(contents.count) bytes")
            } catch let error as ConfigurationError {
                #expect(error.description.contains(path))
            } catch {
                Issue.record("expected a ConfigurationError, got \(error)")
            }
            #expect(FileManager.default.contents(atPath: path) == contents)
        }
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        await #expect(throws: ConfigurationError.self) {
            _ = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
        await database.destroy()
    }

    @Test func aNewKeyFileNeverReplacesOneThatExists() async throws {
        let database = try await TestDatabase.make(.sqlite)
        let directory = DataDirectory(path: database.dataDirectory + "/fresh")
        let (first, created) = try directory.createMasterKey()
        let (second, createdAgain) = try directory.createMasterKey()
        #expect(created && !createdAgain && second == first)
        #expect(try directory.masterKey(fromEnvironment: nil) == first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["master.key"])
        await database.destroy()
    }

    @Test func sqliteIsInitialisedOnFirstServeWithPrivateFiles() async throws {
        let database = try await TestDatabase.make(.sqlite)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = database.dataDirectory + "/fresh"
        let prepared = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
        #expect(SecretToken.isWellFormed(try #require(prepared.firstAdminKey?.generatedToken), prefix: "lkm_"))
        _ = try await Admin.rotateSigningKey(prepared.services)
        let directory = configuration.dataDirectory
        #expect(try mode(directory) == 0o700)
        for file in ["master.key", "locksmith.sqlite", "locksmith.sqlite-wal", "locksmith.sqlite-shm"] {
            #expect(try mode(directory + "/" + file) == 0o600, "\(file)")
        }
        await prepared.services.database.close()

        // Files an older version left readable by others are narrowed on the next start.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory + "/locksmith.sqlite")
        let again = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
        #expect(try mode(directory + "/locksmith.sqlite") == 0o600)
        await again.services.database.close()
        await database.destroy()
    }

    private func mode(_ path: String) throws -> Int {
        try #require((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    @Test func aSuppliedBootstrapTokenNeedsThirtyTwoCharactersAfterThePrefix() async throws {
        for (token, accepted) in [
            ("lkm_" + String(repeating: "a", count: 31), false), ("lkm_" + String(repeating: "a", count: 32), true),
            ("key_" + String(repeating: "a", count: 40), false),
        ] {
            let database = try await TestDatabase.make(.sqlite)
            var configuration = ServerConfiguration()
            configuration.dataDirectory = database.dataDirectory
            configuration.bootstrapToken = token
            do {
                let prepared = try await Bootstrap.prepare(configuration, for: .serve, logger: TestServer.logger)
                await prepared.services.database.close()
                #expect(accepted, "\(token) was accepted")
            } catch let error as ConfigurationError {
                #expect(!accepted && error.description.contains("32"), "\(token): \(error)")
                #expect(!error.description.contains(token))
            }
            await database.destroy()
        }
    }

    @Test func masterKeyFromTheEnvironmentIsValidated() throws {
        let directory = DataDirectory(path: "/nonexistent/locksmith")
        #expect(throws: ConfigurationError.self) { _ = try directory.masterKey(fromEnvironment: "not base64") }
        let key = MasterKey.generate()
        #expect(try directory.masterKey(fromEnvironment: key.base64) == key)
        #expect(try directory.masterKey(fromEnvironment: nil) == nil)
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
        #expect(defaults.databaseURL == nil && defaults.maxBodyBytes == 1 << 20 && defaults.trustedProxies.isEmpty && defaults.warnings.isEmpty)
        #expect(defaults.sqlite == SQLiteDatabase.Configuration() && defaults.sqlite.synchronous == .normal)
        let environment = [
            "LOCKSMITH_HOST": "0.0.0.0", "LOCKSMITH_PORT": "9000", "LOCKSMITH_DATA_DIR": "/var/lib/locksmith",
            "LOCKSMITH_DATABASE_URL": "postgres://u@db/locksmith", "LOCKSMITH_TRUSTED_PROXIES": "10.0.0.0/8, 2001:db8::/32",
            "LOCKSMITH_BOOTSTRAP_TOKEN": TestServer.adminToken, "LOCKSMITH_LOG_LEVEL": "debug", "LOCKSMITH_SQLITE_SYNCHRONOUS": "FULL",
        ]
        let fromEnvironment = try ServerConfiguration.resolve(environment: environment)
        #expect(fromEnvironment.host == "0.0.0.0" && fromEnvironment.port == 9000)
        #expect(fromEnvironment.trustedProxies.networks.map(\.description) == ["10.0.0.0/8", "2001:db8::/32"])
        #expect(fromEnvironment.databaseURL == "postgres://u@db/locksmith" && fromEnvironment.bootstrapToken == TestServer.adminToken)
        #expect(fromEnvironment.logLevel == .debug && fromEnvironment.sqlite.synchronous == .full)
        let flags = try ServerConfiguration.resolve(host: "::1", port: 7000, trustedProxies: "192.0.2.1", sqliteSynchronous: "normal", environment: environment)
        #expect(flags.host == "::1" && flags.port == 7000 && flags.trustedProxies.networks.map(\.description) == ["192.0.2.1"])
        #expect(flags.sqlite.synchronous == .normal)
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_SQLITE_SYNCHRONOUS": "off"]) }
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_PORT": "http"]) }
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_DATABASE_URL": "mysql://x"]) }
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_TRUSTED_PROXIES": "10.0.0.0/33"]) }
    }

    @Test func trustForwardedForIsADeprecatedAliasForLoopbackProxies() throws {
        for configuration in [
            try ServerConfiguration.resolve(trustForwardedFor: true, environment: [:]),
            try ServerConfiguration.resolve(environment: ["LOCKSMITH_TRUST_FORWARDED_FOR": "1"]),
        ] {
            #expect(configuration.trustedProxies == .loopback)
            #expect(configuration.warnings.count == 1 && configuration.warnings[0].contains("deprecated"))
        }
        let both = try ServerConfiguration.resolve(trustedProxies: "10.0.0.0/8", trustForwardedFor: true, environment: [:])
        #expect(both.trustedProxies.networks.map(\.description) == ["10.0.0.0/8", "127.0.0.1/32", "::1/128"])
    }
}
