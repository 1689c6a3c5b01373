import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// A caller who varies a usage summary's grouping and filters cannot grow a server: 5 000 distinct shapes against one
/// `locksmith serve` leave every connection's prepared statements at the bound, and the process's memory flat.
@Suite struct ReportShapesProcessTests {
    static let shapes = 5_000
    static let allowedGrowth = 24 << 20

    @Test(arguments: TestBackend.available)
    func manyReportShapesLeaveStatementsAndMemoryBounded(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        // Without rate limits: one API key asks for thousands of reports as fast as it can, to measure memory.
        let process = try await ServerProcess(
            dataDirectory: server.database.dataDirectory, databaseURL: server.database.url, environment: ["LOCKSMITH_RATE_LIMITS": "off"])
        do {
            let admin = ManagementClient(token: TestServer.adminToken, transport: process.transport())
            let system = SystemClient(transport: process.transport())
            let fixture = try await RuntimeFixture.make(admin: admin)
            try await LedgerSeed.write(LedgerSeed.rows, license: fixture.license, server: server)
            let filters = Filters(license: fixture.license)
            let requests = (0..<Self.shapes).map { _ in Shape.random() }
            #expect(Set(requests).count > Self.shapes * 9 / 10, "the shapes are distinct")

            // The baseline is taken once the server has answered reports: the first ones load code and size its pools.
            for shape in requests.prefix(20) { _ = try await shape.run(admin, filters) }
            let before = try #require(process.residentBytes)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        for shape in requests.dropFirst(20).enumerated().filter({ $0.offset % 4 == worker }).map(\.element) {
                            let summary = try await shape.run(admin, filters)
                            #expect((summary.filters.groupBy ?? []) == shape.groupBy)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let after = try #require(process.residentBytes)

            let metrics = try await system.getMetrics()
            let most = try #require(gauge("locksmith_db_prepared_statements_per_connection_max", in: metrics))
            // At the bound: statements were evicted, not never made.
            #expect(most == StatementCacheBound.perConnection)
            let connections = try #require(gauge(#"locksmith_db_pool_connections{state="open"}"#, in: metrics))
            #expect(try #require(gauge("locksmith_db_prepared_statements", in: metrics)) <= connections * StatementCacheBound.perConnection)
            #expect(after - before < Self.allowedGrowth, "RSS grew from \(before >> 20) MB to \(after >> 20) MB")
        } catch {
            Issue.record(error)
        }
        process.stop()
        await server.stop()
    }

    /// The value of an unlabelled gauge (or one named with its labels) in Prometheus text.
    private func gauge(_ name: String, in metrics: String) -> Int? {
        metrics.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ").last!) }.map { Int($0) }
    }

    /// The filter values a shape may use: those of the seeded rows, so that the reports find something.
    struct Filters: Sendable {
        var productID, customerID, licenseID: String

        init(license: License) {
            productID = license.productID
            customerID = license.customerID ?? "cus_none"
            licenseID = license.id
        }
    }

    /// One getUsageSummary request: the dimensions in the order asked, and which filters are given.
    struct Shape: Hashable, Sendable {
        static let dimensions: [UsageGroupBy] = [.product, .customer, .license, .order, .subscription, .feature, .source, .resultClass]
        static let buckets: [UsageGroupBy?] = [nil, .hour, .day, .week, .month]

        var groupBy: [UsageGroupBy]
        var filters: [Bool]

        /// Any shape: the bounds must hold whichever a caller asks for.
        static func random() -> Shape {
            var groupBy = dimensions.filter { _ in Bool.random() }.shuffled()
            if let bucket = buckets.randomElement()! {
                groupBy.insert(bucket, at: Int.random(in: 0...groupBy.count))
            }
            return Shape(groupBy: groupBy, filters: (0..<6).map { _ in Bool.random() })
        }

        func run(_ admin: ManagementClient, _ values: Filters) async throws -> UsageSummary {
            try await admin.getUsageSummary(
                from: LedgerSeed.from, to: LedgerSeed.to, groupBy: groupBy.isEmpty ? nil : groupBy, productID: filters[0] ? values.productID : nil,
                customerID: filters[1] ? values.customerID : nil, licenseID: filters[2] ? values.licenseID : nil,
                featureCode: filters[3] ? "export" : nil, source: filters[4] ? .runtime : nil,
                resultClass: filters[5] ? .success : nil
            ).data
        }
    }
}
