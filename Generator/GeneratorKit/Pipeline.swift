import Foundation

/// The generator's three stages: YAML text → YAML tree → typed spec → Swift files.
public enum Pipeline {
    /// A failure of any stage, as one line per problem for the command line.
    public struct Failure: Error, CustomStringConvertible {
        public var problems: [String]

        public init(description: String) {
            self.problems = [description]
        }

        init(problems: [String]) {
            self.problems = problems
        }

        public var description: String {
            problems.joined(separator: "\n")
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
            var spec = try SpecReader.read(tree)
            spec.document = Spec.Document(yaml: text, tree: tree)
            return spec
        } catch {
            throw Failure(problems: error.errors.map(\.description))
        }
    }

    /// Renders the Swift files for a spec: file name → contents. Refuses tags whose files would clash.
    public static func render(_ spec: Spec) throws(Failure) -> [String: String] {
        do {
            return try Renderer(spec: spec).render()
        } catch {
            throw Failure(problems: error.errors.map(\.description))
        }
    }
}
