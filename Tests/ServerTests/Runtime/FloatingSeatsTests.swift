import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A floating seat is borrowed, never kept: a device a checkout bound takes no activation slot, may use the license only
/// while it holds a live lease, and is deactivated by its check-in.
@Suite struct FloatingSeatsTests {
    /// One activation slot and one floating seat: what a vendor sells as "one named machine, or one at a time".
    static func fixture(_ clients: Clients) async throws -> RuntimeFixture {
        try await RuntimeFixture.make(clients) {
            $0.maxActivations = 1; $0.maxFloatingUsers = 1; $0.floatingTimeoutMinutes = 10; $0.requireHeartbeat = true
            $0.allowOfflineActivation = true; $0.offlineGraceDays = 30
        }
    }

    /// Three machines that each checked a seat out and in once hold nothing afterwards: every operation that needs an
    /// activated device refuses them, and the license counts no active device.
    @Test(arguments: TestBackend.available)
    func aReturnedFloatingSeatLeavesNothingBehind(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await Self.fixture(clients)
            let runtime = fixture.runtime(clients)
            for index in 1...3 {
                let lease = try await runtime.checkoutFloatingLicense(idempotencyKey: "out-\(index)", machine("fp-\(index)")).data
                // While it holds the lease, the machine may use the license.
                _ = try await runtime.validateLicense(machine("fp-\(index)"))
                _ = try await runtime.checkinFloatingLicense(idempotencyKey: "in-\(index)", .init(leaseToken: lease.leaseToken))
            }
            for index in 1...3 {
                let fingerprint = "fp-\(index)"
                await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine(fingerprint)) }
                await expectAPIError(.notActivated, status: 404) { _ = try await runtime.checkLicense(machine(fingerprint)) }
                await expectAPIError(.notActivated, status: 404) {
                    _ = try await runtime.consumeLicense(
                        idempotencyKey: "use-\(index)", .init(fingerprint: fingerprint, featureCode: "export", eventID: "e-\(index)"))
                }
                await expectAPIError(.notActivated, status: 404) { _ = try await runtime.issueOfflineLicense(machine(fingerprint)) }
            }
            let license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 0 && license.timesActivated == 0)
            let devices = try await clients.admin.listLicenseDevices(id: fixture.license.id).data
            #expect(devices.count == 3 && devices.allSatisfy { $0.seat == .floating && $0.status == .deactivated })
            // The activation slot is still free: a node-locked machine takes it.
            _ = try await runtime.activateLicense(idempotencyKey: "act", machine("named"))
            #expect(try await clients.admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 1)
            #expect(try await consumptionRows(server, fixture) == 0)
        }
    }

    /// A lease that lapses ends the device's use of the license at once (404 LEASE_EXPIRED, not a valid answer), and
    /// one machine's lease never lets another validate.
    @Test(arguments: TestBackend.available)
    func aLapsedLeaseAndAnotherMachinesLeaseAreRefused(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await Self.fixture(clients)
            let runtime = fixture.runtime(clients)
            let lease = try await runtime.checkoutFloatingLicense(idempotencyKey: "out", machine("holder")).data
            _ = try await runtime.validateLicense(machine("holder"))
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("bystander")) }

            // The offline license of a floating device ends when its lease does, not after the policy's 30 days.
            let envelope = try await runtime.issueOfflineLicense(machine("holder")).data
            let keys = try PublicKeyStore(pinned: Dictionary(uniqueKeysWithValues: try await clients.system.listPublicKeys().data.map { ($0.kid, $0.publicKey) }))
            let offline = try await OfflineLicense.open(envelope, licenseKey: fixture.key, keys: keys, product: fixture.product.code)
            #expect(offline.data.offlineValidUntil == lease.leaseExpiresAt)

            // As time passing would: the lease and the device's note of it lapse together.
            try await server.services.database.write(.defaultAccount) { connection in
                try connection.execute("UPDATE floating_leases SET expires_at = 1 WHERE device_id = $1", [.text(lease.deviceID)])
                try connection.execute("UPDATE devices SET lease_expires_at = 1 WHERE id = $1", [.text(lease.deviceID)])
            }
            await expectAPIError(.leaseExpired, status: 404) { _ = try await runtime.validateLicense(machine("holder")) }
            await expectAPIError(.leaseExpired, status: 404) { _ = try await runtime.checkLicense(machine("holder")) }
            await expectAPIError(.leaseExpired, status: 404) {
                _ = try await runtime.consumeLicense(idempotencyKey: "use", .init(fingerprint: "holder", featureCode: "export", eventID: "e"))
            }
            await expectAPIError(.leaseExpired, status: 404) { _ = try await runtime.issueOfflineLicense(machine("holder")) }
            // Checking out again restores it; the seat the lapsed lease held was free all along.
            _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "again", machine("holder"))
            _ = try await runtime.validateLicense(machine("holder"))
            let rows = try await runtimeActivities(server, clients)
            #expect(rows.filter { $0.reasonCode == "LEASE_EXPIRED" }.count == 4)
            #expect(try await consumptionRows(server, fixture) == 0)
        }
    }

    /// `require_heartbeat` decides how a lease ends: with it, `floating_timeout_minutes` after its checkout or last
    /// heartbeat; without it, only when it is checked in or the license ends, however long the machine stays silent.
    @Test(arguments: TestBackend.available)
    func requireHeartbeatDecidesWhetherASilentLeaseLapses(backend: TestBackend) async throws {
        let harness = try await WebhookHarness.start(backend)
        try await harness.run { clients in
            let beating = try await RuntimeFixture.make(clients, code: "beat") {
                $0.maxFloatingUsers = 1; $0.floatingTimeoutMinutes = 10; $0.requireHeartbeat = true
            }
            let lasting = try await RuntimeFixture.make(clients, code: "last") { $0.maxFloatingUsers = 1; $0.floatingTimeoutMinutes = 10 }
            let perpetual = try await RuntimeFixture.make(clients, code: "perp", type: .perpetual) { $0.maxFloatingUsers = 1 }
            let start = harness.clock.now
            let beat = try await beating.runtime(clients).checkoutFloatingLicense(idempotencyKey: "b", machine("m")).data
            #expect(beat.leaseExpiresAt == start.addingTimeInterval(600))
            let last = try await lasting.runtime(clients).checkoutFloatingLicense(idempotencyKey: "l", machine("m")).data
            #expect(last.leaseExpiresAt == lasting.license.expiresAt)
            let forever = try await perpetual.runtime(clients).checkoutFloatingLicense(idempotencyKey: "p", machine("m")).data
            #expect(forever.leaseExpiresAt == Date(timeIntervalSince1970: 253_402_300_799))

            // An hour of silence: six timeouts.
            harness.clock.advance(by: 3600)
            await expectAPIError(.leaseExpired, status: 404) { _ = try await beating.runtime(clients).validateLicense(machine("m")) }
            _ = try await lasting.runtime(clients).validateLicense(machine("m"))
            _ = try await perpetual.runtime(clients).validateLicense(machine("m"))
            // The silent lease still holds the seat; its heartbeat keeps the license's end.
            await expectAPIError(.floatingLimitReached, status: 409) {
                _ = try await lasting.runtime(clients).checkoutFloatingLicense(idempotencyKey: "o1", machine("other"))
            }
            let renewed = try await lasting.runtime(clients).heartbeatFloatingLicense(.init(leaseToken: last.leaseToken)).data
            #expect(renewed.leaseExpiresAt == lasting.license.expiresAt)
            // Check-in ends it and frees the seat.
            _ = try await lasting.runtime(clients).checkinFloatingLicense(idempotencyKey: "in", .init(leaseToken: last.leaseToken))
            _ = try await lasting.runtime(clients).checkoutFloatingLicense(idempotencyKey: "o2", machine("other"))
            await expectAPIError(.notActivated, status: 404) { _ = try await lasting.runtime(clients).validateLicense(machine("m")) }
        }
    }

    /// Activating a floating device makes it node-locked only under the ordinary activation rules; a node-locked device
    /// that checks out stays node-locked, and keeps its slot after its check-in.
    @Test(arguments: TestBackend.available)
    func activationTurnsAFloatingDeviceNodeLockedOnlyWhenASlotIsFree(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await Self.fixture(clients)
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "named", machine("named"))
            let lease = try await runtime.checkoutFloatingLicense(idempotencyKey: "out", machine("floater")).data
            let full = await expectAPIError(.deviceLimitReached, status: 409) {
                _ = try await runtime.activateLicense(idempotencyKey: "promote-1", machine("floater"))
            }
            #expect(full?.detail == "max_activations")
            var device = try await clients.admin.getLicenseDevice(id: fixture.license.id, deviceID: lease.deviceID).data
            #expect(device.seat == .floating && device.status == .active)

            _ = try await runtime.deactivateLicense(idempotencyKey: "free", machine("named"))
            _ = try await runtime.activateLicense(idempotencyKey: "promote-2", machine("floater"))
            device = try await clients.admin.getLicenseDevice(id: fixture.license.id, deviceID: lease.deviceID).data
            #expect(device.seat == .nodeLocked && device.status == .active)
            var license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 1 && license.timesActivated == 2)
            #expect(try await clients.events("device.activated").count == 2)

            // Now node-locked, it keeps its slot through a checkout and check-in of its own.
            let own = try await runtime.checkoutFloatingLicense(idempotencyKey: "out-2", machine("floater")).data
            _ = try await runtime.checkinFloatingLicense(idempotencyKey: "in-2", .init(leaseToken: own.leaseToken))
            _ = try await runtime.validateLicense(machine("floater"))
            license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 1)
        }
    }

    /// Checkouts and activations of one license, at once: the activation limit and the seat limit each hold exactly,
    /// and the counter agrees with the devices.
    @Test(arguments: TestBackend.available)
    func mixedCheckoutsAndActivationsKeepExactCounts(backend: TestBackend) async throws {
        let server = try await RuntimeConcurrencyTests.patientServer(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 3; $0.maxFloatingUsers = 4; $0.floatingTimeoutMinutes = 5 }
            let runtime = fixture.runtime(clients)
            let outcomes = try await RuntimeConcurrencyTests.tally(200) { index in
                if index.isMultiple(of: 2) {
                    _ = try await runtime.activateLicense(idempotencyKey: "act-\(index)", machine("fp-\(index)"))
                } else {
                    _ = try await runtime.checkoutFloatingLicense(idempotencyKey: "out-\(index)", machine("fp-\(index)"))
                }
            }
            #expect(outcomes == ["ok": 7, "DEVICE_LIMIT_REACHED": 97, "FLOATING_LIMIT_REACHED": 96])
            let license = try await clients.admin.getLicense(id: fixture.license.id).data
            #expect(license.activeDeviceCount == 3 && license.timesActivated == 3)
            let devices = try await walkPages { try await clients.admin.listLicenseDevices(id: fixture.license.id, limit: 200, cursor: $0) }.items
            let active = devices.filter { $0.status == .active }
            #expect(active.filter { $0.seat == .nodeLocked }.count == 3)
            // A refused checkout leaves no device behind, since its transaction rolled back.
            #expect(active.filter { $0.seat == .floating }.count == 4 && devices.count == 7)
        }
    }

    /// Devices that checkouts bound before seats were told apart become floating at the upgrade, those whose every
    /// lease was returned are deactivated, and each license's count of active devices counts node-locked ones only.
    @Test(arguments: TestBackend.available)
    func theUpgradeReclassifiesDevicesThatCheckoutsBound(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: Schema.migrations.filter { $0.version < 10 }) { database in
            let account = AccountStore.defaultAccountID
            try await database.write(.account(account)) { connection in
                let tenant = try connection.tenant(account)
                for statement in LegacySeats.statements {
                    try tenant.execute(statement, [])
                }
            }
            _ = try await Schema.migrator.apply(on: database, logger: TestServer.logger)
            let rows = try await database.read(.account(account)) { connection in
                try connection.query("SELECT id, seat, status, lease_expires_at FROM devices ORDER BY id", []).map {
                    "\(try $0.string("id")) \(try $0.string("seat")) \(try $0.string("status")) \(try $0.optionalInt64("lease_expires_at").map(String.init) ?? "-")"
                }
            }
            #expect(rows == [
                "dev_activated node_locked active -", "dev_both node_locked active -", "dev_holding floating active 9999999999999",
                "dev_returned floating deactivated -",
            ])
            let count = try await database.read(.account(account)) { connection in
                try connection.queryOne("SELECT active_device_count AS n FROM licenses WHERE id = 'lic_1'", [])?.int("n")
            }
            #expect(count == 2)
        }
    }

    private func consumptionRows(_ server: TestServer, _ fixture: RuntimeFixture) async throws -> Int64 {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.queryOne("SELECT COUNT(*) AS n FROM consumption_events WHERE license_id = $1", [.text(fixture.license.id)])?.int64("n") ?? -1
        }
    }
}

