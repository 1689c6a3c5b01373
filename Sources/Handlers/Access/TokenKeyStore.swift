public import Foundation
public import LocksmithAPI
public import LocksmithCrypto
public import LocksmithStorage

/// A license-token key as published: its kid (the RFC 7638 thumbprint of its JWK), account, algorithm, public half and
/// status. The secret half is sealed with the master key.
public struct TokenKeyRecord: Sendable, Equatable {
    public var kid: String
    public var accountID: String
    public var algorithm: TokenKeyMaterial.Algorithm
    public var publicKey: [UInt8]
    public var status: PublicKeyStatus
    public var createdAt: Date
    public var retiredAt: Date?

    /// The key as a JSON Web Key.
    public func jwk() throws -> JSONWebKey {
        let members = try TokenKeyMaterial.jwkMembers(algorithm, publicKey: publicKey)
        return JSONWebKey(
            kty: JSONWebKeyKty(rawValue: members["kty"]!), crv: members["crv"].map(JSONWebKeyCrv.init(rawValue:)), x: members["x"],
            n: members["n"], e: members["e"], kid: kid, use: .sig, alg: LicenseTokenAlgorithm(rawValue: algorithm.rawValue))
    }
}

/// SQL for the `token_keys` table: each account's license-token keys, at most one active per algorithm (the unique index
/// `token_keys_one_active`). A rotation retires the key it replaces, which stays published so that the tokens it signed
/// verify until they expire. Rotations are serialized across instances with the signing keys' lock (`ServerLock.keys`).
public enum TokenKeyStore {
    private static let columns = "kid, account_id, algorithm, public_key, status, created_at, retired_at"

    /// Makes `material` the account's active key for its algorithm and retires the one it replaces; records
    /// `token_key.created` (the account's first key of the algorithm) or `token_key.rotated` in the account's chain.
    @discardableResult
    public static func rotate(
        account: String, material: TokenKeyMaterial, masterKey: MasterKey, change: AuditedChange, on connection: any SQLConnection
    ) throws -> (created: TokenKeyRecord, retired: [String]) {
        try connection.take(.keys)
        guard try connection.queryOne("SELECT id FROM accounts WHERE id = $1", [.text(account)]) != nil else {
            throw APIError.notFound("account", id: account)
        }
        try material.checkPair()
        let algorithm = material.algorithm.rawValue
        let retired = try connection.query(
            "SELECT kid FROM token_keys WHERE account_id = $1 AND algorithm = $2 AND status = 'active'", [.text(account), .text(algorithm)]
        ).map { try $0.string("kid") }
        try connection.execute(
            "UPDATE token_keys SET status = 'retired', retired_at = $3 WHERE account_id = $1 AND algorithm = $2 AND status = 'active'",
            [.text(account), .text(algorithm), change.date.sqlValue])
        let record = TokenKeyRecord(
            kid: try TokenKeyMaterial.thumbprint(material.algorithm, publicKey: material.publicKey), accountID: account,
            algorithm: material.algorithm, publicKey: material.publicKey, status: .active, createdAt: change.date, retiredAt: nil)
        try connection.execute(
            """
            INSERT INTO token_keys (kid, account_id, algorithm, public_key, sealed_secret_key, status, created_at)
            VALUES ($1, $2, $3, $4, $5, 'active', $6)
            """,
            [.text(record.kid), .text(account), .text(algorithm), .blob(record.publicKey), .blob(masterKey.seal(material.secret)),
             change.date.sqlValue])
        let metadata: [String: JSONValue] = ["algorithm": .string(algorithm), "retired": .array(retired.map(JSONValue.string))]
        try change.record(
            .audited(retired.isEmpty ? .tokenKeyCreated : .tokenKeyRotated, "token_key", id: record.kid, metadata),
            on: try connection.tenant(account))
        return (record, retired)
    }

    /// The account's active key for `algorithm`, if it has one.
    public static func active(account: String, algorithm: TokenKeyMaterial.Algorithm, on connection: any SQLConnection) throws -> TokenKeyRecord? {
        try connection.queryOne(
            "SELECT \(columns) FROM token_keys WHERE account_id = $1 AND algorithm = $2 AND status = 'active'",
            [.text(account), .text(algorithm.rawValue)]
        ).map(record)
    }

    /// The key `kid`, whichever account's it is; nil when there is none.
    public static func find(kid: String, on connection: any SQLConnection) throws -> TokenKeyRecord? {
        try connection.queryOne("SELECT \(columns) FROM token_keys WHERE kid = $1", [.text(kid)]).map(record)
    }

    /// Every key, or one account's, newest first.
    public static func all(account: String? = nil, on connection: any SQLConnection) throws -> [TokenKeyRecord] {
        let filter = account == nil ? "" : "WHERE account_id = $1"
        return try connection.query(
            "SELECT \(columns) FROM token_keys \(filter) ORDER BY created_at DESC, kid DESC", account.map { [SQLValue.text($0)] } ?? []
        ).map(record)
    }

    /// The key pair of `record`, its secret unsealed and checked against the stored public key.
    public static func material(_ record: TokenKeyRecord, masterKey: MasterKey, on connection: any SQLConnection) throws -> TokenKeyMaterial {
        guard let sealed = try connection.queryOne("SELECT sealed_secret_key FROM token_keys WHERE kid = $1", [.text(record.kid)]) else {
            throw TokenKeyError("token key \(record.kid) is no longer in the database")
        }
        return try unsealed(record.algorithm, publicKey: record.publicKey, sealed: try sealed.bytes("sealed_secret_key"), masterKey: masterKey)
    }

    /// A sealed secret opened with `masterKey` and checked to be the secret half of `publicKey`.
    static func unsealed(
        _ algorithm: TokenKeyMaterial.Algorithm, publicKey: [UInt8], sealed: [UInt8], masterKey: MasterKey
    ) throws -> TokenKeyMaterial {
        let secret: [UInt8]
        do {
            secret = try masterKey.open(sealed)
        } catch {
            throw TokenKeyError("its sealed secret cannot be opened with this master key (another master key, or a damaged row)")
        }
        let material = TokenKeyMaterial(algorithm: algorithm, publicKey: publicKey, secret: secret)
        try material.checkPair()
        return material
    }

    static func record(_ row: SQLRow) throws -> TokenKeyRecord {
        let name = try row.string("algorithm")
        guard let algorithm = TokenKeyMaterial.Algorithm(rawValue: name) else {
            throw TokenKeyError("token key \(try row.string("kid")) has an algorithm this server does not know: \(name)")
        }
        return TokenKeyRecord(
            kid: try row.string("kid"), accountID: try row.string("account_id"), algorithm: algorithm, publicKey: try row.bytes("public_key"),
            status: PublicKeyStatus(rawValue: try row.string("status")), createdAt: try row.date("created_at"),
            retiredAt: try row.optionalDate("retired_at"))
    }
}
