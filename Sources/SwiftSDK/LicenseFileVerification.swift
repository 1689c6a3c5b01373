public import Foundation
import Crypto

/// A license file opened on the device: its payload, verified with pinned keys, for the expected product and vendor, and
/// inside its validity window.
///
/// ```swift
/// // Issued by the vendor (issueLicenseFile) and copied to an air-gapped machine as a .lic file:
/// let text = try String(contentsOf: licenseFileURL, encoding: .utf8)
/// let keys = try PublicKeyStore(pinned: ["kid_…": "base64 public key"], account: "acc_…")
/// let file = try await LicenseFile.open(text, licenseKey: key, keys: keys, product: "desktop")
/// if file.entitlements.contains("pro") { … }
/// ```
public struct OpenedLicenseFile: Sendable {
    /// The payload as compact JSON (`LicenseFilePayload` in `openapi.yaml`).
    public let payload: [String: JSONValue]
    /// The key that signed the file.
    public let kid: String
    /// When the file was issued.
    public let issued: Date
    /// When the file stops being valid: its time-to-live, or the license's own end when that comes first.
    public let expiry: Date

    /// The license's id, as the payload names it.
    public var licenseID: String? {
        if case .object(let license)? = payload["license"], case .string(let id)? = license["id"] { return id }
        return nil
    }

    /// The codes of the enabled features the file entitles.
    public var entitlements: Set<String> {
        guard case .array(let items)? = payload["entitlements"] else { return [] }
        return Set(items.compactMap { item in
            guard case .object(let object) = item, case .string(let code)? = object["code"], object["enabled"] == .bool(true) else { return nil }
            return code
        })
    }
}

extension LicenseFile {

    /// Verifies and reads the armored license or machine file `certificate`: the signature over `license/` (or
    /// `machine/`) and `enc` with `keys`, the payload decrypted with `licenseKey` (and, for a machine file,
    /// `fingerprint`) when the file is encrypted, a machine file's machine against `fingerprint`, its `account_id`
    /// against the account `keys` is limited to (when it is) and its `product_code` against `product` (when given), and
    /// `now` within `issued…expiry`. With a pinned ``PublicKeyStore`` this needs no network.
    ///
    /// - Throws: ``LocksmithError/verification(kid:reason:)``: ``VerificationFailure/envelopeUnreadable(_:)`` for a text
    ///   that is not a license file, an encrypted one without the right license key, or a payload that cannot be read;
    ///   ``VerificationFailure/badSignature`` or ``VerificationFailure/unknownKey`` for the signature;
    ///   ``VerificationFailure/productMismatch(expected:received:)`` and
    ///   ``VerificationFailure/accountMismatch(expected:received:)`` for another product's or vendor's file;
    ///   ``VerificationFailure/notYetValid(_:)`` and ``VerificationFailure/expired(_:)`` outside its window; a machine
    ///   file for another machine is ``VerificationFailure/envelopeUnreadable(_:)``.
    public static func open(
        _ certificate: String, licenseKey: String? = nil, fingerprint: String? = nil, keys: PublicKeyStore, product: String? = nil,
        now: Date = Date()
    ) async throws -> OpenedLicenseFile {
        func unreadable(_ reason: String, kid: String = "") -> LocksmithError { .verification(kid: kid, reason: .envelopeUnreadable(reason)) }
        let lines = certificate.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let kind = lines.first == "-----BEGIN MACHINE FILE-----" ? "machine" : "license"
        let label = kind.uppercased()
        guard lines.count >= 3, lines.first == "-----BEGIN \(label) FILE-----", lines.last == "-----END \(label) FILE-----",
            let json = Data(base64Encoded: lines.dropFirst().dropLast().joined()),
            let parts = try? JSONDecoder().decode([String: String].self, from: json),
            let enc = parts["enc"], let sig = parts["sig"], let alg = parts["alg"]
        else { throw unreadable("not a license file") }
        let plaintext: Data
        switch alg {
        case "base64+ed25519":
            guard let decoded = Data(base64Encoded: enc) else { throw unreadable("enc is not standard base64") }
            plaintext = decoded
        case "aes-256-gcm-hkdf+ed25519":
            let pieces = enc.split(separator: ".", omittingEmptySubsequences: false).map { Data(base64Encoded: String($0)) }
            guard pieces.count == 4, let ciphertext = pieces[0], let nonce = pieces[1], let tag = pieces[2], let salt = pieces[3] else {
                throw unreadable("enc is not four standard base64 parts")
            }
            guard let licenseKey else { throw unreadable("the file is encrypted: open it with the license key") }
            let secret = kind == "machine" ? licenseKey + (fingerprint ?? "") : licenseKey
            let key = HKDF<SHA256>.deriveKey(
                inputKeyMaterial: SymmetricKey(data: Data(secret.utf8)), salt: salt, info: Data("locksmith \(kind) file v1".utf8),
                outputByteCount: 32)
            do {
                let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: nonce), ciphertext: ciphertext, tag: tag)
                plaintext = try AES.GCM.open(box, using: key, authenticating: Data(kind.utf8))
            } catch {
                throw unreadable("wrong license key, or the file was changed")
            }
        default:
            throw unreadable("unknown alg '\(alg)'")
        }
        guard case .object(let payload)? = try? LocksmithJSON.decode(JSONValue.self, from: plaintext), case .string(let kid)? = payload["kid"] else {
            throw unreadable("the payload cannot be read")
        }
        try await keys.verify(Data((kind + "/" + enc).utf8), signature: Signature(alg: "Ed25519", kid: kid, value: sig))
        if kind == "machine" {
            guard case .object(let machine)? = payload["machine"], case .string(let bound)? = machine["fingerprint"], bound == fingerprint else {
                throw unreadable("the machine file is for another machine", kid: kid)
            }
        }
        try SignedIdentity(plaintext).check(product: product, account: keys.account, kid: kid)
        guard case .string(let issuedText)? = payload["issued"], let issued = RFC3339.date(from: issuedText),
            case .string(let expiryText)? = payload["expiry"], let expiry = RFC3339.date(from: expiryText)
        else { throw unreadable("the payload has no issued and expiry times", kid: kid) }
        if now < issued { throw LocksmithError.verification(kid: kid, reason: .notYetValid(issued)) }
        if now >= expiry { throw LocksmithError.verification(kid: kid, reason: .expired(expiry)) }
        return OpenedLicenseFile(payload: payload, kid: kid, issued: issued, expiry: expiry)
    }
}
