import Foundation
import HTTPTypes
import LocksmithAPI
import LocksmithCrypto
import LocksmithHandlers
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// License tokens: JWTs signed with each account's token keys, published as a JWK Set, verified by PyJWT (through its
/// JWKS client) and joserfc, introspected as RFC 7662 says and revoked as RFC 7009 says.
@Suite struct LicenseTokensTests {
    /// argv[1] the JWKS URL, argv[2] the audience; tokens on standard input, one a line. Verifies each with PyJWT's
    /// `PyJWKClient` (which fetches the set) and with joserfc from the same set, and prints `alg kid sub` per token, or
    /// `REFUSED <why>`.
    static let pythonVerifier = #"""
    import json, sys, urllib.request, warnings
    import jwt
    from joserfc import jwt as jose_jwt
    from joserfc.jwk import KeySet

    # joserfc warns that RFC 9864 deprecates the name EdDSA for the fully specified Ed25519; tokens keep EdDSA, which
    # every JOSE library reads (the contract says why).
    warnings.filterwarnings("ignore", message="EdDSA is deprecated")
    url, audience = sys.argv[1], sys.argv[2]
    client = jwt.PyJWKClient(url, cache_keys=False)
    keys = KeySet.import_key_set(json.load(urllib.request.urlopen(url)))
    for token in (line.strip() for line in sys.stdin if line.strip()):
        try:
            signing = client.get_signing_key_from_jwt(token)
            claims = jwt.decode(token, signing, algorithms=["EdDSA", "RS256"], audience=audience,
                                options={"require": ["exp", "iat", "nbf", "sub", "jti", "iss"]})
        except jwt.PyJWTError as error:
            print("REFUSED", type(error).__name__); continue
        other = jose_jwt.decode(token, keys, algorithms=["EdDSA", "RS256"])
        assert other.claims == claims, (other.claims, claims)
        assert claims["token_use"] == "locksmith_license_v1"
        print(jwt.get_unverified_header(token)["alg"], signing.key_id, claims["sub"])
    """#

    @Test(arguments: TestBackend.available)
    func tokensVerifyWithPyJWTAndJoserfcThroughTheJWKSURL(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run(.live) { clients in
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 3 }
            let runtime = fixture.runtime(clients)
            let device = try await runtime.activateLicense(machine("token-host")).data.deviceID

            // EdDSA by default, the account's first token key made on the first request; the answer is signed as usual.
            let answer = try await runtime.issueLicenseToken(.init(fingerprint: "token-host", nonce: "n-1", ttlSeconds: 600))
            expectSigned(answer, try await clients.publicKeys())
            let first = answer.data
            #expect(first.tokenType == .bearer && first.alg == .edDSA && first.nonce == "n-1")
            #expect(first.jwksURI.hasSuffix("/.well-known/jwks.json?account_id=acc_default"))
            #expect(abs(first.expiresAt.timeIntervalSince(first.issuedAt) - 600) < 1)

            // The JWK Set: bare at the well-known address, with a cache lifetime; the same keys in the envelope.
            let wellKnown = try await clients.raw(.get, "/.well-known/jwks.json?account_id=acc_default")
            #expect(wellKnown.status == .ok && wellKnown.headers[.cacheControl] == "public, max-age=300")
            let set = try LocksmithJSON.decode(JSONWebKeySet.self, from: Data(wellKnown.text.utf8))
            #expect(set.keys.map(\.kid) == [first.kid] && set.keys.first?.kty == .okp && set.keys.first?.crv == .ed25519)
            #expect(try await clients.system.getJWKS(accountID: "acc_default").data == set)
            #expect(try await clients.system.getWellKnownJWKS(accountID: "acc_nobody").keys.isEmpty)
            // Token keys are not runtime signing keys: the key list stays Ed25519 signing keys only.
            #expect(try await clients.system.listPublicKeys().data.allSatisfy { $0.kid != first.kid })

            // The Swift SDK verifies it offline from the set.
            let verified = try LicenseToken.verify(first.token, keys: set, product: "rt", account: "acc_default")
            #expect(verified.licenseID == fixture.license.id && verified.claims.deviceID == device && verified.features == ["export"])
            #expect(verified.claims.status == .active && verified.claims.licenseType == .timeLimited && verified.kid == first.kid)
            #expect(throws: LocksmithError.self) { try LicenseToken.verify(first.token, keys: set, product: "other") }
            #expect(throws: LocksmithError.self) { try LicenseToken.verify(first.token, keys: set, account: "acc_other") }
            #expect(throws: LocksmithError.self) { try LicenseToken.verify(first.token, keys: set, now: first.expiresAt) }
            #expect(throws: LocksmithError.self) { try LicenseToken.verify(Self.tampered(first.token), keys: set) }

            // RS256 needs a key the operator makes; then tokens of both kinds verify, and a rotation keeps old tokens good.
            let missing = await expectAPIError(.validationFailed, status: 422) { _ = try await runtime.issueLicenseToken(.init(alg: .rs256)) }
            #expect(missing?.detail == "alg")
            let rsa = try await Admin.rotateTokenKey(server.services, account: "acc_default", algorithm: .rs256).created
            let second = try await runtime.issueLicenseToken(.init(alg: .rs256)).data
            #expect(second.alg == .rs256 && second.kid == rsa.kid)
            let rotated = try await Admin.rotateTokenKey(server.services, account: "acc_default", algorithm: .eddsa)
            #expect(rotated.retired == [first.kid])
            let third = try await runtime.issueLicenseToken(nil).data
            #expect(third.kid == rotated.created.kid && third.kid != first.kid)
            let jwks = try await clients.system.getWellKnownJWKS(accountID: "acc_default")
            #expect(Set(jwks.keys.map(\.kid)) == [first.kid, rsa.kid, rotated.created.kid])
            #expect(jwks.keys.first { $0.kid == rsa.kid }.map { $0.kty == .rsa && $0.e == "AQAB" && ($0.n?.count ?? 0) >= 342 } == true)
            // The kid is the RFC 7638 thumbprint of the JWK.
            #expect(try TokenKeyMaterial.thumbprint(.rs256, publicKey: rsa.publicKey) == rsa.kid)
            #expect(try LicenseToken.verify(first.token, keys: jwks).kid == first.kid)
            #expect(throws: LocksmithError.self) { try LicenseToken.verify(second.token, keys: jwks) }

            guard TestPython.shouldRun, let port = clients.client.port else { return }
            let url = "http://127.0.0.1:\(port)/.well-known/jwks.json?account_id=acc_default"
            let tokens = [first.token, second.token, third.token, Self.tampered(third.token)]
            let (status, output) = try TestPython.run(Self.pythonVerifier, arguments: [url, "rt"], input: Data(tokens.joined(separator: "\n").utf8))
            #expect(status == 0, "\(output)")
            #expect(output.split(separator: "\n").map(String.init) == [
                "EdDSA \(first.kid) \(fixture.license.id)", "RS256 \(rsa.kid) \(fixture.license.id)",
                "EdDSA \(third.kid) \(fixture.license.id)", "REFUSED InvalidSignatureError",
            ])
            let (_, wrongAudience) = try TestPython.run(Self.pythonVerifier, arguments: [url, "other"], input: Data(first.token.utf8))
            #expect(wrongAudience.trimmingCharacters(in: .whitespacesAndNewlines) == "REFUSED InvalidAudienceError")
        }
    }

    @Test(arguments: TestBackend.available)
    func introspectionSeesTheLicenseNowAndRevocationEndsOneToken(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (_, otherToken) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            _ = try await runtime.activateLicense(machine("intro-host"))
            let token = try await runtime.issueLicenseToken(.init(fingerprint: "intro-host")).data.token
            let spare = try await runtime.issueLicenseToken(nil).data.token
            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            let writer = clients.management(try await clients.token(scopes: [.licenseWrite]))

            // JSON and the RFC's form body give the same bare answer: active, with the claims and the license as it is now.
            let live = try await reader.introspectLicenseToken(.init(token: token))
            #expect(live.active && live.reason == nil && live.sub == fixture.license.id && live.aud == "rt" && live.status == .active)
            #expect(live.tokenUse == "locksmith_license_v1" && live.features == ["export"] && live.deviceID != nil && live.tokenType == .bearer)
            let form = try await clients.raw(
                .post, "/api/v1/licenses/introspect", headers: Self.form(reader: try await clients.token(scopes: [.licenseRead])),
                body: "token=\(token)&token_type_hint=access_token")
            #expect(form.status == .ok, "\(form.text)")
            #expect(try LocksmithJSON.decode(TokenIntrospection.self, from: Data(form.text.utf8)) == live)
            #expect(!form.text.contains("\"data\""))

            // Suspension is seen at once; reinstatement makes it active again.
            _ = try await admin.suspendLicense(id: fixture.license.id)
            let suspended = try await reader.introspectLicenseToken(.init(token: token))
            #expect(!suspended.active && suspended.reason == .licenseSuspended && suspended.status == .suspended)
            _ = try await admin.reinstateLicense(id: fixture.license.id)
            #expect(try await reader.introspectLicenseToken(.init(token: token)).active)

            // A deactivated device ends the token that names it, not the one without a device.
            _ = try await runtime.deactivateLicense(machine("intro-host"))
            #expect(try await reader.introspectLicenseToken(.init(token: token)).reason == .deviceInactive)
            #expect(try await reader.introspectLicenseToken(.init(token: spare)).active)

            // Revocation, by form: 200 and no body; the token is revoked, the other one is not; the chain records it once.
            let revoke = try await clients.raw(
                .post, "/api/v1/licenses/revoke-token", headers: Self.form(reader: try await clients.token(scopes: [.licenseWrite])),
                body: "token=\(spare)")
            #expect(revoke.status == .ok && revoke.text.isEmpty)
            let revoked = try await reader.introspectLicenseToken(.init(token: spare))
            #expect(!revoked.active && revoked.reason == .tokenRevoked && revoked.jti != nil)
            try await writer.revokeLicenseToken(.init(token: spare))
            try await writer.revokeLicenseToken(.init(token: "not-a-token"))
            let events = try await clients.events("license.token_revoked")
            #expect(events.count == 1 && events.first?.resourceID == fixture.license.id)
            #expect(events.first?.metadata["jti"] == revoked.jti.map(JSONValue.string))
            #expect(!(events.first.map { "\($0.metadata)" }?.contains(spare) ?? true))

            // Revoking the license ends every token of it.
            _ = try await admin.revokeLicense(id: fixture.license.id)
            let afterRevoke = try await reader.introspectLicenseToken(.init(token: token))
            #expect(!afterRevoke.active && afterRevoke.reason == .licenseRevoked)

            // Another account sees only `active: false`, and cannot revoke this account's token.
            let other = clients.management(otherToken)
            let foreign = try await other.introspectLicenseToken(.init(token: token))
            #expect(foreign == TokenIntrospection(active: false))
            try await other.revokeLicenseToken(.init(token: token))
            #expect(try await clients.events("license.token_revoked").count == 1)
            #expect(try await reader.introspectLicenseToken(.init(token: "a.b.c")) == TokenIntrospection(active: false))
            #expect(try await reader.introspectLicenseToken(.init(token: Self.tampered(token))) == TokenIntrospection(active: false))

            // Bad input: a form with a field twice, a missing token, an unknown field, the wrong scope.
            let twice = try await clients.raw(
                .post, "/api/v1/licenses/introspect", headers: Self.form(reader: try await clients.token(scopes: [.licenseRead])),
                body: "token=a&token=b")
            #expect(twice.status == .badRequest && twice.errorEnvelope?.error.detail == "token")
            let empty = try await clients.raw(
                .post, "/api/v1/licenses/introspect", headers: Self.form(reader: try await clients.token(scopes: [.licenseRead])),
                body: "token_type_hint=x")
            #expect(empty.status == .badRequest && empty.errorEnvelope?.error.detail == "token", "\(empty.text)")
            let extra = try await clients.raw(
                .post, "/api/v1/licenses/revoke-token", headers: Self.form(reader: try await clients.token(scopes: [.licenseWrite])),
                body: "token=a&client_id=b")
            #expect(extra.status == .badRequest || extra.status == .unprocessableContent, "\(extra.text)")
            await expectAPIError(.tokenScopeDenied, status: 403) { try await reader.revokeLicenseToken(.init(token: token)) }
            // A form body where only JSON is taken is 415.
            let elsewhere = try await clients.raw(
                .post, "/api/v1/licenses/check-revocation", headers: Self.form(reader: try await clients.token(scopes: [.licenseRead])),
                body: "license_ids=x")
            #expect(elsewhere.status == .unsupportedMediaType)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTokenNeverOutlivesItsLicenseAndExpiresOnTime(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients) { $0.gracePeriodDays = 0 }
            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            // The policy has no grace period: a token asked for longer than the license lasts ends with it, to the second.
            let hour = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.policy.id, expiresAt: Date().addingTimeInterval(3600))).data
            let capped = try await clients.runtime(hour.licenseKey).issueLicenseToken(.init(ttlSeconds: 86_400)).data
            let end = try #require(hour.license.expiresAt)
            #expect(capped.expiresAt == Date(timeIntervalSince1970: end.timeIntervalSince1970.rounded(.down)))
            #expect(try await reader.introspectLicenseToken(.init(token: capped.token)).exp == Int64(end.timeIntervalSince1970.rounded(.down)))

            // A license that ends in a few seconds: its token is active until then (when the machine was quick enough to
            // ask while it was), and expired after.
            let ending = try await admin.createLicense(.init(
                productID: fixture.product.id, policyID: fixture.policy.id, expiresAt: Date().addingTimeInterval(10))).data
            let token = try await clients.runtime(ending.licenseKey).issueLicenseToken(.init(ttlSeconds: 86_400)).data
            #expect(token.expiresAt <= ending.license.expiresAt!)
            let early = try await reader.introspectLicenseToken(.init(token: token.token))
            if Date() < token.expiresAt.addingTimeInterval(-1) { #expect(early.active) }
            while Date() < token.expiresAt.addingTimeInterval(0.5) { try await Task.sleep(for: .milliseconds(200)) }
            let expired = try await reader.introspectLicenseToken(.init(token: token.token))
            #expect(!expired.active && expired.reason == .tokenExpired && expired.sub == ending.license.id)
            // An expired token is not revoked (there is nothing left to revoke), and the call still answers 200.
            try await clients.management(try await clients.token(scopes: [.licenseWrite])).revokeLicenseToken(.init(token: token.token))
            #expect(try await clients.events("license.token_revoked").isEmpty)
            // The ledger has the issue as a runtime decision.
            #expect(try await runtimeActivities(server, clients).contains { $0.action == "license.token" && $0.licenseID == ending.license.id })
        }
    }

    /// The token with one character of its signature changed.
    static func tampered(_ token: String) -> String {
        var characters = Array(token)
        let index = characters.count - 5
        characters[index] = characters[index] == "A" ? "B" : "A"
        return String(characters)
    }

    static func form(reader token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/x-www-form-urlencoded"]
    }
}

/// License tokens under concurrency: an account's first token requests, all at once, make one token key; many
/// revocations of one token record it once.
@Suite struct LicenseTokenConcurrencyTests {
    @Test(arguments: TestBackend.available)
    func firstRequestsAtOnceMakeOneKeyAndRevocationsRecordOnce(backend: TestBackend) async throws {
        let server = try await RuntimeConcurrencyTests.patientServer(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let runtime = fixture.runtime(clients)
            let kids = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<100 { group.addTask { try await runtime.issueLicenseToken(nil).data.kid } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(kids.count == 1, "one token key for the account, not \(kids.count)")
            #expect(try await clients.system.getWellKnownJWKS(accountID: "acc_default").keys.map(\.kid) == Array(kids))
            #expect(try await clients.events("token_key.created").count == 1)

            let token = try await runtime.issueLicenseToken(nil).data.token
            let writer = clients.management(try await clients.token(scopes: [.licenseWrite]))
            let outcomes = try await RuntimeConcurrencyTests.tally(100) { _ in try await writer.revokeLicenseToken(.init(token: token)) }
            #expect(outcomes == ["ok": 100])
            #expect(try await clients.events("license.token_revoked").count == 1)
            #expect(try await clients.admin.introspectLicenseToken(.init(token: token)).reason == .tokenRevoked)
        }
    }

    /// Two server processes on one PostgreSQL database answer an account's first token requests at once.
    @Test(.enabled(if: TestBackend.available.contains(.postgres)))
    func twoServersMakeOneKey() async throws {
        let server = try await TestServer.start(.postgres)
        let (first, second) = try await ServerProcess.pair(over: server)
        defer {
            first.stop()
            second.stop()
            Task { await server.stop() }
        }
        let admin = ManagementClient(token: TestServer.adminToken, transport: first.transport())
        let fixture = try await RuntimeFixture.make(admin: admin, code: "twokeys")
        let runtimes = [first, second].map { RuntimeClient(licenseKey: fixture.key, transport: $0.transport()) }
        let kids = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<200 { group.addTask { try await runtimes[index % 2].issueLicenseToken(nil).data.kid } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(kids.count == 1, "one token key across both processes, not \(kids.count)")
        let system = SystemClient(transport: second.transport())
        #expect(try await system.getWellKnownJWKS(accountID: "acc_default").keys.map(\.kid) == Array(kids))
    }
}
