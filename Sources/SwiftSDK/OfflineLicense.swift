public import Foundation
import Crypto

/// An offline license opened from an ``OfflineEnvelope``: its signed data, verified, and inside its validity window.
///
/// ```swift
/// let envelope = try await runtime.issueOfflineLicense(RuntimeBindingRequest(fingerprint: fingerprint)).data
/// try JSONEncoder().encode(envelope).write(to: file)          // keep it for later
/// // …later, without network:
/// let keys = try PublicKeyStore(pinned: ["kid_…": "base64 public key"], account: "acc_…")
/// let license = try await OfflineLicense.open(envelope, licenseKey: key, keys: keys, product: "desktop")
/// if license.data.features.contains(where: { $0.code == "pro" }) { … }
/// ```
public struct OfflineLicense: Sendable {
    /// The license as the server signed it.
    public let data: OfflineLicenseData
    /// The exact signed bytes of `data`.
    public let dataBytes: Data
    /// The signature over ``dataBytes``.
    public let signature: Signature

    /// HKDF's `info` for offline envelopes (see `OfflineEnvelope` in `openapi.yaml`).
    static let info = "locksmith offline license v1"

    /// Opens `envelope` with `licenseKey`, verifies the inner signature with `keys`, checks that the license is for
    /// `product` (when given) and for the account `keys` is limited to (when it is), and that `now` lies in
    /// `offline_valid_from…offline_valid_until`.
    ///
    /// With a pinned ``PublicKeyStore`` (or one that already holds the kid) this needs no network.
    ///
    /// - Throws: ``LocksmithError/verification(kid:reason:)``: ``VerificationFailure/envelopeUnreadable(_:)`` for a
    ///   wrong license key or a changed envelope, ``VerificationFailure/badSignature`` or
    ///   ``VerificationFailure/unknownKey`` for the signature, ``VerificationFailure/productMismatch(expected:received:)``
    ///   and ``VerificationFailure/accountMismatch(expected:received:)`` for a license of another product or vendor,
    ///   ``VerificationFailure/notYetValid(_:)`` and ``VerificationFailure/expired(_:)`` outside the window.
    public static func open(
        _ envelope: OfflineEnvelope, licenseKey: String, keys: PublicKeyStore, product: String? = nil, now: Date = Date()
    ) async throws -> OfflineLicense {
        let plaintext = try decrypt(envelope, licenseKey: licenseKey)
        guard let dataBytes = JSONBytes.rawMember("data", in: plaintext), let signatureBytes = JSONBytes.rawMember("signature", in: plaintext),
            let signature = try? LocksmithJSON.decode(Signature.self, from: signatureBytes)
        else {
            throw LocksmithError.verification(kid: envelope.kid, reason: .envelopeUnreadable("the contents are not a signed license"))
        }
        guard signature.kid == envelope.kid else {
            throw LocksmithError.verification(kid: signature.kid, reason: .envelopeUnreadable("the signature's kid is not the envelope's"))
        }
        try await keys.verify(dataBytes, signature: signature)
        try SignedIdentity(dataBytes).check(product: product, account: keys.account, kid: signature.kid)
        let data: OfflineLicenseData
        do {
            data = try LocksmithJSON.decode(OfflineLicenseData.self, from: dataBytes)
        } catch {
            throw LocksmithError.verification(kid: signature.kid, reason: .envelopeUnreadable("the license data cannot be read: \(error)"))
        }
        if now < data.offlineValidFrom { throw LocksmithError.verification(kid: signature.kid, reason: .notYetValid(data.offlineValidFrom)) }
        if now > data.offlineValidUntil { throw LocksmithError.verification(kid: signature.kid, reason: .expired(data.offlineValidUntil)) }
        return OfflineLicense(data: data, dataBytes: dataBytes, signature: signature)
    }

    private static func decrypt(_ envelope: OfflineEnvelope, licenseKey: String) throws -> Data {
        func unreadable(_ reason: String) -> LocksmithError { .verification(kid: envelope.kid, reason: .envelopeUnreadable(reason)) }
        guard let salt = Data(base64Encoded: envelope.salt), let nonce = Data(base64Encoded: envelope.nonce),
            let sealed = Data(base64Encoded: envelope.ciphertext), sealed.count >= 16
        else { throw unreadable("salt, nonce or ciphertext is not standard base64") }
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(licenseKey.utf8)), salt: salt, info: Data(info.utf8), outputByteCount: 32)
        do {
            let box = try AES.GCM.SealedBox(nonce: AES.GCM.Nonce(data: nonce), ciphertext: sealed.dropLast(16), tag: sealed.suffix(16))
            return try AES.GCM.open(box, using: key, authenticating: Data(envelope.kid.utf8))
        } catch {
            throw unreadable("wrong license key, or the envelope was changed")
        }
    }
}
