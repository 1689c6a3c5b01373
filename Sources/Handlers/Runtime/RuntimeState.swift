import Foundation
import LocksmithAPI
import LocksmithStorage

/// Everything a runtime decision reads about a license: the license, what its policy says, the calling device, the
/// version catalog's verdict on `app_version`, and the feature assignments. Loaded in two queries.
struct RuntimeState: Sendable {
    /// The policy settings runtime decisions use, with the license's own limits in place of the policy's where it has
    /// them (`LicenseLimits`); a policy that stops offering floating checkout stops it for every license.
    struct PolicyRules: Sendable {
        var licenseType: LicenseType
        var maxActivations: Int
        var maxFloatingUsers: Int?
        var maxContainerInstances: Int?
        var floatingTimeoutMinutes: Int
        var requireHeartbeat: Bool
        var validationIntervalMinutes: Int
        var allowOfflineActivation: Bool
        var offlineGraceDays: Int
        var allowVM: Bool
        var allowContainer: Bool
        var maxActivationsPerDay: Int
    }

    /// The seats the license took on its latest activation day, which `max_activations_per_day` bounds.
    struct ActivationDay: Sendable {
        /// Days since 1970 (UTC).
        var day: Int64
        var seats: Int

        /// The seats taken on `today`: none when the count is of an earlier day.
        func seats(on today: Int64) -> Int {
            day == today ? seats : 0
        }
    }

    /// The calling device, as far as decisions need it.
    struct CallingDevice: Sendable {
        var id: String
        var status: DeviceStatus
        var seat: DeviceSeat
        var lastSeenAt: Date
        /// When the device's lease lapses (nil when it holds none: it checked in, or never checked out). Only a floating
        /// device needs one; a node-locked device that leases a seat too is not refused when that lease lapses.
        var leaseExpiresAt: Date?

        /// Whether the device holds the license at `now`: node-locked devices by their seat, floating ones only while a
        /// lease is live.
        func holdsLease(at now: Date) -> Bool { leaseExpiresAt.map { now < $0 } ?? false }
    }

    /// One assigned feature, as decisions and answers need it.
    struct Assignment: Sendable {
        var featureID: String
        var code: String
        var enabled: Bool
        var quota: Int64?
        var consumed: Int64
        var expiresAt: Date?
    }

    var license: StoredLicense
    var activations: ActivationDay

    /// Whether activating the calling device takes a node-locked slot: it does unless the device is already active and
    /// node-locked (a floating device that activates takes one like a device new to the license).
    var activationTakesSlot: Bool {
        device?.status != .active || device?.seat != .nodeLocked
    }
    /// The vendor account and the code of the license's product: signed data names both, and a request that names
    /// another product is refused.
    var accountID: String
    var productCode: String
    var policy: PolicyRules
    var device: CallingDevice?
    /// Whether the product has a version catalog; versions are only checked once it does.
    var hasCatalog: Bool
    /// The catalog's release date of the reported version (exactly, or without its build metadata); nil when unknown.
    var versionReleasedAt: Date?
    var assignments: [Assignment]

    /// Loads the license `id` with the device that `bindingKey` names, locking the license row for the rest of a write
    /// transaction when `locking` (PostgreSQL), which serialises the changes of one license.
    static func load(
        license id: String, bindingKey: String?, appVersion: String?, locking: Bool, on connection: TenantConnection
    ) throws -> RuntimeState {
        if locking && connection.dialect == .postgres {
            // Locked by a statement of its own: a `FOR UPDATE` on the state statement would re-read only the license
            // row after waiting for the lock, and return the feature and device rows as they were before the wait.
            // At READ COMMITTED the next statement sees everything the previous lock holder committed.
            _ = try connection.query("SELECT id FROM licenses WHERE id = $1 AND account_id = $account FOR UPDATE", [.text(id)])
        }
        let (sql, binds) = call(license: id, bindingKey: bindingKey, appVersion: appVersion, keepsPlans: connection.raw.keepsPlans)
        return try decode(try connection.query(sql, binds))
    }

