import Foundation
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// For every operation that takes an `Idempotency-Key`, the effect and the stored response commit together: a
/// transaction that dies after the effect, just as the response is being stored, leaves neither behind, and the same
/// request with the same key then runs once, for real. The operations come from the operation table, so one added to
/// it without a case here fails the test.
@Suite struct IdempotentEffectsTests {
    /// What each idempotent operation does, with a fixture prepared so that it can.
    typealias Call = @Sendable (RuntimeClient, ManagementClient, Fixture) async throws -> Void

    struct Fixture: Sendable {
        var license: License
        var leaseToken: String
    }

    static let calls: [OperationID: Call] = [
        .renewLicense: { _, admin, fixture in _ = try await admin.renewLicense(id: fixture.license.id, idempotencyKey: "k-renew", .init(extendByDays: 7)) },
        .transferLicense: { _, admin, fixture in
            _ = try await admin.transferLicense(id: fixture.license.id, idempotencyKey: "k-transfer", .init(customerEmail: "next@example.com"))
        },
        .activateLicense: { runtime, _, _ in _ = try await runtime.activateLicense(idempotencyKey: "k-activate", machine("fp-new")) },
        .consumeLicense: { runtime, _, _ in
            _ = try await runtime.consumeLicense(idempotencyKey: "k-consume", .init(fingerprint: "fp", featureCode: "export", amount: 3, eventID: "e1"))
        },
        .deactivateLicense: { runtime, _, _ in _ = try await runtime.deactivateLicense(idempotencyKey: "k-deactivate", machine("fp")) },
        .issueMachineFile: { runtime, _, _ in _ = try await runtime.issueMachineFile(idempotencyKey: "k-machine-file", .init(fingerprint: "fp-air")) },
        .checkoutFloatingLicense: { runtime, _, _ in _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "k-checkout", machine("fp-float")) },
        .checkinFloatingLicense: { runtime, _, fixture in
            _ = try await runtime.checkinFloatingLicense(idempotencyKey: "k-checkin", .init(leaseToken: fixture.leaseToken))
        },
    ]

    @Test func everyIdempotentOperationHasACase() {
        let idempotent = Set(OperationTable.all.filter(\.requiresIdempotencyKey).map(\.id))
        #expect(idempotent == Set(Self.calls.keys))
    }

    @Test(arguments: TestBackend.available)
    func aTransactionThatDiesBeforeItsResponseIsStoredLeavesNoEffect(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let failing = InterposedDatabase(base: server.services.database, failingStatement: "UPDATE idempotency_keys SET state = 'complete'")
        let normal = buildApplication(server.prepared, logger: TestServer.logger)
        let broken = buildApplication(server.prepared(over: failing), logger: TestServer.logger)
        try await normal.test(.router) { normalClient in
            try await broken.test(.router) { brokenClient in
                let clients = Clients(client: normalClient)
                let runtimeFixture = try await RuntimeFixture.make(clients) { $0.maxFloatingUsers = 2; $0.maxTransfers = 3; $0.maxActivations = 3 }
                _ = try await runtimeFixture.runtime(clients).activateLicense(idempotencyKey: "setup", machine("fp"))
                let lease = try await runtimeFixture.runtime(clients).checkoutFloatingLicense(idempotencyKey: "setup-lease", machine("fp-held")).data
                let fixture = Fixture(license: runtimeFixture.license, leaseToken: lease.leaseToken)
                let brokenClients = Clients(client: brokenClient)

                for (operation, call) in Self.calls.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    let before = try await Self.state(server)
                    do {
                        try await call(brokenClients.runtime(runtimeFixture.key), brokenClients.admin, fixture)
                        Issue.record("\(operation.rawValue) succeeded though its response could not be stored")
                    } catch LocksmithError.api(let error) {
                        #expect(error.status == 500, "\(operation.rawValue): \(error)")
                    }
                    #expect(try await Self.state(server) == before, "\(operation.rawValue) left its effect behind")
                    // The same request with the same key, on a database that works: it runs, once.
                    try await call(clients.runtime(runtimeFixture.key), clients.admin, fixture)
                    let after = try await Self.state(server)
                    #expect(after != before && after.completedKeys == before.completedKeys + 1, "\(operation.rawValue)")
                    try await call(clients.runtime(runtimeFixture.key), clients.admin, fixture)
                    #expect(try await Self.state(server) == after, "\(operation.rawValue) ran again on a replay")
                }
            }
        }
        await server.stop()
    }

    /// What the operations can change, read straight from the tables (the ledger aside: a refusal's row is written by
    /// the batcher, whatever the transaction did).
    struct State: Equatable {
        var licenses: [String]
        var devices: [String]
        var leases: [String]
        var consumptions: Int
        var auditEvents: Int
        var deliveries: Int
        var completedKeys: Int
    }

    static func state(_ server: TestServer) async throws -> State {
        try await server.services.database.read(.defaultAccount) { connection in
            func strings(_ sql: String) throws -> [String] { try connection.query(sql, []).map { try $0.string("v") } }
            func count(_ sql: String) throws -> Int { try connection.queryOne(sql, [])?.int("n") ?? -1 }
            return State(
                licenses: try strings("""
                    SELECT id || ' ' || COALESCE(CAST(expires_at AS TEXT), '-') || ' ' || COALESCE(customer_email, '-') || ' '
                        || CAST(total_consumptions AS TEXT) || ' ' || CAST(active_device_count AS TEXT) || ' ' || CAST(entitlement_version AS TEXT) AS v
                    FROM licenses ORDER BY id
                    """),
                devices: try strings("SELECT id || ' ' || status || ' ' || seat AS v FROM devices ORDER BY id"),
                leases: try strings("SELECT id || ' ' || COALESCE(CAST(released_at AS TEXT), 'open') AS v FROM floating_leases ORDER BY id"),
                consumptions: try count("SELECT COUNT(*) AS n FROM consumption_events"),
                auditEvents: try count("SELECT COUNT(*) AS n FROM audit_events"),
                deliveries: try count("SELECT COUNT(*) AS n FROM webhook_deliveries"),
                completedKeys: try count("SELECT COUNT(*) AS n FROM idempotency_keys WHERE state = 'complete'"))
        }
    }
}
