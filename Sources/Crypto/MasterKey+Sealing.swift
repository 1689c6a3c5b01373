internal import CSodium

extension MasterKey {
    private static var nonceByteCount: Int { Int(crypto_secretbox_NONCEBYTES) }
    private static var macByteCount: Int { Int(crypto_secretbox_MACBYTES) }

    /// Encrypts and authenticates `plaintext` for storage (`crypto_secretbox_easy` under the purpose's sealing
    /// subkey, with a fresh random nonce); returns nonce || ciphertext, 40 bytes longer than the plaintext.
    public func seal(_ plaintext: some Collection<UInt8>, for purpose: SealingPurpose = .signingKey) -> [UInt8] {
        Sodium.ensureInitialized()
        let nonceCount = Self.nonceByteCount
        return plaintext.withSodiumBytes { message, messageCount in
            [UInt8](sodiumOutput: nonceCount + Self.macByteCount + messageCount) { output in
                randombytes_buf(output, nonceCount)
                let status = subkey(for: purpose).withUnsafeBufferPointer { key in
                    crypto_secretbox_easy(output + nonceCount, message, UInt64(messageCount), output, key.baseAddress!)
                }
                requireSodiumSuccess(status, "crypto_secretbox_easy")
            }
        }
    }

    /// The plaintext of something `seal` returned under this key for the same purpose; throws
    /// `CryptoError.sealedDataCorrupt` when it is too short, was altered, or was sealed under another key or purpose.
    public func open(_ sealed: some Collection<UInt8>, for purpose: SealingPurpose = .signingKey) throws -> [UInt8] {
        Sodium.ensureInitialized()
        let nonceCount = Self.nonceByteCount
        return try sealed.withSodiumBytes { input, inputCount in
            guard inputCount >= nonceCount + Self.macByteCount else { throw CryptoError.sealedDataCorrupt }
            let ciphertextCount = inputCount - nonceCount
            return try [UInt8](sodiumOutput: ciphertextCount - Self.macByteCount) { output in
                let status = subkey(for: purpose).withUnsafeBufferPointer { key in
                    crypto_secretbox_open_easy(
                        output, input + nonceCount, UInt64(ciphertextCount), input, key.baseAddress!)
                }
                guard status == 0 else { throw CryptoError.sealedDataCorrupt }
            }
        }
    }
}
