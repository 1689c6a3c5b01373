import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithCrypto
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// Webhook endpoints through the API: their lifecycle, secrets, audit events, bad input and address refusals.
@Suite struct WebhookEndpointsTests {
    @Test(arguments: TestBackend.available)
    func endpointsLiveAndDieWithTheirSecretsSealedAndShownOnlyOnce(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            let admin = clients.admin
            let created = try await admin.createWebhookEndpoint(.init(
                name: "  CRM sync  ", url: "https://93.184.216.34/hooks?token=abc", eventTypes: [.licenseCreated, .licenseRevoked, .licenseCreated])).data
            // A generated secret: whsec_ and the standard base64 of 32 random bytes.
            #expect(created.secret.hasPrefix("whsec_") && Base64.decode(String(created.secret.dropFirst(6)))?.count == 32)
            let endpoint = created.webhook
            #expect(endpoint.name == "CRM sync" && endpoint.eventTypes == [.licenseCreated, .licenseRevoked] && endpoint.isActive)
            #expect(endpoint.secretPrefix == String(created.secret.prefix(10)) && endpoint.disabledReason == nil && endpoint.lastDeliveryAt == nil)
            #expect(try await admin.getWebhookEndpoint(id: endpoint.id).data == endpoint)

            // Sealed at rest under the webhook-secret subkey: the stored bytes are not the secret and open only that way.
            let sealed = try await harness.services.database.read(.defaultAccount) { connection in
                try connection.queryOne("SELECT sealed_secret FROM webhook_endpoints WHERE id = $1", [.text(endpoint.id)])!.bytes("sealed_secret")
            }
            #expect(!String(decoding: sealed, as: UTF8.self).contains(created.secret.dropFirst(6)))
            #expect(String(decoding: try harness.services.masterKey.open(sealed, for: .webhookSecret), as: UTF8.self) == created.secret)
            #expect(throws: CryptoError.self) { try harness.services.masterKey.open(sealed) }

            // Updates: fields present change; a supplied secret is not echoed; a rotation shows the new one once.
            let renamed = try await admin.updateWebhookEndpoint(id: endpoint.id, .init(name: "CRM", eventTypes: [], isActive: false)).data
            guard case .webhookEndpoint(let paused) = renamed else { throw UnexpectedAnswer(renamed) }
            #expect(paused.name == "CRM" && paused.eventTypes == [] && !paused.isActive && paused.url == endpoint.url)
            let supplied = "whsec_" + Base64.encode([UInt8](repeating: 1, count: 32))
            let replaced = try await admin.updateWebhookEndpoint(id: endpoint.id, .init(secret: supplied)).data
            guard case .webhookEndpoint(let withSupplied) = replaced else { throw UnexpectedAnswer(replaced) }
            #expect(withSupplied.secretPrefix == String(supplied.prefix(10)))
            let rotated = try await admin.updateWebhookEndpoint(id: endpoint.id, .init(rotateSecret: true)).data
            guard case .webhookEndpointWithSecret(let fresh) = rotated else { throw UnexpectedAnswer(rotated) }
            #expect(fresh.secret != supplied && fresh.webhook.secretPrefix == String(fresh.secret.prefix(10)))
            // The raw answers: the rotation's `data` is {webhook, secret}, any other update's the endpoint itself.
            let raw = try await clients.adminJSON(.patch, "/api/v1/webhooks/\(endpoint.id)", #"{"rotate_secret":true}"#)
            let data = try #require(try JSONSerialization.jsonObject(with: Data(raw.body.readableBytesView)) as? [String: Any])["data"] as? [String: Any]
            #expect(Set(data?.keys ?? [:].keys) == ["webhook", "secret"])
            #expect(try await admin.listWebhookEndpoints().data.map(\.id) == [endpoint.id])

            // The audit chain names what changed, never the URL (which may carry a token) or a secret.
            for type in ["webhook_endpoint.created", "webhook_endpoint.updated"] {
                for event in try await clients.events(type) {
                    let text = String(decoding: try LocksmithJSON.encodeData(event.metadata), as: UTF8.self)
                    #expect(!text.contains("token=abc") && !text.contains("whsec_"), "\(type): \(text)")
                }
            }
            #expect(try await clients.events("webhook_endpoint.updated").count == 4)

            try await admin.deleteWebhookEndpoint(id: endpoint.id)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getWebhookEndpoint(id: endpoint.id) }
            #expect(try await clients.events("webhook_endpoint.deleted").count == 1)
            #expect(try await admin.listWebhookEndpoints().data.isEmpty)
            try await harness.server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func listsPageInCreationOrder(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            var ids: [String] = []
            for index in 0..<5 {
                ids.append(try await clients.webhook("https://93.184.216.34/hook/\(index)").webhook.id)
                harness.clock.advance(by: 1)
            }
            let (items, pages) = try await walkPages { cursor in try await clients.admin.listWebhookEndpoints(limit: 2, cursor: cursor) }
            #expect(items.map(\.id) == ids && pages == 3)
        }
    }

