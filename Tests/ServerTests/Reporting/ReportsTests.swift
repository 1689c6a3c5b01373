import Foundation
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The five reports on ledger rows whose totals are worked out by hand (`LedgerSeed`), on both backends.
@Suite struct ReportsTests {
    @Test(arguments: TestBackend.available)
    func usageSummaryGroupsByDayAndFeature(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger { clients, fixture, license in
            let summary = try await clients.admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.day, .feature]).data

            #expect(summary.reportKind == .usageSummary && summary.from == LedgerSeed.from && summary.to == LedgerSeed.to)
            #expect(summary.filters.groupBy == [.day, .feature] && summary.filters.from == LedgerSeed.from)
            #expect(summary.totals.events == 6 && summary.totals.amount == 10)
            #expect(summary.totals.successEvents == 4 && summary.totals.deniedEvents == 1 && summary.totals.errorEvents == 1)
            #expect(summary.totals.firstOccurredAt == RFC3339.date(from: "2026-03-01T10:00:00Z"))
            #expect(summary.totals.lastOccurredAt == RFC3339.date(from: "2026-03-03T23:59:59.999Z"))
            #expect(summary.rowCounts.ledgerRows == 6 && summary.rowCounts.groups == 4)
            let groups = summary.groups.map { group in
                "\(RFC3339.string(from: group.bucketStart!).prefix(10)) \(group.featureCode ?? "-") \(group.events)/\(group.successEvents)/"
                    + "\(group.deniedEvents)/\(group.errorEvents) \(group.amount)"
            }
            #expect(groups == ["2026-03-01 export 3/2/1/0 8", "2026-03-02 - 1/1/0/0 0", "2026-03-02 sync 1/1/0/0 2", "2026-03-03 export 1/0/0/1 0"])
            #expect(summary.groups.allSatisfy { $0.productID == nil && $0.licenseID == nil }, "only the dimensions asked for")

            // Repeated parameters (the LicenseKit SDKs) and `bucket=1d` are the same request.
            let path = "/api/v1/reports/usage-summary?from=2026-03-01T00:00:00Z&to=2026-03-04T00:00:00Z"
            for query in ["&group_by=day&group_by=feature", "&bucket=1d&group_by=feature", "&group_by=day,feature"] {
                let response = try await clients.adminJSON(.get, path + query)
                #expect(response.status == .ok, "\(query): \(response.text)")
                let data = try LocksmithJSON.decode(Envelope<UsageSummary>.self, from: Data(response.text.utf8)).data
                #expect(data.groups == summary.groups && data.totals == summary.totals, "\(query)")
            }

