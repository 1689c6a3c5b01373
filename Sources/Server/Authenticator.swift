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
    static let lastUsedInterval: TimeInterval = 60

    init(services: Services, trustedProxies: TrustedProxies, logger: Logger) {
        self.services = services
        self.trustedProxies = trustedProxies
        self.logger = logger
    }

    /// The client's address: the peer, or what trusted proxies say in `X-Forwarded-For` (see `TrustedProxies`).
    func clientAddress(_ request: Request, context: LocksmithRequestContext) -> String? {
        trustedProxies.clientAddress(peer: context.remoteAddress?.ipAddress, forwardedFor: request.headers[values: .xForwardedFor])
    }

    func authenticate(_ spec: OperationSpec, _ request: Request, ipAddress: String?) async throws -> Principal {
        switch spec.auth {
        case .none:
            return .system
        case .management:
            let record = try await managementKey(credential(request, scheme: "Bearer"), ipAddress: ipAddress)
            guard hasRequiredScopes(spec.id, granted: record.scopes) else {
                let required = spec.requiredScopes.map(\.rawValue).joined(separator: ", ")
                throw APIError(.tokenScopeDenied, "this API key lacks the scope \(spec.id.rawValue) requires", detail: "required scopes: \(required)")
            }
            return .apiKey(id: record.id, scopes: record.scopes)
        case .runtime:
            let key = try credential(request, scheme: "License")
            let services = services
            let licenseID = try await services.database.read { connection in
                try LicenseKeyStore.resolve(key: key, masterKey: services.masterKey, on: connection)
            }
            guard let licenseID else { throw Self.unauthorized("the license key is not valid") }
            return .license(licenseID: licenseID)
        }
    }

    private func credential(_ request: Request, scheme: String) throws -> String {
        guard let header = request.headers[.authorization] else {
            throw Self.unauthorized("missing Authorization header; this route takes `Authorization: \(scheme) <credential>`")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == scheme.lowercased() else {
            throw Self.unauthorized("this route takes `Authorization: \(scheme) <credential>`")
        }
        return String(parts[1].drop { $0 == " " })
    }

    private func managementKey(_ token: String, ipAddress: String?) async throws -> APIKey {
        guard token.hasPrefix(APIKeyStore.tokenPrefix) else { throw Self.unauthorized("the API token is not valid") }
        let hash = services.masterKey.tokenHash(token, purpose: .managementToken)
        guard let record = try await services.database.read({ connection in try APIKeyStore.find(tokenHash: hash, on: connection) }) else {
            throw Self.unauthorized("the API token is not valid")
        }
        let now = services.now()
        guard record.isActive else { throw Self.unauthorized("the API key is inactive") }
        if let expiresAt = record.expiresAt, expiresAt <= now { throw Self.unauthorized("the API key has expired") }
        if !record.allowedCIDRs.isEmpty {
            let allowed = ipAddress.map { address in record.allowedCIDRs.contains { CIDR($0)?.contains(address) == true } } ?? false
            guard allowed else { throw Self.unauthorized("the API key may not be used from this address") }
        }
        await markUsed(record.id, at: now)
        return record
    }

    /// `last_used_at` is bookkeeping riding on someone's request: when it cannot be written (a full disk, a
    /// read-only replica), that is logged and the request goes on. The next attempt waits for the interval, so an
    /// outage costs one failed write per key per minute, not one per request.
    private func markUsed(_ id: String, at now: Date) async {
        let due = lastUsedWrites.withLockedValue { writes in
            if let last = writes[id], now.timeIntervalSince(last) < Self.lastUsedInterval { return false }
            writes[id] = now
            return true
        }
        guard due else { return }
        do {
            try await services.database.write { connection in try APIKeyStore.markUsed(id: id, at: now, on: connection) }
        } catch {
            logger.warning("could not record last_used_at of an API key", metadata: ["api_key.id": "\(id)", "error": "\(error)"])
        }
    }

    static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, message)
    }
}

extension HTTPField.Name {
    static var xForwardedFor: Self { .init("X-Forwarded-For")! }
}
