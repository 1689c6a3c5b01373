import Foundation
import LocksmithAPI
import LocksmithStorage

/// Frees the seats of node-locked devices that went unseen longer than their policy's `deactivate_inactive_after_days`:
/// each is deactivated once, its license's count of active devices goes down, and `device.deactivated` is recorded with
/// `reason: inactive`. Every server instance runs it every few minutes (`PeriodicService.inactiveDevices`); a device is
/// claimed under its license's row lock and deactivated only if it is still active and still unseen, so two instances
/// never both deactivate it, and an application that validates meanwhile keeps its seat.
public struct InactiveDevices: Sendable {
    /// Devices deactivated per transaction; an account with more is worked through in several.
    static let batchSize = 100

    /// The account's active node-locked devices unseen for longer than their policy allows, by `$1` (milliseconds).
    private static let stale = """
        d.account_id = $account AND d.status = 'active' AND d.seat = 'node_locked' AND p.deactivate_inactive_after_days > 0
          AND d.last_seen_at < $1 - p.deactivate_inactive_after_days * CAST(86400000 AS BIGINT)
        """
    private static let joined = "devices d JOIN licenses l ON l.id = d.license_id JOIN policies p ON p.id = l.policy_id"

    let services: Services

    public init(services: Services) {
        self.services = services
    }

    /// Deactivates every device that is due in every enabled account; returns how many.
    @discardableResult
    public func deactivateDue() async throws -> Int {
        let now = services.now()
        return try await AccountSweep.run(
            services, due: "SELECT 1 AS due FROM \(Self.joined) WHERE \(Self.stale) LIMIT 1", binds: [now.sqlValue], batchSize: Self.batchSize
        ) { connection in
            try Self.deactivate(dueBy: now, on: connection)
        }
    }

    /// One batch of the account's due devices: how many were found, and how many this call deactivated.
    static func deactivate(dueBy now: Date, on connection: TenantConnection) throws -> (found: Int, done: Int) {
        let due = try connection.query(
            "SELECT d.id, d.license_id, p.deactivate_inactive_after_days AS days FROM \(joined) WHERE \(stale) ORDER BY d.last_seen_at, d.id LIMIT \(batchSize)",
            [now.sqlValue])
        var deactivated = 0
        for row in due {
            let (deviceID, licenseID, days) = (try row.string("id"), try row.string("license_id"), try row.int("days"))
            guard var license = try LicenseStore.find(id: licenseID, locking: true, on: connection),
                  var device = try DeviceStore.find(id: deviceID, licenseID: licenseID, locking: true, on: connection),
                  device.status == .active, device.seat == .nodeLocked,
                  device.lastSeenAt < now.addingTimeInterval(-TimeInterval(days) * 86_400)
            else { continue }
            try SeatRelease.release(deviceID: device.id, seat: device.seat, as: .deactivated, license: &license, at: now, on: connection)
            device.status = .deactivated
            device.updatedAt = now
            try AuditedChange.system(at: now).record(.deviceDeactivatedAsInactive(device, license: license, days: days), on: connection)
            deactivated += 1
        }
        return (due.count, deactivated)
    }
}
