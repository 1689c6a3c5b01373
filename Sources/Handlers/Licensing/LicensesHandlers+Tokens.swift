import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Introspection (RFC 7662) and revocation (RFC 7009) of license tokens, for the vendor's services. Only tokens signed
/// with a token key of the caller's account are looked at; any other string is answered as the RFCs say of a token the
/// server does not know, so the answers tell nothing about other accounts.
extension LicensesHandlers {
    public func introspectLicenseToken(
        _ input: Operations.IntrospectLicenseToken.Input, context: HandlerContext
    ) async throws -> Operations.IntrospectLicenseToken.Output {
        guard let claims = try await services.verifiedToken(input.body.token, account: context.accountID) else {
            return .ok(Document(TokenIntrospection(active: false)))
        }
        let now = services.now()
        let (license, revoked, device) = try await services.database.read(account: context.accountID) { connection in
            let license = try LicenseStore.find(id: claims.sub, on: connection)
            let revoked = try connection.queryOne(
                "SELECT jti FROM revoked_tokens WHERE account_id = $account AND jti = $1", [.text(claims.jti)]) != nil
            let device = try claims.deviceID.flatMap { id in try DeviceStore.find(id: id, licenseID: claims.sub, on: connection) }
            return (license, revoked, device)
        }
        let status = license?.status(at: now)
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let reason: TokenIntrospectionReason? =
            if claims.exp <= seconds { .tokenExpired }
            else if claims.nbf > seconds { .tokenNotYetValid }
            else if revoked { .tokenRevoked }
            else if status == .suspended { .licenseSuspended }
            else if status == .revoked || license == nil { .licenseRevoked }
            else if status == .expired { .licenseExpired }
            else if claims.deviceID != nil, device?.status != .active { .deviceInactive }
            else { nil }
        return .ok(Document(TokenIntrospection(
            active: reason == nil, reason: reason, tokenType: .bearer, iss: claims.iss, sub: claims.sub, aud: claims.aud, iat: claims.iat,
            nbf: claims.nbf, exp: claims.exp, jti: claims.jti, tokenUse: claims.tokenUse, accountID: claims.accountID,
            productID: claims.productID, status: status ?? claims.status, licenseType: claims.licenseType,
            entitlementVersion: claims.entitlementVersion, features: claims.features, deviceID: claims.deviceID)))
    }

    public func revokeLicenseToken(
        _ input: Operations.RevokeLicenseToken.Input, context: HandlerContext
    ) async throws -> Operations.RevokeLicenseToken.Output {
        let now = services.now()
        guard let claims = try await services.verifiedToken(input.body.token, account: context.accountID),
              claims.exp > Int64(now.timeIntervalSince1970.rounded(.down))
        else { return .ok }
        let change = AuditedChange(context, at: now)
        try await services.write(context) { connection in
            // Ids of tokens that have expired since are of no more use: the table holds only what can still be presented.
            try connection.execute("DELETE FROM revoked_tokens WHERE account_id = $account AND expires_at <= $1", [now.sqlValue])
            let inserted = try connection.execute(
                """
                INSERT INTO revoked_tokens (account_id, jti, license_id, expires_at, revoked_at) VALUES ($account, $1, $2, $3, $4)
                ON CONFLICT (account_id, jti) DO NOTHING
                """,
                [.text(claims.jti), .text(claims.sub), Date(timeIntervalSince1970: TimeInterval(claims.exp)).sqlValue, now.sqlValue])
            guard inserted > 0 else { return }
            let metadata: [String: JSONValue] = [
                "jti": .string(claims.jti), "expires_at": .string(RFC3339.string(from: Date(timeIntervalSince1970: TimeInterval(claims.exp)))),
            ]
            try change.record(.audited(.licenseTokenRevoked, "license", id: claims.sub, metadata), on: connection)
        }
        return .ok
    }
}
