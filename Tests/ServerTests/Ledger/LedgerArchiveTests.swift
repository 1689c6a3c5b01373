import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// `locksmith ledger archive` moves whole months of the PostgreSQL ledger into signed files, one per account, records
/// each in the account's audit chain and drops the month's partition; `locksmith ledger verify` checks a file offline.
/// On SQLite archiving is refused and nothing changes.
@Suite struct LedgerArchiveTests {
    static func insert(_ id: String, _ year: Int, _ month: Int, day: Int, on connection: TenantConnection) throws {
        try connection.execute(
            """
            INSERT INTO activities (account_id, id, occurred_at, action, source, license_id, amount, status_code, result_class, metadata)
            VALUES ($account, $1, $2, 'license.validate', 'runtime', 'lic_archived', 0, 200, 'success', '{"n":1}')
            """, [.text(id), .integer(LedgerPartitionTests.milliseconds(year, month, day: day))])
    }

    static func count(_ database: any Database, account: String) async throws -> Int {
        try await database.read(account: account) {
            try $0.queryOne("SELECT COUNT(*) AS n FROM activities WHERE account_id = $account AND license_id = 'lic_archived'", [])?.int("n") ?? -1
        }
    }

    @Test(arguments: TestBackend.available)
    func wholeMonthsMoveToSignedFilesThatVerifyOffline(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, ownDatabase: true)
        let (other, _) = try await Admin.createAccount(server.services, name: "Other")
        let database = server.services.database
        if backend == .postgres {
            _ = try await LedgerPartitions.ensure(on: database, now: Date(timeIntervalSince1970: Double(LedgerPartitionTests.milliseconds(2026, 1)) / 1000))
        }
        try await database.write(account: "acc_default") { connection in
            for day in 1...3 { try Self.insert("act_jan_\(day)", 2026, 1, day: day, on: connection) }
            for day in 1...2 { try Self.insert("act_feb_\(day)", 2026, 2, day: day, on: connection) }
        }
        try await database.write(account: other.id) { connection in
            for day in 10...13 { try Self.insert("act_other_jan_\(day)", 2026, 1, day: day, on: connection) }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-archive-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let place = ["--data-dir", server.database.dataDirectory] + (server.database.url.map { ["--database-url", $0] } ?? [])
        @Sendable func archive(_ before: String) async throws -> LocksmithCommand.Result {
            try await LocksmithCommand.run(["ledger", "archive", "--before", before, "--to", directory] + place)
        }

        guard backend == .postgres else {
            let refused = try await archive("2026-02")
            #expect(refused.status == 1 && refused.standardError.contains("on SQLite"), "\(refused.output)")
            #expect(try await Self.count(database, account: "acc_default") == 5)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
            await server.stop()
            return
        }

        // Bad requests change nothing.
        let badMonth = try await archive("2026-13")
        #expect(badMonth.status == 1 && badMonth.standardError.contains("--before takes a month as YYYY-MM"), "\(badMonth.output)")
        let future = try await archive("2099-01")
        #expect(future.status == 1 && future.standardError.contains("--before must be at most the current month"), "\(future.output)")
        #expect(try await Self.count(database, account: "acc_default") == 5)

        let archived = try await archive("2026-02")
        #expect(archived.status == 0, "\(archived.output)")
        #expect(archived.standardOutput.contains("2026-01: 2 file(s), 7 rows, partition activities_2026_01 dropped"), "\(archived.output)")
        let mine = directory + "/ledger-acc_default-2026-01.json"
        let theirs = directory + "/ledger-\(other.id)-2026-01.json"
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory)) == [
            "ledger-acc_default-2026-01.json", "ledger-\(other.id)-2026-01.json",
        ])
        // January left the database with its partition; February stayed.
        #expect(try await Self.count(database, account: "acc_default") == 2)
        #expect(try await Self.count(database, account: other.id) == 0)
        let januaryTable = try await database.read { try $0.queryOne("SELECT to_regclass('activities_2026_01') IS NULL AS gone", [])?.bool("gone") }
        #expect(januaryTable == true)

        try await server.run { clients in
            // The chain records each file, and still verifies.
            let events = try await clients.admin.listEvents(eventType: "ledger.archived").data
            let header = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: mine))) as? [String: Any])
            let described = try #require(header["archive"] as? [String: Any])
            #expect(events.count == 1 && events.first?.resourceID == "2026-01")
            #expect(events.first?.metadata["rows_digest"] == .string(described["rows_digest"] as? String ?? "?"))
            #expect(events.first?.metadata["rows"] == .integer(3))
            let chain = try await AuditLog.verify(database, account: "acc_default", progress: { _ in })
            guard case .intact = chain else {
                Issue.record("the audit chain does not verify after archiving: \(chain)")
                return
            }

            // Offline, with the account's published keys.
            func publishedKey(_ account: String) async throws -> String {
                let keys = try await clients.system.listPublicKeys(accountID: account).data
                let active = try #require(keys.first { $0.status == .active })
                return "\(active.kid)=\(active.publicKey)"
            }
            let myKey = try await publishedKey("acc_default")
            let theirKey = try await publishedKey(other.id)
            let verified = try await LocksmithCommand.run(["ledger", "verify", mine, "--public-key", myKey])
            #expect(verified.status == 0 && verified.standardOutput.contains("holds 3 rows of account acc_default for 2026-01"), "\(verified.output)")
            #expect(try await LocksmithCommand.run(["ledger", "verify", theirs, "--public-key", theirKey]).status == 0)
            let wrongKey = try await LocksmithCommand.run(["ledger", "verify", theirs, "--public-key", myKey])
            #expect(wrongKey.status == 2 && wrongKey.standardOutput.contains("no public key with kid"), "\(wrongKey.output)")

            // Any change to a row or to the header is caught.
            let original = try String(contentsOfFile: mine, encoding: .utf8)
            for (from, to, reason) in [
                ("act_jan_2", "act_jan_9", "the rows were altered"), (#""rows":3"#, #""rows":2"#, "the file holds 3 rows, but the header says 2"),
                (#""archived_at":"#, #""archived_at" :"#, "the signature does not verify"),
                (#""month":"2026-01""#, #""month":"2026-02""#, "the signature does not verify"),
            ] {
                let tampered = directory + "/tampered.json"
                try original.replacingOccurrences(of: from, with: to).write(toFile: tampered, atomically: true, encoding: .utf8)
                let result = try await LocksmithCommand.run(["ledger", "verify", tampered, "--public-key", myKey])
                #expect(result.status == 2 && result.standardOutput.contains(reason), "\(from): \(result.output)")
                try FileManager.default.removeItem(atPath: tampered)
            }

            // A second run finds nothing more to archive and overwrites nothing.
            let again = try await archive("2026-02")
            #expect(again.status == 0 && again.standardOutput.contains("nothing to archive"), "\(again.output)")
            #expect(try String(contentsOfFile: mine, encoding: .utf8) == original)
        }
    }
}
