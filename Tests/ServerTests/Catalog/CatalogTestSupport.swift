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
        try await services.database.read(.defaultAccount) { connection in
            var counts: [String: Int] = [:]
            for table in ["products", "policies", "features", "product_versions", "custom_field_definitions", "audit_events"] {
                counts[table] = try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])?.int("n")
            }
            return counts
        }
    }
}

extension Clients {
    func makeProduct(_ code: String = "desktop-app", metadata: [String: JSONValue]? = nil) async throws -> Product {
        try await admin.createProduct(.init(name: "Product \(code)", code: code, metadata: metadata)).data
    }
}
