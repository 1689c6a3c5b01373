import LocksmithAPI
import LocksmithCrypto

/// An endpoint's signing secret and the HMAC key it stands for.
///
/// Generated secrets are `whsec_` + the standard base64 of 32 random bytes, and their key is those bytes: Standard
/// Webhooks libraries strip `whsec_` and decode the rest with the standard alphabet (base64url would silently give
/// them another key). A caller may bring its own secret, as LicenseKit allows: one of the `whsec_` form keys the HMAC
/// with its decoded bytes, any other with its own bytes.
struct WebhookSecret: Sendable {
    static let prefix = "whsec_"
    static let generatedByteCount = 32
    /// Standard Webhooks asks for 24 to 64 bytes of key.
    static let keyByteRange = 24...64

    /// The secret as the caller sees it.
    let text: String
    /// The HMAC-SHA256 key.
    let key: [UInt8]

    static func generate() -> WebhookSecret {
        let bytes = SecureRandom.bytes(generatedByteCount)
        return WebhookSecret(text: prefix + Base64.encode(bytes), key: bytes)
    }

    private init(text: String, key: [UInt8]) {
        self.text = text
        self.key = key
    }

    /// A secret a caller supplies; 422 naming `field` when it is neither a well-formed `whsec_` secret nor 16–255
    /// printable ASCII characters without spaces.
    init(validating text: String, field: String = "secret") throws {
        if text.hasPrefix(Self.prefix) {
            guard let key = Self.decodedKey(text), Self.keyByteRange.contains(key.count) else {
                throw APIError.validationFailed(
                    "field '\(field)' starts with \(Self.prefix) and must continue with the standard base64 of 24–64 bytes", detail: field)
            }
            self.init(text: text, key: key)
        } else {
            guard (16...255).contains(text.utf8.count), text.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
                throw APIError.validationFailed(
                    "field '\(field)' must be 16–255 printable ASCII characters without spaces, or \(Self.prefix) followed by base64", detail: field)
            }
            self.init(text: text, key: Array(text.utf8))
        }
    }

    /// A secret read back from storage, where only validated secrets are written.
    init(stored text: String) {
        self.init(text: text, key: Self.decodedKey(text) ?? Array(text.utf8))
    }

    /// What `secret_prefix` shows: `whsec_` and four more characters, or the first four of a custom secret.
    var displayPrefix: String {
        let shown = text.hasPrefix(Self.prefix) ? Self.prefix.count + 4 : 4
        return String(text.prefix(shown))
    }

    /// The bytes after `whsec_`, read as standard base64 with or without padding.
    private static func decodedKey(_ text: String) -> [UInt8]? {
        guard text.hasPrefix(prefix) else { return nil }
        var body = String(text.dropFirst(prefix.count))
        body += String(repeating: "=", count: (4 - body.utf8.count % 4) % 4)
        return Base64.decode(body)
    }
}
