/// Cross-checks that no single key can: references, tags, scopes, path templates and the error catalogue.
struct SpecValidator {
    let spec: Spec

    func validate() throws(SpecError) {
        let typeNames = Set(spec.types.map(\.name))
        for type in spec.types {
            try checkReferences(in: type, known: typeNames)
        }
        let scopes = scopeValues()
        let tags = Set(spec.tags.map(\.name))
        let codes = Dictionary(uniqueKeysWithValues: spec.errorCodes.map { ($0.code, $0) })
        var ids: Set<String> = []
        var routes: Set<String> = []
        for operation in spec.operations {
            let at = operation.pointer
            guard ids.insert(operation.id).inserted else { throw SpecError(at, "duplicate operationId '\(operation.id)'") }
            guard routes.insert(operation.method + " " + operation.path).inserted else {
                throw SpecError(at, "duplicate route \(operation.method) \(operation.path)")
            }
            guard tags.contains(operation.tag) else { throw SpecError(at, "tag '\(operation.tag)' is not declared in the root 'tags'") }
            try checkScopes(operation, scopes: scopes)
            try checkPathParameters(operation)
            try checkParameterTypes(operation)
            try checkResponses(operation)
            if !codes.isEmpty { try checkErrorCodes(operation, codes: codes) }
        }
        for tag in spec.tags where !spec.operations.contains(where: { $0.tag == tag.name }) {
            throw SpecError("#/tags", "tag '\(tag.name)' has no operations")
        }
        if spec.errorCodes.isEmpty {
            throw SpecError("#/components/schemas", "no error code enum with x-error-statuses was found")
        }
        try checkRuntimeRequirements()
    }

    /// What the runtime's `APIContract` needs of the spec's own types (see `RuntimeBinding`).
    private func checkRuntimeRequirements() throws(SpecError) {
        let scopeType = spec.type(named: RuntimeBinding.scope)
        guard case .enumeration(let scopes)? = scopeType?.kind, scopes.contains(RuntimeBinding.adminScope) else {
            throw SpecError(
                scopeType?.pointer ?? "#/components/schemas",
                "the runtime needs a string enum \(RuntimeBinding.scope) with the value '\(RuntimeBinding.adminScope)', which satisfies every operation")
        }
        let codes = Set(spec.errorCodes.map(\.code))
        if let missing = RuntimeBinding.runtimeErrorCodes.first(where: { !codes.contains($0) }) {
            let pointer = spec.type(named: RuntimeBinding.errorCode)?.pointer ?? "#/components/schemas"
            throw SpecError(pointer, "the error catalogue needs \(missing), which the runtime raises itself")
        }
        for name in [RuntimeBinding.meta, RuntimeBinding.signature] {
            guard case .object(let object)? = spec.type(named: name)?.kind else {
                throw SpecError("#/components/schemas", "the runtime needs the envelope member schema \(name), an object")
            }
            if name == RuntimeBinding.meta, !object.properties.contains(where: { $0.name == "request_id" && $0.type == .string && $0.isRequired }) {
                throw SpecError(spec.type(named: name)!.pointer, "\(name) needs a required string property request_id, which clients report with errors")
            }
        }
    }

    private func scopeValues() -> Set<String>? {
        guard case .enumeration(let values)? = spec.type(named: "ManagementScope")?.kind else { return nil }
        return Set(values)
    }

    private func checkScopes(_ operation: Operation, scopes: Set<String>?) throws(SpecError) {
        let at = operation.pointer + "/x-required-scopes"
        switch operation.auth {
        case .management:
            guard !operation.requiredScopes.isEmpty else { throw SpecError(operation.pointer, "management operations need x-required-scopes") }
            if let scopes, let unknown = operation.requiredScopes.first(where: { !scopes.contains($0) }) {
                throw SpecError(at, "'\(unknown)' is not a ManagementScope value")
            }
        case .runtime, .none:
            guard operation.requiredScopes.isEmpty else { throw SpecError(at, "only management operations take scopes") }
        }
    }

    private func checkPathParameters(_ operation: Operation) throws(SpecError) {
        let templated = Set(operation.path.split(separator: "/").compactMap { segment -> String? in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        })
        let declared = Set(operation.parameters.filter { $0.location == .path }.map(\.name))
        guard templated == declared else {
            throw SpecError(operation.pointer + "/parameters", "path parameters \(declared.sorted()) do not match the template \(operation.path)")
        }
        var names: Set<String> = []
        for parameter in operation.parameters {
            guard names.insert(Naming.propertyName(parameter.name)).inserted else {
                throw SpecError(operation.pointer + "/parameters", "two parameters map to the Swift name '\(Naming.propertyName(parameter.name))'")
            }
        }
    }

    private func checkParameterTypes(_ operation: Operation) throws(SpecError) {
        for parameter in operation.parameters {
            var type = parameter.type
            if case .array(let element) = type { type = element }
            switch type {
            case .string, .dateTime, .integer, .int64, .boolean: continue
            case .named(let name):
                if case .enumeration? = spec.type(named: name)?.kind { continue }
            default: break
            }
            throw SpecError(operation.pointer + "/parameters", "parameter '\(parameter.name)' must be a string, date-time, integer, boolean or string enum")
        }
    }

    private func checkResponses(_ operation: Operation) throws(SpecError) {
        let successes = operation.successResponses
        guard successes.contains(where: { (200..<300).contains($0.status) }) else {
            throw SpecError(operation.pointer + "/responses", "an operation needs a 2xx response")
        }
        for response in successes {
            if case .envelope(_, _, let signed) = response.payload, signed, operation.auth != .runtime {
                throw SpecError(operation.pointer + "/responses/\(response.status)", "only runtime operations return signed envelopes")
            }
        }
        for response in operation.responses {
            if case .error = response.payload, response.status < 400 {
                throw SpecError(operation.pointer + "/responses/\(response.status)", "an error envelope needs a 4xx or 5xx status")
            }
        }
    }

    private func checkErrorCodes(_ operation: Operation, codes: [String: ErrorCodeEntry]) throws(SpecError) {
        let at = operation.pointer + "/x-error-codes"
        let documented = Set(operation.errorStatuses)
        var covered: Set<Int> = []
        for code in operation.errorCodes {
            guard let entry = codes[code] else { throw SpecError(at, "'\(code)' is not in the error catalogue") }
            guard documented.contains(entry.status) else {
                throw SpecError(at, "'\(code)' travels with status \(entry.status), which this operation does not document")
            }
            covered.insert(entry.status)
        }
        if let missing = documented.subtracting(covered).min() {
            throw SpecError(at, "status \(missing) is documented but no listed error code uses it")
        }
    }

    private func checkReferences(in type: NamedType, known: Set<String>) throws(SpecError) {
        func check(_ ref: TypeRef) throws(SpecError) {
            switch ref {
            case .named(let name) where !known.contains(name):
                throw SpecError(type.pointer, "reference to unknown type '\(name)'")
            case .array(let element), .map(let element):
                try check(element)
            default:
                break
            }
        }
        switch type.kind {
        case .object(let object):
            for property in object.properties { try check(property.type) }
        case .alias(let ref):
            try check(ref)
        case .enumeration(let values):
            if Set(values.map(Naming.propertyName)).count != values.count {
                throw SpecError(type.pointer, "two enum values map to the same Swift case name")
            }
        }
    }
}
