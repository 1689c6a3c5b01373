public import Foundation

extension APIRuntime {
    /// A management result: the typed `data` and the response `meta`.
    public struct Response<Value: Sendable>: Sendable {
        public var data: Value
        public var meta: Contract.Meta
    }

    /// A page of a list: the items, the cursor of the next page and the response `meta`.
    public struct ListResponse<Item: Sendable, PageInfo: Sendable>: Sendable {
        public var data: [Item]
        public var pageInfo: PageInfo
        public var meta: Contract.Meta
    }

    /// A runtime result: the typed `data`, the exact bytes of `data` that the signature covers, and the signature.
    public struct SignedResponse<Value: Sendable>: Sendable {
        public var data: Value
        /// The bytes of the `data` member exactly as received; verify the signature over these, never over a re-encoding.
        public var dataBytes: Data
        public var signature: Contract.ResponseSignature
        public var meta: Contract.Meta
    }

    /// What the generated client methods share: authorization, sending, and decoding envelopes and errors.
    public struct ClientCore: Sendable {
        public let transport: any Transport
        /// The full `Authorization` header value, or nil for system routes.
        public let authorization: String?

        public init(transport: any Transport, authorization: String?) {
            self.transport = transport
            self.authorization = authorization
        }

        public func send(
            _ operation: Contract.Operation, path: String, query: [QueryItem] = [], headers: [String: String] = [:]
        ) async throws -> HTTPResponseParts {
            try await transport.send(request(operation, path: path, query: query, headers: headers, body: nil))
        }

        public func send<Body: Encodable>(
            _ operation: Contract.Operation, path: String, query: [QueryItem] = [], headers: [String: String] = [:], body: Body?
        ) async throws -> HTTPResponseParts {
            let bytes = try body.map { try LocksmithJSON.encodeData($0) }
            return try await transport.send(request(operation, path: path, query: query, headers: headers, body: bytes))
        }

        private func request(
            _ operation: Contract.Operation, path: String, query: [QueryItem], headers: [String: String], body: Data?
        ) -> HTTPRequestParts {
            var allHeaders = headers
            allHeaders["Accept"] = "application/json"
            if let authorization { allHeaders["Authorization"] = authorization }
            if body != nil { allHeaders["Content-Type"] = "application/json" }
            return HTTPRequestParts(method: Contract.index[operation].method, path: path, queryItems: query, headers: allHeaders, body: body)
        }

        public func envelope<T: Decodable & Sendable>(_ type: T.Type, from response: HTTPResponseParts) throws -> Response<T> {
            let envelope = try LocksmithJSON.decode(DecodedDataEnvelope<T>.self, from: response.body)
            return Response(data: envelope.data, meta: envelope.meta)
        }

        public func list<T: Decodable & Sendable, P: Decodable & Sendable>(
            _ type: T.Type, pageInfo: P.Type, from response: HTTPResponseParts
        ) throws -> ListResponse<T, P> {
            let envelope = try LocksmithJSON.decode(DecodedListEnvelope<T, P>.self, from: response.body)
            return ListResponse(data: envelope.data, pageInfo: envelope.pageInfo, meta: envelope.meta)
        }

        public func signed<T: Decodable & Sendable>(_ type: T.Type, from response: HTTPResponseParts) throws -> SignedResponse<T> {
            let envelope = try LocksmithJSON.decode(DecodedSignedEnvelope<T>.self, from: response.body)
            guard let bytes = JSONBytes.rawMember("data", in: response.body) else {
                throw APIError(.internal, "the signed response has no data member", status: response.status)
            }
            return SignedResponse(data: envelope.data, dataBytes: bytes, signature: envelope.signature, meta: envelope.meta)
        }

        public func text(from response: HTTPResponseParts) -> String {
            String(decoding: response.body, as: UTF8.self)
        }

        /// The body as it came, with the documented response `headers` that the response carries.
        public func binary(from response: HTTPResponseParts, headers: [String] = []) -> BinaryBody {
            var values: [String: String] = [:]
            for name in headers {
                if let value = response.headers[name.lowercased()] { values[name] = value }
            }
            return BinaryBody(data: response.body, contentType: response.headers["content-type"] ?? "application/octet-stream", headers: values)
        }

        /// The `APIError` a non-success response carries; bodies that are not an error envelope still become one.
        public func error(from response: HTTPResponseParts) -> APIError {
            if let envelope = try? LocksmithJSON.decode(DecodedErrorEnvelope.self, from: response.body) {
                return APIError(
                    Contract.Code(rawValue: envelope.error.code), envelope.error.message, detail: envelope.error.detail,
                    status: response.status, requestID: envelope.meta.requestID)
            }
            let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            return APIError(.unrecognized("HTTP_\(response.status)"), text.isEmpty ? "HTTP status \(response.status)" : text, status: response.status)
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
