import Foundation
import HTTPTypes
import Hummingbird
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithStorage
import Logging
import NIOConcurrencyHelpers
import NIOCore

/// Establishes who is calling on each surface. Management and runtime credentials never mix: a license
/// key on a management route, or a bearer token on a runtime route, is UNAUTHORIZED.
final class Authenticator: Sendable {
    private let services: Services
    private let trustedProxies: TrustedProxies
    private let logger: Logger
    /// When each key's `last_used_at` was last written, so it is written at most once a minute per key.
    private let lastUsedWrites = NIOLockedValueBox<[String: Date]>([:])
    /// What recently presented license keys name; see `LicenseKeyCache` for why it cannot go stale.
    private let licenseKeys = LicenseKeyCache()
    /// SHA-256 of `--metrics-token`, when it is set: comparing digests in constant time does not tell a scraper how long
    /// the token is, or how much of it it got right.
    private let metricsTokenDigest: [UInt8]?
    static let lastUsedInterval: TimeInterval = 60

    init(services: Services, trustedProxies: TrustedProxies, metricsToken: String?, logger: Logger) {
        self.services = services
        self.trustedProxies = trustedProxies
        metricsTokenDigest = metricsToken.map { Digest.sha256(Array($0.utf8)) }
        self.logger = logger
    }

    /// The client's address: the peer, or what trusted proxies say in `X-Forwarded-For` (see `TrustedProxies`).
    func clientAddress(_ request: Request, context: LocksmithRequestContext) -> String? {
        trustedProxies.clientAddress(peer: context.remoteAddress?.ipAddress, forwardedFor: request.headers[values: .xForwardedFor])
    }

    /// The caller and its account. The account always comes from the credential, never from the request.
    ///
    /// `lookups` hears of every credential looked up in the database (before, so that an address that failed too often
    /// is refused first) and of every look-up that found nothing: the limiter's failed-keys policy.
    ///
    /// `body` is the request body, read before authentication only for an operation that takes its license key there
    /// (`OperationSpec.credentialField`).
    func authenticate(
        _ spec: OperationSpec, _ request: Request, body: Data? = nil, ipAddress: String?, lookups: CredentialLookups = .unwatched
    ) async throws -> Caller {
        switch spec.auth {
        case .none:
            if spec.id == .getMetrics { try admitScraper(request) }
            return Caller(principal: .system, accountID: "", licenseKey: nil)
        case .management:
            let key = try await managementKey(credential(request, scheme: "Bearer"), ipAddress: ipAddress, lookups: lookups)
            guard hasRequiredScopes(spec.id, granted: key.record.scopes) else {
                let required = spec.requiredScopes.map(\.rawValue).joined(separator: ", ")
                throw APIError(.tokenScopeDenied, "this API key lacks the scope \(spec.id.rawValue) requires", detail: "required scopes: \(required)")
            }
            return Caller(principal: .apiKey(id: key.record.id, scopes: key.record.scopes), accountID: key.accountID, licenseKey: nil)
        case .runtime:
            let key = try spec.credentialField.map { try Self.bodyCredential(body, field: $0) } ?? credential(request, scheme: "License")
            guard let license = try await license(key: key, lookups: lookups) else { throw Self.unauthorized("the license key is not valid") }
            return Caller(principal: .license(licenseID: license.licenseID), accountID: license.accountID, licenseKey: key)
        }
    }

    /// The license a key names, from the cache or the key table. Whether its account is enabled is decided with the
    /// rest of the runtime state (step 2 of the decision order), read on every call.
    private func license(key: String, lookups: CredentialLookups) async throws -> LicenseKeyCache.Entry? {
        let hash = LicenseKeyStore.hash(of: key, masterKey: services.masterKey)
        if let hash, let entry = licenseKeys[hash] { return entry }
        try await lookups.before()
        guard let hash, let found = try await services.database.read(.credential(hash), { connection in
            try LicenseKeyStore.find(keyHash: hash, on: connection)
        }) else {
            await lookups.failed()
            return nil
        }
        let entry = LicenseKeyCache.Entry(licenseID: found.record, accountID: found.accountID)
        licenseKeys.remember(entry, for: hash)
        return entry
    }

    /// The license key in member `field` of a JSON body, read without parsing the rest (the dispatcher decodes the body
    /// once the caller is known). Whatever is wrong (no body, not a JSON object, no such member or two of it, not a
    /// string) is the same 401 as a wrong key: the answer tells nothing about what was sent.
    static func bodyCredential(_ body: Data?, field: String) throws -> String {
        guard let body, let member = JSONBytes.rawMember(field, in: body), let key = try? LocksmithJSON.decode(String.self, from: member),
              !key.isEmpty
        else {
            throw unauthorized("the license key is not valid")
        }
        return key
    }

