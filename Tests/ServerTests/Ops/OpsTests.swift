import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The ops roll-ups, over runtime decisions written to the activity ledger as the runtime writes them
/// (`Journal.recordBatched`, with how long each took), and over webhook deliveries made by a real worker.
@Suite struct OpsTests {
    /// One runtime decision `minutes` before the clock.
    struct Decision {
        var action: String
        var result: ActivityResultClass
        var reason: String? = nil
        var duration: Int? = nil
        var minutes: Double = 10
        var license: String? = nil
        var request: String? = nil
    }

    static func record(_ decisions: [Decision], harness: WebhookHarness, account: String = AccountStore.defaultAccountID) async throws {
        let now = harness.clock.now
        try await harness.services.database.write(account: account) { connection in
            for (index, decision) in decisions.enumerated() {
                let at = now.addingTimeInterval(-decision.minutes * 60)
                let status = switch decision.result {
                case .success: 200
                case .denied: 403
                default: 500
                }
                try Journal.recordBatched([
                    Activity(
                        id: ResourceID.make("act", at: at), occurredAt: at, action: decision.action, source: .runtime, licenseID: decision.license,
                        amount: 0, statusCode: status, resultClass: decision.result, reasonCode: decision.reason,
                        requestID: decision.request ?? "req_\(index)", durationMs: decision.duration, metadata: [:]),
                ], on: connection)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func theSummaryRollsUpRuntimeDecisionsWebhooksKeysAndTheAuditChain(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            _ = try await clients.webhook(receiver.url)
            receiver.answer(500)
            _ = try await fixture.issue(clients)
            _ = try await clients.admin.suspendLicense(id: license.id)
            try await harness.deliver()
            harness.clock.advance(by: 90)

            // validate: 1…20 ms (p50 10, p95 19); activate: two denied, one error, one not measured.
            var decisions = (1...20).map { Decision(action: "license.validate", result: .success, duration: $0, license: license.id) }
            decisions += [
                Decision(action: "license.activate", result: .denied, reason: "DEVICE_LIMIT_REACHED", duration: 40),
                Decision(action: "license.activate", result: .denied, reason: "DEVICE_LIMIT_REACHED", duration: 60),
                Decision(action: "license.activate", result: .error, reason: "INTERNAL", duration: nil),
                Decision(action: "license.validate", result: .success, duration: 5, minutes: 60 * 25),  // before the window
            ]
            try await Self.record(decisions, harness: harness)

            let summary = try await clients.admin.getOpsSummary().data
            #expect(summary.to == harness.clock.now && summary.from == harness.clock.now.addingTimeInterval(-86_400))
            let runtime = summary.runtime
            #expect(runtime.requests == 23 && runtime.success == 20 && runtime.denied == 2 && runtime.error == 1)
            #expect(abs(runtime.denialRate - 2.0 / 23) < 1e-9 && abs(runtime.errorRate - 1.0 / 23) < 1e-9)
            #expect(runtime.operations.map(\.action) == ["license.validate", "license.activate"])
            let validate = runtime.operations[0], activate = runtime.operations[1]
            #expect(validate.requests == 20 && validate.latencyP50Ms == 10 && validate.latencyP95Ms == 19)
            #expect(activate.denied == 2 && activate.error == 1 && activate.latencyP50Ms == 40 && activate.latencyP95Ms == 60)
            #expect(runtime.latencyP50Ms == 11 && runtime.latencyP95Ms == 40)

            #expect(summary.active == OpsActiveCounts(licenses: 1, devices: 0, floatingLeases: 0))
            #expect(summary.webhooks.pending == 2 && summary.webhooks.delivered == 0)
            #expect(summary.webhooks.oldestPendingAgeSeconds == 90)
            let key = try #require(summary.signingKey)
            #expect(try await clients.system.listPublicKeys().data.first { $0.status == .active }?.kid == key.kid)
            #expect(key.ageSeconds == max(0, Int64(harness.clock.now.timeIntervalSince(key.createdAt).rounded(.down))))
            let events = try await clients.admin.listEvents(limit: 200).data
            #expect(summary.auditChain.length == Int64(events.count) && summary.auditChain.lastEventAt == events.first?.createdAt)

            // Filters narrow the runtime part only.
            let oneLicense = try await clients.admin.getOpsSummary(licenseID: license.id).data
            #expect(oneLicense.runtime.requests == 20 && oneLicense.webhooks.pending == 2)
            // A window of its own.
            let older = try await clients.admin.getOpsSummary(
                from: harness.clock.now.addingTimeInterval(-26 * 3600), to: harness.clock.now.addingTimeInterval(-24 * 3600)).data
            #expect(older.runtime.requests == 1 && older.runtime.operations.first?.latencyP50Ms == 5)
        }
    }

    @Test(arguments: TestBackend.available)
    func runtimeErrorsAreGroupedByActionAndReason(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            try await Self.record([
                Decision(action: "license.activate", result: .denied, reason: "DEVICE_LIMIT_REACHED", minutes: 50, license: "lic_1", request: "req_a"),
                Decision(action: "license.activate", result: .denied, reason: "DEVICE_LIMIT_REACHED", minutes: 20, license: "lic_2", request: "req_b"),
                Decision(action: "license.activate", result: .denied, reason: "DEVICE_LIMIT_REACHED", minutes: 5, license: "lic_2", request: "req_c"),
                Decision(action: "license.validate", result: .denied, reason: "LICENSE_SUSPENDED", minutes: 30, license: "lic_3", request: "req_d"),
                Decision(action: "license.validate", result: .denied, reason: "LICENSE_SUSPENDED", minutes: 1, license: "lic_3", request: "req_e"),
                Decision(action: "license.consume", result: .error, reason: nil, minutes: 2, request: "req_f"),
                Decision(action: "license.validate", result: .success, minutes: 3),
                Decision(action: "license.validate", result: .denied, reason: "LICENSE_EXPIRED", minutes: 60 * 30),
            ], harness: harness)
            let now = harness.clock.now
            let groups = try await clients.admin.listRuntimeErrorGroups().data
            #expect(groups.map { "\($0.action) \($0.reasonCode ?? "-") \($0.count)" } == [
                "license.activate DEVICE_LIMIT_REACHED 3", "license.validate LICENSE_SUSPENDED 2", "license.consume - 1",
            ])
            let activate = groups[0]
            #expect(activate.resultClass == .denied && activate.firstSeenAt == now.addingTimeInterval(-50 * 60)
                && activate.lastSeenAt == now.addingTimeInterval(-5 * 60))
            #expect(["req_a", "req_b", "req_c"].contains(activate.sampleRequestID ?? "") && ["lic_1", "lic_2"].contains(activate.sampleLicenseID ?? ""))
            #expect(groups[2].resultClass == .error && groups[2].sampleLicenseID == nil)
            #expect(try await clients.admin.listRuntimeErrorGroups(limit: 1).data.count == 1)
            #expect(try await clients.admin.listRuntimeErrorGroups(licenseID: "lic_3").data.map(\.count) == [2])
            let month = try await clients.admin.listRuntimeErrorGroups(from: now.addingTimeInterval(-31 * 86_400)).data
            #expect(month.contains { $0.reasonCode == "LICENSE_EXPIRED" })
        }
    }

    @Test(arguments: TestBackend.available)
    func webhookHealthShowsEachEndpoint(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            let healthy = try await clients.webhook(receiver.url, events: [.licenseCreated])
            let failing = try await clients.webhook("http://\(WebhookHarness.receiverHost):\(receiver.port)/hooks", events: [.licenseCreated])
            receiver.answer { delivery in
                delivery.headers["host"]?.hasPrefix(WebhookHarness.receiverHost) == true ? (502, "bad gateway") : (200, "ok")
            }
            let fixture = try await LicensingFixture.make(clients)
            for _ in 0..<3 { _ = try await fixture.issue(clients) }
            try await harness.deliver()
            harness.clock.advance(by: 5)
            try await harness.deliver()
            let lastAttempt = harness.clock.now
            harness.clock.advance(by: 1)  // windows end before `to`

            let health = try await clients.admin.getWebhookHealth().data
            #expect(health.endpoints.map(\.endpointID) == [failing.webhook.id, healthy.webhook.id], "most failures first")
            let bad = health.endpoints[0], good = health.endpoints[1]
            #expect(bad.attempts == 6 && bad.successRate == 0 && bad.consecutiveFailures == 6 && bad.pending == 3)
            #expect(bad.lastError == "HTTP 502: bad gateway" && bad.lastFailureAt == lastAttempt && bad.isActive)
            #expect(bad.latencyP50Ms != nil && bad.oldestPendingAt != nil)
            #expect(good.attempts == 3 && good.successRate == 1 && good.delivered == 3 && good.pending == 0 && good.consecutiveFailures == 0)
            #expect(good.lastError == nil && good.latencyP95Ms != nil)
            #expect(health.totals.delivered == 3 && health.totals.pending == 3 && health.totals.failed == 0)
            #expect(try await clients.admin.getWebhookHealth(endpointID: healthy.webhook.id).data.endpoints.map(\.endpointID) == [healthy.webhook.id])

            _ = try await clients.admin.updateWebhookEndpoint(id: failing.webhook.id, .init(isActive: false))
            #expect(try await clients.admin.getWebhookHealth().data.endpoints.first { !$0.isActive }?.endpointID == failing.webhook.id)
        }
    }

    @Test(arguments: TestBackend.available)
    func windowsMustEndAfterTheyStartAndNeedOpsRead(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            let now = harness.clock.now
            await expectAPIError(.invalidQuery, status: 400) { _ = try await clients.admin.getOpsSummary(from: now, to: now) }
            await expectAPIError(.invalidQuery, status: 400) { _ = try await clients.admin.listRuntimeErrorGroups(from: now, to: now.addingTimeInterval(-1)) }
            await expectAPIError(.invalidQuery, status: 400) { _ = try await clients.admin.getWebhookHealth(from: now.addingTimeInterval(1)) }
            let reader = clients.management(try await clients.token(scopes: [.opsRead]))
            #expect(try await reader.getOpsSummary().data.runtime.requests == 0)
            let other = clients.management(try await clients.token(scopes: [.webhookWrite, .reportRead]))
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await other.getWebhookHealth() }
        }
    }

    /// /metrics counts deliveries by outcome (through the application's own worker), the backlog, and runtime
    /// decisions by operation and result.
    @Test func metricsCountDeliveriesBacklogAndRuntimeDecisions() async throws {
        let server = try await TestServer.start(.sqlite) { $0.webhookAllowPrivate = true }
        try await WebhookReceiver.run { receiver in
            let app = buildApplication(server.prepared, logger: TestServer.logger)
            try await app.test(.router) { client in
                let clients = Clients(client: client)
                _ = try await clients.webhook(receiver.url)
                _ = try await LicensingFixture.make(clients).issue(clients)
                // The application's worker polls every second: wait for the delivery, with a bound.
                for _ in 0..<200 where receiver.deliveries.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
                #expect(receiver.deliveries.count == 1)
                var metrics = ""
                for _ in 0..<100 {
                    metrics = try await clients.system.getMetrics()
                    if metrics.contains(#"locksmith_webhook_deliveries_total{outcome="delivered"} 1"#) { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(metrics.contains(#"locksmith_webhook_deliveries_total{outcome="delivered"} 1"#), "\(metrics)")
                #expect(metrics.contains("locksmith_webhook_backlog"))

                _ = try await clients.raw(.post, "/api/v1/license/validate", headers: [.authorization: "License lsk_unknown"], body: "{}")
                let after = try await clients.system.getMetrics()
                #expect(after.contains(#"locksmith_runtime_decisions_total{operation="validateLicense",result="denied"} 1"#), "\(after)")
            }
        }
        await server.stop()
    }
}
