// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// `active` keys sign new responses; `retired` keys no longer sign but stay published so earlier responses and offline licenses still verify.
///
/// - Remark: Generated from `#/components/schemas/PublicKey/properties/status`.
public enum PublicKeyStatus: OpenEnum {
    /// `active`.
    case active
    /// `retired`.
    case retired
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [PublicKeyStatus] = [.active, .retired]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "retired": self = .retired
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .active: "active"
        case .retired: "retired"
        case .unrecognized(let value): value
        }
    }
}

/// A public key that signs (or signed) runtime responses.
///
/// - Remark: Generated from `#/components/schemas/PublicKey`.
public struct PublicKey: Codable, Hashable, Sendable {
    /// Key identifier, referenced by `Signature.kid`.
    public var kid: String
    /// Key algorithm; always `Ed25519`.
    public var algorithm: String
    /// Standard base64 encoding of the raw 32-byte Ed25519 public key.
    public var publicKey: String
    /// `active` keys sign new responses; `retired` keys no longer sign but stay published so earlier responses and offline licenses still verify.
    public var status: PublicKeyStatus
    /// When the key was generated.
    public var createdAt: Date
    /// The vendor account whose answers the key signs. Absent for the server's own key, which signs for the accounts that existed before each account had keys of its own, until they are given theirs.
    public var accountID: String?

    /// A value with these members; optional ones default to absent.
    public init(kid: String, algorithm: String, publicKey: String, status: PublicKeyStatus, createdAt: Date, accountID: String? = nil) {
        self.kid = kid
        self.algorithm = algorithm
        self.publicKey = publicKey
        self.status = status
        self.createdAt = createdAt
        self.accountID = accountID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kid
        case algorithm
        case publicKey = "public_key"
        case status
        case createdAt = "created_at"
        case accountID = "account_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.algorithm = try container.decode(String.self, forKey: .algorithm)
        self.publicKey = try container.decode(String.self, forKey: .publicKey)
        self.status = try container.decode(PublicKeyStatus.self, forKey: .status)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
        self.accountID = try container.decodeIfPresent(String.self, forKey: .accountID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kid, forKey: .kid)
        try container.encode(self.algorithm, forKey: .algorithm)
        try container.encode(self.publicKey, forKey: .publicKey)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.createdAt, forKey: .createdAt)
        try container.encodeIfPresent(self.accountID, forKey: .accountID)
    }
}

extension PublicKey: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.accountID { writer.field("account_id", value) }
        writer.field("algorithm", self.algorithm)
        writer.field("created_at", self.createdAt)
        writer.field("kid", self.kid)
        writer.field("public_key", self.publicKey)
        writer.field("status", self.status)
        writer.endObject()
    }
}

/// Always `ok` when the process answers.
///
/// - Remark: Generated from `#/components/schemas/HealthData/properties/status`.
public enum HealthDataStatus: OpenEnum {
    /// `ok`.
    case ok
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [HealthDataStatus] = [.ok]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "ok": self = .ok
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .ok: "ok"
        case .unrecognized(let value): value
        }
    }
}

/// Liveness result.
///
/// - Remark: Generated from `#/components/schemas/HealthData`.
public struct HealthData: Codable, Hashable, Sendable {
    /// Always `ok` when the process answers.
    public var status: HealthDataStatus

    /// A value with these members; optional ones default to absent.
    public init(status: HealthDataStatus) {
        self.status = status
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case status
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.status = try container.decode(HealthDataStatus.self, forKey: .status)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.status, forKey: .status)
    }
}

extension HealthData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("status", self.status)
        writer.endObject()
    }
}

/// `ready` when the server can serve traffic, `not_ready` otherwise.
///
/// - Remark: Generated from `#/components/schemas/ReadyData/properties/status`.
public enum ReadyDataStatus: OpenEnum {
    /// `ready`.
    case ready
    /// `not_ready`.
    case notReady
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [ReadyDataStatus] = [.ready, .notReady]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "ready": self = .ready
        case "not_ready": self = .notReady
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .ready: "ready"
        case .notReady: "not_ready"
        case .unrecognized(let value): value
        }
    }
}

/// Readiness result.
///
/// - Remark: Generated from `#/components/schemas/ReadyData`.
public struct ReadyData: Codable, Hashable, Sendable {
    /// `ready` when the server can serve traffic, `not_ready` otherwise.
    public var status: ReadyDataStatus
    /// Outcome of the database check: `ok`, or a short reason such as `unreachable` or `migrations pending`.
    public var db: String

    /// A value with these members; optional ones default to absent.
    public init(status: ReadyDataStatus, db: String) {
        self.status = status
        self.db = db
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case status
        case db
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.status = try container.decode(ReadyDataStatus.self, forKey: .status)
        self.db = try container.decode(String.self, forKey: .db)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.db, forKey: .db)
    }
}

extension ReadyData: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("db", self.db)
        writer.field("status", self.status)
        writer.endObject()
    }
}

