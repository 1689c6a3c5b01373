public import Foundation
public import LocksmithCrypto
public import LocksmithStorage

/// Every secret a database keeps sealed under the master key, checked against a master key: the signing keys (the
/// server's and each account's, active and retired), the license-token keys, the webhook endpoints' secrets (and a previous secret still in
/// use), and the idempotent responses still kept for replay.
///
/// A master key that opens none of them is another installation's; one that opens some is a sign of rows pieced together
/// from elsewhere. Either way a server would fail later, at a signature, a delivery or a replay: this finds it first.
public enum SealedSecrets {
    /// A sealed secret that does not open, or does not hold what its row says.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// What the secret is, such as `signing key ed25519-… (account acc_…)`.
        public var secret: String
        public var reason: String

        public var description: String { "\(secret): \(reason)" }
    }

    /// What a check found.
    public struct Report: Sendable, Equatable {
        /// Sealed secrets looked at.
        public var checked = 0
        /// The first problems found, in the order checked.
        public var problems: [Problem] = []
        /// All problems found, of which `problems` lists the first.
        public var problemCount = 0

        mutating func record(_ secret: @autoclosure () -> String, _ reason: String, limit: Int) {
            problemCount += 1
            if problems.count < limit { problems.append(Problem(secret: secret(), reason: reason)) }
        }
    }

    /// The oldest schema `check` reads: the first with accounts.
    public static let oldestSchemaVersion = 4
    /// The schema version since which each kind of sealed secret exists.
    static let webhookSecretsSince = 8
    static let accountKeysSince = 10
    static let sealedResponsesSince = 11
    static let tokenKeysSince = 16

    /// Checks every sealed secret of `database`, whose schema is at `schemaVersion` (4 or later), against `masterKey`,
    /// in one read transaction. Secrets no longer needed at `now` (a previous webhook secret past its overlap, an
    /// expired idempotent response) are left out. `limit` bounds the problems listed, not those counted.
    public static func check(
        _ database: any Database, masterKey: MasterKey, schemaVersion: Int, now: Date, limit: Int = 5
    ) async throws -> Report {
        try await database.read { connection in
            var report = Report()
            try checkSigningKeys(on: connection, masterKey: masterKey, schemaVersion: schemaVersion, into: &report, limit: limit)
            if schemaVersion >= tokenKeysSince { try checkTokenKeys(on: connection, masterKey: masterKey, into: &report, limit: limit) }
            for account in try connection.query("SELECT id FROM accounts ORDER BY id", []).map({ try $0.string("id") }) {
                let tenant = try connection.tenant(account)
                if schemaVersion >= webhookSecretsSince {
                    try checkWebhookSecrets(on: tenant, masterKey: masterKey, now: now, into: &report, limit: limit)
                }
                if schemaVersion >= sealedResponsesSince {
                    try checkIdempotentResponses(on: tenant, masterKey: masterKey, now: now, into: &report, limit: limit)
                }
            }
            return report
        }
    }

    private static func checkSigningKeys(
        on connection: any SQLConnection, masterKey: MasterKey, schemaVersion: Int, into report: inout Report, limit: Int
    ) throws {
        let owner = schemaVersion >= accountKeysSince ? ", account_id" : ""
        for row in try connection.query("SELECT kid, public_key, sealed_secret_key\(owner) FROM signing_keys ORDER BY created_at, kid", []) {
            let kid = try row.string("kid")
            report.checked += 1
            do {
                _ = try SigningKeyStore.unsealed(
                    kid: kid, publicKey: try row.bytes("public_key"), sealed: try row.bytes("sealed_secret_key"), masterKey: masterKey)
            } catch let error as SigningKeyError {
                let account = owner.isEmpty ? nil : try row.optionalString("account_id")
                report.record("signing key \(kid) (\(account.map { "account \($0)" } ?? "the server's"))", error.reason, limit: limit)
            }
        }
    }

    /// License-token keys, active and retired, each opened and checked against its public key as signing would.
    private static func checkTokenKeys(on connection: any SQLConnection, masterKey: MasterKey, into report: inout Report, limit: Int) throws {
        for row in try connection.query("SELECT kid, account_id, algorithm, public_key, sealed_secret_key FROM token_keys ORDER BY created_at, kid", []) {
            let (kid, account) = (try row.string("kid"), try row.string("account_id"))
            report.checked += 1
            guard let algorithm = TokenKeyMaterial.Algorithm(rawValue: try row.string("algorithm")) else {
                report.record("token key \(kid) (account \(account))", "its algorithm is not one this server knows", limit: limit)
                continue
            }
            do {
                _ = try TokenKeyStore.unsealed(algorithm, publicKey: try row.bytes("public_key"), sealed: try row.bytes("sealed_secret_key"), masterKey: masterKey)
            } catch let error as TokenKeyError {
                report.record("token key \(kid) (account \(account))", error.reason, limit: limit)
            }
        }
    }

    private static func checkWebhookSecrets(
        on connection: TenantConnection, masterKey: MasterKey, now: Date, into report: inout Report, limit: Int
    ) throws {
        let rows = try connection.query(
            "SELECT id, sealed_secret, previous_sealed_secret, previous_secret_until FROM webhook_endpoints WHERE account_id = $account ORDER BY id", [])
        for row in rows {
            let id = try row.string("id")
            var sealed = [("secret", try row.bytes("sealed_secret"))]
            if let previous = try row.optionalBytes("previous_sealed_secret"), let until = try row.optionalDate("previous_secret_until"), now < until {
                sealed.append(("previous secret", previous))
            }
            for (name, bytes) in sealed {
                report.checked += 1
                if (try? masterKey.open(bytes, for: .webhookSecret)) == nil {
                    report.record(
                        "webhook endpoint \(id)'s \(name) (account \(connection.account))", "it cannot be opened with this master key", limit: limit)
                }
            }
        }
    }

    /// Read a page at a time: a busy account keeps a day of responses.
    private static func checkIdempotentResponses(
        on connection: TenantConnection, masterKey: MasterKey, now: Date, into report: inout Report, limit: Int
    ) throws {
        var after: [SQLValue] = [.text(""), .text(""), .text("")]
        while true {
            let rows = try connection.query(
                """
                SELECT principal, operation, idempotency_key, response_body FROM idempotency_keys
                WHERE account_id = $account AND response_sealed = 1 AND expires_at > $1
                  AND (principal, operation, idempotency_key) > ($2, $3, $4)
                ORDER BY principal, operation, idempotency_key LIMIT 500
                """, [now.sqlValue] + after)
            for row in rows {
                report.checked += 1
                if try row.optionalBytes("response_body").flatMap({ try? masterKey.open($0, for: .idempotentResponse) }) == nil {
                    let operation = try row.string("operation")
                    report.record("a stored \(operation) response (account \(connection.account))", "it cannot be opened with this master key", limit: limit)
                }
            }
            guard rows.count == 500, let last = rows.last else { return }
            after = [.text(try last.string("principal")), .text(try last.string("operation")), .text(try last.string("idempotency_key"))]
        }
    }
}
