import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
@testable import LocksmithServer
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// What a delivery must never do: reach an address the policy forbids because a name changed its answer, follow a
/// redirect, wait past its time-out, keep a receiver's whole answer, or carry one account's events to another's endpoint.
@Suite struct WebhookDeliveryBoundsTests {
    @Test(arguments: TestBackend.available)
    func aNameThatTurnsPrivateAfterItWasAcceptedIsRefusedAtDelivery(backend: TestBackend) async throws {
        let names = NIOLockedValueBox<[String: [[UInt8]]]>(["hooks.example.com": [[93, 184, 216, 34]]])
        let transport = RecordingTransport()
        let harness = try await WebhookHarness.start(backend, allowPrivate: false, names: names, transport: transport)
        try await harness.run { clients in
            let rebinding = try await clients.webhook("https://hooks.example.com/a")
            // A name that does not resolve yet is accepted, and judged at every delivery.
            let unresolved = try await clients.webhook("https://later.example.com/b")
            names.withLockedValue { names in
                names["hooks.example.com"] = [[93, 184, 216, 34], [127, 0, 0, 1]]
                names["later.example.com"] = [[169, 254, 169, 254]]
            }
            _ = try await LicensingFixture.make(clients).issue(clients)

            #expect(try await harness.deliver() == 2)
            #expect(transport.requests.isEmpty, "nothing was sent")
            let errors = Dictionary(uniqueKeysWithValues: try await harness.attempts().map { ($0.endpointID, $0) })
            // Said without the address or its kind: the endpoint's owner reads these, and must not learn what names
            // resolve to inside the network by probing.
            #expect(errors[rebinding.webhook.id]?.error
                == "refused: the URL points at a private or reserved address (hooks.example.com resolves to one)")
            #expect(errors[unresolved.webhook.id]?.error
                == "refused: the URL points at a private or reserved address (later.example.com resolves to one)")
            #expect(errors.values.allSatisfy { !$0.succeeded && $0.statusCode == nil })
            let lastErrors = try await clients.admin.getWebhookHealth().data.endpoints.map { $0.lastError ?? "" }
            #expect(lastErrors.count == 2 && lastErrors.allSatisfy { $0.contains("private or reserved") })
            for leaked in ["127.0.0.1", "169.254.169.254", "loopback", "link-local"] {
                #expect(!lastErrors.contains { $0.contains(leaked) }, "last_error names \(leaked)")
            }
            // A refusal is a failed attempt like any other: the name may answer a public address again.
            #expect(try await harness.outbox().allSatisfy { $0.state == "pending" && $0.attempts == 1 })

