import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
@testable import LocksmithHandlers
@testable import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Background work shared fairly between accounts: webhook delivery slots, the export queue, and the SQLite writer
/// while a request waits for a repeat of itself.
@Suite struct FairShareTests {
    /// Answers deliveries to `/slow` after `delay`, the others at once; notes when each attempt began.
    final class SlowReceiver: WebhookTransport {
        let delay: Duration
        private let started = Locked<[(slow: Bool, at: ContinuousClock.Instant)]>([])

        init(delay: Duration) {
            self.delay = delay
        }

        var attempts: [(slow: Bool, at: ContinuousClock.Instant)] { started.withLock { $0 } }

        func send(_ request: WebhookRequest) async -> WebhookAnswer {
            let slow = request.target.requestTarget == "/slow"
            started.withLock { $0.append((slow, .now)) }
            if slow { try? await Task.sleep(for: delay) }
            return .answered(status: 204, retryAfterSeconds: nil, body: [])
        }
    }

    /// Endpoints for the default account (`/slow`) and a second account (`/quick`), and `backlog` deliveries queued for
    /// the first.
    static func twoAccountsWithABacklog(
        _ harness: WebhookHarness, _ clients: Clients, tokenB: String, backlog: Int
    ) async throws {
        _ = try await clients.webhook("http://\(WebhookHarness.receiverHost)/slow")
        _ = try await clients.management(tokenB).createWebhookEndpoint(.init(name: "B", url: "http://\(WebhookHarness.receiverHost)/quick"))
        let now = harness.clock.now
        try await harness.services.database.write(account: AccountStore.defaultAccountID) { connection in
            for index in 0..<backlog { try AuditedChange.system(at: now).record(.deviceActivated(WebhookOutboxTests.device("dev_a\(index)", at: now)), on: connection) }
        }
    }

    /// The claim itself: a slot that frees goes to the account with the fewest deliveries in flight, and with every slot
    /// free each account with deliveries due gets one before any gets a second.
    @Test(arguments: TestBackend.available)
    func aFreeSlotGoesToTheAccountWithTheFewestDeliveriesInFlight(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        let (accountB, tokenB) = try await Admin.createAccount(harness.services, name: "B")
        try await harness.run { clients in
            try await Self.twoAccountsWithABacklog(harness, clients, tokenB: tokenB, backlog: 20)
            let (a, b, now) = (AccountStore.defaultAccountID, accountB.id, harness.clock.now)
            try await harness.services.database.write(account: b) { connection in
                try AuditedChange.system(at: now).record(.deviceActivated(WebhookOutboxTests.device("dev_b", at: now)), on: connection)
            }
            for round in 0..<10 {
                let claimed = try await harness.services.database.write { connection in
                    let claimed = try WebhookDeliveryStore.claim(
                        limit: 1, accounts: [a, b], inFlight: [a: 4], token: "clm_\(round)", now: now, leaseUntil: now.addingTimeInterval(60),
                        on: connection)
                    for claim in claimed { try WebhookDeliveryStore.release(claim, at: now, on: try connection.tenant(claim.accountID)) }
                    return claimed
                }
                #expect(claimed.map(\.accountID) == [b], "round \(round)")
            }
            let four = try await harness.services.database.write { connection in
                try WebhookDeliveryStore.claim(
                    limit: 4, accounts: [a, b], token: "clm_all", now: now, leaseUntil: now.addingTimeInterval(60), on: connection)
            }
            #expect(four.filter { $0.accountID == b }.count == 1 && four.filter { $0.accountID == a }.count == 3)
        }
    }

