import Foundation
public import LocksmithAPI
import LocksmithStorage

/// Operator roll-ups for one account: runtime decisions and their latency, runtime errors, webhook delivery health.
/// Each request reads in one transaction, so its numbers agree with one another.
public struct OpsHandlers: OpsAPI {
    let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func getOpsSummary(_ input: Operations.GetOpsSummary.Input, context: HandlerContext) async throws -> Operations.GetOpsSummary.Output {
        let now = services.now()
        let window = try OpsWindow(from: input.from, to: input.to, now: now)
        let filter = RuntimeDecisionStore.Filter(
            window: window, equalities: Self.equalities(productID: input.productID, customerID: input.customerID, licenseID: input.licenseID))
        return .ok(try await services.database.read(account: context.accountID) { connection in
            let health = try WebhookHealthReport(window: window, endpointID: nil, now: now, on: connection)
            return OpsSummary(
                from: window.from, to: window.to, runtime: Self.runtime(try RuntimeDecisionStore.statistics(filter, on: connection)),
                active: try OpsSnapshotStore.activeCounts(at: now, on: connection), webhooks: health.totals,
                signingKey: try OpsSnapshotStore.signingKey(at: now, on: connection), auditChain: try OpsSnapshotStore.auditChain(on: connection),
                generatedAt: now)
        })
    }

    public func listRuntimeErrorGroups(
        _ input: Operations.ListRuntimeErrorGroups.Input, context: HandlerContext
    ) async throws -> Operations.ListRuntimeErrorGroups.Output {
        let window = try OpsWindow(from: input.from, to: input.to, now: services.now())
        let filter = RuntimeDecisionStore.Filter(
            window: window, equalities: Self.equalities(productID: input.productID, customerID: input.customerID, licenseID: input.licenseID))
        return .ok(try await services.database.read(account: context.accountID) { connection in
            try RuntimeDecisionStore.errorGroups(filter, limit: Listing.limit(input.limit), on: connection)
        })
    }

    public func getAccountLimits(_ input: Operations.GetAccountLimits.Input, context: HandlerContext) async throws -> Operations.GetAccountLimits.Output {
        let (account, server) = (context.accountID, services.limits)
        return .ok(try await services.database.read(account: account) { connection in
            AccountLimits(account: account, server: server, overrides: try AccountLimitsStore.find(account: account, on: connection.raw))
        })
    }

    public func getWebhookHealth(_ input: Operations.GetWebhookHealth.Input, context: HandlerContext) async throws -> Operations.GetWebhookHealth.Output {
        let now = services.now()
        let window = try OpsWindow(from: input.from, to: input.to, now: now)
        return .ok(try await services.database.read(account: context.accountID) { connection in
            let report = try WebhookHealthReport(window: window, endpointID: input.endpointID, now: now, on: connection)
            return WebhookHealth(from: window.from, to: window.to, totals: report.totals, endpoints: report.endpoints)
        })
    }

    /// The runtime summary from per-action statistics: totals, rates, overall percentiles, and actions busiest first.
    static func runtime(_ stats: [String: RuntimeDecisionStore.ActionStats]) -> OpsRuntimeSummary {
        var total = RuntimeDecisionStore.ActionStats()
        for action in stats.values {
            total.success += action.success
            total.denied += action.denied
            total.error += action.error
            total.latency.merge(action.latency)
        }
        let operations = stats.sorted { ($1.value.requests, $0.key) < ($0.value.requests, $1.key) }.map { action, stats in
            OpsRuntimeOperation(
                action: action, requests: stats.requests, success: stats.success, denied: stats.denied, error: stats.error,
                latencyP50Ms: stats.latency.percentile(0.5), latencyP95Ms: stats.latency.percentile(0.95))
        }
        let requests = Double(total.requests)
        return OpsRuntimeSummary(
            requests: total.requests, success: total.success, denied: total.denied, error: total.error,
            denialRate: requests > 0 ? Double(total.denied) / requests : 0, errorRate: requests > 0 ? Double(total.error) / requests : 0,
            latencyP50Ms: total.latency.percentile(0.5), latencyP95Ms: total.latency.percentile(0.95), operations: operations)
    }

    private static func equalities(productID: String?, customerID: String?, licenseID: String?) -> [(column: String, value: String)] {
        [("product_id", productID), ("customer_id", customerID), ("license_id", licenseID)].compactMap { column, value in
            value.map { (column, $0) }
        }
    }
}
