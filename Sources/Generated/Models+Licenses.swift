// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// How long the file is valid, and the key to encrypt it for.
///
/// - Remark: Generated from `#/components/schemas/LicenseFileRequest`.
public struct LicenseFileRequest: Codable, Hashable, Sendable {
    /// Days the file is valid from its issue; it never outlasts the license itself.
    ///
    /// Default: `30`.
    public var ttlDays: Int?
    /// The license's full key, to encrypt the payload for; only a holder of the key can then read it.
    public var licenseKey: String?
    /// A machine's fingerprint: the file becomes a machine file for that machine, which is activated on the license first if it is not active (an air-gapped activation, under the ordinary seat rules).
    public var fingerprint: String?

    /// A value with these members; optional ones default to absent.
    public init(ttlDays: Int? = nil, licenseKey: String? = nil, fingerprint: String? = nil) {
        self.ttlDays = ttlDays
        self.licenseKey = licenseKey
        self.fingerprint = fingerprint
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case ttlDays = "ttl_days"
        case licenseKey = "license_key"
        case fingerprint
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ttlDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .ttlDays)
        self.licenseKey = try container.decodeIfPresentRejectingNull(String.self, forKey: .licenseKey)
        self.fingerprint = try container.decodeIfPresentRejectingNull(String.self, forKey: .fingerprint)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.ttlDays, forKey: .ttlDays)
        try container.encodeIfPresent(self.licenseKey, forKey: .licenseKey)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
    }
}

extension LicenseFileRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        if let value = self.licenseKey { writer.field("license_key", value) }
        if let value = self.ttlDays { writer.field("ttl_days", value) }
        writer.endObject()
    }
}

extension LicenseFileRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(ttlDays, minimum: 1, maximum: 3650, field: path + "ttl_days")
        try Validation.check(licenseKey, minLength: 47, maxLength: 47, pattern: "^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", field: path + "license_key")
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
    }
}

/// A license file to verify, and the key to decrypt it with when it is encrypted.
///
/// - Remark: Generated from `#/components/schemas/LicenseFileVerifyRequest`.
public struct LicenseFileVerifyRequest: Codable, Hashable, Sendable {
    /// The whole armored certificate.
    public var certificate: String
    /// The license's full key, for an encrypted file.
    public var licenseKey: String?
    /// For a machine file, the fingerprint of the machine it must be for (and, encrypted, to decrypt it).
    public var fingerprint: String?

    /// A value with these members; optional ones default to absent.
    public init(certificate: String, licenseKey: String? = nil, fingerprint: String? = nil) {
        self.certificate = certificate
        self.licenseKey = licenseKey
        self.fingerprint = fingerprint
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case certificate
        case licenseKey = "license_key"
        case fingerprint
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.certificate = try container.decode(String.self, forKey: .certificate)
        self.licenseKey = try container.decodeIfPresentRejectingNull(String.self, forKey: .licenseKey)
        self.fingerprint = try container.decodeIfPresentRejectingNull(String.self, forKey: .fingerprint)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.certificate, forKey: .certificate)
        try container.encodeIfPresent(self.licenseKey, forKey: .licenseKey)
        try container.encodeIfPresent(self.fingerprint, forKey: .fingerprint)
    }
}

extension LicenseFileVerifyRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("certificate", self.certificate)
        if let value = self.fingerprint { writer.field("fingerprint", value) }
        if let value = self.licenseKey { writer.field("license_key", value) }
        writer.endObject()
    }
}

extension LicenseFileVerifyRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(certificate, minLength: 1, maxLength: 65536, field: path + "certificate")
        try Validation.check(licenseKey, minLength: 47, maxLength: 47, pattern: "^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", field: path + "license_key")
        try Validation.check(fingerprint, minLength: 1, maxLength: 512, pattern: "^[ -~]*$", field: path + "fingerprint")
    }
}

/// Why a license file does not hold: `malformed` (not an armored certificate of this layout), `unknown_key` (the payload names a key that is not the account's, or the account has none), `signature` (no key of the account makes the signature; a changed file says this), `decryption` (an encrypted file without the right `license_key`, or `fingerprint` for a machine file), `wrong_machine` (a machine file for another fingerprint than the one given), `expired` (past its `expiry`), `license_revoked` (the license was revoked since).
///
/// - Remark: Generated from `#/components/schemas/LicenseFileError`.
public enum LicenseFileError: OpenEnum {
    /// `malformed`.
    case malformed
    /// `unknown_key`.
    case unknownKey
    /// `signature`.
    case signature
    /// `decryption`.
    case decryption
    /// `wrong_machine`.
    case wrongMachine
    /// `expired`.
    case expired
    /// `license_revoked`.
    case licenseRevoked
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseFileError] = [.malformed, .unknownKey, .signature, .decryption, .wrongMachine, .expired, .licenseRevoked]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "malformed": self = .malformed
        case "unknown_key": self = .unknownKey
        case "signature": self = .signature
        case "decryption": self = .decryption
        case "wrong_machine": self = .wrongMachine
        case "expired": self = .expired
        case "license_revoked": self = .licenseRevoked
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .malformed: "malformed"
        case .unknownKey: "unknown_key"
        case .signature: "signature"
        case .decryption: "decryption"
        case .wrongMachine: "wrong_machine"
        case .expired: "expired"
        case .licenseRevoked: "license_revoked"
        case .unrecognized(let value): value
        }
    }
}

