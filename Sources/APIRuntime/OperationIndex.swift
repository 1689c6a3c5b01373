import Foundation

extension APIRuntime {
    /// The operation table, indexed once: by id, and for matching requests to operations.
    public struct OperationIndex: Sendable {
        public let all: [OperationSpec]
        private let byID: [Contract.Operation: OperationSpec]

        public init(_ all: [OperationSpec]) {
            self.all = all
            self.byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        }

        public subscript(operation: Contract.Operation) -> OperationSpec {
            byID[operation]!
        }

        /// Finds the operation for a method and a request path (without query), returning its path parameters
        /// percent-decoded.
        public func match(method: String, path: String) -> (operation: Contract.Operation, pathParameters: [String: String])? {
            let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            for spec in all where spec.method == method.uppercased() {
                let template = spec.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
                guard template.count == segments.count else { continue }
                var parameters: [String: String] = [:]
                var matched = true
                for (expected, actual) in zip(template, segments) {
                    if expected.hasPrefix("{") && expected.hasSuffix("}") {
                        guard !actual.isEmpty, let decoded = String(actual).removingPercentEncoding else { matched = false; break }
                        parameters[String(expected.dropFirst().dropLast())] = decoded
                    } else if expected != actual {
                        matched = false
                        break
                    }
                }
                if matched { return (spec.id, parameters) }
            }
            return nil
        }
    }
}

extension APIContract {
    /// Finds the operation for a method and a request path (without query), returning its path parameters
    /// percent-decoded. For in-process transports and tools; the server mounts routes from `index.all` instead.
    public static func match(method: String, path: String) -> (operation: Operation, pathParameters: [String: String])? {
        index.match(method: method, path: path)
    }

    /// Percent-encodes one path segment.
    public static func escapePathSegment(_ value: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