            names.withLockedValue { $0["hooks.example.com"] = [[93, 184, 216, 34]] }
            harness.clock.advance(by: WebhookRetrySchedule.gaps[0])
            #expect(try await harness.deliver() == 2)
            let sent = try #require(transport.requests.first)
            #expect(transport.requests.count == 1)
            #expect(sent.addresses == [[93, 184, 216, 34]] && sent.target.hostHeader == "hooks.example.com" && sent.target.isTLS)
            let health = try await clients.admin.getWebhookHealth().data.endpoints
            #expect(health.first(where: { $0.endpointID == unresolved.webhook.id })?.consecutiveFailures == 2)
            #expect(health.first(where: { $0.endpointID == rebinding.webhook.id })?.consecutiveFailures == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func anEndpointSavedWhilePrivateTargetsWereAllowedIsRefusedOnceTheyAreNot(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        let transport = RecordingTransport()
        try await harness.run { clients in
            _ = try await clients.webhook("http://127.0.0.1:9/hooks")
            _ = try await LicensingFixture.make(clients).issue(clients)
            var strict = harness.settings
            strict.policy = WebhookAddressPolicy(allowsPrivate: false)
            let worker = WebhookWorker(services: harness.services, transport: transport, settings: strict, logger: TestServer.logger)
            #expect(try await worker.runOnce() == 1)
            #expect(transport.requests.isEmpty)
            #expect(try await harness.attempts().first?.error == "refused: the URL must use https")
        }
    }

    /// A failed connection names the host as the URL has it, never the address the name resolved to.
    @Test(arguments: TestBackend.available)
    func aFailedConnectionNamesTheHostNotItsAddress(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            // The receiver's name resolves to 127.0.0.1, where nothing listens on the discard port.
            _ = try await clients.webhook("http://\(WebhookHarness.receiverHost):9/hooks")
            _ = try await LicensingFixture.make(clients).issue(clients)
            #expect(try await harness.deliver() == 1)
            let error = try #require(try await harness.attempts().first?.error)
            #expect(error.hasPrefix("could not connect to \(WebhookHarness.receiverHost) on port 9: "), "\(error)")
            #expect(!error.contains("127.0.0.1"))
            #expect(try await clients.admin.getWebhookHealth().data.endpoints.first?.lastError == error)
        }
    }

    @Test(arguments: TestBackend.available)
    func redirectsAreNotFollowedAndAnswersAreKeptShort(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(receiver.url)
            _ = try await LicensingFixture.make(clients).issue(clients)
            for status in [301, 302, 307, 308] {
                receiver.answer(status, body: "moved")
                #expect(try await harness.deliver() == 1)
                harness.clock.advance(by: 3_600)
            }
            #expect(receiver.deliveries.allSatisfy { $0.path == "/hooks" }, "nothing reached the redirect's target")
            #expect(receiver.deliveries.count == 4)
            let attempts = try await harness.attempts()
            #expect(attempts.map(\.statusCode) == [301, 302, 307, 308])
            #expect(attempts.first?.error == "HTTP 301 (redirects are not followed)" && !attempts.contains { $0.succeeded })

            // A long answer is kept only in part.
            _ = try await LicensingFixture.make(clients, code: "second").issue(clients)
            receiver.answer(500, body: String(repeating: "x", count: 5_000))
            #expect(try await harness.deliver() == 2, "the new delivery and the retry of the first")
            #expect(try await harness.attempts().suffix(2).map { $0.responseBody?.utf8.count } == [512, 512])
        }
    }

    @Test(arguments: TestBackend.available)
    func aReceiverThatDoesNotAnswerInTimeIsAFailedAttempt(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.runWithReceiver { receiver, clients in
            _ = try await clients.webhook(receiver.url)
            _ = try await LicensingFixture.make(clients).issue(clients)
            receiver.answer { _ in
                try? await Task.sleep(for: .seconds(10))
                return (200, "too late")
            }
            var impatient = harness.settings
            impatient.timeout = .milliseconds(300)
            let worker = WebhookWorker(services: harness.services, transport: harness.transport, settings: impatient, logger: TestServer.logger)
            let started = ContinuousClock.now
            #expect(try await worker.runOnce() == 1)
            // Well before the receiver's 10 s answer, with room for a loaded machine.
            #expect(ContinuousClock.now - started < .seconds(5), "the attempt gave up at its time-out")
            let attempt = try #require(try await harness.attempts().first)
            #expect(attempt.error?.hasPrefix("timed out after") == true && attempt.statusCode == nil && !attempt.succeeded)
            #expect(try await harness.outbox().first?.state == "pending")
        }
    }

    @Test(arguments: TestBackend.available)
    func eachAccountsEventsGoOnlyToItsOwnEndpoints(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        let (accountB, tokenB) = try await Admin.createAccount(harness.services, name: "B")
        try await harness.runWithReceiver { receiver, clients in
            let b = clients.management(tokenB)
            let hookA = try await clients.webhook(receiver.url)
            let hookB = try await b.createWebhookEndpoint(.init(
                name: "B", url: "http://\(WebhookHarness.receiverHost):\(receiver.port)/hooks")).data
            let licenseA = try await LicensingFixture.make(clients).issue(clients).license
            let product = try await b.createProduct(.init(name: "B app", code: "b-app")).data
            let policy = try await b.createPolicy(id: product.id, .init(name: "P", code: "p", licenseType: .perpetual)).data
            let licenseB = try await b.createLicense(.init(productID: product.id, policyID: policy.id)).data.license

            #expect(try await harness.outbox().map(\.endpointID) == [hookA.webhook.id])
            #expect(try await harness.outbox(account: accountB.id).map(\.endpointID) == [hookB.webhook.id])
            #expect(try await harness.deliver() == 2, "one worker serves every account")
            let byHost = Dictionary(grouping: receiver.deliveries) { $0.headers["host"] ?? "" }
            let toA = try (byHost["127.0.0.1:\(receiver.port)"] ?? []).map { try LocksmithJSON.decode(LicenseWebhookPayload.self, from: Data($0.body)) }
            let toB = try (byHost["\(WebhookHarness.receiverHost):\(receiver.port)"] ?? []).map {
                try LocksmithJSON.decode(LicenseWebhookPayload.self, from: Data($0.body))
            }
            #expect(toA.map(\.data.id) == [licenseA.id] && toB.map(\.data.id) == [licenseB.id])
            if TestPython.shouldRun {
                #expect(try StandardWebhooks.verify(byHost["\(WebhookHarness.receiverHost):\(receiver.port)"] ?? [], secret: hookB.secret)
                    == ["ok license.created"])
            }

            // Each account sees only its own endpoints and their health.
            #expect(try await b.listWebhookEndpoints().data.map(\.id) == [hookB.webhook.id])
            #expect(try await b.getWebhookHealth().data.endpoints.map(\.endpointID) == [hookB.webhook.id])
            #expect(try await clients.admin.getWebhookHealth().data.endpoints.map(\.endpointID) == [hookA.webhook.id])
            await expectAPIError(.notFound, status: 404) { _ = try await b.getWebhookEndpoint(id: hookA.webhook.id) }
        }
    }
}

/// A transport that sends nothing: it records each request and answers 204.
final class RecordingTransport: WebhookTransport {
    private let sent = Locked<[WebhookRequest]>([])

    var requests: [WebhookRequest] { sent.withLock { $0 } }

    func send(_ request: WebhookRequest) async -> WebhookAnswer {
        sent.withLock { $0.append(request) }
        return .answered(status: 204, retryAfterSeconds: nil, body: [])
    }
}
