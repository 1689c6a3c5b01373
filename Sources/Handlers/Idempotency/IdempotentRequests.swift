public import Foundation
import LocksmithAPI
import LocksmithStorage

/// Stripe's idempotency semantics for every operation that takes an `Idempotency-Key`, driven by the operation table.
///
/// - The first request with a key claims it and runs; its response is recorded in the same transaction as its effect.
/// - A repeat of the same request replays that response, byte for byte.
/// - The same key with a different request is 409 `IDEMPOTENCY_KEY_REUSED`.
/// - While the first request still runs, a repeat waits for it (up to `waitLimit`) and replays its response, or answers
///   409 `CONFLICT` saying that the request is still in progress.
/// - A request that fails leaves nothing behind (its transaction rolled back), so the key can be retried, corrected.
/// - A claim older than `abandonedAfter` whose request never finished (the server stopped) may be taken over.
/// - Records are kept for `lifetime` and pruned in the background.
/// - Responses are stored sealed with the master key (`IdempotencyStore`), and replayed as the bytes first sent.
public struct IdempotentRequests: Sendable {
    /// What to do with a request that carries a key.
    public enum Start: Sendable {
        /// Run it, holding this claim.
        case run(IdempotencyClaim)
        /// Answer with the recorded response.
        case replay(status: Int, body: Data)
    }

    public static let lifetime: TimeInterval = 24 * 3600
    public var waitLimit: Duration = .seconds(5)
    public var abandonedAfter: TimeInterval = 60
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    /// Claims the key, or finds the response to replay.
    ///
    /// A repeat that finds the first request still running polls the record with reads, and takes a write transaction
    /// again only once the record has changed in a way that calls for one (released, expired or abandoned): on SQLite
    /// the writer is one for the whole server, and a client retrying a slow request must not queue for it every 25 ms.
    public func start(_ claim: IdempotencyClaim, account: String) async throws -> Start {
        let deadline = ContinuousClock.now + waitLimit
        while true {
            if let outcome = try await settle(claim, account: account) { return outcome }
            while true {
                guard ContinuousClock.now < deadline else {
                    throw APIError(
                        .conflict, "a request with this Idempotency-Key is still in progress; retry it once that request has finished",
                        detail: "Idempotency-Key")
                }
                try await Task.sleep(for: .milliseconds(25))
                let now = services.now()
                let (abandonedAfter, masterKey) = (abandonedAfter, services.masterKey)
                let seen = try await services.database.read(account: account) { connection in
                    try IdempotencyStore.find(claim, locking: false, masterKey: masterKey, on: connection)
                }
                guard let seen, seen.expiresAt > now, seen.claimedAt.addingTimeInterval(abandonedAfter) > now || seen.completed != nil else {
                    break  // released, expired or abandoned: claim it in a write transaction
                }
                if let outcome = try Self.decide(claim, seen) { return outcome }
            }
        }
    }

    /// One write transaction: claims a free, expired or abandoned key; nil while another request holds it.
    private func settle(_ claim: IdempotencyClaim, account: String) async throws -> Start? {
        let now = services.now()
        let (abandonedAfter, masterKey) = (abandonedAfter, services.masterKey)
        return try await services.database.write(account: account) { connection in
            guard let record = try IdempotencyStore.find(claim, locking: true, masterKey: masterKey, on: connection) else {
                return try IdempotencyStore.claim(claim, at: now, keptFor: Self.lifetime, on: connection) ? .run(claim) : nil
            }
            if record.expiresAt <= now {
                return try IdempotencyStore.retake(claim, previous: record.claimedAt, at: now, keptFor: Self.lifetime, on: connection)
                    ? .run(claim) : nil
            }
            if let outcome = try Self.decide(claim, record) { return outcome }
            if record.claimedAt.addingTimeInterval(abandonedAfter) <= now {
                return try IdempotencyStore.retake(claim, previous: record.claimedAt, at: now, keptFor: Self.lifetime, on: connection)
                    ? .run(claim) : nil
            }
            return nil
        }
    }

    /// What a live record says of a repeat: another request under the key is 409; a completed one is replayed; nil
    /// while it is in progress.
    private static func decide(_ claim: IdempotencyClaim, _ record: IdempotencyStore.Record) throws -> Start? {
        guard record.requestHash == claim.requestHash else {
            throw APIError(
                .idempotencyKeyReused, "this Idempotency-Key was already used with a different request; use a new key for a new request",
                detail: "Idempotency-Key")
        }
        return record.completed.map { .replay(status: $0.status, body: $0.body) }
    }

    /// Gives the key back after the request failed.
    public func release(_ claim: IdempotencyClaim, account: String) async throws {
        try await services.database.write(account: account) { connection in try IdempotencyStore.release(claim, on: connection) }
    }

    /// Records the response of a request whose handler wrote nothing (so no transaction of its own completed the claim).
    public func finish(_ claim: IdempotencyClaim, account: String, status: Int, body: Data) async throws {
        let masterKey = services.masterKey
        try await services.database.write(account: account) { connection in
            try IdempotencyStore.complete(claim, status: status, body: body, masterKey: masterKey, on: connection)
        }
        claim.remember(status: status, body: body)
    }

    /// Removes every account's expired records; returns how many.
    public func prune() async throws -> Int {
        let now = services.now()
        var removed = 0
        for account in try await services.database.read({ try AccountStore.all(on: $0) }) {
            removed += try await services.database.write(account: account.id) { connection in
                try IdempotencyStore.prune(before: now, on: connection)
            }
        }
        return removed
    }
}