    /// Account A's backlog of slow deliveries fills every slot; each delivery account B queues meanwhile starts as soon
    /// as a slot frees, before A starts more than the slots that freed with it: one slot's turn.
    @Test(arguments: TestBackend.available)
    func oneAccountsBacklogDelaysAnothersDeliveryByAtMostOneSlotTurn(backend: TestBackend) async throws {
        let receiver = SlowReceiver(delay: .milliseconds(500))
        let harness = try await WebhookHarness.start(backend, transport: receiver)
        let (accountB, tokenB) = try await Admin.createAccount(harness.services, name: "B")
        try await harness.run { clients in
            try await Self.twoAccountsWithABacklog(harness, clients, tokenB: tokenB, backlog: 80)
            var settings = harness.settings
            settings.concurrency = 4
            let worker = WebhookWorker(services: harness.services, transport: receiver, settings: settings, logger: TestServer.logger)
            let stop = Locked(false)
            let running = Task { await worker.run(shouldStop: { stop.withLock { $0 } }, sleep: { try? await Task.sleep(for: $0) }) }
            while receiver.attempts.count < 4 { try await Task.sleep(for: .milliseconds(10)) }
            let now = harness.clock.now
            for round in 0..<3 {
                let queued = ContinuousClock.now
                try await harness.services.database.write(account: accountB.id) { connection in
                    try AuditedChange.system(at: now).record(.deviceActivated(WebhookOutboxTests.device("dev_b\(round)", at: now)), on: connection)
                }
                while receiver.attempts.filter({ !$0.slow }).count <= round, ContinuousClock.now - queued < .seconds(30) {
                    try await Task.sleep(for: .milliseconds(10))
                }
                let quick = try #require(receiver.attempts.filter { !$0.slow }.dropFirst(round).first)
                let aheadOfIt = receiver.attempts.filter { $0.slow && $0.at > queued && $0.at < quick.at }.count
                #expect(aheadOfIt <= settings.concurrency, "round \(round): A started \(aheadOfIt) deliveries while B's waited")
            }
            stop.withLock { $0 = true }
            await running.value
        }
    }

    /// Runs `body` against a server that renders no exports itself: the test drives a runner (standing for an instance).
    static func withExportsLeftPending(
        _ backend: TestBackend, before: (TestServer) async throws -> Void = { _ in },
        _ body: @Sendable (TestServer, Clients) async throws -> Void
    ) async throws {
        let server = try await TestServer.start(backend)
        try await before(server)
        let app = buildApplication(server.prepared, deliversWebhooks: false, rendersExports: false, logger: TestServer.logger)
        try await app.test(.router) { client in try await body(server, Clients(client: client)) }
        await server.stop()
    }

