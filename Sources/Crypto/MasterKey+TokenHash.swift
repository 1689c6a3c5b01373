internal import CSodium

extension MasterKey {
    /// The length of a token hash in bytes.
    public static let tokenHashByteCount = 32

    /// Keyed BLAKE2b-256 (`crypto_generichash` with the 32-byte subkey for `purpose`) of the token's UTF-8
    /// bytes: what is stored and looked up instead of the token.
    public func tokenHash(_ token: String, purpose: TokenPurpose) -> [UInt8] {
        Sodium.ensureInitialized()
        let key = subkey(for: purpose)
        return token.utf8.withSodiumBytes { input, count in
            [UInt8](sodiumOutput: Self.tokenHashByteCount) { output in
                let status = key.withUnsafeBufferPointer { keyBytes in
                    crypto_generichash(
                        output, Self.tokenHashByteCount, input, UInt64(count), keyBytes.baseAddress!, keyBytes.count)
                }
                requireSodiumSuccess(status, "crypto_generichash")
            }
        }
    }
}
