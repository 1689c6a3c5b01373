import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// The recovery drill an operator runs to prove the plan: a backup taken while licensed applications activate and consume,
/// restored into a fresh place with the exported master key, loses nothing that was acknowledged before the backup
/// started, and the restored server answers with the same keys and delivers webhooks with the same secrets.
@Suite(.serialized) struct BackupDrillTests {
    /// Without rate limits: the load activates hundreds of machines and consumes as fast as four clients can through one
    /// license key, to have many writes in flight while the backup runs.
    static let unlimited = ["LOCKSMITH_RATE_LIMITS": "off"]

    @Test(arguments: TestBackend.available)
    func aBackupTakenUnderLoadRestoresEverythingAcknowledgedBeforeIt(backend: TestBackend) async throws {
        guard TestPython.shouldRun else { return }
        let source = try await Installation.make(backend)
        let target = try await Installation.make(backend)
        let scratch = try Scratch()
        let running = RunningServers()
        defer {
            running.stopAll()
            scratch.remove()
        }
        try await WebhookReceiver.run { receiver in
            try await source.initialise()

            // Before a key rotation: an answer signed with the server's first key, which will be retired.
            var server = running.add(try await source.serve(environment: Self.unlimited))
            var admin = ManagementClient(token: Installation.adminToken, transport: server.transport())
            let endpoint = try await admin.createWebhookEndpoint(.init(name: "drill", url: receiver.url, eventTypes: [.licenseCreated])).data
            let fixture = try await RuntimeFixture.make(admin: admin, code: "drill", quota: 10_000_000) { $0.maxActivations = 1_000_000 }
            var runtime = RuntimeClient(licenseKey: fixture.key, transport: server.transport())
            _ = try await runtime.activateLicense(idempotencyKey: "meter", machine("meter"))
            let signedWithRetiredKey = try await runtime.validateLicense(machine("meter"))
            server.stop()

            #expect(try await source.run(["keys", "rotate"]).status == 0)
            let created = try await source.run(["accounts", "create", "--name", "Second vendor"])
            let second = try #require(created.createdAccount, "\(created.output)")

            server = running.add(try await source.serve(environment: Self.unlimited))
            admin = ManagementClient(token: Installation.adminToken, transport: server.transport())
            runtime = RuntimeClient(licenseKey: fixture.key, transport: server.transport())
            let signedWithActiveKey = try await runtime.validateLicense(machine("meter"))
            let secondFixture = try await RuntimeFixture.make(admin: ManagementClient(token: second.token, transport: server.transport()), code: "other")
            let secondRuntime = RuntimeClient(licenseKey: secondFixture.key, transport: server.transport())
            _ = try await secondRuntime.activateLicense(idempotencyKey: "other", machine("other"))
            let signedForSecondAccount = try await secondRuntime.validateLicense(machine("other"))

            // Load: two clients activate new machines and two consume, each write recorded with when it was acknowledged.
            let load = Load(runtime: runtime)
            let writers = Task { try await load.run() }
            try await load.waitForAcknowledged(200)
            let backupStart = Date()
            let backupFile = scratch.file("drill.backup")
            let backedUp = try await LocksmithCommand.run(["backup", "--to", backupFile] + source.backupPlace)
            try #require(backedUp.status == 0, "\(backedUp.output)")
            let afterBackup = load.acknowledgedCount
            try await load.waitForAcknowledged(afterBackup + 200)
            load.stop()
            try await writers.value
            server.stop()
            let acknowledged = load.acknowledged
            let beforeBackup = acknowledged.filter { $0.at < backupStart }
            #expect(beforeBackup.count >= 200 && acknowledged.count > beforeBackup.count, "writes before and after the backup's start")

            let keyFile = scratch.file("master-key.json")
            let exported = try await source.run(
                ["master-key", "export", "--to", keyFile], environment: ["LOCKSMITH_MASTER_KEY_PASSPHRASE": Installation.passphrase])
            try #require(exported.status == 0, "\(exported.output)")
            #expect(!(try String(contentsOfFile: keyFile, encoding: .utf8)).contains(try masterKey(of: source)), "the export holds the key sealed")

            // The recovery procedure, step by step, in a fresh place.
            let verified = try await LocksmithCommand.run(["backup", "verify", backupFile])
            #expect(verified.status == 0 && verified.standardOutput.hasSuffix("OK\n"), "\(verified.output)")
            let restored = try await target.run(["restore", "--from", backupFile])
            try #require(restored.status == 0, "\(restored.output)")
            let imported = try await target.run(
                ["master-key", "import", "--from", keyFile], environment: ["LOCKSMITH_MASTER_KEY_PASSPHRASE": Installation.passphrase])
            try #require(imported.status == 0, "\(imported.output)")
            #expect(imported.standardOutput.contains("it opens the "), "\(imported.output)")
            let audited = try await target.run(["audit", "verify"])
            #expect(audited.status == 0, "\(audited.output)")
            let chainLines = audited.standardOutput.split(separator: "\n")
            #expect(chainLines.count == 2 && chainLines.allSatisfy { $0.contains(": OK, ") }, "\(audited.output)")

            // Every write acknowledged before the backup started is there, once, and the counters agree with the rows.
            let restoredDatabase = try await target.open()
            let stored = try await restoredDatabase.read(account: "acc_default") { connection in
                let devices = try connection.query(
                    "SELECT fingerprint FROM devices WHERE license_id = $1 AND account_id = $account AND status = 'active'", [.text(fixture.license.id)]
                ).map { try $0.string("fingerprint") }
                let events = try connection.query(
                    "SELECT event_id FROM consumption_events WHERE license_id = $1 AND account_id = $account", [.text(fixture.license.id)]
                ).map { try $0.string("event_id") }
                let ledger = try connection.queryOne(
                    """
                    SELECT CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS n FROM activities
                    WHERE license_id = $1 AND account_id = $account AND action = 'license.consume' AND result_class = 'success'
                    """, [.text(fixture.license.id)])?.int64("n") ?? -1
                return (devices: devices, events: events, ledger: ledger)
            }
            await restoredDatabase.close()
            let activations = Set(beforeBackup.filter { $0.kind == .activation }.map(\.id))
            let consumptions = Set(beforeBackup.filter { $0.kind == .consumption }.map(\.id))
            #expect(activations.isSubset(of: Set(stored.devices)), "\(activations.subtracting(stored.devices).count) acknowledged activations lost")
            #expect(consumptions.isSubset(of: Set(stored.events)), "\(consumptions.subtracting(stored.events).count) acknowledged consumptions lost")

            server = running.add(try await target.serve(environment: Self.unlimited))
            admin = ManagementClient(token: Installation.adminToken, transport: server.transport())
            runtime = RuntimeClient(licenseKey: fixture.key, transport: server.transport())
            let license = try await admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == Int64(stored.devices.count))
            #expect(license.totalConsumptions == Int64(stored.events.count) && stored.ledger == Int64(stored.events.count))
            // Sent again, acknowledged writes change nothing: each is there exactly once.
            for write in beforeBackup.prefix(20) {
                switch write.kind {
                case .activation: _ = try await runtime.activateLicense(idempotencyKey: "again-\(write.id)", machine(write.id))
                case .consumption:
                    _ = try await runtime.consumeLicense(
                        idempotencyKey: "again-\(write.id)", .init(fingerprint: "meter", featureCode: "export", amount: 1, eventID: write.id))
                }
            }
            let again = try await admin.getLicense(id: fixture.license.id).data
            #expect(again.activeDeviceCount == license.activeDeviceCount && again.totalConsumptions == license.totalConsumptions)

            // Answers signed before the backup verify with the restored server's keys, and new ones are signed by the same key.
            let system = SystemClient(transport: server.transport())
            let defaultKeys = try await publishedKeys(system, account: "acc_default")
            let secondKeys = try await publishedKeys(system, account: second.id)
            for answer in [signedWithRetiredKey, signedWithActiveKey] { expectSigned(answer, defaultKeys) }
            expectSigned(signedForSecondAccount, secondKeys)
            #expect(signedWithRetiredKey.signature.kid != signedWithActiveKey.signature.kid)
            let fresh = try await runtime.validateLicense(machine("meter"))
            #expect(fresh.signature.kid == signedWithActiveKey.signature.kid)
            expectSigned(fresh, defaultKeys)
            let freshSecond = try await RuntimeClient(licenseKey: secondFixture.key, transport: server.transport()).validateLicense(machine("other"))
            #expect(freshSecond.signature.kid == signedForSecondAccount.signature.kid)
            expectSigned(freshSecond, secondKeys)

            // The webhook secret still signs deliveries that standardwebhooks accepts.
            let issued = try await admin.createLicense(
                .init(productID: fixture.product.id, policyID: fixture.policy.id, expiresAt: Date().addingTimeInterval(30 * 86_400))).data.license
            var delivery: WebhookReceiver.Delivery?
            for _ in 0..<600 where delivery == nil {
                delivery = receiver.deliveries.first { $0.bodyText.contains(issued.id) }
                if delivery == nil { try await Task.sleep(for: .milliseconds(50)) }
            }
            let received = try #require(delivery, "the restored server delivered no license.created for \(issued.id)")
            #expect(try StandardWebhooks.verify([received], secret: endpoint.secret) == ["ok license.created"])
        }
        await source.destroy()
        await target.destroy()
    }

    private func masterKey(of installation: Installation) throws -> String {
        try String(contentsOfFile: installation.dataDirectory + "/master.key", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func publishedKeys(_ system: SystemClient, account: String) async throws -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: try await system.listPublicKeys(accountID: account).data.map { ($0.kid, Base64.decode($0.publicKey)!) })
    }
}

