import LocksmithAPI

/// What the journal records for the runtime's changes. Every one is in the webhook catalogue. Devices: an audit event and
/// a delivery of the device as it now is; a runtime change's ledger row is its runtime call's (`Journal.recordDecision`),
/// and an operator's reset or blacklisting adds a management row on the license. Leases: an audit event and a delivery of
/// the lease. A filled quota: a delivery of the assignment only, the consumption being recorded already.
extension JournalEvent {
    /// A device activated by its application: the license and how the device is bound.
    static func deviceActivated(_ device: Device) -> JournalEvent {
        .announced(
            .deviceActivated(device), "device", id: device.id,
            ["license_id": .string(device.licenseID), "binding_kind": .string(device.bindingKind.rawValue)])
    }

    /// A device deactivated by its application.
    static func deviceDeactivated(_ device: Device) -> JournalEvent {
        .announced(.deviceDeactivated(device), "device", id: device.id, ["license_id": .string(device.licenseID)])
    }

    /// A node-locked device the server deactivated because it went unseen longer than its policy allows
    /// (`deactivate_inactive_after_days`), with a system row on the license's ledger.
    static func deviceDeactivatedAsInactive(_ device: Device, license: StoredLicense, days: Int) -> JournalEvent {
        .announced(
            .deviceDeactivated(device), "device", id: device.id,
            ["license_id": .string(device.licenseID), "reason": .string("inactive"), "inactive_after_days": .integer(Int64(days))],
            activity: .license(license, action: "license.device.deactivate_inactive", details: .init(deviceID: device.id)))
    }

    /// A device reset by an operator, with the license's ledger row.
    static func deviceReset(_ device: Device, license: StoredLicense) -> JournalEvent {
        .announced(
            .deviceReset(device), "device", id: device.id, AuditMetadata.values(of: device, recording: DeviceStore.auditedFields),
            activity: .license(license, action: "license.device.reset", details: .init(deviceID: device.id)))
    }

    /// A device blacklisted by an operator, with the license's ledger row.
    static func deviceBlacklisted(_ device: Device, license: StoredLicense) -> JournalEvent {
        .announced(
            .deviceBlacklisted(device), "device", id: device.id, AuditMetadata.values(of: device, recording: DeviceStore.auditedFields),
            activity: .license(license, action: "license.device.blacklist", details: .init(deviceID: device.id)))
    }

    /// A blacklisting lifted by an operator (the device is deactivated, holding no seat), with the license's ledger row.
    static func deviceUnblacklisted(_ device: Device, license: StoredLicense) -> JournalEvent {
        .audited(
            .deviceUnblacklisted, "device", id: device.id, AuditMetadata.values(of: device, recording: DeviceStore.auditedFields),
            activity: .license(license, action: "license.device.unblacklist", details: .init(deviceID: device.id)))
    }

    /// A floating seat leased.
    static func leaseCheckedOut(_ lease: FloatingLease) -> JournalEvent {
        .announced(.leaseCheckedOut(lease), "lease", id: lease.id, leaseMetadata(lease))
    }

    /// A lease that ran out without a check-in, recorded once (`LeaseLapses`).
    static func leaseExpired(_ lease: FloatingLease) -> JournalEvent {
        .announced(.leaseExpired(lease), "lease", id: lease.id, leaseMetadata(lease))
    }

    private static func leaseMetadata(_ lease: FloatingLease) -> [String: JSONValue] {
        ["license_id": .string(lease.licenseID), "device_id": .string(lease.deviceID)]
    }

    /// The consumption that used up a feature's quota, with the assignment after it.
    static func quotaReached(_ feature: LicenseFeature) -> JournalEvent {
        .announced(.usageQuotaReached(feature), "license_feature", id: feature.featureID)
    }
}
