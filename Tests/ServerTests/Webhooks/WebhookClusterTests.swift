import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// Several servers on one PostgreSQL: every event is delivered, and no delivery is attempted by two at once.
@Suite struct WebhookClusterTests {
    /// Two workers, each with a connection pool of its own (as two processes have), claiming at the same moments.
    @Test func twoWorkersOnOnePostgreSQLShareTheOutboxWithoutOverlap() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let harness = try await WebhookHarness.start(.postgres)
        try await WebhookReceiver.run { receiver in
            try await harness.run(tearingDown: false) { clients in
                _ = try await clients.webhook(receiver.url)
                let fixture = try await LicensingFixture.make(clients)
                for _ in 0..<40 { _ = try await fixture.issue(clients) }
            }
            let pools = [try await harness.server.database.open(), try await harness.server.database.open()]
            let workers = pools.map { harness.worker(over: $0) }
            var attempted = [0, 0]
            for _ in 0..<20 where try await harness.outbox().contains(where: { $0.state == "pending" }) {
                let counts = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
                    for (index, worker) in workers.enumerated() {
                        group.addTask { (index, try await worker.runOnce(limit: 7)) }
                    }
                    return try await group.reduce(into: [0, 0]) { $0[$1.0] += $1.1 }
                }
                attempted = zip(attempted, counts).map(+)
            }
            let received = receiver.deliveries
            #expect(received.count == 40 && Set(received.map(\.id)).count == 40, "each delivery exactly once")
            #expect(attempted.reduce(0, +) == 40 && attempted.allSatisfy { $0 > 0 }, "both workers delivered: \(attempted)")
            #expect(receiver.mostInFlightForOneID == 1)
            #expect(try await harness.outbox().allSatisfy { $0.state == "delivered" && $0.attempts == 1 })
            for pool in pools { await pool.close() }
            await harness.server.stop()
        }
    }

    /// Two `locksmith serve` processes of the built binary on one PostgreSQL, each with its own worker on the real
    /// clock, events created through both: every one arrives, once.
    @Test func twoServerProcessesDeliverEveryEventOnce() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let database = try await TestDatabase.make(.postgres)
        let token = "lkm_" + String(repeating: "c", count: 40)
        let environment = [
            "LOCKSMITH_DATABASE_URL": database.url!, "LOCKSMITH_MASTER_KEY": MasterKey.generate().base64, "LOCKSMITH_BOOTSTRAP_TOKEN": token,
            "LOCKSMITH_DATA_DIR": database.dataDirectory, "LOCKSMITH_WEBHOOK_ALLOW_PRIVATE": "1", "LOCKSMITH_LOG_LEVEL": "error",
        ]
        let initialised = try await LocksmithCommand.run(["init"], environment: environment)
        #expect(initialised.status == 0, "\(initialised.output)")
        try await WebhookReceiver.run { receiver in
            let ports = [try UnusedPort.make(), try UnusedPort.make()]
            var servers: [ServerProcess] = []
            defer { for server in servers { server.stop() } }
            for port in ports {
                servers.append(try await ServerProcess(dataDirectory: database.dataDirectory, databaseURL: database.url, port: port, environment: environment))
            }
            let clients = servers.map { ManagementClient(token: token, transport: $0.transport()) }
            for port in ports { try await Self.waitUntilReady(port: port) }

            _ = try await clients[0].createWebhookEndpoint(.init(name: "cluster", url: receiver.url, eventTypes: [.licenseCreated]))
            let product = try await clients[1].createProduct(.init(name: "Cluster", code: "cluster")).data
            let policy = try await clients[0].createPolicy(id: product.id, .init(name: "P", code: "p", licenseType: .perpetual)).data
            var licenses: Set<String> = []
            for index in 0..<30 {
                licenses.insert(try await clients[index % 2].createLicense(.init(productID: product.id, policyID: policy.id)).data.license.id)
            }
            // Both workers poll every second; wait for the deliveries, with a bound.
            for _ in 0..<600 where Set(receiver.deliveries.map(\.id)).count < 30 { try await Task.sleep(for: .milliseconds(50)) }
            let received = receiver.deliveries
            let delivered = Set(received.compactMap { try? LocksmithJSON.decode(LicenseWebhookPayload.self, from: Data($0.body)).data.id })
            #expect(delivered == licenses)
            #expect(received.count == 30 && Set(received.map(\.id)).count == 30, "each event once")
            #expect(receiver.mostInFlightForOneID == 1)
        }
        await database.destroy()
    }

    static func waitUntilReady(port: Int) async throws {
        let system = SystemClient(transport: URLSessionTransport(baseURL: URL(string: "http://127.0.0.1:\(port)")!))
        for _ in 0..<400 {
            if (try? await system.readyz()) != nil { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the server on port \(port) never became ready")
    }
}
