import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite struct ActivitiesTests {
    @Test(arguments: TestBackend.available)
    func theFeedIsNewestFirstFilteredAndPaged(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients, maxTransfers: 3)
            let admin = clients.admin
            let first = try await fixture.issue(clients).license
            let second = try await fixture.issue(clients, customer: false).license
            _ = try await admin.suspendLicense(id: first.id)
            _ = try await admin.transferLicense(id: second.id, idempotencyKey: "t", .init(customerID: fixture.customer.id))

            let all = try await admin.listActivities(limit: 200).data
            #expect(all.map(\.action) == ["license.transfer", "license.suspend", "license.create", "license.create"])
            #expect(all.map(\.licenseID) == [second.id, first.id, second.id, first.id])
            #expect(all.allSatisfy { $0.source == .management && $0.resultClass == .success && $0.amount == 0 })
            // Filters combine; attribution is what it was at the time (the second license had no customer when issued).
            #expect(try await admin.listActivities(customerID: fixture.customer.id).data.map(\.action) == [
                "license.transfer", "license.suspend", "license.create",
            ])
            #expect(try await admin.listActivities(licenseID: first.id, action: "license.suspend").data.count == 1)
            #expect(try await admin.listActivities(source: .runtime).data.isEmpty)
            #expect(try await admin.listActivities(productID: fixture.product.id, resultClass: .success).data.count == 4)

            let walked = try await walkPages { cursor in try await admin.listActivities(limit: 3, cursor: cursor) }
            #expect(walked.items.map(\.id) == all.map(\.id) && walked.pages == 2)

            // The window: ending before everything shows nothing; a window ending before it starts is refused.
            let past = Date().addingTimeInterval(-3600)
            #expect(try await admin.listActivities(to: past).data.isEmpty)
            let backwards = await expectAPIError(.invalidQuery, status: 400) {
                _ = try await admin.listActivities(from: Date(), to: past)
            }
            #expect(backwards?.detail == "to")
            let garbage = await expectAPIError(.invalidQuery, status: 400) { _ = try await admin.listActivities(cursor: "not-a-cursor") }
            #expect(garbage?.detail == "cursor")
        }
    }

    @Test(arguments: TestBackend.available)
    func readingTheFeedNeedsReportRead(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let reader = clients.management(try await clients.token(scopes: [.reportRead]))
            _ = try await reader.listActivities()
            let denied = clients.management(try await clients.token(scopes: [.licenseRead, .reportExport]))
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await denied.listActivities() }
        }
    }
}
