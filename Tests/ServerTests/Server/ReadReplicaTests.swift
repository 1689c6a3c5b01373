import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Logging
import Testing

/// `--database-read-url`: reports and feeds read the streaming replica `scripts/with-postgres.sh` starts, say how far
/// behind it was, and go to the primary when it lags beyond `--replica-max-lag` or cannot be reached; nothing else reads it.
///
/// Serialized: one test pauses the replica's replay, which every database of the cluster shares.
@Suite(.serialized) struct ReadReplicaTests {
    static func variable(_ name: String) -> String? { ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 } }
    static var replicaURL: String? { variable("LOCKSMITH_TEST_REPLICA_URL") }
    static var controlURL: String? { variable("LOCKSMITH_TEST_REPLICA_CONTROL_URL") }

    /// A server on a database of its own, its reads that may lag sent to the replica's copy of that database.
    static func start(replica: (String) -> String, maxLag: Duration) async throws -> TestServer {
        try await TestServer.start(.postgres, ownDatabase: true) { configuration in
            configuration.limits = .off  // polls of the feeds, as fast as the replica allows
            guard let name = configuration.databaseURL.flatMap({ URLComponents(string: $0)?.path.dropFirst() }) else { return }
            configuration.databaseReadURL = replica(String(name))
            configuration.replicaMaxLag = maxLag
        }
    }

    /// Runs one statement as the role that may pause and resume the replica's replay.
    static func replay(_ function: String) async throws {
        guard let controlURL else { return }
        let control = try PostgresDatabase(url: controlURL, logger: Logger(label: "replica-control"))
        _ = try await control.query(.none, "SELECT \(function)()", [])
        await control.close()
    }

    @Test func reportsAndFeedsReadTheReplicaWithinItsBoundAndThePrimaryBeyondIt() async throws {
        guard let replicaURL = Self.replicaURL, Self.controlURL != nil, TestBackend.available.contains(.postgres) else { return }
        let bound = Duration.seconds(4)
        let server = try await Self.start(replica: { TestURL.replacingDatabase(in: replicaURL, with: $0) }, maxLag: bound)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients)
            let validated = try await fixture.runtime(clients).activateLicense(machine("replica-1"))
            // The runtime and management reads of records never read the replica.
            #expect(validated.meta.replicaLagMs == nil)
            #expect(try await admin.getLicense(id: fixture.license.id).meta.replicaLagMs == nil)

            // Once the replica has the license, the events feed answers from it and says how far behind it was.
            let created = try await eventually("the replica to replay the license") { () -> ListResponse<Event, EventPageInfo>? in
                let page = try await admin.listEvents(eventType: "license.created")
                return page.meta.replicaLagMs != nil && !page.data.isEmpty ? page : nil
            }
            #expect(created.data.map(\.resourceID) == [fixture.license.id])
            #expect(try #require(created.meta.replicaLagMs) <= 4000)
            try await server.prepared.activity.flush(to: server.services.database)
            let activities = try await eventually("the replica to replay the activation") { () -> ListResponse<Activity, PageInfo>? in
                let page = try await admin.listActivities(source: .runtime)
                return page.meta.replicaLagMs != nil && !page.data.isEmpty ? page : nil
            }
            #expect(activities.data.first?.action == "license.activate")
            let summary = try await admin.getUsageSummary(from: Date().addingTimeInterval(-3600))
            #expect(summary.meta.replicaLagMs != nil)
            #expect(summary.data.rowCounts.ledgerRows >= 1)

            // A change the replica has replayed just now, so that its last replayed commit is recent when replay stops.
            _ = try await admin.suspendLicense(id: fixture.license.id)
            _ = try await eventually("the replica to replay the suspension") { () -> Bool? in
                let page = try await admin.listEvents(eventType: "license.suspended")
                return page.meta.replicaLagMs != nil && !page.data.isEmpty ? true : nil
            }
            // Replay paused: a change committed on the primary is not on the replica, which still answers while its lag is
            // within the bound, and says how far behind it is.
            try await Self.replay("pg_wal_replay_pause")
            do {
                _ = try await admin.reinstateLicense(id: fixture.license.id)
                let stale = try await admin.listEvents(eventType: "license.reinstated")
                #expect(stale.meta.replicaLagMs != nil, "a replica a moment behind answers")
                #expect(stale.data.isEmpty, "the replica answered with a change its replay had not reached")
                #expect(try #require(stale.meta.replicaLagMs) <= 4000)
                // Past the bound the primary answers, with the change, and no lag.
                try await Task.sleep(for: bound + .milliseconds(500))
                let fresh = try await admin.listEvents(eventType: "license.reinstated")
                #expect(fresh.meta.replicaLagMs == nil)
                #expect(fresh.data.map(\.resourceID) == [fixture.license.id])
                // A frozen export of a window that ended an hour ago accepts an hour of lag, but the replica is beyond
                // the server's own bound: the primary evaluates it too.
                let hourAgo = Date().addingTimeInterval(-3600)
                let past = ReportFilters(from: hourAgo.addingTimeInterval(-3600), to: hourAgo)
                #expect(try await admin.createReportExport(.init(reportKind: .usageSummary, filters: past)).meta.replicaLagMs == nil)
            } catch {
                try await Self.replay("pg_wal_replay_resume")
                throw error
            }
            try await Self.replay("pg_wal_replay_resume")

            // Caught up again, the replica answers with the change.
            let caughtUp = try await eventually("the replica to catch up") { () -> ListResponse<Event, EventPageInfo>? in
                let page = try await admin.listEvents(eventType: "license.reinstated")
                return page.meta.replicaLagMs != nil && !page.data.isEmpty ? page : nil
            }
            #expect(caughtUp.data.map(\.resourceID) == [fixture.license.id])
            // An export whose window ended an hour ago may read it; one whose window ends now may not.
            let hourAgo = Date().addingTimeInterval(-3600)
            let past = ReportFilters(from: hourAgo.addingTimeInterval(-3600), to: hourAgo)
            let settled = try await admin.createReportExport(.init(reportKind: .usageSummary, filters: past))
            #expect(settled.meta.replicaLagMs != nil)
            let open = try await admin.createReportExport(.init(reportKind: .usageSummary))
            #expect(open.meta.replicaLagMs == nil)

            // /metrics counts where reads that may lag were answered.
            let metrics = try await clients.raw(.get, "/metrics").text
            #expect(metricSample(metrics, #"locksmith_replica_reads_total{outcome="replica"}"#) ?? 0 >= 4, "\(metrics)")
            #expect(metricSample(metrics, #"locksmith_replica_reads_total{outcome="behind"}"#) ?? 0 >= 2, "\(metrics)")
            #expect(metricSample(metrics, "locksmith_replica_lag_seconds") != nil)
        }
    }

    @Test func anUnreachableReplicaSendsReadsToThePrimary() async throws {
        guard Self.replicaURL != nil, TestBackend.available.contains(.postgres) else { return }
        let port = try UnusedPort.make()
        let server = try await Self.start(
            replica: { "postgres://locksmith:unused@127.0.0.1:\(port)/\($0)?connect_timeout=2" }, maxLag: ReadReplica.defaultMaxLag)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            // The first read tries the replica and falls back; the next ones go straight to the primary for a while.
            for _ in 0..<3 {
                let page = try await clients.admin.listEvents(eventType: "license.created")
                #expect(page.meta.replicaLagMs == nil)
                #expect(page.data.map(\.resourceID) == [fixture.license.id])
            }
            #expect(try await clients.admin.getUsageSummary().meta.replicaLagMs == nil)
            let metrics = try await clients.raw(.get, "/metrics").text
            #expect(metricSample(metrics, #"locksmith_replica_reads_total{outcome="unavailable"}"#) == 4, "\(metrics)")
            #expect(metricSample(metrics, #"locksmith_replica_reads_total{outcome="replica"}"#) ?? 0 == 0, "\(metrics)")
        }
    }

    @Test func theReplicaSettingsAreChecked() throws {
        func resolve(_ read: String?, lag: String? = nil, primary: String? = "postgres://u@127.0.0.1/db") throws -> ServerConfiguration {
            try ServerConfiguration.resolve(databaseURL: primary, databaseReadURL: read, replicaMaxLag: lag, environment: [:])
        }
        #expect(try resolve("postgres://u@127.0.0.1:5433/db", lag: "500ms").replicaMaxLag == .milliseconds(500))
        #expect(try resolve("postgres://u@127.0.0.1:5433/db", lag: "2m").replicaMaxLag == .seconds(120))
        #expect(try resolve("postgres://u@127.0.0.1:5433/db", lag: "15").replicaMaxLag == .seconds(15))
        #expect(try resolve("postgres://u@127.0.0.1:5433/db").replicaMaxLag == .seconds(10))
        for lag in ["0", "abc", "-1s", "10 s", "25h", "1.5s", ""] where !lag.isEmpty {
            #expect(throws: ConfigurationError.self, "lag '\(lag)'") { try resolve("postgres://u@127.0.0.1:5433/db", lag: lag) }
        }
        #expect(throws: ConfigurationError.self) { try resolve("postgres://u@127.0.0.1:5433/db", primary: nil) }
        #expect(throws: ConfigurationError.self) { try resolve("mysql://u@127.0.0.1/db") }
        let environment = ["LOCKSMITH_DATABASE_URL": "postgres://u@127.0.0.1/db", "LOCKSMITH_DATABASE_READ_URL": "postgres://u@127.0.0.1:5433/db",
                           "LOCKSMITH_REPLICA_MAX_LAG": "3s"]
        let configured = try ServerConfiguration.resolve(environment: environment)
        #expect(configured.databaseReadURL == "postgres://u@127.0.0.1:5433/db" && configured.replicaMaxLag == .seconds(3))
    }
}