    /// Reads the same outside any transaction, as one statement (`Database.query(account:_:_:)`: one round trip on
    /// PostgreSQL): for the answers that change nothing, validate, check and token issue. Through `cache` when there is
    /// one, under its rule.
    static func read(
        license id: String, bindingKey: String?, appVersion: String?, account: String, from database: any Database,
        cache: RuntimeStateCache?
    ) async throws -> RuntimeState {
        let read = {
            let (sql, binds) = call(license: id, bindingKey: bindingKey, appVersion: appVersion, keepsPlans: database.keepsPlans)
            return try decode(try await database.query(account: account, sql, binds))
        }
        guard let cache else { return try await read() }
        let key = RuntimeStateCache.Key(account: account, license: id, bindingKey: bindingKey, appVersion: appVersion)
        return try await cache.state(key, database: database, read: read)
    }

    /// The state's statement itself where the session keeps its plan (SQLite, PostgreSQL with prepared statements); behind
    /// a pooler in transaction mode a call of the function that runs it (`RuntimeStateFunctions`), whose plan the backend
    /// session keeps whatever the pooler does.
    private static func call(license id: String, bindingKey: String?, appVersion: String?, keepsPlans: Bool) -> (String, [SQLValue]) {
        guard !keepsPlans else { return statement(license: id, bindingKey: bindingKey, appVersion: appVersion) }
        let version: [SQLValue] = appVersion.map { [.text($0), .text(DeviceBinding.signable($0))] } ?? [.null, .null]
        return (
            "SELECT * FROM \(RuntimeStateFunctions.name(catalog: appVersion != nil))($1, $2, $account, $3, $4)",
            [.text(id), bindingKey.map(SQLValue.text) ?? .null] + version)
    }

    /// The statement's text, which depends only on whether the catalog is read.
    static func statementText(catalog: Bool) -> String {
        statement(license: "", bindingKey: nil, appVersion: catalog ? "" : nil).0
    }

    /// One statement for the whole state: a row per feature assignment (or one row without feature columns), each
    /// repeating the license, its policy, its account's status, the device and the catalog's verdict.
    ///
    /// Whether the product has a catalog is on its row (`products.has_versions`); without `appVersion` nothing else
    /// about versions is read, which keeps the catalog's subquery out of the most frequent statement. Rows come
    /// unordered and the assignments are sorted by code here.
    private static func statement(license id: String, bindingKey: String?, appVersion: String?) -> (String, [SQLValue]) {
        let version = appVersion ?? ""
        let catalog = appVersion == nil ? "NULL AS version_released_at" : """
            (SELECT v.released_at FROM product_versions v
             WHERE v.product_id = l.product_id AND v.account_id = $account AND v.version IN ($3, $4)
             ORDER BY CASE WHEN v.version = $3 THEN 0 ELSE 1 END LIMIT 1) AS version_released_at
            """
        return (
            """
            SELECT \(LicenseStore.columnsOfL),
                   a.id AS state_account_id, a.status AS account_status, pr.code AS product_code, pr.has_versions AS has_catalog,
                   p.license_type AS policy_license_type, COALESCE(l.max_activations, p.max_activations) AS policy_max_activations,
                   CASE WHEN p.max_floating_users IS NOT NULL THEN COALESCE(l.max_floating_users, p.max_floating_users) END
                       AS policy_max_floating_users,
                   COALESCE(l.max_container_instances, p.max_container_instances) AS policy_max_container_instances,
                   p.floating_timeout_minutes AS policy_floating_timeout_minutes, p.require_heartbeat AS policy_require_heartbeat,
                   p.validation_interval_minutes AS policy_validation_interval_minutes,
                   p.allow_offline_activation AS policy_allow_offline_activation, p.offline_grace_days AS policy_offline_grace_days,
                   p.allow_vm AS policy_allow_vm, p.allow_container AS policy_allow_container,
                   p.max_activations_per_day AS policy_max_activations_per_day, l.activation_day AS license_activation_day,
                   l.activations_on_day AS license_activations_on_day,
                   d.id AS device_id, d.status AS device_status, d.seat AS device_seat, d.last_seen_at AS device_last_seen_at,
                   d.lease_expires_at AS device_lease_expires_at,
                   \(catalog),
                   lf.feature_id AS assignment_feature_id, f.code AS assignment_code, lf.enabled AS assignment_enabled,
                   lf.max_consumptions AS assignment_quota, lf.total_consumptions AS assignment_consumed,
                   lf.expires_at AS assignment_expires_at
            FROM licenses l
            JOIN policies p ON p.id = l.policy_id
            JOIN accounts a ON a.id = l.account_id
            JOIN products pr ON pr.id = l.product_id
            LEFT JOIN devices d ON d.license_id = l.id AND d.binding_key = $2
            LEFT JOIN license_features lf ON lf.license_id = l.id AND lf.account_id = $account
            LEFT JOIN features f ON f.id = lf.feature_id
            WHERE l.id = $1 AND l.account_id = $account
            """,
            [.text(id), bindingKey.map(SQLValue.text) ?? .null]
                + (appVersion == nil ? [] : [.text(version), .text(DeviceBinding.signable(version))]))
    }

