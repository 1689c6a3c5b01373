import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Validation and check: the license's signed entitlement on the calling device, decided by `RuntimeRules.entitlement`.
extension RuntimeHandlers {
    public func validateLicense(_ input: Operations.ValidateLicense.Input, context: HandlerContext) async throws -> Operations.ValidateLicense.Output {
        .ok(try await entitlement("license.validate", input.body, recordsValidation: true, context))
    }

    /// `validateLicense` for a key sent in the body: the server authenticated the license from `key` before this runs,
    /// so the decision, ledger row and signed answer are validation's own.
    public func validateLicenseKey(
        _ input: Operations.ValidateLicenseKey.Input, context: HandlerContext
    ) async throws -> Operations.ValidateLicenseKey.Output {
        .ok(try await entitlement("license.validate", RuntimeBindingRequest(input.body), recordsValidation: true, context))
    }

    public func checkLicense(_ input: Operations.CheckLicense.Input, context: HandlerContext) async throws -> Operations.CheckLicense.Output {
        .ok(try await entitlement("license.check", input.body, recordsValidation: false, context))
    }

    /// One read statement, no write on the request path. The device's "last seen" is written with the ledger row by the
    /// batcher, at most once a minute.
    private func entitlement(
        _ action: String, _ body: RuntimeBindingRequest?, recordsValidation: Bool, _ context: HandlerContext
    ) async throws -> RuntimeEntitlementResponseData {
        let trace = RuntimeTrace(action: action, licenseID: try Self.licenseID(context), appVersion: body?.appVersion)
        let now = services.now()
        do {
            let binding = try DeviceBinding(body)
            let state = try await RuntimeState.read(
                license: trace.licenseID, bindingKey: binding.key, appVersion: body?.appVersion, account: context.accountID,
                from: services.database, cache: services.runtimeCache)
            trace.loaded(state)
            var call = RuntimeCall(state: state, binding: binding, productCode: body?.productCode, appVersion: body?.appVersion, now: now)
            try RuntimeRule.decide(RuntimeRules.entitlement, &call)
            let device = call.device!
            trace.device(device.id)
            let touch = now.timeIntervalSince(device.lastSeenAt) >= 60
                ? ActivityBatcher.Touch(deviceID: device.id, validated: recordsValidation, ipAddress: context.ipAddress, date: now) : nil
            try await activity.record(trace.activity(at: now, requestID: context.requestID), touching: touch, account: context.accountID)
            return Entitlements.entitlement(state, deviceID: device.id, version: call.version, nonce: body?.nonce, at: now)
        } catch {
            try await activity.record(trace.activity(at: now, requestID: context.requestID, error: error), refusing: error, account: context.accountID)
            throw error
        }
    }
}
