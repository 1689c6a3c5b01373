internal import CSodium

/// SHA-256 and HMAC-SHA256.
public enum Digest {
    /// The 32-byte SHA-256 digest of `message` (`crypto_hash_sha256`).
    public static func sha256(_ message: some Collection<UInt8>) -> [UInt8] {
        Sodium.ensureInitialized()
        return message.withSodiumBytes { input, count in
            [UInt8](sodiumOutput: Int(crypto_hash_sha256_BYTES)) { output in
                requireSodiumSuccess(crypto_hash_sha256(output, input, UInt64(count)), "crypto_hash_sha256")
            }
        }
    }

    /// The 32-byte HMAC-SHA256 of `message` under `key`, which may have any length (RFC 2104).
    public static func hmacSHA256(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        Sodium.ensureInitialized()
        // The one-shot crypto_auth_hmacsha256 takes exactly 32 key bytes; the streaming API takes any length.
        var state = crypto_auth_hmacsha256_state()
        defer { withUnsafeMutableBytes(of: &state) { sodium_memzero($0.baseAddress!, $0.count) } }
        key.withSodiumBytes { keyBytes, keyCount in
            requireSodiumSuccess(crypto_auth_hmacsha256_init(&state, keyBytes, keyCount), "hmacsha256_init")
        }
        message.withSodiumBytes { input, count in
            requireSodiumSuccess(crypto_auth_hmacsha256_update(&state, input, UInt64(count)), "hmacsha256_update")
        }
        return [UInt8](sodiumOutput: Int(crypto_auth_hmacsha256_BYTES)) { output in
            requireSodiumSuccess(crypto_auth_hmacsha256_final(&state, output), "hmacsha256_final")
        }
    }
}
