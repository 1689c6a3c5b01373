import Foundation
public import LocksmithStorage
import Synchronization

/// The runtime state of recently used licenses (`RuntimeState`), so that validations and checks that change nothing
/// need not read it again, under one of two rules:
///
/// - **Exact** (SQLite, always): an entry is used only while the database's change version
///   (`Database.changeVersion`, SQLite's `PRAGMA data_version` on a connection of its own) is the one read just
///   before the entry's state was, that is while nothing at all has been committed since, by this process or by another
///   (the command line's verbs write to a live database). Any commit, a ledger flush included, empties it in effect; so
///   a revocation, suspension, reset or blacklist holds from the very next call, as without a cache.
/// - **Bounded** (PostgreSQL, only with `--runtime-cache-staleness`): PostgreSQL has no such cheap signal (and
///   `LISTEN/NOTIFY` does not pass a transaction-mode pooler), so an entry is used for at most the configured staleness,
///   and only while this instance has committed nothing since it was read (`WriteCountingDatabase`). A change made on
///   this instance holds from its next call; one made on another instance within the bound.
///
/// Only states that decode are kept (an unknown license or a disabled account is read every time). At `capacity`
/// entries the cache starts over, so callers naming endless made-up devices cannot grow it.
public final class RuntimeStateCache: Sendable {
    public enum Rule: Sendable, Equatable {
        case exact
        case bounded(Duration)
    }

    struct Key: Hashable, Sendable {
        var account: String
        var license: String
        var bindingKey: String?
        var appVersion: String?
    }

    private struct Entry: Sendable {
        var version: Int64?
        var localWrites: Int64
        var readAt: ContinuousClock.Instant
        var state: RuntimeState
    }

    public let rule: Rule
    let capacity: Int
    private let entries = Mutex<[Key: Entry]>([:])
    private let localWrites = Atomic<Int64>(0)
    private let hitCount = Atomic<Int64>(0)
    private let missCount = Atomic<Int64>(0)

    public init(rule: Rule, capacity: Int = 10_000) {
        self.rule = rule
        self.capacity = capacity
    }

    /// States answered from the cache, and read from the database, since start.
    public var hits: Int64 { hitCount.load(ordering: .relaxed) }
    public var misses: Int64 { missCount.load(ordering: .relaxed) }

    /// Called once a write transaction of this instance has ended (`WriteCountingDatabase`).
    func noteLocalWrite() {
        localWrites.add(1, ordering: .sequentiallyConsistent)
    }

    /// The state under `key`: the cached one while the rule allows, otherwise `read()`'s, which is then kept. What marks
    /// an entry's freshness is read before `read()` runs, so a commit racing the read makes the entry stale, never the
    /// other way round.
    func state(_ key: Key, database: any Database, read: () async throws -> RuntimeState) async throws -> RuntimeState {
        let version: Int64?
        switch rule {
        case .exact:
            guard let current = try await database.changeVersion() else { return try await read() }
            version = current
        case .bounded:
            version = nil
        }
        let writes = localWrites.load(ordering: .sequentiallyConsistent)
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[key] }), entry.version == version, entry.localWrites == writes, isFresh(entry, at: now) {
            hitCount.add(1, ordering: .relaxed)
            return entry.state
        }
        missCount.add(1, ordering: .relaxed)
        let state = try await read()
        let entry = Entry(version: version, localWrites: writes, readAt: now, state: state)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
        return state
    }

    private func isFresh(_ entry: Entry, at now: ContinuousClock.Instant) -> Bool {
        switch rule {
        case .exact: true
        case .bounded(let staleness): now - entry.readAt < staleness
        }
    }
}

/// A database that tells a `RuntimeStateCache` each time one of its write transactions ends, committed or not: what
/// this instance changed is never answered from the cache afterwards. Used with the bounded rule (PostgreSQL).
public struct WriteCountingDatabase: DatabaseWrapper {
    public let base: any Database
    let cache: RuntimeStateCache

    public init(_ base: any Database, cache: RuntimeStateCache) {
        self.base = base
        self.cache = cache
    }

    public func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        defer { cache.noteLocalWrite() }
        return try await base.write(scope, body)
    }
}
