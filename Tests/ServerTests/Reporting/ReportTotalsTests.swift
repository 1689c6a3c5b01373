import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// Report totals are stated exactly or refused: ledger rows written straight into the database (the API will refuse such
/// amounts) whose amounts add up past 2^53 − 1, or past 2^63 − 1, are answered 422 naming the window to narrow, on every
/// report route, never 500 and never a trap; the server answers as before afterwards.
@Suite struct ReportTotalsTests {
    /// A window of the ledger and the consumption amounts of its rows.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var from: String
        var to: String
        var rows: [LedgerSeed.Row]

        var description: String { name }
        var window: (from: Date, to: Date) { (RFC3339.date(from: from)!, RFC3339.date(from: to)!) }
    }

    static let twoTo53 = Int64(9_007_199_254_740_992)

    static let cases = [
        // The database's own sum passes 64 bits: SQLite's SUM fails with "integer overflow", PostgreSQL's cast of its
        // numeric sum to bigint with 22003.
        Case(name: "past 2^63 - 1", from: "2026-04-01T00:00:00Z", to: "2026-04-02T00:00:00Z", rows: [
            LedgerSeed.Row(at: "2026-04-01T10:00:00Z", feature: "export", amount: .max),
            LedgerSeed.Row(at: "2026-04-01T11:00:00Z", feature: "export", amount: .max),
        ]),
        // One group's sum fits 64 bits but not 53.
        Case(name: "past 2^53 - 1 in a group", from: "2026-04-02T00:00:00Z", to: "2026-04-03T00:00:00Z", rows: [
            LedgerSeed.Row(at: "2026-04-02T10:00:00Z", feature: "export", amount: 6_000_000_000_000_000),
            LedgerSeed.Row(at: "2026-04-02T11:00:00Z", feature: "export", amount: 6_000_000_000_000_000),
        ]),
        // Every group (by feature, by day) is within 2^53 - 1, their total is not, nor the month they fold into.
        Case(name: "past 2^53 - 1 across groups", from: "2026-04-03T00:00:00Z", to: "2026-04-05T00:00:00Z", rows: [
            LedgerSeed.Row(at: "2026-04-03T10:00:00Z", feature: "export", amount: twoTo53 - 2),
            LedgerSeed.Row(at: "2026-04-04T10:00:00Z", feature: "sync", amount: 2),
        ]),
    ]

    @Test(arguments: TestBackend.available, cases)
    func totalsPastWhatAReportStatesAreRefusedNamingTheWindow(backend: TestBackend, overflow: Case) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger(ordered: true) { clients, fixture, license in
            try await LedgerSeed.write(overflow.rows, license: license, server: server)
            let admin = clients.admin
            let (from, to) = overflow.window
            let reads: [(String, @Sendable () async throws -> Void)] = [
                ("usage summary", { _ = try await admin.getUsageSummary(from: from, to: to) }),
                ("by day", { _ = try await admin.getUsageSummary(from: from, to: to, groupBy: [.day]) }),
                ("by month", { _ = try await admin.getUsageSummary(from: from, to: to, groupBy: [.month]) }),
                ("by feature", { _ = try await admin.getUsageSummary(from: from, to: to, groupBy: [.feature, .license]) }),
                ("customer", { _ = try await admin.getCustomerSummary(customerID: fixture.customer.id, from: from, to: to) }),
                ("settlement", { _ = try await admin.getSubscriptionSettlement(orderID: fixture.order.id, from: from, to: to) }),
                ("license audit", { _ = try await admin.getLicenseAuditReport(licenseID: license.id, from: from, to: to) }),
            ]
            for (name, read) in reads {
                let refusal = await expectAPIError(.validationFailed, status: 422) { try await read() }
                #expect(refusal?.detail == "from", "\(name)")
                #expect(refusal?.message.contains("9007199254740991") == true, "\(name): \(refusal?.message ?? "")")
            }

            // Exports are refused the same way, naming their filter, and nothing is stored.
            let before = try await ExportCounts.read(server)
            for kind in [ReportKind.usageSummary, .usageLedger] {
                let refusal = await expectAPIError(.validationFailed, status: 422) {
                    _ = try await admin.createReportExport(.init(reportKind: kind, filters: ReportFilters(from: from, to: to)))
                }
                #expect(refusal?.detail == "filters.from", "\(kind)")
            }
            #expect(try await ExportCounts.read(server) == before)

            // The rows themselves are listed as they are; only totals are refused.
            let rows = try await admin.listUsageLedger(from: from, to: to).data
            #expect(rows.map(\.amount) == overflow.rows.map(\.amount))

            // The server goes on answering, with the totals it can state.
            let summary = try await admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to).data
            #expect(summary.totals.events == 6 && summary.totals.amount == 10)
            #expect(try await clients.system.health().data.status == .ok)
        }
    }

    /// Totals up to 2^53 - 1 are stated exactly.
    @Test(arguments: TestBackend.available)
    func totalsUpToTheBoundAreStated(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.runWithSeededLedger(ordered: true) { clients, fixture, license in
            try await LedgerSeed.write([
                LedgerSeed.Row(at: "2026-05-01T10:00:00Z", feature: "export", amount: Self.twoTo53 - 3),
                LedgerSeed.Row(at: "2026-05-02T10:00:00Z", feature: "sync", amount: 2),
            ], license: license, server: server)
            let from = RFC3339.date(from: "2026-05-01T00:00:00Z")!
            let to = RFC3339.date(from: "2026-06-01T00:00:00Z")!
            let summary = try await clients.admin.getUsageSummary(from: from, to: to, groupBy: [.month]).data
            #expect(summary.totals.amount == Self.twoTo53 - 1 && summary.groups.map(\.amount) == [Self.twoTo53 - 1])
            let ledger = try await clients.admin.createReportExport(.init(reportKind: .usageLedger, filters: ReportFilters(from: from, to: to)))
            #expect(ledger.data.status == .pending)
        }
    }
}