    /// Accounts take turns at the export queue: B's one export is rendered right after A's first, not after all of A's.
    @Test(arguments: TestBackend.available)
    func accountsTakeTurnsAtTheExportQueue(backend: TestBackend) async throws {
        let tokenB = Locked("")
        try await Self.withExportsLeftPending(backend, before: { server in
            let (_, token) = try await Admin.createAccount(server.services, name: "B")
            tokenB.withLock { $0 = token }
        }) { server, clients in
            let tokenB = tokenB.withLock { $0 }
            var mine: [String] = []
            for _ in 0..<4 { mine.append(try await clients.admin.createReportExport(.init(reportKind: .usageSummary, format: .json)).data.id) }
            let theirs = try await clients.management(tokenB).createReportExport(.init(reportKind: .usageSummary, format: .json)).data.id
            let runner = ReportExportRunner(services: server.services, logger: TestServer.logger)
            #expect(try await runner.drain() == 5)
            var completed: [(String, Date)] = []
            for id in mine { completed.append((id, try #require(try await clients.admin.getReportExport(id: id).data.completedAt))) }
            completed.append((theirs, try #require(try await clients.management(tokenB).getReportExport(id: theirs).data.completedAt)))
            let order = completed.sorted { $0.1 < $1.1 }.map(\.0)
            #expect(order.firstIndex(of: theirs) == 1, "B's export came \(order.firstIndex(of: theirs).map { $0 + 1 } ?? 0)th of 5")
        }
    }

    /// An account renders one export at a time on all instances together: while another instance holds one of its
    /// exports, this one renders none of them, and it resumes the held one first once that claim lapses.
    @Test(arguments: TestBackend.available)
    func anAccountRendersOneExportAtATimeAcrossInstances(backend: TestBackend) async throws {
        try await Self.withExportsLeftPending(backend) { server, clients in
            let first = try await clients.admin.createReportExport(.init(reportKind: .usageSummary, format: .json)).data.id
            let second = try await clients.admin.createReportExport(.init(reportKind: .usageSummary, format: .csv)).data.id
            let database = server.services.database
            let future = Date().addingTimeInterval(600)
            try await database.write(account: AccountStore.defaultAccountID) { connection in
                try connection.execute(
                    "UPDATE report_exports SET lease_owner = 'another-instance', lease_expires_at = $2 WHERE id = $1 AND account_id = $account",
                    [.text(first), future.sqlValue])
            }
            // The database itself admits one claimed export per account.
            await #expect(throws: StorageError.self) {
                try await database.write(account: AccountStore.defaultAccountID) { connection in
                    try connection.execute(
                        "UPDATE report_exports SET lease_owner = 'a-third', lease_expires_at = $2 WHERE id = $1 AND account_id = $account",
                        [.text(second), future.sqlValue])
                }
            }
            let runner = ReportExportRunner(services: server.services, logger: TestServer.logger)
            #expect(try await runner.drain() == 0)
            try await database.write(account: AccountStore.defaultAccountID) { connection in
                try connection.execute(
                    "UPDATE report_exports SET lease_expires_at = $2 WHERE id = $1 AND account_id = $account",
                    [.text(first), Date().addingTimeInterval(-1).sqlValue])
            }
            #expect(try await runner.drain() == 2)
            let a = try #require(try await clients.admin.getReportExport(id: first).data.completedAt)
            let b = try #require(try await clients.admin.getReportExport(id: second).data.completedAt)
            #expect(a <= b)
        }
    }

    /// At most ten exports of an account wait to be rendered; the eleventh is 429 until one has been.
    @Test(arguments: TestBackend.available)
    func anAccountQueuesAtMostTenExports(backend: TestBackend) async throws {
        try await Self.withExportsLeftPending(backend) { server, clients in
            for _ in 0..<10 { _ = try await clients.admin.createReportExport(.init(reportKind: .usageSummary, format: .json)) }
            let body = #"{"report_kind":"usage_summary","format":"json"}"#
            let headers: HTTPFields = [.authorization: "Bearer \(TestServer.adminToken)", .contentType: "application/json"]
            let refused = try await clients.raw(.post, "/api/v1/reports/exports", headers: headers, body: body)
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] == "10")
            #expect(refused.errorEnvelope?.error.code == "RATE_LIMITED" && refused.errorEnvelope?.error.detail == "max_queued_exports")
            #expect(try await ReportExportRunner(services: server.services, logger: TestServer.logger).drain() == 10)
            #expect(try await clients.raw(.post, "/api/v1/reports/exports", headers: headers, body: body).status == .created)
        }
    }

    /// A database that counts write transactions, and once armed holds the `held`-th one since until released.
    struct CountingDatabase: DatabaseWrapper {
        let base: any Database
        let writes = Locked(0)
        let armed = Locked(false)
        let held: Int
        let gate = Locked<(released: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

        /// Counts from zero, and holds the `held`-th write from now.
        func arm() {
            writes.withLock { $0 = 0 }
            armed.withLock { $0 = true }
        }

        func release() {
            gate.withLock { gate in
                gate.released = true
                return gate.waiter
            }?.resume()
        }

        func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
            if writes.withLock({ $0 += 1; return $0 }) == held, armed.withLock({ $0 }) {
                await withCheckedContinuation { continuation in
                    let released = gate.withLock { gate in
                        if !gate.released { gate.waiter = continuation }
                        return gate.released
                    }
                    if released { continuation.resume() }
                }
            }
            return try await base.write(scope, body)
        }
    }

    /// A repeat of an idempotent request still running waits for it with reads: on SQLite the writer serves the whole
    /// server, and a retrying client must not queue for it every 25 ms.
    @Test(arguments: TestBackend.available)
    func aRepeatOfARequestInProgressWaitsWithReads(backend: TestBackend) async throws {
        let server = try await TestServer.start(
            backend, limitsOff: "it counts write transactions, and the shared buckets' syncs on PostgreSQL are write transactions too")
        // The first request's writes after the counter starts: claiming the key (1), then its effect (2), held.
        let database = CountingDatabase(base: server.services.database, held: 2)
        let app = buildApplication(server.prepared(over: database), deliversWebhooks: false, rendersExports: false, logger: TestServer.logger)
        try await app.test(.router) { client in
            let clients = Clients(client: client)
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients, expiringIn: 10).license
            let path = "/api/v1/licenses/\(license.id)/renew"
            let body = #"{"extend_by_days": 3}"#
            try await Task.sleep(for: .milliseconds(300))  // the ledger flush and the key's last_used_at write are done
            database.arm()
            let first = Task { try await clients.idempotent(path, key: "slow", body: body) }
            while database.writes.withLock({ $0 }) < 2 { try await Task.sleep(for: .milliseconds(5)) }
            let repeated = Task { try await clients.idempotent(path, key: "slow", body: body) }
            try await Task.sleep(for: .seconds(1))
            // The repeat took one write transaction to find the key taken, then only read while it waited.
            #expect(database.writes.withLock { $0 } <= 4, "\(database.writes.withLock { $0 }) write transactions")
            database.release()
            let (answer, replay) = (try await first.value, try await repeated.value)
            #expect(answer.status == .ok && replay.status == .ok && answer.text == replay.text)
            #expect(replay.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
        }
        await server.stop()
    }
}
