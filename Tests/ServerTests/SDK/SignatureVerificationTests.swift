import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// The runtime client checks every signed answer: signature over the exact `data` bytes, a known kid, and the
/// nonce it sent. Each kind of forgery is refused with the verification error.
@Suite struct SignatureVerificationTests {
    @Test(arguments: TestBackend.available)
    func runtimeAnswersAreVerifiedAndForgeriesRefused(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let transport = InterceptingTransport(inner: clients.transport)
            let runtime = RuntimeClient(licenseKey: fixture.key, transport: transport)

            // Verified answers come back as before; each carries the nonce the client made up.
            let activated = try await runtime.activateLicense(machine("fp"))
            let nonce = try #require(activated.data.nonce)
            #expect(nonce.count == 32)
            let validated = try await runtime.validateLicense(machine("fp"))
            #expect(validated.data.nonce != nonce)
            _ = try await runtime.consumeLicense(.init(fingerprint: "fp", featureCode: "export", amount: 1, eventID: "evt-sdk-1"))
            #expect(transport.count(path: "/api/v1/system/public-keys") == 1)

            // A nonce the caller sets is the one checked.
            #expect(try await runtime.checkLicense(machine("fp", nonce: "mine-1")).data.nonce == "mine-1")

            // Tampered data: one byte of the signed bytes changed.
            transport.rewritingRuntime { response in replacing(#""device_id":""#, with: #""device_id":"x"#, in: response.body).answer(response) }
            await expectVerificationError(.badSignature) { _ = try await runtime.validateLicense(machine("fp")) }

            // Tampered signature.
            transport.rewritingRuntime { response in
                let value = member("value", in: JSONBytes.rawMember("signature", in: response.body)!)!
                let flipped = (value.first == "A" ? "B" : "A") + value.dropFirst()
                return replacing(value, with: flipped, in: response.body).answer(response)
            }
            await expectVerificationError(.badSignature) { _ = try await runtime.validateLicense(machine("fp")) }

            // An unknown kid: the store refreshes once, then refuses.
            let before = transport.count(path: "/api/v1/system/public-keys")
            transport.rewritingRuntime { response in
                let kid = member("kid", in: JSONBytes.rawMember("signature", in: response.body)!)!
                return replacing(kid, with: "kid_unknown", in: response.body).answer(response)
            }
            await expectVerificationError(.unknownKey, kid: "kid_unknown") { _ = try await runtime.validateLicense(machine("fp")) }
            #expect(transport.count(path: "/api/v1/system/public-keys") == before + 1)

            // A recorded answer replayed at a later request: its signature is genuine, its nonce is not this call's.
            transport.rewriting(nil)
            let recorded = try await runtime.withRawResponse { try await $0.checkLicense(machine("fp")) }.1
            transport.rewriting { request, response in request.path == "/api/v1/license/check" ? recorded : response }
            await expectVerificationError(.nonceMismatch(expected: "", received: nil)) { _ = try await runtime.checkLicense(machine("fp")) }

            // A signed answer with no signature at all.
            transport.rewritingRuntime { response in
                fakeAnswer(200, #"{"data":\#(String(decoding: JSONBytes.rawMember("data", in: response.body)!, as: UTF8.self)),"meta":\#(fakeMeta)}"#)
            }
            await expectVerificationError(.unsigned) { _ = try await runtime.validateLicense(machine("fp")) }
            transport.rewriting(nil)

            // Errors are not signed, and stay API errors.
            await expectAPIError(.notActivated, status: 404) { _ = try await runtime.validateLicense(machine("other")) }
        }
    }

    @Test(arguments: TestBackend.available)
    func aRotatedKeyIsFetchedOnceAndPinnedKeysNeverFetch(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let transport = InterceptingTransport(inner: clients.transport)
            let runtime = RuntimeClient(licenseKey: fixture.key, transport: transport)
            let old = try await runtime.activateLicense(machine("fp")).signature.kid

            _ = try await Admin.rotateSigningKey(server.services)
            try await server.prepared.keyring.reload()
            let rotated = try await runtime.validateLicense(machine("fp"))
            #expect(rotated.signature.kid != old)
            _ = try await runtime.validateLicense(machine("fp"))
            #expect(transport.count(path: "/api/v1/system/public-keys") == 2)

            // Pinned keys: the current one verifies with no key request; a store without it refuses.
            let published = try await clients.system.listPublicKeys().data
            let pinned = try PublicKeyStore(pinned: Dictionary(uniqueKeysWithValues: published.map { ($0.kid, $0.publicKey) }))
            let pinnedTransport = InterceptingTransport(inner: clients.transport)
            let pinnedClient = RuntimeClient(licenseKey: fixture.key, transport: pinnedTransport, verification: .keys(pinned))
            _ = try await pinnedClient.validateLicense(machine("fp"))
            #expect(pinnedTransport.count(path: "/api/v1/system/public-keys") == 0)
            let onlyOld = try PublicKeyStore(pinned: Dictionary(uniqueKeysWithValues: published.filter { $0.kid == old }.map { ($0.kid, $0.publicKey) }))
            let stale = RuntimeClient(licenseKey: fixture.key, transport: clients.transport, verification: .keys(onlyOld))
            await expectVerificationError(.unknownKey, kid: rotated.signature.kid) { _ = try await stale.validateLicense(machine("fp")) }
            // Another server's key under the right kid does not verify.
            let impostor = try PublicKeyStore(pinned: [rotated.signature.kid: published.first { $0.kid == old }!.publicKey])
            let fooled = RuntimeClient(licenseKey: fixture.key, transport: clients.transport, verification: .keys(impostor))
            await expectVerificationError(.badSignature) { _ = try await fooled.validateLicense(machine("fp")) }
            #expect(throws: LocksmithError.self) { try PublicKeyStore(pinned: ["k": "not base64"]) }

            // Opting out is explicit: the forged answer is then accepted as is.
            let unsafe = RuntimeClient(licenseKey: fixture.key, transport: clients.transport, verification: .unsafeSkipVerification)
            #expect(try await unsafe.validateLicense(machine("fp")).data.nonce == nil)
        }
    }
}

extension InterceptingTransport {
    /// Rewrites the answers of runtime calls only.
    func rewritingRuntime(_ rewrite: @escaping @Sendable (HTTPResponseParts) -> HTTPResponseParts) {
        rewriting { request, response in request.path.hasPrefix("/api/v1/license/") ? rewrite(response) : response }
    }
}

extension Data {
    /// These bytes as the body of `response`, its status and headers kept.
    func answer(_ response: HTTPResponseParts) -> HTTPResponseParts {
        HTTPResponseParts(status: response.status, headers: response.headers, body: self)
    }
}

/// Asserts that `body` throws the verification error with this reason (for a nonce mismatch, any nonces).
func expectVerificationError(
    _ reason: VerificationFailure, kid: String? = nil, _ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
) async {
    do {
        try await body()
        Issue.record("expected a verification error \(reason), but the call succeeded", sourceLocation: sourceLocation)
    } catch LocksmithError.verification(let thrownKid, let thrown) {
        switch (reason, thrown) {
        case (.nonceMismatch, .nonceMismatch): break
        default: #expect(thrown == reason, sourceLocation: sourceLocation)
        }
        if let kid { #expect(thrownKid == kid, sourceLocation: sourceLocation) }
    } catch {
        Issue.record("expected a verification error \(reason), got \(error)", sourceLocation: sourceLocation)
    }
}
