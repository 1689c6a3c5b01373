import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CustomersTests {
    @Test(arguments: TestBackend.available)
    func customersAreCreatedReadUpdatedAndDeleted(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.admin.createCustomer(
                .init(name: "  Acme Corp ", code: "acme", email: "ops@acme.example", metadata: ["crm": "hubspot", "tier": 2])).data
            #expect(created.id.hasPrefix("cus_"))
            #expect(created.name == "Acme Corp" && created.code == "acme" && created.email == "ops@acme.example")
            #expect(created.metadata == ["crm": "hubspot", "tier": 2])
            #expect(created.createdAt == created.updatedAt)
            #expect(try await clients.admin.getCustomer(id: created.id).data == created)

            let bare = try await clients.customer("bare")
            #expect(bare.email == nil && bare.metadata.isEmpty)

            // Only the fields sent change; null clears the address; metadata is replaced as a whole.
            try await Task.sleep(for: .milliseconds(5))
            let renamed = try await clients.admin.updateCustomer(id: created.id, .init(name: "Acme Inc.", email: .null, metadata: ["tier": 3])).data
            #expect(renamed.name == "Acme Inc." && renamed.code == "acme" && renamed.email == nil && renamed.metadata == ["tier": 3])
            #expect(renamed.createdAt == created.createdAt && renamed.updatedAt > created.updatedAt)
            let unchanged = try await clients.admin.updateCustomer(id: created.id, .init(email: .value("billing@acme.example"))).data
            #expect(unchanged.name == "Acme Inc." && unchanged.email == "billing@acme.example" && unchanged.metadata == ["tier": 3])
            #expect(try await clients.admin.getCustomer(id: created.id).data == unchanged)

            try await clients.admin.deleteCustomer(id: created.id)
            let missing = await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getCustomer(id: created.id) }
            #expect(missing?.detail == created.id)
            await expectAPIError(.notFound, status: 404) { try await clients.admin.deleteCustomer(id: created.id) }
            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.updateCustomer(id: created.id, .init(name: "x")) }
            #expect(try await clients.admin.listCustomers().data.map(\.id) == [bare.id])

            // One audit event per mutation, naming the customer by id and code only.
            let createdEvents = try await clients.events("customer.created")
            #expect(createdEvents.map(\.resourceID) == [bare.id, created.id])
            #expect(createdEvents.allSatisfy { $0.resourceType == "customer" && $0.actorType == .apiKey })
            #expect(createdEvents[1].metadata == ["code": "acme"])
            let updates = try await clients.events("customer.updated")
            #expect(updates.map { $0.metadata["changed"] } == [["email"], ["email", "metadata", "name"]])
            #expect(updates.allSatisfy { $0.metadata["values"] == [:] })
            let deleted = try await clients.events("customer.deleted")
            #expect(deleted.map(\.resourceID) == [created.id] && deleted[0].metadata == ["code": "acme"])
            let everything = String(decoding: try LocksmithJSON.encodeData(try await clients.admin.listEvents(limit: 200).data), as: UTF8.self)
            #expect(!everything.contains("acme.example") && !everything.contains("Acme"))
            #expect(try await AuditLog.verify(server.services.database) == .intact(count: 7))
        }
    }

    @Test(arguments: TestBackend.available)
    func listsWalkMoreThanTwoHundredCustomers(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it creates hundreds of customers as fast as it can to page through them")
        try await server.run { clients in
            var created: [Customer] = []
            for index in 0..<205 {
                created.append(try await clients.customer(String(format: "customer-%03d", index)))
            }
            let expected = created.map(\.id).sorted()
            #expect(Set(expected).count == 205)

            let first = try await clients.admin.listCustomers()
            #expect(first.data.count == 50 && first.pageInfo.nextCursor == first.data.last?.id)
            let byDefault = try await walkPages { try await clients.admin.listCustomers(cursor: $0) }
            #expect(byDefault.items.map(\.id) == expected && byDefault.pages == 5)
            let largest = try await walkPages { try await clients.admin.listCustomers(limit: 200, cursor: $0) }
            #expect(largest.items.map(\.id) == expected && largest.pages == 2)
            let last = try await clients.admin.listCustomers(limit: 200, cursor: expected[199])
            #expect(last.data.map(\.id) == Array(expected[200...]) && last.pageInfo.nextCursor == nil)

            let tooMany = await expectAPIError(.invalidQuery, status: 400) { _ = try await clients.admin.listCustomers(limit: 201) }
            #expect(tooMany?.detail == "limit")
        }
    }

    /// The e-mail and name patterns spell out Unicode's White_Space, which the server's checks use: JSON Schema's `\s`
    /// is another set (it has U+FEFF and lacks U+0085), so a schema that said `\s` disagreed with the server both ways.
    @Test(arguments: TestBackend.available)
    func whitespaceIsWhatTheSchemaSpellsOut(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            for (index, (email, accepted)) in [("a@b\u{85}.cc", false), ("a@b\u{2007}.cc", false), ("a@b\u{FEFF}.cc", true)].enumerated() {
                do {
                    _ = try await admin.createCustomer(.init(name: "W\(index)", code: "w\(index)", email: email))
                    #expect(accepted, "\(email.unicodeScalars.map { String($0.value, radix: 16) })")
                } catch LocksmithError.api(let error) {
                    #expect(!accepted && error.detail == "email", "\(email.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
            // A name of only White_Space is blank; U+FEFF is not White_Space.
            let blank = await expectAPIError(.validationFailed, status: 422) { _ = try await admin.createCustomer(.init(name: "\u{3000}\u{85}", code: "blank")) }
            #expect(blank?.detail == "name")
            #expect(try await admin.createCustomer(.init(name: "\u{FEFF}", code: "bom")).data.name == "\u{FEFF}")
        }
    }

    @Test(arguments: TestBackend.available)
    func codesAreUniqueAcrossCustomers(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let acme = try await clients.customer("acme")
            let globex = try await clients.customer("globex")
            let before = try await CommerceCounts.read(server)

            let duplicate = await expectAPIError(.conflict, status: 409) { _ = try await clients.customer("acme") }
            #expect(duplicate?.detail == "code" && duplicate?.message.contains("'acme'") == true)
            let renamed = await expectAPIError(.conflict, status: 409) {
                _ = try await clients.admin.updateCustomer(id: globex.id, .init(code: "acme"))
            }
            #expect(renamed?.detail == "code" && renamed?.message.contains("'acme'") == true)
            #expect(try await CommerceCounts.read(server) == before)
            #expect(try await clients.admin.getCustomer(id: globex.id).data == globex)

            // Keeping one's own code is not a conflict.
            #expect(try await clients.admin.updateCustomer(id: acme.id, .init(code: "acme")).data.code == "acme")

            // Concurrent creates with one code: the unique index lets exactly one through, the others get 409.
            let outcomes = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        do {
                            _ = try await clients.customer("race")
                            return nil
                        } catch LocksmithError.api(let error) {
                            return "\(error.status) \(error.code.rawValue) \(error.detail ?? "")"
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == nil }.count == 1)
            #expect(outcomes.compactMap { $0 } == Array(repeating: "409 CONFLICT code", count: 3))
        }
    }

    @Test(arguments: TestBackend.available)
    func customersReferencedByOrdersOrSubscriptionsCannotBeDeleted(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let field = try await clients.customField(on: product, "region", .string)
            _ = try await clients.admin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: field, .init(stringValue: "emea"))
            let subscription = try await clients.admin.createSubscription(id: product, .init(
                customerID: customer.id, externalSystem: "stripe", externalID: "sub_1", status: .active,
                currentPeriodStart: instant("2026-01-01T00:00:00Z"), currentPeriodEnd: instant("2026-02-01T00:00:00Z"))).data
            let order = try await clients.admin.createOrder(id: product, .init(
                customerID: customer.id, externalSystem: "stripe", externalID: "in_1", status: .paid)).data
            let before = try await CommerceCounts.read(server)

            let refused = await expectAPIError(.conflict, status: 409) { try await clients.admin.deleteCustomer(id: customer.id) }
            #expect(refused?.message.contains("1 order and 1 subscription") == true)
            _ = try await clients.admin.updateOrder(id: order.id, .init(customerID: .null))
            let stillSubscribed = await expectAPIError(.conflict, status: 409) { try await clients.admin.deleteCustomer(id: customer.id) }
            #expect(stillSubscribed?.message.contains("1 subscription") == true && stillSubscribed?.message.contains("order") == false)
            _ = try await clients.admin.updateSubscription(id: subscription.id, .init(customerID: .value("")))

            // Unreferenced now: the customer goes, and its custom-field values with it.
            try await clients.admin.deleteCustomer(id: customer.id)
            let after = try await CommerceCounts.read(server)
            #expect(after.customers == before.customers - 1 && after.customFieldValues == before.customFieldValues - 1)
            #expect(after.auditEvents == before.auditEvents + 3)
            #expect(try await clients.admin.getOrder(id: order.id).data.customerID == nil)
            #expect(try await clients.admin.getSubscription(id: subscription.id).data.customerID == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func onlyAdminKeysReachCustomers(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let customer = try await clients.customer("acme")
            let everythingButAdmin = clients.management(try await clients.token(scopes: ManagementScope.knownCases.filter { $0 != .admin }))
            let calls: [@Sendable () async throws -> Void] = [
                { _ = try await everythingButAdmin.listCustomers() },
                { _ = try await everythingButAdmin.createCustomer(.init(name: "x", code: "x")) },
                { _ = try await everythingButAdmin.getCustomer(id: customer.id) },
                { _ = try await everythingButAdmin.updateCustomer(id: customer.id, .init(name: "x")) },
                { try await everythingButAdmin.deleteCustomer(id: customer.id) },
                { _ = try await everythingButAdmin.listCustomerCustomFieldValues(id: customer.id) },
                { _ = try await everythingButAdmin.upsertCustomerCustomFieldValue(id: customer.id, fieldID: "cfd_x", .init(clear: true)) },
            ]
            let before = try await CommerceCounts.read(server)
            for call in calls {
                let denied = await expectAPIError(.tokenScopeDenied, status: 403, call)
                #expect(denied?.detail == "required scopes: admin")
            }
            #expect(try await CommerceCounts.read(server) == before)
            let anotherAdmin = clients.management(try await clients.token(scopes: [.admin]))
            #expect(try await anotherAdmin.getCustomer(id: customer.id).data == customer)
        }
    }

    /// E-mail addresses are checked as the contract's pattern reads them, code point by code point: a combining mark
    /// after the `@` (which Swift joins to it in one Character) is still a domain, and an address without a dot in its
    /// domain is still refused.
    @Test(arguments: TestBackend.available)
    func emailAddressesAreCheckedByCodePoints(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.adminJSON(.post, "/api/v1/customers", #"{"name": "x", "code": "x1", "email": "a@\u0301b.c"}"#)
            #expect(created.status == .created, "\(created.text)")
            let refused = try await clients.adminJSON(.post, "/api/v1/customers", #"{"name": "y", "code": "y1", "email": "a@\u0301b"}"#)
            #expect(refused.status == .unprocessableContent && refused.errorEnvelope?.error.detail == "email")
        }
    }
}
