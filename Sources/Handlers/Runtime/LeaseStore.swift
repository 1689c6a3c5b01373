import Foundation
import LocksmithStorage

/// SQL for the `floating_leases` table. A lease is live while it is neither released nor past `expires_at`: seats are
/// counted from that condition, so a lapsed lease frees its seat at once, with no background job.
enum LeaseStore {
    /// A lease as found by its token.
    struct Lease: Sendable {
        var id: String
        var licenseID: String
        var deviceID: String
        var expiresAt: Date
        var releasedAt: Date?

        func isLive(at now: Date) -> Bool { releasedAt == nil && now < expiresAt }
    }

    static func insert(
        licenseID: String, deviceID: String, tokenHash: [UInt8], expiresAt: Date, at date: Date, on connection: TenantConnection
    ) throws -> String {
        let id = ResourceID.make("lease", at: date)
        try connection.execute(
            """
            INSERT INTO floating_leases (account_id, id, license_id, device_id, token_hash, expires_at, created_at)
            VALUES ($account, $1, $2, $3, $4, $5, $6)
            """,
            [.text(id), .text(licenseID), .text(deviceID), .blob(tokenHash), expiresAt.sqlValue, date.sqlValue])
        return id
    }

    /// Live leases of the license at `now`.
    static func liveCount(licenseID: String, at now: Date, on connection: TenantConnection) throws -> Int {
        try connection.queryOne(
            "SELECT COUNT(*) AS n FROM floating_leases WHERE license_id = $1 AND account_id = $account AND released_at IS NULL AND expires_at > $2",
            [.text(licenseID), now.sqlValue])?.int("n") ?? 0
    }

    /// The lease of this token hash on the license, locked for the rest of a write transaction when `locking`.
    static func find(tokenHash: [UInt8], licenseID: String, locking: Bool, on connection: TenantConnection) throws -> Lease? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne(
            """
            SELECT id, license_id, device_id, expires_at, released_at FROM floating_leases
            WHERE token_hash = $1 AND license_id = $2 AND account_id = $account
            """ + lock,
            [.blob(tokenHash), .text(licenseID)]
        ).map { row in
            Lease(
                id: try row.string("id"), licenseID: try row.string("license_id"), deviceID: try row.string("device_id"),
                expiresAt: try row.date("expires_at"), releasedAt: try row.optionalDate("released_at"))
        }
    }

    static func extend(id: String, until expiresAt: Date, on connection: TenantConnection) throws {
        try connection.execute("UPDATE floating_leases SET expires_at = $2 WHERE id = $1 AND account_id = $account", [.text(id), expiresAt.sqlValue])
    }

    static func release(id: String, at date: Date, on connection: TenantConnection) throws {
        try connection.execute("UPDATE floating_leases SET released_at = $2 WHERE id = $1 AND account_id = $account", [.text(id), date.sqlValue])
    }

    /// Ends every open lease of the license (it was revoked, or its devices released).
    static func releaseAll(licenseID: String, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            "UPDATE floating_leases SET released_at = $2 WHERE license_id = $1 AND account_id = $account AND released_at IS NULL",
            [.text(licenseID), date.sqlValue])
    }

    /// Ends the device's live leases (a device checking out again, or being deactivated); returns how many.
    @discardableResult
    static func releaseAll(deviceID: String, at date: Date, on connection: TenantConnection) throws -> Int {
        try connection.execute(
            "UPDATE floating_leases SET released_at = $2 WHERE device_id = $1 AND account_id = $account AND released_at IS NULL AND expires_at > $2",
            [.text(deviceID), date.sqlValue])
    }
}
