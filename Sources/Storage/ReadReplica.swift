import Foundation
public import Logging

/// A PostgreSQL streaming replica (a hot standby) for the reads that may lag: reports, the activities and events feeds,
/// report exports' snapshots. Nothing that decides a write reads here; the runtime never does.
///
/// Each read first asks the replica how far behind it is, in the same transaction, so the figure describes the snapshot
/// the read sees. The replica answers when it is within `maxLag`; else, or when it cannot be reached, the read goes to the
/// primary. After the replica fails (unreachable, or not a standby) the primary takes its reads for `cooldown`, so that a
/// dead replica costs one failed attempt, not one per request.
public final class ReadReplica: Sendable {
    /// The replica's pool.
    public let database: any Database
    /// How far behind a replica may be and still answer.
    public let maxLag: Duration
    /// How long reads stay on the primary after the replica failed.
    public let cooldown: Duration
    private let resting = Locked<ContinuousClock.Instant?>(nil)
    private let observer = Locked<(@Sendable (Outcome, Int?) -> Void)?>(nil)
    private let logger: Logger

    /// Where a read that may lag was answered.
    public enum Outcome: String, Sendable, CaseIterable {
        /// By the replica, within its bound.
        case replica
        /// By the primary: the replica was beyond its bound, or had replayed nothing yet.
        case behind
        /// By the primary: the replica could not be reached, or is resting after it could not.
        case unavailable
    }

    /// Calls `observe` after every read with where it was answered and, for the replica, its lag in milliseconds
    /// (`/metrics`).
    public func observe(_ observe: @escaping @Sendable (Outcome, Int?) -> Void) {
        observer.withLock { $0 = observe }
    }

    private func observed(_ outcome: Outcome, lag: Int? = nil) {
        observer.withLock { $0 }?(outcome, lag)
    }

    /// The default bound of `--replica-max-lag`.
    public static let defaultMaxLag: Duration = .seconds(10)

    public init(database: any Database, maxLag: Duration = ReadReplica.defaultMaxLag, cooldown: Duration = .seconds(5), logger: Logger) {
        self.database = database
        self.maxLag = maxLag
        self.cooldown = cooldown
        self.logger = logger
    }

    /// How far behind the primary a standby's snapshot is, in milliseconds.
    ///
    /// 0 when the standby has replayed everything it received and its WAL receiver is running (an idle primary sends
    /// nothing, so there is nothing to be behind); else the time since the last transaction it replayed committed on the
    /// primary, which overstates the lag after a quiet spell but never understates it (a receiver that lost the primary
    /// keeps replaying nothing, and its lag grows). Not a standby (`pg_is_in_recovery()` false): 0, it is a primary.
    /// Every function here is open to an ordinary role; `pg_stat_wal_receiver` shows such a role the receiver's pid.
    static let lagSQL = """
        SELECT CASE
            WHEN NOT pg_is_in_recovery() THEN 0
            WHEN EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE pid IS NOT NULL)
                AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
            ELSE CAST(floor(EXTRACT(EPOCH FROM (clock_timestamp() - pg_last_xact_replay_timestamp())) * 1000) AS bigint)
        END AS lag_ms
        """

    /// A read that may lag: `body` runs on the replica when it is within `maxLag`, and then `lagMilliseconds` says how far
    /// behind its snapshot was; on the primary otherwise, with `lagMilliseconds` nil. `acceptable` may narrow the bound for
    /// one read (an export whose window ended a minute ago accepts any lag under a minute).
    public func read<T: Sendable>(
        _ scope: TenantScope, primary: any Database, acceptable: Duration? = nil,
        _ body: @escaping @Sendable (any SQLConnection) throws -> T
    ) async throws -> (value: T, lagMilliseconds: Int?) {
        let bound = min(maxLag, acceptable ?? maxLag)
        if isResting() || bound <= .zero {
            observed(bound <= .zero ? .behind : .unavailable)
            return (try await primary.read(scope, body), nil)
        }
        let boundMilliseconds = Int(bound.components.seconds) * 1000 + Int(bound.components.attoseconds / 1_000_000_000_000_000)
        do {
            let outcome: Answer<T> = try await database.read(scope) { connection in
                guard let lag = try connection.queryOne(Self.lagSQL, [])?.optionalInt("lag_ms") else { return .unknown }
                guard lag <= boundMilliseconds else { return .behind(lag) }
                return .answered(try body(connection), max(lag, 0))
            }
            switch outcome {
            case .answered(let value, let lag):
                observed(.replica, lag: lag)
                return (value, lag)
            case .behind(let lag):
                logger.debug("replica behind its bound; reading the primary", metadata: ["lag_ms": "\(lag)", "bound_ms": "\(boundMilliseconds)"])
                observed(.behind)
            case .unknown:
                logger.debug("replica has replayed no transaction yet; reading the primary")
                observed(.behind)
            }
        } catch let error as StorageError where Self.isReplicaFailure(error) {
            rest()
            observed(.unavailable)
            logger.warning("read replica failed; reading the primary", metadata: ["error": "\(error)", "for": "\(cooldown)"])
        }
        return (try await primary.read(scope, body), nil)
    }

    /// `read(_:primary:acceptable:_:)` over one account's rows.
    public func read<T: Sendable>(
        account: String, primary: any Database, acceptable: Duration? = nil, _ body: @escaping @Sendable (TenantConnection) throws -> T
    ) async throws -> (value: T, lagMilliseconds: Int?) {
        try await read(.account(account), primary: primary, acceptable: acceptable) { raw in try body(TenantConnection(raw: raw, account: account)) }
    }

    private enum Answer<T: Sendable>: Sendable {
        case answered(T, Int)
        case behind(Int)
        case unknown
    }

    /// Failures of the replica itself, not of the read: an error the read's own statements raise (a bad filter, a total
    /// past 64 bits) would be raised by the primary too, and goes to the caller.
    private static func isReplicaFailure(_ error: StorageError) -> Bool {
        switch error.kind {
        case .connectionFailed, .busy, .overloaded, .timedOut: true
        default: false
        }
    }

    private func isResting() -> Bool {
        resting.withLock { until in
            guard let end = until else { return false }
            if ContinuousClock.now < end { return true }
            until = nil
            return false
        }
    }

    private func rest() {
        let end = ContinuousClock.now + cooldown
        resting.withLock { $0 = end }
    }
}
