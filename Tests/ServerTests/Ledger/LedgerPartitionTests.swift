import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// The activity ledger on PostgreSQL is partitioned by month (migration 17, `LedgerPartitions`): rows land in their
/// month's partition, a row of a month without one waits in the default partition until its month is made, instances
/// that make a month at once make it once, the migration keeps every row of a ledger that existed before it, and a
/// report on a window reads only the window's partitions.
@Suite struct LedgerPartitionTests {
    static let postgres = TestBackend.available.filter { $0 == .postgres }
    static let month: Int64 = 31 * 86_400_000

    /// Milliseconds since 1970 of the first day of `year`-`month`, UTC.
    static func milliseconds(_ year: Int, _ month: Int, day: Int = 1) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        return Int64(date.timeIntervalSince1970 * 1000)
    }

    static func insert(_ id: String, at occurredAt: Int64, on connection: TenantConnection) throws {
        try connection.execute(
            """
            INSERT INTO activities (account_id, id, occurred_at, action, source, amount, status_code, result_class, metadata)
            VALUES ($account, $1, $2, 'license.validate', 'runtime', 0, 200, 'success', '{}')
            """, [.text(id), .integer(occurredAt)])
    }

    /// The partition each row of `ids` is stored in, by id.
    static func partitions(of ids: [String], in database: any Database) async throws -> [String: String] {
        try await database.read(account: "acc_default") { connection in
            var found: [String: String] = [:]
            for row in try connection.query("SELECT id, tableoid::regclass::text AS part FROM activities WHERE account_id = $account", []) {
                let id = try row.string("id")
                if ids.contains(id) { found[id] = try row.string("part") }
            }
            return found
        }
    }

    @Test(arguments: postgres)
    func rowsLandInTheirMonthAndAMonthWithoutAPartitionWaitsInTheDefault(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: Schema.migrations) { database in
            for table in ["activities", "webhook_attempts"] {
                let kind = try await database.read { try $0.queryOne("SELECT relkind FROM pg_class WHERE oid = '\(table)'::regclass", [])?.string("relkind") }
                #expect(kind == "p", "\(table)")
            }
            // Migrating made this month and the three after it, for the ledger and for webhook attempts.
            let now = Date()
            let all = try await LedgerPartitions.ensure(on: database, now: now)
            let made = all.filter { $0.hasPrefix("activities_") }
            #expect(made.count == LedgerPartitions.monthsAhead + 1)
            #expect(all.filter { $0.hasPrefix("webhook_attempts_") }.count == LedgerPartitions.monthsAhead + 1)
            let formatter = DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy_MM"
            #expect(made.first == "activities_" + formatter.string(from: now))

            let nowMilliseconds = Int64(now.timeIntervalSince1970 * 1000)
            let future = Self.milliseconds(2031, 5, day: 17)
            try await database.write(account: "acc_default") { connection in
                try Self.insert("act_now", at: nowMilliseconds, on: connection)
                try Self.insert("act_future", at: future, on: connection)
            }
            var stored = try await Self.partitions(of: ["act_now", "act_future"], in: database)
            #expect(stored["act_now"] == made.first)
            #expect(stored["act_future"] == "activities_default")

            // Making May 2031 moves its row out of the default partition; the ledger still holds both rows once.
            let later = try await LedgerPartitions.ensure(on: database, now: Date(timeIntervalSince1970: Double(future) / 1000))
            #expect(later.filter { $0.hasPrefix("activities_") } == ["activities_2031_05", "activities_2031_06", "activities_2031_07", "activities_2031_08"])
            #expect(later.filter { $0.hasPrefix("webhook_attempts_") }.first == "webhook_attempts_2031_05")
            stored = try await Self.partitions(of: ["act_now", "act_future"], in: database)
            #expect(stored == ["act_now": made.first!, "act_future": "activities_2031_05"])
            let count = try await database.read(account: "acc_default") {
                try $0.queryOne("SELECT COUNT(*) AS n FROM activities WHERE account_id = $account", [])?.int("n")
            }
            #expect(count == 2)
            // Row-level security is the parent's: another account sees none of the rows.
            let other = try await database.read(account: "acc_other") {
                try $0.queryOne("SELECT COUNT(*) AS n FROM activities WHERE account_id = $account", [])?.int("n")
            }
            #expect(other == 0)
            let unscoped = try await database.read { try $0.queryOne("SELECT COUNT(*) AS n FROM activities", [])?.int("n") }
            #expect(unscoped == 0)
        }
    }

    @Test(arguments: postgres)
    func instancesMakingOneMonthAtOnceMakeItOnce(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: Schema.migrations) { database in
            let when = Date(timeIntervalSince1970: Double(Self.milliseconds(2032, 1)) / 1000)
            let results = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<20 {
                    group.addTask { try await LedgerPartitions.ensure(on: database, now: when) }
                }
                return try await group.reduce(into: [[String]]()) { $0.append($1) }
            }
            #expect(Set(results).count == 1)
            #expect(results.first?.filter { $0.hasPrefix("activities_") } == [
                "activities_2032_01", "activities_2032_02", "activities_2032_03", "activities_2032_04",
            ])
            let partitions = try await database.read {
                try $0.query("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'activities'::regclass", [])
                    .map { try $0.string("relname") }
            }
            #expect(partitions.filter { $0.hasPrefix("activities_2032_") }.count == 4)
        }
    }

    @Test(arguments: postgres)
    func theMigrationKeepsEveryRowOfALedgerThatExistedBeforeIt(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: Schema.migrations.filter { $0.version <= 16 }) { database in
            let months = [(2025, 11), (2026, 2), (2026, 3)]
            try await database.write(account: "acc_default") { connection in
                for (index, (year, month)) in months.enumerated() {
                    for row in 0..<5 {
                        try Self.insert("act_\(index)_\(row)", at: Self.milliseconds(year, month, day: 1 + row), on: connection)
                    }
                }
            }
            _ = try await Schema.migrator.apply(on: database, logger: TestDatabase.quietLogger)
            let byPartition = try await database.read(account: "acc_default") { connection in
                try connection.query(
                    "SELECT tableoid::regclass::text AS part, COUNT(*) AS n FROM activities WHERE account_id = $account GROUP BY 1 ORDER BY 1", []
                ).map { (try $0.string("part"), try $0.int("n")) }
            }
            #expect(byPartition.map(\.0) == ["activities_2025_11", "activities_2026_02", "activities_2026_03"])
            #expect(byPartition.map(\.1) == [5, 5, 5])
            // Every month from the oldest row to three months from now has its partition, December 2025 included.
            let partitions = try await database.read {
                try $0.query("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'activities'::regclass", [])
                    .map { try $0.string("relname") }
            }
            #expect(partitions.contains("activities_2025_12") && partitions.contains("activities_default"))
            let forced = try await database.read {
                try $0.queryOne("SELECT relforcerowsecurity AS forced FROM pg_class WHERE oid = 'activities'::regclass", [])?.bool("forced")
            }
            #expect(forced == true)
        }
    }

    @Test(arguments: postgres)
    func aWindowReadsOnlyItsPartitions(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: Schema.migrations) { database in
            _ = try await LedgerPartitions.ensure(on: database, now: Date(timeIntervalSince1970: Double(Self.milliseconds(2030, 1)) / 1000))
            let from = Self.milliseconds(2030, 2, day: 3)
            let to = Self.milliseconds(2030, 2, day: 20)
            // The statement the usage summary runs has the window as parameters: the plan names February's partition
            // alone, pruned when planned or, on a generic plan, when run.
            let plan = try await database.read(account: "acc_default") { connection in
                try connection.query(
                    """
                    EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
                    SELECT feature_code, COUNT(*) FROM activities
                    WHERE account_id = $account AND occurred_at >= $1 AND occurred_at < $2 GROUP BY feature_code
                    """, [.integer(from), .integer(to)]
                ).map { try $0.string("QUERY PLAN") }.joined(separator: "\n")
            }
            let scanned = Set(plan.matches(of: /activities_(\d{4}_\d{2}|default)/).map { String($0.output.0) })
            #expect(scanned == ["activities_2030_02"], "\(plan)")
        }
    }
}
