import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `licenses` table. Rows are `StoredLicense`s; the contract's `License` is computed from one at a time.
enum LicenseStore {
    /// The fields whose values audit events record (`AuditMetadata`): never the licensee's name, e-mail or metadata.
    static let auditedFields: Set<String> = [
        "product_id", "policy_id", "customer_id", "order_id", "subscription_id", "status", "license_key_prefix", "starts_at", "expires_at",
        "maintenance_expires_at", "revoked_at", "entitlement_version", "times_transferred", "max_activations", "max_floating_users",
        "max_container_instances", "max_transfers",
    ]
    static let columns = """
        id, product_id, policy_id, customer_id, order_id, subscription_id, status, license_key_prefix, license_key_last4, customer_email,
        customer_name, active_device_count, times_activated, times_transferred, total_consumptions, entitlement_version, starts_at,
        expires_at, grace_expires_at, maintenance_expires_at, metadata, max_activations, max_floating_users, max_container_instances,
        max_transfers, revoked_at, created_at, updated_at
        """

    static func insert(_ license: StoredLicense, on connection: TenantConnection) throws {
        try connection.execute(
            """
            INSERT INTO licenses (account_id, \(columns))
            VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
                    $25, $26, $27, $28)
            """,
            [.text(license.id), .text(license.productID), .text(license.policyID)] + (try mutableColumns(license))
                + [license.createdAt.sqlValue, license.updatedAt.sqlValue])
    }

    /// Adds `amount` to the license's total consumption (checked against its bound by the caller).
    static func consume(id: String, amount: Int64, on connection: TenantConnection) throws {
        try connection.execute(
            "UPDATE licenses SET total_consumptions = total_consumptions + $2 WHERE id = $1 AND account_id = $account", [.text(id), .integer(amount)])
    }

