import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `devices` table. Rows are the contract's `Device`; one per (license, binding key), reused when a
/// device comes back.
enum DeviceStore {
    /// The fields whose values audit events record (`AuditMetadata`): the binding kind, seat and status, never the
    /// fingerprint, host name or addresses the application reported.
    static let auditedFields: Set<String> = ["license_id", "binding_kind", "seat", "status", "is_vm", "is_container"]
    private static let columns = """
        id, license_id, binding_kind, binding_key, fingerprint, hostname, os, ip_address, is_vm, is_container, container_id, cluster_id,
        namespace, pod_name, status, first_seen_at, last_seen_at, last_validated_at, metadata, created_at, updated_at, seat
        """

    /// A new device, active, for `binding`, holding the license through `seat`.
    static func insert(
        _ binding: DeviceBinding, seat: DeviceSeat, licenseID: String, ipAddress: String?, at date: Date, on connection: TenantConnection
    ) throws -> String {
        let id = ResourceID.make("dev", at: date)
        let request = binding.request
        try connection.execute(
            """
            INSERT INTO devices (account_id, \(columns))
            VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'active', $15, $15, NULL, '{}', $15, $15, $16)
            """,
            [.text(id), .text(licenseID), .text(binding.kind.rawValue), .text(binding.key), request.fingerprint.sqlValue,
             request.hostname.sqlValue, request.os.sqlValue, ipAddress.sqlValue, (request.isVM ?? false).sqlValue,
             (binding.kind == .container).sqlValue, request.containerID.sqlValue, request.clusterID.sqlValue, request.namespace.sqlValue,
             request.podName.sqlValue, date.sqlValue, .text(seat.rawValue)])
        return id
    }

    /// Sets a device's status (and its seat, unless nil) and what the application last reported about it.
    static func update(
        id: String, status: DeviceStatus, seat: DeviceSeat? = nil, reported binding: DeviceBinding?, ipAddress: String?, at date: Date,
        on connection: TenantConnection
    ) throws {
        if let request = binding?.request {
            try connection.execute(
                """
                UPDATE devices SET status = $2, hostname = COALESCE($3, hostname), os = COALESCE($4, os), ip_address = COALESCE($5, ip_address),
                    is_vm = $6, last_seen_at = $7, updated_at = $7, seat = COALESCE($8, seat)
                WHERE id = $1 AND account_id = $account
                """,
                [.text(id), .text(status.rawValue), request.hostname.sqlValue, request.os.sqlValue, ipAddress.sqlValue,
                 (request.isVM ?? false).sqlValue, date.sqlValue, (seat?.rawValue).sqlValue])
        } else {
            try connection.execute(
                "UPDATE devices SET status = $2, updated_at = $3 WHERE id = $1 AND account_id = $account",
                [.text(id), .text(status.rawValue), date.sqlValue])
        }
    }

    /// Marks every active device of the license `status` (`deactivated` or `reset`); returns how many. The caller ends
    /// their leases (`LeaseStore.releaseAll(licenseID:at:on:)`) and sets the license's `active_device_count` to 0: what a
    /// revocation, and a transfer that asks for free slots, do.
    @discardableResult
    static func releaseActive(licenseID: String, as status: DeviceStatus, at date: Date, on connection: TenantConnection) throws -> Int {
        try connection.execute(
            "UPDATE devices SET status = $2, updated_at = $3 WHERE license_id = $1 AND account_id = $account AND status = 'active'",
            [.text(licenseID), .text(status.rawValue), date.sqlValue])
    }

    /// Records when the device's lease lapses: at checkout and at each heartbeat (the lease row is `LeaseStore`'s).
    static func holdLease(id: String, until expiresAt: Date, on connection: TenantConnection) throws {
        try connection.execute("UPDATE devices SET lease_expires_at = $2 WHERE id = $1 AND account_id = $account", [.text(id), expiresAt.sqlValue])
    }

    /// The device's check-in: it holds no lease any more, and an active floating device is deactivated (a node-locked one
    /// keeps its seat).
    static func checkIn(id: String, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE devices SET lease_expires_at = NULL,
                status = CASE WHEN seat = 'floating' AND status = 'active' THEN 'deactivated' ELSE status END,
                updated_at = CASE WHEN seat = 'floating' AND status = 'active' THEN $2 ELSE updated_at END
            WHERE id = $1 AND account_id = $account
            """,
            [.text(id), date.sqlValue])
    }

    /// Records that the device was seen (and, for a validation, validated) at `date`.
    static func touch(id: String, validated: Bool, ipAddress: String?, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE devices SET last_seen_at = $2, last_validated_at = CASE WHEN $3 = 1 THEN $2 ELSE last_validated_at END,
                ip_address = COALESCE($4, ip_address)
            WHERE id = $1 AND account_id = $account
            """,
            [.text(id), date.sqlValue, .integer(validated ? 1 : 0), ipAddress.sqlValue])
    }

    static func find(id: String, licenseID: String, locking: Bool = false, on connection: TenantConnection) throws -> Device? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne(
            "SELECT \(columns) FROM devices WHERE id = $1 AND license_id = $2 AND account_id = $account" + lock, [.text(id), .text(licenseID)]
        ).map(record)
    }

    /// How many of the license's active devices are containers.
    static func activeContainers(licenseID: String, on connection: TenantConnection) throws -> Int {
        try connection.queryOne(
            "SELECT COUNT(*) AS n FROM devices WHERE license_id = $1 AND account_id = $account AND status = 'active' AND binding_kind = 'container'",
            [.text(licenseID)])?.int("n") ?? 0
    }

    /// Every device ever bound to the license, whatever its status, oldest first (the license audit report).
    static func all(licenseID: String, on connection: TenantConnection) throws -> [Device] {
        try connection.query(
            "SELECT \(columns) FROM devices WHERE license_id = $1 AND account_id = $account ORDER BY id", [.text(licenseID)]
        ).map(record)
    }

    /// The license's devices in creation order after the cursor (a device id).
    static func page(licenseID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Device> {
        try Listing.page(
            "devices", columns: columns, where: [("license_id", .text(licenseID))], after: cursor, limit: limit, on: connection,
            record: record, id: \.id)
    }

    private static func record(_ row: SQLRow) throws -> Device {
        Device(
            id: try row.string("id"), licenseID: try row.string("license_id"),
            bindingKind: DeviceBindingKind(rawValue: try row.string("binding_kind")), seat: DeviceSeat(rawValue: try row.string("seat")),
            bindingKey: try row.string("binding_key"),
            fingerprint: try row.optionalString("fingerprint"), hostname: try row.optionalString("hostname"), os: try row.optionalString("os"),
            ipAddress: try row.optionalString("ip_address"), isVM: try row.bool("is_vm"), isContainer: try row.bool("is_container"),
            containerID: try row.optionalString("container_id"), clusterID: try row.optionalString("cluster_id"),
            namespace: try row.optionalString("namespace"), podName: try row.optionalString("pod_name"),
            status: DeviceStatus(rawValue: try row.string("status")), firstSeenAt: try row.date("first_seen_at"),
            lastSeenAt: try row.date("last_seen_at"), lastValidatedAt: try row.optionalDate("last_validated_at"),
            metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