/// Licensed applications at work: two activate new machines one after another, two consume metered units, until stopped.
/// Each acknowledged write is recorded with the time its answer arrived.
final class Load: Sendable {
    struct Write: Sendable {
        enum Kind: Sendable { case activation, consumption }
        var kind: Kind
        var id: String
        var at: Date
    }

    private let runtime: RuntimeClient
    private let state = NIOLockedValueBox((writes: [Write](), stopped: false))

    init(runtime: RuntimeClient) {
        self.runtime = runtime
    }

    var acknowledged: [Write] { state.withLockedValue { $0.writes } }
    var acknowledgedCount: Int { state.withLockedValue { $0.writes.count } }

    func stop() {
        state.withLockedValue { $0.stopped = true }
    }

    func run() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for index in 0... {
                        guard !self.state.withLockedValue({ $0.stopped }) else { return }
                        let id = "w\(worker)-\(index)"
                        let kind: Write.Kind = worker < 2 ? .activation : .consumption
                        switch kind {
                        case .activation: _ = try await self.runtime.activateLicense(idempotencyKey: id, machine(id))
                        case .consumption:
                            _ = try await self.runtime.consumeLicense(
                                idempotencyKey: id, .init(fingerprint: "meter", featureCode: "export", amount: 1, eventID: id))
                        }
                        let write = Write(kind: kind, id: id, at: Date())
                        self.state.withLockedValue { $0.writes.append(write) }
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// Returns once `count` writes have been acknowledged (failing after a minute).
    func waitForAcknowledged(_ count: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while acknowledgedCount < count {
            guard ContinuousClock.now < deadline else { throw LoadStalled(acknowledged: acknowledgedCount) }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

struct LoadStalled: Error, CustomStringConvertible {
    var acknowledged: Int
    var description: String { "the load stalled at \(acknowledged) acknowledged writes" }
}