/// The key type.
///
/// - Remark: Generated from `#/components/schemas/JSONWebKey/properties/kty`.
public enum JSONWebKeyKty: OpenEnum {
    /// `OKP`.
    case okp
    /// `RSA`.
    case rsa
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [JSONWebKeyKty] = [.okp, .rsa]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "OKP": self = .okp
        case "RSA": self = .rsa
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .okp: "OKP"
        case .rsa: "RSA"
        case .unrecognized(let value): value
        }
    }
}

/// The curve of an `OKP` key.
///
/// - Remark: Generated from `#/components/schemas/JSONWebKey/properties/crv`.
public enum JSONWebKeyCrv: OpenEnum {
    /// `Ed25519`.
    case ed25519
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [JSONWebKeyCrv] = [.ed25519]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "Ed25519": self = .ed25519
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .ed25519: "Ed25519"
        case .unrecognized(let value): value
        }
    }
}

/// `sig`: the key verifies signatures.
///
/// - Remark: Generated from `#/components/schemas/JSONWebKey/properties/use`.
public enum JSONWebKeyUse: OpenEnum {
    /// `sig`.
    case sig
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [JSONWebKeyUse] = [.sig]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "sig": self = .sig
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .sig: "sig"
        case .unrecognized(let value): value
        }
    }
}

/// A public token key as a JSON Web Key (RFC 7517): an Ed25519 key as RFC 8037 writes it (`kty` `OKP`, `crv` `Ed25519`, `x` the base64url of its 32 bytes), or an RSA key as RFC 7518 writes it (`kty` `RSA`, `n` and `e` the base64url of the modulus and exponent, big-endian, without leading zeros).
///
/// - Remark: Generated from `#/components/schemas/JSONWebKey`.
public struct JSONWebKey: Codable, Hashable, Sendable {
    /// The key type.
    public var kty: JSONWebKeyKty
    /// The curve of an `OKP` key.
    public var crv: JSONWebKeyCrv?
    /// The public key of an `OKP` key, base64url without padding.
    public var x: String?
    /// The modulus of an `RSA` key, base64url without padding.
    public var n: String?
    /// The public exponent of an `RSA` key, base64url without padding.
    public var e: String?
    /// The key's id, which a token's header names.
    public var kid: String
    /// `sig`: the key verifies signatures.
    public var use: JSONWebKeyUse
    /// The `alg` member.
    public var alg: LicenseTokenAlgorithm

    /// A value with these members; optional ones default to absent.
    public init(kty: JSONWebKeyKty, crv: JSONWebKeyCrv? = nil, x: String? = nil, n: String? = nil, e: String? = nil, kid: String, use: JSONWebKeyUse, alg: LicenseTokenAlgorithm) {
        self.kty = kty
        self.crv = crv
        self.x = x
        self.n = n
        self.e = e
        self.kid = kid
        self.use = use
        self.alg = alg
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kty
        case crv
        case x
        case n
        case e
        case kid
        case use
        case alg
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kty = try container.decode(JSONWebKeyKty.self, forKey: .kty)
        self.crv = try container.decodeIfPresent(JSONWebKeyCrv.self, forKey: .crv)
        self.x = try container.decodeIfPresent(String.self, forKey: .x)
        self.n = try container.decodeIfPresent(String.self, forKey: .n)
        self.e = try container.decodeIfPresent(String.self, forKey: .e)
        self.kid = try container.decode(String.self, forKey: .kid)
        self.use = try container.decode(JSONWebKeyUse.self, forKey: .use)
        self.alg = try container.decode(LicenseTokenAlgorithm.self, forKey: .alg)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kty, forKey: .kty)
        try container.encodeIfPresent(self.crv, forKey: .crv)
        try container.encodeIfPresent(self.x, forKey: .x)
        try container.encodeIfPresent(self.n, forKey: .n)
        try container.encodeIfPresent(self.e, forKey: .e)
        try container.encode(self.kid, forKey: .kid)
        try container.encode(self.use, forKey: .use)
        try container.encode(self.alg, forKey: .alg)
    }
}

extension JSONWebKey: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("alg", self.alg)
        if let value = self.crv { writer.field("crv", value) }
        if let value = self.e { writer.field("e", value) }
        writer.field("kid", self.kid)
        writer.field("kty", self.kty)
        if let value = self.n { writer.field("n", value) }
        writer.field("use", self.use)
        if let value = self.x { writer.field("x", value) }
        writer.endObject()
    }
}

/// A JWK Set (RFC 7517, section 5).
///
/// - Remark: Generated from `#/components/schemas/JSONWebKeySet`.
public struct JSONWebKeySet: Codable, Hashable, Sendable {
    /// Every token key asked for, newest first.
    public var keys: [JSONWebKey]

    /// A value with these members; optional ones default to absent.
    public init(keys: [JSONWebKey]) {
        self.keys = keys
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case keys
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.keys = try container.decode([JSONWebKey].self, forKey: .keys)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.keys, forKey: .keys)
    }
}

extension JSONWebKeySet: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("keys", self.keys)
        writer.endObject()
    }
}
