internal import CSodium

/// Hexadecimal text.
public enum Hex {
    /// Lowercase hex of `bytes`, two digits per byte (`sodium_bin2hex`, constant-time).
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        Sodium.ensureInitialized()
        return bytes.withSodiumBytes { input, count in
            // Room for the C string terminator, which the String leaves out.
            let capacity = count * 2 + 1
            return String(unsafeUninitializedCapacity: capacity) { output in
                output.withMemoryRebound(to: CChar.self) { text in
                    _ = sodium_bin2hex(text.baseAddress!, capacity, input, count)
                }
                return count * 2
            }
        }
    }
}
