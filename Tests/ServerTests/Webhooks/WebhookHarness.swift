import Foundation
import HummingbirdTesting
import LocksmithAPI
@testable import LocksmithHandlers
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// A clock the test moves by hand; deliveries, retries and leases follow it, and nothing sleeps.
final class TestClock: Sendable {
    private let date: NIOLockedValueBox<Date>

    /// Starts at the current time, in whole seconds, so that `webhook-timestamp` is exactly the clock.
    init(_ start: Date = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))) {
        date = NIOLockedValueBox(start)
    }

    var now: Date { date.withLockedValue { $0 } }

    func advance(by seconds: TimeInterval) {
        date.withLockedValue { $0 = $0.addingTimeInterval(seconds) }
    }

    func set(_ value: Date) {
        date.withLockedValue { $0 = value }
    }
}

/// A server on one backend whose clock the test moves, whose webhooks may reach 127.0.0.1, and whose webhook worker
/// the test drives itself (`deliver()`), against the real HTTP transport.
struct WebhookHarness: Sendable {
    /// A host name the test resolver knows, standing for the receiver on 127.0.0.1.
    static let receiverHost = "receiver.test"

    let server: TestServer
    let clock: TestClock
    let services: Services
    let settings: WebhookWorker.Settings
    let transport: any WebhookTransport

    /// `names` are what the resolver answers for host names; any other name does not resolve.
    static func start(
        _ backend: TestBackend, allowPrivate: Bool = true, names: NIOLockedValueBox<[String: [[UInt8]]]> = .init([:]),
        transport: any WebhookTransport = WebhookHTTPTransport()
    ) async throws -> WebhookHarness {
        let server = try await TestServer.start(backend) { $0.webhookAllowPrivate = allowPrivate }
        let clock = TestClock()
        var services = server.services
        services.clock = { clock.now }
        names.withLockedValue { $0[receiverHost] = $0[receiverHost] ?? [[127, 0, 0, 1]] }
        let resolver = WebhookHostResolver { host throws(WebhookRefusal) in
            guard let addresses = names.withLockedValue({ $0[host] }) else { throw WebhookRefusal("cannot resolve \(host)") }
            return addresses
        }
        let settings = WebhookWorker.Settings(
            policy: WebhookAddressPolicy(allowsPrivate: allowPrivate), resolver: resolver, schedule: WebhookRetrySchedule(jitter: { 1 }),
            // Generous: the suite shares two cores with PostgreSQL; the one test about time-outs sets its own.
            timeout: .seconds(30))
        return WebhookHarness(server: server, clock: clock, services: services, settings: settings, transport: transport)
    }

    var prepared: PreparedServer {
        PreparedServer(
            configuration: server.configuration, services: services, keyring: server.prepared.keyring, firstAdminKey: nil,
            appliedMigrations: [])
    }

    func worker(over database: (any Database)? = nil, transport: (any WebhookTransport)? = nil) -> WebhookWorker {
        var services = services
        if let database { services.database = database }
        return WebhookWorker(services: services, transport: transport ?? self.transport, settings: settings, logger: TestServer.logger)
    }

    /// Attempts every delivery due now; returns how many were attempted.
    @discardableResult
    func deliver() async throws -> Int {
        try await worker().runOnce(limit: 100)
    }

    /// Runs `body` against the application in process, then tears the database down (unless the test goes on with
    /// it and calls `server.stop()` itself). `rendersExports: false` leaves exports to a runner the test drives.
    @discardableResult
    func run<T: Sendable>(
        tearingDown: Bool = true, rendersExports: Bool = true, _ body: @Sendable (Clients) async throws -> T
    ) async throws -> T {
        let app = buildApplication(
            prepared, webhooks: settings, webhookTransport: transport, deliversWebhooks: false, rendersExports: rendersExports,
            logger: TestServer.logger)
        do {
            let result = try await app.test(.router) { client in try await body(Clients(client: client)) }
            if tearingDown { await server.stop() }
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Runs `body` with a receiver on 127.0.0.1 and the application in process, then tears the database down.
    @discardableResult
    func runWithReceiver<T: Sendable>(
        rendersExports: Bool = true, _ body: @Sendable @escaping (WebhookReceiver, Clients) async throws -> T
    ) async throws -> T {
        try await WebhookReceiver.run { receiver in
            try await run(rendersExports: rendersExports) { clients in try await body(receiver, clients) }
        }
    }

    /// The account's deliveries in the outbox, oldest first.
    func outbox(account: String = AccountStore.defaultAccountID) async throws -> [OutboxRow] {
        try await services.database.read(account: account) { connection in
            try connection.query(
                """
                SELECT id, endpoint_id, event_type, payload, state, attempts, next_attempt_at, first_attempt_at, completed_at
                FROM webhook_deliveries WHERE account_id = $account ORDER BY created_at, id
                """, []
            ).map(OutboxRow.init)
        }
    }

    /// The attempts made for the account, oldest first.
    func attempts(account: String = AccountStore.defaultAccountID) async throws -> [AttemptRow] {
        try await services.database.read(account: account) { connection in
            try connection.query(
                "SELECT delivery_id, endpoint_id, attempted_at, succeeded, status_code, error, response_body FROM webhook_attempts WHERE account_id = $account ORDER BY attempted_at, id",
                []
            ).map(AttemptRow.init)
        }
    }
}

struct OutboxRow: Sendable {
    var id: String
    var endpointID: String
    var eventType: String
    var payload: [UInt8]
    var state: String
    var attempts: Int
    var nextAttemptAt: Date?
    var firstAttemptAt: Date?
    var completedAt: Date?

    init(_ row: SQLRow) throws {
        id = try row.string("id")
        endpointID = try row.string("endpoint_id")
        eventType = try row.string("event_type")
        payload = try row.bytes("payload")
        state = try row.string("state")
        attempts = try row.int("attempts")
        nextAttemptAt = try row.optionalDate("next_attempt_at")
        firstAttemptAt = try row.optionalDate("first_attempt_at")
        completedAt = try row.optionalDate("completed_at")
    }
}

struct AttemptRow: Sendable {
    var deliveryID: String
    var endpointID: String
    var attemptedAt: Date
    var succeeded: Bool
    var statusCode: Int?
    var error: String?
    var responseBody: String?

    init(_ row: SQLRow) throws {
        deliveryID = try row.string("delivery_id")
        endpointID = try row.string("endpoint_id")
        attemptedAt = try row.date("attempted_at")
        succeeded = try row.bool("succeeded")
        statusCode = try row.optionalInt("status_code")
        error = try row.optionalString("error")
        responseBody = try row.optionalString("response_body")
    }
}

extension Clients {
    /// A webhook endpoint for `url`, subscribed to `events` (all when empty); returns it with its secret.
    func webhook(_ url: String, events: [WebhookEventType] = [], secret: String? = nil) async throws -> WebhookEndpointWithSecret {
        try await admin.createWebhookEndpoint(.init(name: "hook \(url)", url: url, eventTypes: events, secret: secret)).data
    }
}
