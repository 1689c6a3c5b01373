/// Stage 3 of the generator: a validated `Spec` becomes Swift files, deterministically.
///
/// Files: `Exports.swift` (the runtime, re-exported and bound to this contract), `OperationTable.swift` (ids,
/// routes, auth, scopes), `Dispatcher.swift`, `ModelCatalog.swift`, `WebhookCatalog.swift` when the spec has
/// `webhooks`, one `<Tag>.swift` per tag (inputs, outputs, handler protocol, client methods), and models grouped by
/// the tag that uses them (`Models+<Tag>.swift`, or `Models+Shared.swift` when several tags do or none does). Two of
/// them landing on one file name is refused.
struct Renderer {
    let spec: Spec

    func render() throws(SpecErrors) -> [String: String] {
        let models = ModelRenderer(spec: spec, requestTypes: requestTypes())
        var files = OutputFiles()
        files.add("Exports.swift", renderExports(), for: .generator("the runtime's exports"))
        files.add("OperationTable.swift", TableRenderer(spec: spec).renderTable(), for: .generator("the operation table"))
        files.add("Dispatcher.swift", TableRenderer(spec: spec).renderDispatcher(), for: .generator("the dispatcher"))
        files.add("ModelCatalog.swift", renderCatalog(), for: .generator("the model catalogue"))
        if let document = spec.document {
            files.add("ContractDocument.swift", renderDocument(document), for: .generator("the contract document"))
        }
        if !spec.webhooks.isEmpty {
            files.add("WebhookCatalog.swift", renderWebhookCatalog(), for: .generator("the webhook catalogue"))
        }
        let operationRenderer = OperationRenderer(spec: spec, models: models)
        for tag in spec.tags {
            let operations = spec.operations.filter { $0.tag == tag.name }
            files.add(Naming.typeName(tag.name) + ".swift", operationRenderer.renderTag(tag, operations: operations), for: .operations(tag))
        }
        let groups = modelGroups()
        for group in Set(groups.values).sorted(by: { $0.fileName < $1.fileName }) {
            var writer = SwiftWriter()
            for type in spec.types where groups[type.name] == group {
                models.render(type, into: &writer)
            }
            files.add(group.fileName, writer.file(), for: group.owner)
        }
        guard files.clashes.isEmpty else { throw SpecErrors(errors: files.clashes) }
        return files.contents
    }

    /// The spec itself, as YAML exactly as written and as compact JSON, in raw string literals.
    private func renderDocument(_ document: Spec.Document) -> String {
        let json = YAMLJSON.json(document.tree)
        var writer = SwiftWriter()
        writer.line("/// The contract this module was generated from; the server serves it at `GET /openapi.yaml` and")
        writer.line("/// `GET /openapi.json`, so a client or an agent can read the operations and their `x-required-scopes`.")
        writer.block("public enum ContractDocument") { w in
            w.line("/// The contract as written, comments included.")
            w.line("public static let yaml: String = " + rawMultilineString(document.yaml))
            w.line()
            w.line("/// The same document as compact JSON, mapping keys in document order.")
            w.line("public static let json: String = " + rawMultilineString(json))
        }
        return writer.file(imports: [])
    }

