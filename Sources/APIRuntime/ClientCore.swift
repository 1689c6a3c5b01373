public import Foundation

extension APIRuntime {
    /// A management result: the typed `data` and the response `meta`.
    public struct Response<Value: Sendable>: Sendable {
        /// The decoded `data` member.
        public var data: Value
        /// The envelope's `meta` member: the request id and the server's timestamp.
        public var meta: Contract.Meta
    }

    /// A page of a list: the items, the cursor of the next page and the response `meta`.
    public struct ListResponse<Item: Sendable, PageInfo: Sendable>: Sendable {
        /// The items of this page.
        public var data: [Item]
        /// The `page_info` member, with the cursor of the next page; read as `{}` when the server sent none.
        public var pageInfo: PageInfo
        /// The envelope's `meta` member: the request id and the server's timestamp.
        public var meta: Contract.Meta
    }

    /// A runtime result: the typed `data`, the exact bytes of `data` that the signature covers, and the signature.
    public struct SignedResponse<Value: Sendable>: Sendable {
        /// The decoded `data` member.
        public var data: Value
        /// The bytes of the `data` member exactly as received; verify the signature over these, never over a re-encoding.
        public var dataBytes: Data
        /// The `signature` member, which covers `dataBytes`.
        public var signature: Contract.ResponseSignature
        /// The envelope's `meta` member: the request id and the server's timestamp.
        public var meta: Contract.Meta
    }

    /// What the generated client methods share: authorization, middlewares, sending, and decoding envelopes and
    /// errors. Everything it throws is a ``ClientError``.
    public struct ClientCore: Sendable {
        /// Sends each request on, after every middleware has seen it.
        public let transport: any Transport
        /// The full `Authorization` header value, or nil for system routes.
        public let authorization: String?
        /// Applied in order: the first sees the request first and the answer last.
        public var middlewares: [any ClientMiddleware]
        /// The timeout, extra headers and response observer applied to every call.
        public var options: RequestOptions

        /// A core that sends through `transport`, with the given credential, middlewares and options.
        public init(transport: any Transport, authorization: String?, middlewares: [any ClientMiddleware] = [], options: RequestOptions = RequestOptions()) {
            self.transport = transport
            self.authorization = authorization
            self.middlewares = middlewares
            self.options = options
        }

        /// Sends `operation` without a body, through the middlewares, and returns the answer whatever its status.
        public func send(
            _ operation: Contract.Operation, path: String, query: [QueryItem] = [], headers: [String: String] = [:]
        ) async throws -> HTTPResponseParts {
            try await send(operation, request(operation, path: path, query: query, headers: headers, body: nil))
        }

        /// Sends `operation` with `body` as JSON (no body when nil) and returns the answer whatever its status.
        public func send<Body: Encodable>(
            _ operation: Contract.Operation, path: String, query: [QueryItem] = [], headers: [String: String] = [:], body: Body?
        ) async throws -> HTTPResponseParts {
            let bytes: Data?
            do {
                bytes = try body.map { try LocksmithJSON.encodeData($0) }
            } catch {
                throw ClientError.api(APIError(.invalidJSON, "the request body cannot be encoded: \(error)"))
            }
            return try await send(operation, request(operation, path: path, query: query, headers: headers, body: bytes))
        }

        private func send(_ operation: Contract.Operation, _ request: HTTPRequestParts) async throws -> HTTPResponseParts {
            let spec = Contract.index[operation]
            let context = ClientOperationContext(
                operationID: operation.rawValue, method: spec.method, signsResponse: spec.signsResponse,
                requiresIdempotencyKey: spec.requiresIdempotencyKey)
            let transport = self.transport
            var next: @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts = { request in
                do {
                    return try await transport.send(request)
                } catch {
                    throw ClientError.wrapping(error)
                }
            }
            for middleware in middlewares.reversed() {
                let inner = next
                next = { request in try await middleware.intercept(request, operation: context, next: inner) }
            }
            do {
                let response = try await next(request)
                options.onResponse?(response)
                return response
            } catch {
                throw ClientError.wrapping(error)
            }
        }

        private func request(
            _ operation: Contract.Operation, path: String, query: [QueryItem], headers: [String: String], body: Data?
        ) -> HTTPRequestParts {
            var allHeaders = options.headers.merging(headers) { _, own in own }
            allHeaders["Accept"] = "application/json"
            if let authorization { allHeaders["Authorization"] = authorization }
            if body != nil { allHeaders["Content-Type"] = "application/json" }
            return HTTPRequestParts(
                method: Contract.index[operation].method, path: path, queryItems: query, headers: allHeaders, body: body, timeout: options.timeout)
        }

