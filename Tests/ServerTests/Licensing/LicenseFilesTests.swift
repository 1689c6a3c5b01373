import Foundation
import HTTPTypes
import HummingbirdTesting
import LocksmithAPI
import LocksmithCrypto
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// License files: issued signed, or encrypted for the license key, in Keygen's certificate layout; verified by the
/// server and, from the spec alone, by an independent Python implementation (`cryptography`).
@Suite struct LicenseFilesTests {
    /// Verifies and opens a certificate as `LicenseFile` in `openapi.yaml` says, with nothing of the server's code:
    /// argv[1] the public key (base64), argv[2] the license key or "-", the certificate on standard input. Prints the
    /// payload's JSON, or `REFUSED <why>`.
    static let pythonVerifier = #"""
    import base64, json, sys
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.exceptions import InvalidSignature, InvalidTag

    lines = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    kind = "machine" if lines[0] == "-----BEGIN MACHINE FILE-----" else "license"
    assert lines[0] == f"-----BEGIN {kind.upper()} FILE-----" and lines[-1] == f"-----END {kind.upper()} FILE-----"
    assert all(len(line) <= 60 for line in lines[1:-1])
    certificate = json.loads(base64.b64decode("".join(lines[1:-1]), validate=True))
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(sys.argv[1]))
    try:
        public.verify(base64.b64decode(certificate["sig"]), kind.encode("ascii") + b"/" + certificate["enc"].encode("ascii"))
    except InvalidSignature:
        print("REFUSED signature"); sys.exit(0)
    if certificate["alg"] == "base64+ed25519":
        payload = base64.b64decode(certificate["enc"], validate=True)
    elif certificate["alg"] == "aes-256-gcm-hkdf+ed25519":
        ciphertext, nonce, tag, salt = (base64.b64decode(part, validate=True) for part in certificate["enc"].split("."))
        assert len(nonce) == 12 and len(tag) == 16 and len(salt) == 16
        if sys.argv[2] == "-":
            print("REFUSED no key"); sys.exit(0)
        secret = sys.argv[2] + (sys.argv[3] if kind == "machine" else "")
        info = f"locksmith {kind} file v1".encode("ascii")
        key = HKDF(algorithm=SHA256(), length=32, salt=salt, info=info).derive(secret.encode("utf-8"))
        try:
            payload = AESGCM(key).decrypt(nonce, ciphertext + tag, kind.encode("ascii"))
        except InvalidTag:
            print("REFUSED decryption"); sys.exit(0)
    else:
        print("REFUSED alg"); sys.exit(0)
    payload = json.loads(payload)
    if kind == "machine" and payload["machine"]["fingerprint"] != sys.argv[3]:
        print("REFUSED machine"); sys.exit(0)
    print(json.dumps(payload, sort_keys=True))
    """#

    static func pythonOpen(_ certificate: String, publicKey: String, licenseKey: String?, fingerprint: String = "-") throws -> String {
        let (status, output) = try TestPython.run(pythonVerifier, arguments: [publicKey, licenseKey ?? "-", fingerprint], input: Data(certificate.utf8))
        #expect(status == 0, "\(output)")
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: TestBackend.available)
    func filesVerifyFromTheSpecAloneAndRefuseEveryChange(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 3 }
            let publicKey = try #require(try await clients.system.listPublicKeys(accountID: "acc_default").data.first { $0.status == .active })

            // Signed only: anyone with the public key reads it.
            let signed = try await admin.issueLicenseFile(id: fixture.license.id, .init(ttlDays: 10)).data
            #expect(signed.kind == .license && signed.alg == .base64Ed25519 && signed.kid == publicKey.kid)
            #expect(abs(signed.expiresAt.timeIntervalSince(signed.issuedAt) - 10 * 86_400) < 1)
            #expect(signed.certificate.hasPrefix("-----BEGIN LICENSE FILE-----\n") && signed.certificate.hasSuffix("-----END LICENSE FILE-----\n"))
            let verified = try await admin.verifyLicenseFile(.init(certificate: signed.certificate)).data
            #expect(verified.valid && verified.errors.isEmpty && verified.kid == publicKey.kid && verified.alg == .base64Ed25519)
            let content = try #require(verified.content)
            #expect(content["account_id"] == .string("acc_default") && content["product_code"] == .string("rt") && content["kid"] == .string(publicKey.kid))
            #expect(content["ttl"] == .integer(864_000))
            guard case .object(let license)? = content["license"], case .object(let limits)? = content["limits"],
                  case .array(let entitlements)? = content["entitlements"]
            else { Issue.record("payload: \(content)"); return }
            #expect(license["id"] == .string(fixture.license.id) && license["status"] == .string("active") && license["license_type"] == .string("time_limited"))
            #expect(limits["max_activations"] == .integer(3))
            #expect(entitlements == [.object(["code": .string("export"), "enabled": .bool(true), "quota": .integer(100), "consumed": .integer(0)])])
            if TestPython.shouldRun {
                let python = try Self.pythonOpen(signed.certificate, publicKey: publicKey.publicKey, licenseKey: nil)
                #expect(python.contains("\"id\": \"\(fixture.license.id)\"") && python.contains("\"product_code\": \"rt\""), "\(python)")
            }

            // Encrypted for the license key: only its holder reads it.
            let sealed = try await admin.issueLicenseFile(id: fixture.license.id, .init(licenseKey: fixture.key)).data
            #expect(sealed.alg == .aes256GcmHkdfEd25519)
            #expect(try await admin.verifyLicenseFile(.init(certificate: sealed.certificate)).data.errors == [.decryption])
            let opened = try await admin.verifyLicenseFile(.init(certificate: sealed.certificate, licenseKey: fixture.key)).data
            #expect(opened.valid && opened.content?["ttl"] == .integer(30 * 86_400))
            if TestPython.shouldRun {
                #expect(try Self.pythonOpen(sealed.certificate, publicKey: publicKey.publicKey, licenseKey: nil) == "REFUSED no key")
                let python = try Self.pythonOpen(sealed.certificate, publicKey: publicKey.publicKey, licenseKey: fixture.key)
                #expect(python.contains("\"id\": \"\(fixture.license.id)\""), "\(python)")
                let other = "lsk_" + String(repeating: "A", count: 43)
                #expect(try Self.pythonOpen(sealed.certificate, publicKey: publicKey.publicKey, licenseKey: other) == "REFUSED decryption")
            }

            // The Swift SDK opens both on the device, with pinned keys and no network.
            let pinned = try PublicKeyStore(pinned: [publicKey.kid: publicKey.publicKey], account: "acc_default")
            let onDevice = try await LicenseFile.open(signed.certificate, keys: pinned, product: "rt")
            #expect(onDevice.licenseID == fixture.license.id && onDevice.entitlements == ["export"] && onDevice.kid == publicKey.kid)
            #expect(try await LicenseFile.open(sealed.certificate, licenseKey: fixture.key, keys: pinned).licenseID == fixture.license.id)
            await expectVerificationFailure { _ = try await LicenseFile.open(sealed.certificate, keys: pinned) }
            await expectVerificationFailure { _ = try await LicenseFile.open(signed.certificate, keys: pinned, product: "other") }
            let otherVendor = try PublicKeyStore(pinned: [publicKey.kid: publicKey.publicKey], account: "acc_other")
            await expectVerificationFailure { _ = try await LicenseFile.open(signed.certificate, keys: otherVendor) }
            await expectVerificationFailure {
                _ = try await LicenseFile.open(signed.certificate, keys: pinned, now: signed.expiresAt.addingTimeInterval(1))
            }

            // The command line verifies it with the saved public keys and nothing else.
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lic-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let keysFile = directory.appendingPathComponent("keys.json"), signedFile = directory.appendingPathComponent("signed.lic")
            let sealedFile = directory.appendingPathComponent("sealed.lic")
            try Data(buffer: try await clients.raw(.get, "/api/v1/system/public-keys?account_id=acc_default").body).write(to: keysFile)
            try Data(signed.certificate.utf8).write(to: signedFile)
            try Data(sealed.certificate.utf8).write(to: sealedFile)
            let cli = try await LocksmithCommand.run(["licenses", "verify-file", signedFile.path, "--public-keys", keysFile.path, "--account", "acc_default"])
            #expect(cli.status == 0 && cli.standardOutput.hasPrefix("VALID\n") && cli.standardOutput.contains(fixture.license.id), "\(cli.output)")
            let locked = try await LocksmithCommand.run(["licenses", "verify-file", sealedFile.path, "--public-key", "\(publicKey.kid)=\(publicKey.publicKey)"])
            #expect(locked.status == 2 && locked.standardOutput.hasPrefix("INVALID: decryption"), "\(locked.output)")
            let unlocked = try await LocksmithCommand.run([
                "licenses", "verify-file", sealedFile.path, "--public-key", "\(publicKey.kid)=\(publicKey.publicKey)", "--license-key", fixture.key,
            ])
            #expect(unlocked.status == 0, "\(unlocked.output)")
            let elsewhere = try await LocksmithCommand.run(["licenses", "verify-file", signedFile.path, "--public-keys", keysFile.path, "--account", "acc_other"])
            #expect(elsewhere.status == 2 && elsewhere.standardOutput.hasPrefix("INVALID: unknown_key"), "\(elsewhere.output)")

            // Any change to the certificate's content is refused: flip each character of the signed `enc` in turn.
            let certificate = try #require(Self.certificate(signed.certificate))
            for index in stride(from: 0, to: certificate.enc.count, by: max(1, certificate.enc.count / 25)) {
                var enc = Array(certificate.enc)
                enc[index] = enc[index] == "A" ? "B" : "A"
                let tampered = Self.armor(enc: String(enc), sig: certificate.sig, alg: certificate.alg)
                let refused = try await admin.verifyLicenseFile(.init(certificate: tampered)).data
                #expect(!refused.valid && refused.content == nil && [[.signature], [.unknownKey], [.malformed]].contains(refused.errors), "\(index)")
                await expectVerificationFailure { _ = try await LicenseFile.open(tampered, keys: pinned) }
                if TestPython.shouldRun, index < 40 {
                    #expect(try Self.pythonOpen(tampered, publicKey: publicKey.publicKey, licenseKey: nil) == "REFUSED signature")
                }
            }
            for garbage in ["x", "-----BEGIN LICENSE FILE-----\nnot base64\n-----END LICENSE FILE-----", "-----BEGIN LICENSE FILE-----"] {
                #expect(try await admin.verifyLicenseFile(.init(certificate: garbage)).data.errors == [.malformed])
            }
            // A license file passed off as a machine file: its signature is over `license/`, not `machine/`.
            let relabelled = signed.certificate.replacingOccurrences(of: "LICENSE FILE", with: "MACHINE FILE")
            #expect(try await admin.verifyLicenseFile(.init(certificate: relabelled, fingerprint: "m")).data.errors == [.signature])

            // Revoked since: the signature still holds, and the server says what changed.
            _ = try await admin.revokeLicense(id: fixture.license.id)
            #expect(try await admin.verifyLicenseFile(.init(certificate: signed.certificate)).data.errors == [.licenseRevoked])
            let refused = await expectAPIError(.licenseRevoked, status: 409) { _ = try await admin.issueLicenseFile(id: fixture.license.id) }
            #expect(refused?.detail == "status")

            let events = try await clients.events("license.file_issued")
            #expect(events.count == 2 && events.allSatisfy { $0.metadata["kid"] == .string(publicKey.kid) })
            #expect(!events.contains { "\($0.metadata)".contains(fixture.key) })
            #expect(try await clients.activities(license: fixture.license.id).filter { $0.action == "license.file.issue" }.count == 2)
        }
    }

    /// A file never outlasts its license; one past its expiry, or of another account, does not hold; bad input is refused.
    @Test(arguments: TestBackend.available)
    func aClientThatAsksForTheFileGetsTheLicFile(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let fixture = try await RuntimeFixture.make(clients)
            let path = "/api/v1/licenses/\(fixture.license.id)/files"
            func issue(accept: String?) async throws -> TestResponse {
                var headers: HTTPFields = [.authorization: "Bearer \(TestServer.adminToken)", .contentType: "application/json"]
                if let accept { headers[.accept] = accept }
                return try await clients.raw(.post, path, headers: headers, body: #"{"ttl_days": 5}"#)
            }
            let prefix = fixture.license.licenseKeyPrefix
            for accept in ["application/x-pem-file", "application/json;q=0.5, application/x-pem-file", "text/html, application/x-pem-file;q=0.9"] {
                let file = try await issue(accept: accept)
                #expect(file.status == .created, "\(accept): \(file.text)")
                #expect(file.headers[.contentType] == "application/x-pem-file")
                #expect(file.headers[.contentDisposition] == "attachment; filename=\"\(prefix).lic\"")
                #expect(file.text.hasPrefix("-----BEGIN LICENSE FILE-----\n") && file.text.hasSuffix("-----END LICENSE FILE-----\n"))
                // The text is the certificate itself: the server verifies it as it verifies the JSON answer's.
                #expect(try await clients.admin.verifyLicenseFile(.init(certificate: file.text)).data.valid)
            }
            for accept in [nil, "*/*", "application/json", "application/x-pem-file;q=0", "application/x-pem-file;q=0.4, application/json"] {
                let json = try await issue(accept: accept)
                #expect(json.status == .created && json.headers[.contentType]?.hasPrefix("application/json") == true, "\(accept ?? "none")")
                #expect(json.text.contains("\"certificate\":\"-----BEGIN LICENSE FILE-----"), "\(accept ?? "none")")
            }
            // Each was issued and recorded, whichever form it went out in.
            #expect(try await clients.events("license.file_issued").count == 8)
        }
    }

    @Test(arguments: TestBackend.available)
    func filesEndWithTheirLicenseAndStayWithTheirAccount(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        let (_, otherToken) = try await Admin.createAccount(server.services, name: "Other")
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await LicensingFixture.make(clients)
            // A license ending seconds from now, and its file. A loaded machine may take longer than that between the two
            // requests, and then the license has ended: try again with more room.
            var issued: (license: License, file: LicenseFile)?
            for seconds in [3.0, 15, 60, 240] where issued == nil {
                let ending = try await admin.createLicense(.init(
                    productID: fixture.product.id, policyID: fixture.timeLimited.id, expiresAt: Date().addingTimeInterval(seconds))).data.license
                do {
                    issued = (ending, try await admin.issueLicenseFile(id: ending.id, .init(ttlDays: 30)).data)
                } catch LocksmithError.api(let error) where error.code == .licenseExpired {
                    continue
                }
            }
            let (ending, file) = try #require(issued)
            #expect(file.expiresAt == ending.expiresAt)
            try await Task.sleep(for: .milliseconds(Int64(max(0, file.expiresAt.timeIntervalSinceNow) * 1_000) + 300))
            #expect(try await admin.verifyLicenseFile(.init(certificate: file.certificate)).data.errors == [.expired])

            // Another account's file verifies nowhere but there.
            let other = clients.management(otherToken)
            let product = try await other.createProduct(.init(name: "Other", code: "other")).data
            let policy = try await other.createPolicy(id: product.id, .init(name: "P", code: "p", licenseType: .perpetual)).data
            let foreign = try await other.createLicense(.init(productID: product.id, policyID: policy.id)).data
            let foreignFile = try await other.issueLicenseFile(id: foreign.license.id).data
            #expect(try await other.verifyLicenseFile(.init(certificate: foreignFile.certificate)).data.valid)
            let elsewhere = try await admin.verifyLicenseFile(.init(certificate: foreignFile.certificate)).data
            #expect(elsewhere.errors == [.unknownKey] && elsewhere.content == nil && elsewhere.kid == nil)
            await expectAPIError(.notFound, status: 404) { _ = try await admin.issueLicenseFile(id: foreign.license.id) }

            // Bad input: a TTL out of bounds, another license's key, a key of no license.
            let active = try await fixture.issue(clients)
            for (request, field) in [
                (LicenseFileRequest(ttlDays: 0), "ttl_days"), (LicenseFileRequest(ttlDays: 3_651), "ttl_days"),
                (LicenseFileRequest(licenseKey: foreign.licenseKey), "license_key"),
                (LicenseFileRequest(licenseKey: "lsk_" + String(repeating: "A", count: 42) + "B"), "license_key"),
            ] {
                let refused = await expectAPIError(.validationFailed, status: 422) { _ = try await admin.issueLicenseFile(id: active.license.id, request) }
                #expect(refused?.detail == field)
            }
            let reader = clients.management(try await clients.token(scopes: [.licenseRead]))
            await expectAPIError(.tokenScopeDenied, status: 403) { _ = try await reader.issueLicenseFile(id: active.license.id) }
            _ = try await reader.verifyLicenseFile(.init(certificate: file.certificate))
        }
    }

    /// Machine files: an air-gapped activation under the ordinary seat rules, exact under a concurrent burst; bound to
    /// their machine, and encrypted for the key and the fingerprint together.
    @Test(arguments: TestBackend.available)
    func machineFilesActivateTheirMachineWithinTheLimit(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend, limitsOff: "it fires a burst of machine files from one key, to count seats, not requests")
        try await server.run { clients in
            let admin = clients.admin
            let fixture = try await RuntimeFixture.make(clients) { $0.maxActivations = 3; $0.maxActivationsPerDay = 0 }
            let publicKey = try #require(try await clients.system.listPublicKeys(accountID: "acc_default").data.first { $0.status == .active })
            let pinned = try PublicKeyStore(pinned: [publicKey.kid: publicKey.publicKey], account: "acc_default")

            let sealed = try await admin.issueLicenseFile(id: fixture.license.id, .init(licenseKey: fixture.key, fingerprint: "air-1")).data
            #expect(sealed.kind == .machine && sealed.certificate.hasPrefix("-----BEGIN MACHINE FILE-----\n"))
            let devices = try await admin.listLicenseDevices(id: fixture.license.id).data
            #expect(devices.map(\.fingerprint) == ["air-1"] && devices.first?.status == .active)
            #expect(try await clients.events("device.activated").count == 1)
            let opened = try await admin.verifyLicenseFile(.init(certificate: sealed.certificate, licenseKey: fixture.key, fingerprint: "air-1")).data
            #expect(opened.valid, "\(opened.errors)")
            guard case .object(let machine)? = opened.content?["machine"] else { Issue.record("no machine"); return }
            #expect(machine["fingerprint"] == .string("air-1") && machine["id"] == .string(devices[0].id))
            #expect(try await admin.verifyLicenseFile(.init(certificate: sealed.certificate, licenseKey: fixture.key, fingerprint: "air-9")).data.errors == [.decryption])
            #expect(try await LicenseFile.open(sealed.certificate, licenseKey: fixture.key, fingerprint: "air-1", keys: pinned).licenseID == fixture.license.id)
            await expectVerificationFailure { _ = try await LicenseFile.open(sealed.certificate, licenseKey: fixture.key, fingerprint: "air-9", keys: pinned) }
            if TestPython.shouldRun {
                let python = try Self.pythonOpen(sealed.certificate, publicKey: publicKey.publicKey, licenseKey: fixture.key, fingerprint: "air-1")
                #expect(python.contains("\"fingerprint\": \"air-1\""), "\(python)")
                #expect(try Self.pythonOpen(sealed.certificate, publicKey: publicKey.publicKey, licenseKey: fixture.key, fingerprint: "air-9") == "REFUSED decryption")
            }

            // Signed only, the machine is still bound: another fingerprint is the wrong machine.
            let signed = try await admin.issueLicenseFile(id: fixture.license.id, .init(fingerprint: "air-1")).data
            #expect(try await admin.verifyLicenseFile(.init(certificate: signed.certificate, fingerprint: "air-1")).data.valid)
            #expect(try await admin.verifyLicenseFile(.init(certificate: signed.certificate, fingerprint: "air-2")).data.errors == [.wrongMachine])
            await expectVerificationFailure { _ = try await LicenseFile.open(signed.certificate, fingerprint: "air-2", keys: pinned) }
            if TestPython.shouldRun {
                #expect(try Self.pythonOpen(signed.certificate, publicKey: publicKey.publicKey, licenseKey: nil, fingerprint: "air-2") == "REFUSED machine")
            }
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 1, "the same machine again takes no second seat")

            // The application's own machine file, for a second machine, in a signed answer.
            let answer = try await fixture.runtime(clients).issueMachineFile(idempotencyKey: "mf-1", .init(fingerprint: "air-3", ttlDays: 5))
            expectSigned(answer, [publicKey.kid: Base64.decode(publicKey.publicKey)!])
            #expect(answer.data.kind == .machine && answer.data.alg == .aes256GcmHkdfEd25519)
            let carried = try await LicenseFile.open(answer.data.certificate, licenseKey: fixture.key, fingerprint: "air-3", keys: pinned, product: "rt")
            #expect(carried.licenseID == fixture.license.id && abs(carried.expiry.timeIntervalSince(carried.issued) - 5 * 86_400) < 1)
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 2)
            let container = await expectAPIError(.validationFailed, status: 422) {
                _ = try await fixture.runtime(clients).issueMachineFile(idempotencyKey: "mf-2", .init(fingerprint: ""))
            }
            #expect(container?.detail == "fingerprint")

            // A burst of new machines: exactly the free seat is taken, every other request is refused whole.
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<120 {
                    group.addTask {
                        do {
                            _ = try await admin.issueLicenseFile(id: fixture.license.id, .init(fingerprint: "burst-\(index)"))
                            return "201"
                        } catch LocksmithError.api(let error) {
                            return "\(error.status) \(error.code.rawValue)"
                        }
                    }
                }
                return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            }
            #expect(outcomes == ["201": 1, "409 DEVICE_LIMIT_REACHED": 119], "\(outcomes)")
            #expect(try await admin.getLicense(id: fixture.license.id).data.activeDeviceCount == 3)
            #expect(try await admin.listLicenseDevices(id: fixture.license.id).data.filter { $0.status == .active }.count == 3)
            #expect(try await clients.events("license.file_issued").count == 4)
            #expect(try await clients.events("device.activated").count == 3)
        }
    }

    /// Fails unless `body` throws the SDK's verification error.
    func expectVerificationFailure(_ body: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async {
        do {
            try await body()
            Issue.record("the file was accepted", sourceLocation: sourceLocation)
        } catch LocksmithError.verification {
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    struct Certificate: Codable {
        var enc: String
        var sig: String
        var alg: String
    }

    static func certificate(_ text: String) -> Certificate? {
        let body = text.split(separator: "\n").dropFirst().dropLast().joined()
        return Base64.decode(body).flatMap { try? JSONDecoder().decode(Certificate.self, from: Data($0)) }
    }

    static func armor(enc: String, sig: String, alg: String) -> String {
        let json = try! JSONEncoder().encode(Certificate(enc: enc, sig: sig, alg: alg))
        let body = Array(Base64.encode(Array(json)))
        let lines = stride(from: 0, to: body.count, by: 60).map { String(body[$0..<min($0 + 60, body.count)]) }
        return (["-----BEGIN LICENSE FILE-----"] + lines + ["-----END LICENSE FILE-----"]).joined(separator: "\n") + "\n"
    }
}
