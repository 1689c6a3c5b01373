import LocksmithAPI
import LocksmithStorage

/// Read-only access to the `devices` table for reports: every device ever bound to a license, whatever its status.
/// (The runtime area owns the table and its writes.)
enum ReportDevices {
    private static let columns = """
        id, license_id, binding_kind, binding_key, fingerprint, hostname, os, ip_address, is_vm, is_container, container_id, cluster_id,
        namespace, pod_name, status, first_seen_at, last_seen_at, last_validated_at, metadata, created_at, updated_at
        """

    /// The license's devices, oldest first.
    static func all(licenseID: String, on connection: TenantConnection) throws -> [Device] {
        try connection.query(
            "SELECT \(columns) FROM devices WHERE license_id = $1 AND account_id = $account ORDER BY id", [.text(licenseID)]
        ).map(record)
    }

    private static func record(_ row: SQLRow) throws -> Device {
        Device(
            id: try row.string("id"), licenseID: try row.string("license_id"),
            bindingKind: DeviceBindingKind(rawValue: try row.string("binding_kind")), bindingKey: try row.string("binding_key"),
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
