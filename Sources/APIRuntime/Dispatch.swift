public import Foundation

/// One query parameter, already percent-decoded.
public struct QueryItem: Sendable, Hashable {
    /// The parameter's name, e.g. `group_by`.
    public var name: String
    /// The parameter's value as text, not percent-encoded; a comma-separated list stays one value.
    public var value: String

    /// A query item named `name` with `value`.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension APIRuntime {
    /// A request as the dispatcher needs it, independent of any HTTP framework.
    public struct RawRequest: Sendable {
        /// The path parameters, by their names in the operation's path template.
        public var pathParameters: [String: String]
        /// The query parameters in the order they came, repeats included.
        public var queryItems: [QueryItem]
        /// Header names are matched case-insensitively.
        public var headers: [String: String]
        /// The raw request body; nil or empty when there is none.
        public var body: Data?

        /// A request from its parts; header names are lower-cased (the first of duplicate spellings wins).
        public init(pathParameters: [String: String] = [:], queryItems: [QueryItem] = [], headers: [String: String] = [:], body: Data? = nil) {
            self.pathParameters = pathParameters
            self.queryItems = queryItems
            self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
            self.body = body
        }

        /// The value of the header `name`, matched case-insensitively; nil when absent.
        public func header(_ name: String) -> String? {
            headers[name.lowercased()]
        }

        /// The path parameter `name`; a missing or empty one is `NOT_FOUND`, one holding a NUL is `INVALID_QUERY`.
        public func pathParameter(_ name: String) throws -> String {
            guard let value = pathParameters[name], !value.isEmpty else {
                throw APIError(.notFound, "missing path parameter '\(name)'")
            }
            try Self.refuseNUL(value, in: "path parameter '\(name)'", name)
            return value
        }

        /// A header the operation requires; a missing `Idempotency-Key` has its own code.
        public func requiredHeader(_ name: String) throws -> String {
            guard let value = header(name), !value.isEmpty else {
                if name.lowercased() == "idempotency-key" {
                    throw APIError(.idempotencyKeyRequired, "this operation requires an Idempotency-Key header", detail: name)
                }
                throw APIError(.invalidQuery, "header '\(name)' is required", detail: name)
            }
            return value
        }

        /// The single value of a query parameter, parsed; nil when absent.
        public func query<T: QueryParameterValue>(_ name: String, as type: T.Type, required: Bool = false) throws -> T? {
            let values = queryItems.filter { $0.name == name }
            guard let item = values.first else {
                if required { throw APIError.invalidQuery("query parameter '\(name)' is required", detail: name) }
                return nil
            }
            guard values.count == 1 else {
                throw APIError.invalidQuery("query parameter '\(name)' may appear only once", detail: name)
            }
            try Self.refuseNUL(item.value, in: "query parameter '\(name)'", name)
            guard let value = T(queryValue: item.value) else {
                throw APIError.invalidQuery("query parameter '\(name)' must be \(T.queryExpectation); got '\(item.value)'", detail: name)
            }
            return value
        }

        /// PostgreSQL text cannot hold U+0000, and SQLite would store it for every reader to truncate.
        private static func refuseNUL(_ value: String, in place: String, _ name: String) throws {
            if value.utf8.contains(0) {
                throw APIError.invalidQuery("\(place) contains a NUL character (U+0000)", detail: name)
            }
        }

        /// A list parameter, comma-separated (`group_by=product,feature`), repeated (`group_by=product&group_by=feature`,
        /// as clients that serialise a list as repeated parameters send it), or both; values keep their order.
        public func queryList<T: QueryParameterValue>(_ name: String, as type: T.Type, required: Bool = false) throws -> [T]? {
            let values = queryItems.filter { $0.name == name }.map(\.value)
            for value in values { try Self.refuseNUL(value, in: "query parameter '\(name)'", name) }
            guard !values.isEmpty else {
                if required { throw APIError.invalidQuery("query parameter '\(name)' is required", detail: name) }
                return nil
            }
            return try values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { part in
                guard let value = T(queryValue: String(part)) else {
                    throw APIError.invalidQuery("query parameter '\(name)' must be a comma-separated list of \(T.queryExpectation); got '\(part)'", detail: name)
                }
                return value
            }
        }

        /// Decodes a JSON body strictly; `required` bodies must be present.
        public func decodeBody<T: Decodable & Validatable>(_ type: T.Type) throws -> T {
            guard let body, !body.isEmpty else { throw APIError.invalidJSON("a JSON request body is required") }
            return try decodeJSON(type, from: body)
        }

        /// Decodes an optional JSON body; an empty body is nil.
        public func decodeOptionalBody<T: Decodable & Validatable>(_ type: T.Type) throws -> T? {
            guard let body, !body.isEmpty else { return nil }
            return try decodeJSON(type, from: body)
        }

