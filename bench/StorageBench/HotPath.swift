import Foundation
import LocksmithStorage

/// One runtime request's storage work, in one transaction: find the license by key hash, read what it points
/// to, append to the activity ledger, bump the license's counter.
enum HotPath {
    struct UnknownKey: Error {}

    static func validate(_ database: any Database, keyHash: [UInt8], requestID: String) async throws {
        try await database.write { connection in
            guard let license = try connection.queryOne(
                "SELECT id, product_id, customer_id, status, max_activations, expires_at FROM licenses WHERE key_hash = $1",
                keyHash)
            else { throw UnknownKey() }
            let licenseID = try license.int64("id")
            let product = try connection.queryOne("SELECT id, code, name FROM products WHERE id = $1", try license.int64("product_id"))
            let customer = try connection.queryOne(
                "SELECT id, email, name FROM customers WHERE id = $1", try license.int64("customer_id"))
            let device = try connection.queryOne("SELECT id, fingerprint, last_seen_at FROM devices WHERE id = $1", licenseID)
            guard let product, let customer, let device else { throw UnknownKey() }
            let now = Date()
            try connection.execute(
                """
                INSERT INTO activity (license_id, product_id, customer_id, device_id, kind, result, occurred_at, request_id,
                                      ip, user_agent, detail, quantity)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                """,
                licenseID, try product.int64("id"), try customer.int64("id"), try device.int64("id"), "license.validated", "valid",
                now, requestID, "203.0.113.7", "LocksmithSDK/1.0 (bench)", String?.none, 1)
            try connection.execute(
                "UPDATE licenses SET validations = validations + 1, last_seen_at = $1 WHERE id = $2", now, licenseID)
        }
    }
}
