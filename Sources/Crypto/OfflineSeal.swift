import Crypto

/// The sealing of offline licenses, as `OfflineEnvelope` in `openapi.yaml` specifies it: HKDF-SHA256 from the license
/// key and a random salt to an AES-256-GCM key, a random 12-byte nonce, and the signing key's id as associated data.
/// Only a holder of the license key can open an envelope, and any change to it fails authentication.
public enum OfflineSeal {
    /// HKDF's `info`: names what the derived key is for, so it can never collide with another use of the license key.
    public static let info = "locksmith offline license v1"
    public static let saltByteCount = 16
    public static let nonceByteCount = 12

    /// Seals `plaintext` for `licenseKey`; the ciphertext ends with the 16-byte tag.
    public static func seal(_ plaintext: [UInt8], licenseKey: String, kid: String) throws -> (salt: [UInt8], nonce: [UInt8], ciphertext: [UInt8]) {
        let salt = SecureRandom.bytes(saltByteCount)
        let nonce = SecureRandom.bytes(nonceByteCount)
        let box = try AES.GCM.seal(
            plaintext, using: key(licenseKey: licenseKey, salt: salt), nonce: try AES.GCM.Nonce(data: nonce), authenticating: Array(kid.utf8))
        return (salt, nonce, Array(box.ciphertext) + Array(box.tag))
    }

    /// Opens an envelope sealed for `licenseKey`; throws when the key is wrong or anything was changed.
    public static func open(ciphertext: [UInt8], salt: [UInt8], nonce: [UInt8], licenseKey: String, kid: String) throws -> [UInt8] {
        guard ciphertext.count >= 16 else { throw CryptoError.sealedDataCorrupt }
        let box = try AES.GCM.SealedBox(
            nonce: try AES.GCM.Nonce(data: nonce), ciphertext: ciphertext.dropLast(16), tag: ciphertext.suffix(16))
        return Array(try AES.GCM.open(box, using: key(licenseKey: licenseKey, salt: salt), authenticating: Array(kid.utf8)))
    }

    private static func key(licenseKey: String, salt: [UInt8]) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Array(licenseKey.utf8)), salt: salt, info: Array(info.utf8), outputByteCount: 32)
    }
}
