import LocksmithAPI
public import LocksmithStorage

extension AuditLog {
    /// Walks the chain from the first event, recomputing every hash and link, and checks the head row.
    /// Reports the first sequence that does not hold and why. `progress` is called after each batch.
    public static func verify(
        _ database: any Database, batchSize: Int = 2000, progress: @Sendable (Int64) -> Void = { _ in }
    ) async throws -> AuditVerification {
        var expected: Int64 = 1
        var previousHash: [UInt8]? = nil
        while true {
            let after = expected - 1
            let rows = try await database.read { connection in
                try connection.query(
                    """
                    SELECT sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata, ip_address,
                           created_at, prev_hash, hash
                    FROM audit_events WHERE sequence > $1 ORDER BY sequence LIMIT $2
                    """, [.integer(after), .integer(Int64(batchSize))])
            }
            for row in rows {
                let sequence = try row.int64("sequence")
                guard sequence == expected else {
                    return .broken(sequence: expected, reason: "event \(expected) is missing (next present is \(sequence))")
                }
                guard try row.optionalBytes("prev_hash") == previousHash else {
                    return .broken(sequence: sequence, reason: "its previous-hash link does not match event \(sequence - 1)")
                }
                let stored = try row.bytes("hash")
                let event: Event
                do {
                    event = try AuditLog.event(from: row)
                } catch {
                    return .broken(sequence: sequence, reason: "its stored fields cannot be read: \(error)")
                }
                guard try chainHash(previous: previousHash, event: event) == stored else {
                    return .broken(sequence: sequence, reason: "its contents do not match its hash (the event was altered)")
                }
                previousHash = stored
                expected += 1
            }
            progress(expected - 1)
            if rows.count < batchSize { break }
        }
        let head = try await database.read { connection in
            try connection.queryOne("SELECT sequence, hash FROM audit_chain_head WHERE id = 1", [])
        }
        guard let head, try head.int64("sequence") == expected - 1, try head.optionalBytes("hash") == previousHash else {
            return .broken(sequence: expected, reason: "the chain head does not point at the last event (events were removed from the end)")
        }
        return .intact(count: expected - 1)
    }
}
