internal import CSodium

/// Cryptographically secure random bytes from the operating system, through libsodium.
public enum SecureRandom {
    /// `count` random bytes (`randombytes_buf`).
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0, "SecureRandom.bytes needs a non-negative count")
        Sodium.ensureInitialized()
        return [UInt8](sodiumOutput: count) { randombytes_buf($0, count) }
    }
}
