public import Foundation
import Crypto

/// A license token (JWT) verified on the device or in a vendor's service: its claims, checked against the JWK Set.
///
/// ```swift
/// // A service of the vendor receives `Authorization: Bearer <token>` from an application:
/// let keys = try await SystemClient(baseURL: server).getWellKnownJWKS(accountID: "acc_…")
/// let token = try LicenseToken.verify(bearer, keys: keys, product: "desktop", account: "acc_…")
/// if token.features.contains("pro") { … }
/// ```
public struct VerifiedLicenseToken: Sendable, Equatable {
    /// The token's claims: the license (`sub`), its product (`aud`, `product_id`) and vendor (`account_id`), its status,
    /// type, entitlement version and features at issue, the device when it names one, and its id (`jti`).
    public let claims: LicenseTokenClaims
    /// The key that signed it.
    public let kid: String

    /// The license (`sub`).
    public var licenseID: String { claims.sub }
    /// The codes of the features the license was entitled to at issue.
    public var features: [String] { claims.features }
    /// When the token was issued (`iat`).
    public var issuedAt: Date { Date(timeIntervalSince1970: TimeInterval(claims.iat)) }
    /// When the token expires (`exp`).
    public var expiresAt: Date { Date(timeIntervalSince1970: TimeInterval(claims.exp)) }
}

extension LicenseToken {
    /// Verifies the compact JWS `token` as `issueLicenseToken` in `openapi.yaml` describes it: an `EdDSA` signature by
    /// the Ed25519 key of `keys` its header's `kid` names, `token_use` `locksmith_license_v1`, `now` within `nbf…exp`,
    /// and, when given, `aud` against `product` and `account_id` against `account`. Verification is offline: fetch the
    /// set once (`getWellKnownJWKS`) and fetch it again when a `kid` is not in it.
    ///
    /// Tokens signed `RS256` are refused with ``VerificationFailure/unsupportedAlgorithm(_:)``: RS256 is offered for JWT
    /// libraries of other languages that lack EdDSA; ask for the default `EdDSA` where this SDK verifies.
    ///
    /// - Throws: ``LocksmithError/verification(kid:reason:)``: ``VerificationFailure/envelopeUnreadable(_:)`` for a
    ///   string that is not a license token; ``VerificationFailure/unknownKey``, ``VerificationFailure/malformedKey`` or
    ///   ``VerificationFailure/badSignature`` for the signature; ``VerificationFailure/productMismatch(expected:received:)``
    ///   and ``VerificationFailure/accountMismatch(expected:received:)`` for another product's or vendor's token;
    ///   ``VerificationFailure/notYetValid(_:)`` and ``VerificationFailure/expired(_:)`` outside its window.
    public static func verify(
        _ token: String, keys: JSONWebKeySet, product: String? = nil, account: String? = nil, now: Date = Date()
    ) throws -> VerifiedLicenseToken {
        func refused(_ reason: VerificationFailure, kid: String = "") -> LocksmithError { .verification(kid: kid, reason: reason) }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Self.base64URL(parts[0]), let claimsBytes = Self.base64URL(parts[1]),
            let signature = Self.base64URL(parts[2]),
            let header = try? JSONDecoder().decode(Header.self, from: headerBytes),
            let claims = try? LocksmithJSON.decode(LicenseTokenClaims.self, from: claimsBytes)
        else { throw refused(.envelopeUnreadable("not a license token")) }
        let kid = header.kid ?? ""
        guard header.alg == "EdDSA" else { throw refused(.unsupportedAlgorithm(header.alg), kid: kid) }
        guard let jwk = keys.keys.first(where: { $0.kid == kid }) else { throw refused(.unknownKey, kid: kid) }
        guard jwk.kty == .okp, jwk.crv == .ed25519, jwk.alg == .edDSA, let x = jwk.x.flatMap({ Self.base64URL($0[...]) }),
            let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: x)
        else { throw refused(.malformedKey, kid: kid) }
        guard publicKey.isValidSignature(signature, for: Data((parts[0] + "." + parts[1]).utf8)) else { throw refused(.badSignature, kid: kid) }
        guard claims.tokenUse == "locksmith_license_v1" else { throw refused(.envelopeUnreadable("not a license token"), kid: kid) }
        if let product, claims.aud != product { throw refused(.productMismatch(expected: product, received: claims.aud), kid: kid) }
        if let account, claims.accountID != account {
            throw refused(.accountMismatch(expected: account, received: claims.accountID), kid: kid)
        }
        let notBefore = Date(timeIntervalSince1970: TimeInterval(claims.nbf))
        let expiry = Date(timeIntervalSince1970: TimeInterval(claims.exp))
        if now < notBefore { throw refused(.notYetValid(notBefore), kid: kid) }
        if now >= expiry { throw refused(.expired(expiry), kid: kid) }
        return VerifiedLicenseToken(claims: claims, kid: kid)
    }

    private struct Header: Decodable {
        var alg: String
        var kid: String?
    }

    /// Unpadded base64url, as JWS writes every part.
    private static func base64URL(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard !base64.contains("=") else { return nil }
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
