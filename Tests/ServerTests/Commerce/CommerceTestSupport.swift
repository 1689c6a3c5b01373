import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import Testing

/// Row counts of everything the customer and commerce operations write, and of the audit log.
struct CommerceCounts: Equatable, CustomStringConvertible {
    var customers: Int
    var customFieldValues: Int
    var orders: Int
    var subscriptions: Int
    var auditEvents: Int

    static func read(_ server: TestServer) async throws -> CommerceCounts {
        try await server.services.database.read(.defaultAccount) { connection in
            func count(_ table: String) throws -> Int {
                try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])!.int("n")
            }
            return CommerceCounts(
                customers: try count("customers"), customFieldValues: try count("custom_field_values"), orders: try count("orders"),
                subscriptions: try count("subscriptions"), auditEvents: try count("audit_events"))
        }
    }

    var description: String {
        "customers \(customers), values \(customFieldValues), orders \(orders), subscriptions \(subscriptions), audit \(auditEvents)"
    }
}

extension Clients {
    /// A new product; returns its id.
    func product(_ code: String = "app") async throws -> String {
        try await admin.createProduct(.init(name: "Product \(code)", code: code)).data.id
    }

    /// A new custom-field definition on `productID`; returns its id.
    func customField(
        on productID: String, _ code: String, _ valueType: CustomFieldValueType, for resourceType: CustomFieldResourceType = .customer,
        required: Bool = false, options: [String]? = nil
    ) async throws -> String {
        try await admin.createProductCustomFieldDefinition(
            id: productID,
            .init(resourceType: resourceType, code: code, name: "Field \(code)", valueType: valueType, isRequired: required, enumOptions: options)
        ).data.id
    }

    func customer(_ code: String, email: String? = nil) async throws -> Customer {
        try await admin.createCustomer(.init(name: "Customer \(code)", code: code, email: email)).data
    }
}

/// A fixed instant, so that periods and dates in tests compare exactly.
func instant(_ text: String) -> Date {
    RFC3339.date(from: text)!
}
