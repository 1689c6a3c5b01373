public import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage
import Tracing
public import Logging

/// Delivers the outbox: claims due deliveries (`WebhookDeliveryStore.claim`), signs and sends each, and records what
/// happened: delivered, retried later (`WebhookRetrySchedule`), or given up.
///
/// Every server process runs one (`run`); tests drive `runOnce` with a pinned clock. Delivery is at least once: a
/// worker that dies between sending and recording leaves the delivery to be sent again when its lease ends, with the
/// same `webhook-id`.
public struct WebhookWorker: Sendable {
    public struct Settings: Sendable {
        public var policy: WebhookAddressPolicy
        public var resolver: WebhookHostResolver
        public var schedule: WebhookRetrySchedule
        /// An attempt's whole budget: resolving, connecting and the answer.
        public var timeout: Duration
        /// How long a claim holds a delivery; longer than any attempt, so a live worker never loses one it is sending.
        public var lease: TimeInterval
        /// Attempts in flight at once.
        public var concurrency: Int
        public var pollInterval: Duration

        public init(
            policy: WebhookAddressPolicy, resolver: WebhookHostResolver = .system, schedule: WebhookRetrySchedule = WebhookRetrySchedule(),
            timeout: Duration = .seconds(10), lease: TimeInterval = 60, concurrency: Int = 16, pollInterval: Duration = .seconds(1)
        ) {
            self.policy = policy
            self.resolver = resolver
            self.schedule = schedule
            self.timeout = timeout
            self.lease = lease
            self.concurrency = concurrency
            self.pollInterval = pollInterval
        }
    }

    /// What an attempt came to, for metrics.
    public enum Outcome: String, Sendable, CaseIterable {
        case delivered
        /// Failed, to be tried again.
        case retrying
        /// Failed for the last time: given up.
        case failed
        /// The receiver answered 410 Gone: given up, and the endpoint disabled.
        case gone
    }

    /// Sees what the worker does, for metrics.
    public struct Observer: Sendable {
        public var attempted: @Sendable (Outcome) -> Void
        public var backlog: @Sendable (Int) -> Void

        public init(attempted: @escaping @Sendable (Outcome) -> Void = { _ in }, backlog: @escaping @Sendable (Int) -> Void = { _ in }) {
            self.attempted = attempted
            self.backlog = backlog
        }
    }

    static let userAgent = "Locksmith-Webhooks/1"
    /// How long a previous secret keeps signing beside a new one.
    static let secretOverlap: TimeInterval = 86_400
    private static let backlogInterval: Duration = .seconds(15)

    let services: Services
    let transport: any WebhookTransport
    let settings: Settings
    let observer: Observer
    let logger: Logger

    public init(services: Services, transport: any WebhookTransport, settings: Settings, observer: Observer = Observer(), logger: Logger) {
        self.services = services
        self.transport = transport
        self.settings = settings
        self.observer = observer
        self.logger = logger
    }

    /// Claims what is due now (at most `limit`), attempts it all at once, and returns the number of attempts once each
    /// is recorded.
    @discardableResult
    public func runOnce(limit: Int? = nil) async throws -> Int {
        let claims = try await claim(limit: limit ?? settings.concurrency)
        await withDiscardingTaskGroup { group in
            for claim in claims {
                group.addTask { await attempt(claim) }
            }
        }
        return claims.count
    }

    /// Delivers until `shouldStop` says so, keeping up to `concurrency` attempts in flight, then waits for the attempts
    /// in flight to finish (each within its time-out) and returns. `sleep` waits between polls and should return early
    /// when the server begins to stop.
    public func run(shouldStop: @escaping @Sendable () -> Bool, sleep: @escaping @Sendable (Duration) async -> Void) async {
        let running = Locked(0)
        // Attempts in flight by account: a slot that frees goes to the account with the fewest (`claim`).
        let inFlight = Locked<[String: Int]>([:])
        let clock = ContinuousClock()
        var backlogMeasuredAt: ContinuousClock.Instant?
        await withDiscardingTaskGroup { group in
            while !shouldStop() {
                if backlogMeasuredAt.map({ clock.now - $0 >= Self.backlogInterval }) ?? true {
                    backlogMeasuredAt = clock.now
                    await measureBacklog()
                }
                let free = settings.concurrency - running.withLock { $0 }
                var claims: [ClaimedDelivery] = []
                if free > 0 {
                    do {
                        claims = try await claim(limit: free, inFlight: inFlight.withLock { $0 })
                    } catch {
                        logger.warning("could not claim webhook deliveries", metadata: ["error": "\(error)"])
                    }
                }
                for claim in claims {
                    running.withLock { $0 += 1 }
                    inFlight.withLock { $0[claim.accountID, default: 0] += 1 }
                    group.addTask {
                        await attempt(claim)
                        inFlight.withLock { inFlight in
                            inFlight[claim.accountID, default: 1] -= 1
                            if inFlight[claim.accountID] == 0 { inFlight[claim.accountID] = nil }
                        }
                        running.withLock { $0 -= 1 }
                    }
                }
                // Every slot taken, or as many claimed as there were slots: more may be due, so look again soon.
                let busy = free == 0 || (claims.count == free)
                await sleep(busy ? .milliseconds(50) : settings.pollInterval)
            }
        }
    }