    private func credential(_ request: Request, scheme: String) throws -> String {
        guard let header = request.headers[.authorization] else {
            throw Self.unauthorized("missing Authorization header; this route takes `Authorization: \(scheme) <credential>`")
        }
        // Over the UTF-8 bytes: every request passes here, and the scheme is ASCII compared without case.
        let utf8 = header.utf8
        guard let space = utf8.firstIndex(of: UInt8(ascii: " ")), space != utf8.startIndex,
              ASCII.equalIgnoringCase(utf8[..<space], scheme.utf8)
        else {
            throw Self.unauthorized("this route takes `Authorization: \(scheme) <credential>`")
        }
        let credential = utf8[utf8.index(after: space)...].drop { $0 == UInt8(ascii: " ") }
        guard !credential.isEmpty else { throw Self.unauthorized("this route takes `Authorization: \(scheme) <credential>`") }
        return String(Substring(credential))
    }

    /// `/metrics` is open unless the operator set `--metrics-token`: then it takes exactly that token as a bearer
    /// credential. Metrics name operations, outcomes and volumes, which an operator may not want public.
    private func admitScraper(_ request: Request) throws {
        guard let metricsTokenDigest else { return }
        let token = try credential(request, scheme: "Bearer")
        guard ConstantTime.equal(Digest.sha256(Array(token.utf8)), metricsTokenDigest) else {
            throw Self.unauthorized("the metrics token is not valid")
        }
    }

    private func managementKey(_ token: String, ipAddress: String?, lookups: CredentialLookups) async throws -> Credential<APIKey> {
        try await lookups.before()
        guard token.hasPrefix(APIKeyStore.tokenPrefix) else {
            await lookups.failed()
            throw Self.unauthorized("the API token is not valid")
        }
        let hash = services.masterKey.tokenHash(token, purpose: .managementToken)
        guard let key = try await services.database.read(.credential(hash), { connection in try APIKeyStore.find(tokenHash: hash, on: connection) })
        else {
            await lookups.failed()
            throw Self.unauthorized("the API token is not valid")
        }
        let record = key.record
        let now = services.now()
        guard key.accountActive else { throw Self.unauthorized("the API key's account is disabled") }
        // Read from the key's row on every request, never cached: a revocation holds from the next request on, on
        // every instance.
        guard record.isActive else { throw Self.unauthorized("the API key is revoked (inactive)") }
        if let expiresAt = record.expiresAt, expiresAt <= now { throw Self.unauthorized("the API key has expired") }
        if !record.allowedCIDRs.isEmpty {
            let allowed = ipAddress.map { address in record.allowedCIDRs.contains { CIDR($0)?.contains(address) == true } } ?? false
            guard allowed else { throw Self.unauthorized("the API key may not be used from this address") }
        }
        await markUsed(record.id, account: key.accountID, at: now)
        return key
    }

    /// `last_used_at` is bookkeeping riding on someone's request: when it cannot be written (a full disk, a
    /// read-only replica), that is logged and the request goes on. The next attempt waits for the interval, so an
    /// outage costs one failed write per key per minute, not one per request.
    private func markUsed(_ id: String, account: String, at now: Date) async {
        let due = lastUsedWrites.withLockedValue { writes in
            if let last = writes[id], now.timeIntervalSince(last) < Self.lastUsedInterval { return false }
            writes[id] = now
            return true
        }
        guard due else { return }
        do {
            try await services.database.write(account: account) { connection in try APIKeyStore.markUsed(id: id, at: now, on: connection) }
        } catch {
            logger.warning("could not record last_used_at of an API key", metadata: ["api_key.id": "\(id)", "error": "\(error)"])
        }
    }

    static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, message)
    }
}

/// Tells the rate limiter about credential look-ups: `before` may refuse one, `failed` counts one that found nothing.
struct CredentialLookups: Sendable {
    var before: @Sendable () async throws -> Void
    var failed: @Sendable () async -> Void

    /// Nobody listens (limits off).
    static let unwatched = CredentialLookups(before: {}, failed: {})
}

/// Who is calling, and the account whose rows the request may see.
struct Caller: Sendable {
    var principal: Principal
    var accountID: String
    /// The license key presented on a runtime route.
    var licenseKey: String?
}

extension HTTPField.Name {
    static var xForwardedFor: Self { .init("X-Forwarded-For")! }
}
