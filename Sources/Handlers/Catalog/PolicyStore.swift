import LocksmithAPI
import LocksmithStorage

/// SQL for the `policies` table. Rows are the contract's `Policy`.
enum PolicyStore {
    /// The unique index on (`product_id`, `code`).
    static let codeIndex = "policies_code_unique"
    /// The fields whose values audit events record (`AuditMetadata`): everything but the name and metadata.
    static let auditedFields: Set<String> = [
        "product_id", "code", "license_type", "max_activations", "max_floating_users", "max_container_instances",
        "floating_timeout_minutes", "grace_period_days", "validation_interval_minutes", "require_heartbeat",
        "allow_offline_activation", "offline_grace_days", "allow_vm", "allow_container", "max_transfers", "max_activations_per_day",
        "deactivate_inactive_after_days",
    ]
    private static let columns = """
        id, product_id, name, code, license_type, max_activations, max_floating_users, max_container_instances,
        floating_timeout_minutes, grace_period_days, validation_interval_minutes, require_heartbeat,
        allow_offline_activation, offline_grace_days, allow_vm, allow_container, max_transfers, metadata, max_activations_per_day,
        deactivate_inactive_after_days, created_at, updated_at
        """

    static func insert(_ policy: Policy, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(policy.code)], foreignKey: .notFound("product", id: policy.productID)) {
            try connection.execute(
                """
                INSERT INTO policies (account_id, \(columns))
                VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
                """,
                [.text(policy.id), .text(policy.productID)] + (try settableValues(policy))
                    + [policy.createdAt.sqlValue, policy.updatedAt.sqlValue])
        }
    }

    /// Writes every field but the id, product and creation time; `request` names the fields that changed.
    static func update(_ policy: Policy, request: PolicyUpdateRequest, on connection: TenantConnection) throws {
        try mappingConstraintErrors(unique: [codeIndex: duplicateCode(policy.code)]) {
            try connection.execute(
                """
                UPDATE policies SET name = $2, code = $3, license_type = $4, max_activations = $5, max_floating_users = $6,
                    max_container_instances = $7, floating_timeout_minutes = $8, grace_period_days = $9,
                    validation_interval_minutes = $10, require_heartbeat = $11, allow_offline_activation = $12,
                    offline_grace_days = $13, allow_vm = $14, allow_container = $15, max_transfers = $16, metadata = $17,
                    max_activations_per_day = $18, deactivate_inactive_after_days = $19, updated_at = $20
                WHERE id = $1 AND account_id = $account
                """,
                [.text(policy.id)] + (try settableValues(policy)) + [policy.updatedAt.sqlValue])
        }
        // Licenses keep the end of their grace period stored, so that status filters stay simple index lookups.
        if request.gracePeriodDays != nil {
            try LicenseStore.regrace(policyID: policy.id, graceDays: policy.gracePeriodDays, on: connection)
        }
    }

    /// Deletes the policy, unless licenses were issued under it (409 naming how many).
    static func delete(_ policy: Policy, on connection: TenantConnection) throws {
        let references = try References.describe(policy.id, by: [.init(table: "licenses", column: "policy_id", noun: "license")], on: connection)
        guard references.isEmpty else { throw APIError.stillReferenced("policy", by: references) }
        try mappingConstraintErrors(foreignKey: .stillReferenced("policy", by: ["licenses issued under it"])) {
            try connection.execute("DELETE FROM policies WHERE id = $1 AND account_id = $account", [.text(policy.id)])
        }
    }

    /// The policy, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> Policy? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM policies WHERE id = $1 AND account_id = $account" + lock, [.text(id)]).map(record)
    }

    /// The product's policies in creation order after the cursor (a policy id). A product that does not exist is 404, not an empty list.
    static func page(productID: String, after cursor: String?, limit: Int?, on connection: TenantConnection) throws -> Page<Policy> {
        try ProductStore.require(id: productID, on: connection)
        return try Listing.page(
            "policies", columns: columns, where: [("product_id", .text(productID))], after: cursor, limit: limit, on: connection,
            record: record, id: \.id)
    }

    private static func duplicateCode(_ code: String) -> APIError {
        APIError.duplicate("code", code, scope: "by another policy of this product")
    }

    /// The values of the columns an update may change, from `name` to `deactivate_inactive_after_days` in `columns` order.
    private static func settableValues(_ policy: Policy) throws -> [SQLValue] {
        [.text(policy.name), .text(policy.code), .text(policy.licenseType.rawValue),
         policy.maxActivations.sqlValue, policy.maxFloatingUsers.sqlValue, policy.maxContainerInstances.sqlValue,
         policy.floatingTimeoutMinutes.sqlValue, policy.gracePeriodDays.sqlValue, policy.validationIntervalMinutes.sqlValue,
         policy.requireHeartbeat.sqlValue, policy.allowOfflineActivation.sqlValue, policy.offlineGraceDays.sqlValue,
         policy.allowVM.sqlValue, policy.allowContainer.sqlValue, policy.maxTransfers.sqlValue,
         .text(try MetadataColumn.encode(policy.metadata)), policy.maxActivationsPerDay.sqlValue, policy.deactivateInactiveAfterDays.sqlValue]
    }

    private static func record(_ row: SQLRow) throws -> Policy {
        Policy(
            id: try row.string("id"), productID: try row.string("product_id"), name: try row.string("name"), code: try row.string("code"),
            licenseType: LicenseType(rawValue: try row.string("license_type")), maxActivations: try row.int("max_activations"),
            maxFloatingUsers: try row.optionalInt("max_floating_users"), maxContainerInstances: try row.optionalInt("max_container_instances"),
            floatingTimeoutMinutes: try row.int("floating_timeout_minutes"), gracePeriodDays: try row.int("grace_period_days"),
            validationIntervalMinutes: try row.int("validation_interval_minutes"), requireHeartbeat: try row.bool("require_heartbeat"),
            allowOfflineActivation: try row.bool("allow_offline_activation"), offlineGraceDays: try row.int("offline_grace_days"),
            allowVM: try row.bool("allow_vm"), allowContainer: try row.bool("allow_container"), maxTransfers: try row.int("max_transfers"),
            maxActivationsPerDay: try row.int("max_activations_per_day"),
            deactivateInactiveAfterDays: try row.int("deactivate_inactive_after_days"), metadata: try MetadataColumn.decode(try row.string("metadata")), createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
