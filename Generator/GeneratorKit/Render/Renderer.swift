/// Stage 3 of the generator: a validated `Spec` becomes Swift files, deterministically.
///
/// Files: `OperationTable.swift` (ids, routes, auth, scopes), `Dispatcher.swift`, one `<Tag>.swift` per tag
/// (inputs, outputs, handler protocol, client methods), and models grouped by the tag that uses them
/// (`Models+<Tag>.swift`, or `Models+Shared.swift` when several tags do).
struct Renderer {
    let spec: Spec

    func render() -> [String: String] {
        let models = ModelRenderer(spec: spec, requestTypes: requestTypes())
        var files: [String: String] = [:]
        files["Exports.swift"] = renderExports()
        files["OperationTable.swift"] = TableRenderer(spec: spec).renderTable()
        files["Dispatcher.swift"] = TableRenderer(spec: spec).renderDispatcher()
        let operationRenderer = OperationRenderer(spec: spec, models: models)
        for tag in spec.tags {
            let operations = spec.operations.filter { $0.tag == tag.name }
            files[Naming.typeName(tag.name) + ".swift"] = operationRenderer.renderTag(tag, operations: operations)
        }
        files["ModelCatalog.swift"] = renderCatalog()
        let owners = modelOwners()
        for group in Set(owners.values).sorted() {
            var writer = SwiftWriter()
            for type in spec.types where owners[type.name] == group {
                models.render(type, into: &writer)
            }
            files["Models+\(group).swift"] = writer.file()
        }
        return files
    }

    /// Apps and servers import this module alone and see the runtime's types too, the contract-bound ones
    /// specialized for this contract.
    private func renderExports() -> String {
        var writer = SwiftWriter()
        writer.line("// The runtime support this module's code is written against, visible to every importer.")
        writer.line("@_exported public import LocksmithAPIRuntime")
        writer.line()
        writer.line("// The runtime's contract-bound types, for this contract.")
        for (name, parameters) in RuntimeBinding.exportedTypes {
            let declared = parameters.isEmpty ? "" : "<" + parameters.map { $0 + ": Sendable" }.joined(separator: ", ") + ">"
            let applied = parameters.isEmpty ? "" : "<" + parameters.joined(separator: ", ") + ">"
            writer.line("public typealias \(name)\(declared) = APIRuntime<OperationTable>.\(name)\(applied)")
        }
        return writer.file(imports: [])
    }

    /// Every named type by its schema name, for tools and for tests that walk all models.
    private func renderCatalog() -> String {
        var writer = SwiftWriter()
        writer.line("/// The Swift type of every schema in the contract, by schema name.")
        writer.block("public enum ModelCatalog") { w in
            w.line("public static let types: [String: any (Codable & Hashable & Sendable).Type] = [")
            for type in spec.types {
                if case .alias = type.kind { continue }
                w.line("    \(swiftString(type.name)): \(type.name).self,")
            }
            w.line("]")
        }
        return writer.file()
    }

    /// Named types a request body can contain.
    private func requestTypes() -> Set<String> {
        closure(of: spec.operations.compactMap { $0.requestBody.map { TypeRef.named($0.typeName) } })
    }

    /// Each type goes with the single tag whose operations use it, otherwise with the shared models.
    private func modelOwners() -> [String: String] {
        var tagsByType: [String: Set<String>] = [:]
        for operation in spec.operations {
            var roots = operation.parameters.map(\.type)
            if let body = operation.requestBody { roots.append(.named(body.typeName)) }
            for response in operation.responses {
                if case .envelope(let data, let pageInfo, _) = response.payload {
                    roots.append(data)
                    if let pageInfo { roots.append(pageInfo) }
                }
            }
            for name in closure(of: roots) { tagsByType[name, default: []].insert(operation.tag) }
        }
        var owners: [String: String] = [:]
        for type in spec.types {
            let tags = tagsByType[type.name] ?? []
            owners[type.name] = tags.count == 1 ? Naming.typeName(tags.first!) : "Shared"
        }
        return owners
    }

    /// All named types reachable from `roots`.
    private func closure(of roots: [TypeRef]) -> Set<String> {
        var seen: Set<String> = []
        var pending = roots
        while let ref = pending.popLast() {
            switch ref {
            case .named(let name):
                guard seen.insert(name).inserted, let type = spec.type(named: name) else { continue }
                switch type.kind {
                case .object(let object): pending += object.properties.map(\.type)
                case .alias(let target): pending.append(target)
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
