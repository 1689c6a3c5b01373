/// How generated code plugs into LocksmithAPIRuntime. The runtime's contract-bound types are generic over an
/// `APIContract`; the generated `OperationTable` is that contract, naming this spec's types for the runtime's
/// requirements, and `Exports.swift` gives the bound types their everyday names.
enum RuntimeBinding {
    /// Schemas the runtime needs by name, with what it needs of them.
    static let scope = "ManagementScope"
    static let errorCode = "ErrorCode"
    static let meta = "ResponseMeta"
    static let signature = "Signature"

    /// The scope that satisfies every operation (`APIScope.admin`).
    static let adminScope = "admin"

    /// The codes the runtime raises itself (`APIErrorCode`'s requirements), so every error catalogue has them.
    static let runtimeErrorCodes = [
        "INVALID_JSON", "INVALID_QUERY", "VALIDATION_FAILED", "IDEMPOTENCY_KEY_REQUIRED", "NOT_FOUND", "NOT_IMPLEMENTED", "INTERNAL",
    ]

    /// `APIContract`'s associated types and the generated types that fill them.
    static let associatedTypes = [
        ("Operation", "OperationID"), ("Scope", scope), ("Code", errorCode), ("Meta", meta), ("ResponseSignature", signature),
    ]

    /// Runtime protocols that schemas conform to, beyond `OpenEnum` and `JSONWritable`.
    static let conformances = [scope: "APIScope", errorCode: "APIErrorCode", meta: "EnvelopeMeta"]

    /// Members of `APIRuntime<OperationTable>` that generated code and its users name directly, with their
    /// generic parameters (each `Sendable`).
    static let exportedTypes: [(name: String, parameters: [String])] = [
        ("APIError", []), ("RawRequest", []), ("Validation", []), ("OperationSpec", []), ("EnvelopeWriter", []),
        ("ClientCore", []), ("ManagementClient", []), ("RuntimeClient", []), ("SystemClient", []),
        ("Response", ["Value"]), ("ListResponse", ["Item", "PageInfo"]), ("SignedResponse", ["Value"]),
    ]
}
