/// URL-safe base64 (RFC 4648 section 5) without padding, as used in tokens.
public enum Base64URL {
    /// The unpadded URL-safe encoding of `bytes`.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        Base64Codec.encode(bytes, variant: Base64Codec.urlSafeUnpadded)
    }

    /// The bytes of canonical, unpadded URL-safe base64; nil for anything else (including padding).
    public static func decode(_ text: String) -> [UInt8]? {
        Base64Codec.decode(text.utf8, variant: Base64Codec.urlSafeUnpadded)
    }
}