        /// The quick path for flat bodies (`FlatJSON`), else the full one; validated either way.
        private func decodeJSON<T: Decodable & Validatable>(_ type: T.Type, from body: Data) throws -> T {
            let value = try FlatJSON.decode(type, from: body) ?? decodeFully(type, from: body)
            try value.validate(at: "")
            return value
        }

        /// The screen, then `JSONDecoder`, with Foundation's errors worded for the caller.
        private func decodeFully<T: Decodable>(_ type: T.Type, from body: Data) throws -> T {
            try JSONScreen.check(body)
            do {
                return try LocksmithJSON.decode(type, from: body)
            } catch let error as DecodingError {
                // Foundation reports a number that does not fit its field (1.5 or 2^70 for an integer) as invalid
                // JSON with no path; say what is actually wrong when the body does parse.
                if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                   (try? JSONSerialization.jsonObject(with: body)) != nil {
                    throw APIError.invalidJSON("a number in the request body does not fit its field: integer fields take whole numbers within 64 bits")
                }
                throw APIError.invalidJSON(error)
            }
        }
    }
}

/// What a handler produced, ready for the server to wrap in an envelope (and sign, on runtime routes).
public struct DispatchResult: Sendable {
    /// What a handler's response carries; only `.json` goes into an envelope.
    public enum Body: Sendable {
        case empty
        /// The bytes of `data`, and of `page_info` for lists: compact, sorted, ASCII JSON.
        case json(data: Data, pageInfo: Data?)
        case text(String, contentType: String)
        /// Bytes sent as they are, with the response headers the operation documents (`ETag`…).
        case binary(Data, contentType: String, headers: [String: String])
    }

    /// The HTTP status of the response.
    public var status: Int
    /// The response body: nothing, JSON for the envelope, text, or raw bytes.
    public var body: Body

    /// A result with the given status and body.
    public init(status: Int, body: Body) {
        self.status = status
        self.body = body
    }

    /// A JSON result: `data` encoded with `LocksmithJSON`, for the envelope's `data` member.
    public static func json<T: Encodable>(_ status: Int, _ data: T) throws -> DispatchResult {
        DispatchResult(status: status, body: .json(data: try LocksmithJSON.encodeData(data), pageInfo: nil))
    }

    /// A JSON result for a type that writes itself, chosen over the generic one without a dynamic cast.
    public static func json<T: Encodable & JSONWritable>(_ status: Int, _ data: T) throws -> DispatchResult {
        DispatchResult(status: status, body: .json(data: try LocksmithJSON.encodeData(data), pageInfo: nil))
    }

    /// A list result: the items as `data` and the page info as `page_info`, both encoded with `LocksmithJSON`.
    public static func json<T: Encodable, P: Encodable>(_ status: Int, _ data: T, pageInfo: P) throws -> DispatchResult {
        DispatchResult(status: status, body: .json(data: try LocksmithJSON.encodeData(data), pageInfo: try LocksmithJSON.encodeData(pageInfo)))
    }
}

/// A JSON document sent as the whole body, without the envelope (`x-locksmith-bare`: a JWK Set, an RFC 7662
/// introspection answer), with the response headers the operation documents (`Cache-Control`…).
public struct Document<Value: Encodable & Sendable>: Sendable {
    /// The document.
    public var value: Value
    /// Further response headers, by their names in the contract.
    public var headers: [String: String]

    /// A document and, optionally, the documented response headers.
    public init(_ value: Value, headers: [String: String] = [:]) {
        self.value = value
        self.headers = headers
    }
}

extension DispatchResult {
    /// A bare JSON document: `value` encoded with `LocksmithJSON` as the whole body.
    public static func document<T>(_ status: Int, _ document: Document<T>) throws -> DispatchResult {
        DispatchResult(
            status: status, body: .binary(try LocksmithJSON.encodeData(document.value), contentType: "application/json", headers: document.headers))
    }
}

/// A raw response body with its media type (report downloads), and the response headers the operation documents
/// for it, by their names in the contract.
public struct BinaryBody: Sendable, Hashable {
    /// The bytes, sent as they are.
    public var data: Data
    /// The media type, sent as `Content-Type`, e.g. `application/yaml; charset=utf-8`.
    public var contentType: String
    /// Further response headers (`ETag`…), by their names in the contract.
    public var headers: [String: String]

    /// A binary body with its media type and, optionally, the documented response headers.
    public init(data: Data, contentType: String, headers: [String: String] = [:]) {
        self.data = data
        self.contentType = contentType
        self.headers = headers
    }
}