        /// Decodes a `{data, meta}` answer; a body that does not fit is `ClientError.decoding`.
        public func envelope<T: Decodable & Sendable>(_ type: T.Type, from response: HTTPResponseParts) throws -> Response<T> {
            let envelope = try decode(DecodedDataEnvelope<T>.self, from: response)
            return Response(data: envelope.data, meta: envelope.meta)
        }

        /// Decodes a `{data, page_info, meta}` answer; a missing `page_info` reads as `{}`, the last page.
        public func list<T: Decodable & Sendable, P: Decodable & Sendable>(
            _ type: T.Type, pageInfo: P.Type, from response: HTTPResponseParts
        ) throws -> ListResponse<T, P> {
            let envelope = try decode(DecodedListEnvelope<T, P>.self, from: response)
            return ListResponse(data: envelope.data, pageInfo: envelope.pageInfo, meta: envelope.meta)
        }

        /// Decodes a `{data, signature, meta}` answer, keeping the exact bytes of `data`; it does not verify the signature.
        public func signed<T: Decodable & Sendable>(_ type: T.Type, from response: HTTPResponseParts) throws -> SignedResponse<T> {
            guard let bytes = JSONBytes.rawMember("data", in: response.body) else {
                throw ClientError.decoding(message: "the signed answer has no data member", status: response.status, bodySnippet: snippet(response))
            }
            let envelope = try decode(DecodedSignedEnvelope<T>.self, from: response)
            return SignedResponse(data: envelope.data, dataBytes: bytes, signature: envelope.signature, meta: envelope.meta)
        }

        /// The body as UTF-8 text, for operations that answer with plain text (`GET /metrics`).
        public func text(from response: HTTPResponseParts) -> String {
            String(decoding: response.body, as: UTF8.self)
        }

        /// Decodes a bare JSON document (`x-locksmith-bare`): the body is the value itself, with no envelope.
        public func document<T: Decodable & Sendable>(_ type: T.Type, from response: HTTPResponseParts) throws -> T {
            try decode(type, from: response)
        }

        /// The body as it came, with the documented response `headers` that the response carries.
        public func binary(from response: HTTPResponseParts, headers: [String] = []) -> BinaryBody {
            var values: [String: String] = [:]
            for name in headers {
                if let value = response.headers[name.lowercased()] { values[name] = value }
            }
            return BinaryBody(data: response.body, contentType: response.headers["content-type"] ?? "application/octet-stream", headers: values)
        }

        /// The ``ClientError/api(_:)`` a non-success response carries; bodies that are not an error envelope still
        /// become one, with the code `HTTP_<status>`.
        public func error(from response: HTTPResponseParts) -> ClientError {
            if let envelope = try? LocksmithJSON.decode(DecodedErrorEnvelope.self, from: response.body) {
                return .api(
                    APIError(
                        Contract.Code(rawValue: envelope.error.code), envelope.error.message, detail: envelope.error.detail,
                        status: response.status, requestID: envelope.meta.requestID, timestamp: envelope.meta.timestamp))
            }
            let text = snippet(response)
            return .api(
                APIError(
                    .unrecognized("HTTP_\(response.status)"), text.isEmpty ? "HTTP status \(response.status)" : text, status: response.status,
                    requestID: response.headers["x-request-id"]))
        }

        private func decode<T: Decodable>(_ type: T.Type, from response: HTTPResponseParts) throws -> T {
            do {
                return try LocksmithJSON.decode(type, from: response.body)
            } catch {
                throw ClientError.decoding(error, response: response)
            }
        }

        private func snippet(_ response: HTTPResponseParts) -> String {
            String(decoding: response.body.prefix(200), as: UTF8.self)
        }
    }

    private struct DecodedDataEnvelope<T: Decodable>: Decodable {
        var data: T
        var meta: Contract.Meta
    }

    private struct DecodedListEnvelope<T: Decodable, P: Decodable>: Decodable {
        var data: [T]
        var pageInfo: P
        var meta: Contract.Meta

        enum CodingKeys: String, CodingKey {
            case data
            case pageInfo = "page_info"
            case meta
        }

        // An upstream LicenseKit server sends lists without `page_info`: that is the last page, read as `{}`.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            data = try container.decode([T].self, forKey: .data)
            meta = try container.decode(Contract.Meta.self, forKey: .meta)
            pageInfo = try container.decodeIfPresent(P.self, forKey: .pageInfo) ?? LocksmithJSON.decode(P.self, from: Data("{}".utf8))
        }
    }

    private struct DecodedSignedEnvelope<T: Decodable>: Decodable {
        var data: T
        var signature: Contract.ResponseSignature
        var meta: Contract.Meta
    }

    /// `{"error": {code, message, detail?}, meta}`.
    private struct DecodedErrorEnvelope: Decodable {
        struct Body: Decodable {
            var code: String
            var message: String
            var detail: String?
        }

        var error: Body
        var meta: Contract.Meta
    }
}
