import Crypto
import CryptoExtras
import Foundation
import JWTKit
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// The claims of a license token (`LicenseTokenClaims` in `openapi.yaml`) as jwt-kit signs and reads them: encoded and
/// decoded as the claims themselves. The signature is jwt-kit's to make and check; whether the token is still good (its
/// times, its `jti`, the license now) is decided by the introspection, which needs the claims of an expired token too, so
/// `verify(using:)` checks nothing more.
struct LicenseTokenPayload: JWTPayload {
    /// What `token_use` says of every license token: a token of another kind that happens to verify is not one.
    static let use = "locksmith_license_v1"

    var claims: LicenseTokenClaims

    init(_ claims: LicenseTokenClaims) {
        self.claims = claims
    }

    init(from decoder: any Decoder) throws {
        claims = try LicenseTokenClaims(from: decoder)
    }

    func encode(to encoder: any Encoder) throws {
        try claims.encode(to: encoder)
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Signs license tokens with the accounts' token keys and checks them, with jwt-kit. Each key is loaded by its kid the
/// first time it is needed: its secret half, unsealed, into the collection that signs, and its public half into the one
/// that verifies, so a kid never names another key and verification never depends on a secret. Which account a kid
/// belongs to is checked against the database on every verification.
public final class LicenseTokenKeys: Sendable {
    private let signers = JWTKeyCollection()
    private let verifiers = JWTKeyCollection()
    /// The kids loaded into each collection.
    private let loaded = Locked<(signing: Set<String>, verifying: Set<String>)>(([], []))

    public init() {}

    /// `claims` signed with `record`'s key (its secret from `material` the first time), as a compact JWS.
    func sign(_ claims: LicenseTokenClaims, with record: TokenKeyRecord, material: () async throws -> TokenKeyMaterial) async throws -> String {
        let kid = JWKIdentifier(string: record.kid)
        if !loaded.withLock({ $0.signing.contains(record.kid) }) {
            let material = try await material()
            switch record.algorithm {
            case .eddsa:
                let key = try Curve25519.Signing.PrivateKey(rawRepresentation: material.secret)
                await signers.add(eddsa: EdDSA.PrivateKey(backing: key), kid: kid)
            case .rs256:
                let key = try Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(derRepresentation: material.secret))
                await signers.add(rsa: key, digestAlgorithm: .sha256, kid: kid)
            }
            loaded.withLock { _ = $0.signing.insert(record.kid) }
        }
        return try await signers.sign(LicenseTokenPayload(claims), kid: kid, header: ["typ": "JWT"])
    }

    /// The claims of `token` when it carries a valid signature by `record`'s key and says it is a license token of
    /// `record`'s account; nil for anything else. Its times are not checked here.
    func verify(_ token: String, with record: TokenKeyRecord) async -> LicenseTokenClaims? {
        if !loaded.withLock({ $0.verifying.contains(record.kid) }) {
            let kid = JWKIdentifier(string: record.kid)
            do {
                switch record.algorithm {
                case .eddsa:
                    let key = try Curve25519.Signing.PublicKey(rawRepresentation: record.publicKey)
                    await verifiers.add(eddsa: EdDSA.PublicKey(backing: key), kid: kid)
                case .rs256:
                    let key = try Insecure.RSA.PublicKey(backing: _RSA.Signing.PublicKey(derRepresentation: record.publicKey))
                    await verifiers.add(rsa: key, digestAlgorithm: .sha256, kid: kid)
                }
            } catch {
                return nil
            }
            loaded.withLock { _ = $0.verifying.insert(record.kid) }
        }
        guard let claims = try? await verifiers.verify(token, as: LicenseTokenPayload.self).claims,
              claims.tokenUse == LicenseTokenPayload.use, claims.accountID == record.accountID
        else { return nil }
        return claims
    }

    /// The `kid` of a compact JWS's header, read without checking anything else; nil when it has none.
    static func keyID(of token: String) -> String? {
        guard let header = token.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first,
              let bytes = Base64URL.decode(String(header)),
              let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        else { return nil }
        return object["kid"] as? String
    }
}

extension Services {
    /// The account's active token key for `algorithm`. An account's first Ed25519 token key is made here, on its first
    /// token request (recorded by `change`'s actor); an RSA key only an operator makes, so asking for `RS256` before
    /// there is one is 422 naming `alg`.
    func tokenKey(account: String, algorithm: TokenKeyMaterial.Algorithm, change: AuditedChange) async throws -> TokenKeyRecord {
        if let record = try await database.read({ connection in try TokenKeyStore.active(account: account, algorithm: algorithm, on: connection) }) {
            return record
        }
        guard algorithm == .eddsa else {
            throw APIError.validationFailed(
                "this vendor account has no \(algorithm.rawValue) token key; an operator makes one with "
                    + "`locksmith keys rotate --account \(account) --purpose token --alg \(algorithm.rawValue)`", detail: "alg")
        }
        let material = try TokenKeyMaterial.generate(.eddsa)
        let masterKey = masterKey
        return try await database.write { connection in
            try connection.take(.keys)
            // Another request may have made it while this one waited for the lock.
            if let record = try TokenKeyStore.active(account: account, algorithm: algorithm, on: connection) { return record }
            return try TokenKeyStore.rotate(account: account, material: material, masterKey: masterKey, change: change, on: connection).created
        }
    }

    /// `claims` signed with `record`'s key.
    func signToken(_ claims: LicenseTokenClaims, with record: TokenKeyRecord) async throws -> String {
        let (database, masterKey) = (database, masterKey)
        return try await tokenKeys.sign(claims, with: record) {
            try await database.read { connection in try TokenKeyStore.material(record, masterKey: masterKey, on: connection) }
        }
    }

    /// The claims of `token` when it is a license token signed with a token key of `account` (active or retired); nil
    /// for anything else, another account's token included. Its times, `jti` and license are not checked here.
    func verifiedToken(_ token: String, account: String) async throws -> LicenseTokenClaims? {
        guard let kid = LicenseTokenKeys.keyID(of: token),
              let record = try await database.read({ connection in try TokenKeyStore.find(kid: kid, on: connection) }),
              record.accountID == account
        else { return nil }
        return await tokenKeys.verify(token, with: record)
    }

    /// Every token key, or one account's, as a JWK Set, newest first.
    public func jsonWebKeys(account: String?) async throws -> JSONWebKeySet {
        let records = try await database.read { connection in try TokenKeyStore.all(account: account, on: connection) }
        return JSONWebKeySet(keys: try records.map { try $0.jwk() })
    }
}
