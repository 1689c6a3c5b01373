internal import CSodium

/// A secret sealed under a passphrase, for keeping it apart from the data it protects: Argon2id (`crypto_pwhash`,
/// `ALG_ARGON2ID13`) stretches the passphrase and a random 16-byte salt into a 32-byte key, which seals the secret with
/// `crypto_secretbox` (XSalsa20-Poly1305) under a random nonce. The limits travel with the box, so a box made with other
/// limits still opens.
public struct PassphraseBox: Sendable, Equatable {
    /// How much work Argon2id does: `operations` passes over `memoryBytes` of memory.
    public struct Limits: Sendable, Equatable {
        public var operations: UInt64
        public var memoryBytes: Int

        public init(operations: UInt64, memoryBytes: Int) {
            self.operations = operations
            self.memoryBytes = memoryBytes
        }

        /// 3 passes over 256 MiB (libsodium's `OPSLIMIT_MODERATE`, `MEMLIMIT_MODERATE`): about a second on one core,
        /// so that guessing a passphrase costs each guess as much.
        public static let standard = Limits(operations: 3, memoryBytes: 256 << 20)
        /// The most a box may ask for when it is opened (libsodium's `SENSITIVE` memory, 1 GiB), so that a crafted file
        /// cannot make opening it take the machine.
        public static let maximum = Limits(operations: 16, memoryBytes: 1 << 30)
        /// The least Argon2id accepts.
        static let minimum = Limits(operations: 1, memoryBytes: 8 << 10)

        var isWithinBounds: Bool {
            (Self.minimum.operations...Self.maximum.operations).contains(operations)
                && (Self.minimum.memoryBytes...Self.maximum.memoryBytes).contains(memoryBytes)
        }
    }

    public static let saltByteCount = Int(crypto_pwhash_SALTBYTES)
    public static let nonceByteCount = Int(crypto_secretbox_NONCEBYTES)

    public let limits: Limits
    public let salt: [UInt8]
    public let nonce: [UInt8]
    /// The secretbox: the secret and its 16-byte authenticator.
    public let ciphertext: [UInt8]

    /// A box read back from storage; `open` checks its parts.
    public init(limits: Limits, salt: [UInt8], nonce: [UInt8], ciphertext: [UInt8]) {
        self.limits = limits
        self.salt = salt
        self.nonce = nonce
        self.ciphertext = ciphertext
    }

    /// Seals `secret` under `passphrase` with a fresh salt and nonce.
    public static func seal(_ secret: some Collection<UInt8>, passphrase: String, limits: Limits = .standard) throws -> PassphraseBox {
        let salt = SecureRandom.bytes(saltByteCount)
        let nonce = SecureRandom.bytes(nonceByteCount)
        let key = try derive(passphrase: passphrase, salt: salt, limits: limits)
        let ciphertext = secret.withSodiumBytes { message, count in
            [UInt8](sodiumOutput: count + Int(crypto_secretbox_MACBYTES)) { output in
                requireSodiumSuccess(crypto_secretbox_easy(output, message, UInt64(count), nonce, key), "crypto_secretbox_easy")
            }
        }
        return PassphraseBox(limits: limits, salt: salt, nonce: nonce, ciphertext: ciphertext)
    }

    /// The secret; throws `CryptoError.sealedDataCorrupt` for a wrong passphrase or an altered box, and
    /// `.invalidPassphraseBox` for a box whose parts are the wrong size or whose limits are out of bounds.
    public func open(passphrase: String) throws -> [UInt8] {
        guard salt.count == Self.saltByteCount, nonce.count == Self.nonceByteCount else {
            throw CryptoError.invalidPassphraseBox("its salt or nonce has the wrong length")
        }
        guard ciphertext.count >= Int(crypto_secretbox_MACBYTES) else { throw CryptoError.sealedDataCorrupt }
        let key = try Self.derive(passphrase: passphrase, salt: salt, limits: limits)
        return try ciphertext.withSodiumBytes { input, count in
            try [UInt8](sodiumOutput: count - Int(crypto_secretbox_MACBYTES)) { output in
                guard crypto_secretbox_open_easy(output, input, UInt64(count), nonce, key) == 0 else { throw CryptoError.sealedDataCorrupt }
            }
        }
    }

    private static func derive(passphrase: String, salt: [UInt8], limits: Limits) throws -> [UInt8] {
        Sodium.ensureInitialized()
        guard limits.isWithinBounds else {
            throw CryptoError.invalidPassphraseBox(
                "its Argon2id limits (\(limits.operations) passes over \(limits.memoryBytes) bytes) are outside "
                    + "\(Limits.minimum.operations)-\(Limits.maximum.operations) passes and "
                    + "\(Limits.minimum.memoryBytes)-\(Limits.maximum.memoryBytes) bytes")
        }
        return try Array(passphrase.utf8).withSodiumBytes { password, passwordCount in
            try [UInt8](sodiumOutput: Int(crypto_secretbox_KEYBYTES)) { output in
                let status = crypto_pwhash(
                    output, UInt64(crypto_secretbox_KEYBYTES), UnsafeRawPointer(password).assumingMemoryBound(to: CChar.self),
                    UInt64(passwordCount), salt, limits.operations, limits.memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
                // Fails only when the memory cannot be had.
                guard status == 0 else { throw CryptoError.invalidPassphraseBox("Argon2id could not get \(limits.memoryBytes) bytes of memory") }
            }
        }
    }
}

extension MasterKey {
    /// The key sealed under `passphrase`, to be kept apart from the backups of the data it seals.
    public func sealed(passphrase: String, limits: PassphraseBox.Limits = .standard) throws -> PassphraseBox {
        try PassphraseBox.seal(bytes, passphrase: passphrase, limits: limits)
    }

    /// The key a `sealed(passphrase:)` box holds; throws `CryptoError.sealedDataCorrupt` for a wrong passphrase.
    public init(opening box: PassphraseBox, passphrase: String) throws {
        try self.init(bytes: try box.open(passphrase: passphrase))
    }
}
