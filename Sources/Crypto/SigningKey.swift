internal import CSodium

/// An Ed25519 signing key pair (`crypto_sign_*`).
public struct SigningKey: Sendable {
    private static let seedByteCount = Int(crypto_sign_ed25519_SEEDBYTES)
    private static let secretKeyByteCount = Int(crypto_sign_ed25519_SECRETKEYBYTES)
    private static let publicKeyByteCount = Int(crypto_sign_ed25519_PUBLICKEYBYTES)
    private static let signatureByteCount = Int(crypto_sign_ed25519_BYTES)

    /// The 32-byte public key.
    public let publicKey: [UInt8]
    /// The 64-byte libsodium secret key (seed || public key), for sealing at rest.
    public let secretKey: [UInt8]
    /// A short stable id: "ed25519-" + the first 8 bytes of SHA-256(publicKey) in lowercase hex.
    public let keyID: String

    /// A new random key pair.
    public static func generate() -> SigningKey {
        Sodium.ensureInitialized()
        var publicKey = [UInt8](repeating: 0, count: publicKeyByteCount)
        var secretKey = [UInt8](repeating: 0, count: secretKeyByteCount)
        requireSodiumSuccess(crypto_sign_ed25519_keypair(&publicKey, &secretKey), "crypto_sign_keypair")
        return SigningKey(publicKey: publicKey, secretKey: secretKey)
    }

    /// The key pair derived from a 32-byte seed (`crypto_sign_seed_keypair`), as in RFC 8032's test vectors.
    public init(seed: [UInt8]) throws {
        guard seed.count == Self.seedByteCount else {
            throw CryptoError.invalidKeyLength(expected: Self.seedByteCount, actual: seed.count)
        }
        self = Self.derive(seed: seed)
    }

    /// The key pair from a 64-byte libsodium secret key; throws `CryptoError.invalidSignatureKey` when the
    /// public half does not belong to the seed half.
    public init(secretKey: [UInt8]) throws {
        guard secretKey.count == Self.secretKeyByteCount else {
            throw CryptoError.invalidKeyLength(expected: Self.secretKeyByteCount, actual: secretKey.count)
        }
        let derived = Self.derive(seed: Array(secretKey.prefix(Self.seedByteCount)))
        guard ConstantTime.equal(derived.secretKey, secretKey) else { throw CryptoError.invalidSignatureKey }
        self = derived
    }

    private init(publicKey: [UInt8], secretKey: [UInt8]) {
        self.publicKey = publicKey
        self.secretKey = secretKey
        keyID = "ed25519-" + Hex.encode(Digest.sha256(publicKey).prefix(8))
    }

    private static func derive(seed: [UInt8]) -> SigningKey {
        Sodium.ensureInitialized()
        var publicKey = [UInt8](repeating: 0, count: publicKeyByteCount)
        var secretKey = [UInt8](repeating: 0, count: secretKeyByteCount)
        let status = crypto_sign_ed25519_seed_keypair(&publicKey, &secretKey, seed)
        requireSodiumSuccess(status, "crypto_sign_seed_keypair")
        return SigningKey(publicKey: publicKey, secretKey: secretKey)
    }

    /// The 64-byte detached Ed25519 signature of `message`.
    public func sign(_ message: some Collection<UInt8>) -> [UInt8] {
        Sodium.ensureInitialized()
        return message.withSodiumBytes { input, count in
            [UInt8](sodiumOutput: Self.signatureByteCount) { output in
                let status = crypto_sign_ed25519_detached(output, nil, input, UInt64(count), secretKey)
                requireSodiumSuccess(status, "crypto_sign_detached")
            }
        }
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` under `publicKey`; false for a signature
    /// or key of the wrong length.
    public static func verify(
        signature: some Collection<UInt8>, message: some Collection<UInt8>, publicKey: some Collection<UInt8>
    ) -> Bool {
        Sodium.ensureInitialized()
        return signature.withSodiumBytes { signatureBytes, signatureCount in
            publicKey.withSodiumBytes { keyBytes, keyCount in
                guard signatureCount == signatureByteCount, keyCount == publicKeyByteCount else { return false }
                return message.withSodiumBytes { input, count in
                    crypto_sign_ed25519_verify_detached(signatureBytes, input, UInt64(count), keyBytes) == 0
                }
            }
        }
    }
}

extension SigningKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// "SigningKey(kid: …)": the key id only, never the secret key.
    public var description: String { "SigningKey(kid: \(keyID))" }
    /// Same as `description`.
    public var debugDescription: String { description }
    /// A mirror showing only the key id, so `dump` and debuggers do not show the secret key.
    public var customMirror: Mirror { Mirror(self, children: ["keyID": keyID], displayStyle: .struct) }
}
