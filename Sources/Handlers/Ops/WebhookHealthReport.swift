import Foundation
import LocksmithAPI
import LocksmithStorage

/// Delivery health per webhook endpoint over a window, and its totals: what `getWebhookHealth` answers and the
/// webhook part of `getOpsSummary`.
struct WebhookHealthReport: Sendable {
    var endpoints: [WebhookEndpointHealth]
    var totals: WebhookDeliveryCounts

    init(window: OpsWindow, endpointID: String?, now: Date, on connection: TenantConnection) throws {
        let pending = try WebhookDeliveryStore.pending(on: connection)
        let completed = try WebhookDeliveryStore.completed(from: window.from, to: window.to, on: connection)
        let attempts = try WebhookDeliveryStore.attempts(from: window.from, to: window.to, endpointID: endpointID, on: connection)
        endpoints = try WebhookEndpointStore.all(on: connection).filter { endpointID == nil || $0.id == endpointID }.map { endpoint in
            let tried = attempts[endpoint.id] ?? []
            let latency = tried.reduce(into: LatencyHistogram()) { $0.add($1.latency) }
            let succeeded = tried.filter(\.succeeded).count
            let queued = pending[endpoint.id]
            return WebhookEndpointHealth(
                endpointID: endpoint.id, name: endpoint.name, url: endpoint.url, isActive: endpoint.isActive,
                disabledReason: endpoint.disabledReason, attempts: Int64(tried.count),
                successRate: tried.isEmpty ? nil : Double(succeeded) / Double(tried.count), latencyP50Ms: latency.percentile(0.5),
                latencyP95Ms: latency.percentile(0.95), delivered: completed[endpoint.id]?.delivered ?? 0,
                failed: completed[endpoint.id]?.failed ?? 0, pending: queued?.count ?? 0, oldestPendingAt: queued?.oldest,
                consecutiveFailures: endpoint.consecutiveFailures, lastSuccessAt: endpoint.lastSuccessAt,
                lastFailureAt: endpoint.lastFailureAt, lastError: endpoint.lastError)
        }.sorted { ($1.consecutiveFailures, $0.endpointID) < ($0.consecutiveFailures, $1.endpointID) }
        let oldest = endpoints.compactMap(\.oldestPendingAt).min()
        totals = WebhookDeliveryCounts(
            delivered: endpoints.reduce(0) { $0 + $1.delivered }, failed: endpoints.reduce(0) { $0 + $1.failed },
            pending: endpoints.reduce(0) { $0 + $1.pending }, oldestPendingAt: oldest,
            oldestPendingAgeSeconds: oldest.map { Int64(max(0, now.timeIntervalSince($0)).rounded(.down)) })
    }
}
