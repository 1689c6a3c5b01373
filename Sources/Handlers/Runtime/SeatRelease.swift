import Foundation
import LocksmithAPI
import LocksmithStorage

/// How an active device stops holding the license, the one way every path does it: the application's deactivation, an
/// operator's reset or blacklisting, and the inactive-device sweep.
enum SeatRelease {
    /// The device takes `status`, its floating leases are given back, and unless it was a floating device (which took no
    /// activation slot) its slot is freed on `license`, whose row the caller has locked.
    static func release(
        deviceID: String, seat: DeviceSeat?, as status: DeviceStatus, license: inout StoredLicense, at date: Date,
        on connection: TenantConnection
    ) throws {
        try DeviceStore.update(id: deviceID, status: status, reported: nil, ipAddress: nil, at: date, on: connection)
        try LeaseStore.releaseAll(deviceID: deviceID, at: date, on: connection)
        guard seat != .floating else { return }
        license.activeDeviceCount = max(0, license.activeDeviceCount - 1)
        license.updatedAt = date
        try LicenseStore.update(license, on: connection)
    }
}
