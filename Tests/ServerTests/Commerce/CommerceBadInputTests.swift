import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import Testing

/// Malformed and invalid requests to every customer and commerce mutation: each gets its documented 4xx
/// naming the field, and nothing is written (no row, no audit event).
@Suite struct CommerceBadInputTests {
    @Test(arguments: TestBackend.available)
    func badInputIsRefusedAndChangesNothing(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let product = try await clients.product()
            let customer = try await clients.customer("acme")
            let seats = try await clients.customField(on: product, "seats", .integer)
            let order = try await clients.admin.createOrder(id: product, .init(
                externalSystem: "stripe", externalID: "in_1", status: .paid,
                periodStart: instant("2026-01-01T00:00:00Z"), periodEnd: instant("2026-02-01T00:00:00Z"))).data
            let subscription = try await clients.admin.createSubscription(id: product, .init(
                externalSystem: "stripe", externalID: "sub_1", status: .active,
                currentPeriodStart: instant("2026-01-01T00:00:00Z"), currentPeriodEnd: instant("2026-02-01T00:00:00Z"))).data
            let before = try await CommerceCounts.read(server)

            let oversized = #"{"blob":"\#(String(repeating: "x", count: 16 * 1024))"}"#
            let ref = #""external_system":"stripe","external_id":"in_9""#
            let period = #""current_period_start":"2026-01-01T00:00:00Z","current_period_end":"2026-02-01T00:00:00Z""#
            let customers = "/api/v1/customers", orders = "/api/v1/products/\(product)/orders"
            let subscriptions = "/api/v1/products/\(product)/subscriptions"
            let field = "/api/v1/customers/\(customer.id)/custom-fields/\(seats)"
            let cases: [(HTTPRequest.Method, String, String, HTTPResponse.Status, String, String?)] = [
                (.post, customers, #"not json"#, .badRequest, "INVALID_JSON", nil),
                (.post, customers, #"{"name":5,"code":"x"}"#, .badRequest, "INVALID_JSON", "name"),
                (.post, customers, #"{"name":"A"}"#, .badRequest, "INVALID_JSON", "code"),
                (.post, customers, #"{"name":"A","code":"a","role":"vip"}"#, .badRequest, "INVALID_JSON", "role"),
                (.post, customers, #"{"name":"A","code":"a","metadata":[1]}"#, .badRequest, "INVALID_JSON", "metadata"),
                (.post, customers, #"{"name":"A","code":"Not A Code"}"#, .unprocessableContent, "VALIDATION_FAILED", "code"),
                (.post, customers, #"{"name":"A","code":"\#(String(repeating: "a", count: 65))"}"#, .unprocessableContent, "VALIDATION_FAILED", "code"),
                (.post, customers, #"{"name":"  ","code":"a"}"#, .unprocessableContent, "VALIDATION_FAILED", "name"),
                (.post, customers, #"{"name":"A","code":"a","email":"not-an-address"}"#, .unprocessableContent, "VALIDATION_FAILED", "email"),
                (.post, customers, #"{"name":"A","code":"a","metadata":\#(oversized)}"#, .unprocessableContent, "VALIDATION_FAILED", "metadata"),
                (.patch, "\(customers)/\(customer.id)", #"{"email":5}"#, .badRequest, "INVALID_JSON", "email"),
                (.patch, "\(customers)/\(customer.id)", #"{"nickname":"x"}"#, .badRequest, "INVALID_JSON", "nickname"),
                (.patch, "\(customers)/\(customer.id)", #"{"code":"ACME"}"#, .unprocessableContent, "VALIDATION_FAILED", "code"),
                (.patch, "\(customers)/\(customer.id)", #"{"email":""}"#, .unprocessableContent, "VALIDATION_FAILED", "email"),
                (.patch, "\(customers)/\(customer.id)", #"{"metadata":\#(oversized)}"#, .unprocessableContent, "VALIDATION_FAILED", "metadata"),

                (.put, field, #"{"integer_value":"5"}"#, .badRequest, "INVALID_JSON", "integer_value"),
                (.put, field, #"{"integer_value":true}"#, .badRequest, "INVALID_JSON", "integer_value"),
                (.put, field, #"{"datetime_value":"yesterday"}"#, .badRequest, "INVALID_JSON", "datetime_value"),
                (.put, field, #"{"value":5}"#, .badRequest, "INVALID_JSON", "value"),
                (.put, field, #"{"string_value":"5"}"#, .unprocessableContent, "VALIDATION_FAILED", "string_value"),
                (.put, field, #"{"integer_value":5,"boolean_value":true}"#, .unprocessableContent, "VALIDATION_FAILED", "boolean_value"),

                (.post, orders, #"{\#(ref),"status":"shipped"}"#, .unprocessableContent, "VALIDATION_FAILED", "status"),
                (.post, orders, #"{\#(ref),"status":"paid","amount":5}"#, .badRequest, "INVALID_JSON", "amount"),
                (.post, orders, #"{"external_system":"stripe","external_id":7,"status":"paid"}"#, .badRequest, "INVALID_JSON", "external_id"),
                (.post, orders, #"{"external_system":"stripe","external_id":"","status":"paid"}"#, .unprocessableContent, "VALIDATION_FAILED", "external_id"),
                (.post, orders, #"{\#(ref),"status":"paid","period_start":"2026-13-01T00:00:00Z","period_end":"2026-02-01T00:00:00Z"}"#,
                 .badRequest, "INVALID_JSON", "period_start"),
                (.post, orders, #"{\#(ref),"status":"paid","period_start":"2026-02-01T00:00:00Z","period_end":"2026-01-01T00:00:00Z"}"#,
                 .unprocessableContent, "VALIDATION_FAILED", "period_end"),
                (.post, orders, #"{\#(ref),"status":"paid","period_end":"2026-01-01T00:00:00Z"}"#, .unprocessableContent, "VALIDATION_FAILED", "period_start"),
                (.post, orders, #"{\#(ref),"status":"paid","metadata":\#(oversized)}"#, .unprocessableContent, "VALIDATION_FAILED", "metadata"),
                (.patch, "/api/v1/orders/\(order.id)", #"{"status":"lost"}"#, .unprocessableContent, "VALIDATION_FAILED", "status"),
                (.patch, "/api/v1/orders/\(order.id)", #"{"period_end":"2025-12-31T00:00:00Z"}"#, .unprocessableContent, "VALIDATION_FAILED", "period_end"),
                (.patch, "/api/v1/orders/\(order.id)", #"{"period_start":null}"#, .unprocessableContent, "VALIDATION_FAILED", "period_start"),
                (.patch, "/api/v1/orders/\(order.id)", #"{"customer_id":5}"#, .badRequest, "INVALID_JSON", "customer_id"),
                (.patch, "/api/v1/orders/\(order.id)", #"{"product_id":"prod_x"}"#, .badRequest, "INVALID_JSON", "product_id"),

                (.post, subscriptions, #"{"external_system":"stripe","external_id":"sub_9","status":"active","current_period_start":"2026-01-01T00:00:00Z"}"#,
                 .badRequest, "INVALID_JSON", "current_period_end"),
                (.post, subscriptions, #"{"external_system":"stripe","external_id":"sub_9","status":"expired",\#(period)}"#,
                 .unprocessableContent, "VALIDATION_FAILED", "status"),
                (.post, subscriptions, #"{"external_system":"stripe","external_id":"sub_9","status":"active","cancel_at_period_end":"yes",\#(period)}"#,
                 .badRequest, "INVALID_JSON", "cancel_at_period_end"),
                (.post, subscriptions, #"{"external_system":"stripe","external_id":"sub_9","status":"active","current_period_start":"2026-01-01","current_period_end":"2026-02-01T00:00:00Z"}"#,
                 .badRequest, "INVALID_JSON", "current_period_start"),
                (.patch, "/api/v1/subscriptions/\(subscription.id)", #"{"current_period_start":"2027-01-01T00:00:00Z"}"#,
                 .unprocessableContent, "VALIDATION_FAILED", "current_period_end"),
                (.patch, "/api/v1/subscriptions/\(subscription.id)", #"{"canceled_at":"2026-01-05T00:00:00Z"}"#,
                 .unprocessableContent, "VALIDATION_FAILED", "canceled_at"),
                (.patch, "/api/v1/subscriptions/\(subscription.id)", #"{"status":"unknown"}"#, .unprocessableContent, "VALIDATION_FAILED", "status"),
                (.patch, "/api/v1/subscriptions/\(subscription.id)", #"{"customer_id":"cus_missing"}"#,
                 .unprocessableContent, "VALIDATION_FAILED", "customer_id"),
            ]
            for (method, uri, body, status, code, detail) in cases {
                let response = try await clients.adminJSON(method, uri, body)
                #expect(response.status == status, "\(method) \(uri) \(body.prefix(120)): \(response.text.prefix(300))")
                #expect(response.errorEnvelope?.error.code == code, "\(body.prefix(120))")
                #expect(response.errorEnvelope?.error.detail == detail, "\(body.prefix(120))")
            }

            #expect(try await CommerceCounts.read(server) == before)
            #expect(try await clients.admin.getCustomer(id: customer.id).data == customer)
            #expect(try await clients.admin.getOrder(id: order.id).data == order)
            #expect(try await clients.admin.getSubscription(id: subscription.id).data == subscription)
            #expect(try await clients.admin.listCustomerCustomFieldValues(id: customer.id).data.isEmpty)
        }
    }
}
