import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// The runtime API licensed applications call. Every answer is decided in the order the Runtime tag of
/// `openapi.yaml` documents (`RuntimeRules`), and every decision, allowed or refused, leaves one activity-ledger row:
/// changes write theirs in their own transaction; validations, checks, heartbeats and refusals through the
/// `ActivityBatcher`.
///
/// The server signs the `data` these handlers return with the key of the license's account; offline licenses are
/// signed here (`HandlerContext.sign`, the same key), because their payload travels sealed inside the answer.
public struct RuntimeHandlers: RuntimeAPI {
    let services: Services
    let activity: ActivityBatcher

    public init(services: Services, activity: ActivityBatcher) {
        self.services = services
        self.activity = activity
    }

    // MARK: Reads

    public func validateLicense(_ input: Operations.ValidateLicense.Input, context: HandlerContext) async throws -> Operations.ValidateLicense.Output {
        .ok(try await entitlement("license.validate", input.body, recordsValidation: true, context))
    }

    public func checkLicense(_ input: Operations.CheckLicense.Input, context: HandlerContext) async throws -> Operations.CheckLicense.Output {
        .ok(try await entitlement("license.check", input.body, recordsValidation: false, context))
    }

    /// Validation and check: one read statement, no write on the request path. The device's "last seen" is written
    /// with the ledger row by the batcher, at most once a minute.
    private func entitlement(
        _ action: String, _ body: RuntimeBindingRequest?, recordsValidation: Bool, _ context: HandlerContext
    ) async throws -> RuntimeEntitlementResponseData {
        let trace = RuntimeTrace(action: action, licenseID: try Self.licenseID(context), appVersion: body?.appVersion)
        let now = services.now()
        do {
            let binding = try DeviceBinding(body)
            let state = try await RuntimeState.read(
                license: trace.licenseID, bindingKey: binding.key, appVersion: body?.appVersion, account: context.accountID,
                from: services.database)
            trace.loaded(state)
            try RuntimeRules.productMatches(body?.productCode, state)
            try RuntimeRules.licenseIsUsable(state.license, at: now)
            try RuntimeRules.platformIsAllowed(binding, state.policy)
            let device = try RuntimeRules.deviceIsActive(state.device, at: now)
            trace.device(device.id)
            let version = try RuntimeRules.versionEligibility(state, appVersion: body?.appVersion)
            let touch = now.timeIntervalSince(device.lastSeenAt) >= 60
                ? ActivityBatcher.Touch(deviceID: device.id, validated: recordsValidation, ipAddress: context.ipAddress, date: now) : nil
            activity.record(trace.activity(at: now, requestID: context.requestID), touching: touch, account: context.accountID)
            return Entitlements.entitlement(state, deviceID: device.id, version: version, nonce: body?.nonce, at: now)
        } catch {
            activity.record(trace.activity(at: now, requestID: context.requestID, error: error), account: context.accountID)
            throw error
        }
    }

    // MARK: Activation

    public func activateLicense(_ input: Operations.ActivateLicense.Input, context: HandlerContext) async throws -> Operations.ActivateLicense.Output {
        let body = input.body
        return .ok(try await change("license.activate", body?.appVersion, context) { connection, now, trace in
            let binding = try DeviceBinding(body)
            var state = try RuntimeState.load(
                license: trace.licenseID, bindingKey: binding.key, appVersion: body?.appVersion, locking: true, on: connection)
            trace.loaded(state)
            try RuntimeRules.productMatches(body?.productCode, state)
            try RuntimeRules.licenseIsUsable(state.license, at: now)
            try RuntimeRules.platformIsAllowed(binding, state.policy)
            if state.device?.status == .blacklisted {
                throw APIError(.deviceBlacklisted, "this device is blacklisted for the license")
            }
            let wasActive = state.device?.status == .active
            // A floating device that activates becomes node-locked: it takes a slot like any device new to the license.
            let takesSlot = !wasActive || state.device?.seat != .nodeLocked
            if !wasActive { try Self.containerSlotIsFree(binding, state, on: connection) }
            if takesSlot { try RuntimeRules.activationSlotIsFree(state) }
            if takesSlot { try RuntimeRules.dailyActivationIsFree(state, limits: services.limits, at: now, on: connection) }
            let version = try RuntimeRules.versionEligibility(state, appVersion: body?.appVersion)
            let deviceID: String
            if let device = state.device {
                deviceID = device.id
                try DeviceStore.update(
                    id: device.id, status: .active, seat: .nodeLocked, reported: binding, ipAddress: context.ipAddress, at: now, on: connection)
            } else {
                deviceID = try DeviceStore.insert(
                    binding, seat: .nodeLocked, licenseID: state.license.id, ipAddress: context.ipAddress, at: now, on: connection)
            }
            trace.device(deviceID)
            if takesSlot {
                state.license.activeDeviceCount += 1
                state.license.timesActivated += 1
                state.license.updatedAt = now
                try LicenseStore.update(state.license, on: connection)
                try Self.announce(
                    "device.activated", deviceID, state.license.id, ["binding_kind": .string(binding.kind.rawValue)], context, now, connection)
            }
            return Entitlements.entitlement(state, deviceID: deviceID, version: version, nonce: body?.nonce, at: now)
        })
    }

