internal import CSodium

/// libsodium's constant-time base64, shared by `Base64` and `Base64URL`.
enum Base64Codec {
    static let standard = sodium_base64_VARIANT_ORIGINAL
    static let urlSafeUnpadded = sodium_base64_VARIANT_URLSAFE_NO_PADDING

    static func encode(_ bytes: some Collection<UInt8>, variant: Int32) -> String {
        Sodium.ensureInitialized()
        return bytes.withSodiumBytes { input, count in
            // The encoded length includes the C string terminator, which the String leaves out.
            let capacity = sodium_base64_encoded_len(count, variant)
            return String(unsafeUninitializedCapacity: capacity) { output in
                output.withMemoryRebound(to: CChar.self) { text in
                    _ = sodium_bin2base64(text.baseAddress!, capacity, input, count, variant)
                }
                return capacity - 1
            }
        }
    }

    /// Rejects anything but canonical text of the variant: other alphabets, whitespace, wrong or missing
    /// padding, non-zero trailing bits and trailing garbage.
    static func decode(_ text: some Collection<UInt8>, variant: Int32) -> [UInt8]? {
        Sodium.ensureInitialized()
        return text.withSodiumBytes { input, count in
            let capacity = count / 4 * 3 + 3
            var status: Int32 = -1
            let decoded = [UInt8](unsafeUninitializedCapacity: capacity) { output, initializedCount in
                var decodedCount = 0
                status = input.withMemoryRebound(to: CChar.self, capacity: count) { text in
                    sodium_base642bin(output.baseAddress!, capacity, text, count, nil, &decodedCount, nil, variant)
                }
                initializedCount = status == 0 ? decodedCount : 0
            }
            return status == 0 ? decoded : nil
        }
    }
}