    /// The end of time as the API writes it: a lease of a policy that needs no heartbeats, on a license that never
    /// expires, lasts until it is given back.
    static let neverLapses = Date(timeIntervalSince1970: 253_402_300_799)

    /// When a lease taken or renewed at `now` lapses: `floating_timeout_minutes` later when the policy requires
    /// heartbeats; otherwise when the license stops being valid (the end of its grace period, or its expiry), or
    /// never. Check-in, a reset or deactivation of the device, and revocation end it before that.
    func leaseExpiry(at now: Date) -> Date {
        guard !policy.requireHeartbeat else { return now.addingTimeInterval(TimeInterval(policy.floatingTimeoutMinutes) * 60) }
        return max(now, license.graceExpiresAt ?? license.expiresAt ?? Self.neverLapses)
    }

    /// The state in `rows`; UNAUTHORIZED when there are none (the key's license is gone), ACCOUNT_DISABLED when the
    /// license's account is disabled (step 2 of the decision order).
    private static func decode(_ rows: [SQLRow]) throws -> RuntimeState {
        guard let row = rows.first else {
            throw APIError(.unauthorized, "the license key is not valid")
        }
        guard try row.string("account_status") == "active" else {
            throw APIError(.accountDisabled, "the vendor account this license belongs to is disabled")
        }
        let assignments = try rows.compactMap { row -> Assignment? in
            guard let featureID = try row.optionalString("assignment_feature_id"), let code = try row.optionalString("assignment_code") else {
                return nil
            }
            return Assignment(
                featureID: featureID, code: code, enabled: try row.bool("assignment_enabled"),
                quota: try row.optionalInt64("assignment_quota"), consumed: try row.int64("assignment_consumed"),
                expiresAt: try row.optionalDate("assignment_expires_at"))
        }.sorted { $0.code < $1.code }
        return RuntimeState(
            license: try LicenseStore.record(row),
            activations: ActivationDay(day: try row.int64("license_activation_day"), seats: try row.int("license_activations_on_day")),
            accountID: try row.string("state_account_id"), productCode: try row.string("product_code"),
            policy: PolicyRules(
                licenseType: LicenseType(rawValue: try row.string("policy_license_type")),
                maxActivations: try row.int("policy_max_activations"), maxFloatingUsers: try row.optionalInt("policy_max_floating_users"),
                maxContainerInstances: try row.optionalInt("policy_max_container_instances"),
                floatingTimeoutMinutes: try row.int("policy_floating_timeout_minutes"), requireHeartbeat: try row.bool("policy_require_heartbeat"),
                validationIntervalMinutes: try row.int("policy_validation_interval_minutes"),
                allowOfflineActivation: try row.bool("policy_allow_offline_activation"),
                offlineGraceDays: try row.int("policy_offline_grace_days"), allowVM: try row.bool("policy_allow_vm"),
                allowContainer: try row.bool("policy_allow_container"),
                maxActivationsPerDay: try row.int("policy_max_activations_per_day")),
            device: try row.optionalString("device_id").map { deviceID in
                CallingDevice(
                    id: deviceID, status: DeviceStatus(rawValue: try row.string("device_status")),
                    seat: DeviceSeat(rawValue: try row.string("device_seat")), lastSeenAt: try row.date("device_last_seen_at"),
                    leaseExpiresAt: try row.optionalDate("device_lease_expires_at"))
            },
            hasCatalog: try row.bool("has_catalog"), versionReleasedAt: try row.optionalDate("version_released_at"),
            assignments: assignments)
    }
}