/// What verifying a license file found.
///
/// - Remark: Generated from `#/components/schemas/LicenseFileVerification`.
public struct LicenseFileVerification: Codable, Hashable, Sendable {
    /// Whether the file holds now (`errors` is empty).
    public var valid: Bool
    /// Every reason it does not, in the order checked.
    public var errors: [LicenseFileError]
    /// The `alg` member, absent when not given.
    public var alg: LicenseFileAlgorithm?
    /// The key that made the signature, when one of the account's did.
    public var kid: String?
    /// The decoded payload (`LicenseFilePayload`), when the signature verifies and it could be read.
    public var content: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(valid: Bool, errors: [LicenseFileError], alg: LicenseFileAlgorithm? = nil, kid: String? = nil, content: [String: JSONValue]? = nil) {
        self.valid = valid
        self.errors = errors
        self.alg = alg
        self.kid = kid
        self.content = content
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case valid
        case errors
        case alg
        case kid
        case content
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.valid = try container.decode(Bool.self, forKey: .valid)
        self.errors = try container.decode([LicenseFileError].self, forKey: .errors)
        self.alg = try container.decodeIfPresent(LicenseFileAlgorithm.self, forKey: .alg)
        self.kid = try container.decodeIfPresent(String.self, forKey: .kid)
        self.content = try container.decodeIfPresent([String: JSONValue].self, forKey: .content)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.valid, forKey: .valid)
        try container.encode(self.errors, forKey: .errors)
        try container.encodeIfPresent(self.alg, forKey: .alg)
        try container.encodeIfPresent(self.kid, forKey: .kid)
        try container.encodeIfPresent(self.content, forKey: .content)
    }
}

extension LicenseFileVerification: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.alg { writer.field("alg", value) }
        if let value = self.content { writer.field("content", value) }
        writer.field("errors", self.errors)
        if let value = self.kid { writer.field("kid", value) }
        writer.field("valid", self.valid)
        writer.endObject()
    }
}

/// The licenses to check, by id and by full key; at most 100 items in both lists together.
///
/// - Remark: Generated from `#/components/schemas/LicenseRevocationCheckRequest`.
public struct LicenseRevocationCheckRequest: Codable, Hashable, Sendable {
    /// License ids.
    public var licenseIDs: [String]?
    /// Full license keys (`lsk_…`), as issued.
    public var licenseKeys: [String]?

    /// A value with these members; optional ones default to absent.
    public init(licenseIDs: [String]? = nil, licenseKeys: [String]? = nil) {
        self.licenseIDs = licenseIDs
        self.licenseKeys = licenseKeys
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenseIDs = "license_ids"
        case licenseKeys = "license_keys"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenseIDs = try container.decodeIfPresentRejectingNull([String].self, forKey: .licenseIDs)
        self.licenseKeys = try container.decodeIfPresentRejectingNull([String].self, forKey: .licenseKeys)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.licenseIDs, forKey: .licenseIDs)
        try container.encodeIfPresent(self.licenseKeys, forKey: .licenseKeys)
    }
}

extension LicenseRevocationCheckRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.licenseIDs { writer.field("license_ids", value) }
        if let value = self.licenseKeys { writer.field("license_keys", value) }
        writer.endObject()
    }
}

extension LicenseRevocationCheckRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(count: licenseIDs, maxItems: 100, field: path + "license_ids")
        for (index, item) in (licenseIDs ?? []).enumerated() {
            try Validation.check(item, minLength: 1, maxLength: 64, field: path + "license_ids" + "[\(index)]")
        }
        try Validation.check(count: licenseKeys, maxItems: 100, field: path + "license_keys")
        for (index, item) in (licenseKeys ?? []).enumerated() {
            try Validation.check(item, minLength: 47, maxLength: 47, pattern: "^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", field: path + "license_keys" + "[\(index)]")
        }
    }
}

/// A license's `LicenseStatus`, or `not_found` for an item that names no license of the account.
///
/// - Remark: Generated from `#/components/schemas/LicenseRevocationStatus`.
public enum LicenseRevocationStatus: OpenEnum {
    /// `active`.
    case active
    /// `suspended`.
    case suspended
    /// `expired`.
    case expired
    /// `revoked`.
    case revoked
    /// `grace_period`.
    case gracePeriod
    /// `not_found`.
    case notFound
    /// A value this version of the contract does not define.
    case unrecognized(String)

    /// Every value the contract defines, in its order.
    public static let knownCases: [LicenseRevocationStatus] = [.active, .suspended, .expired, .revoked, .gracePeriod, .notFound]

    /// The case for a wire value; one the contract does not define becomes `unrecognized`.
    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "suspended": self = .suspended
        case "expired": self = .expired
        case "revoked": self = .revoked
        case "grace_period": self = .gracePeriod
        case "not_found": self = .notFound
        default: self = .unrecognized(rawValue)
        }
    }

    /// The value as the wire carries it.
    public var rawValue: String {
        switch self {
        case .active: "active"
        case .suspended: "suspended"
        case .expired: "expired"
        case .revoked: "revoked"
        case .gracePeriod: "grace_period"
        case .notFound: "not_found"
        case .unrecognized(let value): value
        }
    }
}

/// What one item of the check found.
///
/// - Remark: Generated from `#/components/schemas/LicenseRevocationResult`.
public struct LicenseRevocationResult: Codable, Hashable, Sendable {
    /// The license the item names; `null` when it names none.
    public var licenseID: String?
    /// The `status` member.
    public var status: LicenseRevocationStatus
    /// When the license was revoked; `null` unless it is.
    public var revokedAt: Date?

    /// A value with these members; optional ones default to absent.
    public init(licenseID: String? = nil, status: LicenseRevocationStatus, revokedAt: Date? = nil) {
        self.licenseID = licenseID
        self.status = status
        self.revokedAt = revokedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenseID = "license_id"
        case status
        case revokedAt = "revoked_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenseID = try container.decode(String?.self, forKey: .licenseID)
        self.status = try container.decode(LicenseRevocationStatus.self, forKey: .status)
        self.revokedAt = try container.decode(Date?.self, forKey: .revokedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.status, forKey: .status)
        try container.encode(self.revokedAt, forKey: .revokedAt)
    }
}