    /// A raw multi-line literal holding `text` verbatim: enough `#`s that nothing in it ends the literal or escapes.
    private func rawMultilineString(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + "\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        // The literal holds what lies between the newline after its opening and the one before its closing.
        return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
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
            writer.line("/// The runtime's `\(name)`, for this contract.")
            writer.line("public typealias \(name)\(declared) = APIRuntime<OperationTable>.\(name)\(applied)")
        }
        return writer.file(imports: [])
    }

    /// Every named type by its schema name, for tools and for tests that walk all models.
    private func renderCatalog() -> String {
        var writer = SwiftWriter()
        writer.line("/// The Swift type of every schema in the contract, by schema name.")
        writer.block("public enum ModelCatalog") { w in
            w.line("/// Schema name → Swift type; aliases are left out.")
            w.line("public static let types: [String: any (Codable & Hashable & Sendable).Type] = [")
            for type in spec.types {
                if case .alias = type.kind { continue }
                w.line("    \(swiftString(type.name)): \(type.name).self,")
            }
            w.line("]")
        }
        return writer.file()
    }

    /// Every delivery of the root `webhooks` by its name (the event type), with the Swift type of its payload, so
    /// that senders and receivers agree on what each event carries; and `WebhookEvent`, one case per event holding
    /// the resource its payload's `data` carries, so that a sender cannot name an event the contract does not list
    /// nor pass it another resource.
    private func renderWebhookCatalog() -> String {
        var writer = SwiftWriter()
        writer.line("/// The deliveries the contract documents under `webhooks`: each event type and the Swift type of its payload.")
        writer.block("public enum WebhookCatalog") { w in
            w.line("/// Event type → the Swift type of its payload.")
            w.line("public static let payloadTypes: [String: any (Codable & Hashable & Sendable).Type] = [")
            for webhook in spec.webhooks {
                w.line("    \(swiftString(webhook.name)): \(webhook.payloadType).self,")
            }
            w.line("]")
        }
        let events = spec.webhooks.map { webhook in
            (webhook: webhook, case: Naming.unescaped(Naming.propertyName(webhook.name)), data: payloadDataType(webhook))
        }
        writer.line()
        writer.line("/// An event of the webhook catalogue with the resource its delivery carries as `data`.")
        writer.block("public enum WebhookEvent: Sendable") { w in
            for event in events {
                w.line("/// `\(event.webhook.name)`\(event.webhook.summary.map { ": \($0)" } ?? "").")
                w.line("case \(Naming.propertyName(event.webhook.name))\(event.data.map { "(\($0))" } ?? "")")
            }
            w.line()
            w.line("/// The event's type, as deliveries and audit events name it.")
            w.block("public var type: WebhookEventType") { w in
                w.switchBlock("self") { w in
                    for event in events { w.line("case .\(event.case): .\(event.case)") }
                }
            }
            w.line()
            w.line("/// The resource the delivery carries as `data`; nil for an event whose payload has none.")
            w.block("public var data: (any Encodable & Sendable)?") { w in
                w.switchBlock("self") { w in
                    for event in events {
                        w.line(event.data == nil ? "case .\(event.case): nil" : "case .\(event.case)(let data): data")
                    }
                }
            }
        }
        return writer.file()
    }

    /// The Swift type of the `data` member of a webhook's payload, if it has one.
    private func payloadDataType(_ webhook: Webhook) -> String? {
        guard case .object(let object)? = spec.type(named: webhook.payloadType)?.kind,
              let data = object.properties.first(where: { $0.name == "data" })
        else { return nil }
        return ModelRenderer.swiftType(data.type)
    }

    /// Named types a request body can contain.
    private func requestTypes() -> Set<String> {
        spec.reachableTypes(from: spec.operations.compactMap { $0.requestBody.map { TypeRef.named($0.typeName) } })
    }

    /// Each type goes with the single tag whose operations use it, otherwise with the shared models.
    private func modelGroups() -> [String: ModelGroup] {
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
            for name in spec.reachableTypes(from: roots) { tagsByType[name, default: []].insert(operation.tag) }
        }
        var groups: [String: ModelGroup] = [:]
        for type in spec.types {
            let tags = tagsByType[type.name] ?? []
            if tags.count == 1, let tag = spec.tags.first(where: { tags.contains($0.name) }) {
                groups[type.name] = .tag(tag)
            } else {
                groups[type.name] = .shared
            }
        }
        return groups
    }
}

/// Where a model lives: with the one tag that uses it, or with the models several tags share.
private enum ModelGroup: Hashable {
    case tag(Tag)
    case shared

    var fileName: String {
        switch self {
        case .tag(let tag): "Models+\(Naming.typeName(tag.name)).swift"
        case .shared: "Models+Shared.swift"
        }
    }

    var owner: OutputFiles.Owner {
        switch self {
        case .tag(let tag): .models(tag)
        case .shared: .generator("the models several tags share")
        }
    }
}

/// The rendered files by name. A file name taken twice, compared without case as macOS file systems compare
/// names, would let one file silently overwrite another: it is recorded as a clash, against the tag that chose it.
private struct OutputFiles {
    enum Owner {
        case generator(String)
        case operations(Tag)
        case models(Tag)

        var description: String {
            switch self {
            case .generator(let what): what
            case .operations(let tag): "the operations of tag '\(tag.name)'"
            case .models(let tag): "the models of tag '\(tag.name)'"
            }
        }

        var tag: Tag? {
            switch self {
            case .generator: nil
            case .operations(let tag), .models(let tag): tag
            }
        }
    }

    private(set) var contents: [String: String] = [:]
    private(set) var clashes: [SpecError] = []
    private var owners: [String: Owner] = [:]

    mutating func add(_ name: String, _ text: String, for owner: Owner) {
        let key = name.lowercased()
        if let earlier = owners[key] {
            let tag = owner.tag ?? earlier.tag
            let message = "\(name) would hold both \(earlier.description) and \(owner.description); rename the tag"
            clashes.append(SpecError(tag?.pointer ?? "#/tags", message, mark: tag?.mark))
            return
        }
        owners[key] = owner
        contents[name] = text
    }
}