    /// Records a device change in the audit chain and announces it to webhook subscribers with the device as it now is.
    private static func announce(
        _ event: String, _ deviceID: String, _ licenseID: String, _ metadata: [String: JSONValue], _ context: HandlerContext, _ now: Date,
        _ connection: TenantConnection
    ) throws {
        guard let device = try DeviceStore.find(id: deviceID, licenseID: licenseID, on: connection) else { return }
        try AuditedChange(context, at: now).record(
            event, "device", id: deviceID, ["license_id": .string(licenseID)].merging(metadata) { $1 }, announcing: device, on: connection)
    }

    /// Step 5's container limit, for a device about to become active (by activation or by checkout).
    private static func containerSlotIsFree(_ binding: DeviceBinding, _ state: RuntimeState, on connection: TenantConnection) throws {
        if binding.kind == .container, let limit = state.policy.maxContainerInstances,
           try DeviceStore.activeContainers(licenseID: state.license.id, on: connection) >= limit {
            throw APIError(
                .deviceLimitReached, "the license already runs the most containers its policy allows (\(limit))", detail: "max_container_instances")
        }
    }

    public func deactivateLicense(
        _ input: Operations.DeactivateLicense.Input, context: HandlerContext
    ) async throws -> Operations.DeactivateLicense.Output {
        let body = input.body
        return .ok(try await change("license.deactivate", body?.appVersion, context) { connection, now, trace in
            let binding = try DeviceBinding(body)
            var state = try RuntimeState.load(license: trace.licenseID, bindingKey: binding.key, appVersion: nil, locking: true, on: connection)
            trace.loaded(state)
            try RuntimeRules.productMatches(body?.productCode, state)
            guard let device = state.device else {
                throw APIError(.notActivated, "this device has never been activated on the license")
            }
            trace.device(device.id)
            if device.status == .active {
                try DeviceStore.update(id: device.id, status: .deactivated, reported: nil, ipAddress: nil, at: now, on: connection)
                try LeaseStore.releaseAll(deviceID: device.id, at: now, on: connection)
                // Only a node-locked device held one of the license's activation slots.
                if device.seat == .nodeLocked {
                    state.license.activeDeviceCount = max(0, state.license.activeDeviceCount - 1)
                    state.license.updatedAt = now
                    try LicenseStore.update(state.license, on: connection)
                }
                try Self.announce("device.deactivated", device.id, state.license.id, [:], context, now, connection)
            } else {
                trace.note("already", .string(device.status.rawValue))
            }
            return Entitlements.deactivation(state, deviceID: device.id, nonce: body?.nonce, at: now)
        })
    }

    // MARK: Metering

    public func consumeLicense(_ input: Operations.ConsumeLicense.Input, context: HandlerContext) async throws -> Operations.ConsumeLicense.Output {
        let body = input.body
        let amount = body.amount ?? 1
        let request = RuntimeBindingRequest(
            fingerprint: body.fingerprint, hostname: body.hostname, os: body.os, isVM: body.isVM, isContainer: body.isContainer,
            containerID: body.containerID, clusterID: body.clusterID, namespace: body.namespace, podName: body.podName,
            appVersion: body.appVersion, nonce: body.nonce, productCode: body.productCode)
        return .ok(try await change("license.consume", body.appVersion, context) { connection, now, trace in
            trace.feature(body.featureCode, amount: amount)
            let binding = try DeviceBinding(request)
            var state = try RuntimeState.load(
                license: trace.licenseID, bindingKey: binding.key, appVersion: body.appVersion, locking: true, on: connection)
            trace.loaded(state)
            try RuntimeRules.productMatches(body.productCode, state)
            try RuntimeRules.licenseIsUsable(state.license, at: now)
            try RuntimeRules.platformIsAllowed(binding, state.policy)
            let device = try RuntimeRules.deviceIsActive(state.device, at: now)
            trace.device(device.id)
            let version = try RuntimeRules.versionEligibility(state, appVersion: body.appVersion)
            if let recorded = try ConsumptionStore.find(licenseID: state.license.id, eventID: body.eventID, on: connection) {
                guard recorded.featureCode == body.featureCode, recorded.amount == amount else {
                    throw APIError(
                        .conflict, "event_id '\(body.eventID)' already recorded a consumption of \(recorded.amount) of '\(recorded.featureCode)'",
                        detail: "event_id")
                }
                // The first answer again; the repeat consumes nothing, so its row carries no amount.
                trace.feature(body.featureCode, amount: 0)
                trace.note("replayed_event_id", .string(body.eventID))
                return recorded.data
            }
            let (assignment, consumed, licenseTotal) = try RuntimeRules.canConsume(body.featureCode, amount: amount, in: state, at: now)
            try ConsumptionStore.consume(licenseID: state.license.id, featureID: assignment.featureID, amount: amount, at: now, on: connection)
            if let index = state.assignments.firstIndex(where: { $0.featureID == assignment.featureID }) {
                state.assignments[index].consumed = consumed
            }
            state.license.totalConsumptions = licenseTotal
            // The consumption that uses up the quota announces it, once: later ones are refused before they get here.
            if let quota = assignment.quota, assignment.consumed < quota, consumed >= quota,
               let feature = try LicenseFeatureStore.find(licenseID: state.license.id, featureID: assignment.featureID, on: connection) {
                try WebhookOutbox.enqueue(type: "usage.quota_reached", data: feature, at: now, on: connection)
            }
            let data = Entitlements.entitlement(state, deviceID: device.id, version: version, nonce: body.nonce, at: now)
            try ConsumptionStore.insert(
                licenseID: state.license.id, eventID: body.eventID, featureCode: body.featureCode, amount: amount, data: data, at: now,
                on: connection)
            return data
        })
    }

