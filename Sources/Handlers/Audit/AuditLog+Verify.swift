import LocksmithAPI
public import LocksmithStorage

extension AuditLog {
    /// Walks one account's chain from the first event, recomputing every hash and link, and checks its head row.
    /// Reports the first sequence that does not hold and why. `progress` is called after each batch.
    ///
    /// The whole walk reads one snapshot (one read transaction), so events appended meanwhile by a running server
    /// are neither half-seen nor mistaken for a broken tail. Rows are read and checked a batch at a time.
    public static func verify(
        _ database: any Database, account: String = AccountStore.defaultAccountID, batchSize: Int = 2000,
        progress: @escaping @Sendable (Int64) -> Void = { _ in }
    ) async throws -> AuditVerification {
        try await database.read(account: account) { connection in
            try verify(on: connection, batchSize: batchSize, progress: progress)
        }
    }

    /// Every account's chain, oldest account first.
    public static func verifyAll(
        _ database: any Database, progress: @escaping @Sendable (String, Int64) -> Void = { _, _ in }
    ) async throws -> [(account: Account, verification: AuditVerification)] {
        var results: [(Account, AuditVerification)] = []
        for account in try await database.read({ connection in try AccountStore.all(on: connection) }) {
            results.append((account, try await verify(database, account: account.id) { progress(account.id, $0) }))
        }
        return results
    }

    private static func verify(on connection: TenantConnection, batchSize: Int, progress: (Int64) -> Void) throws -> AuditVerification {
        var expected: Int64 = 1
        var previousHash: [UInt8]? = nil
        while true {
            let rows = try connection.query(
                """
                SELECT sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata, ip_address,
                       created_at, prev_hash, hash
                FROM audit_events WHERE account_id = $account AND sequence > $1 ORDER BY sequence LIMIT $2
                """, [.integer(expected - 1), .integer(Int64(batchSize))])
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
        let head = try connection.queryOne("SELECT sequence, hash FROM audit_chain_heads WHERE account_id = $account", [])
        guard let head, try head.int64("sequence") == expected - 1, try head.optionalBytes("hash") == previousHash else {
            return .broken(sequence: expected, reason: "the chain head does not point at the last event (events were removed from the end)")
        }
        return .intact(count: expected - 1)
    }
}
