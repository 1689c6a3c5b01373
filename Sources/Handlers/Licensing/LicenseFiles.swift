public import Foundation
public import LocksmithAPI
import LocksmithCrypto

/// License files: a snapshot of a license, signed with the account's runtime key, that an application verifies with no
/// network. The layout is Keygen's license file certificate (`LicenseFile` in `openapi.yaml` gives every step): an
/// armored block around the standard base64 of `{"enc", "sig", "alg"}`, the signature over `license/` followed by
/// `enc` (`SigningPurpose.licenseFile`). A file is signed only, or encrypted for the license key when the request
/// brought it (`KeySeal`, with an `info` of its own).
enum LicenseFiles {
    /// What tells a license file from a machine file, wherever the format says.
    struct Variant: Sendable {
        var kind: LicenseFileKind
        var begin: String
        var end: String
        var purpose: SigningPurpose
        /// HKDF's `info` for an encrypted file's key.
        var info: String
        /// AES-GCM's associated data.
        var associatedData: [UInt8]

        static let license = Variant(
            kind: .license, begin: "-----BEGIN LICENSE FILE-----", end: "-----END LICENSE FILE-----", purpose: .licenseFile,
            info: "locksmith license file v1", associatedData: Array("license".utf8))
        static let machine = Variant(
            kind: .machine, begin: "-----BEGIN MACHINE FILE-----", end: "-----END MACHINE FILE-----", purpose: .machineFile,
            info: "locksmith machine file v1", associatedData: Array("machine".utf8))
        static let all = [license, machine]

        /// The secret an encrypted file's key derives from: the license key, followed for a machine file by the
        /// machine's fingerprint.
        func secret(licenseKey: String, fingerprint: String?) -> String {
            kind == .machine ? licenseKey + (fingerprint ?? "") : licenseKey
        }
    }

    /// Base64 lines of the armored body are at most this long, as Keygen writes them.
    static let lineLength = 60

    /// The certificate JSON.
    struct Certificate: Codable, Sendable {
        var enc: String
        var sig: String
        var alg: String
    }

    /// The payload of a file for the license in `state`, issued at `issued` for `ttl` seconds, never past the end of the
    /// license's validity (its grace period included).
    static func payload(
        _ state: RuntimeState, maxTransfers: Int, machine: (id: String, fingerprint: String)?, kid: String, issued: Date, ttl: Int
    ) -> (payload: [String: JSONValue], expiry: Date) {
        let license = state.license
        var expiry = issued.addingTimeInterval(TimeInterval(ttl))
        if let end = license.graceExpiresAt ?? license.expiresAt { expiry = min(expiry, end) }
        func date(_ value: Date?) -> JSONValue? { value.map { .string(RFC3339.string(from: $0)) } }
        var licenseObject: [String: JSONValue] = [
            "id": .string(license.id), "status": .string(license.status(at: issued).rawValue),
            "license_type": .string(state.policy.licenseType.rawValue), "entitlement_version": .integer(license.entitlementVersion),
        ]
        licenseObject["starts_at"] = date(license.startsAt)
        licenseObject["expires_at"] = date(license.expiresAt)
        licenseObject["maintenance_expires_at"] = date(license.maintenanceExpiresAt)
        var limits: [String: JSONValue] = [
            "max_activations": .integer(Int64(state.policy.maxActivations)), "max_transfers": .integer(Int64(maxTransfers)),
        ]
        limits["max_floating_users"] = state.policy.maxFloatingUsers.map { .integer(Int64($0)) }
        limits["max_container_instances"] = state.policy.maxContainerInstances.map { .integer(Int64($0)) }
        let entitlements: [JSONValue] = state.assignments.map { assignment in
            var object: [String: JSONValue] = ["code": .string(assignment.code), "enabled": .bool(assignment.enabled)]
            object["quota"] = assignment.quota.map(JSONValue.integer)
            object["consumed"] = assignment.quota.map { _ in .integer(assignment.consumed) }
            object["expires_at"] = date(assignment.expiresAt)
            return .object(object)
        }
        var payload: [String: JSONValue] = [
            "account_id": .string(state.accountID), "product_id": .string(license.productID), "product_code": .string(state.productCode),
            "license": .object(licenseObject), "limits": .object(limits), "entitlements": .array(entitlements),
            "issued": .string(RFC3339.string(from: issued)), "expiry": .string(RFC3339.string(from: expiry)), "ttl": .integer(Int64(ttl)),
            "kid": .string(kid),
        ]
        payload["machine"] = machine.map { .object(["id": .string($0.id), "fingerprint": .string($0.fingerprint)]) }
        return (payload, expiry)
    }

