public import Foundation
import LocksmithAPI
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `signing_keys` table. Each vendor account signs with keys of its own (`account_id`); the server's key
/// (`account_id` NULL) signs for the accounts that existed before accounts had keys, until an operator gives them their
/// own. At most one key is active per account and one server key is active; retired keys stay published so that
/// signatures made with them still verify.
///
/// Which keys an account signs (or signed) with is one rule, `SigningKeyView`, applied to the account's
/// `server_keys_until`: every server key made before that instant, and every key of its own.
public enum SigningKeyStore {
    private static let columns = "kid, public_key, status, created_at, retired_at, account_id"

    /// Makes a new active key and retires the one it replaces: the server's key when `account` is nil, otherwise the
    /// account's (its first, when it signed with the server's key until now). Records `signing_key.rotated` (or
    /// `.created`) in the chain of every account whose signing key changed.
    ///
    /// Rotations are serialized across instances (`ServerLock.keys`), so two of them never both retire the same key; the
    /// unique indexes `signing_keys_one_active_*` back this up in the database.
    @discardableResult
    public static func rotate(
        account: String? = nil, masterKey: MasterKey, change: AuditedChange, on connection: any SQLConnection
    ) throws -> (created: SigningKeyRecord, retired: [String]) {
        try connection.take(.keys)
        let date = change.date
        let owner = account == nil ? "account_id IS NULL" : "account_id = $1"
        let ownerBinds = account.map { [SQLValue.text($0)] } ?? []
        var retired = try connection.query("SELECT kid FROM signing_keys WHERE status = 'active' AND \(owner)", ownerBinds).map { try $0.string("kid") }
        try connection.execute(
            "UPDATE signing_keys SET status = 'retired', retired_at = $\(ownerBinds.count + 1) WHERE status = 'active' AND \(owner)",
            ownerBinds + [date.sqlValue])
        let affected: [String]
        if let account {
            guard let window = try window(account: account, on: connection) else {
                throw APIError.notFound("account", id: account)
            }
            if window.signsWithServerKeys {
                // The account leaves the server's key: from its point of view, that key is retired now.
                retired += try connection.query("SELECT kid FROM signing_keys WHERE status = 'active' AND account_id IS NULL", []).map {
                    try $0.string("kid")
                }
                try connection.execute("UPDATE accounts SET server_keys_until = $2 WHERE id = $1", [.text(account), date.sqlValue])
            }
            affected = [account]
        } else {
            affected = try connection.query("SELECT id FROM accounts WHERE server_keys_until IS NULL ORDER BY id", []).map { try $0.string("id") }
        }
        let key = SigningKey.generate()
        let record = SigningKeyRecord(
            kid: key.keyID, publicKey: key.publicKey, status: .active, createdAt: date, retiredAt: nil, accountID: account)
        try connection.execute(
            """
            INSERT INTO signing_keys (kid, algorithm, public_key, sealed_secret_key, status, created_at, account_id)
            VALUES ($1, 'ed25519', $2, $3, 'active', $4, $5)
            """,
            [.text(record.kid), .blob(record.publicKey), .blob(masterKey.seal(key.secretKey)), date.sqlValue, account.sqlValue])
        for id in affected {
            try change.record(.signingKey(record, retired: retired), on: try connection.tenant(id))
        }
        return (record, retired)
    }

    /// Every key, the server's and every account's, newest first.
    public static func all(on connection: any SQLConnection) throws -> [SigningKeyRecord] {
        try connection.query("SELECT \(columns) FROM signing_keys ORDER BY created_at DESC, kid DESC", []).map(record)
    }

    /// The keys that sign or signed `account`'s answers, newest first, each with its status for that account; nil when
    /// there is no such account.
    public static func keys(account: String, on connection: any SQLConnection) throws -> [SigningKeyRecord]? {
        guard let window = try window(account: account, on: connection) else { return nil }
        let candidates = try connection.query(
            "SELECT \(columns) FROM signing_keys WHERE account_id = $1 OR account_id IS NULL ORDER BY created_at DESC, kid DESC", [.text(account)]
        ).map(record)
        return window.view(of: candidates)
    }

    /// The key that signs `account`'s answers now, with its secret half unsealed; nil when it has none (a database that
    /// was never started) or there is no such account.
    public static func active(account: String, masterKey: MasterKey, on connection: any SQLConnection) throws -> (record: SigningKeyRecord, key: SigningKey)? {
        guard let record = try keys(account: account, on: connection)?.first(where: { $0.status == .active }) else { return nil }
        return (record, try key(record, masterKey: masterKey, on: connection))
    }

    /// The server's active key, if there is one yet.
    public static func activeServerKey(on connection: any SQLConnection) throws -> SigningKeyRecord? {
        try connection.queryOne("SELECT \(columns) FROM signing_keys WHERE status = 'active' AND account_id IS NULL", []).map(record)
    }

