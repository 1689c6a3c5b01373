import Foundation
import LocksmithAPI
import LocksmithHandlers
import LocksmithSDK
import Testing

/// A fake API-keys area: lists two pages of keys and echoes what it is asked to create.
private struct FakeAPIKeys: APIKeysAPI {
    func listAPIKeys(_ input: Operations.ListAPIKeys.Input, context: String) async throws -> Operations.ListAPIKeys.Output {
        let page = input.cursor == nil ? 0 : 1
        let keys = (0..<(input.limit ?? 50)).map { index in
            APIKey(id: "key_\(page)_\(index)", name: context, keyPrefix: "lkm_abcd", scopes: [.productRead], allowedCIDRs: [],
                   isActive: true, createdAt: Date(timeIntervalSince1970: 1_767_225_600))
        }
        return .ok(data: keys, pageInfo: PageInfo(nextCursor: page == 0 ? "key_01JD3ZZZZZZZZZZZZZZZZZZZZZ" : nil))
    }

    func createAPIKey(_ input: Operations.CreateAPIKey.Input, context: String) async throws -> Operations.CreateAPIKey.Output {
        let body = input.body
        let key = APIKey(id: "key_new", name: body.name, keyPrefix: "lkm_wxyz", scopes: body.scopes ?? [.admin],
                         allowedCIDRs: body.allowedCIDRs ?? [], isActive: true, expiresAt: body.expiresAt,
                         createdAt: Date(timeIntervalSince1970: 1_767_225_600))
        return .created(APIKeyCreateResponse(apiKey: key, token: "lkm_secret"))
    }

    func getAPIKey(_ input: Operations.GetAPIKey.Input, context: String) async throws -> Operations.GetAPIKey.Output {
        throw APIError(.notFound, "no key \(input.id)")
    }

    func revokeAPIKey(_ input: Operations.RevokeAPIKey.Input, context: String) async throws -> Operations.RevokeAPIKey.Output {
        .noContent
    }
}

/// A fake runtime area: only validation answers; the rest is not part of these tests.
private struct FakeRuntime: RuntimeAPI {
    struct Unused: Error {}

    func validateLicense(_ input: Operations.ValidateLicense.Input, context: String) async throws -> Operations.ValidateLicense.Output {
        let issued = Date(timeIntervalSince1970: 1_767_225_600)
        return .ok(RuntimeEntitlementResponseData(
            licenseID: "lic_1", status: "active", licenseType: .subscription, entitlementVersion: 3, issuedAt: issued,
            nextCheckAt: issued.addingTimeInterval(3600), deviceID: input.body?.fingerprint ?? "none",
            features: [FeatureEntitlement(code: "export.pdf", enabled: true, quota: 10, consumed: 2, remaining: 8)]))
    }

    func activateLicense(_ input: Operations.ActivateLicense.Input, context: String) async throws -> Operations.ActivateLicense.Output { throw Unused() }
    func checkLicense(_ input: Operations.CheckLicense.Input, context: String) async throws -> Operations.CheckLicense.Output { throw Unused() }
    func consumeLicense(_ input: Operations.ConsumeLicense.Input, context: String) async throws -> Operations.ConsumeLicense.Output { throw Unused() }
    func deactivateLicense(_ input: Operations.DeactivateLicense.Input, context: String) async throws -> Operations.DeactivateLicense.Output { throw Unused() }
    func issueOfflineLicense(_ input: Operations.IssueOfflineLicense.Input, context: String) async throws -> Operations.IssueOfflineLicense.Output { throw Unused() }
    func checkoutFloatingLicense(_ input: Operations.CheckoutFloatingLicense.Input, context: String) async throws -> Operations.CheckoutFloatingLicense.Output { throw Unused() }
    func heartbeatFloatingLicense(_ input: Operations.HeartbeatFloatingLicense.Input, context: String) async throws -> Operations.HeartbeatFloatingLicense.Output { throw Unused() }
    func checkinFloatingLicense(_ input: Operations.CheckinFloatingLicense.Input, context: String) async throws -> Operations.CheckinFloatingLicense.Output { throw Unused() }
    func validateLicenseKey(_ input: Operations.ValidateLicenseKey.Input, context: String) async throws -> Operations.ValidateLicenseKey.Output { throw Unused() }
    func issueMachineFile(_ input: Operations.IssueMachineFile.Input, context: String) async throws -> Operations.IssueMachineFile.Output { throw Unused() }
    func issueLicenseToken(_ input: Operations.IssueLicenseToken.Input, context: String) async throws -> Operations.IssueLicenseToken.Output { throw Unused() }
}