            // Filters narrow the rows; without grouping there is one group of everything.
            let export = try await clients.admin.getUsageSummary(
                from: LedgerSeed.from, to: LedgerSeed.to, productID: license.productID, featureCode: "export", resultClass: .success).data
            #expect(export.totals.events == 2 && export.totals.amount == 8 && export.groups.count == 1)
            let byResult = try await clients.admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.resultClass]).data
            #expect(byResult.groups.map { "\($0.resultClass!.rawValue)=\($0.events)" } == ["denied=1", "error=1", "success=4"])
            let monthly = try await clients.admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.month]).data
            #expect(monthly.groups.count == 1 && monthly.groups[0].bucketStart == RFC3339.date(from: "2026-03-01T00:00:00Z"))
            let none = try await clients.admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, customerID: "cus_nobody").data
            #expect(none.groups.isEmpty && none.totals.events == 0 && none.totals.firstOccurredAt == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func usageLedgerWalksTheWindowOldestFirst(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger { clients, fixture, license in
            let admin = clients.admin
            let first = try await admin.listUsageLedger(limit: 4, from: LedgerSeed.from, to: LedgerSeed.to)
            #expect(first.pageInfo.matchedRows == 6 && first.pageInfo.from == LedgerSeed.from && first.pageInfo.to == LedgerSeed.to)
            let cursor = try #require(first.pageInfo.nextCursor)
            // Rows written after the walk began but inside its window would show up; the window itself never moves.
            let second = try await admin.listUsageLedger(limit: 4, cursor: cursor)
            #expect(second.pageInfo.nextCursor == nil && second.pageInfo.matchedRows == nil && second.pageInfo.to == LedgerSeed.to)
            let rows = first.data + second.data
            #expect(rows.count == 6 && rows.map(\.occurredAt) == rows.map(\.occurredAt).sorted())
            #expect(rows.map(\.countedAmount) == [5, 3, 0, 2, 0, 0], "only successful consumption counts")
            #expect(rows[2].reasonCode == "QUOTA_EXCEEDED" && rows[2].statusCode == 409 && rows[2].amount == 7)
            #expect(rows.allSatisfy { $0.licenseID == license.id && $0.customerID == fixture.customer.id })

            let consumed = try await admin.listUsageLedger(
                from: LedgerSeed.from, to: LedgerSeed.to, resultClass: .success, action: "license.consume").data
            #expect(consumed.map(\.amount) == [5, 3, 2])
            await expectAPIError(.invalidQuery, status: 400) {
                _ = try await admin.listUsageLedger(cursor: cursor, from: LedgerSeed.from.addingTimeInterval(1))
            }
            await expectAPIError(.invalidQuery, status: 400) { _ = try await admin.listUsageLedger(cursor: "garbage") }
        }
    }

    @Test(arguments: TestBackend.available)
    func licenseAuditPacketCarriesChainHashes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger(ordered: true) { clients, fixture, license in
            _ = try await clients.admin.suspendLicense(id: license.id)

            // By default the whole history since the license was issued: its own management rows and events.
            let packet = try await clients.admin.getLicenseAuditReport(licenseID: license.id).data
            #expect(packet.reportKind == .licenseAudit && packet.license.id == license.id && packet.license.status == .suspended)
            #expect(packet.order?.id == fixture.order.id && packet.subscription?.id == fixture.subscription.id)
            #expect(packet.activities.map(\.action) == ["license.suspend", "license.create"])
            #expect(packet.events.map(\.eventType) == ["license.suspended", "license.created"] && !packet.truncated)
            #expect(packet.rowCounts.events == 2 && packet.rowCounts.eventsIncluded == 2 && packet.rowCounts.activities == 2)
            // Each event's hash is the chain's, and links to the one before it.
            let stored = try await server.services.database.read(.defaultAccount) { connection in
                try connection.query("SELECT sequence, hash FROM audit_events ORDER BY sequence", []).map {
                    (try $0.int64("sequence"), Hex.encode(try $0.bytes("hash")))
                }
            }
            let chain = Dictionary(uniqueKeysWithValues: stored)
            for event in packet.events {
                #expect(event.hash == chain[event.sequence])
                #expect(event.prevHash == chain[event.sequence - 1])
            }

            let window = try await clients.admin.getLicenseAuditReport(licenseID: license.id, from: LedgerSeed.from, to: LedgerSeed.to).data
            #expect(window.usageTotals.events == 6 && window.usageTotals.amount == 10 && window.events.isEmpty)
            #expect(window.activities.count == 6 && window.activities.first?.occurredAt == RFC3339.date(from: "2026-03-03T23:59:59.999Z"))
            #expect(window.runtimeSummary.requests == 6 && window.runtimeSummary.denied == 1)
            #expect(window.runtimeSummary.byAction == ["license.consume": 5, "license.validate": 1])
            #expect(window.runtimeSummary.lastDeniedReason == "QUOTA_EXCEEDED")

            await expectAPIError(.notFound, status: 404) { _ = try await clients.admin.getLicenseAuditReport(licenseID: "lic_missing") }
        }
    }

    @Test(arguments: TestBackend.available)
    func customerSummaryAndSettlement(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger(ordered: true) { clients, fixture, license in
            let admin = clients.admin

            let customer = try await admin.getCustomerSummary(customerID: fixture.customer.id, from: LedgerSeed.from, to: LedgerSeed.to).data
            #expect(customer.customer.id == fixture.customer.id && customer.filters.groupBy == [.product, .feature])
            #expect(customer.usageTotals.events == 6 && customer.usageTotals.amount == 10)
            #expect(customer.groupedUsage.map { "\($0.featureCode ?? "-")=\($0.events)" } == ["-=1", "export=4", "sync=1"])
            #expect(customer.counts == CustomerSummaryCounts(
                licenses: 1, activeLicenses: 1, activeDevices: 0, orders: 1, subscriptions: 1, activeSubscriptions: 1))
            #expect(customer.licenses.map(\.id) == [license.id] && customer.orders.count == 1 && !customer.truncated)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.getCustomerSummary(customerID: "cus_missing") }

            // The subscription's whole period by default: the row on 03-04 counts too.
            let settlement = try await admin.getSubscriptionSettlement(subscriptionID: fixture.subscription.id).data
            #expect(settlement.from == LicensingFixture.periodStart && settlement.to == LicensingFixture.periodEnd)
            #expect(settlement.lines.map { "\($0.licenseID!) \($0.featureCode!) \($0.events) \($0.amount)" }
                == ["\(license.id) export 5 108", "\(license.id) sync 1 2"])
            #expect(settlement.totals.amount == 110 && settlement.rowCounts.consumeRows == 6 && settlement.rowCounts.licenses == 1)
            #expect(settlement.activityByAction["license.consume"] == 6 && settlement.activityByAction["license.validate"] == 1)
            let byOrder = try await admin.getSubscriptionSettlement(
                orderID: fixture.order.id, from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.feature], featureCode: "export").data
            #expect(byOrder.order?.id == fixture.order.id && byOrder.lines.count == 1 && byOrder.totals.amount == 8)
        }
    }

    /// Bad parameters are 400 naming the parameter; unknown subjects are 404.
    @Test(arguments: TestBackend.available)
    func badParametersAreRefusedNamingThem(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let cases: [(String, Int, String, String)] = [
                ("usage-summary?from=2026-03-04T00:00:00Z&to=2026-03-01T00:00:00Z", 400, "INVALID_QUERY", "to"),
                ("usage-summary?group_by=day,hour", 400, "INVALID_QUERY", "group_by"),
                ("usage-summary?group_by=feature&group_by=feature", 400, "INVALID_QUERY", "group_by"),
                ("usage-summary?group_by=colour", 400, "INVALID_QUERY", "group_by"),
                ("usage-summary?bucket=1d&group_by=hour", 400, "INVALID_QUERY", "bucket"),
                ("usage-summary?bucket=5m", 400, "INVALID_QUERY", "bucket"),
                ("usage-summary?from=yesterday", 400, "INVALID_QUERY", "from"),
                ("usage-ledger?limit=0", 400, "INVALID_QUERY", "limit"),
                ("license-audit", 400, "INVALID_QUERY", "license_id"),
                ("customer-summary?customer_id=\(fixture.customer.id)&group_by=week,month", 400, "INVALID_QUERY", "group_by"),
                ("subscription-settlement", 400, "INVALID_QUERY", "subscription_id"),
                ("subscription-settlement?subscription_id=\(fixture.subscription.id)&order_id=\(fixture.order.id)", 400, "INVALID_QUERY",
                 "subscription_id"),
                // The fixture's order has no service period of its own.
                ("subscription-settlement?order_id=\(fixture.order.id)", 400, "INVALID_QUERY", "from"),
                ("subscription-settlement?subscription_id=sub_missing", 404, "NOT_FOUND", "sub_missing"),
            ]
            for (query, status, code, detail) in cases {
                let response = try await clients.adminJSON(.get, "/api/v1/reports/\(query)")
                let error = response.errorEnvelope?.error
                #expect(Int(response.status.code) == status && error?.code == code && error?.detail == detail, "\(query): \(response.text)")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func readingReportsAndExportingNeedTheirOwnScopes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let reader = clients.management(try await clients.token(scopes: [.reportRead]))
            let exporter = clients.management(try await clients.token(scopes: [.reportExport]))
            _ = try await reader.getUsageSummary()
            await expectAPIError(.tokenScopeDenied, status: 403) {
                _ = try await reader.createReportExport(.init(reportKind: .usageSummary, format: .json))
            }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await exporter.getUsageSummary() }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await exporter.listUsageLedger() }
            let export = try await exporter.createReportExport(.init(reportKind: .usageSummary, format: .csv)).data
            #expect(try await exporter.settledExport(export.id).status == .ready)
            #expect(try await exporter.downloadReportExport(id: export.id).data.count > 0)
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.getReportExport(id: export.id) }
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.downloadReportExport(id: export.id) }
        }
    }
}

/// `{data}` of a response read by hand.
struct Envelope<T: Decodable>: Decodable {
    var data: T
}
