import Foundation
import LocksmithStorage

/// Frees everything a license holds on machines: its active devices and its open floating leases. Used when a license
/// is revoked, and when a transfer asks for the new licensee to start with free slots.
enum DeviceRelease {
    /// Marks the license's active devices `status` (`deactivated` or `reset`) and ends its open leases; returns how many
    /// devices were released. The caller sets the license's `active_device_count` to 0.
    @discardableResult
    static func releaseAll(licenseID: String, as status: String, at date: Date, on connection: TenantConnection) throws -> Int {
        let devices = try connection.execute(
            "UPDATE devices SET status = $2, updated_at = $3 WHERE license_id = $1 AND account_id = $account AND status = 'active'",
            [.text(licenseID), .text(status), date.sqlValue])
        try connection.execute(
            "UPDATE floating_leases SET released_at = $2 WHERE license_id = $1 AND account_id = $account AND released_at IS NULL",
            [.text(licenseID), date.sqlValue])
        return devices
    }
}