extension LicenseRevocationResult: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("license_id", self.licenseID)
        writer.field("revoked_at", self.revokedAt)
        writer.field("status", self.status)
        writer.endObject()
    }
}

/// The results of a revocation check.
///
/// - Remark: Generated from `#/components/schemas/LicenseRevocationCheck`.
public struct LicenseRevocationCheck: Codable, Hashable, Sendable {
    /// One result per item sent, `license_ids` first, then `license_keys`, each in order.
    public var results: [LicenseRevocationResult]
    /// The moment the statuses were read at.
    public var checkedAt: Date

    /// A value with these members; optional ones default to absent.
    public init(results: [LicenseRevocationResult], checkedAt: Date) {
        self.results = results
        self.checkedAt = checkedAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case results
        case checkedAt = "checked_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.results = try container.decode([LicenseRevocationResult].self, forKey: .results)
        self.checkedAt = try container.decode(Date.self, forKey: .checkedAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.results, forKey: .results)
        try container.encode(self.checkedAt, forKey: .checkedAt)
    }
}

extension LicenseRevocationCheck: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("checked_at", self.checkedAt)
        writer.field("results", self.results)
        writer.endObject()
    }
}

/// A license key to look up.
///
/// - Remark: Generated from `#/components/schemas/LicenseLookupRequest`.
public struct LicenseLookupRequest: Codable, Hashable, Sendable {
    /// The full license key, as issued: `lsk_` and the unpadded base64url encoding of 32 bytes, whose last character therefore carries two zero bits.
    public var licenseKey: String

    /// A value with these members; optional ones default to absent.
    public init(licenseKey: String) {
        self.licenseKey = licenseKey
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenseKey = "license_key"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenseKey = try container.decode(String.self, forKey: .licenseKey)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.licenseKey, forKey: .licenseKey)
    }
}

extension LicenseLookupRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("license_key", self.licenseKey)
        writer.endObject()
    }
}

extension LicenseLookupRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(licenseKey, minLength: 47, maxLength: 47, pattern: "^lsk_[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$", field: path + "license_key")
    }
}

/// A new license.
///
/// - Remark: Generated from `#/components/schemas/LicenseCreateRequest`.
public struct LicenseCreateRequest: Codable, Hashable, Sendable {
    /// Product to license.
    public var productID: String
    /// Policy of that product whose rules apply.
    public var policyID: String
    /// Customer to link.
    public var customerID: String?
    /// Origin order (same product). When it links to a subscription and `subscription_id` is absent, that subscription is linked too.
    public var orderID: String?
    /// Origin subscription (same product).
    public var subscriptionID: String?
    /// Licensee email to record on the license.
    public var customerEmail: String?
    /// Licensee name to record on the license.
    public var customerName: String?
    /// Start of validity; creation time when absent.
    public var startsAt: Date?
    /// End of validity. Expected for `time_limited` and `trial` licenses; absent means no expiry.
    public var expiresAt: Date?
    /// Maintenance cut-off; only accepted for `perpetual` licenses.
    public var maintenanceExpiresAt: Date?
    /// This license's own limit of node-locked devices active at once, in place of its policy's `max_activations`; absent to follow the policy.
    public var maxActivations: Int?
    /// This license's own limit of concurrent floating leases, in place of its policy's; absent to follow the policy.
    public var maxFloatingUsers: Int?
    /// This license's own limit of active container instances, in place of its policy's; absent to follow the policy.
    public var maxContainerInstances: Int?
    /// This license's own limit of transfers, in place of its policy's `max_transfers`; absent to follow the policy.
    public var maxTransfers: Int?
    /// Features of the product to assign at issue, in the same transaction as the license (all or none). Each names its feature by exactly one of `feature_id` and `feature_code`, at most once in the list.
    public var features: [LicenseFeatureGrant]?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(productID: String, policyID: String, customerID: String? = nil, orderID: String? = nil, subscriptionID: String? = nil, customerEmail: String? = nil, customerName: String? = nil, startsAt: Date? = nil, expiresAt: Date? = nil, maintenanceExpiresAt: Date? = nil, maxActivations: Int? = nil, maxFloatingUsers: Int? = nil, maxContainerInstances: Int? = nil, maxTransfers: Int? = nil, features: [LicenseFeatureGrant]? = nil, metadata: [String: JSONValue]? = nil) {
        self.productID = productID
        self.policyID = policyID
        self.customerID = customerID
        self.orderID = orderID
        self.subscriptionID = subscriptionID
        self.customerEmail = customerEmail
        self.customerName = customerName
        self.startsAt = startsAt
        self.expiresAt = expiresAt
        self.maintenanceExpiresAt = maintenanceExpiresAt
        self.maxActivations = maxActivations
        self.maxFloatingUsers = maxFloatingUsers
        self.maxContainerInstances = maxContainerInstances
        self.maxTransfers = maxTransfers
        self.features = features
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case productID = "product_id"
        case policyID = "policy_id"
        case customerID = "customer_id"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
        case customerEmail = "customer_email"
        case customerName = "customer_name"
        case startsAt = "starts_at"
        case expiresAt = "expires_at"
        case maintenanceExpiresAt = "maintenance_expires_at"
        case maxActivations = "max_activations"
        case maxFloatingUsers = "max_floating_users"
        case maxContainerInstances = "max_container_instances"
        case maxTransfers = "max_transfers"
        case features
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.productID = try container.decode(String.self, forKey: .productID)
        self.policyID = try container.decode(String.self, forKey: .policyID)
        self.customerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerID)
        self.orderID = try container.decodeIfPresentRejectingNull(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresentRejectingNull(String.self, forKey: .subscriptionID)
        self.customerEmail = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerEmail)
        self.customerName = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerName)
        self.startsAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .startsAt)
        self.expiresAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .expiresAt)
        self.maintenanceExpiresAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .maintenanceExpiresAt)
        self.maxActivations = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxActivations)
        self.maxFloatingUsers = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxFloatingUsers)
        self.maxContainerInstances = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxContainerInstances)
        self.maxTransfers = try container.decodeIfPresentRejectingNull(Int.self, forKey: .maxTransfers)
        self.features = try container.decodeIfPresentRejectingNull([LicenseFeatureGrant].self, forKey: .features)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.productID, forKey: .productID)
        try container.encode(self.policyID, forKey: .policyID)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
        try container.encodeIfPresent(self.customerEmail, forKey: .customerEmail)
        try container.encodeIfPresent(self.customerName, forKey: .customerName)
        try container.encodeIfPresent(self.startsAt, forKey: .startsAt)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.maintenanceExpiresAt, forKey: .maintenanceExpiresAt)
        try container.encodeIfPresent(self.maxActivations, forKey: .maxActivations)
        try container.encodeIfPresent(self.maxFloatingUsers, forKey: .maxFloatingUsers)
        try container.encodeIfPresent(self.maxContainerInstances, forKey: .maxContainerInstances)
        try container.encodeIfPresent(self.maxTransfers, forKey: .maxTransfers)
        try container.encodeIfPresent(self.features, forKey: .features)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension LicenseCreateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.customerEmail { writer.field("customer_email", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.customerName { writer.field("customer_name", value) }
        if let value = self.expiresAt { writer.field("expires_at", value) }
        if let value = self.features { writer.field("features", value) }
        if let value = self.maintenanceExpiresAt { writer.field("maintenance_expires_at", value) }
        if let value = self.maxActivations { writer.field("max_activations", value) }
        if let value = self.maxContainerInstances { writer.field("max_container_instances", value) }
        if let value = self.maxFloatingUsers { writer.field("max_floating_users", value) }
        if let value = self.maxTransfers { writer.field("max_transfers", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.orderID { writer.field("order_id", value) }
        writer.field("policy_id", self.policyID)
        writer.field("product_id", self.productID)
        if let value = self.startsAt { writer.field("starts_at", value) }
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.endObject()
    }
}

extension LicenseCreateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(productID, minLength: 1, field: path + "product_id")
        try Validation.check(policyID, minLength: 1, field: path + "policy_id")
        try Validation.check(customerEmail, maxLength: 254, pattern: "^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$", field: path + "customer_email")
        try Validation.check(customerName, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "customer_name")
        try Validation.check(maxActivations, minimum: 0, maximum: 2147483647, field: path + "max_activations")
        try Validation.check(maxFloatingUsers, minimum: 0, maximum: 2147483647, field: path + "max_floating_users")
        try Validation.check(maxContainerInstances, minimum: 0, maximum: 2147483647, field: path + "max_container_instances")
        try Validation.check(maxTransfers, minimum: 0, maximum: 2147483647, field: path + "max_transfers")
        try Validation.check(count: features, maxItems: 100, field: path + "features")
        for (index, item) in (features ?? []).enumerated() {
            try item.validate(at: path + "features" + "[\(index)].")
        }
    }
}

