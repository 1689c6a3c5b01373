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

    /// Renders the Swift files for a spec: file name → contents. `support` are the hand-written runtime
    /// files (name → source) copied in with the generated header.
    public static func render(_ spec: Spec, support: [String: String]) -> [String: String] {
        var files = Renderer(spec: spec).render()
        for (name, source) in support {
            files[name] = SwiftWriter.header + source
        }
        return files
    }
}
