import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Offline licenses: a signed entitlement for the calling, activated device, sealed for the license key.
extension RuntimeHandlers {
    public func issueOfflineLicense(
        _ input: Operations.IssueOfflineLicense.Input, context: HandlerContext
    ) async throws -> Operations.IssueOfflineLicense.Output {
        let body = input.body
        guard let licenseKey = context.licenseKey, let sign = context.sign else {
            throw APIError(.unauthorized, "this route takes `Authorization: License <key>`")
        }
        return .ok(try await change("license.offline", body?.appVersion, context) { connection, now, trace in
            let call = try Self.decide(
                RuntimeRules.entitlement, binding: try DeviceBinding(body), productCode: body?.productCode, appVersion: body?.appVersion,
                locking: false, now: now, trace: trace, on: connection)
            let (state, device) = (call.state, call.device!)
            guard state.policy.allowOfflineActivation else {
                throw APIError.validationFailed("this license's policy does not allow offline licenses", detail: "allow_offline_activation")
            }
            // The policy's grace days, but never past the license's expiry, nor, for a floating device, its lease.
            let window = now.addingTimeInterval(TimeInterval(state.policy.offlineGraceDays) * 86_400)
            let validUntil = [window, state.license.expiresAt, device.seat == .floating ? device.leaseExpiresAt : nil].compactMap { $0 }.min()!
            let data = Entitlements.offline(state, deviceID: device.id, version: call.version, nonce: body?.nonce, validUntil: validUntil, at: now)
            return try OfflineEnvelopes.seal(data, licenseKey: licenseKey, sign: sign)
        })
    }
}
