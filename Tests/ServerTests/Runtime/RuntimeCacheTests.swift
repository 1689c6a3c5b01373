import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LocksmithAPI
import LocksmithHandlers
import LocksmithServer
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The runtime state cache (`RuntimeStateCache`): on SQLite it answers repeated validations from memory and yet every
/// change holds from the next call, whether this server or another process (the command line) made it; on PostgreSQL
/// there is none unless an operator allows a staleness, and then another instance's change holds within that bound while
/// this instance's own holds at once.
@Suite struct RuntimeCacheTests {
    @Test func onSQLiteEveryCommitHoldsFromTheNextCallEvenFromAnotherProcess() async throws {
        let server = try await TestServer.start(.sqlite, limitsOff: "it validates one license in a loop")
        let cache = try #require(server.services.runtimeCache)
        #expect(cache.rule == .exact)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients, quota: 10)
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            try await server.prepared.activity.flush(to: server.services.database)

            // Two validations with no commit between them (the ledger's flushes commit every 250 ms, so a loaded
            // machine may need a few tries): the second is answered from the cache.
            let database = server.services.database
            var sawHit = false
            for _ in 0..<50 where !sawHit {
                let before = try await database.changeVersion()
                _ = try await runtime.validateLicense(machine("fp"))
                let hits = cache.hits
                _ = try await runtime.validateLicense(machine("fp"))
                if try await database.changeVersion() == before {
                    #expect(cache.hits == hits + 1)
                    sawHit = true
                }
            }
            #expect(sawHit)
            let metrics = try await clients.raw(.get, "/metrics").body
            let text = String(buffer: metrics)
            #expect(text.contains("locksmith_runtime_state_cache_total{result=\"hit\"} \(cache.hits)"), "\(text.prefix(3000))")
            #expect(text.contains("locksmith_runtime_state_cache_total{result=\"miss\"} \(cache.misses)"))

            // A suspension made here holds from the very next call, and so does the reinstatement.
            _ = try await clients.admin.suspendLicense(id: fixture.license.id)
            await expectAPIError(.licenseSuspended, status: 403) { _ = try await runtime.validateLicense(machine("fp")) }
            _ = try await clients.admin.reinstateLicense(id: fixture.license.id)
            #expect(try await runtime.validateLicense(machine("fp")).data.status == "active")

            // A consumption shows in the next answer's counters.
            _ = try await runtime.validateLicense(machine("fp"))
            _ = try await runtime.consumeLicense(idempotencyKey: "c", .init(fingerprint: "fp", featureCode: "export", amount: 3, eventID: "e1"))
            #expect(try await runtime.validateLicense(machine("fp")).data.features.first?.consumed == 3)

            // Another process writes to the live database: the command line disables the account, then enables it.
            _ = try await runtime.validateLicense(machine("fp"))
            let directory = ["--data-dir", server.database.dataDirectory]
            let disabled = try await LocksmithCommand.run(["accounts", "disable", AccountStore.defaultAccountID] + directory)
            #expect(disabled.status == 0, "\(disabled.output)")
            await expectAPIError(.accountDisabled, status: 403) { _ = try await runtime.validateLicense(machine("fp")) }
            let enabled = try await LocksmithCommand.run(["accounts", "enable", AccountStore.defaultAccountID] + directory)
            #expect(enabled.status == 0, "\(enabled.output)")
            #expect(try await runtime.validateLicense(machine("fp")).data.status == "active")

            // The command line's revocation of the license itself, straight in SQL from a process of its own.
            _ = try await runtime.validateLicense(machine("fp"))
            let sqlite = try await SQLiteDatabase.open(path: server.database.dataDirectory + "/locksmith.sqlite", logger: TestServer.logger)
            try await sqlite.write(.defaultAccount) { connection in
                try connection.execute("UPDATE licenses SET status = 'suspended' WHERE id = $1", [.text(fixture.license.id)])
            }
            await sqlite.close()
            await expectAPIError(.licenseSuspended, status: 403) { _ = try await runtime.validateLicense(machine("fp")) }
        }
    }

    /// PostgreSQL, three server processes on one database: two with a 3 s staleness, one with none (the default).
    @Test func onPostgresAnotherInstanceSeesAChangeWithinTheStalenessAndTheDefaultAtOnce() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let server = try await TestServer.start(.postgres)
        defer { Task { await server.stop() } }
        let url = try #require(server.database.url)
        let directory = server.database.dataDirectory
        let bounded = ["LOCKSMITH_RATE_LIMITS": "off", "LOCKSMITH_RUNTIME_CACHE_STALENESS": "3s"]
        let writer = try await ServerProcess(dataDirectory: directory, databaseURL: url, environment: bounded)
        defer { writer.stop() }
        let cached = try await ServerProcess(dataDirectory: directory, databaseURL: url, environment: bounded)
        defer { cached.stop() }
        let exact = try await ServerProcess(dataDirectory: directory, databaseURL: url, environment: ["LOCKSMITH_RATE_LIMITS": "off"])
        defer { exact.stop() }

        let admin = ManagementClient(token: TestServer.adminToken, transport: writer.transport())
        let fixture = try await RuntimeFixture.make(admin: admin, code: "cache")
        let onWriter = RuntimeClient(licenseKey: fixture.key, transport: writer.transport())
        let onCached = RuntimeClient(licenseKey: fixture.key, transport: cached.transport())
        let onExact = RuntimeClient(licenseKey: fixture.key, transport: exact.transport())
        _ = try await onWriter.activateLicense(machine("fp"))
        for client in [onWriter, onExact] {
            #expect(try await client.validateLicense(machine("fp")).data.status == "active")
        }
        // The bounded instance answers from its cache: back-to-back validations, until one lands before the instance's
        // next ledger flush (a write of its own, after which it reads again).
        var hits = 0
        for _ in 0..<50 where hits == 0 {
            _ = try await onCached.validateLicense(machine("fp"))
            _ = try await onCached.validateLicense(machine("fp"))
            hits = try await Self.cacheHits(of: cached)
        }
        #expect(hits > 0)
        #expect(try await Self.cacheHits(of: exact) == 0)

        _ = try await admin.suspendLicense(id: fixture.license.id)
        let suspended = ContinuousClock.now
        // The instance that made the change, and one without a cache, refuse from the next call.
        for client in [onWriter, onExact] {
            let refusal = await expectAPIError(.licenseSuspended, status: 403) { _ = try await client.validateLicense(machine("fp")) }
            #expect(refusal != nil)
        }
        // The other bounded instance may answer from what it read before (until its bound, or its next write), but
        // never past the 3 s.
        var refusedAfter: Duration?
        while ContinuousClock.now - suspended < .seconds(10) {
            do {
                _ = try await onCached.validateLicense(machine("fp"))
            } catch LocksmithError.api(let error) where error.code == .licenseSuspended {
                refusedAfter = ContinuousClock.now - suspended
                break
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        let after = try #require(refusedAfter, "the bounded instance still answered valid 10 s after the suspension")
        #expect(after <= .milliseconds(4_500), "refused only \(after) after the suspension")
    }

    /// The runtime states a server process answered from its cache, from its `/metrics`.
    static func cacheHits(of process: ServerProcess) async throws -> Int {
        let (data, _) = try await URLSession.shared.data(from: process.baseURL.appendingPathComponent("metrics"))
        return Int(metricSample(String(decoding: data, as: UTF8.self), #"locksmith_runtime_state_cache_total{result="hit"}"#) ?? 0)
    }

    @Test func theStalenessIsCheckedAndAppliesToPostgreSQLOnly() throws {
        let postgres = "postgres://u@127.0.0.1/db"
        for bad in ["0s", "2h", "soon", "-1s"] {
            #expect(throws: ConfigurationError.self) {
                try ServerConfiguration.resolve(databaseURL: postgres, runtimeCacheStaleness: bad, environment: [:])
            }
        }
        #expect(try ServerConfiguration.resolve(databaseURL: postgres, runtimeCacheStaleness: "500ms", environment: [:]).runtimeCacheStaleness == .milliseconds(500))
        #expect(try ServerConfiguration.resolve(databaseURL: postgres, environment: ["LOCKSMITH_RUNTIME_CACHE_STALENESS": "2s"]).runtimeCacheStaleness == .seconds(2))
        #expect(try ServerConfiguration.resolve(databaseURL: postgres, runtimeCacheStaleness: "off", environment: [:]).runtimeCacheStaleness == nil)
        let sqlite = try ServerConfiguration.resolve(runtimeCacheStaleness: "2s", environment: [:])
        #expect(sqlite.runtimeCacheStaleness == nil && sqlite.warnings.contains { $0.contains("PostgreSQL only") })
    }
}
