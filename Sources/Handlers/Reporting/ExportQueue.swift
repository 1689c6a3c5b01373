import LocksmithAPI
import LocksmithStorage

/// How many exports of one account may wait to be rendered: `Limits.maxQueuedExports` (or the account's own figure).
/// One more is 429 `RATE_LIMITED`, so that one account cannot fill the queue every instance renders from.
enum ExportQueue {
    /// What a refusal asks the client to wait: an export usually renders within seconds, freeing its place.
    static let retryAfterSeconds = 10

    /// Refuses a new export when the account's queue is full. Takes the account's export lock first, so that two
    /// exports created at once cannot both take the last place.
    static func admit(_ services: Services, on connection: TenantConnection) throws {
        guard services.limits.enabled else { return }
        try connection.take(.reportExports)
        try check(services, on: connection)
    }

    /// The same refusal, in any transaction (a read, before the report is built).
    static func check(_ services: Services, on connection: TenantConnection) throws {
        guard services.limits.enabled else { return }
        let limit = try services.limits(on: connection).maxQueuedExports
        guard limit > 0, try ReportExportStore.pendingCount(on: connection) >= limit else { return }
        throw APIError(
            .rateLimited, "the account has the most exports waiting to be rendered that it may have (\(limit)); create this one once one is ready",
            detail: "max_queued_exports", retryAfterSeconds: retryAfterSeconds)
    }
}
