import Foundation

/// The generator's three stages: YAML text → YAML tree → typed spec → Swift files.
public enum Pipeline {
    /// A failure of any stage, as one message for the command line.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Parses and validates a spec.
    public static func spec(fromYAML text: String) throws(Failure) -> Spec {
        let tree: YAMLNode
        do {
            tree = try YAMLParser.parse(text)
        } catch {
            throw Failure(description: error.description)
        }
        do {
            return try SpecReader.read(tree)
        } catch {
            throw Failure(description: error.description)
        }
    }

    /// Renders the Swift files for a spec: file name → contents.
    public static func render(_ spec: Spec) -> [String: String] {
        Renderer(spec: spec).render()
    }
}
