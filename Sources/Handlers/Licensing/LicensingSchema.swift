import LocksmithStorage

/// Licenses, their feature assignments, devices and floating leases (version 6).
///
/// A license's stored `status` is what an operator set (`active`, `suspended`, `revoked`); `expired` and
/// `grace_period` are computed from `expires_at` and `grace_expires_at` when read, so a list filtered by status agrees
/// with `getLicense` at any moment. `grace_expires_at` is `expires_at` plus the policy's grace days, kept in step when
/// either changes, so that every status filter is a range condition on an indexed column. Foreign keys to the catalog,
/// customers and commerce refuse deleting a record that licenses still use.
enum LicensingSchema: AreaSchema {
    static let statements: [Int: [String]] = [
        6: [
            """
            CREATE TABLE licenses (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                product_id TEXT NOT NULL REFERENCES products (id),
                policy_id TEXT NOT NULL REFERENCES policies (id),
                customer_id TEXT REFERENCES customers (id),
                order_id TEXT REFERENCES orders (id),
                subscription_id TEXT REFERENCES subscriptions (id),
                status TEXT NOT NULL,
                license_key_prefix TEXT NOT NULL,
                license_key_last4 TEXT NOT NULL,
                customer_email TEXT,
                customer_name TEXT,
                active_device_count INTEGER NOT NULL,
                times_activated INTEGER NOT NULL,
                times_transferred INTEGER NOT NULL,
                total_consumptions {{bigint}} NOT NULL,
                entitlement_version {{bigint}} NOT NULL,
                starts_at {{bigint}},
                expires_at {{bigint}},
                grace_expires_at {{bigint}},
                maintenance_expires_at {{bigint}},
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE INDEX licenses_by_account ON licenses (account_id, id)",
            "CREATE INDEX licenses_by_product_status ON licenses (account_id, product_id, status, id)",
            "CREATE INDEX licenses_by_policy ON licenses (policy_id, id)",
            "CREATE INDEX licenses_by_customer ON licenses (customer_id, id)",
            "CREATE INDEX licenses_by_order ON licenses (order_id, id)",
            "CREATE INDEX licenses_by_subscription ON licenses (subscription_id, id)",
            "CREATE INDEX licenses_by_expiry ON licenses (account_id, expires_at)",
            "CREATE INDEX licenses_by_grace ON licenses (account_id, grace_expires_at)",
            """
            CREATE TABLE license_features (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                license_id TEXT NOT NULL REFERENCES licenses (id),
                feature_id TEXT NOT NULL REFERENCES features (id),
                enabled INTEGER NOT NULL,
                max_consumptions {{bigint}},
                total_consumptions {{bigint}} NOT NULL,
                expires_at {{bigint}},
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL,
                PRIMARY KEY (license_id, feature_id)
            )
            """,
            "CREATE INDEX license_features_by_feature ON license_features (feature_id)",
            """
            CREATE TABLE devices (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                license_id TEXT NOT NULL REFERENCES licenses (id),
                binding_kind TEXT NOT NULL,
                binding_key TEXT NOT NULL,
                fingerprint TEXT,
                hostname TEXT,
                os TEXT,
                ip_address TEXT,
                is_vm INTEGER NOT NULL,
                is_container INTEGER NOT NULL,
                container_id TEXT,
                cluster_id TEXT,
                namespace TEXT,
                pod_name TEXT,
                status TEXT NOT NULL,
                first_seen_at {{bigint}} NOT NULL,
                last_seen_at {{bigint}} NOT NULL,
                last_validated_at {{bigint}},
                metadata TEXT NOT NULL,
                created_at {{bigint}} NOT NULL,
                updated_at {{bigint}} NOT NULL
            )
            """,
            "CREATE UNIQUE INDEX devices_binding_unique ON devices (license_id, binding_key)",
            "CREATE INDEX devices_by_license ON devices (license_id, id)",
            """
            CREATE TABLE floating_leases (
                account_id TEXT NOT NULL REFERENCES accounts (id),
                id TEXT PRIMARY KEY,
                license_id TEXT NOT NULL REFERENCES licenses (id),
                device_id TEXT NOT NULL REFERENCES devices (id),
                token_hash {{blob}} NOT NULL UNIQUE,
                expires_at {{bigint}} NOT NULL,
                released_at {{bigint}},
                lapse_recorded_at {{bigint}},
                created_at {{bigint}} NOT NULL
            )
            """,
            "CREATE INDEX floating_leases_by_license ON floating_leases (license_id, expires_at)",
            "CREATE INDEX floating_leases_unrecorded_lapses ON floating_leases (account_id, expires_at) WHERE released_at IS NULL AND lapse_recorded_at IS NULL",
        ] + ["licenses", "license_features", "devices", "floating_leases"].flatMap { RowLevelSecurity.statements(for: $0) },
        // Version 10: the kind of seat a device holds, and when its lease lapses (kept on the device, so that a validation
        // reads it with the device and no subquery). Devices that checkouts bound (they have leases, and were never
        // activated) become floating; those of them whose every lease was returned are checked in, so deactivated; and
        // each license's `active_device_count` counts node-locked devices only.
        10: [
            "ALTER TABLE devices ADD COLUMN seat TEXT NOT NULL DEFAULT 'node_locked'",
            "ALTER TABLE devices ADD COLUMN lease_expires_at {{bigint}}",
            "CREATE INDEX floating_leases_by_device ON floating_leases (device_id, expires_at)",
        ] + RowLevelSecurity.acrossAccounts(["devices", "floating_leases", "activities", "licenses"], [
            """
            UPDATE devices SET seat = 'floating'
            WHERE id IN (SELECT device_id FROM floating_leases)
              AND id NOT IN (
                  SELECT device_id FROM activities
                  WHERE action = 'license.activate' AND result_class = 'success' AND device_id IS NOT NULL)
            """,
            """
            UPDATE devices SET status = 'deactivated', updated_at = {{now_milliseconds}}
            WHERE seat = 'floating' AND status = 'active'
              AND NOT EXISTS (SELECT 1 FROM floating_leases fl WHERE fl.device_id = devices.id AND fl.released_at IS NULL)
            """,
            """
            UPDATE devices SET lease_expires_at = (
                SELECT MAX(fl.expires_at) FROM floating_leases fl WHERE fl.device_id = devices.id AND fl.released_at IS NULL)
            WHERE seat = 'floating' AND status = 'active'
            """,
            """
            UPDATE licenses SET active_device_count = (
                SELECT COUNT(*) FROM devices d WHERE d.license_id = licenses.id AND d.status = 'active' AND d.seat = 'node_locked')
            """,
        ]),
        // Version 12: the seats taken on the license's latest activation day (days since 1970, UTC), which
        // `max_activations_per_day` bounds. Kept on the license row, which every activation locks, so the count is exact
        // across instances.
        12: [
            "ALTER TABLE licenses ADD COLUMN activation_day INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE licenses ADD COLUMN activations_on_day INTEGER NOT NULL DEFAULT 0",
        ],
        // Version 13: the support desk's look-ups by e-mail address (any letter case) and by a key's last four characters.
        13: [
            "CREATE INDEX licenses_by_customer_email ON licenses (account_id, lower(customer_email), id)",
            "CREATE INDEX licenses_by_key_last4 ON licenses (account_id, license_key_last4, id)",
            // The inactive-device sweep (`InactiveDevices`): an account's active devices by when they were last seen.
            "CREATE INDEX devices_active_by_last_seen ON devices (account_id, last_seen_at) WHERE status = 'active'",
        ],
        // Version 14: a license's own limits, in place of its policy's (NULL follows the policy).
        14: ["max_activations", "max_floating_users", "max_container_instances", "max_transfers"].map {
            "ALTER TABLE licenses ADD COLUMN \($0) INTEGER"
        },
        // Version 15: when a license was revoked, for revocation checks; for licenses revoked before, the time of their
        // `license.revoked` audit event.
        15: ["ALTER TABLE licenses ADD COLUMN revoked_at {{bigint}}"] + RowLevelSecurity.acrossAccounts(["licenses", "audit_events"], [
            """
            UPDATE licenses SET revoked_at = (
                SELECT MAX(e.created_at) FROM audit_events e
                WHERE e.account_id = licenses.account_id AND e.resource_id = licenses.id AND e.event_type = 'license.revoked')
            WHERE status = 'revoked'
            """,
        ]),
    ]
}