    /// The armored certificate of `payload`, signed with `sign` (which signs the bytes it is given) and encrypted for
    /// `licenseKey` (and, for a machine file, `fingerprint`) when there is one.
    static func certificate(
        _ payload: [String: JSONValue], _ variant: Variant, licenseKey: String?, fingerprint: String?, sign: (Data) -> [UInt8]
    ) throws -> (text: String, alg: LicenseFileAlgorithm) {
        let plaintext = Array(try LocksmithJSON.encodeData(payload))
        let alg: LicenseFileAlgorithm
        let enc: String
        if let licenseKey {
            let box = try KeySeal.seal(
                plaintext, secret: variant.secret(licenseKey: licenseKey, fingerprint: fingerprint), info: variant.info,
                associatedData: variant.associatedData)
            enc = [box.ciphertext, box.nonce, box.tag, box.salt].map { Base64.encode($0) }.joined(separator: ".")
            alg = .aes256GcmHkdfEd25519
        } else {
            enc = Base64.encode(plaintext)
            alg = .base64Ed25519
        }
        let signature = sign(variant.purpose.signed(Data(enc.utf8)))
        let json = try LocksmithJSON.encodeData(Certificate(enc: enc, sig: Base64.encode(signature), alg: alg.rawValue))
        return (armor(Array(json), variant), alg)
    }

    /// `bytes` in standard base64, in lines of `lineLength`, between the armor lines.
    static func armor(_ bytes: [UInt8], _ variant: Variant) -> String {
        let encoded = Array(Base64.encode(bytes))
        let lines = stride(from: 0, to: encoded.count, by: lineLength).map { String(encoded[$0..<min($0 + lineLength, encoded.count)]) }
        return ([variant.begin] + lines + [variant.end]).joined(separator: "\n") + "\n"
    }

