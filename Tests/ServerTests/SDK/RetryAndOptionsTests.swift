import Foundation
import LocksmithAPI
import LocksmithSDK
import LocksmithTestSupport
import NIOConcurrencyHelpers
import Testing

/// Retries, per-request options and errors against a fake transport that counts attempts.
@Suite struct RetryAndOptionsTests {
    /// Answers each request with the next of `answers` (a thrown error for nil), recording requests and waits.
    final class Script: Sendable {
        let answers: NIOLockedValueBox<[HTTPResponseParts?]>
        let requests = NIOLockedValueBox<[HTTPRequestParts]>([])
        let waits = NIOLockedValueBox<[Duration]>([])

        init(_ answers: [HTTPResponseParts?]) {
            self.answers = NIOLockedValueBox(answers)
        }

        var transport: InMemoryTransport {
            InMemoryTransport { request in
                self.requests.withLockedValue { $0.append(request) }
                let answer = self.answers.withLockedValue { $0.isEmpty ? fakeError(500, "INTERNAL") : $0.removeFirst() }
                guard let answer else { throw URLError(.networkConnectionLost) }
                return answer
            }
        }

        var policy: RetryPolicy {
            RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(100), maxDelay: .seconds(5)) { wait in self.waits.withLockedValue { $0.append(wait) } }
        }

        var attempts: Int { requests.withLockedValue { $0.count } }
    }

    static let emptyList = fakeAnswer(200, #"{"data":[],"meta":\#(fakeMeta)}"#)

    @Test func getsRetryOn503And429AndTransportErrorsHonouringRetryAfter() async throws {
        let script = Script([fakeError(503, "SERVICE_UNAVAILABLE"), fakeError(429, "RATE_LIMITED", headers: ["Retry-After": "2"]), nil, Self.emptyList])
        let management = ManagementClient(token: "lkm_x", transport: script.transport, retry: script.policy)
        // A list without page_info (as an upstream LicenseKit server sends) is the last page.
        let products = try await management.listProducts()
        #expect(products.data.isEmpty && products.pageInfo.nextCursor == nil)
        #expect(script.attempts == 4)
        let waits = script.waits.withLockedValue { $0 }
        #expect(waits.count == 3)
        #expect(waits[0] >= .milliseconds(50) && waits[0] <= .milliseconds(100))
        #expect(waits[1] == .seconds(2))
        #expect(waits[2] >= .milliseconds(200) && waits[2] <= .milliseconds(400))
    }

    @Test func idempotentCallsReuseOneGeneratedKeyAcrossAttempts() async throws {
        let script = Script([nil, fakeError(503, "SERVICE_UNAVAILABLE"), fakeError(503, "SERVICE_UNAVAILABLE"), fakeError(503, "SERVICE_UNAVAILABLE")])
        let runtime = RuntimeClient(licenseKey: "lsk_x", transport: script.transport, verification: .unsafeSkipVerification, retry: script.policy)
        let error = await #expect(throws: LocksmithError.self) { _ = try await runtime.activateLicense(machine("fp")) }
        #expect(error?.apiError?.status == 503)
        #expect(script.attempts == 4)
        let keys = Set(script.requests.withLockedValue { $0.map { $0.headers["Idempotency-Key"] } })
        #expect(keys.count == 1 && keys.first??.isEmpty == false)

        // A key the caller gives is the one sent; a new call gets a new key.
        let given = Script([fakeError(503, "SERVICE_UNAVAILABLE"), fakeError(409, "CONFLICT")])
        let runtime2 = RuntimeClient(licenseKey: "lsk_x", transport: given.transport, verification: .unsafeSkipVerification, retry: given.policy)
        _ = try? await runtime2.activateLicense(idempotencyKey: "mine", machine("fp"))
        #expect(given.requests.withLockedValue { $0.map { $0.headers["Idempotency-Key"] } } == ["mine", "mine"])
    }

    @Test func otherWritesAreNotRetried() async throws {
        let script = Script([fakeError(503, "SERVICE_UNAVAILABLE"), Self.emptyList])
        let management = ManagementClient(token: "lkm_x", transport: script.transport, retry: script.policy)
        await #expect(throws: LocksmithError.self) { _ = try await management.createProduct(.init(name: "P", code: "p")) }
        #expect(script.attempts == 1)
    }

    @Test func errorsAreOneTypeWithTheirContext() async throws {
        let script = Script([
            fakeError(403, "LICENSE_SUSPENDED"), fakeAnswer(200, #"{"data":{"id":1},"meta":\#(fakeMeta)}"#),
            fakeAnswer(502, "<html>bad gateway</html>"), nil,
        ])
        let management = ManagementClient(token: "lkm_x", transport: script.transport, retry: .never)
        do {
            _ = try await management.listProducts()
            Issue.record("expected an API error")
        } catch LocksmithError.api(let error) {
            #expect(error.code == .licenseSuspended && error.status == 403 && error.message == "try later")
            #expect(error.requestID == "req_fake" && error.timestamp == RFC3339.date(from: "2026-01-02T03:04:05Z"))
        }
        do {
            _ = try await management.getProduct(id: "prod_1")
            Issue.record("expected a decoding error")
        } catch LocksmithError.decoding(_, let status, let snippet) {
            #expect(status == 200 && snippet.hasPrefix(#"{"data":{"id":1}"#))
        }
        do {
            _ = try await management.listProducts()
        } catch LocksmithError.api(let error) {
            #expect(error.status == 502 && error.code.rawValue == "HTTP_502" && error.message == "<html>bad gateway</html>")
        }
        do {
            _ = try await management.listProducts()
        } catch LocksmithError.transport(let underlying) {
            #expect((underlying as? URLError)?.code == .networkConnectionLost)
        }
    }

    @Test func requestOptionsReachTheTransportAndRawAnswersAreKept() async throws {
        let lastPage = fakeAnswer(200, #"{"data":[],"page_info":{"next_cursor":null},"meta":\#(fakeMeta)}"#)
        let script = Script([lastPage])
        let management = ManagementClient(token: "lkm_x", transport: script.transport)
        let (page, raw) = try await management.with(RequestOptions(timeout: 3, headers: ["X-Request-ID": "trace-1", "Authorization": "ignored"]))
            .withRawResponse { try await $0.listProducts() }
        #expect(page.data.isEmpty && raw.status == 200 && raw.body == lastPage.body)
        let first = script.requests.withLockedValue { $0.first }
        let request = try #require(first)
        #expect(request.timeout == 3 && request.headers["X-Request-ID"] == "trace-1" && request.headers["Authorization"] == "Bearer lkm_x")
    }
}