/// A license as version 9 left it: four devices, of which two were only ever bound by checkouts (one still holds its
/// lease, one returned it), one activated, and one activated that also leased a seat. The old code counted all four.
private enum LegacySeats {
    static let statements: [String] = [
        "INSERT INTO products (account_id, id, name, code, metadata, created_at, updated_at) VALUES ($account, 'prd_1', 'P', 'p', '{}', 1, 1)",
        """
        INSERT INTO policies (account_id, id, product_id, name, code, license_type, max_activations, max_floating_users,
            floating_timeout_minutes, grace_period_days, validation_interval_minutes, require_heartbeat, allow_offline_activation,
            offline_grace_days, allow_vm, allow_container, max_transfers, metadata, created_at, updated_at)
        VALUES ($account, 'pol_1', 'prd_1', 'P', 'p', 'perpetual', 5, 5, 60, 0, 1440, 1, 0, 0, 1, 1, 0, '{}', 1, 1)
        """,
        """
        INSERT INTO licenses (account_id, id, product_id, policy_id, status, license_key_prefix, license_key_last4, active_device_count,
            times_activated, times_transferred, total_consumptions, entitlement_version, metadata, created_at, updated_at)
        VALUES ($account, 'lic_1', 'prd_1', 'pol_1', 'active', 'lsk_', 'abcd', 4, 2, 0, 0, 1, '{}', 1, 1)
        """,
    ] + ["dev_activated", "dev_both", "dev_holding", "dev_returned"].map { id in
        """
        INSERT INTO devices (account_id, id, license_id, binding_kind, binding_key, is_vm, is_container, status, first_seen_at, last_seen_at,
            metadata, created_at, updated_at)
        VALUES ($account, '\(id)', 'lic_1', 'hardware', '\(id)', 0, 0, 'active', 1, 1, '{}', 1, 1)
        """
    } + [
        ("lease_1", "dev_both", "NULL"), ("lease_2", "dev_holding", "NULL"), ("lease_3", "dev_returned", "5"),
    ].map { id, device, released in
        """
        INSERT INTO floating_leases (account_id, id, license_id, device_id, token_hash, expires_at, released_at, created_at)
        VALUES ($account, '\(id)', 'lic_1', '\(device)', '\(id)', 9999999999999, \(released), 1)
        """
    } + ["dev_activated", "dev_both"].map { device in
        """
        INSERT INTO activities (account_id, id, occurred_at, action, source, license_id, amount, status_code, result_class, device_id, metadata)
        VALUES ($account, 'act_\(device)', 1, 'license.activate', 'runtime', 'lic_1', 0, 200, 'success', '\(device)', '{}')
        """
    }
}
