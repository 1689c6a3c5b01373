internal import CSodium

/// SHA-256 over bytes that arrive in pieces, such as a file read a block at a time (`crypto_hash_sha256_update`).
public final class SHA256Stream {
    private let state: UnsafeMutableRawPointer
    private var isFinished = false

    public init() {
        Sodium.ensureInitialized()
        state = UnsafeMutableRawPointer.allocate(byteCount: crypto_hash_sha256_statebytes(), alignment: 64)
        requireSodiumSuccess(crypto_hash_sha256_init(state.assumingMemoryBound(to: crypto_hash_sha256_state.self)), "crypto_hash_sha256_init")
    }

    deinit {
        state.deallocate()
    }

    /// Adds `bytes` to the message.
    public func update(_ bytes: some Collection<UInt8>) {
        precondition(!isFinished, "SHA256Stream.update after finish")
        bytes.withSodiumBytes { input, count in
            requireSodiumSuccess(
                crypto_hash_sha256_update(state.assumingMemoryBound(to: crypto_hash_sha256_state.self), input, UInt64(count)),
                "crypto_hash_sha256_update")
        }
    }

    /// The 32-byte digest of everything added; the stream cannot be used afterwards.
    public func finish() -> [UInt8] {
        precondition(!isFinished, "SHA256Stream.finish called twice")
        isFinished = true
        return [UInt8](sodiumOutput: Int(crypto_hash_sha256_BYTES)) { output in
            requireSodiumSuccess(crypto_hash_sha256_final(state.assumingMemoryBound(to: crypto_hash_sha256_state.self), output), "crypto_hash_sha256_final")
        }
    }
}
