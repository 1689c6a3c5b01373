import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `license_features` table: the features a license is entitled to, with their quotas and counters. Rows
/// read back joined with the feature for its code and name, as the contract's `LicenseFeature`.
enum LicenseFeatureStore {
    /// The fields whose values audit events record (`AuditMetadata`): everything but the metadata.
    static let auditedFields: Set<String> = ["feature_id", "feature_code", "enabled", "max_consumptions", "total_consumptions", "expires_at"]
    private static let columns = """
        lf.license_id, lf.feature_id, f.code AS feature_code, f.name AS feature_name, lf.enabled, lf.max_consumptions,
        lf.total_consumptions, lf.expires_at, lf.metadata
        """
    private static let joined = "license_features lf JOIN features f ON f.id = lf.feature_id"

    /// Assigns a feature; a feature already assigned to the license is 409.
    static func insert(_ assignment: LicenseFeature, at date: Date, on connection: TenantConnection) throws {
        try mappingConstraintErrors(
            unique: ["license_features_pkey": APIError(
                .conflict, "feature '\(assignment.featureCode)' is already assigned to this license; remove it first or adjust its usage",
                detail: "feature_id")]
        ) {
            try connection.execute(
                """
                INSERT INTO license_features (account_id, license_id, feature_id, enabled, max_consumptions, total_consumptions, expires_at,
                                              metadata, created_at, updated_at)
                VALUES ($account, $1, $2, $3, $4, $5, $6, $7, $8, $8)
                """,
                [.text(assignment.licenseID), .text(assignment.featureID), assignment.enabled.sqlValue, assignment.maxConsumptions.sqlValue,
                 .integer(assignment.totalConsumptions), assignment.expiresAt.sqlValue, .text(try MetadataColumn.encode(assignment.metadata)),
                 date.sqlValue])
        }
    }

    /// Writes the counters and quota of an assignment.
    static func update(_ assignment: LicenseFeature, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE license_features SET enabled = $3, max_consumptions = $4, total_consumptions = $5, expires_at = $6, updated_at = $7
            WHERE license_id = $1 AND feature_id = $2 AND account_id = $account
            """,
            [.text(assignment.licenseID), .text(assignment.featureID), assignment.enabled.sqlValue, assignment.maxConsumptions.sqlValue,
             .integer(assignment.totalConsumptions), assignment.expiresAt.sqlValue, date.sqlValue])
    }

    /// Removes an assignment; returns whether there was one.
    static func delete(licenseID: String, featureID: String, on connection: TenantConnection) throws -> Bool {
        try connection.execute(
            "DELETE FROM license_features WHERE license_id = $1 AND feature_id = $2 AND account_id = $account",
            [.text(licenseID), .text(featureID)]) > 0
    }

    /// The license's assignment of a feature, by feature id or code, locked for the rest of a write when `locking`.
    /// Adds `amount` to the assignment's consumed counter (checked against its bound by the caller).
    static func consume(licenseID: String, featureID: String, amount: Int64, at date: Date, on connection: TenantConnection) throws {
        try connection.execute(
            """
            UPDATE license_features SET total_consumptions = total_consumptions + $3, updated_at = $4
            WHERE license_id = $1 AND feature_id = $2 AND account_id = $account
            """,
            [.text(licenseID), .text(featureID), .integer(amount), date.sqlValue])
    }

    static func find(
        licenseID: String, featureID: String? = nil, featureCode: String? = nil, locking: Bool = false, on connection: TenantConnection
    ) throws -> LicenseFeature? {
        let (column, value) = featureID.map { ("lf.feature_id", $0) } ?? ("f.code", featureCode ?? "")
        let lock = locking ? connection.dialect.forUpdate : ""
        return try connection.queryOne(
            "SELECT \(columns) FROM \(joined) WHERE lf.license_id = $1 AND \(column) = $2 AND lf.account_id = $account" + lock,
            [.text(licenseID), .text(value)]
        ).map(record)
    }

    /// The license's assignments ordered by feature id, after the cursor (a feature id).
    static func page(licenseID: String, after cursor: String?, limit requested: Int?, on connection: TenantConnection) throws -> Page<LicenseFeature> {
        try Listing.page(
            columns, from: joined, where: ["lf.license_id = $1", "lf.account_id = $account"], binding: [.text(licenseID)],
            keyset: .byID(\.featureID, column: "lf.feature_id"), after: cursor, limit: requested, on: connection, record: record)
    }

    private static func record(_ row: SQLRow) throws -> LicenseFeature {
        let quota = try row.optionalInt64("max_consumptions")
        let consumed = try row.int64("total_consumptions")
        return LicenseFeature(
            licenseID: try row.string("license_id"), featureID: try row.string("feature_id"), featureCode: try row.string("feature_code"),
            featureName: try row.string("feature_name"), enabled: try row.bool("enabled"), maxConsumptions: quota,
            totalConsumptions: consumed, remaining: quota.map { max($0 - consumed, 0) }, expiresAt: try row.optionalDate("expires_at"),
            metadata: try MetadataColumn.decode(try row.string("metadata")))
    }
}
