/// Which credential an operation takes.
public enum AuthSurface: String, Sendable, Hashable {
    /// `Authorization: Bearer lkm_…`, checked against the operation's scopes.
    case management
    /// `Authorization: License lsk_…`; responses are signed.
    case runtime
    /// No credential.
    case none
}

/// Whether an operation takes a JSON body.
public enum BodyRequirement: String, Sendable, Hashable {
    case none
    case optional
    case required
}

extension APIRuntime {
    /// One operation of the contract, as data.
    public struct OperationSpec: Sendable, Hashable {
        /// The operation id, e.g. `validateLicense`.
        public let id: Contract.Operation
        /// The HTTP method, upper-case, e.g. `POST`.
        public let method: String
        /// The path template, with `{name}` parameters.
        public let path: String
        /// `path`, parsed once: its segments and the names of its parameters in order.
        public let pathTemplate: PathTemplate
        /// Which credential the operation takes.
        public let auth: AuthSurface
        /// Scopes a management token needs (all of them, or `admin`).
        public let requiredScopes: [Contract.Scope]
        /// The HTTP statuses the operation documents for success.
        public let successStatuses: [Int]
        /// The HTTP statuses the operation documents for errors.
        public let errorStatuses: [Int]
        /// Error codes this operation can return besides the catalogue's any-operation codes.
        public let errorCodes: [Contract.Code]
        /// Whether requests must carry an `Idempotency-Key` header.
        public let requiresIdempotencyKey: Bool
        /// Whether success responses are `{data, signature, meta}`.
        public let signsResponse: Bool
        /// Whether the operation takes a JSON body, and whether it must.
        public let requestBody: BodyRequirement
        /// Names of the request headers the operation reads (only these reach the dispatcher).
        public let headerParameters: [String]
        /// The API area, which is also the handler protocol that implements it.
        public let tag: String
        /// The operation's one-line summary from the contract.
        public let summary: String
        /// `x-locksmith-extension: true`: an operation of Locksmith's own, beyond the LicenseKit contract. Clients
        /// written for LicenseKit never call it; LicenseKit's SDKs do not know it.
        public let isExtension: Bool
        /// For a runtime operation that takes the license key in its JSON body instead of `Authorization`
        /// (`x-locksmith-credential-field`), the body member that carries it; nil for every other operation.
        public let credentialField: String?
        /// Whether the body may also come as `application/x-www-form-urlencoded` (as RFC 7662 and RFC 7009 clients send
        /// it), which the server reads as the JSON object of its fields.
        public let acceptsForm: Bool

        /// An operation from its contract data; `pathTemplate` is parsed from `path`.
        public init(
            id: Contract.Operation, method: String, path: String, auth: AuthSurface, requiredScopes: [Contract.Scope],
            successStatuses: [Int], errorStatuses: [Int], errorCodes: [Contract.Code], requiresIdempotencyKey: Bool,
            signsResponse: Bool, requestBody: BodyRequirement, headerParameters: [String], tag: String, summary: String,
            isExtension: Bool = false, credentialField: String? = nil, acceptsForm: Bool = false
        ) {
            self.id = id
            self.method = method
            self.path = path
            self.pathTemplate = PathTemplate(path)
            self.auth = auth
            self.requiredScopes = requiredScopes
            self.successStatuses = successStatuses
            self.errorStatuses = errorStatuses
            self.errorCodes = errorCodes
            self.requiresIdempotencyKey = requiresIdempotencyKey
            self.signsResponse = signsResponse
            self.requestBody = requestBody
            self.headerParameters = headerParameters
            self.tag = tag
            self.summary = summary
            self.isExtension = isExtension
            self.credentialField = credentialField
            self.acceptsForm = acceptsForm
        }

        /// Whether a token holding `granted` may call the operation; `admin` satisfies every operation.
        public func allows(_ granted: some Sequence<Contract.Scope>) -> Bool {
            let held = Set(granted)
            return held.contains(.admin) || requiredScopes.allSatisfy(held.contains)
        }
    }
}
