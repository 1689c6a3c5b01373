import Foundation
import LocksmithAPI
import LocksmithCrypto

/// What identifies a request for idempotency: the key it carries, and a digest of everything it asks.
enum RequestFingerprint {
    /// The `Idempotency-Key` header: 1–255 printable ASCII characters without spaces. Missing or malformed is 400
    /// `IDEMPOTENCY_KEY_REQUIRED` naming the header.
    static func key(_ value: String?) throws -> String {
        guard let value, !value.isEmpty else {
            throw APIError(.idempotencyKeyRequired, "this operation requires an Idempotency-Key header", detail: "Idempotency-Key")
        }
        guard value.utf8.count <= 255, value.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw APIError(
                .idempotencyKeyRequired, "the Idempotency-Key header must be 1 to 255 printable ASCII characters without spaces",
                detail: "Idempotency-Key")
        }
        return value
    }

    /// SHA-256 of the operation, its path parameters and query (sorted) and its body. A JSON body counts by its
    /// content, not its spacing or key order, so a client that re-serializes a retried request is still recognised.
    static func digest(_ operation: OperationID, _ request: RawRequest) -> [UInt8] {
        var text = operation.rawValue + "\n"
        for (name, value) in request.pathParameters.sorted(by: { $0.key < $1.key }) { text += "p:\(name)=\(value)\n" }
        for item in request.queryItems.sorted(by: { ($0.name, $0.value) < ($1.name, $1.value) }) { text += "q:\(item.name)=\(item.value)\n" }
        var bytes = [UInt8](text.utf8)
        if let body = request.body {
            let canonical = (try? LocksmithJSON.decode(JSONValue.self, from: body)).flatMap { try? LocksmithJSON.encodeData($0) }
            bytes += [UInt8](canonical ?? body)
        }
        return Digest.sha256(bytes)
    }
}
