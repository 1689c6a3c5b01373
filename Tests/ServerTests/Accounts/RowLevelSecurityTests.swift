import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The second line of isolation: PostgreSQL's forced row-level security, checked with the stores' own scoping bypassed
/// (raw SQL on the transaction's connection), connected as the ordinary role that owns the database.
@Suite struct RowLevelSecurityTests {
    /// Every table that holds tenant rows.
    static let tenantTables = [
        "api_keys", "license_keys", "audit_events", "audit_chain_heads", "products", "policies", "features", "product_versions",
        "custom_field_definitions", "customers", "custom_field_values", "subscriptions", "orders", "licenses", "license_features", "devices",
        "floating_leases", "activities", "idempotency_keys", "consumption_events",
        "webhook_endpoints", "webhook_deliveries", "webhook_attempts",
        "report_exports", "report_export_blobs",
    ]

    @Test func anotherAccountsRowsAreInvisibleAndUntouchable() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let server = try await TestServer.start(.postgres)
        let (other, _) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            let product = try await clients.makeProduct("a-product")
            let fixture = try await LicensingFixture.make(clients, code: "rls")
            _ = try await clients.admin.renewLicense(id: try await fixture.issue(clients).license.id, idempotencyKey: "rls", .init(extendByDays: 1))
            _ = try await clients.admin.createCustomer(.init(name: "A customer", code: "a-customer"))
            _ = try await clients.admin.createReportExport(.init(reportKind: .usageSummary, format: .json))
            let database = server.services.database
            #expect(try await database.read { try RowLevelSecurity.isBypassed(on: $0) } == false, "tests must connect as an ordinary role")

            // As the other account, with no WHERE clause at all: none of the default account's rows.
            let seen = try await database.read(.account(other.id)) { connection in
                try Self.tenantTables.map { table in
                    try connection.query("SELECT account_id FROM \(table)", []).map { try $0.string("account_id") }
                }
            }
            #expect(seen.joined().allSatisfy { $0 == other.id } && !seen.joined().isEmpty)
            let changed = try await database.write(.account(other.id)) { connection in
                [try connection.execute("UPDATE products SET name = 'stolen' WHERE id = $1", [.text(product.id)]),
                 try connection.execute("DELETE FROM customers", []),
                 try connection.execute("DELETE FROM audit_events WHERE event_type = 'product.created'", []),
                 try connection.execute("UPDATE report_export_blobs SET bytes = bytes", [])]
            }
            #expect(changed == [0, 0, 0, 0])
            #expect(try await clients.admin.getProduct(id: product.id).data.name == "Product a-product")
            #expect(try await clients.admin.listCustomers().data.count == 2)

            // A row written under one account's setting cannot claim another account.
            await #expect(throws: StorageError.self) {
                try await database.write(.account(other.id)) { connection in
                    try connection.execute(
                        "INSERT INTO products (account_id, id, name, code, metadata, created_at, updated_at) VALUES ($1, 'prod_x', 'x', 'x', '{}', 0, 0)",
                        [.text(AccountStore.defaultAccountID)])
                }
            }

            // No setting at all: nothing.
            let unscoped = try await database.read { connection in
                try Self.tenantTables.reduce(0) { count, table in count + (try connection.query("SELECT 1 FROM \(table)", []).count) }
            }
            #expect(unscoped == 0)
        }
    }

    @Test func aCredentialScopeShowsOnlyThatCredentialsRow() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        let server = try await TestServer.start(.postgres)
        _ = try await Admin.createAccount(server.services, name: "Other")
        let database = server.services.database
        let hash = server.services.masterKey.tokenHash(TestServer.adminToken, purpose: .managementToken)
        let rows = try await database.read(.credential(hash)) { connection in
            try connection.query("SELECT id FROM api_keys", []).count
        }
        #expect(rows == 1)
        let none = try await database.read(.credential([UInt8](repeating: 7, count: 32))) { connection in
            try connection.query("SELECT id FROM api_keys", []).count + (try connection.query("SELECT 1 FROM products", []).count)
        }
        #expect(none == 0)
        await server.stop()
    }

    @Test(arguments: TestBackend.available)
    func storesCannotRunAStatementThatDoesNotNameTheAccount(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        await #expect(throws: StorageError.self) {
            try await server.services.database.read(account: AccountStore.defaultAccountID) { connection in
                try connection.query("SELECT id FROM products", [])
            }
        }
        await server.stop()
    }
}
