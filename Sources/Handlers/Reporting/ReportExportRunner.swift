public import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage
public import Logging

/// The background job that renders exports: it claims a pending export with a lease, renders the artifact from the
/// frozen snapshot on a thread of its own, renews the lease and records progress while it works, then stores and signs
/// the artifact in the transaction that makes the export ready.
///
/// Every instance runs one. Pending exports live in the database, so whichever instance is free takes the next one:
/// after a restart, exports nobody holds resume at once, and one held by an instance that died resumes when its lease
/// lapses. An export whose rendering was interrupted `maxAttempts` times fails rather than loop.
public final class ReportExportRunner: Sendable {
    public struct Timing: Sendable {
        /// How long a claim lasts without renewal.
        public var lease: TimeInterval
        /// How often progress is recorded and the lease renewed while rendering.
        public var heartbeat: Duration
        /// How often the runner looks for exports no one woke it for (created by another instance, or abandoned).
        public var poll: Duration
        public var maxAttempts: Int

        public init(lease: TimeInterval = 30, heartbeat: Duration = .seconds(2), poll: Duration = .seconds(10), maxAttempts: Int = 3) {
            self.lease = lease
            self.heartbeat = heartbeat
            self.poll = poll
            self.maxAttempts = maxAttempts
        }
    }

    /// Names this runner's leases.
    public let owner: String
    private let services: Services
    private let timing: Timing
    private let logger: Logger
    private let doorbell = Doorbell()
    /// The account whose export was taken last: the next turn starts after it.
    private let lastServed = Locked<String?>(nil)
    /// Rendering is CPU work that can take seconds; it runs here, one export at a time, rather than on a thread of
    /// the cooperative pool that serves requests.
    private let queue = DispatchQueue(label: "locksmith.report-exports", qos: .utility)

    public init(services: Services, timing: Timing = Timing(), logger: Logger) {
        self.services = services
        self.timing = timing
        self.logger = logger
        owner = ResourceID.make("run")
    }

    /// Looks for work now: an export was just created.
    public func wake() {
        doorbell.ring()
    }

    /// Renders exports until the task is cancelled.
    public func run() async {
        while !Task.isCancelled {
            do {
                try await drain()
            } catch is CancellationError {
                return
            } catch {
                logger.warning("report exports: could not render pending exports", metadata: ["error": "\(error)"])
            }
            await doorbell.wait(for: timing.poll)
        }
    }

    /// Renders every export that is pending and held by no one, in every account, until none is left; returns how many
    /// it finished (ready or failed). Accounts take turns, one export each, starting after the account served last, so
    /// one account's queue never holds up another's for more than one export.
    @discardableResult
    public func drain() async throws -> Int {
        var finished = 0
        while true {
            let work = try await claimable()
            var progressed = false
            for (account, id) in work {
                try Task.checkCancellation()
                lastServed.withLock { $0 = account }
                if try await process(account: account, id: id) {
                    finished += 1
                    progressed = true
                }
            }
            if !progressed { return finished }
        }
    }

    /// The next export of every enabled account that has one to render now (its oldest, unless a lapsed claim of
    /// another must be resumed first; none while one of its exports renders anywhere), in turn order. A disabled
    /// account's stay pending.
    private func claimable() async throws -> [(account: String, id: String)] {
        let now = services.now()
        let last = lastServed.withLock { $0 }
        return try await services.database.read { connection in
            var accounts = try AccountStore.active(on: connection).map(\.id)
            if let last, let index = accounts.firstIndex(of: last) { accounts = Array(accounts[(index + 1)...] + accounts[...index]) }
            return try accounts.compactMap { account in
                try ReportExportStore.next(now: now, on: try connection.tenant(account)).map { (account, $0) }
            }
        }
    }

