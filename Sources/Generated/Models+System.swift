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
