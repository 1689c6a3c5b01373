/// How many prepared statements one connection keeps.
public enum StatementCacheBound {
    /// 256 per connection. The server's own code issues about 160 statement shapes, most of them rarely, and the hot
    /// path (authentication, a runtime read, the ledger flush) a handful: those are always among the most recently
    /// used, so they are never evicted. What pushes a cache past its bound is SQL built from caller input (report
    /// filters and groupings, list filters); each shape costs memory in the process and, on PostgreSQL, in the
    /// server's backend, so without a bound a caller who keeps varying them grows both without end.
    public static let perConnection = 256
}

/// A connection's prepared statements by SQL text, at most `capacity` of them: inserting one more evicts the least
/// recently used, which the connection then closes (finalized on SQLite, deallocated on PostgreSQL).
///
/// A hit costs one dictionary lookup and a store: each entry remembers the tick of its last use. Only an insertion
/// into a full cache looks through the entries for the oldest tick, and that happens only on a miss, which already
/// costs a prepare (a round trip on PostgreSQL) far beyond a pass over a few hundred entries.
struct StatementCache<Statement: AnyObject> {
    private final class Entry {
        let statement: Statement
        var lastUse: UInt64

        init(_ statement: Statement, lastUse: UInt64) {
            self.statement = statement
            self.lastUse = lastUse
        }
    }

    let capacity: Int
    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0

    init(capacity: Int = StatementCacheBound.perConnection) {
        precondition(capacity >= 2, "a pipelined read needs two statements prepared at once")
        self.capacity = capacity
    }

    var count: Int { entries.count }

    /// The statement prepared for `sql`, now the most recently used; nil when there is none.
    mutating func statement(for sql: String) -> Statement? {
        guard let entry = entries[sql] else { return nil }
        clock &+= 1
        entry.lastUse = clock
        return entry.statement
    }

    /// Keeps `statement` for `sql`; returns the statement evicted to make room, for the caller to close.
    mutating func insert(_ statement: Statement, for sql: String) -> Statement? {
        let evicted = entries.count >= capacity && entries[sql] == nil ? removeLeastRecentlyUsed() : nil
        clock &+= 1
        entries[sql] = Entry(statement, lastUse: clock)
        return evicted
    }

    /// Forgets the statement for `sql` (the database no longer has it, or it must be prepared again).
    @discardableResult
    mutating func remove(_ sql: String) -> Statement? {
        entries.removeValue(forKey: sql)?.statement
    }

    /// Forgets every statement; returns them.
    mutating func removeAll() -> [Statement] {
        defer { entries.removeAll() }
        return entries.values.map(\.statement)
    }

    private mutating func removeLeastRecentlyUsed() -> Statement? {
        guard let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key else { return nil }
        return remove(oldest)
    }
}
