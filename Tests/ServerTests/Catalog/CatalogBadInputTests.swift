import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

@Suite struct CatalogBadInputTests {
    /// One refused request: what is sent, and the status, code and field the answer must name.
    struct Case: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var body: String?
        var status: Int
        var code: String
        var field: String?

        var description: String { "\(method) \(path) \(body ?? "")" }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsRefusedAndChangesNothing(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let product = try await clients.makeProduct("app")
            let policy = try await admin.createPolicy(id: product.id, .init(name: "Std", code: "std", licenseType: .perpetual)).data
            let field = try await admin.createProductCustomFieldDefinition(
                id: product.id, .init(resourceType: .license, code: "tier", name: "Tier", valueType: .enum, enumOptions: ["a"])).data
            _ = try await admin.createProductVersion(id: product.id, .init(version: "1.0.0"))
            _ = try await admin.createFeature(id: product.id, .init(name: "Sync", code: "sync"))

            let products = "/api/v1/products"
            let productPath = "\(products)/\(product.id)"
            let fieldPath = "\(productPath)/custom-fields/\(field.id)"
            let policyPath = "/api/v1/policies/\(policy.id)"
            let oversize = #"{"blob":""# + String(repeating: "x", count: 16 * 1024) + #""}"#
            func invalidJSON(_ method: HTTPRequest.Method, _ path: String, _ body: String, _ field: String?) -> Case {
                Case(method: method, path: path, body: body, status: 400, code: "INVALID_JSON", field: field)
            }
            func invalid(_ method: HTTPRequest.Method, _ path: String, _ body: String, _ field: String) -> Case {
                Case(method: method, path: path, body: body, status: 422, code: "VALIDATION_FAILED", field: field)
            }
            func missing(_ method: HTTPRequest.Method, _ path: String, _ body: String? = nil) -> Case {
                Case(method: method, path: path, body: body, status: 404, code: "NOT_FOUND", field: nil)
            }
            let cases: [Case] = [
                // Not JSON, wrong JSON types, missing and unknown fields.
                invalidJSON(.post, products, "{not json", nil),
                invalidJSON(.post, products, "", nil),
                invalidJSON(.post, products, #"["app"]"#, nil),
                invalidJSON(.post, products, #"{"name":"x","code":5}"#, "code"),
                invalidJSON(.post, products, #"{"name":"x"}"#, "code"),
                invalidJSON(.post, products, #"{"name":"x","code":"x","colour":"red"}"#, "colour"),
                invalidJSON(.post, products, #"{"name":"x","code":"x","metadata":[1]}"#, "metadata"),
                invalidJSON(.patch, productPath, #"{"id":"prod_other"}"#, "id"),
                invalidJSON(.patch, productPath, #"{"name":["x"]}"#, "name"),
                // Foundation on Linux reports a fraction where an integer belongs without the field's path.
                invalidJSON(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"trial","max_activations":1.5}"#, nil),
                invalidJSON(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"trial","allow_vm":"yes"}"#, "allow_vm"),
                invalidJSON(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"trial","max_seats":3}"#, "max_seats"),
                invalidJSON(.patch, policyPath, #"{"max_floating_users":"10"}"#, "max_floating_users"),
                invalidJSON(.patch, policyPath, #"{"product_id":"prod_other"}"#, "product_id"),
                invalidJSON(.post, "\(productPath)/features", #"{"name":"f","code":"f","enabled":true}"#, "enabled"),
                invalidJSON(.post, "\(productPath)/versions", #"{"version":"1.1.0","released_at":"yesterday"}"#, "released_at"),
                invalidJSON(.post, "\(productPath)/versions", #"{"version":"1.1.0","released_at":"2026-02-30T00:00:00Z"}"#, "released_at"),
                invalidJSON(.post, "\(productPath)/versions", #"{"version":"1.1.0","released_at":"2026-01-01 10:00:00"}"#, "released_at"),
                invalidJSON(.post, "\(productPath)/versions", #"{"version":110}"#, "version"),
                invalidJSON(.post, "\(productPath)/custom-fields", #"{"resource_type":"license","code":"c","name":"C","value_type":"enum","enum_options":"a,b"}"#, "enum_options"),
                invalidJSON(.patch, fieldPath, #"{"value_type":"string"}"#, "value_type"),
                invalidJSON(.patch, fieldPath, #"{"is_required":"true"}"#, "is_required"),
                // Well-formed JSON that breaks the rules: codes, enums, sizes, formats.
                invalid(.post, products, #"{"name":"x","code":"Bad Code"}"#, "code"),
                invalid(.post, products, #"{"name":"x","code":"x","metadata":\#(oversize)}"#, "metadata"),
                invalid(.post, products, #"{"name":"","code":"x"}"#, "name"),
                invalid(.patch, productPath, #"{"code":"UPPER"}"#, "code"),
                invalid(.patch, productPath, #"{"metadata":\#(oversize)}"#, "metadata"),
                invalid(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"forever"}"#, "license_type"),
                invalid(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"trial","max_activations":-1}"#, "max_activations"),
                invalid(.post, "\(productPath)/policies", #"{"name":"p","code":"p","license_type":"trial","require_heartbeat":true}"#, "require_heartbeat"),
                invalid(.patch, policyPath, #"{"license_type":"lifetime"}"#, "license_type"),
                invalid(.patch, policyPath, #"{"validation_interval_minutes":0}"#, "validation_interval_minutes"),
                invalid(.post, "\(productPath)/features", #"{"name":"f","code":"Sync"}"#, "code"),
                invalid(.post, "\(productPath)/versions", #"{"version":"1.0"}"#, "version"),
                invalid(.post, "\(productPath)/versions", #"{"version":"../1.0.0"}"#, "version"),
                invalid(.post, "\(productPath)/custom-fields", #"{"resource_type":"order","code":"c","name":"C","value_type":"string"}"#, "resource_type"),
                invalid(.post, "\(productPath)/custom-fields", #"{"resource_type":"license","code":"c","name":"C","value_type":"float"}"#, "value_type"),
                invalid(.post, "\(productPath)/custom-fields", #"{"resource_type":"license","code":"c","name":"C","value_type":"enum"}"#, "enum_options"),
                invalid(.patch, fieldPath, #"{"enum_options":["a","a"]}"#, "enum_options[1]"),
                // Records that do not exist.
                missing(.get, "\(products)/prod_missing"),
                missing(.patch, "\(products)/prod_missing", #"{"name":"x"}"#),
                missing(.delete, "\(products)/prod_missing"),
                missing(.post, "\(products)/prod_missing/policies", #"{"name":"p","code":"p","license_type":"trial"}"#),
                missing(.post, "\(products)/prod_missing/versions", #"{"version":"1.0.0"}"#),
                missing(.get, "/api/v1/policies/pol_missing"),
                missing(.patch, "/api/v1/policies/pol_missing", #"{"name":"x"}"#),
                missing(.delete, "/api/v1/policies/pol_missing"),
                missing(.get, "/api/v1/features/feat_missing"),
                missing(.get, "\(productPath)/custom-fields/cfd_missing"),
                missing(.patch, "\(productPath)/custom-fields/cfd_missing", #"{"name":"x"}"#),
                missing(.delete, "\(productPath)/custom-fields/cfd_missing"),
            ]

            let before = try await server.catalogCounts()
            for item in cases {
                let response = try await clients.adminJSON(item.method, item.path, item.body)
                #expect(Int(response.status.code) == item.status, "\(item): \(response.text)")
                #expect(response.errorEnvelope?.error.code == item.code, "\(item)")
                if let field = item.field {
                    #expect(response.errorEnvelope?.error.detail == field, "\(item)")
                }
            }
            #expect(try await server.catalogCounts() == before)
            #expect(try await admin.getProduct(id: product.id).data == product)
            #expect(try await admin.getPolicy(id: policy.id).data == policy)
            #expect(try await admin.getProductCustomFieldDefinition(id: product.id, fieldID: field.id).data == field)
            try await server.expectAuditChainIntact()
        }
    }
}
