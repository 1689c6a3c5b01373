import Foundation
import LocksmithAPI
import LocksmithSDK
import NIOConcurrencyHelpers

/// A transport in front of another that can rewrite answers, counts requests by path and notes which operations
/// were answered with a 2xx.
struct InterceptingTransport: Transport {
    typealias Rewrite = @Sendable (HTTPRequestParts, HTTPResponseParts) -> HTTPResponseParts

    let inner: any Transport
    let rewrite: NIOLockedValueBox<Rewrite?> = NIOLockedValueBox(nil)
    let requests: NIOLockedValueBox<[HTTPRequestParts]> = NIOLockedValueBox([])
    private let answeredOperations: NIOLockedValueBox<Set<OperationID>> = NIOLockedValueBox([])

    func send(_ request: HTTPRequestParts) async throws -> HTTPResponseParts {
        requests.withLockedValue { $0.append(request) }
        let response = try await inner.send(request)
        if (200..<300).contains(response.status), let match = OperationTable.index.match(method: request.method, path: request.path) {
            answeredOperations.withLockedValue { _ = $0.insert(match.operation) }
        }
        return rewrite.withLockedValue { $0 }?(request, response) ?? response
    }

    /// The operations the server answered with a 2xx through this transport.
    var answered: Set<OperationID> { answeredOperations.withLockedValue { $0 } }

    /// Answers are passed on unchanged from now on, or changed by `rewrite`.
    func rewriting(_ rewrite: Rewrite?) {
        self.rewrite.withLockedValue { $0 = rewrite }
    }

    func count(path: String) -> Int {
        requests.withLockedValue { $0.filter { $0.path == path }.count }
    }
}

/// Changes every occurrence of `old` in `body` to `new`.
func replacing(_ old: String, with new: String, in body: Data) -> Data {
    Data(String(decoding: body, as: UTF8.self).replacingOccurrences(of: old, with: new, options: [], range: nil).utf8)
}

/// The string value of `member` in the JSON object `body`.
func member(_ name: String, in body: Data) -> String? {
    JSONBytes.rawMember(name, in: body).flatMap { try? LocksmithJSON.decode(String.self, from: $0) }
}

/// A JSON envelope `meta` for hand-made answers.
let fakeMeta = #"{"request_id":"req_fake","timestamp":"2026-01-02T03:04:05Z"}"#

/// A hand-made JSON answer.
func fakeAnswer(_ status: Int, _ body: String, headers: [String: String] = [:]) -> HTTPResponseParts {
    HTTPResponseParts(status: status, headers: headers.merging(["content-type": "application/json"]) { own, _ in own }, body: Data(body.utf8))
}

/// An error envelope with this code.
func fakeError(_ status: Int, _ code: String, headers: [String: String] = [:]) -> HTTPResponseParts {
    fakeAnswer(status, #"{"error":{"code":"\#(code)","message":"try later"},"meta":\#(fakeMeta)}"#, headers: headers)
}
