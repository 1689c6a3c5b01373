import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Activation and deactivation of the calling device: a node-locked seat taken (`RuntimeRules.activation`) or given back.
extension RuntimeHandlers {
    public func activateLicense(_ input: Operations.ActivateLicense.Input, context: HandlerContext) async throws -> Operations.ActivateLicense.Output {
        let body = input.body
        let limitsEnabled = services.limits.enabled
        return .ok(try await change("license.activate", body?.appVersion, context) { connection, now, trace in
            let (call, deviceID) = try Self.activate(body, limitsEnabled: limitsEnabled, context: context, now: now, trace: trace, on: connection)
            return Entitlements.entitlement(call.state, deviceID: deviceID, version: call.version, nonce: body?.nonce, at: now)
        })
    }

    /// Activates the device `body` names on the license `trace` names, in the caller's write transaction: decided by
    /// `RuntimeRules.activation` on the locked license, a node-locked seat taken (and `device.activated` recorded) unless
    /// the device already holds one. Shared by `activateLicense` and the air-gapped activation of a machine file.
    static func activate(
        _ body: RuntimeBindingRequest?, limitsEnabled: Bool, context: HandlerContext, now: Date, trace: RuntimeTrace,
        on connection: TenantConnection
    ) throws -> (call: RuntimeCall, deviceID: String) {
        let binding = try DeviceBinding(body)
        var call = try decide(
            RuntimeRules.activation, binding: binding, productCode: body?.productCode, appVersion: body?.appVersion, locking: true,
            now: now, limitsEnabled: limitsEnabled, trace: trace, on: connection)
        let takesSlot = call.state.activationTakesSlot
        let deviceID: String
        if let device = call.state.device {
            deviceID = device.id
            try DeviceStore.update(
                id: device.id, status: .active, seat: .nodeLocked, reported: binding, ipAddress: context.ipAddress, at: now, on: connection)
        } else {
            deviceID = try DeviceStore.insert(
                binding, seat: .nodeLocked, licenseID: call.state.license.id, ipAddress: context.ipAddress, at: now, on: connection)
        }
        trace.device(deviceID)
        if takesSlot {
            call.state.license.activeDeviceCount += 1
            call.state.license.timesActivated += 1
            call.state.license.updatedAt = now
            try LicenseStore.update(call.state.license, on: connection)
            try RuntimeRules.countActivation(call.state, at: now, on: connection)
            try record(JournalEvent.deviceActivated, deviceID, call.state.license.id, context, now, connection)
        }
        return (call, deviceID)
    }

    public func deactivateLicense(
        _ input: Operations.DeactivateLicense.Input, context: HandlerContext
    ) async throws -> Operations.DeactivateLicense.Output {
        let body = input.body
        return .ok(try await change("license.deactivate", body?.appVersion, context) { connection, now, trace in
            var call = try Self.decide(
                RuntimeRules.deactivation, binding: try DeviceBinding(body), productCode: body?.productCode, appVersion: nil, locking: true,
                now: now, trace: trace, on: connection)
            guard let device = call.state.device else {
                throw APIError(.notActivated, "this device has never been activated on the license")
            }
            trace.device(device.id)
            if device.status == .active {
                try SeatRelease.release(
                    deviceID: device.id, seat: device.seat, as: .deactivated, license: &call.state.license, at: now, on: connection)
                try Self.record(JournalEvent.deviceDeactivated, device.id, call.state.license.id, context, now, connection)
            } else {
                trace.note("already", .string(device.status.rawValue))
            }
            return Entitlements.deactivation(call.state, deviceID: device.id, nonce: body?.nonce, at: now)
        })
    }
}

/// The application's own machine file: the machine activated, then a file bound to it and encrypted for the call's
/// license key and the fingerprint together (`LicensesHandlers.writeFile`).
extension RuntimeHandlers {
    public func issueMachineFile(_ input: Operations.IssueMachineFile.Input, context: HandlerContext) async throws -> Operations.IssueMachineFile.Output {
        let body = input.body
        let binding = RuntimeBindingRequest(
            fingerprint: body.fingerprint, hostname: body.hostname, os: body.os, isVM: body.isVM, appVersion: body.appVersion, nonce: body.nonce,
            productCode: body.productCode)
        let limitsEnabled = services.limits.enabled
        let masterKey = services.masterKey
        let licenseKey = context.licenseKey
        return .ok(try await change("license.activate", body.appVersion, context) { connection, now, trace in
            let (call, deviceID) = try Self.activate(binding, limitsEnabled: limitsEnabled, context: context, now: now, trace: trace, on: connection)
            var file = try LicensesHandlers.writeFile(
                state: call.state, machine: (deviceID, body.fingerprint), licenseKey: licenseKey, ttlDays: body.ttlDays ?? LicensesHandlers.licenseFileDefaultDays,
                masterKey: masterKey, change: AuditedChange(context, at: now), account: context.accountID, on: connection)
            file.nonce = body.nonce
            return file
        })
    }
}
