import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `webhook_endpoints` table, and for `webhook_accounts`, the global list of accounts that have endpoints.
enum WebhookEndpointStore {
    /// The fields whose values audit events record (`AuditMetadata`). Not the URL: webhook URLs often carry a token
    /// in their path or query, and the chain can never forget.
    static let auditedFields: Set<String> = ["event_types", "is_active", "disabled_reason"]
    private static let columns = """
        id, name, url, event_types, sealed_secret, secret_prefix, previous_sealed_secret, previous_secret_until, is_active,
        disabled_reason, consecutive_failures, last_delivery_at, last_success_at, last_failure_at, last_error, created_at, updated_at
        """
    private static let urlTaken = "webhook_endpoints_url_unique"

    /// Stores a new endpoint and enrols its account with the delivery worker.
    static func insert(_ endpoint: StoredWebhookEndpoint, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [urlTaken: duplicateURL(endpoint.url)]) {
            try connection.execute(
                """
                INSERT INTO webhook_endpoints (account_id, \(columns))
                VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                """,
                [.text(endpoint.id)] + values(endpoint) + [endpoint.createdAt.sqlValue, endpoint.updatedAt.sqlValue])
        }
        try connection.execute(
            "INSERT INTO webhook_accounts (account_id) VALUES ($account) ON CONFLICT (account_id) DO NOTHING", [])
    }

    /// Writes every field but the id and creation time.
    static func update(_ endpoint: StoredWebhookEndpoint, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [urlTaken: duplicateURL(endpoint.url)]) {
            try connection.execute(
                """
                UPDATE webhook_endpoints SET name = $2, url = $3, event_types = $4, sealed_secret = $5, secret_prefix = $6,
                    previous_sealed_secret = $7, previous_secret_until = $8, is_active = $9, disabled_reason = $10,
                    consecutive_failures = $11, last_delivery_at = $12, last_success_at = $13, last_failure_at = $14, last_error = $15,
                    updated_at = $16
                WHERE id = $1 AND account_id = $account
                """,
                [.text(endpoint.id)] + values(endpoint) + [endpoint.updatedAt.sqlValue])
        }
    }

    /// Deletes the endpoint with its deliveries and their attempts.
    ///
    /// The account stays enrolled with the delivery worker: withdrawing it when its last endpoint goes could race
    /// with a concurrent create that found it enrolled, and leave a new endpoint unvisited.
    static func delete(_ endpoint: StoredWebhookEndpoint, on connection: TenantConnection) throws {
        for table in ["webhook_attempts", "webhook_deliveries"] {
            try connection.execute("DELETE FROM \(table) WHERE endpoint_id = $1 AND account_id = $account", [.text(endpoint.id)])
        }
        try connection.execute("DELETE FROM webhook_endpoints WHERE id = $1 AND account_id = $account", [.text(endpoint.id)])
    }

    /// Keeps the endpoint's delivery health after an attempt: its latest delivery, success or failure, and how many
    /// attempts in a row have failed.
    static func recordAttempt(endpointID: String, at date: Date, error: String?, on connection: TenantConnection) throws {
        if let error {
            try connection.execute(
                """
                UPDATE webhook_endpoints SET last_delivery_at = $2, last_failure_at = $2, last_error = $3,
                    consecutive_failures = consecutive_failures + 1
                WHERE id = $1 AND account_id = $account
                """, [.text(endpointID), date.sqlValue, .text(error)])
        } else {
            try connection.execute(
                """
                UPDATE webhook_endpoints SET last_delivery_at = $2, last_success_at = $2, consecutive_failures = 0
                WHERE id = $1 AND account_id = $account
                """, [.text(endpointID), date.sqlValue])
        }
    }

    /// Turns an active endpoint off for `reason`, as the server's own change, recorded as `webhook_endpoint.disabled`.
    static func disable(id: String, reason: WebhookEndpointDisabledReason, change: AuditedChange, on connection: TenantConnection) throws {
        guard var endpoint = try find(id: id, locking: true, on: connection), endpoint.isActive else { return }
        endpoint.isActive = false
        endpoint.disabledReason = reason
        endpoint.updatedAt = change.date
        try update(endpoint, on: connection)
        try change.record(.webhookEndpointDisabled(endpoint), on: connection)
    }

    /// The endpoint, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> StoredWebhookEndpoint? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM webhook_endpoints WHERE id = $1 AND account_id = $account" + lock, [.text(id)])
            .map(record)
    }

    /// The endpoint or 404.
    static func require(id: String, locking: Bool = false, on connection: TenantConnection) throws -> StoredWebhookEndpoint {
        guard let endpoint = try find(id: id, locking: locking, on: connection) else { throw APIError.notFound("webhook endpoint", id: id) }
        return endpoint
    }

    /// Endpoints in creation order after the cursor.
    /// The account's endpoints, active or not.
    static func count(on connection: TenantConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM webhook_endpoints WHERE account_id = $account", [])?.int("n") ?? 0
    }

    static func page(after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<StoredWebhookEndpoint> {
        try Listing.page("webhook_endpoints", columns: columns, after: cursor, limit: limit, on: connection, record: record, id: \.id)
    }

    /// Every endpoint of the account, oldest first (health reports).
    static func all(on connection: TenantConnection) throws -> [StoredWebhookEndpoint] {
        try connection.query("SELECT \(columns) FROM webhook_endpoints WHERE account_id = $account ORDER BY id", []).map(record)
    }

    /// The accounts that have endpoints, for the backlog gauge; a global table, readable without an account.
    static func enrolledAccounts(on connection: any SQLConnection) throws -> [String] {
        try connection.query("SELECT account_id FROM webhook_accounts ORDER BY account_id", []).map { try $0.string("account_id") }
    }

    /// The enabled accounts that have endpoints, for the delivery worker to visit: a disabled account's deliveries
    /// stay pending, their attempts unspent, until it is enabled again (`AccountStore.active`).
    static func deliveringAccounts(on connection: any SQLConnection) throws -> [String] {
        try connection.query(
            """
            SELECT w.account_id FROM webhook_accounts w JOIN accounts a ON a.id = w.account_id
            WHERE a.status = $1 ORDER BY w.account_id
            """, [.text(Account.Status.active.rawValue)]
        ).map { try $0.string("account_id") }
    }

    private static func duplicateURL(_ url: String) -> APIError {
        APIError.duplicate("url", url, scope: "by another webhook endpoint of this account")
    }

    /// `name … last_error`, in table order.
    private static func values(_ endpoint: StoredWebhookEndpoint) -> [SQLValue] {
        [.text(endpoint.name), .text(endpoint.url), .text(endpoint.eventTypes.map(\.rawValue).joined(separator: " ")),
         .blob(endpoint.sealedSecret), .text(endpoint.secretPrefix), endpoint.previousSealedSecret.map(SQLValue.blob) ?? .null,
         endpoint.previousSecretUntil.sqlValue, endpoint.isActive.sqlValue, endpoint.disabledReason.map { SQLValue.text($0.rawValue) } ?? .null,
         endpoint.consecutiveFailures.sqlValue, endpoint.lastDeliveryAt.sqlValue, endpoint.lastSuccessAt.sqlValue,
         endpoint.lastFailureAt.sqlValue, endpoint.lastError.sqlValue]
    }

    private static func record(_ row: SQLRow) throws -> StoredWebhookEndpoint {
        StoredWebhookEndpoint(
            id: try row.string("id"), name: try row.string("name"), url: try row.string("url"),
            eventTypes: try row.string("event_types").split(separator: " ").map { WebhookEventType(rawValue: String($0)) },
            sealedSecret: try row.bytes("sealed_secret"), secretPrefix: try row.string("secret_prefix"),
            previousSealedSecret: try row.optionalBytes("previous_sealed_secret"), previousSecretUntil: try row.optionalDate("previous_secret_until"),
            isActive: try row.bool("is_active"),
            disabledReason: try row.optionalString("disabled_reason").map(WebhookEndpointDisabledReason.init(rawValue:)),
            consecutiveFailures: try row.int("consecutive_failures"), lastDeliveryAt: try row.optionalDate("last_delivery_at"),
            lastSuccessAt: try row.optionalDate("last_success_at"), lastFailureAt: try row.optionalDate("last_failure_at"),
            lastError: try row.optionalString("last_error"), createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}
