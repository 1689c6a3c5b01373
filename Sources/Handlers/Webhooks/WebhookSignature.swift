import LocksmithCrypto

/// Standard Webhooks `v1` signatures: the standard base64 of HMAC-SHA256 over `<id>.<timestamp>.<body>`.
enum WebhookSignature {
    /// The `webhook-signature` value: one space-separated `v1,<signature>` entry per key, the current key first.
    static func header(id: String, timestamp: Int64, body: [UInt8], keys: [[UInt8]]) -> String {
        let message = Array("\(id).\(timestamp).".utf8) + body
        return keys.map { "v1," + Base64.encode(Digest.hmacSHA256(key: $0, message: message)) }.joined(separator: " ")
    }
}
