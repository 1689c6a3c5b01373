import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Usage summaries over whole days read per-day totals on SQLite (`LedgerDays`) and the ledger's rows for the hours
/// around them: the answers must be the ledger's, whatever the window, grouping and filters, on both backends; the
/// totals kept with every append must be what counting the ledger again gives; and a sum past 64 bits must fail as it
/// does over the rows.
@Suite struct LedgerDaysTests {
    /// Six weeks of rows around the end of February and March at pseudo-random times, features, actions and results.
    static let rows: [LedgerSeed.Row] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let start = RFC3339.date(from: "2026-02-20T00:00:00Z")!.millisecondsSince1970
        let span = Int64(48 * 86_400_000)
        return (0..<400).map { _ in
            let at = Date(millisecondsSince1970: start + Int64(next(Int(span))))
            let consume = next(10) < 7
            let result: ActivityResultClass = [.success, .success, .success, .success, .denied, .error][next(6)]
            return LedgerSeed.Row(
                at: RFC3339.string(from: at), action: consume ? "license.consume" : "license.validate",
                feature: consume ? ["export", "sync", nil][next(3)] : nil, amount: consume ? Int64(1 + next(9)) : 0, result: result,
                status: result == .success ? 200 : result == .denied ? 409 : 500)
        }
    }()

    struct Key: Hashable {
        var bucket: Date?
        var feature: String?
        var result: ActivityResultClass?
    }

    /// What a summary must say, worked out here from the rows themselves.
    static func expected(
        from: Date, to: Date, bucket: UsageGroupBy?, byFeature: Bool, byResult: Bool, feature: String?, action: String?
    ) -> [Key: UsageSummaryGroup] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        var groups: [Key: UsageSummaryGroup] = [:]
        for row in rows {
            let at = RFC3339.date(from: row.at)!
            guard at >= from, at < to, feature == nil || row.feature == feature, action == nil || row.action == action else { continue }
            let start: Date? =
                switch bucket {
                case .day: calendar.startOfDay(for: at)
                case .week: calendar.dateInterval(of: .weekOfYear, for: at)!.start
                case .month: calendar.dateInterval(of: .month, for: at)!.start
                default: nil
                }
            let key = Key(bucket: start, feature: byFeature ? row.feature : nil, result: byResult ? row.result : nil)
            var group =
                groups[key]
                ?? UsageSummaryGroup(
                    events: 0, amount: 0, successEvents: 0, deniedEvents: 0, errorEvents: 0, firstOccurredAt: at, lastOccurredAt: at)
            group.events += 1
            group.amount += row.action == "license.consume" && row.result == .success ? row.amount : 0
            group.successEvents += row.result == .success ? 1 : 0
            group.deniedEvents += row.result == .denied ? 1 : 0
            group.errorEvents += row.result == .error ? 1 : 0
            group.firstOccurredAt = min(group.firstOccurredAt, at)
            group.lastOccurredAt = max(group.lastOccurredAt, at)
            groups[key] = group
        }
        return groups
    }

    @Test(arguments: TestBackend.available)
    func summariesAgreeWithTheLedgerWhateverTheWindow(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            try await LedgerSeed.write(Self.rows, license: license, server: server)
            let date = { (text: String) in RFC3339.date(from: text)! }
            let windows = [
                (date("2026-03-01T00:00:00Z"), date("2026-04-01T00:00:00Z")),  // whole days only
                (date("2026-02-25T13:17:00.123Z"), date("2026-03-29T05:00:00Z")),  // hours on both sides
                (date("2026-03-05T01:00:00Z"), date("2026-03-05T20:00:00Z")),  // no whole day
                (date("2026-03-05T00:00:00Z"), date("2026-03-06T00:00:00.001Z")),  // one day and a millisecond
                (date("2026-01-01T00:00:00Z"), date("2026-06-01T00:00:00Z")),  // every row
            ]
            var compared = 0
            for (from, to) in windows {
                for bucket in [nil, UsageGroupBy.day, .week, .month] {
                    for (byFeature, byResult) in [(false, false), (true, false), (true, true), (false, true)] {
                        for (feature, action) in [(nil, nil), ("export", nil), (nil, "license.validate") as (String?, String?)] {
                            let groupBy = [bucket].compactMap { $0 } + (byFeature ? [.feature] : []) + (byResult ? [.resultClass] : [])
                            let summary = try await clients.admin.getUsageSummary(
                                from: from, to: to, groupBy: groupBy.isEmpty ? nil : groupBy, featureCode: feature, action: action
                            ).data
                            let expected = Self.expected(
                                from: from, to: to, bucket: bucket, byFeature: byFeature, byResult: byResult, feature: feature, action: action)
                            var answered: [Key: UsageSummaryGroup] = [:]
                            for group in summary.groups {
                                var counts = group
                                counts.bucketStart = nil
                                counts.productID = nil
                                counts.featureCode = nil
                                counts.resultClass = nil
                                answered[Key(bucket: group.bucketStart, feature: group.featureCode, result: group.resultClass)] = counts
                            }
                            #expect(answered == expected, "\(from)…\(to) \(groupBy) feature \(feature ?? "-") action \(action ?? "-")")
                            #expect(summary.totals.events == Int64(expected.values.map(\.events).reduce(0, +)))
                            compared += 1
                        }
                    }
                }
            }
            #expect(compared == 240)
            // A filter the day totals do not keep (the license) reads the ledger's rows, and still agrees.
            let byLicense = try await clients.admin.getUsageSummary(
                from: windows[0].0, to: windows[0].1, groupBy: [.day], licenseID: license.id
            ).data
            let days = Self.expected(from: windows[0].0, to: windows[0].1, bucket: .day, byFeature: false, byResult: false, feature: nil, action: nil)
            #expect(byLicense.groups.count == days.count && byLicense.totals.events == days.values.map(\.events).reduce(0, +))

            if backend == .sqlite {
                // The whole days come from their totals: with a day's rows gone from the ledger, a whole-day window still
                // counts them, and a window cut inside that day does not.
                let day = date("2026-03-10T00:00:00Z"), next = date("2026-03-11T00:00:00Z")
                let before = try await clients.admin.getUsageSummary(from: day, to: next).data.totals.events
                #expect(before > 0)
                try await server.services.database.write(.defaultAccount) { connection in
                    try connection.execute(
                        "DELETE FROM activities WHERE occurred_at >= $1 AND occurred_at < $2", [day.sqlValue, next.sqlValue])
                }
                #expect(try await clients.admin.getUsageSummary(from: day, to: next).data.totals.events == before)
                #expect(try await clients.admin.getUsageSummary(from: day, to: next.addingTimeInterval(-0.001)).data.totals.events == 0)
            }
        }
    }

    /// Totals kept append by append, through real runtime and management calls (consumptions of several features,
    /// refusals past the quota, validations, activations), are exactly what counting the ledger again gives.
    @Test func theTotalsKeptWithEveryAppendAreTheLedgersCount() async throws {
        let server = try await TestServer.start(.sqlite, limitsOff: "it sends a burst of calls at one license")
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients, quota: 40)
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            _ = try? await runtime.activateLicense(idempotencyKey: "b", machine("fp-2"))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        _ = try? await runtime.consumeLicense(
                            idempotencyKey: "use-\(index)", .init(fingerprint: "fp", featureCode: "export", amount: Int64(1 + index % 3), eventID: "e-\(index)"))
                        _ = try? await runtime.validateLicense(machine(index % 2 == 0 ? "fp" : "unknown-\(index)"))
                    }
                }
                try await group.waitForAll()
            }
            try await server.prepared.activity.flush(to: server.services.database)
            let read = { () async throws -> [String] in
                try await server.services.database.read(.defaultAccount) { connection in
                    try connection.query("SELECT * FROM ledger_days ORDER BY day, product_id, feature_code, source, action, result_class", [])
                        .map { row in
                            let texts = try ["product_id", "feature_code", "source", "action", "result_class"].map { try row.string($0) }
                            let numbers = try ["day", "events", "amount_high", "amount_low", "first_occurred_at", "last_occurred_at"].map {
                                String(try row.int64($0))
                            }
                            return (texts + numbers).joined(separator: " ")
                        }
                }
            }
            let kept = try await read()
            #expect(kept.count >= 4)
            try await server.services.database.write(.defaultAccount) { connection in
                try LedgerDays.recount(on: try connection.tenant(AccountStore.defaultAccountID))
            }
            #expect(try await read() == kept)
            let summary = try await clients.admin.getUsageSummary(from: Date().addingTimeInterval(-86_400 * 2), to: Date().addingTimeInterval(86_400)).data
            #expect(summary.totals.amount == 40)
        }
    }

    /// `locksmith ledger recount` replaces the totals with a count of the rows, on a live SQLite database; PostgreSQL,
    /// which keeps none, refuses it naming why.
    @Test(arguments: TestBackend.available)
    func theCommandLineCountsTheTotalsAgain(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            try await LedgerSeed.write(LedgerSeed.rows, license: license, server: server)
            var arguments = ["ledger", "recount", "--data-dir", server.database.dataDirectory]
            if let url = server.database.url { arguments += ["--database-url", url] }
            guard backend == .sqlite else {
                let refused = try await LocksmithCommand.run(arguments)
                #expect(refused.status != 0 && refused.standardError.contains("PostgreSQL keeps no per-day totals"), "\(refused.output)")
                return
            }
            let summary = { try await clients.admin.getUsageSummary(from: LedgerSeed.from, to: LedgerSeed.to, groupBy: [.day, .feature]).data }
            let before = try await summary()
            // Totals gone wrong (a repair's starting point): the whole-day report now says nothing.
            try await server.services.database.write(.defaultAccount) { try $0.execute("DELETE FROM ledger_days", []) }
            #expect(try await summary().totals.events == 0)
            let recounted = try await LocksmithCommand.run(arguments)
            #expect(recounted.status == 0 && recounted.standardOutput.contains("counted the ledger's per-day totals again"), "\(recounted.output)")
            let after = try await summary()
            #expect(after.totals == before.totals && after.groups == before.groups && before.totals.events == 6)
        }
    }

    /// Two consumptions of 2^62 units on one day make a sum past 64 bits: the report refuses it the same way whether
    /// it reads the rows or the day's totals.
    @Test(arguments: TestBackend.available)
    func aDaysAmountPast64BitsFailsAsTheLedgersSumDoes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            let huge = Int64(1) << 62
            try await LedgerSeed.write(
                [LedgerSeed.Row(at: "2026-03-02T10:00:00Z", feature: "export", amount: huge),
                 LedgerSeed.Row(at: "2026-03-02T11:00:00Z", feature: "export", amount: huge)],
                license: license, server: server)
            let date = { (text: String) in RFC3339.date(from: text)! }
            for (from, to) in [(date("2026-03-01T00:00:00Z"), date("2026-03-04T00:00:00Z")), (date("2026-03-02T09:00:00Z"), date("2026-03-02T12:00:00Z"))] {
                let response = try await clients.adminJSON(
                    .get, "/api/v1/reports/usage-summary?from=\(RFC3339.string(from: from))&to=\(RFC3339.string(from: to))&group_by=day")
                #expect(response.status == .unprocessableContent, "\(response.text.prefix(300))")
                #expect(response.text.contains("2^53") || response.text.contains("too large"), "\(response.text.prefix(300))")
            }
        }
    }
}