/// A feature assigned as the license is issued: exactly one of `feature_id` and `feature_code`, and an optional quota. It starts enabled, for the license's lifetime, with nothing consumed.
///
/// - Remark: Generated from `#/components/schemas/LicenseFeatureGrant`.
public struct LicenseFeatureGrant: Codable, Hashable, Sendable {
    /// Feature of the license's product, by id.
    public var featureID: String?
    /// Feature of the license's product, by code.
    public var featureCode: String?
    /// Quota of metered units (at most 2^53 − 1); absent for unlimited use.
    public var maxConsumptions: Int64?

    /// A value with these members; optional ones default to absent.
    public init(featureID: String? = nil, featureCode: String? = nil, maxConsumptions: Int64? = nil) {
        self.featureID = featureID
        self.featureCode = featureCode
        self.maxConsumptions = maxConsumptions
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case featureID = "feature_id"
        case featureCode = "feature_code"
        case maxConsumptions = "max_consumptions"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.featureID = try container.decodeIfPresentRejectingNull(String.self, forKey: .featureID)
        self.featureCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .featureCode)
        self.maxConsumptions = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .maxConsumptions)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.featureID, forKey: .featureID)
        try container.encodeIfPresent(self.featureCode, forKey: .featureCode)
        try container.encodeIfPresent(self.maxConsumptions, forKey: .maxConsumptions)
    }
}

extension LicenseFeatureGrant: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.featureCode { writer.field("feature_code", value) }
        if let value = self.featureID { writer.field("feature_id", value) }
        if let value = self.maxConsumptions { writer.field("max_consumptions", value) }
        writer.endObject()
    }
}

extension LicenseFeatureGrant: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(featureID, minLength: 1, field: path + "feature_id")
        try Validation.check(featureCode, minLength: 1, maxLength: 64, field: path + "feature_code")
        try Validation.check(maxConsumptions, minimum: 0, maximum: 9007199254740991, field: path + "max_consumptions")
    }
}

