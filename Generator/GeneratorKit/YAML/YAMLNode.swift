/// A position in the YAML source, 1-based as editors show it.
public struct YAMLMark: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}

/// How a scalar was written; quoted scalars are always strings, plain ones may be numbers or booleans.
public enum YAMLScalarStyle: Sendable, Equatable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// One key of a YAML mapping with its value. Keys must be scalars in the documents we read.
public struct YAMLPair: Sendable {
    public var key: String
    public var keyMark: YAMLMark
    public var value: YAMLNode
}

/// The YAML document as a tree, with aliases already replaced by the anchored node.
public indirect enum YAMLNode: Sendable {
    case scalar(String, YAMLScalarStyle, YAMLMark)
    case sequence([YAMLNode], YAMLMark)
    case mapping([YAMLPair], YAMLMark)

    public var mark: YAMLMark {
        switch self {
        case .scalar(_, _, let mark), .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The node kind in words, for diagnostics.
    public var kindName: String {
        switch self {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }

    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }
}
