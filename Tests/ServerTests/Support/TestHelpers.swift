import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import Testing

extension TestServer {
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

extension JSONValue {
    /// The members of an object, or nil for any other value.
    var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }
}

extension TenantScope {
    /// The default account's rows: where every test that does not create accounts keeps its data.
    static var defaultAccount: TenantScope { .account(AccountStore.defaultAccountID) }
}