/// Changes to a license's licensee, metadata, limits and policy. Absent fields are left unchanged; `null` clears the licensee's name or e-mail, and makes a limit follow the policy again. Status and dates change through their own operations (suspend, reinstate, revoke, renew, transfer).
///
/// - Remark: Generated from `#/components/schemas/LicenseUpdateRequest`.
public struct LicenseUpdateRequest: Codable, Hashable, Sendable {
    /// Licensee name recorded on the license.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var customerName: Nullable<String>?
    /// Licensee email recorded on the license.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var customerEmail: Nullable<String>?
    /// Another policy of the license's product, issuing the same `license_type`: an upgrade or a downgrade.
    public var policyID: String?
    /// The license's own `max_activations`; `null` follows the policy.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var maxActivations: Nullable<Int>?
    /// The license's own `max_floating_users`; `null` follows the policy.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var maxFloatingUsers: Nullable<Int>?
    /// The license's own `max_container_instances`; `null` follows the policy.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var maxContainerInstances: Nullable<Int>?
    /// The license's own `max_transfers`; `null` follows the policy.
    ///
    /// Absent leaves the value unchanged; `.null` clears it.
    public var maxTransfers: Nullable<Int>?
    /// Replaces the stored metadata object as a whole.
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(customerName: Nullable<String>? = nil, customerEmail: Nullable<String>? = nil, policyID: String? = nil, maxActivations: Nullable<Int>? = nil, maxFloatingUsers: Nullable<Int>? = nil, maxContainerInstances: Nullable<Int>? = nil, maxTransfers: Nullable<Int>? = nil, metadata: [String: JSONValue]? = nil) {
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.policyID = policyID
        self.maxActivations = maxActivations
        self.maxFloatingUsers = maxFloatingUsers
        self.maxContainerInstances = maxContainerInstances
        self.maxTransfers = maxTransfers
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customerName = "customer_name"
        case customerEmail = "customer_email"
        case policyID = "policy_id"
        case maxActivations = "max_activations"
        case maxFloatingUsers = "max_floating_users"
        case maxContainerInstances = "max_container_instances"
        case maxTransfers = "max_transfers"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customerName = try container.decodeNullable(String.self, forKey: .customerName)
        self.customerEmail = try container.decodeNullable(String.self, forKey: .customerEmail)
        self.policyID = try container.decodeIfPresentRejectingNull(String.self, forKey: .policyID)
        self.maxActivations = try container.decodeNullable(Int.self, forKey: .maxActivations)
        self.maxFloatingUsers = try container.decodeNullable(Int.self, forKey: .maxFloatingUsers)
        self.maxContainerInstances = try container.decodeNullable(Int.self, forKey: .maxContainerInstances)
        self.maxTransfers = try container.decodeNullable(Int.self, forKey: .maxTransfers)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeNullable(self.customerName, forKey: .customerName)
        try container.encodeNullable(self.customerEmail, forKey: .customerEmail)
        try container.encodeIfPresent(self.policyID, forKey: .policyID)
        try container.encodeNullable(self.maxActivations, forKey: .maxActivations)
        try container.encodeNullable(self.maxFloatingUsers, forKey: .maxFloatingUsers)
        try container.encodeNullable(self.maxContainerInstances, forKey: .maxContainerInstances)
        try container.encodeNullable(self.maxTransfers, forKey: .maxTransfers)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension LicenseUpdateRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        switch self.customerEmail {
        case .null?: writer.nullField("customer_email")
        case .value(let value)?: writer.field("customer_email", value)
        case nil: break
        }
        switch self.customerName {
        case .null?: writer.nullField("customer_name")
        case .value(let value)?: writer.field("customer_name", value)
        case nil: break
        }
        switch self.maxActivations {
        case .null?: writer.nullField("max_activations")
        case .value(let value)?: writer.field("max_activations", value)
        case nil: break
        }
        switch self.maxContainerInstances {
        case .null?: writer.nullField("max_container_instances")
        case .value(let value)?: writer.field("max_container_instances", value)
        case nil: break
        }
        switch self.maxFloatingUsers {
        case .null?: writer.nullField("max_floating_users")
        case .value(let value)?: writer.field("max_floating_users", value)
        case nil: break
        }
        switch self.maxTransfers {
        case .null?: writer.nullField("max_transfers")
        case .value(let value)?: writer.field("max_transfers", value)
        case nil: break
        }
        if let value = self.metadata { writer.field("metadata", value) }
        if let value = self.policyID { writer.field("policy_id", value) }
        writer.endObject()
    }
}

extension LicenseUpdateRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(customerName?.wrapped, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "customer_name")
        try Validation.check(customerEmail?.wrapped, maxLength: 254, pattern: "^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$", field: path + "customer_email")
        try Validation.check(policyID, minLength: 1, field: path + "policy_id")
        try Validation.check(maxActivations?.wrapped, minimum: 0, maximum: 2147483647, field: path + "max_activations")
        try Validation.check(maxFloatingUsers?.wrapped, minimum: 0, maximum: 2147483647, field: path + "max_floating_users")
        try Validation.check(maxContainerInstances?.wrapped, minimum: 0, maximum: 2147483647, field: path + "max_container_instances")
        try Validation.check(maxTransfers?.wrapped, minimum: 0, maximum: 2147483647, field: path + "max_transfers")
    }
}

/// A freshly issued license together with its key.
///
/// - Remark: Generated from `#/components/schemas/LicenseCreateResponse`.
public struct LicenseCreateResponse: Codable, Hashable, Sendable {
    /// The `license` member.
    public var license: License
    /// The full `lsk_…` license key. Shown only in this response; the server keeps only a keyed hash of it.
    public var licenseKey: String

    /// A value with these members; optional ones default to absent.
    public init(license: License, licenseKey: String) {
        self.license = license
        self.licenseKey = licenseKey
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case license
        case licenseKey = "license_key"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.license = try container.decode(License.self, forKey: .license)
        self.licenseKey = try container.decode(String.self, forKey: .licenseKey)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.license, forKey: .license)
        try container.encode(self.licenseKey, forKey: .licenseKey)
    }
}

extension LicenseCreateResponse: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("license", self.license)
        writer.field("license_key", self.licenseKey)
        writer.endObject()
    }
}

