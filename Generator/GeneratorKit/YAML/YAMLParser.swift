internal import CYAML

/// A YAML document that libyaml could not read, or that uses a construct we refuse.
public struct YAMLError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var mark: YAMLMark?

    public var description: String {
        if let mark { return "YAML error at \(mark): \(message)" }
        return "YAML error: \(message)"
    }
}

/// Reads one YAML document into a `YAMLNode` tree using the system libyaml event parser.
///
/// The parser owns its `yaml_parser_t` and frees it, and every event, on all paths. Anchors are resolved
/// as they are read; merge keys (`<<`), complex keys, duplicate keys and multi-document streams are refused.
public enum YAMLParser {
    public static func parse(_ text: String) throws(YAMLError) -> YAMLNode {
        let reader = EventReader(bytes: Array(text.utf8))
        return try reader.readDocument()
    }
}

private final class EventReader {
    private var parser = yaml_parser_t()
    // libyaml keeps a pointer to its input, so the reader owns a copy that outlives the parser.
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var anchors: [String: YAMLNode] = [:]

    init(bytes: [UInt8]) {
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_initialize(&parser)
        yaml_parser_set_input_string(&parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    func readDocument() throws(YAMLError) -> YAMLNode {
        try expect(YAML_STREAM_START_EVENT)
        let first = try nextEvent()
        defer { first.release() }
        if first.type == YAML_STREAM_END_EVENT {
            throw YAMLError(message: "the document is empty", mark: first.mark)
        }
        guard first.type == YAML_DOCUMENT_START_EVENT else {
            throw YAMLError(message: "expected a document", mark: first.mark)
        }
        let root = try readNode()
        try expect(YAML_DOCUMENT_END_EVENT)
        let end = try nextEvent()
        defer { end.release() }
        guard end.type == YAML_STREAM_END_EVENT else {
            throw YAMLError(message: "only one YAML document is supported", mark: end.mark)
        }
        return root
    }

    private func readNode() throws(YAMLError) -> YAMLNode {
        let event = try nextEvent()
        defer { event.release() }
        return try readNode(startingWith: event)
    }

    private func readNode(startingWith event: Event) throws(YAMLError) -> YAMLNode {
        let node: YAMLNode
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = event.string(event.raw.data.alias.anchor)
            guard let target = anchors[name] else {
                throw YAMLError(message: "alias *\(name) refers to no anchor defined before it", mark: event.mark)
            }
            return target
        case YAML_SCALAR_EVENT:
            let scalar = event.raw.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            node = .scalar(value, Self.style(scalar.style), event.mark)
            try record(anchor: scalar.anchor, node: node, event: event)
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while true {
                let next = try nextEvent()
                defer { next.release() }
                if next.type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try readNode(startingWith: next))
            }
            node = .sequence(items, event.mark)
            try record(anchor: event.raw.data.sequence_start.anchor, node: node, event: event)
        case YAML_MAPPING_START_EVENT:
            var pairs: [YAMLPair] = []
            var seen: Set<String> = []
            while true {
                let keyEvent = try nextEvent()
                defer { keyEvent.release() }
                if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                guard keyEvent.type == YAML_SCALAR_EVENT else {
                    throw YAMLError(message: "mapping keys must be scalars", mark: keyEvent.mark)
                }
                let raw = keyEvent.raw.data.scalar
                let key = String(decoding: UnsafeBufferPointer(start: raw.value, count: raw.length), as: UTF8.self)
                if key == "<<" && Self.style(raw.style) == .plain {
                    throw YAMLError(message: "merge keys (<<) are not supported; repeat the keys or use $ref", mark: keyEvent.mark)
                }
                guard seen.insert(key).inserted else {
                    throw YAMLError(message: "duplicate key '\(key)'", mark: keyEvent.mark)
                }
                let value = try readNode()
                pairs.append(YAMLPair(key: key, keyMark: keyEvent.mark, value: value))
            }
            node = .mapping(pairs, event.mark)
            try record(anchor: event.raw.data.mapping_start.anchor, node: node, event: event)
        default:
            throw YAMLError(message: "unexpected YAML event", mark: event.mark)
        }
        return node
    }

    private func record(anchor: UnsafeMutablePointer<yaml_char_t>?, node: YAMLNode, event: Event) throws(YAMLError) {
        guard anchor != nil else { return }
        anchors[event.string(anchor)] = node
    }

    private func expect(_ type: yaml_event_type_t) throws(YAMLError) {
        let event = try nextEvent()
        defer { event.release() }
        guard event.type == type else {
            throw YAMLError(message: "unexpected YAML structure", mark: event.mark)
        }
    }

    private func nextEvent() throws(YAMLError) -> Event {
        let event = Event()
        guard yaml_parser_parse(&parser, event.pointer) == 1 else {
            event.deallocateWithoutDelete()
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
            let context = parser.context.map { String(cString: $0) + ": " } ?? ""
            let mark = YAMLMark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
            throw YAMLError(message: context + problem, mark: mark)
        }
        return event
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

/// A heap-allocated libyaml event; `release()` deletes its contents and frees it.
private struct Event {
    let pointer: UnsafeMutablePointer<yaml_event_t>

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: yaml_event_t())
    }

    var raw: yaml_event_t { pointer.pointee }
    var type: yaml_event_type_t { pointer.pointee.type }
    var mark: YAMLMark {
        YAMLMark(line: pointer.pointee.start_mark.line + 1, column: pointer.pointee.start_mark.column + 1)
    }

    func string(_ chars: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let chars else { return "" }
        return String(cString: chars)
    }

    func release() {
        yaml_event_delete(pointer)
        pointer.deallocate()
    }

    func deallocateWithoutDelete() {
        pointer.deallocate()
    }
}
