/// Secrets shown to users once: a prefix plus random bytes in unpadded base64url
/// (for 32 bytes, e.g. "lkm_" + 43 characters).
public enum SecretToken {
    private static let displayedCharacterCount = 8
    private static let last4CharacterCount = 4

    /// A new token: `prefix` followed by `byteCount` random bytes in base64url.
    public static func make(prefix: String, byteCount: Int = 32) -> String {
        prefix + Base64URL.encode(SecureRandom.bytes(byteCount))
    }

    /// Whether `token` is `prefix` followed by the canonical base64url of exactly `byteCount` bytes, the shape
    /// `make` produces. Cheap enough to reject malformed tokens before any lookup.
    public static func isWellFormed(_ token: String, prefix: String, byteCount: Int = 32) -> Bool {
        let text = token.utf8
        guard byteCount >= 0, text.starts(with: prefix.utf8) else { return false }
        let body = text.dropFirst(prefix.utf8.count)
        guard body.count == (byteCount * 4 + 2) / 3 else { return false }
        return Base64Codec.decode(body, variant: Base64Codec.urlSafeUnpadded)?.count == byteCount
    }

    /// What may be shown later: the prefix and the first 8 characters after it ("lkm_AbCd1234"). Precisely,
    /// the token's first (prefix length + 8) characters, or the whole token if it is shorter.
    public static func displayPrefix(of token: String, prefix: String) -> String {
        String(token.unicodeScalars.prefix(prefix.unicodeScalars.count + displayedCharacterCount))
    }

    /// The last 4 characters, or the whole token if it is shorter.
    public static func last4(of token: String) -> String {
        String(token.unicodeScalars.suffix(last4CharacterCount))
    }
}
