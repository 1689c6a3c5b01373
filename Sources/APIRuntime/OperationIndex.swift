import Foundation

extension APIRuntime {
    /// The operation table, indexed once: by id, and by the number of path segments for matching requests, so
    /// no template is split or parsed again per request.
    public struct OperationIndex: Sendable {
        /// Every operation, in table order.
        public let all: [OperationSpec]
        private let byID: [Contract.Operation: OperationSpec]
        /// Operations by the segment count of their path, each list in table order.
        private let bySegmentCount: [Int: [OperationSpec]]

        /// Indexes `all`; operation ids must be unique.
        public init(_ all: [OperationSpec]) {
            self.all = all
            self.byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
            self.bySegmentCount = Dictionary(grouping: all, by: \.pathTemplate.segments.count)
        }

        /// The operation with this id; every id of the contract has one.
        public subscript(operation: Contract.Operation) -> OperationSpec {
            byID[operation]!
        }

        /// Finds the operation for a method and a request path (without query), returning its path parameters
        /// percent-decoded. The first operation in table order wins.
        public func match(method: String, path: String) -> (operation: Contract.Operation, pathParameters: [String: String])? {
            let segments = PathTemplate.segments(of: path)
            let method = method.uppercased()
            for spec in bySegmentCount[segments.count] ?? [] where spec.method == method {
                if let parameters = spec.pathTemplate.parameters(matching: segments) { return (spec.id, parameters) }
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
