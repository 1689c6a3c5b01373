import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct AuditTests {
    @Test(arguments: TestBackend.available)
    func mutationsAppearInTheEventFeedWithTheirActor(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let created = try await clients.admin.createAPIKey(.init(name: "reader", scopes: [.eventRead]))
            let reader = clients.management(created.data.token)
            let events = try await reader.listEvents()
            // Newest first: the key just made, then the bootstrap admin key, then the first signing key.
            #expect(events.data.map(\.eventType) == ["api_key.created", "api_key.created", "signing_key.created"])
            let newest = try #require(events.data.first)
            #expect(newest.sequence == 3)
            #expect(newest.resourceType == "api_key" && newest.resourceID == created.data.apiKey.id)
            #expect(newest.actorType == .apiKey)
            // Names are free text and never recorded; the key's prefix and scopes are.
            #expect(newest.metadata["name"] == nil && newest.metadata["key_prefix"] == .string(created.data.apiKey.keyPrefix))
            #expect(newest.metadata["scopes"] == ["event:read"])
            #expect(!String(decoding: try LocksmithJSON.encodeData(events.data), as: UTF8.self).contains(created.data.token))
            #expect(events.data[1].actorType == .system)

            let filtered = try await reader.listEvents(eventType: "signing_key.created")
            #expect(filtered.data.map(\.sequence) == [1])
            let byActor = try await reader.listEvents(actorType: .apiKey)
            #expect(byActor.data.map(\.sequence) == [3])
            let page = try await reader.listEvents(limit: 2)
            #expect(page.data.map(\.sequence) == [3, 2] && page.pageInfo.nextCursor == 2)
            let rest = try await reader.listEvents(cursor: 2, limit: 2)
            #expect(rest.data.map(\.sequence) == [1] && rest.pageInfo.nextCursor == nil)
            await expectAPIError(.invalidQuery, status: 400) { _ = try await reader.listEvents(cursor: 0) }
        }
    }

    @Test(arguments: TestBackend.available)
    func verifyDetectsAlteredEvents(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let database = server.services.database
        for index in 0..<5 {
            _ = try await Admin.createAPIKey(server.services, name: "key \(index)", scopes: [.productRead])
        }
        #expect(try await AuditLog.verify(database, batchSize: 3) == .intact(count: 7))

        // Change what an event says, directly in the database.
        try await database.write(.defaultAccount) { connection in
            try connection.execute("UPDATE audit_events SET metadata = $1 WHERE sequence = 4", [.text(#"{"name":"someone else"}"#)])
        }
        #expect(try await AuditLog.verify(database, batchSize: 3) == .broken(sequence: 4, reason: "its contents do not match its hash (the event was altered)"))
        await server.stop()
    }

    @Test(arguments: TestBackend.available)
    func verifyDetectsRemovedEvents(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let database = server.services.database
        for index in 0..<3 {
            _ = try await Admin.createAPIKey(server.services, name: "key \(index)", scopes: [.productRead])
        }
        try await database.write(.defaultAccount) { connection in try connection.execute("DELETE FROM audit_events WHERE sequence = 3", []) }
        let gap = try await AuditLog.verify(database)
        guard case .broken(3, let reason) = gap else { Issue.record("expected a break at 3, got \(gap)"); return }
        #expect(reason.contains("missing"))

        try await database.write(.defaultAccount) { connection in try connection.execute("DELETE FROM audit_events WHERE sequence >= 3", []) }
        let truncated = try await AuditLog.verify(database)
        guard case .broken(3, let tail) = truncated else { Issue.record("expected a break at 3, got \(truncated)"); return }
        #expect(tail.contains("chain head"))
        await server.stop()
    }

    @Test(arguments: TestBackend.available)
    func concurrentAppendsKeepTheChainContiguous(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask { _ = try await Admin.createAPIKey(server.services, name: "parallel \(index)", scopes: [.opsRead]) }
            }
            try await group.waitForAll()
        }
        #expect(try await AuditLog.verify(server.services.database) == .intact(count: 42))
        await server.stop()
    }
}