    @Test(arguments: TestBackend.available)
    func onlyWebhookWriteMayManageEndpoints(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            let writer = clients.management(try await clients.token(scopes: [.webhookWrite]))
            let reader = clients.management(try await clients.token(scopes: [.licenseRead, .opsRead]))
            let endpoint = try await writer.createWebhookEndpoint(.init(name: "w", url: "https://93.184.216.34/w")).data.webhook
            #expect(try await writer.listWebhookEndpoints().data.count == 1)
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.getWebhookEndpoint(id: endpoint.id) }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.createWebhookEndpoint(.init(name: "r", url: "https://93.184.216.34/r")) }
        }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsRefusedAndChangesNothing(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend, allowPrivate: false)
        try await harness.run { clients in
            let existing = try await clients.webhook("https://93.184.216.34/taken").webhook
            let path = "/api/v1/webhooks/\(existing.id)"
            let shortKey = "whsec_" + Base64.encode([UInt8](repeating: 2, count: 16))
            let cases: [(HTTPRequest.Method, String, String, Int, String, String?)] = [
                (.post, "/api/v1/webhooks", #"{"name":"x"}"#, 400, "INVALID_JSON", "url"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","colour":"red"}"#, 400, "INVALID_JSON", "colour"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","event_types":"license.created"}"#, 400, "INVALID_JSON", "event_types"),
                (.post, "/api/v1/webhooks", #"{"name":"","url":"https://93.184.216.34/a"}"#, 422, "VALIDATION_FAILED", "name"),
                (.post, "/api/v1/webhooks", #"{"name":"   ","url":"https://93.184.216.34/a"}"#, 422, "VALIDATION_FAILED", "name"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"not a url"}"#, 422, "VALIDATION_FAILED", "url"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"/relative/path"}"#, 422, "VALIDATION_FAILED", "url"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"ftp://93.184.216.34/a"}"#, 422, "VALIDATION_FAILED", "url"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://user:pw@93.184.216.34/a"}"#, 422, "VALIDATION_FAILED", "url"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a#part"}"#, 422, "VALIDATION_FAILED", "url"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","event_types":["license.exploded"]}"#, 422, "VALIDATION_FAILED", "event_types[0]"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","event_types":["license.created","device.stolen"]}"#, 422, "VALIDATION_FAILED", "event_types[1]"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","secret":"too-short"}"#, 422, "VALIDATION_FAILED", "secret"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","secret":"has spaces in the secret"}"#, 422, "VALIDATION_FAILED", "secret"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","secret":"whsec_not*base64*at*all!!"}"#, 422, "VALIDATION_FAILED", "secret"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","secret":"\#(shortKey)"}"#, 422, "VALIDATION_FAILED", "secret"),
                (.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/taken"}"#, 409, "CONFLICT", "url"),
                (.patch, path, #"{"rotate_secret":true,"secret":"a-valid-secret-0123456789"}"#, 422, "VALIDATION_FAILED", "rotate_secret"),
                (.patch, path, #"{"rotate_secret":false,"secret":"a-valid-secret-0123456789"}"#, 422, "VALIDATION_FAILED", "rotate_secret"),
                (.patch, path, #"{"url":"http://93.184.216.34/plain"}"#, 422, "VALIDATION_FAILED", "url"),
                (.patch, path, #"{"event_types":["nope"]}"#, 422, "VALIDATION_FAILED", "event_types[0]"),
                (.patch, path, #"{"name":""}"#, 422, "VALIDATION_FAILED", "name"),
                (.patch, path, #"{"is_active":"yes"}"#, 400, "INVALID_JSON", "is_active"),
                (.patch, path, #"{"secret":"short"}"#, 422, "VALIDATION_FAILED", "secret"),
                (.patch, "/api/v1/webhooks/whe_missing", #"{"name":"x"}"#, 404, "NOT_FOUND", nil),
                (.delete, "/api/v1/webhooks/whe_missing", "", 404, "NOT_FOUND", nil),
            ]
            let before = try await Self.counts(harness)
            for (method, path, body, status, code, field) in cases {
                let response = try await clients.adminJSON(method, path, body.isEmpty ? nil : body)
                let label = "\(method) \(path) \(body) → \(response.text)"
                #expect(Int(response.status.code) == status, "\(label)")
                #expect(response.errorEnvelope?.error.code == code, "\(label)")
                if let field { #expect(response.errorEnvelope?.error.detail == field, "\(label)") }
            }
            // An unknown event type is named in the message, so the caller sees which value was wrong.
            let unknown = try await clients.adminJSON(.post, "/api/v1/webhooks", #"{"name":"x","url":"https://93.184.216.34/a","event_types":["license.exploded"]}"#)
            #expect(unknown.errorEnvelope?.error.message.contains("license.exploded") == true)
            #expect(try await Self.counts(harness) == before)
            #expect(try await clients.admin.getWebhookEndpoint(id: existing.id).data == existing)
        }
    }

    @Test(arguments: TestBackend.available)
    func urlsThatReachPrivateAddressesAreRefused(backend: TestBackend) async throws {
        let names = NIOLockedValueBox<[String: [[UInt8]]]>([
            "hooks.example.com": [[93, 184, 216, 34]], "internal.example.com": [[93, 184, 216, 34], [10, 0, 0, 5]],
            "metadata.example.com": [[169, 254, 169, 254]], "mapped.example.com": [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 127, 0, 0, 1]],
        ])
        let harness = try await WebhookHarness.start(backend, allowPrivate: false, names: names)
        try await harness.run { clients in
            let refused: [(String, String)] = [
                ("http://hooks.example.com/a", "must use https"),
                ("https://127.0.0.1/a", "loopback"),
                ("https://127.8.9.10:8443/a", "loopback"),
                ("https://10.1.2.3/a", "private"),
                ("https://172.20.0.1/a", "private"),
                ("https://192.168.1.1/a", "private"),
                ("https://169.254.169.254/latest/meta-data", "link-local"),
                ("https://100.64.0.1/a", "shared"),
                ("https://0.0.0.0/a", "this network"),
                ("https://224.0.0.1/a", "multicast"),
                ("https://[::1]/a", "loopback"),
                ("https://[fe80::1]/a", "link-local"),
                ("https://[fd00::1]/a", "unique-local"),
                ("https://[::ffff:10.0.0.1]/a", "private"),
                ("https://[64:ff9b::7f00:1]/a", "loopback"),
                ("https://localhost/a", "local host"),
                ("https://api.localhost/a", "local host"),
                ("https://internal.example.com/a", "private or reserved"),
                ("https://metadata.example.com/a", "private or reserved"),
                ("https://mapped.example.com/a", "private or reserved"),
            ]
            for (url, reason) in refused {
                let response = try await clients.adminJSON(.post, "/api/v1/webhooks", #"{"name":"x","url":"\#(url)"}"#)
                #expect(Int(response.status.code) == 422 && response.errorEnvelope?.error.detail == "url", "\(url): \(response.text)")
                #expect(response.errorEnvelope?.error.message.contains(reason) == true, "\(url): \(response.text)")
            }
            #expect(try await clients.admin.listWebhookEndpoints().data.isEmpty)
            // Public addresses, and names that resolve to them or do not resolve yet, are accepted.
            for url in ["https://hooks.example.com/a", "https://93.184.216.34:8443/b", "https://[2606:2800:220:1::1]/c", "https://not-yet.example.com/d"] {
                _ = try await clients.webhook(url)
            }
        }
    }

    /// A name that resolves to a private address is refused on create and on update with the same words whatever the
    /// address is, and never with the address: a caller must not map internal names by probing with endpoints.
    @Test(arguments: TestBackend.available)
    func refusalsOfResolvedNamesDoNotSayWhatTheyResolveTo(backend: TestBackend) async throws {
        let names = NIOLockedValueBox<[String: [[UInt8]]]>([
            "hooks.example.com": [[93, 184, 216, 34]], "db.example.com": [[93, 184, 216, 34], [10, 20, 30, 40]],
            "metadata.example.com": [[169, 254, 169, 254]],
            "mapped.example.com": [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 127, 0, 0, 1]],
        ])
        let harness = try await WebhookHarness.start(backend, allowPrivate: false, names: names)
        try await harness.run { clients in
            let existing = try await clients.webhook("https://hooks.example.com/a").webhook
            let before = try await Self.counts(harness)
            for host in ["db.example.com", "metadata.example.com", "mapped.example.com"] {
                let body = #"{"name":"x","url":"https://\#(host)/a"}"#
                for (method, path) in [(HTTPRequest.Method.post, "/api/v1/webhooks"), (.patch, "/api/v1/webhooks/\(existing.id)")] {
                    let response = try await clients.adminJSON(method, path, body)
                    #expect(response.status == .unprocessableContent, "\(method) \(host): \(response.text)")
                    let error = try #require(response.errorEnvelope?.error)
                    #expect(error.code == "VALIDATION_FAILED" && error.detail == "url")
                    #expect(error.message == "field 'url' points at a private or reserved address (\(host) resolves to one)")
                    for leaked in ["10.20.30.40", "169.254.169.254", "127.0.0.1", "::ffff", "link-local", "loopback"] {
                        #expect(!response.text.contains(leaked), "\(method) \(host) names \(leaked): \(response.text)")
                    }
                }
            }
            #expect(try await Self.counts(harness) == before)
            #expect(try await clients.admin.getWebhookEndpoint(id: existing.id).data == existing)
        }
    }

    /// What a refused request must leave as it was.
    static func counts(_ harness: WebhookHarness) async throws -> [Int] {
        try await harness.services.database.read(.defaultAccount) { connection in
            try ["webhook_endpoints", "webhook_deliveries", "audit_events"].map { table in
                try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])?.int("n") ?? 0
            }
        }
    }
}

/// An answer of the other `oneOf` alternative than the test expected.
struct UnexpectedAnswer: Error, CustomStringConvertible {
    var answer: UpdateWebhookEndpointData
    init(_ answer: UpdateWebhookEndpointData) { self.answer = answer }
    var description: String { "unexpected answer: \(answer)" }
}
