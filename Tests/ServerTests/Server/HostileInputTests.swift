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

/// Input that tries to break the server rather than use it: NUL characters anywhere, control characters in names,
/// nesting, repeated keys, numbers beyond 64 bits, bodies that are not UTF-8, lists and strings beyond their caps,
/// odd path ids and cursors. Each is a 4xx naming where, on both backends, before anything is written.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var body: [UInt8]?
        var status: Int
        var code: String
        var field: String?

        init(_ method: HTTPRequest.Method, _ path: String, _ body: String? = nil, _ status: Int, _ code: String, _ field: String?) {
            self.init(method, path, bytes: body.map { Array($0.utf8) }, status, code, field)
        }

        init(_ method: HTTPRequest.Method, _ path: String, bytes: [UInt8]?, _ status: Int, _ code: String, _ field: String?) {
            self.method = method
            self.path = path
            self.body = bytes
            self.status = status
            self.code = code
            self.field = field
        }

        var description: String { "\(method) \(path.prefix(120)) \(String(decoding: (body ?? []).prefix(120), as: UTF8.self))" }
    }

    /// `item` `count` times, comma-separated.
    static func repeated(_ item: String, _ count: Int) -> String {
        Array(repeating: item, count: count).joined(separator: ",")
    }

    /// Arrays and objects nested `depth` levels deep, as the value of `metadata` (the body object is one more level).
    static func nested(_ depth: Int) -> String {
        String(repeating: #"{"a":"#, count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
    }

    @Test(arguments: TestBackend.available)
    func hostileRequestsAreRefusedNamingWhereAndWriteNothing(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.makeProduct("app")
            let field = try await clients.admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .customer, code: "notes", name: "Notes", valueType: .string)).data
            let customer = try await clients.admin.createCustomer(.init(name: "Acme", code: "acme")).data
            let products = "/api/v1/products", productPath = "\(products)/\(product.id)"
            let orders = "\(productPath)/orders"
            let value = "/api/v1/customers/\(customer.id)/custom-fields/\(field.id)"
            func json(_ method: HTTPRequest.Method, _ path: String, _ body: String, _ field: String?) -> Case {
                Case(method, path, body, 400, "INVALID_JSON", field)
            }
            func query(_ method: HTTPRequest.Method, _ path: String, _ field: String, body: String? = nil) -> Case {
                Case(method, path, body, 400, "INVALID_QUERY", field)
            }
            func invalid(_ method: HTTPRequest.Method, _ path: String, _ body: String, _ field: String) -> Case {
                Case(method, path, body, 422, "VALIDATION_FAILED", field)
            }
            let ref = #""external_system":"stripe","status":"paid""#
            let utf16 = Array(#"{"name":"x","code":"utf16"}"#.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            let cases: [Case] = [
                // NUL, anywhere in a body: values, nested values, array items, keys.
                json(.post, products, #"{"name":"a\u0000b","code":"x"}"#, "name"),
                json(.post, products, #"{"name":"x","code":"x","metadata":{"note":{"deep":["ok","\u0000"]}}}"#, "metadata.note.deep[1]"),
                json(.post, products, #"{"name":"x","code":"x","metadata":{"k\u0000":1}}"#, "metadata"),
                json(.patch, productPath, #"{"name":"\u0000"}"#, "name"),
                json(.put, value, #"{"string_value":"line\u0000"}"#, "string_value"),
                json(.post, orders, #"{\#(ref),"external_id":"in\u0000"}"#, "external_id"),
                // NUL in a path parameter or a query value.
                query(.get, "\(products)/prod%00", "id"),
                query(.patch, "\(products)/%00", "id", body: #"{"name":"x"}"#),
                query(.delete, "\(products)/prod_x%00", "id"),
                query(.get, "\(products)?cursor=%00", "cursor"),
                query(.get, "/api/v1/licenses?product_id=a%00b", "product_id"),
                query(.get, "/api/v1/activities?action=%00", "action"),
                // Control characters in names, codes and external references: 422 naming the field.
                invalid(.post, products, #"{"name":"a\u0001b","code":"x"}"#, "name"),
                invalid(.post, products, #"{"name":"two\nlines","code":"x"}"#, "name"),
                invalid(.post, products, #"{"name":"\t","code":"x"}"#, "name"),
                invalid(.post, products, #"{"name":"del\u007f","code":"x"}"#, "name"),
                invalid(.post, products, #"{"name":"c1\u0085","code":"x"}"#, "name"),
                invalid(.post, products, #"{"name":"x","code":"a\u0007"}"#, "code"),
                invalid(.post, "/api/v1/customers", #"{"name":"Acme\r\nCorp","code":"acme2"}"#, "name"),
                invalid(.post, orders, #"{\#(ref),"external_id":"in\n1"}"#, "external_id"),
                invalid(.post, "\(productPath)/custom-fields",
                        #"{"resource_type":"license","code":"c","name":"C","value_type":"enum","enum_options":["a","b\u001b"]}"#, "enum_options[1]"),
                // Lists and strings beyond their caps: 100 CIDRs, 200 options, 4096 characters in a string value.
                invalid(.post, "/api/v1/api-keys", #"{"name":"k","allowed_cidrs":[\#(Self.repeated(#""10.0.0.0/8""#, 10_000))]}"#, "allowed_cidrs"),
                invalid(.post, "\(productPath)/custom-fields",
                        #"{"resource_type":"license","code":"many","name":"M","value_type":"enum","enum_options":[\#((0..<10_000).map { "\"o\($0)\"" }.joined(separator: ","))]}"#,
                        "enum_options"),
                invalid(.put, value, #"{"string_value":"\#(String(repeating: "x", count: 1_000_000))"}"#, "string_value"),
                // Nesting: 64 levels pass the check (and fail elsewhere), 65 and far deeper are refused before decoding.
                json(.post, products, #"{"name":"x","code":"x","metadata":\#(Self.nested(64))}"#, "metadata" + String(repeating: ".a", count: 63)),
                json(.post, products, String(repeating: "[", count: 100_000), String(repeating: "[0]", count: 64)),
                json(.post, products, #"{"name":"x","code":"x","metadata":{"a":\#(String(repeating: "[", count: 50_000))}}"#, "metadata.a" + String(repeating: "[0]", count: 62)),
                // Repeated keys, at the top and further down.
                json(.post, products, #"{"name":"a","code":"x","name":"b"}"#, "name"),
                json(.post, products, #"{"name":"a","code":"x","metadata":{"k":1,"j":2,"k":3}}"#, "metadata.k"),
                // Integers beyond 64 bits, named.
                json(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"trial","max_activations":99999999999999999999}"#, "max_activations"),
                json(.put, "/api/v1/customers/\(customer.id)/custom-fields/\(field.id)", #"{"integer_value":-9223372036854775809}"#, "integer_value"),
                // Not UTF-8, or not UTF-8 JSON.
                Case(.post, products, bytes: Array(#"{"name":""#.utf8) + [0xFF, 0xFE] + Array(#"","code":"x"}"#.utf8), 400, "INVALID_JSON", nil),
                Case(.post, products, bytes: utf16, 400, "INVALID_JSON", nil),
                // An escaped lone surrogate cannot be held by any string.
                json(.post, products, #"{"name":"\ud800","code":"x"}"#, "name"),
            ]
            let before = try await Self.counts(server)
            for item in cases {
                var headers: HTTPFields = [.authorization: "Bearer \(TestServer.adminToken)"]
                if item.body != nil { headers[.contentType] = "application/json" }
                let response = try await clients.client.executeRequest(
                    uri: item.path, method: item.method, headers: headers, body: item.body.map { ByteBuffer(bytes: $0) })
                #expect(Int(response.status.code) == item.status, "\(item): \(response.text.prefix(300))")
                #expect(response.errorEnvelope?.error.code == item.code, "\(item): \(response.text.prefix(300))")
                #expect(response.errorEnvelope?.error.detail == item.field, "\(item): \(response.text.prefix(300))")
            }
            #expect(try await Self.counts(server) == before)
            try await server.expectAuditChainIntact()
        }
    }

    /// Free text keeps its line breaks; the deepest nesting allowed is accepted.
    @Test(arguments: TestBackend.available)
    func freeTextMayHoldLineBreaksAndSixtyFourLevelsAreAccepted(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.makeProduct("app", metadata: ["note": "first line\nsecond line\ttabbed"])
            #expect(product.metadata["note"] == "first line\nsecond line\ttabbed")
            let field = try await clients.admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .customer, code: "notes", name: "Notes", valueType: .string)).data
            let customer = try await clients.admin.createCustomer(.init(name: "  Acme  ", code: "acme")).data
            #expect(customer.name == "Acme")
            let stored = try await clients.admin.upsertCustomerCustomFieldValue(
                id: customer.id, fieldID: field.id, .init(stringValue: "line 1\r\nline 2"))?.data
            #expect(stored?.stringValue == "line 1\r\nline 2")
            let deepest = try await clients.adminJSON(.post, "/api/v1/products", #"{"name":"deep","code":"deep","metadata":\#(Self.nested(63))}"#)
            #expect(deepest.status == .created, "\(deepest.text.prefix(300))")
        }
    }

    /// Path ids the router decodes: traversal, encoded slashes, very long ids. Never a 500.
    @Test(arguments: TestBackend.available)
    func oddPathIdsAreNotFound(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.makeProduct("app")
            let long = String(repeating: "x", count: 10_240)
            for path in [
                "/api/v1/products/%2e%2e", "/api/v1/products/..%2f..%2fapi-keys", "/api/v1/products/%2F", "/api/v1/products/%ff%fe",
                "/api/v1/products/\(long)", "/api/v1/products/\(product.id)%20", "/api/v1/policies/%25", "/api/v1/customers/%E2%80%AE",
                "/api/v1/products/\(long)/policies",
            ] {
                let response = try await clients.adminJSON(.get, path)
                #expect(response.status == .notFound, "\(path.prefix(80)): \(response.status) \(response.text.prefix(200))")
                #expect(response.errorEnvelope?.error.code == "NOT_FOUND", "\(path.prefix(80))")
            }
        }
    }

    /// One rule for every list: a cursor no list returned is 400 INVALID_QUERY naming `cursor`.
    @Test(arguments: TestBackend.available)
    func garbageCursorsAreRefusedByEveryList(backend: TestBackend) async throws {
        let server = try await TestServer.start(
            backend, limitsOff: "over a hundred list requests from one key as fast as they go; the cursor rule is what is checked")
        try await server.run { clients in
            let product = try await clients.makeProduct("app")
            let customer = try await clients.admin.createCustomer(.init(name: "Acme", code: "acme")).data
            let policy = try await clients.admin.createPolicy(id: product.id, .init(name: "P", code: "p", licenseType: .perpetual)).data
            let license = try await clients.admin.createLicense(.init(productID: product.id, policyID: policy.id)).data.license
            let lists = [
                "/api/v1/api-keys", "/api/v1/products", "/api/v1/products/\(product.id)/policies", "/api/v1/products/\(product.id)/features",
                "/api/v1/products/\(product.id)/versions", "/api/v1/products/\(product.id)/custom-fields", "/api/v1/customers",
                "/api/v1/customers/\(customer.id)/custom-fields", "/api/v1/products/\(product.id)/orders",
                "/api/v1/products/\(product.id)/subscriptions", "/api/v1/licenses", "/api/v1/licenses/\(license.id)/features",
                "/api/v1/licenses/\(license.id)/custom-fields", "/api/v1/activities", "/api/v1/events", "/api/v1/system/public-keys",
            ]
            for list in lists {
                for cursor in ["garbage", "%27%20OR%201%3D1--", "prod_", String(repeating: "z", count: 300), "-1", "1.2.3"] {
                    let response = try await clients.adminJSON(.get, "\(list)?cursor=\(cursor)")
                    #expect(response.status == .badRequest, "\(list) cursor=\(cursor.prefix(40)): \(response.status) \(response.text.prefix(200))")
                    #expect(response.errorEnvelope?.error.code == "INVALID_QUERY", "\(list)")
                    #expect(response.errorEnvelope?.error.detail == "cursor", "\(list) cursor=\(cursor.prefix(40))")
                }
                // A cursor of the right form is a position, not an error.
                let page = try await clients.adminJSON(.get, "\(list)?limit=1")
                #expect(page.status == .ok, "\(list): \(page.text.prefix(200))")
            }
        }
    }

    static func counts(_ server: TestServer) async throws -> [String: Int] {
        try await server.services.database.read(.defaultAccount) { connection in
            var counts: [String: Int] = [:]
            for table in ["api_keys", "products", "policies", "customers", "custom_field_definitions", "custom_field_values", "orders", "audit_events"] {
                counts[table] = try connection.queryOne("SELECT COUNT(*) AS n FROM \(table)", [])?.int("n")
            }
            return counts
        }
    }
}
