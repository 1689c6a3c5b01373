import Foundation
public import LocksmithAPI
import LocksmithCrypto

/// License tokens: a JWT that asserts the license (and the device, when the call names one), signed with the account's
/// token key. Decided like a heartbeat without a device and like a validation with one; nothing is written but the
/// ledger row, which goes through the batcher as a read's does.
extension RuntimeHandlers {
    /// Seconds a token is valid when the request does not say.
    static let tokenDefaultSeconds = 3600

    public func issueLicenseToken(_ input: Operations.IssueLicenseToken.Input, context: HandlerContext) async throws -> Operations.IssueLicenseToken.Output {
        let body = input.body
        let trace = RuntimeTrace(action: "license.token", licenseID: try Self.licenseID(context), appVersion: body?.appVersion)
        let now = services.now()
        do {
            let binding = try body?.fingerprint.map { fingerprint in
                try DeviceBinding(
                    RuntimeBindingRequest(fingerprint: fingerprint, appVersion: body?.appVersion, nonce: body?.nonce, productCode: body?.productCode))
            }
            let state = try await RuntimeState.read(
                license: trace.licenseID, bindingKey: binding?.key, appVersion: body?.appVersion, account: context.accountID, from: services.database,
                cache: services.runtimeCache)
            trace.loaded(state)
            var call = RuntimeCall(state: state, binding: binding, productCode: body?.productCode, appVersion: body?.appVersion, now: now)
            try RuntimeRule.decide(binding == nil ? RuntimeRules.heartbeat : RuntimeRules.entitlement, &call)
            if let device = call.device { trace.device(device.id) }

            let algorithm = TokenKeyMaterial.Algorithm(rawValue: (body?.alg ?? .edDSA).rawValue) ?? .eddsa
            let key = try await services.tokenKey(account: context.accountID, algorithm: algorithm, change: AuditedChange(context, at: now))
            let claims = Self.claims(state, deviceID: call.device?.id, ttl: body?.ttlSeconds ?? Self.tokenDefaultSeconds, issuer: services.publicURL, now: now)
            let token = try await services.signToken(claims, with: key)
            try await activity.record(trace.activity(at: now, requestID: context.requestID), account: context.accountID)
            return .ok(LicenseToken(
                token: token, tokenType: .bearer, alg: LicenseTokenAlgorithm(rawValue: algorithm.rawValue), kid: key.kid,
                issuedAt: Date(timeIntervalSince1970: TimeInterval(claims.iat)), expiresAt: Date(timeIntervalSince1970: TimeInterval(claims.exp)),
                jwksURI: services.publicURL + "/.well-known/jwks.json?account_id=" + context.accountID, nonce: body?.nonce))
        } catch {
            try await activity.record(trace.activity(at: now, requestID: context.requestID, error: error), refusing: error, account: context.accountID)
            throw error
        }
    }

    /// The claims of a token for the license in `state`, issued at `now` for `ttl` seconds and never past the end of the
    /// license's validity (its grace period included). Times are whole seconds, as RFC 7519's NumericDate.
    static func claims(_ state: RuntimeState, deviceID: String?, ttl: Int, issuer: String, now: Date) -> LicenseTokenClaims {
        let license = state.license
        let issued = Int64(now.timeIntervalSince1970.rounded(.down))
        var expiry = issued + Int64(ttl)
        if let end = license.graceExpiresAt ?? license.expiresAt { expiry = min(expiry, Int64(end.timeIntervalSince1970.rounded(.down))) }
        let features = state.assignments.filter { $0.enabled && ($0.expiresAt.map { now < $0 } ?? true) }.map(\.code).sorted()
        return LicenseTokenClaims(
            iss: issuer, sub: license.id, aud: state.productCode, iat: issued, nbf: issued, exp: expiry,
            jti: Base64URL.encode(SecureRandom.bytes(16)), tokenUse: LicenseTokenPayload.use, accountID: state.accountID,
            productID: license.productID, status: license.status(at: now), licenseType: state.policy.licenseType,
            entitlementVersion: license.entitlementVersion, features: features, deviceID: deviceID)
    }
}
