import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import LocksmithStorage
import LocksmithTestSupport
import Testing

/// Renewals, and through them the idempotency component every `Idempotency-Key` operation shares.
@Suite struct LicenseRenewalTests {
    @Test(arguments: TestBackend.available)
    func renewalsExtendFromTheLaterOfNowAndTheExpiry(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let admin = clients.admin
            let license = try await fixture.issue(clients, expiringIn: 10).license
            let expiry = try #require(license.expiresAt)
            let extended = try await admin.renewLicense(id: license.id, idempotencyKey: "renew-1", .init(extendByDays: 30, orderID: fixture.order.id)).data
            #expect(extended.expiresAt == expiry.addingTimeInterval(30 * 86_400) && extended.entitlementVersion == 2)
            // The renewal's order is recorded; the license's origin links are not rewritten.
            #expect(extended.orderID == nil)
            let row = try #require(try await clients.activities(license: license.id).first)
            #expect(row.action == "license.renew" && row.orderID == fixture.order.id && row.subscriptionID == fixture.subscription.id)
            let event = try #require(try await clients.events("license.renewed").first)
            #expect(event.metadata["renewal_order_id"] == .string(fixture.order.id))

            let target = Date().addingTimeInterval(400 * 86_400).wholeMillisecondsForTests
            let set = try await admin.renewLicense(id: license.id, idempotencyKey: "renew-2", .init(expiresAt: target)).data
            #expect(set.expiresAt == target)
            // A perpetual license does not expire, so it cannot be renewed.
            let perpetual = try await admin.createLicense(.init(productID: fixture.product.id, policyID: fixture.perpetual.id)).data.license
            let refused = await expectAPIError(.conflict, status: 409) {
                _ = try await admin.renewLicense(id: perpetual.id, idempotencyKey: "renew-3", .init(extendByDays: 1))
            }
            #expect(refused?.detail == "license_type")
        }
    }

    @Test(arguments: TestBackend.available)
    func aRetriedRenewalExtendsOnceAndReplaysTheFirstAnswer(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients, expiringIn: 10).license
            let path = "/api/v1/licenses/\(license.id)/renew"
            let first = try await clients.idempotent(path, key: "same-key", body: #"{"extend_by_days": 5}"#)
            #expect(first.status == .ok && first.headers[HTTPField.Name("Idempotent-Replayed")!] == nil)
            // The same request again, spaced differently: the first answer, byte for byte, and no second extension.
            let again = try await clients.idempotent(path, key: "same-key", body: #"{ "extend_by_days" : 5 }"#)
            #expect(again.status == .ok && again.text == first.text)
            #expect(again.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            let stored = try await clients.admin.getLicense(id: license.id).data
            #expect(stored.expiresAt == license.expiresAt!.addingTimeInterval(5 * 86_400) && stored.entitlementVersion == 2)
            #expect(try await clients.activities(license: license.id).filter { $0.action == "license.renew" }.count == 1)

            // The same key with another request is refused. Keys belong to the account: another API key of it that
            // retries the request gets the first answer, and may not reuse the key for another request either.
            let reused = try await clients.idempotent(path, key: "same-key", body: #"{"extend_by_days": 6}"#)
            #expect(reused.status == .conflict && reused.errorEnvelope?.error.code == "IDEMPOTENCY_KEY_REUSED")
            #expect(reused.errorEnvelope?.error.detail == "Idempotency-Key")
            let otherCaller = try await clients.token(scopes: [.licenseWrite])
            let retried = try await clients.idempotent(path, key: "same-key", body: #"{"extend_by_days": 5}"#, token: otherCaller)
            #expect(retried.status == .ok && retried.text == first.text && retried.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            let theirs = try await clients.idempotent(path, key: "same-key", body: #"{"extend_by_days": 6}"#, token: otherCaller)
            #expect(theirs.status == .conflict && theirs.errorEnvelope?.error.code == "IDEMPOTENCY_KEY_REUSED")
            #expect(try await clients.admin.getLicense(id: license.id).data.entitlementVersion == 2, "renewed once")

            // A refused request stores nothing: corrected, the same key runs.
            let invalid = try await clients.idempotent(path, key: "fix-me", body: #"{"extend_by_days": 1, "expires_at": "2030-01-01T00:00:00Z"}"#)
            #expect(invalid.status == .unprocessableContent)
            let corrected = try await clients.idempotent(path, key: "fix-me", body: #"{"extend_by_days": 1}"#)
            #expect(corrected.status == .ok && corrected.headers[HTTPField.Name("Idempotent-Replayed")!] == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func keysMustBeSentAndWellFormed(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients).license
            let path = "/api/v1/licenses/\(license.id)/renew"
            let before = try await LicensingCounts.read(server)
            for key in [nil, "", String(repeating: "k", count: 256), "has space", "tab\there"] as [String?] {
                let response = try await clients.idempotent(path, key: key, body: #"{"extend_by_days": 1}"#)
                #expect(response.status == .badRequest, "key \(String(describing: key))")
                #expect(response.errorEnvelope?.error.code == "IDEMPOTENCY_KEY_REQUIRED" && response.errorEnvelope?.error.detail == "Idempotency-Key")
            }
            #expect(try await clients.idempotent(path, key: String(repeating: "k", count: 255), body: #"{"extend_by_days": 1}"#).status == .ok)
            var after = try await LicensingCounts.read(server)
            after.auditEvents -= 1
            after.activities -= 1
            #expect(after == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentRenewalsNeverLoseAnExtension(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients, expiringIn: 10).license
            let renewals = 40
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<renewals {
                    group.addTask {
                        _ = try await clients.admin.renewLicense(id: license.id, idempotencyKey: "parallel-\(index)", .init(extendByDays: 1))
                    }
                }
                try await group.waitForAll()
            }
            let renewed = try await clients.admin.getLicense(id: license.id).data
            #expect(renewed.expiresAt == license.expiresAt!.addingTimeInterval(Double(renewals) * 86_400))
            #expect(renewed.entitlementVersion == Int64(1 + renewals))
            try await server.expectAuditChainIntact()
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentRequestsWithOneKeyRunOnce(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "twenty concurrent renewals under one key exercise idempotency, not limits")
        try await server.run { clients in
            let fixture = try await LicensingFixture.make(clients)
            let license = try await fixture.issue(clients, expiringIn: 10).license
            let path = "/api/v1/licenses/\(license.id)/renew"
            let answers = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        let response = try await clients.idempotent(path, key: "one-key", body: #"{"extend_by_days": 3}"#)
                        return (Int(response.status.code), response.text)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // Each either replays the one run's answer or is told that run is still in progress.
            let succeeded = answers.filter { $0.0 == 200 }
            #expect(!succeeded.isEmpty && Set(succeeded.map(\.1)).count == 1)
            #expect(answers.allSatisfy { $0.0 == 200 || ($0.0 == 409 && $0.1.contains("in progress")) })
            let renewed = try await clients.admin.getLicense(id: license.id).data
            #expect(renewed.expiresAt == license.expiresAt!.addingTimeInterval(3 * 86_400))
        }
    }
}
