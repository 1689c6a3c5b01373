import Foundation
import LocksmithAPI
import LocksmithCrypto
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import Testing

/// Ledger rows written straight into `activities` at chosen times, so that reports can be checked against totals
/// worked out by hand. Every row belongs to the fixture's license, product, customer, subscription and order.
struct LedgerSeed: Sendable {
    struct Row: Sendable {
        var at: String
        var action = "license.consume"
        var feature: String?
        var amount: Int64 = 0
        var result: ActivityResultClass = .success
        var status = 200
        var reason: String?
    }

    /// 2026-03-01 to 2026-03-04 (end excluded): the window the rows below are counted in.
    static let from = RFC3339.date(from: "2026-03-01T00:00:00Z")!
    static let to = RFC3339.date(from: "2026-03-04T00:00:00Z")!

    /// In the window: 6 rows, 4 succeeded, 1 denied, 1 error; 10 units consumed (5 + 3 export, 2 sync). Grouped by day and
    /// feature: 03-01 export (3 rows, 8 units), 03-02 without feature (1 row), 03-02 sync (1 row, 2 units), 03-03 export
    /// (1 error row). The last row falls on the window's end and is not counted in it.
    static let rows = [
        Row(at: "2026-03-01T10:00:00Z", feature: "export", amount: 5),
        Row(at: "2026-03-01T11:30:00Z", feature: "export", amount: 3),
        Row(at: "2026-03-01T12:00:00Z", feature: "export", amount: 7, result: .denied, status: 409, reason: "QUOTA_EXCEEDED"),
        Row(at: "2026-03-02T09:00:00Z", feature: "sync", amount: 2),
        Row(at: "2026-03-02T09:05:00Z", action: "license.validate"),
        Row(at: "2026-03-03T23:59:59.999Z", feature: "export", amount: 4, result: .error, status: 500, reason: "INTERNAL"),
        Row(at: "2026-03-04T00:00:00Z", feature: "export", amount: 100),
    ]

    static func write(_ rows: [Row], license: License, server: TestServer, account: String = AccountStore.defaultAccountID) async throws {
        try await server.services.database.write(.account(account)) { connection in
            for (index, row) in rows.enumerated() {
                let at = RFC3339.date(from: row.at)!
                try connection.execute(
                    """
                    INSERT INTO activities (account_id, id, occurred_at, action, source, product_id, customer_id, license_id, order_id,
                                            subscription_id, feature_code, amount, status_code, result_class, reason_code, request_id, metadata)
                    VALUES ($1, $2, $3, $4, 'runtime', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, '{}')
                    """,
                    [.text(account), .text(Self.seedID(at: at, index: index)), at.sqlValue, .text(row.action),
                     .text(license.productID), license.customerID.sqlValue, .text(license.id), license.orderID.sqlValue,
                     license.subscriptionID.sqlValue, row.feature.sqlValue, .integer(row.amount), .integer(Int64(row.status)),
                     .text(row.result.rawValue), row.reason.sqlValue, .text("req_seed_\(index)")])
            }
            // Rows written past the journal: their days' totals (SQLite) are counted again, as a repair would.
            try LedgerDays.recount(on: try connection.tenant(account))
        }
    }

    /// An id of the form the server writes (`ResourceID`: the time, then 16 characters), ordered by `index` within one
    /// millisecond, so that lists read the seeded rows as they read real ones.
    static func seedID(at date: Date, index: Int) -> String {
        let made = ResourceID.make("act", at: date)
        let digits = String(index)
        return String(made.prefix(4 + 10)) + String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension TestServer {
    /// Runs `body` with the licensing fixture, a license of its customer (linked to its order and subscription with
    /// `ordered`), and `LedgerSeed.rows` written for that license.
    func runWithSeededLedger(
        ordered: Bool = false, _ body: @Sendable (Clients, LicensingFixture, License) async throws -> Void
    ) async throws {
        try await run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = ordered
                ? try await clients.admin.createLicense(.init(
                    productID: fixture.product.id, policyID: fixture.perpetual.id, customerID: fixture.customer.id,
                    orderID: fixture.order.id)).data.license
                : try await fixture.issue(clients).license
            try await LedgerSeed.write(LedgerSeed.rows, license: license, server: self)
            try await body(clients, fixture, license)
        }
    }
}

/// Rows in the tables a refused export request must leave as they were.
struct ExportCounts: Equatable, Sendable {
    var exports = 0, blobs = 0, auditEvents = 0

    static func read(_ server: TestServer) async throws -> ExportCounts {
        try await server.services.database.read(.defaultAccount) { connection in
            func count(_ table: String) throws -> Int {
                try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])?.int("n") ?? 0
            }
            return ExportCounts(exports: try count("report_exports"), blobs: try count("report_export_blobs"), auditEvents: try count("audit_events"))
        }
    }
}

extension ManagementClient {
    /// The export once it is no longer pending, waiting at most `seconds`.
    func settledExport(_ id: String, seconds: Double = 60) async throws -> ReportExport {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let export = try await getReportExport(id: id).data
            if export.status != .pending { return export }
            guard Date() < deadline else {
                Issue.record("export \(id) still pending after \(seconds) s")
                return export
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Creates an export and waits until it is ready.
    func readyExport(_ request: ReportExportCreateRequest) async throws -> ReportExport {
        let created = try await createReportExport(request).data
        let export = try await settledExport(created.id)
        #expect(export.status == .ready, "\(export.failureReason ?? "")")
        return export
    }
}

/// The `sha256:<hex>` digest exports state.
func exportDigest(_ data: Data) -> String {
    "sha256:" + Hex.encode(Digest.sha256(data))
}

/// Runs a poppler tool on a PDF; its standard output.
func poppler(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let result = try ChildProcess.run("/usr/bin/env", [tool] + arguments, environment: ProcessInfo.processInfo.environment)
    return (result.status.code, String(decoding: result.output, as: UTF8.self))
}