    /// Every key, the sealed secrets of the active ones, and every account's key view: what a keyring needs to sign for
    /// and publish the keys of any account.
    public static func snapshot(on connection: any SQLConnection) throws -> SigningKeySnapshot {
        let windows = try connection.query("SELECT id, server_keys_until FROM accounts", []).map { row in
            (try row.string("id"), SigningKeyView(serverKeysUntil: try row.optionalDate("server_keys_until")))
        }
        let sealed = try connection.query("SELECT kid, sealed_secret_key FROM signing_keys WHERE status = 'active'", []).map { row in
            (try row.string("kid"), try row.bytes("sealed_secret_key"))
        }
        return SigningKeySnapshot(
            records: try all(on: connection), views: Dictionary(uniqueKeysWithValues: windows), sealed: Dictionary(uniqueKeysWithValues: sealed))
    }

    /// The key window of one account; nil when there is no such account.
    public static func window(account: String, on connection: any SQLConnection) throws -> SigningKeyView? {
        try connection.queryOne("SELECT server_keys_until FROM accounts WHERE id = $1", [.text(account)]).map { row in
            SigningKeyView(serverKeysUntil: try row.optionalDate("server_keys_until"))
        }
    }

    /// The secret half of `record`, read from its row and unsealed (`unsealed(_:sealed:masterKey:)`).
    public static func key(_ record: SigningKeyRecord, masterKey: MasterKey, on connection: any SQLConnection) throws -> SigningKey {
        guard let sealed = try sealedSecret(kid: record.kid, on: connection) else {
            throw SigningKeyError(kid: record.kid, reason: "it is no longer in the database")
        }
        return try unsealed(record, sealed: sealed, masterKey: masterKey)
    }

    /// The sealed secret half of the key `kid`; nil when there is no such key.
    public static func sealedSecret(kid: String, on connection: any SQLConnection) throws -> [UInt8]? {
        try connection.queryOne("SELECT sealed_secret_key FROM signing_keys WHERE kid = $1", [.text(kid)])?.bytes("sealed_secret_key")
    }

    /// The secret half of `record`, unsealed, once it is known to derive the stored public key and kid: a row edited, or
    /// pieced together from another backup, must not sign under a kid that clients check against another key.
    public static func unsealed(_ record: SigningKeyRecord, sealed: [UInt8], masterKey: MasterKey) throws -> SigningKey {
        try unsealed(kid: record.kid, publicKey: record.publicKey, sealed: sealed, masterKey: masterKey)
    }

    static func unsealed(kid: String, publicKey: [UInt8], sealed: [UInt8], masterKey: MasterKey) throws -> SigningKey {
        let secret: [UInt8]
        do {
            secret = try masterKey.open(sealed)
        } catch {
            throw SigningKeyError(
                kid: kid, reason: "its sealed secret cannot be opened with this master key (another master key, or a damaged row)")
        }
        guard let key = try? SigningKey(secretKey: secret) else {
            throw SigningKeyError(kid: kid, reason: "its unsealed secret is not an Ed25519 key")
        }
        guard key.publicKey == publicKey else {
            throw SigningKeyError(kid: kid, reason: "its secret does not belong to its stored public key")
        }
        guard key.keyID == kid else {
            throw SigningKeyError(kid: kid, reason: "its key pair's kid is \(key.keyID)")
        }
        return key
    }

    private static func record(_ row: SQLRow) throws -> SigningKeyRecord {
        SigningKeyRecord(
            kid: try row.string("kid"), publicKey: try row.bytes("public_key"),
            status: PublicKeyStatus(rawValue: try row.string("status")), createdAt: try row.date("created_at"),
            retiredAt: try row.optionalDate("retired_at"), accountID: try row.optionalString("account_id"))
    }
}

/// Which keys sign an account's answers: its own, and the server's keys made before `serverKeysUntil` (every server key,
/// present and future, while it is nil: the account still signs with the server's key).
public struct SigningKeyView: Sendable, Equatable {
    public var serverKeysUntil: Date?

    /// Accounts created with keys of their own never signed with the server's: no server key was made before 1970.
    static let ownKeysOnly = SigningKeyView(serverKeysUntil: Date(timeIntervalSince1970: 0))

    public var signsWithServerKeys: Bool { serverKeysUntil == nil }

    /// `records` (the account's own keys and server keys, in any order) as this account sees them: the server keys it
    /// never used are left out, and those it used are retired for it once it has keys of its own.
    public func view(of records: [SigningKeyRecord]) -> [SigningKeyRecord] {
        records.compactMap { record in
            guard record.accountID == nil else { return record }
            guard let until = serverKeysUntil else { return record }
            guard record.createdAt < until else { return nil }
            var retired = record
            retired.status = .retired
            return retired
        }
    }
}

/// Every signing key, the sealed secrets of the active ones, and every account's key view, as a keyring caches them.
public struct SigningKeySnapshot: Sendable {
    public var records: [SigningKeyRecord] = []
    public var views: [String: SigningKeyView] = [:]
    /// The sealed secret halves of the active keys, by kid.
    public var sealed: [String: [UInt8]] = [:]

    public init(records: [SigningKeyRecord] = [], views: [String: SigningKeyView] = [:], sealed: [String: [UInt8]] = [:]) {
        self.records = records
        self.views = views
        self.sealed = sealed
    }

    /// The keys of `account` as it sees them, newest first; nil when the snapshot does not know the account.
    public func keys(account: String) -> [SigningKeyRecord]? {
        views[account].map { view in view.view(of: records.filter { $0.accountID == nil || $0.accountID == account }) }
    }
}
