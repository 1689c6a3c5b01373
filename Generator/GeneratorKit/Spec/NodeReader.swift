/// A YAML node together with where it sits in the document, with typed accessors that fail with the
/// node's JSON pointer.
struct NodeReader {
    let node: YAMLNode
    let pointer: String

    init(_ node: YAMLNode, at pointer: String) {
        self.node = node
        self.pointer = pointer
    }

    func error(_ message: String) -> SpecError {
        SpecError(pointer, message, mark: node.mark)
    }

    func child(_ key: String) -> NodeReader? {
        node[key].map { NodeReader($0, at: JSONPointer.appending(pointer, key)) }
    }

    func requiredChild(_ key: String) throws(SpecError) -> NodeReader {
        guard let child = child(key) else { throw error("missing required key '\(key)'") }
        return child
    }

    /// The keys of a mapping in document order, refusing any key not in `allowed`.
    func pairs(allowing allowed: Set<String>? = nil, construct: String) throws(SpecError) -> [(key: String, value: NodeReader)] {
        try mappingPairs(construct: construct).map { pair throws(SpecError) in
            if let allowed, !allowed.contains(pair.key) { throw unsupported(pair, construct: construct) }
            return (pair.key, NodeReader(pair.value, at: JSONPointer.appending(pointer, pair.key)))
        }
    }

    /// The keys of a mapping in document order that are in `allowed`; any other key is reported and skipped,
    /// so that reading goes on with the rest.
    func pairs(
        allowing allowed: Set<String>, construct: String, reporting diagnostics: Diagnostics
    ) throws(SpecError) -> [(key: String, value: NodeReader)] {
        try mappingPairs(construct: construct).compactMap { pair in
            guard allowed.contains(pair.key) else {
                diagnostics.report(unsupported(pair, construct: construct))
                return nil
            }
            return (pair.key, NodeReader(pair.value, at: JSONPointer.appending(pointer, pair.key)))
        }
    }

    private func mappingPairs(construct: String) throws(SpecError) -> [YAMLPair] {
        guard case .mapping(let pairs, _) = node else {
            throw error("expected a mapping for \(construct), found a \(node.kindName)")
        }
        return pairs
    }

    private func unsupported(_ pair: YAMLPair, construct: String) -> SpecError {
        SpecError(JSONPointer.appending(pointer, pair.key), "unsupported construct '\(pair.key)' in \(construct)", mark: pair.keyMark)
    }

    func items(construct: String) throws(SpecError) -> [NodeReader] {
        guard case .sequence(let items, _) = node else {
            throw error("expected a sequence for \(construct), found a \(node.kindName)")
        }
        return items.enumerated().map { NodeReader($1, at: JSONPointer.appending(pointer, String($0))) }
    }

    func string() throws(SpecError) -> String {
        guard case .scalar(let value, _, _) = node else {
            throw error("expected a string, found a \(node.kindName)")
        }
        return value
    }

    func strings() throws(SpecError) -> [String] {
        try items(construct: "a list of strings").map { item throws(SpecError) in try item.string() }
    }

    func bool() throws(SpecError) -> Bool {
        guard case .scalar(let value, .plain, _) = node, value == "true" || value == "false" else {
            throw error("expected true or false")
        }
        return value == "true"
    }

    func int() throws(SpecError) -> Int64 {
        guard case .scalar(let value, .plain, _) = node, let number = Int64(value) else {
            throw error("expected an integer")
        }
        return number
    }

    /// A scalar rendered back as YAML wrote it, for documentation (`default`, `example`).
    func scalarText() throws(SpecError) -> String {
        switch node {
        case .scalar(let value, .plain, _): return value
        case .scalar(let value, _, _): return "\"\(value)\""
        case .sequence(let items, _) where items.isEmpty: return "[]"
        case .mapping(let pairs, _) where pairs.isEmpty: return "{}"
        default: throw error("expected a scalar default value")
        }
    }
}
