public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// Management API keys: created with scopes, CIDRs and an optional expiry (the token is shown once), read, and
/// revoked for good.
public struct APIKeysHandlers: APIKeysAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listAPIKeys(_ input: Operations.ListAPIKeys.Input, context: HandlerContext) async throws -> Operations.ListAPIKeys.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try APIKeyStore.page(after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func createAPIKey(_ input: Operations.CreateAPIKey.Input, context: HandlerContext) async throws -> Operations.CreateAPIKey.Output {
        let body = input.body
        let change = services.change(by: context)
        let name = try Validate.name(body.name)
        var scopes: [ManagementScope] = []
        for scope in body.scopes ?? [.admin] where !scopes.contains(scope) { scopes.append(scope) }
        guard !scopes.isEmpty else {
            throw APIError.validationFailed("field 'scopes' must list at least one scope (omit it for admin)", detail: "scopes")
        }
        let cidrs = body.allowedCIDRs ?? []
        for (index, text) in cidrs.enumerated() where CIDR(text) == nil {
            throw APIError.validationFailed("field 'allowed_cidrs[\(index)]' is not an IPv4 or IPv6 network such as 10.0.0.0/8", detail: "allowed_cidrs[\(index)]")
        }
        if let expiresAt = body.expiresAt, expiresAt <= change.date {
            throw APIError.validationFailed("field 'expires_at' must be in the future", detail: "expires_at")
        }
        let token = SecretToken.make(prefix: APIKeyStore.tokenPrefix)
        let services = services
        let grantedScopes = scopes
        let record = try await services.write(context) { connection in
            try APIKeyStore.insert(
                name: name, scopes: grantedScopes, allowedCIDRs: cidrs, expiresAt: body.expiresAt, token: token,
                masterKey: services.masterKey, change: change, on: connection)
        }
        context.logger.info("api key created", metadata: ["api_key.id": "\(record.id)", "api_key.scopes": "\(scopes.map(\.rawValue))"])
        return .created(APIKeyCreateResponse(apiKey: record, token: token))
    }

    public func getAPIKey(_ input: Operations.GetAPIKey.Input, context: HandlerContext) async throws -> Operations.GetAPIKey.Output {
        let key = try await services.database.read(account: context.accountID) { connection in
            try APIKeyStore.find(id: input.id, on: connection)
        }
        guard let key else { throw APIError.notFound("API key", id: input.id) }
        return .ok(key)
    }

    public func revokeAPIKey(_ input: Operations.RevokeAPIKey.Input, context: HandlerContext) async throws -> Operations.RevokeAPIKey.Output {
        let change = services.change(by: context)
        let id = input.id
        let revoked = try await services.write(context) { connection in
            try APIKeyStore.revoke(id: id, change: change, on: connection)
        }
        guard let revoked else { throw APIError.notFound("API key", id: id) }
        if revoked { context.logger.info("api key revoked", metadata: ["api_key.id": "\(id)"]) }
        return .noContent
    }
}