/// A renewal. Send exactly one of `expires_at` or `extend_by_days`. An extension counts from the current expiry while the license is still valid, otherwise from now.
///
/// - Remark: Generated from `#/components/schemas/LicenseRenewRequest`.
public struct LicenseRenewRequest: Codable, Hashable, Sendable {
    /// New expiry; must be later than the current one.
    public var expiresAt: Date?
    /// Days to add, at most 36500 (a hundred years). The new expiry must not pass 9999-12-31T23:59:59Z, the last instant RFC 3339 can write (422 naming `extend_by_days`).
    public var extendByDays: Int?
    /// Order that paid for the renewal (same product). Recorded in the audit trail; the license's origin links are not changed.
    public var orderID: String?
    /// Subscription behind the renewal (same product). Recorded in the audit trail; the license's origin links are not changed.
    public var subscriptionID: String?

    /// A value with these members; optional ones default to absent.
    public init(expiresAt: Date? = nil, extendByDays: Int? = nil, orderID: String? = nil, subscriptionID: String? = nil) {
        self.expiresAt = expiresAt
        self.extendByDays = extendByDays
        self.orderID = orderID
        self.subscriptionID = subscriptionID
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case expiresAt = "expires_at"
        case extendByDays = "extend_by_days"
        case orderID = "order_id"
        case subscriptionID = "subscription_id"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.expiresAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .expiresAt)
        self.extendByDays = try container.decodeIfPresentRejectingNull(Int.self, forKey: .extendByDays)
        self.orderID = try container.decodeIfPresentRejectingNull(String.self, forKey: .orderID)
        self.subscriptionID = try container.decodeIfPresentRejectingNull(String.self, forKey: .subscriptionID)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.extendByDays, forKey: .extendByDays)
        try container.encodeIfPresent(self.orderID, forKey: .orderID)
        try container.encodeIfPresent(self.subscriptionID, forKey: .subscriptionID)
    }
}

extension LicenseRenewRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.expiresAt { writer.field("expires_at", value) }
        if let value = self.extendByDays { writer.field("extend_by_days", value) }
        if let value = self.orderID { writer.field("order_id", value) }
        if let value = self.subscriptionID { writer.field("subscription_id", value) }
        writer.endObject()
    }
}

extension LicenseRenewRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(extendByDays, minimum: 1, maximum: 36500, field: path + "extend_by_days")
    }
}

/// A change of licensee. Send at least one field; `reset_devices: false` alone changes nothing and is refused (422 naming `customer_id`).
///
/// - Remark: Generated from `#/components/schemas/LicenseTransferRequest`.
public struct LicenseTransferRequest: Codable, Hashable, Sendable {
    /// New customer; an empty string unlinks the current one.
    public var customerID: String?
    /// New licensee email.
    public var customerEmail: String?
    /// New licensee name.
    public var customerName: String?
    /// Also release every active device so the new licensee starts with free slots.
    ///
    /// Default: `false`.
    public var resetDevices: Bool?

    /// A value with these members; optional ones default to absent.
    public init(customerID: String? = nil, customerEmail: String? = nil, customerName: String? = nil, resetDevices: Bool? = nil) {
        self.customerID = customerID
        self.customerEmail = customerEmail
        self.customerName = customerName
        self.resetDevices = resetDevices
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case customerID = "customer_id"
        case customerEmail = "customer_email"
        case customerName = "customer_name"
        case resetDevices = "reset_devices"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.customerID = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerID)
        self.customerEmail = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerEmail)
        self.customerName = try container.decodeIfPresentRejectingNull(String.self, forKey: .customerName)
        self.resetDevices = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .resetDevices)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.customerID, forKey: .customerID)
        try container.encodeIfPresent(self.customerEmail, forKey: .customerEmail)
        try container.encodeIfPresent(self.customerName, forKey: .customerName)
        try container.encodeIfPresent(self.resetDevices, forKey: .resetDevices)
    }
}

extension LicenseTransferRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.customerEmail { writer.field("customer_email", value) }
        if let value = self.customerID { writer.field("customer_id", value) }
        if let value = self.customerName { writer.field("customer_name", value) }
        if let value = self.resetDevices { writer.field("reset_devices", value) }
        writer.endObject()
    }
}

extension LicenseTransferRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(customerEmail, maxLength: 254, pattern: "^[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+@[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*\\.[^@\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[^@.\\t\\n\\x0B\\f\\r \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]$", field: path + "customer_email")
        try Validation.check(customerName, minLength: 1, maxLength: 200, pattern: "^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\x00-\\x20\\x7F-\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\x00-\\x1F\\x7F-\\x9F]*$", field: path + "customer_name")
    }
}

/// A feature assigned to a license, with its usage counters.
///
/// - Remark: Generated from `#/components/schemas/LicenseFeature`.
public struct LicenseFeature: Codable, Hashable, Sendable {
    /// License holding the assignment.
    public var licenseID: String
    /// Assigned feature.
    public var featureID: String
    /// Code of the feature.
    public var featureCode: String
    /// Display name of the feature.
    public var featureName: String
    /// Whether the entitlement is currently granted.
    public var enabled: Bool
    /// Quota of metered units; absent when usage is not limited.
    public var maxConsumptions: Int64?
    /// Units consumed so far; never more than 2^53 − 1.
    public var totalConsumptions: Int64
    /// Units left before the quota is reached; absent when usage is not limited.
    public var remaining: Int64?
    /// When the entitlement ends; absent when it lasts as long as the license.
    public var expiresAt: Date?
    /// Free-form JSON object supplied by the caller; an empty object when none was set.
    public var metadata: [String: JSONValue]

