/// The subset of OpenAPI 3.1 that Locksmith's contract uses, after `$ref`s, `allOf` and inline types are
/// resolved. Every inline object or enum has been hoisted into a named type, so renderers only ever see
/// references to named types, primitives, arrays and maps.
public struct Spec: Sendable {
    public var title: String
    public var version: String
    public var tags: [Tag]
    public var types: [NamedType]
    public var operations: [Operation]
    public var errorCodes: [ErrorCodeEntry]
    /// The deliveries the API sends to its subscribers (the root `webhooks`), in document order.
    public var webhooks: [Webhook] = []
    /// The document the spec was read from, which the generated module carries so a server can serve it.
    public var document: Document?

    /// A spec document as written and as its YAML tree.
    public struct Document: Sendable {
        public var yaml: String
        public var tree: YAMLNode
    }

    public func type(named name: String) -> NamedType? {
        types.first { $0.name == name }
    }

    /// Every named type reachable from `roots`, through properties, items, map values, aliases and `oneOf`
    /// alternatives.
    public func reachableTypes(from roots: [TypeRef]) -> Set<String> {
        var seen: Set<String> = []
        var pending = roots
        while let ref = pending.popLast() {
            switch ref {
            case .named(let name):
                guard seen.insert(name).inserted, let type = type(named: name) else { continue }
                switch type.kind {
                case .object(let object): pending += object.properties.map(\.type)
                case .alias(let target): pending.append(target)
                case .oneOf(let alternatives): pending += alternatives.map(TypeRef.named)
                case .enumeration: break
                }
            case .array(let element), .map(let element):
                pending.append(element)
            default:
                break
            }
        }
        return seen
    }
}

/// A delivery the API makes to its subscribers, from the root `webhooks` map: the key names the event type,
/// and its `post` request body is the payload.
public struct Webhook: Sendable {
    public var name: String
    public var summary: String?
    public var description: String?
    /// The component schema of the payload.
    public var payloadType: String
    public var pointer: String
}

public struct Tag: Sendable, Hashable {
    public var name: String
    public var description: String?
    /// Where the tag is declared, for problems that concern it.
    public var pointer: String
    public var mark: YAMLMark?
}

/// One line of the error catalogue: a stable code and the HTTP status it travels with.
public struct ErrorCodeEntry: Sendable, Equatable {
    public var code: String
    public var status: Int
    /// Transport-level codes that any operation may return; they are not listed per operation.
    public var anyOperation: Bool
}

/// A schema with a name, either from `components/schemas` or hoisted from an inline definition.
public struct NamedType: Sendable {
    public enum Kind: Sendable {
        case object(ObjectType)
        case enumeration([String])
        case alias(TypeRef)
        /// Exactly one of these object schemas (component names), tried in order when decoding.
        case oneOf([String])
    }

    public var name: String
    public var kind: Kind
    public var description: String?
    /// JSON pointer of the definition, quoted in generated doc comments.
    public var pointer: String
}

public struct ObjectType: Sendable {
    public var properties: [Property]
    /// `additionalProperties: false`: decoding rejects unknown keys.
    public var isClosed: Bool
}

public struct Property: Sendable {
    public var name: String
    public var type: TypeRef
    public var isRequired: Bool
    public var isNullable: Bool
    public var description: String?
    public var defaultValue: String?
    public var constraints: Constraints
}

/// Validation keywords that the generated request validation enforces.
public struct Constraints: Sendable, Equatable {
    public var minimum: Int64?
    public var maximum: Int64?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems = false
    /// What each item of an array must satisfy (`items` with length, pattern or bounds).
    public var items: Constraints? {
        get { itemStorage.first }
        set { itemStorage = newValue.map { [$0] } ?? [] }
    }
    private var itemStorage: [Constraints] = []

    public init() {}

    public var isEmpty: Bool { self == Constraints() }
}

/// The shape of a value, with every object and enum referred to by name.
public indirect enum TypeRef: Sendable, Equatable {
    case string
    case dateTime
    case uri
    case binary
    case integer
    case int64
    case number
    case boolean
    case freeForm
    case named(String)
    case array(TypeRef)
    case map(TypeRef)
}

public enum AuthSurface: String, Sendable {
    case management
    case runtime
    case none
}

public struct Parameter: Sendable {
    public enum Location: String, Sendable {
        case path
        case query
        case header
    }

    public var name: String
    public var location: Location
    public var isRequired: Bool
    public var type: TypeRef
    public var description: String?
    public var constraints: Constraints
}

public struct RequestBody: Sendable {
    public var typeName: String
    public var isRequired: Bool
    /// Whether the body may also come as `application/x-www-form-urlencoded`, with the same schema.
    public var acceptsForm = false

    static let formMediaType = "application/x-www-form-urlencoded"
}

/// What a documented response carries, as far as the generated code is concerned.
public enum ResponsePayload: Sendable {
    /// `{data, meta}`, optionally with `page_info` and, on runtime routes, `signature`.
    case envelope(data: TypeRef, pageInfo: TypeRef?, signed: Bool)
    case empty
    case text(contentType: String)
    case binary(contentTypes: [String])
    /// `x-locksmith-bare`: a JSON document that is the schema itself, without the envelope.
    case document(TypeRef)
    case error
}

public struct Response: Sendable {
    public var status: Int
    public var description: String
    public var payload: ResponsePayload
    /// Names of the headers a binary response documents (`ETag`, `Content-Disposition`…), in spec order.
    public var headers: [String] = []
    /// For a JSON envelope, the binary media types the same answer may also be sent as, when `Accept` asks for one
    /// (`application/x-pem-file` for a license file): an output case of its own, `<status>Binary(BinaryBody)`.
    public var renditions: [String] = []
}

public struct Operation: Sendable {
    public var id: String
    public var method: String
    public var path: String
    public var tag: String
    public var summary: String?
    public var description: String?
    public var auth: AuthSurface
    public var requiredScopes: [String]
    public var errorCodes: [String]
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    /// `x-locksmith-extension: true`: Locksmith's own operation, not part of the LicenseKit contract.
    public var isExtension: Bool
    /// `x-locksmith-credential-field`: the request body member that carries the license key of a runtime operation
    /// that takes no `Authorization` header.
    public var credentialField: String?
    public var pointer: String

    public var successResponses: [Response] {
        responses.filter { if case .error = $0.payload { false } else { true } }
    }

    public var errorStatuses: [Int] {
        responses.compactMap { if case .error = $0.payload { $0.status } else { nil } }
    }

    public var requiresIdempotencyKey: Bool {
        parameters.contains { $0.location == .header && $0.name.lowercased() == "idempotency-key" && $0.isRequired }
    }
}