/// Drives the generated clients through the generated dispatcher, in process: what a server built on the
/// dispatcher answers, and what clients make of it.
@Suite struct DispatcherTests {
    private static func server(databaseProblem: String? = nil, shuttingDown: Bool = false) -> InProcessServer {
        let probes = SystemHandlers<String>.Probes(
            databaseProblem: { databaseProblem },
            metrics: { "locksmith_up 1\n" },
            publicKeys: { _ in [PublicKey(kid: "k1", algorithm: "Ed25519", publicKey: "AAAA", status: .active, createdAt: Date(timeIntervalSince1970: 0))] },
            isShuttingDown: { shuttingDown })
        let handlers = Handlers<String>(apiKeys: FakeAPIKeys(), runtime: FakeRuntime(), system: SystemHandlers(probes: probes))
        return InProcessServer(dispatcher: Dispatcher(handlers: handlers))
    }

    private let management = ManagementClient(token: "lkm_test", transport: server().transport)

    private func expectAPIError(_ code: ErrorCode, status: Int, detail: String? = nil, _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("expected \(code)")
        } catch LocksmithError.api(let error) {
            #expect(error.code == code && error.status == status, "got \(error)")
            if let detail { #expect(error.detail == detail, "got \(error)") }
            #expect(error.requestID == "req_test")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func createReturnsTypedDataAndMeta() async throws {
        let expiry = Date(timeIntervalSince1970: 1_800_000_000)
        let created = try await management.createAPIKey(.init(name: "ci", scopes: [.licenseWrite], allowedCIDRs: ["10.0.0.0/8"], expiresAt: expiry))
        #expect(created.data.apiKey.scopes == [.licenseWrite])
        #expect(created.data.apiKey.allowedCIDRs == ["10.0.0.0/8"])
        #expect(created.data.apiKey.expiresAt == expiry)
        #expect(created.data.token == "lkm_secret")
        #expect(created.meta.requestID == "req_test")
    }

    @Test func listsCarryPageInfoAndQueryParameters() async throws {
        let first = try await management.listAPIKeys(limit: 3)
        #expect(first.data.map(\.id) == ["key_0_0", "key_0_1", "key_0_2"])
        #expect(first.data.first?.name == "test-context")
        let next = try #require(first.pageInfo.nextCursor)
        let second = try await management.listAPIKeys(limit: 2, cursor: next)
        #expect(second.data.map(\.id) == ["key_1_0", "key_1_1"])
        #expect(second.pageInfo.nextCursor == nil)
    }

    @Test func unknownBodyFieldIsInvalidJSONNamingTheField() async {
        let server = Self.server()
        let response = await server.handle(HTTPRequestParts(
            method: "POST", path: "/api/v1/api-keys", body: Data(#"{"name":"ci","scopez":["admin"]}"#.utf8)))
        #expect(response.status == 400)
        let error = try? LocksmithJSON.decode(ErrorEnvelope.self, from: response.body)
        #expect(error?.error.code == "INVALID_JSON")
        #expect(error?.error.detail == "scopez")
        #expect(error?.error.message == "field 'scopez': unknown field")
    }

    @Test(arguments: [
        (#"{"scopes":["admin"]}"#, "field 'name' is required", "name"),
        (#"{"name":7}"#, "field 'name' must be a string", "name"),
        (#"{"name":"ci","expires_at":"tomorrow"}"#, "field 'expires_at': expected an RFC 3339 date-time such as 2026-01-31T12:00:00Z", "expires_at"),
        (#"{"name":"ci","allowed_cidrs":[1]}"#, "field 'allowed_cidrs[0]' must be a string", "allowed_cidrs[0]"),
        (#"{"name":"ci","scopes":null}"#, "field 'scopes' must not be null", "scopes"),
        (#"{"name":"ci""#, "the request body is not valid JSON", nil),
        ("", "a JSON request body is required", nil),
    ])
    func malformedBodiesNameTheField(body: String, message: String, detail: String?) async {
        let response = await Self.server().handle(HTTPRequestParts(method: "POST", path: "/api/v1/api-keys", body: Data(body.utf8)))
        let error = try? LocksmithJSON.decode(ErrorEnvelope.self, from: response.body)
        #expect(response.status == 400)
        #expect(error?.error.code == "INVALID_JSON")
        #expect(error?.error.message == message)
        #expect(error?.error.detail == detail)
    }

    @Test func unknownEnumValueInARequestFailsValidation() async {
        await expectAPIError(.validationFailed, status: 422, detail: "scopes[0]") {
            _ = try await management.createAPIKey(.init(name: "ci", scopes: [.unrecognized("root")]))
        }
    }

    @Test func queryParametersAreCheckedAgainstTheContract() async {
        await expectAPIError(.invalidQuery, status: 400, detail: "limit") {
            _ = try await management.listAPIKeys(limit: 0)
        }
        await expectAPIError(.invalidQuery, status: 400, detail: "limit") {
            _ = try await management.listAPIKeys(limit: 201)
        }
        let response = await Self.server().handle(HTTPRequestParts(method: "GET", path: "/api/v1/api-keys", queryItems: [QueryItem(name: "limit", value: "ten")]))
        let error = try? LocksmithJSON.decode(ErrorEnvelope.self, from: response.body)
        #expect(error?.error.message == "query parameter 'limit' must be an integer; got 'ten'")
    }

    /// Clients that serialise a list as repeated parameters (the LicenseKit SDKs) and clients that join it with commas
    /// (the generated ones) are both understood, and may be mixed.
    @Test func listParametersMayBeCommaSeparatedOrRepeated() throws {
        let request = RawRequest(queryItems: [
            QueryItem(name: "group_by", value: "day"), QueryItem(name: "limit", value: "5"), QueryItem(name: "group_by", value: "feature,product"),
        ])
        #expect(try request.queryList("group_by", as: String.self) == ["day", "feature", "product"])
        #expect(try request.queryList("missing", as: String.self) == nil)
        #expect(throws: APIError.self) { try request.queryList("limit", as: Bool.self) }
        #expect(throws: APIError.self) { try RawRequest(queryItems: [QueryItem(name: "group_by", value: "")]).queryList("group_by", as: Int.self) }
    }

    @Test func missingHandlerAnswersNotImplemented() async {
        await expectAPIError(.notImplemented, status: 501) {
            _ = try await management.listProducts()
        }
    }

    @Test func runtimeResponsesKeepTheExactSignedBytes() async throws {
        let runtime = RuntimeClient(licenseKey: "lsk_test", transport: Self.server().transport, verification: .unsafeSkipVerification)
        let result = try await runtime.validateLicense(.init(fingerprint: "fp-1", appVersion: "1.2.3"))
        #expect(result.data.deviceID == "fp-1")
        #expect(result.data.features.first?.remaining == 8)
        #expect(result.signature.kid == "test-key")
        #expect(result.dataBytes.base64EncodedString() == result.signature.value)
        #expect(result.dataBytes.allSatisfy { $0 < 0x80 })
        #expect(String(decoding: result.dataBytes, as: UTF8.self).hasPrefix(#"{"device_id":"fp-1","entitlement_version":3,"#))
    }

    @Test func idempotencyKeyIsRequiredWhereTheContractSaysSo() async {
        let response = await Self.server().handle(HTTPRequestParts(method: "POST", path: "/api/v1/license/activate", body: Data("{}".utf8)))
        let error = try? LocksmithJSON.decode(ErrorEnvelope.self, from: response.body)
        #expect(response.status == 400)
        #expect(error?.error.code == "IDEMPOTENCY_KEY_REQUIRED")
    }

    @Test func systemRoutesAnswerThroughTheirProbes() async throws {
        let system = SystemClient(transport: Self.server().transport)
        #expect(try await system.health().data.status == .ok)
        #expect(try await system.readyz().data == ReadyData(status: .ready, db: "ok"))
        #expect(try await system.getMetrics() == "locksmith_up 1\n")
        #expect(try await system.listPublicKeys().data.map(\.kid) == ["k1"])

        // Why the database is down is for the server's log, not for anonymous callers.
        let problem = "error: could not connect to db.internal:5432"
        let down = SystemClient(transport: Self.server(databaseProblem: problem).transport)
        #expect(try await down.readyz().data == ReadyData(status: .notReady, db: "unavailable"))
        let raw = await Self.server(databaseProblem: problem).handle(HTTPRequestParts(method: "GET", path: "/readyz"))
        #expect(raw.status == 503)

        let draining = SystemClient(transport: Self.server(shuttingDown: true).transport)
        #expect(try await draining.readyz().data == ReadyData(status: .notReady, db: "ok"))
    }

    @Test func pathParametersArePercentEncodedAndDecoded() {
        let matched = OperationTable.match(method: "GET", path: "/api/v1/licenses/" + OperationTable.escapePathSegment("lic/1 ?x") + "/devices/dev_2")
        #expect(matched?.operation == .getLicenseDevice)
        #expect(matched?.pathParameters == ["id": "lic/1 ?x", "device_id": "dev_2"])
        #expect(OperationTable.match(method: "DELETE", path: "/api/v1/licenses") == nil)
    }

    @Test func dispatcherKnowsWhatIsImplemented() {
        let dispatcher = Self.server().dispatcher
        #expect(dispatcher.isImplemented(.createAPIKey))
        #expect(dispatcher.isImplemented(.health))
        #expect(!dispatcher.isImplemented(.createProduct))
    }
}