    /// A value with these members; optional ones default to absent.
    public init(licenseID: String, featureID: String, featureCode: String, featureName: String, enabled: Bool, maxConsumptions: Int64? = nil, totalConsumptions: Int64, remaining: Int64? = nil, expiresAt: Date? = nil, metadata: [String: JSONValue]) {
        self.licenseID = licenseID
        self.featureID = featureID
        self.featureCode = featureCode
        self.featureName = featureName
        self.enabled = enabled
        self.maxConsumptions = maxConsumptions
        self.totalConsumptions = totalConsumptions
        self.remaining = remaining
        self.expiresAt = expiresAt
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case licenseID = "license_id"
        case featureID = "feature_id"
        case featureCode = "feature_code"
        case featureName = "feature_name"
        case enabled
        case maxConsumptions = "max_consumptions"
        case totalConsumptions = "total_consumptions"
        case remaining
        case expiresAt = "expires_at"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.licenseID = try container.decode(String.self, forKey: .licenseID)
        self.featureID = try container.decode(String.self, forKey: .featureID)
        self.featureCode = try container.decode(String.self, forKey: .featureCode)
        self.featureName = try container.decode(String.self, forKey: .featureName)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
        self.maxConsumptions = try container.decodeIfPresent(Int64.self, forKey: .maxConsumptions)
        self.totalConsumptions = try container.decode(Int64.self, forKey: .totalConsumptions)
        self.remaining = try container.decodeIfPresent(Int64.self, forKey: .remaining)
        self.expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.licenseID, forKey: .licenseID)
        try container.encode(self.featureID, forKey: .featureID)
        try container.encode(self.featureCode, forKey: .featureCode)
        try container.encode(self.featureName, forKey: .featureName)
        try container.encode(self.enabled, forKey: .enabled)
        try container.encodeIfPresent(self.maxConsumptions, forKey: .maxConsumptions)
        try container.encode(self.totalConsumptions, forKey: .totalConsumptions)
        try container.encodeIfPresent(self.remaining, forKey: .remaining)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encode(self.metadata, forKey: .metadata)
    }
}

extension LicenseFeature: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("enabled", self.enabled)
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("feature_code", self.featureCode)
        writer.field("feature_id", self.featureID)
        writer.field("feature_name", self.featureName)
        writer.field("license_id", self.licenseID)
        if let value = self.maxConsumptions { writer.field("max_consumptions", value) }
        writer.field("metadata", self.metadata)
        if let value = self.remaining { writer.field("remaining", value) }
        writer.field("total_consumptions", self.totalConsumptions)
        writer.endObject()
    }
}

/// Assigns a feature to a license, or updates the existing assignment.
///
/// - Remark: Generated from `#/components/schemas/LicenseFeatureAssignRequest`.
public struct LicenseFeatureAssignRequest: Codable, Hashable, Sendable {
    /// Feature of the license's product.
    public var featureID: String
    /// Whether the entitlement is granted.
    ///
    /// Default: `true`.
    public var enabled: Bool?
    /// Quota of metered units (at most 2^53 − 1); absent for unlimited use.
    public var maxConsumptions: Int64?
    /// When the entitlement ends; absent for the license's lifetime.
    public var expiresAt: Date?
    /// Free-form JSON object for your own data, stored and returned unchanged (at most 16 KiB encoded, nested at most 63 levels, integers within 64 bits).
    public var metadata: [String: JSONValue]?

    /// A value with these members; optional ones default to absent.
    public init(featureID: String, enabled: Bool? = nil, maxConsumptions: Int64? = nil, expiresAt: Date? = nil, metadata: [String: JSONValue]? = nil) {
        self.featureID = featureID
        self.enabled = enabled
        self.maxConsumptions = maxConsumptions
        self.expiresAt = expiresAt
        self.metadata = metadata
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case featureID = "feature_id"
        case enabled
        case maxConsumptions = "max_consumptions"
        case expiresAt = "expires_at"
        case metadata
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.featureID = try container.decode(String.self, forKey: .featureID)
        self.enabled = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .enabled)
        self.maxConsumptions = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .maxConsumptions)
        self.expiresAt = try container.decodeIfPresentRejectingNull(Date.self, forKey: .expiresAt)
        self.metadata = try container.decodeIfPresentRejectingNull([String: JSONValue].self, forKey: .metadata)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.featureID, forKey: .featureID)
        try container.encodeIfPresent(self.enabled, forKey: .enabled)
        try container.encodeIfPresent(self.maxConsumptions, forKey: .maxConsumptions)
        try container.encodeIfPresent(self.expiresAt, forKey: .expiresAt)
        try container.encodeIfPresent(self.metadata, forKey: .metadata)
    }
}

extension LicenseFeatureAssignRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.enabled { writer.field("enabled", value) }
        if let value = self.expiresAt { writer.field("expires_at", value) }
        writer.field("feature_id", self.featureID)
        if let value = self.maxConsumptions { writer.field("max_consumptions", value) }
        if let value = self.metadata { writer.field("metadata", value) }
        writer.endObject()
    }
}

extension LicenseFeatureAssignRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(featureID, minLength: 1, field: path + "feature_id")
        try Validation.check(maxConsumptions, minimum: 0, maximum: 9007199254740991, field: path + "max_consumptions")
    }
}

/// Adjusts metered usage of one assigned feature. Select it with exactly one of `feature_id` or `feature_code`, then send at least one change.
///
/// - Remark: Generated from `#/components/schemas/LicenseFeatureUsageResetRequest`.
public struct LicenseFeatureUsageResetRequest: Codable, Hashable, Sendable {
    /// Assigned feature, by id.
    public var featureID: String?
    /// Assigned feature, by code.
    public var featureCode: String?
    /// Units to add to the quota. The resulting quota must stay within 2^53 − 1 (422 naming `add_credits` otherwise).
    public var addCredits: Int64?
    /// New quota.
    public var maxConsumptions: Int64?
    /// New consumed counter. The license's `total_consumptions` follows it and must stay within 2^53 − 1 (422 naming `total_consumptions` otherwise).
    public var totalConsumptions: Int64?
    /// `true` sets the consumed counter back to zero. Not with `total_consumptions`, whatever its value; `false` alone changes nothing and is refused like an empty adjustment.
    public var resetConsumed: Bool?

