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
        /// percent-decoded. The path is the most specific template that fits, as the server's router decides (a
        /// literal segment beats a parameter: `/licenses/lookup` is not the license `lookup`), whatever the method;
        /// nil when no operation of that template has the method.
        public func match(method: String, path: String) -> (operation: Contract.Operation, pathParameters: [String: String])? {
            let segments = PathTemplate.segments(of: path)
            let method = method.uppercased()
            guard let spec = operations(fitting: segments).first(where: { $0.method == method }),
                  let parameters = spec.pathTemplate.parameters(matching: segments)
            else { return nil }
            return (spec.id, parameters)
        }

        /// The methods of the path that fits `path`, for a 405 answer's `Allow`.
        public func methods(path: String) -> [String] {
            operations(fitting: PathTemplate.segments(of: path)).map(\.method)
        }

        /// The operations of the most specific template that fits the segments, in table order.
        private func operations(fitting segments: ArraySlice<Substring>) -> [OperationSpec] {
            let fitting = (bySegmentCount[segments.count] ?? []).filter { $0.pathTemplate.parameters(matching: segments) != nil }
            guard let best = fitting.map(\.pathTemplate).max(by: Self.isLessSpecific) else { return [] }
            return fitting.filter { $0.pathTemplate == best }
        }

        /// Whether `a` is less specific than `b`: at the first segment where one is literal and the other a parameter,
        /// `a` has the parameter.
        private static func isLessSpecific(_ a: PathTemplate, _ b: PathTemplate) -> Bool {
            for (left, right) in zip(a.segments, b.segments) {
                switch (left, right) {
                case (.parameter, .literal): return true
                case (.literal, .parameter): return false
                default: continue
                }
            }
            return false
        }
    }
}

extension APIContract {
    /// Finds the operation for a method and a request path (without query), returning its path parameters
    /// percent-decoded. For in-process transports and tools; the server mounts routes from `index.all` instead.
    public static func match(method: String, path: String) -> (operation: Operation, pathParameters: [String: String])? {
        index.match(method: method, path: path)
    }

    /// The methods the contract defines for the path that fits `path` (the most specific template), for `Allow`.
    public static func methods(path: String) -> [String] {
        index.methods(path: path)
    }

    /// Percent-encodes one path segment.
    public static func escapePathSegment(_ value: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
