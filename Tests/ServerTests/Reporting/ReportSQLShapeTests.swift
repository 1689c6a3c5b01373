import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// The SQL of a report depends on what was asked, not on how it was put: the order of a usage summary's dimensions and
/// filters, or how many devices a license has, makes no statement of its own (each would stay prepared on every
/// connection). The answer still follows the caller's order.
@Suite struct ReportSQLShapeTests {
    @Test(arguments: TestBackend.available)
    func everyOrderOfTheDimensionsIsOneStatementAndTheAnswerFollowsTheOrder(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let log = StatementLog()
        try await server.run(over: InterposedDatabase(base: server.services.database, readLog: log)) { clients, _ in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            try await LedgerSeed.write(LedgerSeed.rows, license: license, server: server)
            let admin = clients.admin
            // The ledger's rows, or on SQLite the whole days' totals (`LedgerDays`).
            let ledger = { (sql: String) in sql.contains("FROM activities") || sql.contains("FROM ledger_days") }
            let dimensions: [UsageGroupBy] = [.feature, .license, .resultClass, .source, .product]
            log.reset()
            let reference = try await admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.day] + dimensions).data
            #expect(reference.groups.count == 5)
            let referenceStatements = log.statements(matching: ledger)
            #expect(referenceStatements.count == 1)
            // Every order of the five attribution dimensions, with the time bucket at every place among them.
            let orders = permutations(dimensions).enumerated().map { index, order in
                var order = order
                order.insert(.day, at: index % (order.count + 1))
                return order
            }
            #expect(orders.count == 120)
            for order in orders {
                let summary = try await admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: order).data
                #expect(summary.filters.groupBy == order)
                #expect(summary.totals == reference.totals)
                #expect(Set(summary.groups) == Set(reference.groups), "\(order)")
                // By bucket, then by each dimension in the order asked for, an absent value first.
                let asked = order.filter { ![.hour, .day, .week, .month].contains($0) }
                let keys = summary.groups.map { group in
                    [group.bucketStart.map(RFC3339.string(from:)) ?? ""] + asked.map { group.value($0) ?? "" }
                }
                #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "\(order)")
            }
            // Before, each ordering of the attribution dimensions was a statement of its own: 120.
            #expect(log.statements(matching: ledger) == referenceStatements)

            // Filters are named parameters: their order in the query changes nothing either.
            let base = "/api/v1/reports/usage-summary?from=2026-03-01T00:00:00Z&to=2026-03-04T00:00:00Z"
            let filters = ["product_id=\(license.productID)", "feature_code=export", "result_class=success", "group_by=feature,day"]
            log.reset()
            var answers: Set<String> = []
            for order in permutations(filters) {
                let response = try await clients.adminJSON(.get, base + "&" + order.joined(separator: "&"))
                #expect(response.status == .ok)
                let data = try LocksmithJSON.decode(Envelope<UsageSummary>.self, from: Data(response.text.utf8)).data
                #expect(data.totals.events == 2 && data.totals.amount == 8)
                answers.insert("\(data.groups)")
            }
            #expect(answers.count == 1)
            #expect(log.statements(matching: ledger).count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aLicenseAuditFindsEveryDevicesEventsWithOneStatement(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let log = StatementLog()
        try await server.run(over: InterposedDatabase(base: server.services.database, readLog: log)) { clients, _ in
            let devices = 16
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = devices }
            let runtime = fixture.runtime(clients)
            var sizes: [Int] = []
            var statements: Set<String> = []
            for device in 1...devices {
                _ = try await runtime.activateLicense(idempotencyKey: "a\(device)", machine("fp-\(device)"))
                log.reset()
                let packet = try await clients.admin.getLicenseAuditReport(licenseID: fixture.license.id).data
                #expect(packet.devices.count == device)
                let deviceEvents = packet.events.filter { $0.resourceType == "device" }
                #expect(deviceEvents.count == device && deviceEvents.allSatisfy { $0.eventType == "device.activated" })
                #expect(Set(deviceEvents.map(\.resourceID)) == Set(packet.devices.map(\.id)))
                sizes.append(packet.events.count)
                statements.formUnion(log.statements { $0.contains("FROM audit_events") })
            }
            #expect(sizes == sizes.sorted() && Set(sizes).count == devices)
            // A count and a page, whatever the number of devices; before, two for each number of devices.
            #expect(statements.count == 2, "\(statements)")
        }
    }
}

/// Every ordering of `items`.
func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { index in
        var rest = items
        let first = rest.remove(at: index)
        return permutations(rest).map { [first] + $0 }
    }
}
