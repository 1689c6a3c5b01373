import Foundation
import LocksmithAPI
import LocksmithStorage

/// Records floating leases that ran out without being checked in: a `lease.expired` event in the account's audit
/// chain, announced to its webhook endpoints with the `FloatingLease`, once per lease.
///
/// Seats never wait for this: a lapsed lease stops counting by its `expires_at` the moment it passes. This is the
/// record that it happened, made by whichever server instance looks first (`PeriodicService.leaseLapses` runs it every 30 s on
/// each): a lease is claimed by setting `lapse_recorded_at` while its row is locked, so two instances never both
/// record it, and a heartbeat that extends a lease in time (it locks the same row) keeps it from lapsing.
public struct LeaseLapses: Sendable {
    /// Leases recorded per transaction; an account with more lapses is worked through in several.
    static let batchSize = 200

    /// The account's leases that ran out unreturned and are not recorded yet, by `$1`.
    private static let lapsed =
        "account_id = $account AND released_at IS NULL AND lapse_recorded_at IS NULL AND expires_at <= $1"

    let services: Services

    public init(services: Services) {
        self.services = services
    }

    /// Records every lease that has lapsed by now, in every enabled account; returns how many. A disabled account's
    /// lapses stay unrecorded, and are recorded (and announced) once it is enabled again.
    @discardableResult
    public func recordDue() async throws -> Int {
        let now = services.now()
        // The partial index `floating_leases_unrecorded_lapses` makes the look for work cheap.
        return try await AccountSweep.run(
            services, due: "SELECT 1 AS lapsed FROM floating_leases WHERE \(Self.lapsed) LIMIT 1", binds: [now.sqlValue],
            batchSize: Self.batchSize
        ) { connection in
            try Self.record(lapsedBy: now, on: connection)
        }
    }

    /// One batch of the account's lapsed, unrecorded leases: how many were found, and how many this call recorded.
    static func record(lapsedBy now: Date, on connection: TenantConnection) throws -> (found: Int, done: Int) {
        let rows = try connection.query(
            """
            SELECT id, license_id, device_id, expires_at, created_at FROM floating_leases
            WHERE \(lapsed) ORDER BY expires_at, id LIMIT \(batchSize)
            """ + connection.dialect.forUpdate,
            [now.sqlValue])
        var claimed = 0
        for row in rows {
            let lease = FloatingLease(
                id: try row.string("id"), licenseID: try row.string("license_id"), deviceID: try row.string("device_id"),
                checkedOutAt: try row.date("created_at"), expiresAt: try row.date("expires_at"))
            let updated = try connection.execute(
                "UPDATE floating_leases SET lapse_recorded_at = $2 WHERE id = $1 AND account_id = $account AND lapse_recorded_at IS NULL",
                [.text(lease.id), now.sqlValue])
            guard updated == 1 else { continue }
            try AuditedChange.system(at: now).record(.leaseExpired(lease), on: connection)
            claimed += 1
        }
        return (rows.count, claimed)
    }
}