    // MARK: Offline

    public func issueOfflineLicense(
        _ input: Operations.IssueOfflineLicense.Input, context: HandlerContext
    ) async throws -> Operations.IssueOfflineLicense.Output {
        let body = input.body
        guard let licenseKey = context.licenseKey, let sign = context.sign else {
            throw APIError(.unauthorized, "this route takes `Authorization: License <key>`")
        }
        return .ok(try await change("license.offline", body?.appVersion, context) { connection, now, trace in
            let binding = try DeviceBinding(body)
            let state = try RuntimeState.load(
                license: trace.licenseID, bindingKey: binding.key, appVersion: body?.appVersion, locking: false, on: connection)
            trace.loaded(state)
            try RuntimeRules.productMatches(body?.productCode, state)
            try RuntimeRules.licenseIsUsable(state.license, at: now)
            try RuntimeRules.platformIsAllowed(binding, state.policy)
            let device = try RuntimeRules.deviceIsActive(state.device, at: now)
            trace.device(device.id)
            let version = try RuntimeRules.versionEligibility(state, appVersion: body?.appVersion)
            guard state.policy.allowOfflineActivation else {
                throw APIError.validationFailed("this license's policy does not allow offline licenses", detail: "allow_offline_activation")
            }
            // The policy's grace days, but never past the license's expiry, nor, for a floating device, its lease.
            let window = now.addingTimeInterval(TimeInterval(state.policy.offlineGraceDays) * 86_400)
            let validUntil = [window, state.license.expiresAt, device.seat == .floating ? device.leaseExpiresAt : nil].compactMap { $0 }.min()!
            let data = Entitlements.offline(state, deviceID: device.id, version: version, nonce: body?.nonce, validUntil: validUntil, at: now)
            return try OfflineEnvelopes.seal(data, licenseKey: licenseKey, sign: sign)
        })
    }

    // MARK: Floating seats