    private func measureBacklog() async {
        do {
            observer.backlog(try await services.database.read { try WebhookDeliveryStore.backlog(on: $0) })
        } catch {
            logger.warning("could not measure the webhook backlog", metadata: ["error": "\(error)"])
        }
    }

    /// Claims in a write transaction, but only once a read has found enabled accounts with endpoints: an idle server,
    /// or one without webhooks, never takes SQLite's writer to find nothing.
    private func claim(limit: Int, inFlight: [String: Int] = [:]) async throws -> [ClaimedDelivery] {
        let accounts = try await services.database.read { try WebhookEndpointStore.deliveringAccounts(on: $0) }
        guard !accounts.isEmpty else { return [] }
        let now = services.now()
        let token = ResourceID.make("clm", at: now)
        let leaseUntil = now.addingTimeInterval(settings.lease)
        return try await services.database.write { connection in
            try WebhookDeliveryStore.claim(
                limit: limit, accounts: accounts, inFlight: inFlight, token: token, now: now, leaseUntil: leaseUntil, on: connection)
        }
    }

    /// Sends one claimed delivery and records the outcome; a worker being cancelled gives the delivery back instead.
    func attempt(_ claim: ClaimedDelivery) async {
        let date = services.now()
        let clock = ContinuousClock()
        let started = clock.now
        let answer = await traced(claim) { trace in await send(claim, at: date, started: started, trace: trace) }
        let latency = clock.now - started
        do {
            if Task.isCancelled {
                try await services.database.write(account: claim.accountID) { try WebhookDeliveryStore.release(claim, at: date, on: $0) }
                return
            }
            if let outcome = try await record(claim, answer: answer, at: date, latency: latency) {
                observer.attempted(outcome)
            }
        } catch {
            logger.error(
                "could not record a webhook attempt; the delivery is tried again when its claim runs out",
                metadata: ["delivery_id": "\(claim.id)", "error": "\(error)"])
        }
    }

    /// Runs an attempt in a client span continuing the trace of the request that queued the delivery, when tracing is
    /// on and that request was traced; `send` gets the span's `traceparent` to send. Otherwise it runs as it is.
    private func traced(_ claim: ClaimedDelivery, _ send: ([(String, String)]) async -> WebhookAnswer) async -> WebhookAnswer {
        guard Traces.isOn, let traceparent = claim.traceparent else { return await send([]) }
        let span = InstrumentationSystem.tracer.startSpan("webhook delivery", context: Traces.context(continuing: traceparent), ofKind: .client)
        defer { span.end() }
        span.attributes["http.request.method"] = "POST"
        span.attributes["locksmith.webhook.delivery_id"] = claim.id
        span.attributes["locksmith.webhook.event_type"] = claim.eventType
        span.attributes["locksmith.webhook.attempt"] = claim.attempts + 1
        let answer = await send(Traces.headers(of: span.context))
        switch answer {
        case .answered(let status, _, _):
            span.attributes["http.response.status_code"] = status
            if !(200..<300).contains(status) { span.setStatus(SpanStatus(code: .error)) }
        case .failed(let reason):
            span.setStatus(SpanStatus(code: .error, message: reason))
        }
        return answer
    }