    /// Claims, renders and finishes one export; false when another runner holds it or took it over.
    private func process(account: String, id: String) async throws -> Bool {
        let now = services.now()
        let (owner, lease) = (owner, now.addingTimeInterval(timing.lease))
        let claimed: StoredReportExport?
        do {
            claimed = try await services.database.write(account: account) { connection in
                try ReportExportStore.claim(id: id, owner: owner, until: lease, now: now, on: connection)
            }
        } catch let error as StorageError where error.kind == .uniqueViolation {
            return false  // another instance began rendering another export of the account just now
        }
        guard let export = claimed else { return false }
        guard export.attempts <= timing.maxAttempts else {
            return try await fail(export, account: account, "rendering was interrupted \(export.attempts - 1) times; create the export again")
        }
        do {
            let snapshot = try await services.database.read(account: account) { connection in
                try ReportExportStore.snapshot(of: id, on: connection)
            }
            guard let snapshot else { throw ExportRenderError("the export's snapshot is missing") }
            let artifact = try await render(export, snapshot: snapshot, account: account)
            return try await complete(export, artifact: artifact, account: account)
        } catch let error as ExportRenderError {
            return try await fail(export, account: account, error.description)
        } catch is ExportRenderStopped {
            try await release(export, account: account)
            return false
        } catch {
            // The database failed under us: give the export back so that the next sweep (here or elsewhere) retries it.
            try? await release(export, account: account)
            throw error
        }
    }

    /// The artifact, rendered on the runner's queue while the heartbeat records progress. Cancelling the calling task
    /// (a graceful shutdown) stops the rendering at its next progress report.
    private func render(_ export: StoredReportExport, snapshot: Data, account: String) async throws -> Data {
        let state = Locked((done: Int64(0), stop: false))
        let heartbeat = Task { [self] in
            while !Task.isCancelled {
                try await Task.sleep(for: timing.heartbeat)
                let done = state.withLock { $0.done }
                let now = services.now()
                let (owner, lease) = (owner, now.addingTimeInterval(timing.lease))
                let held = try await services.database.write(account: account) { connection in
                    try ReportExportStore.recordProgress(id: export.id, done: done, owner: owner, until: lease, now: now, on: connection)
                }
                if !held {
                    state.withLock { $0.stop = true }
                    return
                }
            }
        }
        defer { heartbeat.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                queue.async {
                    continuation.resume(with: Result {
                        try ExportRenderer.render(kind: export.kind, format: export.format, snapshot: snapshot) { done in
                            state.withLock { state in
                                state.done = Int64(done)
                                return !state.stop
                            }
                        }
                    })
                }
            }
        } onCancel: {
            state.withLock { $0.stop = true }
        }
    }

    /// Signs and stores the artifact, making the export ready, and announces it; false when the lease was lost.
    private func complete(_ export: StoredReportExport, artifact: Data, account: String) async throws -> Bool {
        let now = services.now()
        let (owner, masterKey) = (owner, services.masterKey)
        return try await services.database.write(account: account) { connection in
            guard let (record, key) = try SigningKeyStore.active(account: account, masterKey: masterKey, on: connection.raw) else {
                throw ExportRenderError("the server has no active signing key to sign the export with")
            }
            let signature = try ExportSignature.sign(
                export.model, artifactDigest: StoredReportExport.digest(artifact), key: key, kid: record.kid)
            guard let ready = try ReportExportStore.complete(export, artifact: artifact, signature: signature, owner: owner, at: now, on: connection)
            else { return false }
            let change = AuditedChange.system(at: now)
            try change.record(.reportExportCompleted(ready, signatureKID: signature.kid), on: connection)
            try change.record(.exportCompleted(ready), on: connection)
            return true
        }
    }

    private func fail(_ export: StoredReportExport, account: String, _ reason: String) async throws -> Bool {
        logger.warning("report export failed", metadata: ["export": "\(export.id)", "reason": "\(reason)"])
        let (now, owner) = (services.now(), owner)
        return try await services.database.write(account: account) { connection in
            guard let failed = try ReportExportStore.fail(export, reason: reason, owner: owner, at: now, on: connection) else { return false }
            let change = AuditedChange.system(at: now)
            try change.record(.reportExportFailed(failed), on: connection)
            try change.record(.exportCompleted(failed), on: connection)
            return true
        }
    }

    private func release(_ export: StoredReportExport, account: String) async throws {
        let owner = owner
        try await services.database.write(account: account) { connection in
            try ReportExportStore.release(id: export.id, owner: owner, on: connection)
        }
    }
}
