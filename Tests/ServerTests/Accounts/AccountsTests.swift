import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Several vendors on one server: each account sees only its own records, verifies its own audit chain, and can be
/// disabled from the command line.
@Suite struct AccountsTests {
    @Test(arguments: TestBackend.available)
    func twoAccountsMayUseTheSameCodes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, token) = try await Admin.createAccount(server.services, name: "  Other Vendor  ")
        #expect(other.name == "Other Vendor" && other.status == .active && other.id.hasPrefix("acc_"))
        try await server.run { clients in
            let mine = try await clients.makeProduct("pro")
            let theirs = try await clients.management(token).createProduct(.init(name: "Pro", code: "pro")).data
            #expect(mine.id != theirs.id && mine.code == theirs.code)
            _ = try await clients.admin.createCustomer(.init(name: "Acme", code: "acme"))
            _ = try await clients.management(token).createCustomer(.init(name: "Acme", code: "acme"))
            // Uniqueness still holds inside one account.
            await expectAPIError(.conflict, status: 409) { _ = try await clients.management(token).createProduct(.init(name: "Again", code: "pro")) }
            #expect(try await clients.admin.listProducts().data.map(\.id) == [mine.id])
            #expect(try await clients.management(token).listProducts().data.map(\.id) == [theirs.id])
        }
    }

    @Test(arguments: TestBackend.available)
    func eachAccountHasItsOwnAuditChainAndFeed(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, token) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            _ = try await clients.makeProduct("mine")
            let theirs = try await clients.management(token).createProduct(.init(name: "Theirs", code: "theirs")).data
            // Each feed shows its own account's events only, numbered from 1.
            let feed = try await clients.management(token).listEvents(limit: 200).data
            // A new account signs with a key of its own from its creation.
            #expect(feed.map(\.eventType) == ["product.created", "api_key.created", "signing_key.created", "account.created"])
            #expect(feed.map(\.sequence) == [4, 3, 2, 1] && feed[0].resourceID == theirs.id)
            let mine = try await clients.admin.listEvents(limit: 200).data
            #expect(!mine.contains { $0.resourceID == theirs.id } && mine.contains { $0.eventType == "product.created" })

            // Rotating the server's signing key is recorded in the chains of the accounts that sign with it (the default
            // one), and not in the chain of an account that has its own.
            _ = try await Admin.rotateSigningKey(server.services)
            let database = server.services.database
            #expect(try await AuditLog.verify(database, account: other.id) == .intact(count: 4))
            #expect(try await AuditLog.verify(database) == .intact(count: 4))

            // Tampering with the default account's chain leaves the other account's intact.
            try await database.write(.defaultAccount) { connection in
                try connection.execute(
                    "UPDATE audit_events SET actor_id = 'forged' WHERE account_id = $1 AND sequence = 2", [.text(AccountStore.defaultAccountID)])
            }
            let all = try await AuditLog.verifyAll(database)
            #expect(all.map(\.account.id) == [AccountStore.defaultAccountID, other.id])
            #expect(all[0].verification == .broken(sequence: 2, reason: "its contents do not match its hash (the event was altered)"))
            #expect(all[1].verification == .intact(count: 4))
        }
    }

    @Test(arguments: TestBackend.available)
    func aDisabledAccountsKeysAreRefused(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, token) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            let management = clients.management(token)
            let product = try await management.createProduct(.init(name: "Other app", code: "other-app")).data
            let policy = try await management.createPolicy(id: product.id, .init(name: "Perpetual", code: "perpetual", licenseType: .perpetual)).data
            let licenseKey = try await management.createLicense(.init(productID: product.id, policyID: policy.id)).data.licenseKey
            let runtime = clients.runtime(licenseKey)
            _ = try await runtime.activateLicense(idempotencyKey: "activate", machine("fp"))
            // The key is now known to the server; the account's status is still read on every call.
            _ = try await runtime.validateLicense(machine("fp"))
            try await Admin.setAccountStatus(server.services, id: other.id, .disabled)
            let refused = await expectAPIError(.unauthorized, status: 401) { _ = try await management.listProducts() }
            #expect(refused?.message.contains("disabled") == true)
            for call in [{ _ = try await runtime.validateLicense(machine("fp")) }, { _ = try await runtime.activateLicense(idempotencyKey: "again", machine("fp2")) }] {
                let refusal = await expectAPIError(.accountDisabled, status: 403, call)
                #expect(refusal?.message.contains("disabled") == true)
            }
            // Other accounts are untouched.
            _ = try await clients.admin.listProducts()

            try await Admin.setAccountStatus(server.services, id: other.id, .active)
            _ = try await clients.management(token).listProducts()
            let events = try await clients.management(token).listEvents(limit: 200).data.map(\.eventType)
            #expect(events.prefix(2) == ["account.enabled", "account.disabled"])
            await #expect(throws: ConfigurationError.self) { try await Admin.setAccountStatus(server.services, id: "acc_missing", .disabled) }
            #expect(try await Admin.accounts(server.services).map(\.id) == [AccountStore.defaultAccountID, other.id])
        }
    }

    @Test(arguments: TestBackend.available)
    func breakGlassKeysBelongToTheNamedAccount(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, _) = try await Admin.createAccount(server.services, name: "Other")
        let (key, token) = try await Admin.createAPIKey(server.services, account: other.id, name: "ops", scopes: [.productRead])
        await #expect(throws: ConfigurationError.self) {
            _ = try await Admin.createAPIKey(server.services, account: "acc_missing", name: "ops", scopes: [.admin])
        }
        try await server.run { clients in
            _ = try await clients.management(token).listProducts()
            #expect(!(try await clients.admin.listAPIKeys().data.contains { $0.id == key.id }))
        }
    }

    @Test(arguments: TestBackend.available)
    func anAccountsOwnPlanLimitsItAloneOnceTheAccountIsKnown(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (other, token) = try await Admin.createAccount(server.services, name: "Metered")
        try await Admin.setAccountLimitOverrides(
            server.services, account: other.id, AccountLimitOverrides(rates: [.accountManagement: try RateWindowSpec.parse("2/h")]))
        try await server.run { clients in
            let metered = ManagementClient(token: token, transport: clients.transport, retry: .never)
            _ = try await metered.listProducts()
            _ = try await metered.listCustomers()
            let refused = await expectAPIError(.rateLimited, status: 429) { _ = try await metered.listProducts() }
            #expect(refused?.detail == "account-management")
            _ = try await clients.admin.listProducts()
            #expect(try await clients.system.health().data.status == .ok)
        }
    }
}