    public func checkoutFloatingLicense(
        _ input: Operations.CheckoutFloatingLicense.Input, context: HandlerContext
    ) async throws -> Operations.CheckoutFloatingLicense.Output {
        let body = input.body
        let masterKey = services.masterKey
        return .ok(try await change("license.checkout", body?.appVersion, context) { connection, now, trace in
            let binding = try DeviceBinding(body)
            let state = try RuntimeState.load(
                license: trace.licenseID, bindingKey: binding.key, appVersion: body?.appVersion, locking: true, on: connection)
            trace.loaded(state)
            try RuntimeRules.productMatches(body?.productCode, state)
            try RuntimeRules.licenseIsUsable(state.license, at: now)
            try RuntimeRules.platformIsAllowed(binding, state.policy)
            guard let seats = state.policy.maxFloatingUsers else {
                throw APIError.validationFailed("this license's policy offers no floating seats", detail: "max_floating_users")
            }
            if state.device?.status == .blacklisted {
                throw APIError(.deviceBlacklisted, "this device is blacklisted for the license")
            }
            // A device that is not active is bound as a floating one: it takes no activation slot. An active device keeps its
            // seat, so a node-locked device that checks out stays node-locked.
            let binds = state.device?.status != .active
            if binds { try Self.containerSlotIsFree(binding, state, on: connection) }
            let version = try RuntimeRules.versionEligibility(state, appVersion: body?.appVersion)
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
            guard try LeaseStore.liveCount(licenseID: state.license.id, at: now, on: connection) < seats else {
                throw APIError(.floatingLimitReached, "all \(seats) floating seat(s) of the license are in use; try again later")
            }
            let token = SecretToken.make(prefix: Self.leaseTokenPrefix)
            let expiresAt = now.addingTimeInterval(TimeInterval(state.policy.floatingTimeoutMinutes) * 60)
            let leaseID = try LeaseStore.insert(
                licenseID: state.license.id, deviceID: deviceID, tokenHash: masterKey.tokenHash(token, purpose: .leaseToken),
                expiresAt: expiresAt, at: now, on: connection)
            try AuditedChange(context, at: now).record(
                "lease.checked_out", "lease", id: leaseID, ["license_id": .string(state.license.id), "device_id": .string(deviceID)],
                announcing: FloatingLease(id: leaseID, licenseID: state.license.id, deviceID: deviceID, checkedOutAt: now, expiresAt: expiresAt),
                on: connection)
            return Entitlements.checkout(
                state, deviceID: deviceID, leaseToken: token, leaseExpiresAt: expiresAt, version: version, nonce: body?.nonce, at: now)
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
            let data = try await services.database.write(account: context.accountID) { connection in
                let state = try RuntimeState.load(license: trace.licenseID, bindingKey: nil, appVersion: nil, locking: true, on: connection)
                trace.loaded(state)
                try RuntimeRules.productMatches(body.productCode, state)
                try RuntimeRules.licenseIsUsable(state.license, at: now)
                let lease = try Self.liveLease(tokenHash, state, at: now, on: connection)
                trace.device(lease.deviceID)
                let expiresAt = now.addingTimeInterval(TimeInterval(state.policy.floatingTimeoutMinutes) * 60)
                try LeaseStore.extend(id: lease.id, until: expiresAt, on: connection)
                return Entitlements.lease(state, deviceID: lease.deviceID, leaseExpiresAt: expiresAt, nonce: body.nonce, at: now)
            }
            activity.record(trace.activity(at: now, requestID: context.requestID), account: context.accountID)
            return .ok(data)
        } catch {
            activity.record(trace.activity(at: now, requestID: context.requestID, error: error), account: context.accountID)
            throw error
        }
    }

    public func checkinFloatingLicense(
        _ input: Operations.CheckinFloatingLicense.Input, context: HandlerContext
    ) async throws -> Operations.CheckinFloatingLicense.Output {
        let body = input.body
        let tokenHash = services.masterKey.tokenHash(body.leaseToken, purpose: .leaseToken)
        return .ok(try await change("license.checkin", nil, context) { connection, now, trace in
            let state = try RuntimeState.load(license: trace.licenseID, bindingKey: nil, appVersion: nil, locking: true, on: connection)
            trace.loaded(state)
            try RuntimeRules.productMatches(body.productCode, state)
            let lease = try Self.liveLease(tokenHash, state, at: now, on: connection)
            trace.device(lease.deviceID)
            try LeaseStore.release(id: lease.id, at: now, on: connection)
            // Returning its seat is what ends a floating device's use of the license.
            try DeviceStore.deactivateIfFloating(id: lease.deviceID, at: now, on: connection)
            return Entitlements.lease(state, deviceID: lease.deviceID, leaseExpiresAt: now, nonce: body.nonce, at: now)
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

    // MARK: Shared

    /// Runs a change in one write transaction (completing the request's idempotency claim there too), with its
    /// ledger row in the same transaction; a refusal's row goes through the batcher, since its transaction rolled back.
    private func change<Value: Encodable & Sendable>(
        _ action: String, _ appVersion: String?, _ context: HandlerContext,
        _ body: @escaping @Sendable (TenantConnection, Date, RuntimeTrace) throws -> Value
    ) async throws -> Value {
        let trace = RuntimeTrace(action: action, licenseID: try Self.licenseID(context), appVersion: appVersion)
        let now = services.now()
        do {
            return try await services.write(context) { connection in
                let value = try body(connection, now, trace)
                let row = trace.activity(at: now, requestID: context.requestID)
                try ActivityLedger.append(row, on: connection)
                // A replayed consumption (amount 0) consumed nothing and announces nothing.
                if row.action == "license.consume" && row.amount > 0 {
                    try WebhookOutbox.enqueue(type: "usage.consumed", data: row, at: now, on: connection)
                }
                return value
            }
        } catch {
            activity.record(trace.activity(at: now, requestID: context.requestID, error: error), account: context.accountID)
            throw error
        }
    }

    private static func licenseID(_ context: HandlerContext) throws -> String {
        guard case .license(let licenseID) = context.principal else {
            throw APIError(.unauthorized, "this route takes `Authorization: License <key>`")
        }
        return licenseID
    }
}
