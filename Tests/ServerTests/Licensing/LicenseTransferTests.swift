import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct LicenseTransferTests {
    @Test(arguments: TestBackend.available)
    func transfersCountAgainstThePolicyAndKeepHistory(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients, maxTransfers: 2)
            let admin = clients.admin
            let license = try await fixture.issue(clients).license
            let newOwner = try await admin.createCustomer(.init(name: "New owner", code: "new-owner")).data
            let moved = try await admin.transferLicense(id: license.id, idempotencyKey: "t1", .init(
                customerID: newOwner.id, customerEmail: "owner@example.com", customerName: "Owner")).data
            #expect(moved.customerID == newOwner.id && moved.customerEmail == "owner@example.com" && moved.timesTransferred == 1)
            #expect(moved.entitlementVersion == 2)
            // An empty customer_id unlinks.
            let unlinked = try await admin.transferLicense(id: license.id, idempotencyKey: "t2", .init(customerID: "")).data
            #expect(unlinked.customerID == nil && unlinked.timesTransferred == 2)
            let refused = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.transferLicense(id: license.id, idempotencyKey: "t3", .init(customerEmail: "third@example.com"))
            }
            #expect(refused?.detail == "max_transfers")

            // History keeps who held the license when: the creation row names the first customer.
            let rows = try await clients.activities(license: license.id)
            #expect(rows.map(\.action) == ["license.transfer", "license.transfer", "license.create"])
            #expect(rows.map(\.customerID) == [nil, newOwner.id, fixture.customer.id])
            let events = try await clients.events("license.transferred")
            #expect(events.map { $0.metadata["previous_customer_id"] } == [.string(newOwner.id), .string(fixture.customer.id)])
            #expect(events.allSatisfy { $0.metadata["customer_email"] == nil })
        }
    }

    @Test(arguments: TestBackend.available)
    func resettingDevicesFreesEverySlotInTheSameTransaction(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients, maxTransfers: 1)
            let license = try await fixture.issue(clients).license
            try await Self.bind(server, license: license.id, devices: 2)
            let transferred = try await clients.admin.transferLicense(id: license.id, idempotencyKey: "reset", .init(resetDevices: true)).data
            #expect(transferred.activeDeviceCount == 0)
            let state = try await server.services.database.read(.defaultAccount) { connection in
                (try connection.query("SELECT status FROM devices ORDER BY id", []).map { try $0.string("status") },
                 try connection.queryOne("SELECT COUNT(*) AS n FROM floating_leases WHERE released_at IS NULL", [])?.int("n"))
            }
            #expect(state.0 == ["reset", "reset"] && state.1 == 0)
            let event = try #require(try await clients.events("license.transferred").first)
            #expect(event.metadata["devices_released"] == 2 && event.metadata["reset_devices"] == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func transfersAreCheckedBeforeAnythingChanges(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients, maxTransfers: 5)
            let license = try await fixture.issue(clients).license
            let before = try await LicensingCounts.read(server)
            let missing = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.transferLicense(id: license.id, idempotencyKey: "x1", .init(customerID: "cus_missing"))
            }
            #expect(missing?.detail == "customer_id")
            let nothing = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.transferLicense(id: license.id, idempotencyKey: "x2", .init(resetDevices: false))
            }
            #expect(nothing?.detail == "customer_id")
            let email = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.transferLicense(id: license.id, idempotencyKey: "x3", .init(customerEmail: "not-an-email"))
            }
            #expect(email?.detail == "customer_email")
            #expect(try await LicensingCounts.read(server) == before)
            #expect(try await clients.admin.getLicense(id: license.id).data == license)
        }
    }

    /// Active devices, each with an open floating lease, as the runtime API would have made them.
    static func bind(_ server: TestServer, license: String, devices: Int) async throws {
        try await server.services.database.write(.defaultAccount) { connection in
            for index in 0..<devices {
                let device = "dev_fixture_\(index)"
                try connection.execute(
                    """
                    INSERT INTO devices (account_id, id, license_id, binding_kind, binding_key, fingerprint, is_vm, is_container, status,
                                         first_seen_at, last_seen_at, metadata, created_at, updated_at)
                    VALUES ($1, $2, $3, 'hardware', $4, $4, 0, 0, 'active', 1, 1, '{}', 1, 1)
                    """,
                    [.text(AccountStore.defaultAccountID), .text(device), .text(license), .text("fp-\(index)")])
                try connection.execute(
                    """
                    INSERT INTO floating_leases (account_id, id, license_id, device_id, token_hash, expires_at, created_at)
                    VALUES ($1, $2, $3, $4, $5, 9999999999999, 1)
                    """,
                    [.text(AccountStore.defaultAccountID), .text("fl_\(index)"), .text(license), .text(device), .blob([UInt8(index)])])
            }
            try connection.execute("UPDATE licenses SET active_device_count = $2 WHERE id = $1", [.text(license), .integer(Int64(devices))])
        }
    }
}
