import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// SQL for the `idempotency_keys` table.
///
/// Responses are sealed with the master key before they are stored (`SealingPurpose.idempotentResponse`) and opened
/// when they are replayed: a runtime answer holds its lease token in plain text, and the database keeps every other
/// copy of a token only as a keyed hash.
enum IdempotencyStore {
    /// A record as found.
    struct Record {
        var requestHash: [UInt8]
        var completed: (status: Int, body: Data)?
        var claimedAt: Date
        var expiresAt: Date
    }

    /// The key's record, its response opened with `masterKey`. A sealed response that does not open (another master
    /// key, or altered bytes) throws rather than letting the request run a second time.
    static func find(_ claim: IdempotencyClaim, locking: Bool, masterKey: MasterKey, on connection: TenantConnection) throws -> Record? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne(
            """
            SELECT request_hash, state, response_status, response_body, response_sealed, claimed_at, expires_at FROM idempotency_keys
            WHERE account_id = $account AND principal = $1 AND operation = $2 AND idempotency_key = $3
            """ + lock,
            keyBinds(claim)
        ).map { row in
            var completed: (status: Int, body: Data)?
            if try row.string("state") == "complete" {
                let stored = try row.bytes("response_body")
                // Records written before responses were sealed (migration 11) replay as they were kept.
                let body = try row.bool("response_sealed") ? try masterKey.open(stored, for: .idempotentResponse) : stored
                completed = (try row.int("response_status"), Data(body))
            }
            return Record(
                requestHash: try row.bytes("request_hash"), completed: completed,
                claimedAt: try row.date("claimed_at"), expiresAt: try row.date("expires_at"))
        }
    }

    /// Takes a free key for a request that is about to run; false when another request took it first.
    static func claim(_ claim: IdempotencyClaim, at date: Date, keptFor lifetime: TimeInterval, on connection: TenantConnection) throws -> Bool {
        try connection.execute(
            """
            INSERT INTO idempotency_keys (account_id, principal, operation, idempotency_key, request_hash, state, claimed_at, expires_at)
            VALUES ($account, $1, $2, $3, $4, 'in_progress', $5, $6)
            ON CONFLICT (account_id, principal, operation, idempotency_key) DO NOTHING
            """,
            keyBinds(claim) + [.blob(claim.requestHash), date.sqlValue, date.addingTimeInterval(lifetime).sqlValue]) > 0
    }

    /// Takes over a key whose record expired or whose request was abandoned, provided nobody else did since it was read
    /// (`previous` is the claim time that was read); false otherwise.
    static func retake(
        _ claim: IdempotencyClaim, previous: Date, at date: Date, keptFor lifetime: TimeInterval, on connection: TenantConnection
    ) throws -> Bool {
        try connection.execute(
            """
            UPDATE idempotency_keys SET request_hash = $4, state = 'in_progress', response_status = NULL, response_body = NULL,
                response_sealed = 0, claimed_at = $5, expires_at = $6
            WHERE account_id = $account AND principal = $1 AND operation = $2 AND idempotency_key = $3 AND claimed_at = $7
            """,
            keyBinds(claim) + [.blob(claim.requestHash), date.sqlValue, date.addingTimeInterval(lifetime).sqlValue, previous.sqlValue]) > 0
    }

    /// Records the response, sealed with `masterKey`.
    static func complete(_ claim: IdempotencyClaim, status: Int, body: Data, masterKey: MasterKey, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE idempotency_keys SET state = 'complete', response_status = $4, response_body = $5, response_sealed = 1
            WHERE account_id = $account AND principal = $1 AND operation = $2 AND idempotency_key = $3
            """,
            keyBinds(claim) + [.integer(Int64(status)), .blob(masterKey.seal(body, for: .idempotentResponse))])
    }

    /// Gives the key back after a request that failed: its transaction rolled back, so nothing of it was recorded.
    static func release(_ claim: IdempotencyClaim, on connection: TenantConnection) throws {
        try connection.execute(
            """
            DELETE FROM idempotency_keys
            WHERE account_id = $account AND principal = $1 AND operation = $2 AND idempotency_key = $3 AND state = 'in_progress'
            """,
            keyBinds(claim))
    }

    /// Removes the account's records older than their lifetime; returns how many.
    static func prune(before date: Date, on connection: TenantConnection) throws -> Int {
        try connection.execute("DELETE FROM idempotency_keys WHERE account_id = $account AND expires_at < $1", [date.sqlValue])
    }

    private static func keyBinds(_ claim: IdempotencyClaim) -> [SQLValue] {
        [.text(claim.principal), .text(claim.operation.rawValue), .text(claim.key)]
    }
}