    private func send(_ claim: ClaimedDelivery, at date: Date, started: ContinuousClock.Instant, trace: [(String, String)]) async -> WebhookAnswer {
        let target: WebhookTarget
        do {
            target = try WebhookTarget(url: claim.url, policy: settings.policy)
        } catch {
            return .failed("refused: the URL \(error)")
        }
        var addresses: [[UInt8]]
        if let address = target.address {
            addresses = [address]
        } else {
            do {
                addresses = try await settings.resolver.addresses(of: target.host, timeout: settings.timeout)
            } catch {
                return .failed(error.description)
            }
            // Every address must pass: the transport may fall back from one to the next.
            if let (address, kind) = settings.policy.firstRefused(addresses) {
                logger.info(
                    "webhook delivery refused: its host resolves to a non-public address",
                    metadata: ["delivery_id": "\(claim.id)", "host": "\(target.host)", "address": "\(IPAddress.text(address))", "kind": "\(kind)"])
                return .failed("refused: the URL \(WebhookRefusal.resolvesToNonPublic(target.host))")
            }
        }
        let keys: [[UInt8]]
        do {
            keys = try signingKeys(claim, at: date)
        } catch {
            return .failed("the endpoint's secret cannot be opened with this server's master key")
        }
        let timestamp = Int64(date.timeIntervalSince1970.rounded(.down))
        let remaining = settings.timeout - (ContinuousClock().now - started)
        guard remaining > .zero else { return .failed("timed out after \(settings.timeout) resolving \(target.host)") }
        return await transport.send(WebhookRequest(
            target: target, addresses: addresses,
            headers: [
                ("webhook-id", claim.id), ("webhook-timestamp", String(timestamp)),
                ("webhook-signature", WebhookSignature.header(id: claim.id, timestamp: timestamp, body: claim.payload, keys: keys)),
                ("User-Agent", Self.userAgent),
            ] + trace,
            body: claim.payload, timeout: remaining))
    }

    /// The current secret's key, then the previous secret's while it still overlaps.
    private func signingKeys(_ claim: ClaimedDelivery, at date: Date) throws -> [[UInt8]] {
        var sealed = [claim.sealedSecret]
        if let previous = claim.previousSealedSecret, let until = claim.previousSecretUntil, date < until { sealed.append(previous) }
        return try sealed.map { sealed in
            WebhookSecret(stored: String(decoding: try services.masterKey.open(sealed, for: .webhookSecret), as: UTF8.self)).key
        }
    }

    /// Records the attempt and moves the delivery on; nil when the claim was lost meanwhile (nothing recorded).
    private func record(_ claim: ClaimedDelivery, answer: WebhookAnswer, at date: Date, latency: Duration) async throws -> Outcome? {
        var attempt = WebhookDeliveryStore.Attempt(
            at: date, succeeded: false, statusCode: nil, latencyMilliseconds: Int(latency / .milliseconds(1)), error: nil, responseBody: nil)
        var retryAfter: TimeInterval?
        switch answer {
        case .answered(let status, let retryAfterSeconds, let body):
            attempt.statusCode = status
            attempt.responseBody = body.isEmpty ? nil : String(decoding: body.prefix(WebhookDeliveryStore.keptBodyBytes), as: UTF8.self)
            switch status {
            case 200..<300: attempt.succeeded = true
            case 300..<400: attempt.error = "HTTP \(status) (redirects are not followed)"
            case 410: attempt.error = "HTTP 410 Gone"
            default: attempt.error = "HTTP \(status)"
            }
            if status == 429 || status == 503 { retryAfter = retryAfterSeconds.map(TimeInterval.init) }
        case .failed(let reason):
            attempt.error = reason
        }

        let firstAttemptAt = claim.firstAttemptAt ?? date
        let next: WebhookDeliveryStore.Next
        let outcome: Outcome
        if attempt.succeeded {
            (next, outcome) = (.delivered, .delivered)
        } else if attempt.statusCode == 410 {
            (next, outcome) = (.givenUp, .gone)
        } else if let retry = settings.schedule.nextAttempt(
            after: claim.attempts + 1, firstAttemptAt: firstAttemptAt, now: date, retryAfter: retryAfter)
        {
            (next, outcome) = (.retry(at: retry), .retrying)
        } else {
            (next, outcome) = (.givenUp, .failed)
        }
        let endpointError = attempt.error.map { error in
            attempt.responseBody.map { "\(error): \($0.prefix(200))" } ?? error
        }
        let recorded = try await services.database.write(account: claim.accountID) { [attempt] connection in
            guard try WebhookDeliveryStore.record(attempt, next: next, of: claim, on: connection) else { return false }
            try WebhookEndpointStore.recordAttempt(endpointID: claim.endpointID, at: date, error: endpointError, on: connection)
            switch outcome {
            case .gone:
                try WebhookEndpointStore.disable(id: claim.endpointID, reason: .gone, change: .system(at: date), on: connection)
            case .failed:
                // A day of failures disables the endpoint, unless another delivery to it got through meanwhile.
                let endpoint = try WebhookEndpointStore.find(id: claim.endpointID, on: connection)
                if let endpoint, endpoint.lastSuccessAt.map({ $0 < firstAttemptAt }) ?? true {
                    try WebhookEndpointStore.disable(id: claim.endpointID, reason: .failing, change: .system(at: date), on: connection)
                }
            case .delivered, .retrying:
                break
            }
            return true
        }
        return recorded ? outcome : nil
    }
}
