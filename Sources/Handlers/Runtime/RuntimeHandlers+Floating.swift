import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// Floating seats: leases checked out (`RuntimeRules.checkout`), kept alive by heartbeats when the policy requires them
/// (`RuntimeState.leaseExpiry`), and checked in.
extension RuntimeHandlers {
    public func checkoutFloatingLicense(
        _ input: Operations.CheckoutFloatingLicense.Input, context: HandlerContext
    ) async throws -> Operations.CheckoutFloatingLicense.Output {
        let body = input.body
        let masterKey = services.masterKey
        return .ok(try await change("license.checkout", body?.appVersion, context) { connection, now, trace in
            let binding = try DeviceBinding(body)
            let call = try Self.decide(
                RuntimeRules.checkout, binding: binding, productCode: body?.productCode, appVersion: body?.appVersion, locking: true,
                now: now, trace: trace, on: connection)
            let state = call.state
            // A device that is not active is bound as a floating one: it takes no activation slot. An active device keeps its
            // seat, so a node-locked device that checks out stays node-locked.
            let binds = state.device?.status != .active
            let deviceID: String
            if let device = state.device {
                deviceID = device.id
                try DeviceStore.update(
                    id: device.id, status: .active, seat: binds ? .floating : nil, reported: binding, ipAddress: context.ipAddress, at: now,
                    on: connection)
                // A device checking out again gives back the lease it holds.
                try LeaseStore.releaseAll(deviceID: device.id, at: now, on: connection)
            } else {
                deviceID = try DeviceStore.insert(
                    binding, seat: .floating, licenseID: state.license.id, ipAddress: context.ipAddress, at: now, on: connection)
            }
            trace.device(deviceID)
            let seats = state.policy.maxFloatingUsers ?? 0
            guard try LeaseStore.liveCount(licenseID: state.license.id, at: now, on: connection) < seats else {
                throw APIError(.floatingLimitReached, "all \(seats) floating seat(s) of the license are in use; try again later")
            }
            let token = SecretToken.make(prefix: Self.leaseTokenPrefix)
            let expiresAt = state.leaseExpiry(at: now)
            let leaseID = try LeaseStore.insert(
                licenseID: state.license.id, deviceID: deviceID, tokenHash: masterKey.tokenHash(token, purpose: .leaseToken),
                expiresAt: expiresAt, at: now, on: connection)
            try DeviceStore.holdLease(id: deviceID, until: expiresAt, on: connection)
            try AuditedChange(context, at: now).record(
                .leaseCheckedOut(FloatingLease(id: leaseID, licenseID: state.license.id, deviceID: deviceID, checkedOutAt: now, expiresAt: expiresAt)),
                on: connection)
            return Entitlements.checkout(
                state, deviceID: deviceID, leaseToken: token, leaseExpiresAt: expiresAt, version: call.version, nonce: body?.nonce, at: now)
        })
    }

    public func heartbeatFloatingLicense(
        _ input: Operations.HeartbeatFloatingLicense.Input, context: HandlerContext
    ) async throws -> Operations.HeartbeatFloatingLicense.Output {
        let body = input.body
        let trace = RuntimeTrace(action: "license.heartbeat", licenseID: try Self.licenseID(context), appVersion: nil)
        let now = services.now()
        let tokenHash = services.masterKey.tokenHash(body.leaseToken, purpose: .leaseToken)
        do {
            let data = try await services.write(context) { connection in
                let call = try Self.decide(
                    RuntimeRules.heartbeat, binding: nil, productCode: body.productCode, appVersion: nil, locking: true, now: now,
                    trace: trace, on: connection)
                let lease = try Self.liveLease(tokenHash, call.state, at: now, on: connection)
                trace.device(lease.deviceID)
                let expiresAt = call.state.leaseExpiry(at: now)
                try LeaseStore.extend(id: lease.id, until: expiresAt, on: connection)
                try DeviceStore.holdLease(id: lease.deviceID, until: expiresAt, on: connection)
                return Entitlements.lease(call.state, deviceID: lease.deviceID, leaseExpiresAt: expiresAt, nonce: body.nonce, at: now)
            }
            try await activity.record(trace.activity(at: now, requestID: context.requestID), account: context.accountID)
            return .ok(data)
        } catch {
            try await activity.record(trace.activity(at: now, requestID: context.requestID, error: error), refusing: error, account: context.accountID)
            throw error
        }
    }

    public func checkinFloatingLicense(
        _ input: Operations.CheckinFloatingLicense.Input, context: HandlerContext
    ) async throws -> Operations.CheckinFloatingLicense.Output {
        let body = input.body
        let tokenHash = services.masterKey.tokenHash(body.leaseToken, purpose: .leaseToken)
        return .ok(try await change("license.checkin", nil, context) { connection, now, trace in
            let call = try Self.decide(
                RuntimeRules.checkin, binding: nil, productCode: body.productCode, appVersion: nil, locking: true, now: now, trace: trace,
                on: connection)
            let lease = try Self.liveLease(tokenHash, call.state, at: now, on: connection)
            trace.device(lease.deviceID)
            try LeaseStore.release(id: lease.id, at: now, on: connection)
            // Returning its seat is what ends a floating device's use of the license.
            try DeviceStore.checkIn(id: lease.deviceID, at: now, on: connection)
            return Entitlements.lease(call.state, deviceID: lease.deviceID, leaseExpiresAt: now, nonce: body.nonce, at: now)
        })
    }

    private static let leaseTokenPrefix = "lsl_"

    private static func liveLease(_ tokenHash: [UInt8], _ state: RuntimeState, at now: Date, on connection: TenantConnection) throws -> LeaseStore.Lease {
        guard let lease = try LeaseStore.find(tokenHash: tokenHash, licenseID: state.license.id, locking: true, on: connection), lease.isLive(at: now)
        else {
            throw APIError(.leaseExpired, "the lease has lapsed, was checked in, or is unknown; check out again", detail: "lease_token")
        }
        return lease
    }
}
