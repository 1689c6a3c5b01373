import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import Testing

extension TestServer {
    /// Rows in every catalog table and in the audit chain: a refused request must leave all of them as they were.
    func catalogCounts() async throws -> [String: Int] {
        try await services.database.read { connection in
            var counts: [String: Int] = [:]
            for table in ["products", "policies", "features", "product_versions", "custom_field_definitions", "audit_events"] {
                counts[table] = try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])?.int("n")
            }
            return counts
        }
    }

    /// Fails the test unless every audit event still hashes and links correctly.
    func expectAuditChainIntact(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let verification = try await AuditLog.verify(services.database)
        guard case .intact = verification else {
            Issue.record("audit chain: \(verification)", sourceLocation: sourceLocation)
            return
        }
    }
}

extension Clients {
    /// A request with a hand-written JSON body, as the admin: for input the SDK's types cannot express.
    func adminJSON(_ method: HTTPRequest.Method, _ path: String, _ body: String? = nil) async throws -> TestResponse {
        try await raw(method, path, headers: [.authorization: "Bearer \(TestServer.adminToken)", .contentType: "application/json"], body: body)
    }

    func makeProduct(_ code: String = "desktop-app", metadata: [String: JSONValue]? = nil) async throws -> Product {
        try await admin.createProduct(.init(name: "Product \(code)", code: code, metadata: metadata)).data
    }

    /// The audit events of one type, newest first.
    func events(_ eventType: String) async throws -> [Event] {
        try await admin.listEvents(limit: 200, eventType: eventType).data
    }
}

/// Follows `next_cursor` from the first page to the last; returns every item and the number of pages.
func walkPages<Item: Sendable>(
    _ page: (String?) async throws -> ListResponse<Item, PageInfo>
) async throws -> (items: [Item], pages: Int) {
    var items: [Item] = []
    var pages = 0
    var cursor: String? = nil
    repeat {
        let response = try await page(cursor)
        items += response.data
        pages += 1
        cursor = response.pageInfo.nextCursor
    } while cursor != nil
    return (items, pages)
}