    /// The certificate in an armored text, with the kind its armor names; nil when it is not one.
    static func parse(_ text: String) -> (Certificate, Variant)? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count >= 3, let variant = Variant.all.first(where: { $0.begin == lines.first && $0.end == lines.last }),
              let json = Base64.decode(lines.dropFirst().dropLast().joined()),
              let certificate = try? LocksmithJSON.decode(Certificate.self, from: Data(json))
        else { return nil }
        return (certificate, variant)
    }

    /// What a certificate says, checked against `keys` (public key by kid): the kid whose key made the signature, and
    /// the payload when it could be read. The payload names the key that signed it; when it can be read before the
    /// signature is checked (a signed-only file, or an encrypted one with its license key), a kid that is not among
    /// `keys` is `unknown_key` and a signature its key does not verify is `signature`; otherwise every key is tried.
    static func open(
        _ certificate: Certificate, _ variant: Variant, keys: [String: [UInt8]], licenseKey: String?, fingerprint: String?
    ) -> (kid: String?, payload: [String: JSONValue]?, errors: [LicenseFileError]) {
        let alg = LicenseFileAlgorithm(rawValue: certificate.alg)
        guard alg.isKnown, let signature = Base64.decode(certificate.sig) else {
            return (nil, nil, [.malformed])
        }
        let plaintext: [UInt8]?
        var decryptionFailed = false
        switch alg {
        case .base64Ed25519:
            plaintext = Base64.decode(certificate.enc)
        default:
            let parts = certificate.enc.split(separator: ".", omittingEmptySubsequences: false).map { Base64.decode(String($0)) }
            guard parts.count == 4, let ciphertext = parts[0], let nonce = parts[1], let tag = parts[2], let salt = parts[3] else {
                return (nil, nil, [.malformed])
            }
            plaintext = licenseKey.flatMap { licenseKey in
                try? KeySeal.open(
                    KeySeal.Box(salt: salt, nonce: nonce, ciphertext: ciphertext, tag: tag),
                    secret: variant.secret(licenseKey: licenseKey, fingerprint: fingerprint), info: variant.info,
                    associatedData: variant.associatedData)
            }
            decryptionFailed = plaintext == nil
        }
        let payload: [String: JSONValue]? = plaintext.flatMap { bytes in
            guard case .object(let object)? = try? LocksmithJSON.decode(JSONValue.self, from: Data(bytes)) else { return nil }
            return object
        }
        let named: String? = if case .string(let kid)? = payload?["kid"] { kid } else { nil }
        if let named, keys[named] == nil { return (nil, nil, [.unknownKey]) }
        let candidates = named.map { [$0] } ?? Array(keys.keys)
        let signed = variant.purpose.signed(Data(certificate.enc.utf8))
        guard let kid = candidates.first(where: { SigningKey.verify(signature: signature, message: signed, publicKey: keys[$0]!) }) else {
            return (nil, nil, [keys.isEmpty ? .unknownKey : .signature])
        }
        if decryptionFailed { return (kid, nil, [.decryption]) }
        guard let payload else { return (kid, nil, [.malformed]) }
        return (kid, payload, [])
    }
}

/// Verifying a license file as an application would, with no database: what `verifyLicenseFile` and
/// `locksmith licenses verify-file` both do (the server adds whether the license was revoked since).
public enum LicenseFileCheck {
    /// What a verification found.
    public struct Outcome: Sendable {
        /// Every reason the file does not hold now, in the order checked; empty when it holds.
        public var errors: [LicenseFileError]
        /// What the armor says the file is.
        public var kind: LicenseFileKind?
        /// The key that made the signature.
        public var kid: String?
        /// The algorithm the certificate names.
        public var alg: LicenseFileAlgorithm?
        /// The payload, when the signature verifies and it could be read.
        public var payload: [String: JSONValue]?

        public var valid: Bool { errors.isEmpty }
    }

    /// Verifies `text` with `keys` (public key by kid), decrypting with `licenseKey` when the file is encrypted. A file
    /// whose payload names another account than `account` (when given) is `unknown_key`: a key that signed for several
    /// accounts does not make another account's file this one's. A payload past its `expiry` at `now` is `expired`.
    public static func verify(
        _ text: String, keys: [String: [UInt8]], licenseKey: String?, fingerprint: String?, account: String?, now: Date
    ) -> Outcome {
        guard let (certificate, variant) = LicenseFiles.parse(text) else { return Outcome(errors: [.malformed]) }
        var opened = LicenseFiles.open(certificate, variant, keys: keys, licenseKey: licenseKey, fingerprint: fingerprint)
        if let account, let payload = opened.payload, payload["account_id"] != .string(account) { opened = (nil, nil, [.unknownKey]) }
        var errors = opened.errors
        if variant.kind == .machine, let payload = opened.payload {
            let machine: String? = if case .object(let object)? = payload["machine"], case .string(let bound)? = object["fingerprint"] { bound } else { nil }
            if machine == nil || machine != fingerprint { errors.append(.wrongMachine) }
        }
        if case .string(let text)? = opened.payload?["expiry"], let expiry = RFC3339.date(from: text), expiry <= now { errors.append(.expired) }
        let alg = LicenseFileAlgorithm(rawValue: certificate.alg)
        return Outcome(errors: errors, kind: variant.kind, kid: opened.kid, alg: alg.isKnown ? alg : nil, payload: opened.payload)
    }
}
