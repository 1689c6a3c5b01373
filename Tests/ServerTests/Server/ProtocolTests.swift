import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocksmithAPI
import LocksmithSDK
import LocksmithServer
import LocksmithTestSupport
import Testing

/// Envelopes, request ids and the HTTP-level errors every route shares.
@Suite struct ProtocolTests {
    private let admin: HTTPFields = [.authorization: "Bearer \(TestServer.adminToken)"]

    @Test(arguments: TestBackend.available)
    func requestIDsAreEchoedOrMade(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend)
        try await server.run { clients in
            let echoed = try await clients.raw(.get, "/health", headers: [.init("X-Request-ID")!: "trace-42.a_b"])
            #expect(echoed.headers[.init("X-Request-ID")!] == "trace-42.a_b")
            #expect(echoed.text.contains(#""request_id":"trace-42.a_b""#))
            let invalid = try await clients.raw(.get, "/health", headers: [.init("X-Request-ID")!: "has spaces and {json}"])
            let made = try #require(invalid.headers[.init("X-Request-ID")!])
            #expect(made.hasPrefix("req_") && made.count == 30)
            let meta = try LocksmithJSON.decode(ErrorEnvelopeOrData.self, from: Data(invalid.body.readableBytesView)).meta
            #expect(meta.requestID == made)
            #expect(abs(meta.timestamp.timeIntervalSinceNow) < 60)
        }
    }

    @Test(arguments: TestBackend.available)
    func unknownRoutesWrongMethodsBigBodiesAndWrongMediaTypes(backend: TestBackend) async throws {
        let server = try await TestServer.start(backend) { $0.maxBodyBytes = 1024 }
        try await server.run { clients in
            let unknown = try await clients.raw(.get, "/api/v1/nothing-here", headers: admin)
            #expect(unknown.status == .notFound)
            #expect(unknown.errorEnvelope?.error.code == "NOT_FOUND")
            #expect(unknown.headers[.init("X-Request-ID")!] != nil)

            let wrongMethod = try await clients.raw(.put, "/api/v1/api-keys", headers: admin)
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.errorEnvelope?.error.code == "METHOD_NOT_ALLOWED")
            #expect(wrongMethod.headers[.allow] == "GET, POST")

            var json = admin
            json[.contentType] = "application/json"
            let big = #"{"name":""# + String(repeating: "a", count: 2000) + #""}"#
            let tooLarge = try await clients.raw(.post, "/api/v1/api-keys", headers: json, body: big)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.errorEnvelope?.error.code == "PAYLOAD_TOO_LARGE")

            var form = admin
            form[.contentType] = "application/x-www-form-urlencoded"
            let wrongType = try await clients.raw(.post, "/api/v1/api-keys", headers: form, body: "name=x")
            #expect(wrongType.status == .unsupportedMediaType)
            #expect(wrongType.errorEnvelope?.error.code == "UNSUPPORTED_MEDIA_TYPE")

            // The media type is compared without parameters, blanks or case; any `+json` type is JSON too.
            for (contentType, accepted) in [
                ("Application/JSON; charset=utf-8", true), (" application/json ", true), ("application/vnd.locksmith+json", true),
                ("application/jsonp", false), ("text/json-ish", false), ("+json", true), ("json", false),
            ] {
                var headers = admin
                headers[.contentType] = contentType
                let answer = try await clients.raw(.post, "/api/v1/api-keys", headers: headers, body: #"{"name":"media \(contentType)"}"#)
                #expect((answer.status == .unsupportedMediaType) == !accepted, "\(contentType): \(answer.status)")
            }

            let notJSON = try await clients.raw(.post, "/api/v1/api-keys", headers: json, body: "{name")
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.errorEnvelope?.error.code == "INVALID_JSON")
        }
    }

}

/// Just the `meta` of any envelope.
private struct ErrorEnvelopeOrData: Decodable {
    var meta: ResponseMeta
}
