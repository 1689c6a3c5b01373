/// A problem in `openapi.yaml`, located by JSON pointer (and, where known, by YAML line and column).
public struct SpecError: Error, Equatable, CustomStringConvertible {
    public var pointer: String
    public var message: String
    public var mark: YAMLMark?
    /// Set on a problem that only follows from one already reported (an operation whose security scheme could not
    /// be read): it stops reading that part, and is not reported again.
    var followsEarlierProblem = false

    public init(_ pointer: String, _ message: String, mark: YAMLMark? = nil) {
        self.pointer = pointer
        self.message = message
        self.mark = mark
    }

    static func following(earlierProblemAt pointer: String) -> SpecError {
        var error = SpecError(pointer, "depends on a part of the spec that could not be read")
        error.followsEarlierProblem = true
        return error
    }

    /// `#/paths/~1api~1v1~1products/get (12:7): message`.
    public var description: String {
        let location = mark.map { " (\($0.line):\($0.column))" } ?? ""
        return "\(pointer)\(location): \(message)"
    }
}

/// Every problem found in one reading of a spec, in document order.
public struct SpecErrors: Error, CustomStringConvertible {
    public var errors: [SpecError]

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

/// Collects problems while a spec is read, so that a bad schema, operation or check does not hide the next one.
final class Diagnostics {
    private(set) var errors: [SpecError] = []

    func report(_ error: SpecError) {
        errors.append(error)
    }

    /// Runs one part of the reading that others do not depend on; its problem is recorded and the part yields nil.
    func recover<T>(_ part: () throws(SpecError) -> T) -> T? {
        do {
            return try part()
        } catch {
            if !error.followsEarlierProblem { errors.append(error) }
            return nil
        }
    }

    /// The problems, each located in `root` (an error known only by its pointer takes the position of the
    /// deepest node of its pointer that exists), without repeats, sorted by position.
    func failure(locatingIn root: YAMLNode) -> SpecErrors {
        var located: [SpecError] = []
        for var error in errors {
            if error.mark == nil { error.mark = JSONPointer.mark(of: error.pointer, in: root) }
            if !located.contains(error) { located.append(error) }
        }
        located.sort { first, second in
            let a = first.mark ?? root.mark
            let b = second.mark ?? root.mark
            return (a.line, a.column, first.pointer, first.message) < (b.line, b.column, second.pointer, second.message)
        }
        return SpecErrors(errors: located)
    }
}

/// JSON pointers as OpenAPI tools print them: `#/paths/~1api~1v1~1licenses/post`.
enum JSONPointer {
    static func appending(_ pointer: String, _ component: String) -> String {
        let escaped = component.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        return pointer + "/" + escaped
    }

    /// Where the node `pointer` names starts, or the deepest of its ancestors that exists.
    static func mark(of pointer: String, in root: YAMLNode) -> YAMLMark {
        var node = root
        var mark = root.mark
        for escaped in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let component = escaped.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch node {
            case .mapping(let pairs, _):
                guard let pair = pairs.first(where: { $0.key == component }) else { return mark }
                node = pair.value
                mark = pair.keyMark
            case .sequence(let items, _):
                guard let index = Int(component), items.indices.contains(index) else { return mark }
                node = items[index]
                mark = node.mark
            case .scalar:
                return mark
            }
        }
        return mark
    }
}
