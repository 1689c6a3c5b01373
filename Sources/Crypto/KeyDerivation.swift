internal import CSodium

/// The purposes the master key is split into, one libsodium KDF subkey each.
///
/// The ids are part of the stored data: sealed secrets and token hashes already written depend on them,
/// so an id is never reused or renumbered.
enum Subkey: UInt64 {
    case sealing = 1
    case managementTokenHash = 2
    case licenseKeyHash = 3
    case leaseTokenHash = 4
    /// Sealing webhook endpoint secrets, apart from signing keys, so that neither kind of sealed value opens as the other.
    case webhookSecretSealing = 5
    /// Sealing stored idempotent responses, apart from the secrets, so that none of them opens as a response or back.
    case idempotentResponseSealing = 6

    /// `crypto_kdf`'s context is exactly 8 bytes.
    private static let context = "lcksmith"
    static let byteCount = 32

    /// The 32-byte subkey for this purpose (`crypto_kdf_derive_from_key`).
    func derive(from masterKey: [UInt8]) -> [UInt8] {
        precondition(masterKey.count == Int(crypto_kdf_KEYBYTES))
        return [UInt8](sodiumOutput: Self.byteCount) { output in
            let status = masterKey.withUnsafeBufferPointer { key in
                crypto_kdf_derive_from_key(output, Self.byteCount, rawValue, Self.context, key.baseAddress!)
            }
            requireSodiumSuccess(status, "crypto_kdf_derive_from_key")
        }
    }
}
