import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A database made before accounts existed keeps its records: migration 4 gives them, and its audit chain, to the
/// default account.
@Suite struct AccountsMigrationTests {
    @Test(arguments: TestBackend.available)
    func recordsMadeBeforeAccountsBelongToTheDefaultAccount(backend: TestBackend) async throws {
        let testDatabase = try await TestDatabase.make(backend)
        var configuration = ServerConfiguration()
        configuration.dataDirectory = testDatabase.dataDirectory
        configuration.databaseURL = testDatabase.url
        configuration.bootstrapToken = TestServer.adminToken
        configuration.port = 0
        let database = try await testDatabase.open(logger: TestServer.logger)
        let beforeAccounts = Schema.migrations.filter { $0.version < 4 }
        _ = try await Migrator(migrations: beforeAccounts).apply(on: database, logger: TestServer.logger)
        try await database.write { connection in
            try connection.execute(
                "INSERT INTO products (id, name, code, metadata, created_at, updated_at) VALUES ('prod_old', 'Old', 'old', '{}', 1, 1)", [])
        }
        await database.close()

        // The first start after the upgrade migrates, then finds the old records under the default account.
        let server = TestServer(database: testDatabase, prepared: try await Bootstrap.prepare(configuration, for: .initialise, logger: TestServer.logger))
        #expect(server.prepared.appliedMigrations.map(\.version).contains(4))
        try await server.run { clients in
            let product = try await clients.admin.getProduct(id: "prod_old").data
            #expect(product.code == "old")
            // A new account can reuse the code; uniqueness is per account now.
            let (_, token) = try await Admin.createAccount(server.services, name: "Second")
            _ = try await clients.management(token).createProduct(.init(name: "Old too", code: "old"))
            await expectAPIError(.notFound, status: 404) { _ = try await clients.management(token).getProduct(id: "prod_old") }
            try await server.expectAuditChainIntact()
        }
    }
}
