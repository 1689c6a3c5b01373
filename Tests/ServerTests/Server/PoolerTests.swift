import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The server behind PgBouncer in `pool_mode = transaction` (`--database-pooler transaction`), which
/// `scripts/with-postgres.sh` starts with two server connections per database: consecutive transactions of one of the
/// server's connections run on whichever PostgreSQL session is free, so anything kept in a session (a named prepared
/// statement, a setting) would be found by another connection's transaction or lost.
@Suite struct PoolerTests {
    static let urlVariable = "LOCKSMITH_TEST_PGBOUNCER_URL"
    static var bouncerURL: String? { ProcessInfo.processInfo.environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 } }

    /// A server on a database of its own, reached through PgBouncer, with a pool of 8 client connections over
    /// PgBouncer's 2 server connections.
    static func start(pooler: String? = "transaction") async throws -> TestServer? {
        guard let bouncer = bouncerURL, TestBackend.available.contains(.postgres) else { return nil }
        return try await TestServer.start(.postgres, ownDatabase: true) { configuration in
            // Bursts of a hundred requests at one license key, past any per-key burst: what is checked is the pooler.
            configuration.limits = .off
            guard let database = configuration.databaseURL.flatMap({ URLComponents(string: $0)?.path.dropFirst() }) else { return }
            var url = TestURL.adding(["pool_size": "8", "pool_timeout": "30s"], to: TestURL.replacingDatabase(in: bouncer, with: String(database)))
            url = TestURL.adding(pooler.map { ["pooler": $0] } ?? ["statement_timeout": "server"], to: url)
            configuration.databaseURL = url
        }
    }

    @Test func theRuntimeAndTenancyHoldThroughPgBouncerInTransactionMode() async throws {
        guard let server = try await Self.start() else { return }
        let (other, otherToken) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            // Two accounts, each with a license; the other account's key is made on its first token request.
            let mine = try await RuntimeFixture.make(clients) { $0.maxActivations = 5 }
            let theirs = try await RuntimeFixture.make(admin: clients.management(otherToken), code: "theirs") { $0.maxActivations = 5 }

            // A burst of activations at both licenses at once, 60 each for 5 seats: every request runs its
            // transaction on one of two PostgreSQL sessions, interleaved with the other account's.
            let granted = try await withThrowingTaskGroup(of: (account: String, fingerprint: String)?.self) { group in
                for index in 0..<120 {
                    let fixture = index.isMultiple(of: 2) ? mine : theirs
                    group.addTask {
                        do {
                            let answer = try await fixture.runtime(clients).activateLicense(machine("burst-\(index)"))
                            return (answer.data.accountID ?? "", "burst-\(index)")
                        } catch LocksmithError.api(let error) where error.code == .deviceLimitReached {
                            return nil
                        }
                    }
                }
                return try await group.reduce(into: [(account: String, fingerprint: String)]()) { if let item = $1 { $0.append(item) } }
            }
            let mineGranted = granted.filter { $0.account == "acc_default" }.map(\.fingerprint)
            let theirsGranted = granted.filter { $0.account == other.id }.map(\.fingerprint)
            #expect(mineGranted.count == 5 && theirsGranted.count == 5, "5 seats per license: \(granted)")

            // Signed validations, read outside a transaction with their tenant setting in the same pipeline, interleaved
            // across the two accounts: each sees its own license only.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<80 {
                    let (fixture, fingerprints, expected) = index.isMultiple(of: 2)
                        ? (mine, mineGranted, "acc_default") : (theirs, theirsGranted, other.id)
                    guard let fingerprint = fingerprints.randomElement() else { continue }
                    group.addTask {
                        let answer = try await fixture.runtime(clients).validateLicense(machine(fingerprint))
                        #expect(answer.data.accountID == expected && answer.data.licenseID == fixture.license.id)
                    }
                }
                try await group.waitForAll()
            }
            // Management reads and writes, and row-level security: one account's key never finds the other's records.
            #expect(try await clients.admin.listLicenses().data.map(\.id) == [mine.license.id])
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getLicense(id: theirs.license.id) }
            _ = try await clients.admin.suspendLicense(id: mine.license.id)
            let anyMine = try #require(mineGranted.first)
            await expectAPIError(.licenseSuspended, status: 403) { _ = try await mine.runtime(clients).validateLicense(machine(anyMine)) }
            // Metering and tokens (a key made under the advisory lock, in one transaction) work the same way.
            let token = try await theirs.runtime(clients).issueLicenseToken(nil).data
            #expect(try await clients.management(otherToken).introspectLicenseToken(.init(token: token.token)).active)
            try await server.expectAuditChainIntact()
        }
    }

    /// Behind the pooler the runtime state is read through this release's PL/pgSQL function (`RuntimeStateFunctions`),
    /// whose plan each backend session keeps: without the function, validation stops working; with it back, it works.
    @Test func theRuntimeStateIsReadThroughItsFunctionBehindThePooler() async throws {
        guard let server = try await Self.start() else { return }
        let function = try await server.services.database.read {
            try $0.query("SELECT proname FROM pg_proc WHERE proname LIKE 'locksmith_runtime_state_%' ORDER BY proname", [])
                .map { try $0.string("proname") }
        }
        #expect(function.count == 2, "\(function)")
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            _ = try await fixture.runtime(clients).activateLicense(machine("through-function"))
            for name in function {
                try await server.services.database.write { try $0.execute("ALTER FUNCTION \(name) RENAME TO \(name)_away", []) }
            }
            let failed = await #expect(throws: LocksmithError.self) {
                _ = try await fixture.runtime(clients).validateLicense(machine("through-function"))
            }
            if case .api(let error)? = failed { #expect(error.status >= 500, "\(error)") }
            for name in function {
                try await server.services.database.write { try $0.execute("ALTER FUNCTION \(name)_away RENAME TO \(name)", []) }
            }
            let answer = try await fixture.runtime(clients).validateLicense(machine("through-function"))
            #expect(answer.data.licenseID == fixture.license.id && answer.data.status == "active")
        }
    }

    /// Without the setting, the server's named prepared statements meet sessions that never prepared them: the setting
    /// is what makes PgBouncer in transaction mode work, and a URL it cannot honour is refused at start.
    @Test func theSettingIsWhatMakesTransactionModeWork() async throws {
        guard let bouncer = Self.bouncerURL, TestBackend.available.contains(.postgres) else { return }
        let refused = #expect(throws: (any Error).self) {
            _ = try PostgresDatabase(url: TestURL.adding(["pooler": "transaction", "statement_timeout": "5s"], to: bouncer), logger: TestServer.logger)
        }
        #expect("\(refused.map { "\($0)" } ?? "")".contains("ALTER ROLE"))
        #expect(throws: (any Error).self) {
            _ = try PostgresDatabase(url: TestURL.adding(["pooler": "session"], to: bouncer), logger: TestServer.logger)
        }
        // Named prepared statements, kept per session, meet sessions that never prepared them.
        if let server = try await Self.start(pooler: nil) {
            let broke = try await server.run { clients in
                do {
                    let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 100 }
                    return await withTaskGroup(of: Bool.self) { group in
                        for index in 0..<40 {
                            group.addTask { (try? await fixture.runtime(clients).activateLicense(machine("named-\(index)"))) == nil }
                        }
                        return await group.contains(true)
                    }
                } catch LocksmithError.api(let error) where error.status == 500 {
                    return true
                }
            }
            #expect(broke, "named statements through transaction mode should fail somewhere")
        }
        // The URL with its default options is refused by PgBouncer itself.
        let direct = try PostgresDatabase(url: TestURL.adding(["pool_size": "1"], to: bouncer), logger: TestServer.logger)
        #expect(await direct.ping() != nil)
        await direct.close()
    }
}