    /// Writes every field but the id, product and creation time.
    static func update(_ license: StoredLicense, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE licenses SET customer_id = $2, order_id = $3, subscription_id = $4, status = $5, license_key_prefix = $6,
                license_key_last4 = $7, customer_email = $8, customer_name = $9, active_device_count = $10, times_activated = $11,
                times_transferred = $12, total_consumptions = $13, entitlement_version = $14, starts_at = $15, expires_at = $16,
                grace_expires_at = $17, maintenance_expires_at = $18, metadata = $19, max_activations = $20, max_floating_users = $21,
                max_container_instances = $22, max_transfers = $23, revoked_at = $24, updated_at = $25, policy_id = $26
            WHERE id = $1 AND account_id = $account
            """,
            [.text(license.id)] + (try mutableColumns(license)) + [license.updatedAt.sqlValue, .text(license.policyID)])
    }

    /// The license, locking its row for the rest of a write transaction when `locking` (PostgreSQL).
    static func find(id: String, locking: Bool = false, on connection: TenantConnection) throws -> StoredLicense? {
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne("SELECT \(columns) FROM licenses WHERE id = $1 AND account_id = $account" + lock, [.text(id)]).map(record)
    }

    /// The licenses among `ids` (of the connection's account), in no particular order.
    static func find(ids: [String], on connection: TenantConnection) throws -> [StoredLicense] {
        guard !ids.isEmpty else { return [] }
        let placeholders = ids.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        return try connection.query(
            "SELECT \(columns) FROM licenses WHERE account_id = $account AND id IN (\(placeholders))", ids.map(SQLValue.text)
        ).map(record)
    }

    /// The license or 404.
    static func require(id: String, locking: Bool = false, on connection: TenantConnection) throws -> StoredLicense {
        guard let license = try find(id: id, locking: locking, on: connection) else { throw APIError.notFound("license", id: id) }
        return license
    }

    /// Licenses in creation order after the cursor, matching every filter.
    static func page(_ filter: LicenseFilter, after cursor: String?, limit requested: Int?, on connection: TenantConnection) throws -> Page<StoredLicense> {
        var binds: [SQLValue] = []
        var conditions = ["account_id = $account"]
        func bind(_ value: SQLValue) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        for (column, value) in filter.equalities {
            conditions.append("\(column) = \(bind(.text(value)))")
        }
        if let status = filter.status {
            // Bound only where a condition uses it: PostgreSQL cannot type a parameter that nothing refers to.
            conditions.append(contentsOf: statusConditions(status) { bind(filter.now.sqlValue) })
        }
        if let before = filter.expiresBefore { conditions.append("expires_at < \(bind(before.sqlValue))") }
        if let after = filter.expiresAfter { conditions.append("expires_at >= \(bind(after.sqlValue))") }
        if let email = filter.customerEmail { conditions.append("lower(customer_email) = lower(\(bind(.text(email))))") }
        return try Listing.page(
            columns, from: "licenses", where: conditions, binding: binds, keyset: .byID(\.id), after: cursor, limit: requested,
            on: connection, record: record)
    }

    /// The SQL form of `StoredLicense.status(at:)`, as conditions on indexed columns.
    private static func statusConditions(_ status: LicenseStatus, now: () -> String) -> [String] {
        switch status {
        case .suspended: return ["status = 'suspended'"]
        case .revoked: return ["status = 'revoked'"]
        case .active: return ["status = 'active'", "(expires_at IS NULL OR expires_at > \(now()))"]
        case .gracePeriod:
            let now = now()
            return ["status = 'active'", "expires_at <= \(now)", "grace_expires_at > \(now)"]
        case .expired: return ["status = 'active'", "grace_expires_at <= \(now())"]
        default: return ["1 = 0"]
        }
    }

    /// How many licenses refer to a record through `column` (`policy_id`, `product_id`, `customer_id`…).
    static func count(where column: String, is id: String, on connection: TenantConnection) throws -> Int {
        try connection.queryOne("SELECT COUNT(*) AS n FROM licenses WHERE \(column) = $1 AND account_id = $account", [.text(id)])?.int("n") ?? 0
    }

    /// The customer's licenses, newest first, at most `limit`.
    static func newest(customerID: String, limit: Int, on connection: TenantConnection) throws -> [StoredLicense] {
        try Listing.newest("licenses", columns: columns, where: "customer_id", is: customerID, limit: limit, on: connection, record: record)
    }

    /// Keeps the grace period of every license under a policy in step with the policy's grace days.
    static func regrace(policyID: String, graceDays: Int, on connection: TenantConnection) throws {
        try connection.execute(
            "UPDATE licenses SET grace_expires_at = expires_at + $2 WHERE policy_id = $1 AND account_id = $account AND expires_at IS NOT NULL",
            [.text(policyID), .integer(Int64(graceDays) * 86_400_000)])
    }

    /// `customer_id … updated_at` but the creation time, in table order.
    private static func mutableColumns(_ license: StoredLicense) throws -> [SQLValue] {
        [license.customerID.sqlValue, license.orderID.sqlValue, license.subscriptionID.sqlValue, .text(license.setStatus.rawValue),
         .text(license.keyPrefix), .text(license.keyLast4), license.customerEmail.sqlValue, license.customerName.sqlValue,
         license.activeDeviceCount.sqlValue, license.timesActivated.sqlValue, license.timesTransferred.sqlValue,
         .integer(license.totalConsumptions), .integer(license.entitlementVersion), license.startsAt.sqlValue, license.expiresAt.sqlValue,
         license.graceExpiresAt.sqlValue, license.maintenanceExpiresAt.sqlValue, .text(try MetadataColumn.encode(license.metadata)),
         license.limits.maxActivations.sqlValue, license.limits.maxFloatingUsers.sqlValue, license.limits.maxContainerInstances.sqlValue,
         license.limits.maxTransfers.sqlValue, license.revokedAt.sqlValue]
    }

    /// `columns`, each qualified with a table alias, for joins.
    static func columns(of alias: String) -> String {
        columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespacesAndNewlines))" }.joined(separator: ", ")
    }

    /// `columns(of: "l")`, made once: the runtime reads licenses under that alias on every call.
    static let columnsOfL = columns(of: "l")

    static func record(_ row: SQLRow) throws -> StoredLicense {
        StoredLicense(
            id: try row.string("id"), productID: try row.string("product_id"), policyID: try row.string("policy_id"),
            customerID: try row.optionalString("customer_id"), orderID: try row.optionalString("order_id"),
            subscriptionID: try row.optionalString("subscription_id"),
            setStatus: StoredLicense.SetStatus(rawValue: try row.string("status")) ?? .revoked,
            keyPrefix: try row.string("license_key_prefix"), keyLast4: try row.string("license_key_last4"),
            customerEmail: try row.optionalString("customer_email"), customerName: try row.optionalString("customer_name"),
            activeDeviceCount: try row.int("active_device_count"), timesActivated: try row.int("times_activated"),
            timesTransferred: try row.int("times_transferred"), totalConsumptions: try row.int64("total_consumptions"),
            entitlementVersion: try row.int64("entitlement_version"), startsAt: try row.optionalDate("starts_at"),
            expiresAt: try row.optionalDate("expires_at"), graceExpiresAt: try row.optionalDate("grace_expires_at"),
            maintenanceExpiresAt: try row.optionalDate("maintenance_expires_at"), metadata: try MetadataColumn.decode(try row.string("metadata")),
            limits: LicenseLimits(
                maxActivations: try row.optionalInt("max_activations"), maxFloatingUsers: try row.optionalInt("max_floating_users"),
                maxContainerInstances: try row.optionalInt("max_container_instances"), maxTransfers: try row.optionalInt("max_transfers")),
            revokedAt: try row.optionalDate("revoked_at"), createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }
}

/// What `listLicenses` narrows by.
struct LicenseFilter: Sendable {
    /// (column, value) pairs that must all match.
    var equalities: [(String, String)] = []
    var status: LicenseStatus?
    var expiresBefore: Date?
    var expiresAfter: Date?
    /// An e-mail address, compared without regard to letter case (`licenses_by_customer_email`).
    var customerEmail: String?
    /// The moment computed statuses are judged at.
    var now: Date
}
