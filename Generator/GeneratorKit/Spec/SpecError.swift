/// A problem in `openapi.yaml`, located by JSON pointer (and, where known, by YAML line and column).
public struct SpecError: Error, Equatable, CustomStringConvertible {
    public var pointer: String
    public var message: String
    public var mark: YAMLMark?

    public init(_ pointer: String, _ message: String, mark: YAMLMark? = nil) {
        self.pointer = pointer
        self.message = message
        self.mark = mark
    }

    public var description: String {
        let location = mark.map { " (\($0))" } ?? ""
        return "\(pointer)\(location): \(message)"
    }
}

/// JSON pointers as OpenAPI tools print them: `#/paths/~1api~1v1~1licenses/post`.
enum JSONPointer {
    static func appending(_ pointer: String, _ component: String) -> String {
        let escaped = component.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        return pointer + "/" + escaped
    }
}
