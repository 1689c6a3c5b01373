import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// Webhook endpoints: where signed deliveries of events go. The rules are in `openapi.yaml` (the `Webhooks` tag and
/// each operation); deliveries themselves are the outbox's (`WebhookOutbox`) and the worker's (`WebhookWorker`).
public struct WebhooksHandlers: WebhooksAPI {
    let services: Services
    let policy: WebhookAddressPolicy
    let resolver: WebhookHostResolver

    public init(services: Services, policy: WebhookAddressPolicy, resolver: WebhookHostResolver = .system) {
        self.services = services
        self.policy = policy
        self.resolver = resolver
    }

    public func listWebhookEndpoints(
        _ input: Operations.ListWebhookEndpoints.Input, context: HandlerContext
    ) async throws -> Operations.ListWebhookEndpoints.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            try WebhookEndpointStore.page(after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items.map(\.model), pageInfo: page.pageInfo)
    }

    public func listWebhookDeliveries(
        _ input: Operations.ListWebhookDeliveries.Input, context: HandlerContext
    ) async throws -> Operations.ListWebhookDeliveries.Output {
        let page = try await services.database.read(account: context.accountID) { connection in
            _ = try WebhookEndpointStore.require(id: input.id, on: connection)
            return try WebhookDeliveryLog.page(
                endpointID: input.id, status: input.status, eventType: input.eventType, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }

    public func redeliverWebhookDelivery(
        _ input: Operations.RedeliverWebhookDelivery.Input, context: HandlerContext
    ) async throws -> Operations.RedeliverWebhookDelivery.Output {
        let change = services.change(by: context)
        return .ok(try await services.write(context) { connection in
            let endpoint = try WebhookEndpointStore.require(id: input.id, locking: true, on: connection)
            let delivery = try WebhookDeliveryLog.require(id: input.deliveryID, endpointID: endpoint.id, locking: true, on: connection)
            guard delivery.status != .pending else {
                throw APIError(.conflict, "the delivery is still pending; it is sent when due", detail: "status")
            }
            guard endpoint.isActive else {
                throw APIError(.conflict, "the endpoint is disabled; enable it before sending deliveries again", detail: "is_active")
            }
            try WebhookDeliveryLog.redeliver(id: delivery.id, at: change.date, on: connection)
            try change.record(.webhookDeliveryRedelivered(delivery), on: connection)
            return try WebhookDeliveryLog.require(id: delivery.id, endpointID: endpoint.id, on: connection)
        })
    }

    public func createWebhookEndpoint(
        _ input: Operations.CreateWebhookEndpoint.Input, context: HandlerContext
    ) async throws -> Operations.CreateWebhookEndpoint.Output {
        let body = input.body
        let change = services.change(by: context)
        let name = try Validate.name(body.name)
        let url = try await checkedURL(body.url, context: context)
        let secret = try body.secret.map { try WebhookSecret(validating: $0) } ?? WebhookSecret.generate()
        let endpoint = StoredWebhookEndpoint(
            id: ResourceID.make("whe", at: change.date), name: name, url: url, eventTypes: Self.distinct(body.eventTypes ?? []),
            sealedSecret: services.masterKey.seal(Array(secret.text.utf8), for: .webhookSecret), secretPrefix: secret.displayPrefix,
            isActive: body.isActive ?? true, consecutiveFailures: 0, createdAt: change.date, updatedAt: change.date)
        let services = services
        try await services.write(context) { connection in
            try connection.take(.webhookEndpoints)
            let limit = try services.limits(on: connection).maxWebhookEndpoints
            if services.limits.enabled, limit > 0, try WebhookEndpointStore.count(on: connection) >= limit {
                throw APIError(
                    .conflict, "the account has the most webhook endpoints it may have (\(limit)); delete one first",
                    detail: "max_webhook_endpoints")
            }
            try WebhookEndpointStore.insert(endpoint, on: connection)
            try change.record(.webhookEndpointCreated(endpoint), on: connection)
        }
        context.logger.info("webhook endpoint created", metadata: ["webhook_endpoint.id": "\(endpoint.id)"])
        return .created(WebhookEndpointWithSecret(webhook: endpoint.model, secret: secret.text))
    }

    public func getWebhookEndpoint(
        _ input: Operations.GetWebhookEndpoint.Input, context: HandlerContext
    ) async throws -> Operations.GetWebhookEndpoint.Output {
        .ok(try await services.database.read(account: context.accountID) { connection in
            try WebhookEndpointStore.require(id: input.id, on: connection).model
        })
    }

    public func updateWebhookEndpoint(
        _ input: Operations.UpdateWebhookEndpoint.Input, context: HandlerContext
    ) async throws -> Operations.UpdateWebhookEndpoint.Output {
        let body = input.body
        let change = services.change(by: context)
        let rotate = body.rotateSecret == true
        if body.rotateSecret != nil, body.secret != nil {
            throw APIError.validationFailed(
                "field 'rotate_secret' generates a new secret and cannot be combined with 'secret'", detail: "rotate_secret")
        }
        let name = try body.name.map { try Validate.name($0) }
        var url: String?
        if let text = body.url { url = try await checkedURL(text, context: context) }
        let secret: WebhookSecret? = if rotate { WebhookSecret.generate() } else { try body.secret.map { try WebhookSecret(validating: $0) } }
        let sealed = secret.map { services.masterKey.seal(Array($0.text.utf8), for: .webhookSecret) }
        let newURL = url
        let endpoint = try await services.write(context) { connection in
            var endpoint = try WebhookEndpointStore.require(id: input.id, locking: true, on: connection)
            if let name { endpoint.name = name }
            if let newURL { endpoint.url = newURL }
            if let types = body.eventTypes { endpoint.eventTypes = Self.distinct(types) }
            if let secret, let sealed {
                // The old secret keeps signing beside the new one for a day, so receivers can switch without a gap.
                endpoint.previousSealedSecret = endpoint.sealedSecret
                endpoint.previousSecretUntil = change.date.addingTimeInterval(WebhookWorker.secretOverlap)
                endpoint.sealedSecret = sealed
                endpoint.secretPrefix = secret.displayPrefix
            }
            if let active = body.isActive {
                endpoint.isActive = active
                if active { endpoint.disabledReason = nil }
            }
            endpoint.updatedAt = change.date
            try WebhookEndpointStore.update(endpoint, on: connection)
            try change.record(.webhookEndpointUpdated(endpoint, body), on: connection)
            return endpoint
        }
        if let secret, rotate {
            context.logger.info("webhook secret rotated", metadata: ["webhook_endpoint.id": "\(endpoint.id)"])
            return .ok(.webhookEndpointWithSecret(WebhookEndpointWithSecret(webhook: endpoint.model, secret: secret.text)))
        }
        return .ok(.webhookEndpoint(endpoint.model))
    }

    public func deleteWebhookEndpoint(
        _ input: Operations.DeleteWebhookEndpoint.Input, context: HandlerContext
    ) async throws -> Operations.DeleteWebhookEndpoint.Output {
        let change = services.change(by: context)
        try await services.write(context) { connection in
            let endpoint = try WebhookEndpointStore.require(id: input.id, locking: true, on: connection)
            try WebhookEndpointStore.delete(endpoint, on: connection)
            try change.record(.webhookEndpointDeleted(endpoint), on: connection)
        }
        return .noContent
    }

    /// The URL, trimmed, once the address policy allows it: 422 naming `url` otherwise. A host name is resolved now
    /// too, so that a name of a private address is refused at once (without saying which address: see
    /// `WebhookRefusal.resolvesToNonPublic`); one that does not resolve yet is accepted, since every delivery resolves
    /// and checks it again.
    private func checkedURL(_ text: String, context: HandlerContext) async throws -> String {
        let url = text.trimmingCharacters(in: .whitespaces)
        do {
            let target = try WebhookTarget(url: url, policy: policy)
            if target.address == nil, !policy.allowsPrivate,
               let addresses = try? await resolver.addresses(of: target.host, timeout: Self.resolutionTimeout),
               let (address, kind) = policy.firstRefused(addresses)
            {
                context.logger.info(
                    "webhook URL refused: its host resolves to a non-public address",
                    metadata: ["host": "\(target.host)", "address": "\(IPAddress.text(address))", "kind": "\(kind)"])
                throw WebhookRefusal.resolvesToNonPublic(target.host)
            }
        } catch let refusal as WebhookRefusal {
            throw APIError.validationFailed("field 'url' \(refusal)", detail: "url")
        }
        return url
    }

    /// How long creating or updating an endpoint waits for its name to resolve before accepting it unchecked.
    static let resolutionTimeout: Duration = .seconds(3)

    /// The event types in their first order, each once.
    private static func distinct(_ types: [WebhookEventType]) -> [WebhookEventType] {
        types.reduce(into: []) { result, type in
            if !result.contains(type) { result.append(type) }
        }
    }
}