    /// A value with these members; optional ones default to absent.
    public init(featureID: String? = nil, featureCode: String? = nil, addCredits: Int64? = nil, maxConsumptions: Int64? = nil, totalConsumptions: Int64? = nil, resetConsumed: Bool? = nil) {
        self.featureID = featureID
        self.featureCode = featureCode
        self.addCredits = addCredits
        self.maxConsumptions = maxConsumptions
        self.totalConsumptions = totalConsumptions
        self.resetConsumed = resetConsumed
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case featureID = "feature_id"
        case featureCode = "feature_code"
        case addCredits = "add_credits"
        case maxConsumptions = "max_consumptions"
        case totalConsumptions = "total_consumptions"
        case resetConsumed = "reset_consumed"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.featureID = try container.decodeIfPresentRejectingNull(String.self, forKey: .featureID)
        self.featureCode = try container.decodeIfPresentRejectingNull(String.self, forKey: .featureCode)
        self.addCredits = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .addCredits)
        self.maxConsumptions = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .maxConsumptions)
        self.totalConsumptions = try container.decodeIfPresentRejectingNull(Int64.self, forKey: .totalConsumptions)
        self.resetConsumed = try container.decodeIfPresentRejectingNull(Bool.self, forKey: .resetConsumed)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.featureID, forKey: .featureID)
        try container.encodeIfPresent(self.featureCode, forKey: .featureCode)
        try container.encodeIfPresent(self.addCredits, forKey: .addCredits)
        try container.encodeIfPresent(self.maxConsumptions, forKey: .maxConsumptions)
        try container.encodeIfPresent(self.totalConsumptions, forKey: .totalConsumptions)
        try container.encodeIfPresent(self.resetConsumed, forKey: .resetConsumed)
    }
}

extension LicenseFeatureUsageResetRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        if let value = self.addCredits { writer.field("add_credits", value) }
        if let value = self.featureCode { writer.field("feature_code", value) }
        if let value = self.featureID { writer.field("feature_id", value) }
        if let value = self.maxConsumptions { writer.field("max_consumptions", value) }
        if let value = self.resetConsumed { writer.field("reset_consumed", value) }
        if let value = self.totalConsumptions { writer.field("total_consumptions", value) }
        writer.endObject()
    }
}

extension LicenseFeatureUsageResetRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(addCredits, minimum: 1, maximum: 9007199254740991, field: path + "add_credits")
        try Validation.check(maxConsumptions, minimum: 0, maximum: 9007199254740991, field: path + "max_consumptions")
        try Validation.check(totalConsumptions, minimum: 0, maximum: 9007199254740991, field: path + "total_consumptions")
    }
}

/// What RFC 7662, section 2.1, sends.
///
/// - Remark: Generated from `#/components/schemas/TokenIntrospectionRequest`.
public struct TokenIntrospectionRequest: Codable, Hashable, Sendable {
    /// The token, as `issueLicenseToken` gave it.
    public var token: String
    /// The RFC's hint of the token's type; every token here is a license token, so it is ignored.
    public var tokenTypeHint: String?

    /// A value with these members; optional ones default to absent.
    public init(token: String, tokenTypeHint: String? = nil) {
        self.token = token
        self.tokenTypeHint = tokenTypeHint
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case token
        case tokenTypeHint = "token_type_hint"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.token = try container.decode(String.self, forKey: .token)
        self.tokenTypeHint = try container.decodeIfPresentRejectingNull(String.self, forKey: .tokenTypeHint)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.token, forKey: .token)
        try container.encodeIfPresent(self.tokenTypeHint, forKey: .tokenTypeHint)
    }
}

extension TokenIntrospectionRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("token", self.token)
        if let value = self.tokenTypeHint { writer.field("token_type_hint", value) }
        writer.endObject()
    }
}

extension TokenIntrospectionRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(token, minLength: 1, maxLength: 8192, field: path + "token")
        try Validation.check(tokenTypeHint, maxLength: 64, field: path + "token_type_hint")
    }
}

/// What RFC 7009, section 2.1, sends.
///
/// - Remark: Generated from `#/components/schemas/TokenRevocationRequest`.
public struct TokenRevocationRequest: Codable, Hashable, Sendable {
    /// The token, as `issueLicenseToken` gave it.
    public var token: String
    /// The RFC's hint of the token's type; every token here is a license token, so it is ignored.
    public var tokenTypeHint: String?

    /// A value with these members; optional ones default to absent.
    public init(token: String, tokenTypeHint: String? = nil) {
        self.token = token
        self.tokenTypeHint = tokenTypeHint
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case token
        case tokenTypeHint = "token_type_hint"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.token = try container.decode(String.self, forKey: .token)
        self.tokenTypeHint = try container.decodeIfPresentRejectingNull(String.self, forKey: .tokenTypeHint)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.token, forKey: .token)
        try container.encodeIfPresent(self.tokenTypeHint, forKey: .tokenTypeHint)
    }
}

extension TokenRevocationRequest: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("token", self.token)
        if let value = self.tokenTypeHint { writer.field("token_type_hint", value) }
        writer.endObject()
    }
}

extension TokenRevocationRequest: Validatable {
    /// Checks the contract's constraints; `path` prefixes the field names an error reports.
    public func validate(at path: String) throws {
        try Validation.check(token, minLength: 1, maxLength: 8192, field: path + "token")
        try Validation.check(tokenTypeHint, maxLength: 64, field: path + "token_type_hint")
    }
}
