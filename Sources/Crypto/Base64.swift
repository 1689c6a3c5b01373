/// Standard base64 (RFC 4648 section 4) with padding, as used for `LOCKSMITH_MASTER_KEY`.
public enum Base64 {
    /// The padded standard-alphabet encoding of `bytes`.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        Base64Codec.encode(bytes, variant: Base64Codec.standard)
    }

    /// The bytes of canonical, padded standard base64; nil for anything else (including whitespace).
    public static func decode(_ text: String) -> [UInt8]? {
        Base64Codec.decode(text.utf8, variant: Base64Codec.standard)
    }
}
