/// Cross-checks that no single key can: references, tags, scopes, path templates, the error catalogue, and what
/// the runtime needs of the spec. Every check reports what it finds and the next one runs.
///
/// Parts that could not be read are already reported; checks that depend on them stay quiet rather than
/// repeat the problem (a reference to a schema that failed to read is not also an unknown type).
struct SpecValidator {
    let spec: Spec
    let diagnostics: Diagnostics
    /// Every name under `components/schemas`, read or not.
    let schemaNames: Set<String>
    let unreadSchemas: Set<String>
    let tagsOfUnreadOperations: Set<String>

    func validate() {
        let typeNames = Set(spec.types.map(\.name)).union(schemaNames)
        for type in spec.types {
            checkReferences(in: type, known: typeNames)
            if case .oneOf(let alternatives) = type.kind { checkOneOf(type, alternatives) }
        }
        checkOneOfOnlyInResponses()
        checkWebhooks()
        let scopes = scopeValues()
        let tags = Set(spec.tags.map(\.name))
        let codes = Dictionary(spec.errorCodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var ids: Set<String> = []
        var routes: Set<String> = []
        for operation in spec.operations {
            let at = operation.pointer
            if !ids.insert(operation.id).inserted { report(at, "duplicate operationId '\(operation.id)'") }
            if !routes.insert(operation.method + " " + operation.path).inserted {
                report(at, "duplicate route \(operation.method) \(operation.path)")
            }
            if !tags.contains(operation.tag) { report(at, "tag '\(operation.tag)' is not declared in the root 'tags'") }
            checkScopes(operation, scopes: scopes)
            checkPathParameters(operation)
            checkParameterTypes(operation)
            checkResponses(operation)
            if !codes.isEmpty { checkErrorCodes(operation, codes: codes) }
        }
        for tag in spec.tags where !spec.operations.contains(where: { $0.tag == tag.name }) && !tagsOfUnreadOperations.contains(tag.name) {
            report("#/tags", "tag '\(tag.name)' has no operations")
        }
        if spec.errorCodes.isEmpty && !unreadSchemas.contains(RuntimeBinding.errorCode) {
            report("#/components/schemas", "no error code enum with x-error-statuses was found")
        }
        checkRuntimeRequirements()
    }

    private func report(_ pointer: String, _ message: String) {
        diagnostics.report(SpecError(pointer, message))
    }

    private func scopeValues() -> Set<String>? {
        guard case .enumeration(let values)? = spec.type(named: RuntimeBinding.scope)?.kind else { return nil }
        return Set(values)
    }

    private func checkScopes(_ operation: Operation, scopes: Set<String>?) {
        let at = operation.pointer + "/x-required-scopes"
        switch operation.auth {
        case .management:
            if operation.requiredScopes.isEmpty { report(operation.pointer, "management operations need x-required-scopes") }
            for unknown in operation.requiredScopes where scopes.map({ !$0.contains(unknown) }) ?? false {
                report(at, "'\(unknown)' is not a \(RuntimeBinding.scope) value")
            }
        case .runtime, .none:
            if !operation.requiredScopes.isEmpty { report(at, "only management operations take scopes") }
        }
    }

    private func checkPathParameters(_ operation: Operation) {
        let templated = Set(operation.path.split(separator: "/").compactMap { segment -> String? in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        })
        let declared = Set(operation.parameters.filter { $0.location == .path }.map(\.name))
        if templated != declared {
            report(operation.pointer + "/parameters", "path parameters \(declared.sorted()) do not match the template \(operation.path)")
        }
        var names: Set<String> = []
        for parameter in operation.parameters where !names.insert(Naming.propertyName(parameter.name)).inserted {
            report(operation.pointer + "/parameters", "two parameters map to the Swift name '\(Naming.propertyName(parameter.name))'")
        }
    }

    private func checkParameterTypes(_ operation: Operation) {
        for parameter in operation.parameters {
            var type = parameter.type
            if case .array(let element) = type { type = element }
            switch type {
            case .string, .dateTime, .integer, .int64, .boolean: continue
            case .named(let name):
                if case .enumeration? = spec.type(named: name)?.kind { continue }
                if unreadSchemas.contains(name) { continue }
            default: break
            }
            report(operation.pointer + "/parameters", "parameter '\(parameter.name)' must be a string, date-time, integer, boolean or string enum")
        }
    }

    private func checkResponses(_ operation: Operation) {
        let successes = operation.successResponses
        if !successes.contains(where: { (200..<300).contains($0.status) }) {
            report(operation.pointer + "/responses", "an operation needs a 2xx response")
        }
        for response in successes {
            if case .envelope(_, _, let signed) = response.payload, signed, operation.auth != .runtime {
                report(operation.pointer + "/responses/\(response.status)", "only runtime operations return signed envelopes")
            }
        }
        for response in operation.responses {
            if case .error = response.payload, response.status < 400 {
                report(operation.pointer + "/responses/\(response.status)", "an error envelope needs a 4xx or 5xx status")
            }
        }
    }

    private func checkErrorCodes(_ operation: Operation, codes: [String: ErrorCodeEntry]) {
        let at = operation.pointer + "/x-error-codes"
        let documented = Set(operation.errorStatuses)
        var covered: Set<Int> = []
        for code in operation.errorCodes {
            guard let entry = codes[code] else {
                report(at, "'\(code)' is not in the error catalogue")
                continue
            }
            guard documented.contains(entry.status) else {
                report(at, "'\(code)' travels with status \(entry.status), which this operation does not document")
                continue
            }
            covered.insert(entry.status)
        }
        for missing in documented.subtracting(covered).sorted() {
            report(at, "status \(missing) is documented but no listed error code uses it")
        }
    }

    private func checkReferences(in type: NamedType, known: Set<String>) {
        func check(_ ref: TypeRef) {
            switch ref {
            case .named(let name) where !known.contains(name):
                report(type.pointer, "reference to unknown type '\(name)'")
            case .array(let element), .map(let element):
                check(element)
            default:
                break
            }
        }
        switch type.kind {
        case .object(let object):
            for property in object.properties { check(property.type) }
        case .alias(let ref):
            check(ref)
        case .enumeration(let values):
            if Set(values.map(Naming.propertyName)).count != values.count {
                report(type.pointer, "two enum values map to the same Swift case name")
            }
        case .oneOf(let alternatives):
            for name in alternatives { check(.named(name)) }
        }
    }

    /// A `oneOf` decodes by trying its alternatives in order, so they must be objects that a document can tell
    /// apart: each requires a property that no other alternative declares, and a document valid for one therefore
    /// lacks a property another requires.
    private func checkOneOf(_ type: NamedType, _ alternatives: [String]) {
        var objects: [(name: String, object: ObjectType)] = []
        for name in alternatives where !unreadSchemas.contains(name) {
            guard case .object(let object)? = spec.type(named: name)?.kind else {
                report(type.pointer + "/oneOf", "oneOf alternative '\(name)' must be an object schema")
                return
            }
            objects.append((name, object))
        }
        for (name, object) in objects {
            let others = Set(objects.filter { $0.name != name }.flatMap { $0.object.properties.map(\.name) })
            if !object.properties.contains(where: { $0.isRequired && !others.contains($0.name) }) {
                report(type.pointer + "/oneOf", "oneOf alternative '\(name)' requires no property that the other alternatives lack, so a document cannot be told apart")
            }
        }
    }

    /// Request bodies are validated field by field against one known shape; a `oneOf` there is refused.
    private func checkOneOfOnlyInResponses() {
        let requestRoots = spec.operations.compactMap { $0.requestBody.map { TypeRef.named($0.typeName) } }
        for name in spec.reachableTypes(from: requestRoots).sorted() {
            guard let type = spec.type(named: name), case .oneOf = type.kind else { continue }
            report(type.pointer, "oneOf is supported in responses and webhook payloads only, and '\(name)' is reachable from a request body")
        }
    }

    private func checkWebhooks() {
        for webhook in spec.webhooks where !unreadSchemas.contains(webhook.payloadType) {
            guard case .object? = spec.type(named: webhook.payloadType)?.kind else {
                report(webhook.pointer, "the payload of webhook '\(webhook.name)' must be an object schema")
                continue
            }
        }
    }

    /// What the runtime's `APIContract` needs of the spec's own types (see `RuntimeBinding`).
    private func checkRuntimeRequirements() {
        let scopeType = spec.type(named: RuntimeBinding.scope)
        let hasAdmin = if case .enumeration(let scopes)? = scopeType?.kind { scopes.contains(RuntimeBinding.adminScope) } else { false }
        if !hasAdmin && !unreadSchemas.contains(RuntimeBinding.scope) {
            report(
                scopeType?.pointer ?? "#/components/schemas",
                "the runtime needs a string enum \(RuntimeBinding.scope) with the value '\(RuntimeBinding.adminScope)', which satisfies every operation")
        }
        if !spec.errorCodes.isEmpty {
            let codes = Set(spec.errorCodes.map(\.code))
            let pointer = spec.type(named: RuntimeBinding.errorCode)?.pointer ?? "#/components/schemas"
            for missing in RuntimeBinding.runtimeErrorCodes where !codes.contains(missing) {
                report(pointer, "the error catalogue needs \(missing), which the runtime raises itself")
            }
        }
        for name in [RuntimeBinding.meta, RuntimeBinding.signature] where !unreadSchemas.contains(name) {
            guard case .object(let object)? = spec.type(named: name)?.kind else {
                report("#/components/schemas", "the runtime needs the envelope member schema \(name), an object")
                continue
            }
            if name == RuntimeBinding.meta, !object.properties.contains(where: { $0.name == "request_id" && $0.type == .string && $0.isRequired }) {
                report(spec.type(named: name)!.pointer, "\(name) needs a required string property request_id, which clients report with errors")
            }
        }
    }
}
