import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Devices bound to licenses, as operators see them: listed and read with `license:read`, reset or blacklisted with
/// `device:write`. Resetting or blacklisting an active device frees its activation slot (a node-locked one's) and ends its floating leases;
/// each writes an audit event and an activity-ledger row.
public struct DevicesHandlers: DevicesAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listLicenseDevices(_ input: Operations.ListLicenseDevices.Input, context: HandlerContext) async throws -> Operations.ListLicenseDevices.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            _ = try LicenseStore.require(id: input.id, on: connection)
            return try DeviceStore.page(licenseID: input.id, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func getLicenseDevice(_ input: Operations.GetLicenseDevice.Input, context: HandlerContext) async throws -> Operations.GetLicenseDevice.Output {
        let device = try await services.database.read(account: context.accountID) { connection in
            try DeviceStore.find(id: input.deviceID, licenseID: input.id, on: connection)
        }
        guard let device else { throw APIError.notFound("device", id: input.deviceID) }
        return .ok(device)
    }

    public func blacklistLicenseDevice(
        _ input: Operations.BlacklistLicenseDevice.Input, context: HandlerContext
    ) async throws -> Operations.BlacklistLicenseDevice.Output {
        .ok(try await change(input.id, input.deviceID, to: .blacklisted, context) { device in
            guard device.status != .blacklisted else {
                throw APIError(.conflict, "the device is already blacklisted", detail: "status")
            }
            return JournalEvent.deviceBlacklisted
        })
    }

    public func unblacklistLicenseDevice(
        _ input: Operations.UnblacklistLicenseDevice.Input, context: HandlerContext
    ) async throws -> Operations.UnblacklistLicenseDevice.Output {
        .ok(try await change(input.id, input.deviceID, to: .deactivated, context) { device in
            guard device.status == .blacklisted else {
                throw APIError(.conflict, "only a blacklisted device can be unblacklisted; this one is \(device.status.rawValue)", detail: "status")
            }
            return JournalEvent.deviceUnblacklisted
        })
    }

    public func resetLicenseDevice(_ input: Operations.ResetLicenseDevice.Input, context: HandlerContext) async throws -> Operations.ResetLicenseDevice.Output {
        .ok(try await change(input.id, input.deviceID, to: .reset, context) { device in
            guard device.status == .active else {
                throw APIError(
                    .conflict, "only an active device can be reset; this one is \(device.status.rawValue)", detail: "status")
            }
            return JournalEvent.deviceReset
        })
    }

    /// Moves a device of the license to `status` once `allowed` agrees, freeing its slot and leases if it was active.
    private func change(
        _ licenseID: String, _ deviceID: String, to status: DeviceStatus, _ context: HandlerContext,
        _ allowed: @escaping @Sendable (Device) throws -> @Sendable (Device, StoredLicense) -> JournalEvent
    ) async throws -> Device {
        let change = services.change(by: context)
        return try await services.write(context) { connection in
            var license = try LicenseStore.require(id: licenseID, locking: true, on: connection)
            guard var device = try DeviceStore.find(id: deviceID, licenseID: licenseID, locking: true, on: connection) else {
                throw APIError.notFound("device", id: deviceID)
            }
            let event = try allowed(device)
            if device.status == .active {
                try SeatRelease.release(deviceID: device.id, seat: device.seat, as: status, license: &license, at: change.date, on: connection)
            } else {
                try DeviceStore.update(id: device.id, status: status, reported: nil, ipAddress: nil, at: change.date, on: connection)
            }
            device.status = status
            device.updatedAt = change.date
            try change.record(event(device, license), on: connection)
            return device
        }
    }
}
