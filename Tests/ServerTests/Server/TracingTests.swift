import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// OpenTelemetry traces from a real `locksmith serve` (swift-otel, OTLP/HTTP): a request continues the W3C
/// `traceparent` it brought, its database calls are child spans, and the webhook delivery its change queued continues
/// the same trace and sends it on. With no endpoint set nothing is exported and deliveries carry no trace.
@Suite struct TracingTests {
    static let traceID = "4bf92f3577b34da6a3ce929d0e0e4736"
    static let callerSpanID = "00f067aa0ba902b7"

    @Test(arguments: TestBackend.available)
    func aRequestItsDatabaseCallsAndItsWebhookDeliveryAreOneTrace(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        defer { Task { await server.stop() } }
        try await WebhookReceiver.run { hooks in
            try await TraceCollector.run { collector in
                let fixture = try await Self.traced(server, backend: backend, hooks: hooks, collector: collector)
                try await Self.untraced(server, fixture, hooks: hooks, collector: collector)
            }
        }
    }

    private static func traced(
        _ server: TestServer, backend: TestBackend, hooks: WebhookReceiver, collector: TraceCollector
    ) async throws -> RuntimeFixture {
        let process = try await ServerProcess(
            dataDirectory: server.database.dataDirectory, databaseURL: server.database.url,
            environment: [
                "OTEL_EXPORTER_OTLP_ENDPOINT": collector.endpoint, "OTEL_EXPORTER_OTLP_PROTOCOL": "http/json", "OTEL_BSP_SCHEDULE_DELAY": "100",
                "LOCKSMITH_RATE_LIMITS": "off", "LOCKSMITH_WEBHOOK_ALLOW_PRIVATE": "true",
            ])
        defer { process.stop() }
        let admin = ManagementClient(token: TestServer.adminToken, transport: process.transport())
        let hook = try await admin.createWebhookEndpoint(.init(name: "traced", url: hooks.url, eventTypes: [.licenseCreated])).data
        let fixture = try await RuntimeFixture.make(admin: admin, code: "traced")
        let caller = RequestOptions(headers: ["traceparent": "00-\(traceID)-\(callerSpanID)-01"])
        let created = try await admin.with(caller).createLicense(.init(
            productID: fixture.product.id, policyID: fixture.policy.id, expiresAt: Date().addingTimeInterval(86_400))).data
        let runtime = RuntimeClient(licenseKey: fixture.key, transport: process.transport())
        _ = try await runtime.activateLicense(machine("traced-host"))
        let validateTrace = "0af7651916cd43dd8448eb211c80319c", validateCaller = "b7ad6b7169203331"
        _ = try await runtime.with(RequestOptions(headers: ["traceparent": "00-\(validateTrace)-\(validateCaller)-01"])).validateLicense(machine("traced-host"))

        // The delivery of the traced license's event sends a traceparent of the same trace.
        let delivery = try await eventually("the traced license's delivery") {
            hooks.deliveries.first { $0.bodyText.contains(created.license.id) }
        }
        let sent = try #require(delivery.headers["traceparent"]).split(separator: "-").map(String.init)
        #expect(sent.count == 4 && sent[0] == "00" && sent[1] == traceID && sent[3] == "01")
        let deliverySpanID = sent.count == 4 ? sent[2] : ""

        let spans = try await eventually("the spans of the traced requests and delivery") { () -> [TraceCollector.Span]? in
            let spans = collector.spans
            let complete = spans.contains { $0.spanID == deliverySpanID } && spans.contains { $0.name == "validateLicense" }
            return complete ? spans : nil
        }
        // The request's span continues the caller's trace and names the operation.
        let request = try #require(spans.first { $0.name == "createLicense" && $0.traceID == traceID })
        #expect(request.parentSpanID == callerSpanID && request.kind == 2)
        #expect(request.attributes["locksmith.operation_id"] == "createLicense")
        #expect(request.attributes["http.route"] == "/api/v1/licenses" && request.attributes["http.request.method"] == "POST")
        #expect(request.attributes["http.response.status_code"] == "201" && request.attributes["locksmith.account_id"] == "acc_default")
        // Its database work: child spans, the write among them.
        let system = backend == .postgres ? "postgresql" : "sqlite"
        let database = spans.filter { $0.parentSpanID == request.spanID }
        #expect(database.contains { $0.name == "write transaction" && $0.kind == 3 && $0.attributes["db.system.name"] == system })
        #expect(database.allSatisfy { $0.traceID == traceID })
        // The delivery's span: in the same trace, under the write that queued it.
        let deliverySpan = try #require(spans.first { $0.spanID == deliverySpanID })
        #expect(deliverySpan.traceID == traceID && deliverySpan.name == "webhook delivery" && deliverySpan.kind == 3)
        #expect(database.contains { $0.spanID == deliverySpan.parentSpanID && $0.name == "write transaction" })
        #expect(deliverySpan.attributes["http.response.status_code"] == "200" && deliverySpan.attributes["locksmith.webhook.event_type"] == "license.created")
        // The runtime call continues its own caller's trace.
        let validate = try #require(spans.first { $0.name == "validateLicense" })
        #expect(validate.traceID == validateTrace && validate.parentSpanID == validateCaller)
        #expect(spans.contains { $0.parentSpanID == validate.spanID && $0.attributes["db.system.name"] == system })
        // A request that brought no trace starts one.
        let product = try #require(spans.first { $0.name == "createProduct" })
        #expect(product.parentSpanID.isEmpty && product.traceID != traceID && product.traceID.count == 32)
        // No credential or secret is exported.
        let exported = collector.bodies.joined()
        for secret in [TestServer.adminToken, fixture.key, created.licenseKey, hook.secret] {
            #expect(!exported.contains(secret), "a secret reached the exported spans: \(secret.prefix(8))…")
        }
        return fixture
    }

    /// With no endpoint set: nothing is exported, and a delivery carries no traceparent even when the request did.
    private static func untraced(
        _ server: TestServer, _ fixture: RuntimeFixture, hooks: WebhookReceiver, collector: TraceCollector
    ) async throws {
        let exportedBefore = collector.bodies.count
        let process = try await ServerProcess(
            dataDirectory: server.database.dataDirectory, databaseURL: server.database.url,
            environment: ["LOCKSMITH_RATE_LIMITS": "off", "LOCKSMITH_WEBHOOK_ALLOW_PRIVATE": "true"])
        defer { process.stop() }
        let admin = ManagementClient(token: TestServer.adminToken, transport: process.transport())
        let caller = RequestOptions(headers: ["traceparent": "00-\(traceID)-\(callerSpanID)-01"])
        let created = try await admin.with(caller).createLicense(.init(
            productID: fixture.product.id, policyID: fixture.policy.id, expiresAt: Date().addingTimeInterval(86_400))).data
        let delivery = try await eventually("the untraced license's delivery") {
            hooks.deliveries.first { $0.bodyText.contains(created.license.id) }
        }
        #expect(delivery.headers["traceparent"] == nil)
        try await Task.sleep(for: .milliseconds(500))
        #expect(collector.bodies.count == exportedBefore)
    }
}
