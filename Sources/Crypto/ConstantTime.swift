internal import CSodium

/// Comparisons whose running time does not depend on where the inputs differ.
public enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes. Lengths are not secret: different lengths return false at once.
    public static func equal(_ a: some Collection<UInt8>, _ b: some Collection<UInt8>) -> Bool {
        Sodium.ensureInitialized()
        return a.withSodiumBytes { left, leftCount in
            b.withSodiumBytes { right, rightCount in
                leftCount == rightCount && sodium_memcmp(left, right, leftCount) == 0
            }
        }
    }
}
