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
        let box = try KeySeal.seal(plaintext, secret: licenseKey, info: info, associatedData: Array(kid.utf8))
        return (box.salt, box.nonce, box.ciphertext + box.tag)
    }

    /// Opens an envelope sealed for `licenseKey`; throws when the key is wrong or anything was changed.
    public static func open(ciphertext: [UInt8], salt: [UInt8], nonce: [UInt8], licenseKey: String, kid: String) throws -> [UInt8] {
        guard ciphertext.count >= 16 else { throw CryptoError.sealedDataCorrupt }
        return try KeySeal.open(
            KeySeal.Box(salt: salt, nonce: nonce, ciphertext: Array(ciphertext.dropLast(16)), tag: Array(ciphertext.suffix(16))),
            secret: licenseKey, info: info, associatedData: Array(kid.utf8))
    }
}

/// Encryption for the holder of a secret the server does not keep (a license key): HKDF-SHA256 from the secret's UTF-8
/// bytes and a random 16-byte salt, with `info` naming the use, to an AES-256-GCM key; a random 12-byte nonce. Offline
/// envelopes and encrypted license files use it, each with its own `info`, so a key derived for one never opens the
/// other.
public enum KeySeal {
    /// The parts of a sealed message.
    public struct Box: Sendable, Equatable {
        public var salt: [UInt8]
        public var nonce: [UInt8]
        public var ciphertext: [UInt8]
        /// The 16-byte authentication tag.
        public var tag: [UInt8]

        public init(salt: [UInt8], nonce: [UInt8], ciphertext: [UInt8], tag: [UInt8]) {
            self.salt = salt
            self.nonce = nonce
            self.ciphertext = ciphertext
            self.tag = tag
        }
    }

    public static func seal(_ plaintext: [UInt8], secret: String, info: String, associatedData: [UInt8]) throws -> Box {
        let salt = SecureRandom.bytes(OfflineSeal.saltByteCount)
        let nonce = SecureRandom.bytes(OfflineSeal.nonceByteCount)
        let box = try AES.GCM.seal(
            plaintext, using: key(secret, salt: salt, info: info), nonce: try AES.GCM.Nonce(data: nonce), authenticating: associatedData)
        return Box(salt: salt, nonce: nonce, ciphertext: Array(box.ciphertext), tag: Array(box.tag))
    }

    /// The plaintext; throws when the secret is wrong or any part was changed.
    public static func open(_ box: Box, secret: String, info: String, associatedData: [UInt8]) throws -> [UInt8] {
        guard box.tag.count == 16, box.nonce.count == OfflineSeal.nonceByteCount else { throw CryptoError.sealedDataCorrupt }
        let sealed = try AES.GCM.SealedBox(nonce: try AES.GCM.Nonce(data: box.nonce), ciphertext: box.ciphertext, tag: box.tag)
        return Array(try AES.GCM.open(sealed, using: key(secret, salt: box.salt, info: info), authenticating: associatedData))
    }

    private static func key(_ secret: String, salt: [UInt8], info: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Array(secret.utf8)), salt: salt, info: Array(info.utf8), outputByteCount: 32)
    }
}
