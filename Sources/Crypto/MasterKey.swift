/// The server's master key (32 bytes). Seals secrets at rest and keys the token hashes; each use gets its own
/// subkey (`crypto_kdf_derive_from_key`, context "lcksmith", distinct subkey ids per purpose), so the raw key
/// is never used directly.
///
/// Subkeys are derived once, at init, so the request path never re-derives them.
public struct MasterKey: Sendable {
    /// The length of a master key in bytes.
    public static let byteCount = 32

    /// The raw key: internal so that `sealed(passphrase:)` can export it, never used directly otherwise.
    let bytes: [UInt8]
    let sealingKey: [UInt8]
    let managementTokenHashKey: [UInt8]
    let licenseKeyHashKey: [UInt8]
    let leaseTokenHashKey: [UInt8]
    let webhookSecretSealingKey: [UInt8]
    let idempotentResponseSealingKey: [UInt8]

    /// A new random master key.
    public static func generate() -> MasterKey {
        MasterKey(validBytes: SecureRandom.bytes(byteCount))
    }

    /// The key with these 32 bytes; throws `CryptoError.invalidKeyLength` for any other length.
    public init(bytes: [UInt8]) throws {
        guard bytes.count == Self.byteCount else {
            throw CryptoError.invalidKeyLength(expected: Self.byteCount, actual: bytes.count)
        }
        self.init(validBytes: bytes)
    }

    /// The key from standard, padded base64 of 32 bytes (what `LOCKSMITH_MASTER_KEY` holds); throws
    /// `CryptoError.invalidBase64` for text that is not canonical base64, `invalidKeyLength` for another length.
    public init(base64: String) throws {
        guard let bytes = Base64.decode(base64) else { throw CryptoError.invalidBase64 }
        try self.init(bytes: bytes)
    }

    private init(validBytes: [UInt8]) {
        Sodium.ensureInitialized()
        bytes = validBytes
        sealingKey = Subkey.sealing.derive(from: validBytes)
        managementTokenHashKey = Subkey.managementTokenHash.derive(from: validBytes)
        licenseKeyHashKey = Subkey.licenseKeyHash.derive(from: validBytes)
        leaseTokenHashKey = Subkey.leaseTokenHash.derive(from: validBytes)
        webhookSecretSealingKey = Subkey.webhookSecretSealing.derive(from: validBytes)
        idempotentResponseSealingKey = Subkey.idempotentResponseSealing.derive(from: validBytes)
    }

    /// The key as standard, padded base64, the form `init(base64:)` reads. This is the secret itself.
    public var base64: String { Base64.encode(bytes) }

    func subkey(for purpose: SealingPurpose) -> [UInt8] {
        switch purpose {
        case .signingKey: sealingKey
        case .webhookSecret: webhookSecretSealingKey
        case .idempotentResponse: idempotentResponseSealingKey
        }
    }

    func subkey(for purpose: TokenPurpose) -> [UInt8] {
        switch purpose {
        case .managementToken: managementTokenHashKey
        case .licenseKey: licenseKeyHashKey
        case .leaseToken: leaseTokenHashKey
        }
    }
}

extension MasterKey: Equatable {
    /// Whether both are the same key, compared in constant time.
    public static func == (lhs: MasterKey, rhs: MasterKey) -> Bool {
        ConstantTime.equal(lhs.bytes, rhs.bytes)
    }
}

extension MasterKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always "MasterKey(redacted)", so the key never reaches a log through interpolation.
    public var description: String { "MasterKey(redacted)" }
    /// Always "MasterKey(redacted)".
    public var debugDescription: String { description }
    /// A mirror without children, so `dump` and debuggers do not show the key bytes.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
