import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// No value a client sends may stop the server or push a counter past 2^53 - 1 (what every JavaScript client reads
/// exactly): the largest values are refused with 422 naming the field, or 409 QUOTA_EXCEEDED against a quota, and
/// nothing is recorded. Each case once trapped the process (an overflowing `+`), which would fail the whole run.
@Suite struct CounterBoundsTests {
    static let bound: Int64 = 9_007_199_254_740_991

    @Test(arguments: TestBackend.available)
    func consumptionsNeverPassTheBound(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let unlimited = try await RuntimeFixture.make(clients, code: "unlimited", quota: nil)
            let metered = try await RuntimeFixture.make(clients, code: "metered", quota: 100)
            for fixture in [unlimited, metered] {
                _ = try await fixture.runtime(clients).activateLicense(idempotencyKey: "a", machine("fp"))
            }
            // Beyond the contract's maximum: refused before anything is read.
            for amount in ["9007199254740992", "9223372036854775807"] {
                for fixture in [unlimited, metered] {
                    let response = try await consume(clients, fixture, amount: amount, event: "huge-\(amount)")
                    #expect(response.status == .unprocessableContent && response.errorEnvelope?.error.detail == "amount", "\(response.text)")
                }
            }
            // Within it, but past the quota: the quota refuses, whatever the amount.
            let overQuota = try await consume(clients, metered, amount: String(Self.bound), event: "big")
            #expect(overQuota.status == .conflict && overQuota.errorEnvelope?.error.code == "QUOTA_EXCEEDED")

            // Without a quota, the counter may reach the bound and not one more.
            let runtime = unlimited.runtime(clients)
            let full = try await runtime.consumeLicense(idempotencyKey: "max", .init(fingerprint: "fp", featureCode: "export", amount: Self.bound, eventID: "max"))
            #expect(full.data.features.first?.consumed == Self.bound)
            let refused = await expectAPIError(.validationFailed, status: 422) {
                _ = try await runtime.consumeLicense(idempotencyKey: "one-more", .init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: "one-more"))
            }
            #expect(refused?.detail == "amount")
            #expect(try await clients.admin.getLicense(id: unlimited.license.id).data.totalConsumptions == Self.bound)
            #expect(try await clients.admin.listLicenseFeatures(id: unlimited.license.id).data.first?.totalConsumptions == Self.bound)
            #expect(try await consumptionEvents(server, unlimited) == ["max"])
            // The server is still answering, and the counter still reads exactly.
            #expect(try await runtime.validateLicense(machine("fp")).data.features.first?.consumed == Self.bound)
            let rows = try await runtimeActivities(server, clients).filter { $0.action == "license.consume" && $0.licenseID == unlimited.license.id }
            #expect(rows.filter { $0.resultClass == .success }.map(\.amount) == [Self.bound])
        }
    }

    /// Rows written before the bound existed may hold anything up to 2^63 - 1; arithmetic on them is checked too.
    @Test(arguments: TestBackend.available)
    func countersStoredBeyondTheBoundAreRefusedNotTrapped(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let metered = try await RuntimeFixture.make(clients, code: "metered", quota: 100)
            let runtime = metered.runtime(clients)
            _ = try await runtime.activateLicense(idempotencyKey: "a", machine("fp"))
            try await server.services.database.write(.defaultAccount) { connection in
                try connection.execute(
                    "UPDATE license_features SET max_consumptions = $1, total_consumptions = $2 WHERE license_id = $3",
                    [.integer(.max), .integer(.max - 1), .text(metered.license.id)])
                try connection.execute("UPDATE licenses SET total_consumptions = $1 WHERE id = $2", [.integer(.max - 1), .text(metered.license.id)])
            }
            await expectAPIError(.quotaExceeded, status: 409) {
                _ = try await runtime.consumeLicense(idempotencyKey: "c1", .init(fingerprint: "fp", featureCode: "export", amount: 5, eventID: "e1"))
            }
            let refused = await expectAPIError(.validationFailed, status: 422) {
                _ = try await runtime.consumeLicense(idempotencyKey: "c2", .init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: "e2"))
            }
            #expect(refused?.detail == "amount")
            #expect(try await clients.admin.getLicense(id: metered.license.id).data.totalConsumptions == .max - 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func managementAdjustmentsNeverPassTheBound(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients, quota: 10)
            let admin = clients.admin
            let other = try await admin.createFeature(id: fixture.product.id, .init(name: "Print", code: "print")).data
            _ = try await admin.assignLicenseFeature(id: fixture.license.id, .init(featureID: other.id))
            let path = "/api/v1/licenses/\(fixture.license.id)/usage/reset"

            for (body, field) in [
                (#"{"feature_code": "export", "add_credits": 9007199254740992}"#, "add_credits"),
                (#"{"feature_code": "export", "max_consumptions": 9223372036854775807}"#, "max_consumptions"),
                (#"{"feature_code": "export", "total_consumptions": 9007199254740992}"#, "total_consumptions"),
            ] {
                let response = try await clients.adminJSON(.post, path, body)
                #expect(response.status == .unprocessableContent && response.errorEnvelope?.error.detail == field, "\(body): \(response.text)")
            }
            let assign = try await clients.adminJSON(
                .post, "/api/v1/licenses/\(fixture.license.id)/features", #"{"feature_id": "\#(other.id)", "max_consumptions": 9007199254740992}"#)
            #expect(assign.status == .unprocessableContent && assign.errorEnvelope?.error.detail == "max_consumptions")

            // A quota at the bound takes no more credits.
            _ = try await admin.resetLicenseUsage(id: fixture.license.id, .init(featureCode: "export", maxConsumptions: Self.bound))
            let credits = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.resetLicenseUsage(id: fixture.license.id, .init(featureCode: "export", addCredits: 1))
            }
            #expect(credits?.detail == "add_credits")
            // Two counters that each fit, but whose sum (the license's total) would not: the second is refused whole.
            _ = try await admin.resetLicenseUsage(id: fixture.license.id, .init(featureCode: "export", totalConsumptions: Self.bound))
            let total = await expectAPIError(.validationFailed, status: 422) {
                _ = try await admin.resetLicenseUsage(id: fixture.license.id, .init(featureCode: "print", totalConsumptions: 1))
            }
            #expect(total?.detail == "total_consumptions")
            let features = try await admin.listLicenseFeatures(id: fixture.license.id).data
            #expect(features.map(\.totalConsumptions) == [Self.bound, 0])
            #expect(try await admin.getLicense(id: fixture.license.id).data.totalConsumptions == Self.bound)
            #expect(try await clients.events("license.usage_reset").count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func renewalsCustomValuesAndCursorsAreBounded(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let renew = "/api/v1/licenses/\(fixture.license.id)/renew"
            let tooMany = try await clients.raw(
                .post, renew,
                headers: [.authorization: "Bearer \(TestServer.adminToken)", .contentType: "application/json", HTTPField.Name("Idempotency-Key")!: "r1"],
                body: #"{"extend_by_days": 36501}"#)
            #expect(tooMany.status == .unprocessableContent && tooMany.errorEnvelope?.error.detail == "extend_by_days")

            // An expiry near the end of what RFC 3339 can write takes no extension past it.
            _ = try await clients.admin.renewLicense(
                id: fixture.license.id, idempotencyKey: "r2", .init(expiresAt: RFC3339.date(from: "9999-06-01T00:00:00Z")))
            let past = await expectAPIError(.validationFailed, status: 422) {
                _ = try await clients.admin.renewLicense(id: fixture.license.id, idempotencyKey: "r3", .init(extendByDays: 365))
            }
            #expect(past?.detail == "extend_by_days")
            #expect(try await clients.admin.getLicense(id: fixture.license.id).data.expiresAt == RFC3339.date(from: "9999-06-01T00:00:00Z"))

            let definition = try await clients.admin.createProductCustomFieldDefinition(
                id: fixture.product.id, .init(resourceType: .license, code: "seats", name: "Seats", valueType: .integer)).data
            let field = "/api/v1/licenses/\(fixture.license.id)/custom-fields/\(definition.id)"
            for value in ["9007199254740992", "-9007199254740992"] {
                let response = try await clients.adminJSON(.put, field, #"{"integer_value": \#(value)}"#)
                #expect(response.status == .unprocessableContent && response.errorEnvelope?.error.detail == "integer_value", "\(response.text)")
            }
            _ = try await clients.admin.upsertLicenseCustomFieldValue(id: fixture.license.id, fieldID: definition.id, .init(integerValue: -Self.bound))

            let cursor = try await clients.adminJSON(.get, "/api/v1/events?cursor=9007199254740992")
            #expect(cursor.status == .badRequest && cursor.errorEnvelope?.error.code == "INVALID_QUERY")
            #expect(try await clients.adminJSON(.get, "/api/v1/events?cursor=9007199254740991").status == .ok)
        }
    }

    private func consume(_ clients: Clients, _ fixture: RuntimeFixture, amount: String, event: String) async throws -> TestResponse {
        try await clients.raw(
            .post, "/api/v1/license/consume",
            headers: [.authorization: "License \(fixture.key)", .contentType: "application/json", HTTPField.Name("Idempotency-Key")!: event],
            body: #"{"fingerprint": "fp", "feature_code": "export", "amount": \#(amount), "event_id": "\#(event)"}"#)
    }

    private func consumptionEvents(_ server: TestServer, _ fixture: RuntimeFixture) async throws -> [String] {
        try await server.services.database.read(.defaultAccount) { connection in
            try connection.query("SELECT event_id FROM consumption_events WHERE license_id = $1 ORDER BY event_id", [.text(fixture.license.id)])
                .map { try $0.string("event_id") }
        }
    }
}
