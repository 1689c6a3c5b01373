import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
@testable import LocksmithServer
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A disabled account's background work waits: its webhook deliveries, export renders and lease lapses are left as they
/// are (nothing attempted, nothing failed, no retry spent) while other accounts' work goes on, and all of it is done,
/// once, after the account is enabled again.
@Suite struct DisabledAccountWorkTests {
    @Test(arguments: TestBackend.available)
    func aDisabledAccountsWorkWaitsAndIsDoneOnceWhenItIsEnabled(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        let (paused, token) = try await Admin.createAccount(harness.services, name: "Paused")
        try await harness.runWithReceiver(rendersExports: false) { receiver, clients in
            // The paused account's work, queued while it was enabled: deliveries of its changes, a lease that will lapse
            // and an export to render. The default account has deliveries too.
            let vendor = clients.management(token)
            _ = try await vendor.createWebhookEndpoint(.init(name: "paused", url: receiver.url))
            let fixture = try await RuntimeFixture.make(admin: vendor) { $0.maxFloatingUsers = 1; $0.floatingTimeoutMinutes = 10; $0.requireHeartbeat = true }
            let lease = try await fixture.runtime(clients).checkoutFloatingLicense(machine("fp-1")).data
            let export = try await vendor.createReportExport(.init(reportKind: .usageSummary, format: .json)).data
            _ = try await clients.webhook(receiver.url)
            _ = try await LicensingFixture.make(clients).issue(clients)
            let others = try await harness.outbox().count
            #expect(others > 0)

            try await Admin.setAccountStatus(harness.services, id: paused.id, .disabled)
            harness.clock.advance(by: 11 * 60)
            let queued = try await harness.outbox(account: paused.id)
            #expect(!queued.isEmpty && queued.allSatisfy { $0.state == "pending" && $0.attempts == 0 })
            let lapses = LeaseLapses(services: harness.services)
            let runner = ReportExportRunner(services: harness.services, logger: TestServer.logger)

            #expect(try await lapses.recordDue() == 0)
            #expect(try await runner.drain() == 0)
            #expect(try await harness.deliver() == others, "only the enabled account's deliveries")
            let waiting = try await harness.outbox(account: paused.id)
            #expect(waiting.map(\.id) == queued.map(\.id))
            #expect(waiting.allSatisfy { $0.state == "pending" && $0.attempts == 0 && $0.firstAttemptAt == nil })
            #expect(waiting.map(\.nextAttemptAt) == queued.map(\.nextAttemptAt), "no claim, no retry scheduled")
            #expect(try await harness.attempts(account: paused.id).isEmpty)
            #expect(!receiver.deliveries.contains { delivery in queued.contains { $0.id == delivery.id } })
            #expect(try await Self.state(of: paused.id, lease: lease.deviceID, export: export.id, harness) == .init(
                lapseRecorded: false, leaseExpiredEvents: 0, exportStatus: "pending"))

            try await Admin.setAccountStatus(harness.services, id: paused.id, .active)
            // The background lapse recorder may get there first: what counts is the state, checked below.
            _ = try await lapses.recordDue()
            #expect(try await runner.drain() == 1)
            let due = try await harness.outbox(account: paused.id)
            #expect(Set(due.map(\.eventType)).isSuperset(of: ["lease.expired", "export.completed"]))
            #expect(try await harness.deliver() == due.count)
            #expect(try await lapses.recordDue() == 0)
            #expect(try await runner.drain() == 0)
            #expect(try await harness.deliver() == 0)

            let delivered = try await harness.outbox(account: paused.id)
            #expect(delivered.map(\.id) == due.map(\.id))
            #expect(delivered.allSatisfy { $0.state == "delivered" && $0.attempts == 1 })
            let received = receiver.deliveries.filter { delivery in due.contains { $0.id == delivery.id } }.map(\.id)
            #expect(received.sorted() == due.map(\.id).sorted(), "each delivery exactly once")
            #expect(try await Self.state(of: paused.id, lease: lease.deviceID, export: export.id, harness) == .init(
                lapseRecorded: true, leaseExpiredEvents: 1, exportStatus: "ready"))
            #expect(try await vendor.getReportExport(id: export.id).data.status == .ready)
        }
    }

    struct WorkState: Equatable {
        var lapseRecorded: Bool
        var leaseExpiredEvents: Int
        var exportStatus: String
    }

    /// What the account's background work has done, read from its tables (its API keys are refused while it is disabled).
    static func state(of account: String, lease deviceID: String, export: String, _ harness: WebhookHarness) async throws -> WorkState {
        try await harness.services.database.read(account: account) { connection in
            let lapse = try connection.queryOne(
                "SELECT lapse_recorded_at FROM floating_leases WHERE account_id = $account AND device_id = $1", [.text(deviceID)])
            let events = try connection.queryOne(
                "SELECT COUNT(*) AS n FROM audit_events WHERE account_id = $account AND event_type = 'lease.expired'", [])
            let status = try connection.queryOne("SELECT status FROM report_exports WHERE account_id = $account AND id = $1", [.text(export)])
            return WorkState(
                lapseRecorded: try lapse?.optionalDate("lapse_recorded_at") != nil, leaseExpiredEvents: try events?.int("n") ?? -1,
                exportStatus: try status?.string("status") ?? "missing")
        }
    }
}
