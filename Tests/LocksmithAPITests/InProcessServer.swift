import Foundation
import LocksmithAPI
import LocksmithSDK

/// Routes client requests to a `Dispatcher` in the same process and wraps results the way the server does:
/// `{data, meta}`, `{data, signature, meta}` or `{error, meta}`. The stand-in "signature" is the base64 of the
/// exact `data` bytes, so tests can check that clients recover precisely the signed bytes.
struct InProcessServer: Sendable {
    let dispatcher: Dispatcher<String>
    static let meta = ResponseMeta(requestID: "req_test", timestamp: Date(timeIntervalSince1970: 1_767_225_600))

    var transport: InMemoryTransport {
        InMemoryTransport { request in await handle(request) }
    }

    func handle(_ request: HTTPRequestParts) async -> HTTPResponseParts {
        do {
            guard let (operation, parameters) = OperationTable.match(method: request.method, path: request.path) else {
                throw APIError(.notFound, "no route for \(request.method) \(request.path)")
            }
            let raw = RawRequest(pathParameters: parameters, queryItems: request.queryItems, headers: request.headers, body: request.body)
            let result = try await dispatcher.dispatch(operation, raw, context: "test-context")
            switch result.body {
            case .empty:
                return HTTPResponseParts(status: result.status)
            case .json(let data, let pageInfo):
                let signature = operation.spec.signsResponse
                    ? Signature(alg: "test", kid: "test-key", value: data.base64EncodedString()) : nil
                let body = try EnvelopeWriter.success(data: data, pageInfo: pageInfo, signature: signature, meta: Self.meta)
                return HTTPResponseParts(status: result.status, headers: ["Content-Type": "application/json"], body: body)
            case .text(let text, let contentType):
                return HTTPResponseParts(status: result.status, headers: ["Content-Type": contentType], body: Data(text.utf8))
            case .binary(let data, let contentType, let headers):
                return HTTPResponseParts(status: result.status, headers: headers.merging(["Content-Type": contentType]) { $1 }, body: data)
            }
        } catch let error as APIError {
            let body = (try? EnvelopeWriter.error(error, meta: Self.meta)) ?? Data()
            return HTTPResponseParts(status: error.status, headers: ["Content-Type": "application/json"], body: body)
        } catch {
            return HTTPResponseParts(status: 500, body: Data("unexpected \(error)".utf8))
        }
    }
}
